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
    .ok("Rufen Sie uns an: 040 428 04-0."),
    .ok("Rufen Sie uns an: +49 761 201 65 43."),
    .flags("Rufen Sie uns an: ⟦0761/2016543⟧."),
    .flags("Rufen Sie uns an: ⟦07612016543⟧."),
    .rewrites("Rufen Sie uns an: ⟦0761/2016543⟧.", to: "Rufen Sie uns an: 0761 201 65 43."),
    .rewrites("Rufen Sie uns an: ⟦0761-2016543⟧.", to: "Rufen Sie uns an: 0761 201 65 43."),
    .rewrites("Rufen Sie uns an: ⟦+49 761 2016543⟧.", to: "Rufen Sie uns an: +49 761 201 65 43."),
    .rewrites("Telefon: ⟦0761 2016543-123⟧.", to: "Telefon: 0761 201 65 43-123."),
    .rewrites("⟦0761/2016543⟧ ist unsere Nummer.", to: "0761 201 65 43 ist unsere Nummer."),
    .rewrites("Zentrale: ⟦040/42828-0⟧.", to: "Zentrale: 040 428 28-0."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.number) else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    var covered = 0
    let facts = FactScanner.mayHold(.phone, in: tokens) ? sentence.facts : []
    for fact in facts where fact.kind == .phone {
      covered = max(covered, fact.range.end)
      guard let written = Self.written(fact, tokens), written != fact.text else { continue }
      findings.append(
        finding(
          fact.range,
          "Schreiben Sie die Telefon-Nummer in Gruppen mit Leer-Zeichen: „\(written)“.",
          suggestions: [written]))
    }
    // One long block of digits: the area code cannot be told apart safely, so no rewrite.
    for token in tokens where token.range.start >= covered {
      if token.kind == .number, FactScanner.startsWithZero(token.text), token.text.count >= 8,
        token.text.allSatisfy(\.isNumber)
      {
        findings.append(
          finding(token.range, "Schreiben Sie die Telefon-Nummer in Gruppen mit Leer-Zeichen."))
      }
    }
    return findings.sorted { $0.range < $1.range }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// A phone number in house style: country code, area code, the subscriber number in blocks
  /// (`201 65 43`) and the extension after a hyphen (`-0`). Nil when its form is unusual
  /// (brackets, several hyphens), so it is left as written.
  static func written(_ fact: Fact, _ tokens: [Token]) -> String? {
    let parts = tokens.filter {
      fact.range.start <= $0.range.start && $0.range.end <= fact.range.end
    }
    var country: String? = nil
    var groups: [String] = []
    var separators: [String] = []
    var k = 0
    if parts.first?.text == "+" {
      guard parts.count > 1 else { return nil }
      country = "+" + parts[1].text
      k = 2
    }
    while k < parts.count {
      let part = parts[k]
      if part.kind == .number, part.text.allSatisfy(\.isNumber) {
        groups.append(part.text)
        if groups.count > 1 && separators.count < groups.count - 1 { separators.append(" ") }
      } else if part.text == "/" || part.text == "-" {
        guard !groups.isEmpty else { return nil }
        separators.append(part.text)
      } else {
        return nil
      }
      k += 1
    }
    guard groups.count >= 2, separators.count == groups.count - 1 else { return nil }
    // `0761/2016543`, `0761-2016543`: the first group is the area code; a hyphen after a later
    // group starts the extension.
    var extensionStart = groups.count
    for (n, separator) in separators.enumerated() where separator == "-" && n > 0 {
      extensionStart = n + 1
      break
    }
    guard separators.filter({ $0 == "/" }).count <= 1,
      !separators.enumerated().contains(where: { $0.element == "/" && $0.offset > 0 })
    else { return nil }
    if extensionStart < groups.count - 1 { return nil }
    let area = groups[0]
    let subscriber = groups[1..<extensionStart].joined()
    guard !subscriber.isEmpty else { return nil }
    // Keep a subscriber number already in short blocks as the writer grouped it.
    let blocks = groups[1..<extensionStart]
    let subscriberText =
      blocks.allSatisfy({ $0.count <= 4 }) && separators.first == " "
      ? blocks.joined(separator: " ") : grouped(subscriber)
    var result = (country.map { $0 + " " } ?? "") + area + " " + subscriberText
    if extensionStart < groups.count { result += "-" + groups[extensionStart] }
    return result
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
