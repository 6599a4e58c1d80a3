/// Flags the signs `€` and `EUR` in amounts: write the word Euro.
struct CurrencySignRule: Rule {
  let id: RuleID = "waehrungszeichen"
  let title = "Euro ausschreiben"
  let rationale = """
    Das Zeichen € und die Abkürzung EUR kennt nicht jeder. Schreiben Sie die Zahl und das Wort Euro: \
    35 Euro.
    """
  let reference = "Netzwerk Leichte Sprache: Sonderzeichen vermeiden; DIN 5008-Praxis"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Die Gebühr kostet 35 Euro."),
    .flags("Die Gebühr kostet ⟦35,- €⟧."),
    .flags("Sie bekommen ⟦250,00 EUR⟧."),
    .rewrites("Sie zahlen ⟦18,40 EUR⟧.", to: "Sie zahlen 18,40 Euro."),
    .rewrites("Die Gebühr kostet ⟦35,- €⟧.", to: "Die Gebühr kostet 35 Euro."),
    .rewrites("Sie bekommen ⟦250,00 €⟧ im Monat.", to: "Sie bekommen 250 Euro im Monat."),
    .rewrites("Sie zahlen ⟦€ 12⟧.", to: "Sie zahlen 12 Euro."),
    .rewrites("Sie zahlen ⟦1.250,50 €⟧.", to: "Sie zahlen 1.250,50 Euro."),
    .rewrites("⟦35,-- EUR⟧ kostet die Karte.", to: "35 Euro kostet die Karte."),
    .rewrites("Alle Beträge sind in ⟦€⟧ angegeben.", to: "Alle Beträge sind in Euro angegeben."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard
      sentence.summary.has(.money)
        || sentence.summary.has(.symbol) && sentence.summary.hasFirstByte(0xE2)
    else { return [] }
    return sentence.tokens.compactMap { token in
      guard token.kind == .money || token.kind == .symbol && token.text == "€" else { return nil }
      guard token.text.contains("€") || token.text.contains("EUR") else { return nil }
      let amount = Self.euro(token.text)
      return finding(
        token.range, "Schreiben Sie den Betrag mit dem Wort Euro: „\(amount)“.",
        suggestions: [amount])
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// `35,- €` → `35 Euro`, `250,00 EUR` → `250 Euro`, `25,50 €` → `25,50 Euro`.
  static func euro(_ text: String) -> String {
    var number = text.filter { $0.isNumber || $0 == "," || $0 == "." }
    if number.hasSuffix(",00") { number.removeLast(3) }
    if number.hasSuffix(",") { number.removeLast() }
    return number.isEmpty ? "Euro" : "\(number) Euro"
  }
}
