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
    .ok("Wir öffnen um 9:00 Uhr."),
    .flags("Wir öffnen um ⟦09.30 h⟧."),
    .flags("Wir öffnen um ⟦9.30 Uhr⟧."),
    .rewrites("Wir öffnen um ⟦9.00 Uhr⟧.", to: "Wir öffnen um 9 Uhr."),
    .rewrites("Wir schließen um ⟦17.30 Uhr⟧.", to: "Wir schließen um 17:30 Uhr."),
    .rewrites("Wir öffnen um ⟦09:00 h⟧.", to: "Wir öffnen um 9 Uhr."),
    .rewrites("Wir öffnen um ⟦09.30 Uhr⟧.", to: "Wir öffnen um 9:30 Uhr."),
    .rewrites("⟦08:15 h⟧ beginnt die Sitzung.", to: "8:15 Uhr beginnt die Sitzung."),
    // A time without a unit keeps its minutes and gets no „Uhr“.
    .rewrites("Sprechzeit: ⟦09:00⟧ bis 12 Uhr.", to: "Sprechzeit: 9:00 bis 12 Uhr."),
    .rewrites("Sprechzeit: ⟦8.30⟧–⟦12.00 Uhr⟧.", to: "Sprechzeit: 8:30–12 Uhr."),
    .ok("Das Büro ist in Zimmer 0.10–0.18."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.time) else { return [] }
    let tokens = sentence.tokens
    return tokens.indices.filter { tokens[$0].kind == .time }.compactMap { i in
      let token = tokens[i]
      // `0.10` before a dash may be a room number: a dotted time without a unit only counts
      // when the other end of the range has one (`8.30–12.00 Uhr`).
      if token.text.contains("."), !token.text.hasSuffix("Uhr"), !token.text.hasSuffix("h") {
        guard i + 2 < tokens.count, tokens[i + 2].kind == .time,
          tokens[i + 2].text.hasSuffix("Uhr") || tokens[i + 2].text.hasSuffix("h")
        else { return nil }
      }
      guard let written = Self.written(token.text), written != token.text else { return nil }
      return finding(
        token.range, "Schreiben Sie die Uhrzeit so: „\(written)“.", suggestions: [written])
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// The house style of a time: `9:30 Uhr`, `9 Uhr` for a full hour, no leading zero, a colon,
  /// `Uhr` instead of `h`. A time written without a unit keeps its minutes (`9:00`), since a bare
  /// `9` would not read as a time. Nil when the text is no time.
  static func written(_ text: String) -> String? {
    let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard let hour = numbers.first, hour <= 24 else { return nil }
    let minute = numbers.count > 1 ? numbers[1] : 0
    let hasUnit = text.hasSuffix("Uhr") || text.hasSuffix("h")
    let usesDot = text.contains(".")
    let leadingZero = text.hasPrefix("0") && hour > 0 || text.hasPrefix("00")
    let usesH = text.hasSuffix("h") && !text.hasSuffix("Uhr")
    // Only times the rule objects to are rewritten; `9:00 Uhr` stays as the writer chose.
    guard usesDot || leadingZero || usesH else { return text }
    let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
    guard hasUnit else { return "\(hour):\(minutes)" }
    return minute == 0 ? "\(hour) Uhr" : "\(hour):\(minutes) Uhr"
  }
}
