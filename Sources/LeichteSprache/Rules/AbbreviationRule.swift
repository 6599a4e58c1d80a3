/// Flags abbreviations from `abkuerzungen.tsv` and unknown acronyms; well-known ones
/// (`bekannte-abkuerzungen.tsv`) pass.
struct AbbreviationRule: Rule {
  let id: RuleID = "abkuerzung"
  let title = "Keine Abkürzungen"
  let rationale = """
    Abkürzungen muss man kennen. Ausgeschriebene Wörter kann jeder lesen. Nur sehr bekannte \
    Abkürzungen wie WC oder LKW dürfen bleiben.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Keine Abkürzungen"
  let severity = Severity.violation

  let examples: [Example] = [
    .ok("Bringen Sie zum Beispiel Ihren Ausweis mit."),
    .ok("Das kostet 5 Euro."),
    .ok("Die Toilette heißt auch WC."),
    .flags("Bringen Sie ⟦z. B.⟧ Ihren Ausweis mit."),
    .flags("Das steht in § 5 ⟦Abs.⟧ 2."),
    .flags("Fragen Sie beim ⟦BAMF⟧ nach."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let known = context.analyzer.ruleData.knownAbbreviations
    var findings: [Finding] = []
    for (i, token) in sentence.tokens.enumerated() {
      if token.kind == .abbreviation {
        guard !known.contains(token.text) else { continue }
        let expansions = context.lexicon.abbreviations.entry(for: token.text)?.expansions ?? []
        let message =
          expansions.first.map { "Schreiben Sie „\(token.text)“ aus: „\($0)“." }
          ?? "Schreiben Sie die Abkürzung „\(token.text)“ aus."
        findings.append(finding(token.range, message, suggestions: expansions))
      } else if token.kind == .word, isAcronym(token.text), !known.contains(token.text),
        !RomanNumeralRule.isRoman(token.text), !sentence.traits[i].contains(.known)
      {
        let expansions = context.lexicon.abbreviations.entry(for: token.text)?.expansions ?? []
        findings.append(
          finding(
            token.range, "Erklären Sie die Abkürzung „\(token.text)“ oder schreiben Sie sie aus.",
            severity: .warning, suggestions: expansions))
      }
    }
    return findings
  }

  /// Two to six capital letters (and digits), at least two letters: `BAMF`, `SGB`, `A1`.
  func isAcronym(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count >= 2, bytes.count <= 6 else { return false }
    var letters = 0
    for byte in bytes {
      if byte >= 0x41 && byte <= 0x5A {
        letters += 1
      } else if !(byte >= 0x30 && byte <= 0x39) {
        return false
      }
    }
    return letters >= 2
  }
}
