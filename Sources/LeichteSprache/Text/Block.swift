/// A structural unit of a document: a paragraph, a heading, a list item, a line of an address
/// block, …
public struct Block: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Running text; its lines may be soft-wrapped.
    case paragraph
    /// A heading: Markdown `#`, a numbered (`1. Einleitung`, `I. Chancen nutzen`) or bold title,
    /// or a short line without final punctuation that starts a section.
    case heading
    /// An item of a bullet or numbered list; `marker` holds `-`, `•`, `1.`, `1)`, `a)`, ….
    case listItem
    /// A line that stands for itself: address, signature, salutation, table row.
    case line
    /// A table-of-contents line (`Einleitung ........ 3`).
    case tocEntry
    /// Page furniture from a PDF extract (`Seite 3 von 6`); kept, but not part of the text flow.
    case pageFurniture
  }

  public let kind: Kind
  /// The whole block including its marker.
  public let range: TextRange
  /// Heading level: 1–6 for Markdown headings, 1 for Roman numerals, 2 for `1.`, 3 for `1.1`,
  /// nil for other blocks.
  public let level: Int?
  /// List or heading marker as written (`-`, `•`, `1.`, `a)`, `##`), outside the sentences.
  public let marker: String?
  public let sentences: [Sentence]

  public init(
    kind: Kind, range: TextRange, level: Int? = nil, marker: String? = nil, sentences: [Sentence]
  ) {
    self.kind = kind
    self.range = range
    self.level = level
    self.marker = marker
    self.sentences = sentences
  }
}
