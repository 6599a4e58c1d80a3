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
    .rewrites(
      "Miete ⟦&⟧ Neben-Kosten zahlen Sie im Voraus.",
      to: "Miete und Neben-Kosten zahlen Sie im Voraus."),
    .rewrites("Sie können anrufen ⟦und/oder⟧ schreiben.", to: "Sie können anrufen oder schreiben."),
    .rewrites("Das kostet ⟦~⟧ 50 Euro.", to: "Das kostet ungefähr 50 Euro."),
    .rewrites("Der Wert ist ⟦>⟧ 20.", to: "Der Wert ist mehr als 20."),
    .rewrites("Das kostet ⟦~⟧50 Euro.", to: "Das kostet ungefähr 50 Euro."),
    // A slash between nouns may mean „und“ or „oder“: it stays a finding.
    .rewrites("Bringen Sie ⟦Pass/Ausweis⟧ mit.", to: "Bringen Sie Pass/Ausweis mit."),
    // A sign inside a name or an address stays.
    .rewrites("Sie kaufen bei H⟦&⟧M ein.", to: "Sie kaufen bei H&M ein."),
    .ok("Mehr steht auf https://www.stadt.de/a&b."),
    .rewrites("Das Büro Probe ⟦&⟧ Partner plant.", to: "Das Büro Probe & Partner plant."),
  ]

  static let symbolMessage = MessagePattern(
    "Das Zeichen „{}“ ist ein Sonder-Zeichen. Lassen Sie es weg oder schreiben Sie ein Wort.")
  static let wordMessage = MessagePattern("Schreiben Sie „{}“ statt „{}“.")
  static let slashMessage = MessagePattern(
    "Der Schräg-Strich in „{}“ ist ein Sonder-Zeichen. Schreiben Sie „und“ oder „oder“.")

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
        let first = ByteText.firstByte(token.text), Self.symbolFirstBytes[Int(first)],
        let word = Self.symbols[token.text]
      {
        // `+49`: a country code, not a plus sign
        if token.text == "+", i + 1 < tokens.count, tokens[i + 1].kind == .number { continue }
        let message =
          word.isEmpty
          ? Self.symbolMessage(token.text) : Self.wordMessage(word, token.text)
        findings.append(
          finding(
            token.range, message,
            suggestions: Self.isSafe(token.text, tokens, i) ? [Self.spaced(word, tokens, i)] : []))
      } else if token.kind == .word, ByteText.contains(token.text, byte: 0x2F),
        let slash = token.text.firstIndex(of: "/")
      {
        let after = token.text[token.text.index(after: slash)...]
        if ["in", "innen", "In", "Innen"].contains(String(after)) { continue }  // gender-zeichen
        // `und/oder` means „oder“ (one or both); other pairs need a person to decide.
        let lower = token.text.lowercased()
        let written: [String] =
          lower == "und/oder"
          ? [RewriteSupport.atSentenceStart("oder", sentence, i)] : []
        findings.append(
          finding(
            token.range,
            Self.slashMessage(token.text),
            suggestions: written))
      } else if token.text == "/", i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .word,
        tokens[i + 1].kind == .word
      {
        let pair = tokens[i - 1].text.lowercased() + "/" + tokens[i + 1].text.lowercased()
        findings.append(
          finding(
            sentence.range(i - 1, i + 1),
            "Der Schräg-Strich ist ein Sonder-Zeichen. Schreiben Sie „und“ oder „oder“.",
            suggestions: pair == "und/oder"
              ? [RewriteSupport.atSentenceStart("oder", sentence, i - 1)] : []))
      }
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// The word for the sign at `i` with the spaces a sign does not need: `~50` → `ungefähr 50`.
  static func spaced(_ word: String, _ tokens: [Token], _ i: Int) -> String {
    var result = word
    if i + 1 < tokens.count, tokens[i + 1].range.start == tokens[i].range.end { result += " " }
    if i > 0, tokens[i - 1].range.end == tokens[i].range.start { result = " " + result }
    return result
  }

  /// Whether the sign at `i` can be written as its word: `&` between two words with spaces
  /// (not in `H&M`), `~ < > #` before a number, `+` between numbers.
  static func isSafe(_ sign: String, _ tokens: [Token], _ i: Int) -> Bool {
    guard i > 0, i + 1 < tokens.count else { return false }
    let before = tokens[i - 1]
    let after = tokens[i + 1]
    let spaced = before.range.end < tokens[i].range.start && tokens[i].range.end < after.range.start
    let numeric: Set<Token.Kind> = [.number, .money, .percent, .time]
    switch sign {
    // `Probe & Partner`, `Müller & Söhne`: a firm's name keeps its sign.
    case "&":
      return spaced && before.kind == .word && after.kind == .word
        && !["Partner", "Partnerin", "Co.", "Co", "Söhne", "Sohn", "Cie."].contains(after.text)
    case "~", "<", ">": return numeric.contains(after.kind)
    case "#": return after.kind == .number && tokens[i].range.end == after.range.start
    case "+": return spaced && numeric.contains(before.kind) && numeric.contains(after.kind)
    default: return false
    }
  }
}
