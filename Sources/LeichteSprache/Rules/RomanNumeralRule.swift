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

  static let contextNouns: Set<String> = [
    "Teil", "Band", "Kapitel", "Buch", "SGB", "Abschnitt", "Titel", "Anlage", "Papst", "Klasse",
  ]

  let examples: [Example] = [
    .ok("Lesen Sie Kapitel 4."),
    .ok("Das ist eine Tabelle mit dem Zeichen I."),
    .flags("Lesen Sie Kapitel ⟦IV⟧."),
    .flags("Das steht im SGB ⟦II⟧."),
    .rewrites("Lesen Sie Kapitel ⟦IV⟧.", to: "Lesen Sie Kapitel 4."),
    .rewrites("Das steht im SGB ⟦II⟧.", to: "Das steht im SGB 2."),
    .rewrites("Das steht in § 22 SGB ⟦XII⟧.", to: "Das steht in § 22 SGB 12."),
    .rewrites("Teil ⟦III⟧ gilt ab morgen.", to: "Teil 3 gilt ab morgen."),
    // Without a word that names a numbered part, the letters may be a name or a size.
    .rewrites("Wir haben Hemden in ⟦XL⟧.", to: "Wir haben Hemden in XL."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.wordMayBeRoman else { return [] }
    var findings: [Finding] = []
    let tokens = sentence.tokens
    for i in tokens.indices where tokens[i].kind == .word {
      guard let value = Self.romanValue(tokens[i].text) else { continue }
      let text = tokens[i].text
      let single = text.utf8.count == 1
      if single && !(i > 0 && Self.contextNouns.contains(tokens[i - 1].text)) { continue }
      let numbered =
        i > 0 && (Self.contextNouns.contains(tokens[i - 1].text) || isLawName(tokens[i - 1]))
      findings.append(
        finding(
          tokens[i].range, "„\(text)“ ist eine römische Zahl. Schreiben Sie „\(value)“.",
          suggestions: numbered ? ["\(value)"] : []))
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// A law's short name before its book number: `SGB`, `BGB`, `SGG` (capitals only).
  func isLawName(_ token: Token) -> Bool {
    token.kind == .word && token.text.count >= 2 && token.text.count <= 6
      && token.text.allSatisfy(\.isUppercase) && !Self.isRoman(token.text)
  }

  static func isRoman(_ text: String) -> Bool {
    romanValue(text) != nil
  }

  @inline(__always)
  static func digitValue(_ byte: UInt8) -> Int {
    switch byte {
    case 0x49: 1  // I
    case 0x56: 5  // V
    case 0x58: 10  // X
    case 0x4C: 50  // L
    case 0x43: 100  // C
    case 0x44: 500  // D
    case 0x4D: 1000  // M
    default: 0
    }
  }

  /// The value of a well-formed Roman numeral of at most 8 letters (`IVXLCDM`), else nil. One
  /// pass over the bytes; no allocation unless every byte is a Roman digit.
  static func romanValue(_ text: String) -> Int? {
    let total = ByteText.withBytes(text) { bytes -> Int in
      guard !bytes.isEmpty, bytes.count <= 8 else { return 0 }
      var total = 0
      for k in 0..<bytes.count {
        let v = digitValue(bytes[k])
        if v == 0 { return 0 }
        if k + 1 < bytes.count && v < digitValue(bytes[k + 1]) { total -= v } else { total += v }
      }
      return total
    }
    guard total > 0, total < 4000 else { return nil }
    return canonicalMatches(total, text) ? total : nil
  }

  /// The value of a well-formed Roman numeral, else nil (`IIII`, `VX` are not well-formed).
  static func value(_ text: String) -> Int? {
    var total = 0
    let digits = text.compactMap { $0.asciiValue.map { digitValue($0) } }.filter { $0 > 0 }
    for (n, v) in digits.enumerated() {
      if n + 1 < digits.count && v < digits[n + 1] { total -= v } else { total += v }
    }
    guard total > 0, total < 4000, canonical(total) == text else { return nil }
    return total
  }

  static let canonicalTable: [(Int, String)] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
  ]

  static func canonicalMatches(_ number: Int, _ text: String) -> Bool {
    canonical(number) == text
  }

  static func canonical(_ number: Int) -> String {
    var rest = number
    var result = ""
    for (value, letters) in canonicalTable {
      while rest >= value { result += letters; rest -= value }
    }
    return result
  }
}
