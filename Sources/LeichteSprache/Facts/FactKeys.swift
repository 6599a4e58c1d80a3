/// Normalised comparison keys of facts: the same fact written differently gets the same key.
enum FactKeys {
  static func key(_ kind: Fact.Kind, text: String, tokens: [Token]) -> String? {
    switch kind {
    case .date: date(tokens)
    case .time: time(text)
    case .money: money(tokens)
    case .percent:
      fractions[text.lowercased()]
        ?? text.split(separator: " ").first.flatMap { NumberWords.value(String($0)) }.map(
          String.init)
        ?? decimal(
          String(text.split(separator: " ").first ?? Substring(text)).filter {
            $0.isNumber || $0 == "," || $0 == "."
          })
    case .deadline: deadline(tokens)
    case .phone: phone(text)
    case .email: text.lowercased()
    case .url: url(text)
    case .iban: text.filter { !$0.isWhitespace }.uppercased().replacingLabels()
    case .reference: reference(text, tokens)
    case .law: law(tokens)
    case .person, .office:
      text.split(separator: " ").filter { !FactVocabulary.personTitles.contains(String($0)) }
        .joined(separator: " ")
    }
  }

  // MARK: Dates and times

  /// `yyyy-mm-dd`, `----mm-dd` for a date without a year, `yyyy-mm` for a month, `yyyy` for a
  /// year and `yyyy/yy` for a school or budget year.
  static func date(_ tokens: [Token]) -> String? {
    guard let first = tokens.first else { return nil }
    if first.kind == .number {
      return tokens.map(\.text).joined()
    }
    if first.kind == .word || first.kind == .abbreviation, let month = month(first.text),
      tokens.count == 2
    {
      return tokens[1].text + "-" + pad(month)
    }
    if first.kind == .date {
      let text = first.text
      if text.contains("-") {  // ISO
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return parts.count == 3 ? format(parts[0], parts[1], parts[2]) : nil
      }
      let parts = text.split(separator: ".").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      return format(fullYear(parts[2]), parts[1], parts[0])
    }
    guard first.kind == .ordinal, tokens.count >= 2, let day = Int(first.text.dropLast()),
      let month = month(tokens[1].text)
    else { return nil }
    let year = tokens.count >= 3 ? Int(tokens[2].text) : nil
    return year.map { format($0, month, day) } ?? "----" + pad(month) + "-" + pad(day)
  }

  /// A two-digit year in the window 1970–2069: `26` → 2026, `98` → 1998; others unchanged.
  static func fullYear(_ year: Int) -> Int {
    year < 100 ? year + (year < 70 ? 2000 : 1900) : year
  }

