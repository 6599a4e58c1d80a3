/// Flags telephone numbers not grouped with spaces (`0761/2016543`, `0761-2016543`).
struct PhoneFormatRule: Rule {
  let id: RuleID = "telefon-format"
  let title = "Telefon-Nummern mit Leer-Zeichen"
  let rationale = """
    Lange Zahlen-Reihen kann man schlecht lesen und abschreiben. Telefon-Nummern schreibt man in \
    kleinen Gruppen mit Leer-Zeichen: 0761 201 65 43.
    """
  let reference = "Netzwerk Leichte Sprache: Telefon-Nummern mit Leerzeichen"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Rufen Sie uns an: 0761 201 65 43."),
    .flags("Rufen Sie uns an: ⟦0761/2016543⟧."),
    .flags("Rufen Sie uns an: ⟦07612016543⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.number) else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard token.kind == .number, token.text.hasPrefix("0") || i > 0 && tokens[i - 1].text == "+"
      else { i += 1; continue }
      if i + 2 < tokens.count, tokens[i + 1].text == "/" || tokens[i + 1].text == "-",
        tokens[i + 2].kind == .number, tokens[i + 2].text.count >= 4,
        tokens[i + 1].range.start == token.range.end,
        tokens[i + 2].range.start == tokens[i + 1].range.end
      {
        findings.append(
          finding(
            sentence.range(i, i + 2),
            "Schreiben Sie die Telefon-Nummer in Gruppen mit Leer-Zeichen, zum Beispiel „\(token.text) \(Self.grouped(tokens[i + 2].text))“."
          ))
        i += 3
        continue
      }
      if token.text.hasPrefix("0"), token.text.count >= 8, token.text.allSatisfy(\.isNumber) {
        findings.append(
          finding(token.range, "Schreiben Sie die Telefon-Nummer in Gruppen mit Leer-Zeichen."))
      }
      i += 1
    }
    return findings
  }

  /// `2016543` → `201 65 43`: blocks of two from the end, three at the start if odd.
  static func grouped(_ digits: String) -> String {
    var groups: [String] = []
    var rest = Substring(digits)
    while rest.count > 3 {
      groups.insert(String(rest.suffix(2)), at: 0)
      rest = rest.dropLast(2)
    }
    groups.insert(String(rest), at: 0)
    return groups.joined(separator: " ")
  }
}
