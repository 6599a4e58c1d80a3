/// Flags numeric dates (`01.02.2026`, `2026-02-01`, `05.03.26`) and written dates with a leading
/// zero (`05. März`): write the month name, the full year and no leading zero.
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
    .flags("Der Termin ist am ⟦05.⟧ März."),
    .rewrites(
      "Bitte antworten Sie bis zum ⟦01.02.2026⟧.",
      to: "Bitte antworten Sie bis zum 1. Februar 2026."),
    .rewrites("Der Termin ist am ⟦05.03.26⟧.", to: "Der Termin ist am 5. März 2026."),
    .rewrites("Das Gesetz ist vom ⟦12.10.98⟧.", to: "Das Gesetz ist vom 12. Oktober 1998."),
    .rewrites("Der Termin ist am ⟦2026-03-05⟧.", to: "Der Termin ist am 5. März 2026."),
    .rewrites(
      "Wir sehen uns am Freitag, ⟦30.01.2026⟧.", to: "Wir sehen uns am Freitag, 30. Januar 2026."),
    .rewrites("⟦30.01.2026⟧: Die Frist endet.", to: "30. Januar 2026: Die Frist endet."),
    .rewrites("Der Termin ist am ⟦05.⟧ März 2026.", to: "Der Termin ist am 5. März 2026."),
    // Not a date: the month 13 does not exist.
    .ok("Die Version 13.13.2026 ist neu."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.date) || sentence.summary.has(.ordinal) else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for (i, token) in tokens.enumerated() {
      if token.kind == .date {
        findings.append(
          finding(
            token.range, "Schreiben Sie das Datum „\(token.text)“ mit dem Namen vom Monat.",
            suggestions: Self.written(token.text).map { [$0] } ?? []))
      } else if token.kind == .ordinal, token.text.hasPrefix("0"), token.text.count == 3,
        i + 1 < tokens.count, FactKeys.month(tokens[i + 1].text) != nil
      {
        // `05. März`: the day without its leading zero.
        let day = String(token.text.dropFirst())
        findings.append(
          finding(
            token.range, "Schreiben Sie den Tag ohne Null am Anfang: „\(day)“.",
            suggestions: [day]))
      }
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// `01.02.2026` → `1. Februar 2026`; ISO dates too. A two-digit year is resolved in the
  /// window of `FactKeys.fullYear` (`26` → 2026, `98` → 1998), so the fact key stays the same.
  static func written(_ text: String) -> String? {
    let iso = text.contains("-")
    let parts = text.split(whereSeparator: { $0 == "." || $0 == "-" }).compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    let (day, month, year) = iso ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2])
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    return "\(day). \(months[month - 1]) \(FactKeys.fullYear(year))"
  }
}
