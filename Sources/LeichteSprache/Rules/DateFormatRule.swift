/// Flags numeric dates (`01.02.2026`, `2026-02-01`): write the month name.
struct DateFormatRule: Rule {
  let id: RuleID = "datum-format"
  let title = "Datum mit Monats-Namen"
  let rationale = """
    Ein Datum nur aus Zahlen ist schwer zu lesen. Mit dem Namen vom Monat und dem ganzen Jahr ist es \
    klar: 1. Februar 2026.
    """
  let reference =
    "Leichte Sprache Baden-Württemberg: Datum ausschreiben; LanguageTool; Inclusion Europe"
  let severity = Severity.warning

  static let months = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
  ]

  let examples: [Example] = [
    .ok("Bitte antworten Sie bis zum 1. Februar 2026."),
    .flags("Bitte antworten Sie bis zum ⟦01.02.2026⟧."),
    .flags("Der Termin ist am ⟦2026-03-05⟧."),
    .rewrites(
      "Bitte antworten Sie bis zum ⟦01.02.2026⟧.",
      to: "Bitte antworten Sie bis zum 1. Februar 2026."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.date) else { return [] }
    return sentence.tokens.filter { $0.kind == .date }.map { token in
      finding(
        token.range, "Schreiben Sie das Datum „\(token.text)“ mit dem Namen vom Monat.",
        suggestions: Self.written(token.text).map { [$0] } ?? [])
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// `01.02.2026` → `1. Februar 2026`; ISO dates too. Two-digit years stay unresolved (nil).
  static func written(_ text: String) -> String? {
    let iso = text.contains("-")
    let parts = text.split(whereSeparator: { $0 == "." || $0 == "-" }).compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    let (day, month, year) = iso ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2])
    guard (1...12).contains(month), (1...31).contains(day), year >= 100 else { return nil }
    return "\(day). \(months[month - 1]) \(year)"
  }
}
