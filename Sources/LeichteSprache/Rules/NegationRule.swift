/// Flags negation words as a hint; two negations in one clause as a violation.
struct NegationRule: Rule {
  let id: RuleID = "verneinung"
  let title = "Positiv schreiben"
  let rationale = """
    Verneinungen wie nicht oder kein überliest man leicht. Positive Sätze sind klarer. Zwei \
    Verneinungen in einem Satz sind sehr schwer zu verstehen.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Positive Sprache; Hildesheim: nicht/kein fett"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Peter ist gesund."),
    .ok("Das gilt nicht nur für Kinder, sondern auch für Erwachsene."),
    .flags("Peter ist ⟦nicht⟧ krank."),
    .flags("Wir haben ⟦keine⟧ Unterlagen bekommen."),
    .flags("Das ist ⟦nicht ohne⟧ Risiko."),
  ]

  static let message = MessagePattern(
    "„{}“ ist eine Verneinung. Sagen Sie es positiv, wenn es geht.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let negations = Constructions.negations(in: sentence)
    var findings: [Finding] = []
    var used = Set<Int>()
    for (n, i) in negations.enumerated() where !used.contains(i) {
      let group = sentence.clause(containing: i)?.group
      if let j = negations.dropFirst(n + 1).first(where: {
        sentence.clause(containing: $0)?.group == group
      }),
        sentence.tokens[i].text.lowercased() != "weder"
      {
        used.insert(j)
        findings.append(
          finding(
            sentence.range(i, j), "Hier stehen zwei Verneinungen. Sagen Sie es positiv.",
            severity: .violation))
      } else {
        findings.append(
          finding(
            sentence.tokens[i].range,
            Self.message(sentence.tokens[i].text))
        )
      }
    }
    return findings
  }
}
