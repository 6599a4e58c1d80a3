/// Flags likely foreign words and anglicisms by spelling (`Workshop`, `Meeting`) and Latin
/// suffixes on words outside the basic vocabulary.
struct ForeignWordRule: Rule {
  let id: RuleID = "fremdwort"
  let title = "Keine Fremdwörter"
  let rationale = """
    Fremdwörter und englische Wörter kennen viele Leser nicht. Nehmen Sie ein deutsches Wort oder \
    erklären Sie das Fremdwort: Workshop heißt Arbeits-Gruppe.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache: Fremdwörter vermeiden; Inclusion Europe"
  let severity = Severity.hint

  /// Spellings that are rare in native German words.
  static let englishPairs: [(UInt8, UInt8)] = ["sh", "th", "oo", "ea", "ay", "ey", "ow"].map {
    (Array($0.utf8)[0], Array($0.utf8)[1])
  }
  static let englishSuffixes = ["ing", "ment", "ship", "ness", "ity", "ware", "shop", "ness"]
  static let latinSuffixes = ["ation", "ität", "ismus", "ieren", "iert", "ierung", "ive", "iv", "ant", "enz"]

  let examples: [Example] = [
    .ok("Wir treffen uns in einer Arbeits-Gruppe."),
    .ok("Die Wohnung ist groß."),
    .flags("Wir treffen uns im ⟦Workshop⟧."),
    .flags("Das ⟦Meeting⟧ beginnt um 9 Uhr."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let basic = context.lexicon.basicVocabulary
    var findings: [Finding] = []
    for (i, token) in sentence.tokens.enumerated() where token.kind == .word && token.text.utf8.count >= 5 {
      let text = token.text
      guard !ByteText.contains(text, byte: 0x2D), !ByteText.contains(text, byte: 0xB7), !sentence.traits[i].contains(.sentenceInitial) || sentence.traits[i].contains(.noun) else { continue }
      let english = Self.englishSuffixes.contains { ByteText.hasSuffix(text, $0) }
        || !sentence.traits[i].contains(.known) && ByteText.containsPair(text, Self.englishPairs)
      let latin = text.utf8.count >= 9 && Self.latinSuffixes.contains { ByteText.hasSuffix(text, $0) }
      guard english || latin else { continue }
      let lower = text.lowercased()
      if basic.contains(lower) || (sentence.lemmas[i].map { basic.contains($0.lowercased()) } ?? false) { continue }
      findings.append(finding(token.range, "„\(text)“ ist vielleicht ein Fremdwort. Nehmen Sie ein deutsches Wort oder erklären Sie es."))
    }
    return findings
  }
}
