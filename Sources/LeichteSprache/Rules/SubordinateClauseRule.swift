/// Flags subordinate and relative clauses (and infinitive clauses as a hint).
struct SubordinateClauseRule: Rule {
  let id: RuleID = "nebensatz"
  let title = "Keine Neben-Sätze"
  let rationale = """
    In einem Neben-Satz steht das Verb am Ende. Der Leser muss sich den ganzen Satz merken, bis er \
    ihn versteht. Hauptsätze mit einer Aussage sind leichter.
    """
  let reference = "Hildesheim (Bredel/Maaß): nur Hauptsätze; LanguageTool RELATIVSAETZE"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Das Haus ist groß."),
    .ok("Wir prüfen den Antrag. Dann schicken wir Ihnen einen Brief."),
    .ok("Er kommt, die Stadt ist schön."),
    .flags("Das ist ein Haus, ⟦das groß ist⟧."),
    .flags("⟦Wenn Sie Wohngeld beantragen wollen⟧, müssen Sie ein Formular ausfüllen."),
    .flags("Wir wissen, ⟦dass Sie umgezogen sind⟧."),
    .flags("Bringen Sie den Bescheid mit, ⟦den Sie bekommen haben⟧."),
    .flags("Das Amt ist zu, ⟦weil heute ein Feiertag ist⟧."),
    .flags("Sie müssen sich melden, ⟦um Geld zu bekommen⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.clauses.compactMap { clause in
      switch clause.kind {
      case .subordinate:
        let word = clause.introducer.map { sentence.tokens[$0].text } ?? ""
        return finding(
          clause.range,
          "Das ist ein Neben-Satz mit „\(word)“. Schreiben Sie daraus einen eigenen Satz.")
      case .relative:
        return finding(
          clause.range, "Das ist ein Relativ-Satz. Schreiben Sie daraus einen eigenen Satz.")
      case .infinitive where clause.tokens.lowerBound > 0:
        return finding(
          clause.range, "Das ist ein Neben-Satz mit „zu“. Schreiben Sie daraus einen eigenen Satz.",
          severity: .hint)
      default:
        return nil
      }
    }
  }
}
