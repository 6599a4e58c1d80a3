/// Flags likely foreign words and anglicisms by spelling (`Workshop`, `Meeting`) and Latin
/// suffixes on words outside the basic vocabulary. A foreign word of `woerter.tsv` is replaced
/// under the hard-word rule's agreement conditions, or explained with its entry.
struct ForeignWordRule: Rule, EvidenceProviding {
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
    .flags("Wir treffen uns im ⟦Workshop⟧ von Frau Graf."),
    .rewrites("Das ⟦Meeting⟧ beginnt um 9 Uhr.", to: "Das Treffen beginnt um 9 Uhr."),
    // Workshop (m) and Arbeits-Gruppe (f) differ in gender: explained, not replaced.
    .flags("Der ⟦Workshop⟧ ist voll."),
    .rewrites("Wir werden die Daten ⟦analysieren⟧.", to: "Wir werden die Daten untersuchen."),
  ]

  static let englishSuffixSet = ByteText.Suffixes(englishSuffixes)
  static let latinSuffixSet = ByteText.Suffixes(latinSuffixes)
  static let englishPairSet = ByteText.LetterPairs(englishPairs)

  static let replacementMessage = MessagePattern("„{}“ ist ein Fremdwort. Schreiben Sie „{}“.")
  static let explanationMessage = MessagePattern("„{}“ ist ein Fremdwort. Erklären Sie es.")
  static let message = MessagePattern(
    "„{}“ ist vielleicht ein Fremdwort. Nehmen Sie ein deutsches Wort oder erklären Sie es.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    var findings: [Finding] = []
    let tokens = sentence.tokens
    let traits = sentence.traits
    let englishSuffixes = Self.englishSuffixSet
    let latinSuffixes = Self.latinSuffixSet
    let englishPairs = Self.englishPairSet
    for i in tokens.indices where tokens[i].kind == .word {
      let t = traits[i]
      guard !t.contains(.sentenceInitial) || t.contains(.noun) else { continue }
      let candidate = ByteText.withBytes(tokens[i].text) { bytes -> Bool in
        guard bytes.count >= 5, !ByteText.contains(bytes, byte: 0x2D),
          !ByteText.contains(bytes, byte: 0xB7)
        else { return false }
        let english =
          englishSuffixes.match(bytes)
          || !t.contains(.known) && englishPairs.occur(in: bytes)
        let latin = bytes.count >= 9 && latinSuffixes.match(bytes)
        return english || latin
      }
      guard candidate else { continue }
      let text = tokens[i].text
      // The word tables are read here, for the few candidates, and not bound before the loop:
      // binding them copies the whole analyser for every sentence.
      if context.analyzer.basicWords[lowercasing: text] != nil
        || (sentence.lemmas[i].map { context.analyzer.basicWords[lowercasing: $0] != nil } ?? false)
      {
        continue
      }
      // The matcher is a large value (context, inflection tables): made only when there are hard
      // words to match (`leichte check` loads none).
      if context.lexicon.hardWords.count > 0,
        let match = HardWordMatcher(context: context).match(at: i, in: sentence),
        match.first == i, match.last == i
      {
        let message =
          match.replacement.map {
            Self.replacementMessage(text, $0)
          }
          ?? Self.explanationMessage(text)
        findings.append(
          finding(tokens[i].range, message, suggestions: match.replacement.map { [$0] } ?? []))
        continue
      }
      findings.append(
        finding(
          tokens[i].range,
          Self.message(text)
        ))
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  func explain(_ finding: Finding, in context: Context) -> Explanation? {
    HardWordRule.explanation(finding, rule: id, in: context)
  }

  func evidence(for finding: Finding, in context: Context) -> Evidence? {
    HardWordRule.entry(for: finding, in: context).map { .lexicon($0.provenance) }
  }
}
