/// Flags Roman numerals (`Kapitel IV`, `SGB II`).
struct RomanNumeralRule: Rule {
  let id: RuleID = "roemische-zahl"
  let title = "Keine römischen Zahlen"
  let rationale = """
    Römische Zahlen wie IV oder XII können viele Leser nicht lesen. Schreiben Sie arabische \
    Ziffern: Kapitel 4.
    """
  let reference = "LanguageTool; Inclusion Europe"
  let severity = Severity.warning

  static let contextNouns: Set<String> = ["Teil", "Band", "Kapitel", "Buch", "SGB", "Abschnitt", "Titel", "Anlage", "Papst", "Klasse"]

  let examples: [Example] = [
    .ok("Lesen Sie Kapitel 4."),
    .ok("Das ist eine Tabelle mit dem Zeichen I."),
    .flags("Lesen Sie Kapitel ⟦IV⟧."),
    .flags("Das steht im SGB ⟦II⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    var findings: [Finding] = []
    for (i, token) in sentence.tokens.enumerated() where token.kind == .word && Self.isRoman(token.text) {
      let single = token.text.count == 1
      if single && !(i > 0 && Self.contextNouns.contains(sentence.tokens[i - 1].text)) { continue }
      guard let value = Self.value(token.text) else { continue }
      findings.append(finding(token.range, "„\(token.text)“ ist eine römische Zahl. Schreiben Sie „\(value)“.", suggestions: ["\(value)"]))
    }
    return findings
  }

  static func isRoman(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 8 && text.allSatisfy { "IVXLCDM".contains($0) } && value(text) != nil
  }

  /// The value of a well-formed Roman numeral, else nil (`IIII`, `VX` are not well-formed).
  static func value(_ text: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    var total = 0
    let digits = text.compactMap { values[$0] }
    for (n, v) in digits.enumerated() {
      if n + 1 < digits.count && v < digits[n + 1] { total -= v } else { total += v }
    }
    guard total > 0, total < 4000, canonical(total) == text else { return nil }
    return total
  }

  static func canonical(_ number: Int) -> String {
    let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var rest = number
    var result = ""
    for (value, letters) in table {
      while rest >= value { result += letters; rest -= value }
    }
    return result
  }
}
