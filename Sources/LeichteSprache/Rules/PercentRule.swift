/// Flags percentages (`50 %`, `3,5 Prozent`).
struct PercentRule: Rule {
  let id: RuleID = "prozent"
  let title = "Keine Prozent-Angaben"
  let rationale = """
    Prozent-Angaben sind für viele Leser schwer. Schreiben Sie lieber: die Hälfte, ein Viertel, \
    fast alle.
    """
  let reference = "Netzwerk Leichte Sprache: Prozentzahlen vermeiden; Inclusion Europe"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Die Hälfte von den Kosten zahlen wir."),
    .flags("Wir zahlen ⟦50 %⟧ der Kosten."),
    .flags("Die Miete steigt um ⟦3,5 Prozent⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    // `Prozent` starts with P (0x50).
    guard sentence.summary.has(.percent) || sentence.summary.hasFirstByte(0x50) else { return [] }
    return sentence.tokens.filter {
      $0.kind == .percent || $0.kind == .word && $0.text == "Prozent"
    }.map { token in
      let suggestion: [String] =
        token.text.hasPrefix("50 ") || token.text.hasPrefix("50%")
        ? ["die Hälfte"]
        : token.text.hasPrefix("25 ")
          ? ["ein Viertel"] : token.text.hasPrefix("100 ") ? ["alle"] : []
      return finding(
        token.range,
        "„\(token.text)“ ist eine Prozent-Angabe. Schreiben Sie zum Beispiel „die Hälfte“ oder „viele“.",
        suggestions: suggestion)
    }
  }
}
