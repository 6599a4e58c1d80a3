/// A problem one rule found in one place of the text.
public struct Finding: Hashable, Sendable, Codable {
  public let rule: RuleID
  /// Where, in UTF-16 code units of `Document.text`.
  public let range: TextRange
  /// German, plain text, a full sentence ending with a period.
  public let message: String
  public var severity: Severity
  /// Replacements or rephrasings for a human to choose from; never markup.
  public var suggestions: [String]

  /// The same finding at another range (mapped back through a rewrite).
  public func with(range: TextRange) -> Finding {
    Finding(
      rule: rule, range: range, message: message, severity: severity, suggestions: suggestions)
  }

  public init(
    rule: RuleID, range: TextRange, message: String, severity: Severity = .warning,
    suggestions: [String] = []
  ) {
    self.rule = rule
    self.range = range
    self.message = message
    self.severity = severity
    self.suggestions = suggestions
  }
}
