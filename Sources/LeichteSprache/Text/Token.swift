/// The smallest unit the rules and scores see: a word, a number, a date, a punctuation mark, …
public struct Token: Hashable, Sendable, Codable {
  /// What a token is. Quantities carry their unit: `14.30 Uhr` is one `.time`, `25,50 EUR` one
  /// `.money`, `3,5 %` one `.percent`.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Letters, possibly a hyphen or Mediopunkt compound (`KI-Strategie`, `Kreis·verwaltung`)
    /// or a truncated compound (`Bürger-` in `Bürger- und Sozialamt`).
    case word
    /// Digits with optional separators: `2025`, `1.250`, `3,5`, `2.5`.
    case number
    /// A number with an ordinal dot: `3.` in `am 3. Oktober`.
    case ordinal
    /// A numeric date: `12.11.2026`, `05.03.26`, `2026-03-05`.
    case date
    /// A clock time, with `Uhr` or `h` when written: `17.30 Uhr`, `9:00`.
    case time
    /// An amount with its currency: `25,50 EUR`, `35,- €`, `€ 120`.
    case money
    /// A percentage: `3,5 %`, `50 Prozent`.
    case percent
    /// A section sign with its number: `§ 7`, `§§ 3a`.
    case section
    /// A known or evident abbreviation with its dots: `Abs.`, `z. B.`, `i. V. m.`.
    case abbreviation
    case url
    case email
    case punctuation
    /// Any other symbol: `&`, `+`, `=`, emoji.
    case symbol
  }

  /// The token as it reads: soft hyphens removed, a word hyphenated at a line end joined
  /// (`Wirt-\nschaft` → `Wirtschaft`), inner whitespace collapsed to one space.
  public let text: String
  /// Where the token stands in `Document.text`; it covers the original spelling.
  public let range: TextRange
  public let kind: Kind

  public init(text: String, range: TextRange, kind: Kind) {
    self.text = text
    self.range = range
    self.kind = kind
  }

  /// True for tokens that count as words in readability formulas (everything but punctuation
  /// and symbols).
  public var isWordLike: Bool { kind != .punctuation && kind != .symbol }

  /// The visible parts of a hyphen or Mediopunkt compound: `KI-Strategie` → `["KI", "Strategie"]`.
  /// A simple word yields itself.
  public var parts: [Substring] {
    guard kind == .word else { return [Substring(text)] }
    let pieces = text.split(whereSeparator: { $0 == "-" || $0 == "·" })
    return pieces.isEmpty ? [Substring(text)] : pieces
  }
}
