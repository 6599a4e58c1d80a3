/// Flags Futur I: a present form of `werden` with an infinitive at the clause end.
struct FutureTenseRule: Rule {
  let id: RuleID = "futur"
  let title = "Präsens statt Futur"
  let rationale = """
    Das Futur (wir werden prüfen) ist länger als nötig. Das Präsens mit einer Zeit-Angabe ist \
    leichter: Wir prüfen den Antrag nächste Woche.
    """
  let reference = "Hildesheim (Bredel/Maaß): nur Präsens und Perfekt; LanguageTool"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Wir prüfen den Antrag nächste Woche."),
    .ok("Der Antrag wird geprüft."),
    .ok("Er wird Arzt."),
    .flags("Wir ⟦werden den Antrag prüfen⟧."),
    .flags("Sie ⟦wird morgen kommen⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let t = sentence.traits
    var findings: [Finding] = []
    for clause in sentence.clauses {
      guard
        let aux = clause.tokens.first(where: {
          t[$0].contains(.werdenPresent) && t[$0].contains(.word)
        })
      else { continue }
      let words = clause.tokens.filter { t[$0].contains(.word) }
      guard let last = words.last, last != aux, t[last].contains(.infinitive),
        !t[last].contains(.werdenForm),
        !clause.tokens.contains(where: {
          t[$0].contains(.participle) && !t[$0].contains(.infinitive)
        })
      else { continue }
      findings.append(
        finding(
          sentence.range(aux, last),
          "Das ist Futur. Schreiben Sie im Präsens, zum Beispiel mit einer Zeit-Angabe."))
    }
    return findings
  }
}
