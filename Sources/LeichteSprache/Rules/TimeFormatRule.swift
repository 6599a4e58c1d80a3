/// Flags times with a leading zero, a dot or `h` (`09.30 h`): write `9:30 Uhr`.
struct TimeFormatRule: Rule {
  let id: RuleID = "uhrzeit-format"
  let title = "Uhrzeit einheitlich"
  let rationale = """
    Eine Uhrzeit liest man am leichtesten ohne Null am Anfang und mit dem Wort Uhr: 9:30 Uhr.
    """
  let reference = "Leichte Sprache Baden-Württemberg: Uhrzeiten (9:00 Uhr)"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Wir öffnen um 9:30 Uhr."),
    .ok("Wir öffnen um 9 Uhr."),
    .flags("Wir öffnen um ⟦09.30 h⟧."),
    .flags("Wir öffnen um ⟦9.30 Uhr⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.time) else { return [] }
    return sentence.tokens.filter { $0.kind == .time }.compactMap { token in
      let text = token.text
      let leadingZero =
        text.hasPrefix("0") && text.count > 1 && text.dropFirst().first?.isNumber == true
      let usesH = text.hasSuffix(" h") || text.hasSuffix("h") && !text.hasSuffix("Uhr")
      let usesDot = text.contains(".")
      guard leadingZero || usesH || usesDot else { return nil }
      let digits = text.prefix { $0.isNumber || $0 == "." || $0 == ":" }
      var normalized = digits.replacingOccurrences(of: ".", with: ":")
      while normalized.hasPrefix("0") && normalized.count > 1 && normalized.dropFirst().first != ":"
      { normalized.removeFirst() }
      return finding(
        token.range, "Schreiben Sie die Uhrzeit so: „\(normalized) Uhr“.",
        suggestions: ["\(normalized) Uhr"])
    }
  }
}
