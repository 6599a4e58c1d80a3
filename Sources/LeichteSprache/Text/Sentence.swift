/// One sentence (or one line-like segment such as a heading or list item) with its tokens.
public struct Sentence: Hashable, Sendable, Codable {
  public let range: TextRange
  public let tokens: [Token]

  public init(range: TextRange, tokens: [Token]) {
    self.range = range
    self.tokens = tokens
  }

  /// A sentence spanning its tokens, from the first one's start to the last one's end.
  init(tokens: [Token]) {
    self.init(
      range: TextRange(tokens[0].range.start, tokens[tokens.count - 1].range.end), tokens: tokens)
  }

  /// Tokens that count as words.
  public var words: some Sequence<Token> { tokens.lazy.filter(\.isWordLike) }
  public var wordCount: Int { tokens.reduce(0) { $0 + ($1.isWordLike ? 1 : 0) } }

  /// The sentence as one line: its tokens joined by one space wherever the source had
  /// whitespace (line breaks and runs of blanks become one space, hyphenation is undone).
  public var text: String {
    var result = ""
    appendText(to: &result)
    return result
  }

  /// Appends `text` to `output` without building an intermediate string.
  public func appendText(to output: inout String) {
    var previousEnd: Int? = nil
    for token in tokens {
      if let previousEnd, previousEnd < token.range.start { output += " " }
      output += token.text
      previousEnd = token.range.end
    }
  }
}
