/// Flags semicolons: end the sentence instead.
struct SemicolonRule: Rule {
  let id: RuleID = "semikolon"
  let title = "Kein Semikolon"
  let rationale = """
    Das Semikolon verbindet zwei Sätze zu einem langen Satz. Ein Punkt ist klarer: Das Amt ist zu. \
    Kommen Sie morgen.
    """
  let reference = "Hildesheim: kein Semikolon; Netzwerk Leichte Sprache: Sonderzeichen vermeiden"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Das Amt ist zu. Kommen Sie morgen."),
    .flags("Das Amt ist zu⟦;⟧ kommen Sie morgen."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.hasFirstByte(0x3B) else { return [] }
    return sentence.tokens.filter { $0.kind == .punctuation && $0.text == ";" }.map {
      finding(
        $0.range, "Machen Sie statt des Semikolons einen Punkt und beginnen Sie einen neuen Satz.",
        suggestions: ["."])
    }
  }
}
