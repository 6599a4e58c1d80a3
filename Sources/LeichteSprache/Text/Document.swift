/// A segmented text: the shared, immutable artefact every stage reads.
public struct Document: Hashable, Sendable, Codable {
  /// The normalised input (see `TextRange` for what normalisation means).
  public let text: String
  public let blocks: [Block]

  public init(text: String, blocks: [Block]) {
    self.text = text
    self.blocks = blocks
  }

  public var sentences: [Sentence] { blocks.flatMap(\.sentences) }
  public var utf16: String.UTF16View { text.utf16 }

  /// The text covered by `range`.
  public subscript(range: TextRange) -> Substring {
    let view = text.utf16
    let lower = view.index(view.startIndex, offsetBy: range.start)
    let upper = view.index(lower, offsetBy: range.length)
    return text[lower..<upper]
  }
}