  static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    return String(year) + "-" + pad(month) + "-" + pad(day)
  }

  static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  static let monthNames = [
    "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "febr.": 2, "märz": 3, "mär.": 3,
    "mrz.": 3, "april": 4, "apr.": 4, "mai": 5, "juni": 6, "jun.": 6, "juli": 7, "jul.": 7,
    "august": 8, "aug.": 8, "september": 9, "sep.": 9, "sept.": 9, "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
  ]

  static func month(_ word: String) -> Int? { monthNames[word.lowercased()] }

  /// `17.30 Uhr`, `9 Uhr`, `18:00` → `17:30`, `09:00`, `18:00`.
  static func time(_ text: String) -> String? {
    let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard let hour = digits.first, hour <= 24 else { return nil }
    let minute = digits.count > 1 ? digits[1] : 0
    return pad(hour) + ":" + pad(minute)
  }

  // MARK: Amounts

  /// Fractions that stand for a percentage before a genitive: `die Hälfte der Kosten` = 50 %.
  static let fractions = [
    "die hälfte": "50", "ein viertel": "25", "drei viertel": "75", "3 viertel": "75",
  ]

  /// Cents with currency: `218,00 EUR` and `218 Euro` → `EUR 21800`.
  static func money(_ tokens: [Token]) -> String? {
    let joined = tokens.map(\.text).joined(separator: " ")
    var scale = 1.0
    for token in tokens {
      if let factor = FactVocabulary.moneyScales[token.text] { scale = factor }
    }
    let numberText =
      joined.split(separator: " ").first { $0.contains(where: \.isNumber) }
      ?? Substring(joined)
    guard
      let value = amount(numberText)
        ?? tokens.first.flatMap({ NumberWords.value($0.text) }).map(Double.init)
    else { return nil }
    let isCent = joined.contains("Cent") || joined.hasSuffix(" ct")
    let cents = (value * scale * (isCent ? 1 : 100)).rounded()
    let currency =
      joined.contains("$") || joined.contains("USD")
      ? "USD" : joined.contains("CHF") ? "CHF" : "EUR"
    return currency + " " + String(Int64(cents))
  }

  /// German number notation: `1.684,27` → 1684.27, `35,-` → 35.
  static func amount(_ text: some StringProtocol) -> Double? {
    var digits = ""
    for character in text {
      if character.isNumber {
        digits.append(character)
      } else if character == "," {
        digits.append(".")
      } else if character == "." || character == "-" || character == "–" {
        continue
      } else if !digits.isEmpty {
        break
      }
    }
    if digits.hasSuffix(".") { digits.removeLast() }
    return Double(digits)
  }

  static func decimal(_ text: String) -> String? {
    guard let value = amount(text) else { return nil }
    return value == value.rounded() ? String(Int64(value)) : String(value)
  }

  // MARK: Contacts

  /// Digits only, `+49` as `0`: `0761/2016543` and `0761 201 65 43` → `07612016543`.
  static func phone(_ text: String) -> String? {
    var digits = text.filter(\.isNumber)
    if text.hasPrefix("+49") { digits = "0" + digits.dropFirst(2) }
    if text.contains("(0)") && text.hasPrefix("+") {
      digits = digits.replacingOccurrences(of: "00", with: "0")
    }
    return digits.isEmpty ? nil : digits
  }

  static func url(_ text: String) -> String {
    var key = text.lowercased()
    for prefix in ["https://", "http://"] where key.hasPrefix(prefix) {
      key.removeFirst(prefix.count)
    }
    if key.hasPrefix("www.") { key.removeFirst(4) }
    while key.hasSuffix("/") { key.removeLast() }
    return key
  }

  /// A file or document number without its label: `Nr. 4711`, `Nummer 4711` and `4711` are
  /// the same reference.
  static func reference(_ text: String, _ tokens: [Token]) -> String {
    var rest = tokens[...]
    if let label = rest.first, rest.count > 1, FactVocabulary.isReferenceLabel(label.text) {
      rest = rest.dropFirst()
      if rest.first?.text == ":", rest.count > 1 { rest = rest.dropFirst() }
      return rest.map(\.text).joined().filter { !$0.isWhitespace }.uppercased()
    }
    return text.filter { !$0.isWhitespace }.uppercased().replacingLabels()
  }

  // MARK: Deadlines and laws

  /// `bis:2027-06-30`, or a duration `dauer:1 monat`.
  static func deadline(_ tokens: [Token]) -> String? {
    if let index = tokens.firstIndex(where: { $0.kind == .date || $0.kind == .ordinal }),
      let date = date(Array(tokens[index...]))
    {
      return "datum:" + date
    }
    for (index, token) in tokens.enumerated() {
      guard let unit = durationUnit(token.text) else { continue }
      let count = index > 0 ? numberValue(tokens[index - 1].text) ?? 1 : 1
      return "dauer:\(count) \(unit)"
    }
    return nil
  }

  static func durationUnit(_ word: String) -> String? {
    let lower = word.lowercased()
    for (unit, forms) in [
      ("tag", ["tag", "tage", "tagen", "tages", "werktag", "werktage", "werktagen"]),
      ("woche", ["woche", "wochen"]), ("monat", ["monat", "monate", "monaten", "monats"]),
      ("jahr", ["jahr", "jahre", "jahren", "jahres"]),
    ] where forms.contains(lower) {
      return unit
    }
    return nil
  }

  static let numberWords = [
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "vierzehn": 14, "zwanzig": 20, "dreißig": 30,
  ]

  static func numberValue(_ word: String) -> Int? {
    Int(word) ?? numberWords[word.lowercased()] ?? NumberWords.value(word)
  }

  /// Spelled-out and genitive parts of a citation and their abbreviations.
  static let lawParts = [
    "Absatz": "Abs.", "Satz": "S.", "Nummer": "Nr.", "Buchstabe": "lit.", "Buchst.": "lit.",
    "Artikel": "Art.", "Halbsatz": "Hs.", "Ziffer": "Ziff.", "Unterabs.": "UAbs.",
    // Genitive forms (`im Sinne des Artikels 116`), which the genitive rewrite turns into
    // `von dem Artikel 116`.
    "Artikels": "Art.", "Absatzes": "Abs.", "Satzes": "S.", "Buchstabens": "lit.",
  ]

  /// Citation parts written out or abbreviated give the same key: `§ 12 Absatz 1` = `§ 12 Abs. 1`.
  static func law(_ tokens: [Token]) -> String {
    let canonical = lawParts
    // `SGB II` and `SGB 2` name the same book.
    var parts: [String] = []
    for (k, token) in tokens.enumerated() {
      if k > 0, !["lit.", "Buchst.", "Buchstabe"].contains(tokens[k - 1].text),
        let value = RomanNumeralRule.romanValue(token.text)
      {
        parts.append(String(value))
      } else {
        parts.append(canonical[token.text] ?? token.text)
      }
    }
    return withoutSpaceAfterSection(parts.joined(separator: " "))
  }

  /// `§ 7` → `§7`, `§§ 1, 3` → `§§1, 3`: the space after a section sign goes.
  static func withoutSpaceAfterSection(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.contains("§") else { return text }
    var result = String.UnicodeScalarView()
    var previous: Unicode.Scalar? = nil
    for scalar in scalars {
      if !(scalar == " " && previous == "§") { result.append(scalar) }
      previous = scalar
    }
    return String(result)
  }
}

extension String {
  /// A reference without its label, so `Az.: 50.3-WG` and `50.3-WG` compare equal.
  fileprivate func replacingLabels() -> String {
    guard let colon = firstIndex(of: ":"), index(after: colon) < endIndex else {
      // `KUNDEN-NR.4711` → `4711`: drop a leading label ending in a dot.
      if let dot = firstIndex(of: "."), self[..<dot].allSatisfy({ $0.isLetter || $0 == "-" }),
        index(after: dot) < endIndex
      {
        return String(self[index(after: dot)...])
      }
      return self
    }
    return String(self[index(after: colon)...])
  }
}
