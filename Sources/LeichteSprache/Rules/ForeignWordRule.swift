/// Flags likely foreign words and anglicisms by spelling (`Workshop`, `Meeting`) and Latin
/// suffixes on words outside the basic vocabulary.
struct ForeignWordRule: Rule {
  let id: RuleID = "fremdwort"
  let title = "Keine Fremdwörter"
  let rationale = """
    Fremdwörter und englische Wörter kennen viele Leser nicht. Nehmen Sie ein deutsches Wort oder \
    erklären Sie das Fremdwort: Workshop heißt Arbeits-Gruppe.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache: Fremdwörter vermeiden; Inclusion Europe"
  let severity = Severity.hint

  /// Spellings that are rare in native German words.
  static let englishPairs: [(UInt8, UInt8)] = ["sh", "th", "oo", "ea", "ay", "ey", "ow"].map {
    (Array($0.utf8)[0], Array($0.utf8)[1])
  }
  static let englishSuffixes = ["ing", "ment", "ship", "ness", "ity", "ware", "shop", "ness"]
  static let latinSuffixes = [
    "ation", "ität", "ismus", "ieren", "iert", "ierung", "ive", "iv", "ant", "enz",
  ]

  let examples: [Example] = [
    .ok("Wir treffen uns in einer Arbeits-Gruppe."),
    .ok("Die Wohnung ist groß."),
    .flags("Wir treffen uns im ⟦Workshop⟧."),
    .flags("Das ⟦Meeting⟧ beginnt um 9 Uhr."),
  ]

  static let englishSuffixBytes = englishSuffixes.map { Array($0.utf8) }
  static let latinSuffixBytes = latinSuffixes.map { Array($0.utf8) }

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let basic = context.lexicon.basicVocabulary
    var findings: [Finding] = []
    let tokens = sentence.tokens
    let traits = sentence.traits
    for i in tokens.indices where tokens[i].kind == .word {
      let t = traits[i]
      guard !t.contains(.sentenceInitial) || t.contains(.noun) else { continue }
      let candidate = ByteText.withBytes(tokens[i].text) { bytes -> Bool in
        guard bytes.count >= 5, !ByteText.contains(bytes, byte: 0x2D),
          !ByteText.contains(bytes, byte: 0xB7)
        else { return false }
        let english =
          ByteText.hasAnySuffix(bytes, Self.englishSuffixBytes)
          || !t.contains(.known) && ByteText.containsPair(bytes, Self.englishPairs)
        let latin = bytes.count >= 9 && ByteText.hasAnySuffix(bytes, Self.latinSuffixBytes)
        return english || latin
      }
      guard candidate else { continue }
      let text = tokens[i].text
      let lower = text.lowercased()
      if basic.contains(lower)
        || (sentence.lemmas[i].map { basic.contains($0.lowercased()) } ?? false)
      {
        continue
      }
      findings.append(
        finding(
          tokens[i].range,
          "„\(text)“ ist vielleicht ein Fremdwort. Nehmen Sie ein deutsches Wort oder erklären Sie es."
        ))
    }
    return findings
  }
}
