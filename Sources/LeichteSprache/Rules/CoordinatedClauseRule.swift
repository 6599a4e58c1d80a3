/// Flags a second main clause joined with `und`, `oder`, `aber`, `denn`, `sondern`.
struct CoordinatedClauseRule: Rule {
  let id: RuleID = "mehrere-aussagen"
  let title = "Eine Aussage pro Satz"
  let rationale = """
    Jeder Satz soll nur eine Aussage haben. Zwei Aussagen, die mit und, oder oder aber verbunden \
    sind, schreibt man besser als zwei Sätze.
    """
  let reference =
    "Netzwerk Leichte Sprache: Eine Aussage pro Satz; Inclusion Europe; LanguageTool ZWEI_INFORMATIONSEINHEITEN_PRO_SATZ"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Wir prüfen den Antrag."),
    .ok("Die Mutter und der Vater kommen morgen."),
    .flags("Wir prüfen den Antrag ⟦und wir schicken Ihnen Post⟧."),
    .flags("Sie füllen das Formular aus ⟦und schicken es an uns⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.clauses.compactMap { clause in
      guard clause.kind == .coordinated, let coordinator = clause.introducer else { return nil }
      let word = sentence.tokens[coordinator].text
      return finding(
        sentence.range(coordinator, clause.tokens.upperBound - 1),
        "Hier beginnt mit „\(word)“ eine zweite Aussage. Machen Sie daraus einen eigenen Satz.")
    }
  }
}
