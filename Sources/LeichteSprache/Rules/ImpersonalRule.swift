/// Flags impersonal `man` and formulas like `es wird gebeten`, `es ist erforderlich`.
struct ImpersonalRule: Rule {
  let id: RuleID = "unpersoenlich"
  let title = "Sagen, wer handelt"
  let rationale = """
    Bei „man“ und „es wird gebeten“ weiß der Leser nicht, wer etwas tun soll. Sprechen Sie ihn \
    direkt an: Sie müssen den Antrag unterschreiben.
    """
  let reference =
    "Netzwerk Leichte Sprache: Leser persönlich ansprechen; BITV 2.0 Anlage 2 Teil 2 Nr. 2"
  let severity = Severity.warning

  /// Impersonal formulas after `es` (lower case; the form of the verb, then the next word).
  static let formulas: [(String, String)] = [
    ("wird", "gebeten"), ("werden", "gebeten"), ("ist", "erforderlich"), ("ist", "notwendig"),
    ("ist", "möglich"), ("besteht", ""), ("bestehen", ""), ("bedarf", ""), ("gilt", ""),
  ]

  let examples: [Example] = [
    .ok("Sie müssen den Antrag unterschreiben."),
    .ok("Wir bitten Sie um Antwort."),
    .flags("⟦Man⟧ muss den Antrag unterschreiben."),
    .flags("⟦Es wird gebeten⟧, pünktlich zu kommen."),
    .flags("⟦Es besteht⟧ die Möglichkeit einer Beratung."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let summary = sentence.summary
    guard
      summary.traits.contains(.impersonalMan) || summary.hasFirstByte(0x65)
        || summary.hasFirstByte(0x45)
    else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for (i, token) in tokens.enumerated() where token.kind == .word {
      if sentence.traits[i].contains(.impersonalMan) {
        findings.append(
          finding(
            token.range, "„man“ ist unpersönlich. Sagen Sie, wer etwas tut, zum Beispiel „Sie“."))
        continue
      }
      guard token.text.utf8.count == 2, token.text == "es" || token.text == "Es",
        i + 1 < tokens.count
      else { continue }
      let verb = tokens[i + 1].text
      for (form, next) in Self.formulas where form == verb {
        if next.isEmpty {
          findings.append(
            finding(
              sentence.range(i, i + 1), "„es \(verb)“ ist unpersönlich. Sagen Sie, wer etwas tut."))
        } else if i + 2 < tokens.count, tokens[i + 2].text == next {
          findings.append(
            finding(
              sentence.range(i, i + 2),
              "„es \(verb) \(next)“ ist unpersönlich. Sagen Sie, wer etwas tun soll."))
        }
        break
      }
    }
    return findings
  }
}
