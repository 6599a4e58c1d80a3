/// Flags special characters (`&`, `#`, `*`, `<`, `>`, `\`, `…`) and slashes between words
/// (`und/oder`).
struct SpecialCharacterRule: Rule {
  let id: RuleID = "sonderzeichen"
  let title = "Keine Sonder-Zeichen"
  let rationale = """
    Sonder-Zeichen wie &, / oder # kennen viele Leser nicht. Schreiben Sie das Wort aus: und, oder.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 6; Netzwerk Leichte Sprache: Sonderzeichen vermeiden"
  let severity = Severity.warning

  static let symbols: [String: String] = [
    "&": "und", "#": "Nummer", "*": "", "<": "weniger als", ">": "mehr als", "\\": "", "…": "",
    "+": "plus",
    "=": "ist gleich", "~": "ungefähr", "@": "", "|": "",
  ]

  /// First UTF-8 bytes of the keys of `symbols`: a cheap test before the table lookup.
  static let symbolFirstBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for key in symbols.keys { if let first = key.utf8.first { table[Int(first)] = true } }
    return table
  }()

  static let symbolFirstByteList: [UInt8] = (0..<256).filter { symbolFirstBytes[$0] }.map {
    UInt8($0)
  }

  let examples: [Example] = [
    .ok("Miete und Neben-Kosten zahlen Sie im Voraus."),
    .ok("Schreiben Sie an info@stadt.de."),
    .flags("Miete ⟦&⟧ Neben-Kosten zahlen Sie im Voraus."),
    .flags("Sie können anrufen ⟦und/oder⟧ schreiben."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let summary = sentence.summary
    guard
      summary.wordHasSlash || summary.hasFirstByte(0x2F)
        || Self.symbolFirstByteList.contains(where: { summary.hasFirstByte($0) })
    else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for (i, token) in tokens.enumerated() {
      if token.kind == .symbol || token.kind == .punctuation && token.text.utf8.count <= 3,
        let first = token.text.utf8.first, Self.symbolFirstBytes[Int(first)],
        let word = Self.symbols[token.text]
      {
        // `+49`: a country code, not a plus sign
        if token.text == "+", i + 1 < tokens.count, tokens[i + 1].kind == .number { continue }
        let message =
          word.isEmpty
          ? "Das Zeichen „\(token.text)“ ist ein Sonder-Zeichen. Lassen Sie es weg oder schreiben Sie ein Wort."
          : "Schreiben Sie „\(word)“ statt „\(token.text)“."
        findings.append(finding(token.range, message, suggestions: word.isEmpty ? [] : [word]))
      } else if token.kind == .word, ByteText.contains(token.text, byte: 0x2F),
        let slash = token.text.firstIndex(of: "/")
      {
        let after = token.text[token.text.index(after: slash)...]
        if ["in", "innen", "In", "Innen"].contains(String(after)) { continue }  // gender-zeichen
        findings.append(
          finding(
            token.range,
            "Der Schräg-Strich in „\(token.text)“ ist ein Sonder-Zeichen. Schreiben Sie „und“ oder „oder“."
          ))
      } else if token.text == "/", i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .word,
        tokens[i + 1].kind == .word
      {
        findings.append(
          finding(
            sentence.range(i - 1, i + 1),
            "Der Schräg-Strich ist ein Sonder-Zeichen. Schreiben Sie „und“ oder „oder“."))
      }
    }
    return findings
  }
}
