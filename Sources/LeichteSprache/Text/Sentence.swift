/// One sentence (or one line-like segment such as a heading or list item) with its tokens.
public struct Sentence: Hashable, Sendable, Codable {
  public let range: TextRange
  public let tokens: [Token]

  public init(range: TextRange, tokens: [Token]) {
    self.range = range
    self.tokens = tokens
  }

  /// Tokens that count as words.
  public var words: some Sequence<Token> { tokens.lazy.filter(\.isWordLike) }
  public var wordCount: Int { tokens.reduce(0) { $0 + ($1.isWordLike ? 1 : 0) } }

  /// The sentence as one line: tokens joined by one space wherever the source had whitespace.
  public func normalizedText(in document: Document) -> String {
    Sentence.join(tokens, source: document.utf16)
  }

  static func join(_ tokens: [Token], source: String.UTF16View) -> String {
    var result = ""
    var previousEnd: Int? = nil
    for token in tokens {
      if let previousEnd, previousEnd < token.range.start {
        result.append(" ")
      }
      result.append(token.text)
      previousEnd = token.range.end
    }
    return result
  }
}
