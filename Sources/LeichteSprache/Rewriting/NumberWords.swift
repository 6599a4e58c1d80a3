/// German cardinal number words (`zwölf`, `vierzehn`, `dreihundertfünfundsechzig`) and their
/// values, for rewriting them as digits and for comparing facts (`binnen vierzehn Tagen` =
/// `binnen 14 Tagen`).
public enum NumberWords {
  static let units: [(String, Int)] = [
    ("eins", 1), ("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
    ("sieben", 7), ("acht", 8), ("neun", 9),
  ]
  static let teens: [String: Int] = [
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
  ]
  static let tens: [String: Int] = [
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
  ]

  /// The value of a cardinal written as one word, case-insensitive: `zwölf` → 12,
  /// `zweihundertfünfzig` → 250, `tausend` → 1000. Nil for anything else, also for the article
  /// forms `ein`/`eine`/`einer` (which are not cardinals in running text) and for `eins`.
  public static func value(_ word: String) -> Int? {
    let lower = word.lowercased()
    guard lower.count >= 3, !["ein", "eine", "einer", "eins"].contains(lower) else { return nil }
    return below1000000(Substring(lower))
  }

  static func below1000000(_ text: Substring) -> Int? {
    if let range = text.range(of: "tausend") {
      let head = text[..<range.lowerBound]
      let tail = text[range.upperBound...]
      let thousands = head.isEmpty ? 1 : below1000(head)
      let rest = tail.isEmpty ? 0 : below1000(tail)
      guard let thousands, let rest, thousands > 0 else { return nil }
      return thousands * 1000 + rest
    }
    return below1000(text)
  }

  static func below1000(_ text: Substring) -> Int? {
    if let range = text.range(of: "hundert") {
      let head = text[..<range.lowerBound]
      let tail = text[range.upperBound...]
      let hundreds = head.isEmpty ? 1 : unit(head)
      let rest = tail.isEmpty ? 0 : below100(tail)
      guard let hundreds, let rest else { return nil }
      return hundreds * 100 + rest
    }
    return below100(text)
  }

  static func below100(_ text: Substring) -> Int? {
    if let value = unit(text) ?? teens[String(text)] ?? tens[String(text)] { return value }
    // `fünfundzwanzig`: unit + und + tens.
    guard let range = text.range(of: "und") else { return nil }
    guard let one = unit(text[..<range.lowerBound]),
      let ten = tens[String(text[range.upperBound...])]
    else { return nil }
    return ten + one
  }

  static func unit(_ text: Substring) -> Int? {
    if text == "eins" { return 1 }
    for (word, value) in units where text == word { return value }
    return nil
  }

  /// Digits for a value: thousands separated by a dot from 10.000 on (`12500` → `12.500`).
  public static func digits(_ value: Int) -> String {
    guard value >= 10_000 else { return String(value) }
    var groups: [String] = []
    var rest = value
    while rest >= 1000 {
      let group = rest % 1000
      groups.insert(group < 10 ? "00\(group)" : group < 100 ? "0\(group)" : "\(group)", at: 0)
      rest /= 1000
    }
    groups.insert(String(rest), at: 0)
    return groups.joined(separator: ".")
  }
}
