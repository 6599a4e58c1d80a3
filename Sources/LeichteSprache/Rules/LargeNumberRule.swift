/// Flags large numbers (default: 1000 and more) outside amounts, dates and years.
struct LargeNumberRule: Rule {
  let id: RuleID = "grosse-zahl"
  let title = "Keine großen Zahlen"
  let rationale = """
    Große Zahlen kann man sich schlecht vorstellen. Schreiben Sie lieber „viele“ oder runden Sie: \
    fast 15.000 Menschen. Genaue Beträge in Briefen bleiben.
    """
  let reference = "Netzwerk Leichte Sprache: Große Zahlen vermeiden; Inclusion Europe"
  let severity = Severity.hint

  static let minimum = Threshold(
    "grosse-zahl.ab", 1000, "Zahlen ab diesem Wert melden (Jahreszahlen ausgenommen)")
  var thresholds: [Threshold] { [Self.minimum] }

  let examples: [Example] = [
    .ok("Im Jahr 2025 kamen viele Menschen."),
    .ok("Das kostet 1.250 Euro."),
    .flags("Es kamen ⟦14.795⟧ Menschen."),
    // Postcodes, file numbers and other ids are no quantities.
    .ok("Schreiben Sie an 12345 Musterstadt."),
    .ok("Ihre Kunden-Nr. 4711 steht oben."),
    .ok("Das Aktenzeichen ist 0815."),
    .ok("Aktenzeichen: WG 4711/26"),
    .ok("Telefon: 01234 5678-321"),
  ]

  static let message = MessagePattern(
    "„{}“ ist eine große Zahl. Runden Sie oder schreiben Sie zum Beispiel „sehr viele“.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.has(.number) else { return [] }
    let minimum = context.value(Self.minimum)
    var findings: [Finding] = []
    for (i, token) in sentence.tokens.enumerated() where token.kind == .number {
      let number = Self.digits(token.text)
      guard let value = number.value, value >= minimum else { continue }
      let plainYear = !number.hasDot && value >= 1000 && value <= 2200
      if plainYear { continue }
      // Ids rather than quantities: a leading zero, five or more digits without a thousands
      // separator (German writes quantities as 14.795), or a reference label before the number.
      if number.leadingZero || (!number.hasDot && number.count >= 5)
        || FactVocabulary.followsReferenceLabel(sentence.tokens, i)
        || isPartOfCode(sentence.tokens, i)
      {
        continue
      }
      // Numbers right after another number or before a unit of money are amounts or ids.
      if i + 1 < sentence.tokens.count, ["Euro", "EUR", "€"].contains(sentence.tokens[i + 1].text) {
        continue
      }
      findings.append(
        finding(
          token.range,
          Self.message(token.text)))
    }
    return findings
  }

  /// The whole part of a number token: its digits before a decimal comma, thousands dots and
  /// spaces left out (none when another character comes first), their count and value, whether
  /// the token has a dot and whether it starts with `0`.
  static func digits(_ text: String) -> (
    value: Double?, count: Int, hasDot: Bool, leadingZero: Bool
  ) {
    // ASCII text (nearly every number) by its bytes: each byte is one character there, except
    // CR LF, which is neither a digit nor a separator either way.
    let ascii = ByteText.withBytes(text) {
      bytes -> (value: Double?, count: Int, hasDot: Bool, leadingZero: Bool)? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var count = 0
      var whole: UInt64 = 0
      for b in bytes {
        if b >= 0x30 && b <= 0x39 {
          count += 1
          if count <= 18 { whole = whole &* 10 &+ UInt64(b &- 0x30) }
        } else if b == 0x2C {
          break
        } else if b != 0x2E && b != 0x20 {
          count = 0
          break
        }
      }
      let hasDot = bytes.contains(0x2E)
      let leadingZero = bytes.first == 0x30
      // Up to 15 digits the integer is exact as a Double, as `Double(String)` reads it.
      if count <= 15 {
        return (count == 0 ? nil : Double(whole), count, hasDot, leadingZero)
      }
      let digits = String(
        decoding: bytes.filter { $0 >= 0x30 && $0 <= 0x39 }.prefix(count), as: UTF8.self)
      return (Double(digits), count, hasDot, leadingZero)
    }
    return ascii ?? characterDigits(text)
  }

  /// `digits` by characters: the general path for text that is not ASCII (and the reference the
  /// byte path is tested against).
  static func characterDigits(_ text: String) -> (
    value: Double?, count: Int, hasDot: Bool, leadingZero: Bool
  ) {
    var digits = ""
    for character in text {
      if character.isASCII && character.isNumber {
        digits.append(character)
      } else if character == "," {
        break
      } else if character != "." && character != " " {
        digits = ""
        break
      }
    }
    return (Double(digits), digits.count, text.contains("."), text.hasPrefix("0"))
  }

  /// A number glued to `/` or `-` (`4711/26`, `5678-321`) is part of a file or phone number.
  private func isPartOfCode(_ tokens: [Token], _ i: Int) -> Bool {
    let joiners: Set<String> = ["/", "-"]
    if i + 1 < tokens.count, tokens[i + 1].range.start == tokens[i].range.end,
      joiners.contains(tokens[i + 1].text)
    {
      return true
    }
    return i > 0 && tokens[i - 1].range.end == tokens[i].range.start
      && joiners.contains(tokens[i - 1].text)
  }
}
