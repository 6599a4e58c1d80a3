/// A problem one rule found in one place of the text.
public struct Finding: Hashable, Sendable, Codable {
  public let rule: RuleID
  /// Where, in UTF-16 code units of `Document.text`.
  public let range: TextRange
  /// German, plain text, a full sentence ending with a period.
  public var message: String { text.rendered }
  public var severity: Severity
  /// Replacements or rephrasings for a human to choose from; never markup.
  public var suggestions: [String]
  /// The message, rendered when `message` is read.
  let text: MessageText

  /// The same finding at another range (mapped back through a rewrite).
  public func with(range: TextRange) -> Finding {
    Finding(rule: rule, range: range, text: text, severity: severity, suggestions: suggestions)
  }

  public init(
    rule: RuleID, range: TextRange, message: String, severity: Severity = .warning,
    suggestions: [String] = []
  ) {
    self.init(
      rule: rule, range: range, text: MessageText(message), severity: severity,
      suggestions: suggestions)
  }

  init(
    rule: RuleID, range: TextRange, text: MessageText, severity: Severity = .warning,
    suggestions: [String] = []
  ) {
    self.rule = rule
    self.range = range
    self.text = text
    self.severity = severity
    self.suggestions = suggestions
  }

  // Equality, hashing and coding see the message as text, as when it was a stored `String`.

  public static func == (a: Finding, b: Finding) -> Bool {
    a.rule == b.rule && a.range == b.range && a.severity == b.severity
      && a.suggestions == b.suggestions && a.text.reads(like: b.text)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(range)
    hasher.combine(message)
    hasher.combine(severity)
    hasher.combine(suggestions)
  }

  enum CodingKeys: String, CodingKey {
    case rule, range, message, severity, suggestions
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try container.decode(RuleID.self, forKey: .rule),
      range: try container.decode(TextRange.self, forKey: .range),
      message: try container.decode(String.self, forKey: .message),
      severity: try container.decode(Severity.self, forKey: .severity),
      suggestions: try container.decode([String].self, forKey: .suggestions))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rule, forKey: .rule)
    try container.encode(range, forKey: .range)
    try container.encode(message, forKey: .message)
    try container.encode(severity, forKey: .severity)
    try container.encode(suggestions, forKey: .suggestions)
  }
}
