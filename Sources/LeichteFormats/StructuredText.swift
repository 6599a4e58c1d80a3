/// Builds the plain text the segmenter reads from the blocks of a structured document:
/// Markdown-style `#` headings, `- ` and `1. ` list items, and paragraphs separated by blank lines.
///
/// Inline white space is collapsed as HTML and Word display it (runs of spaces, tabs and line
/// breaks become one space); explicit line breaks inside a block (`<br>`, `<w:br/>`) stay.
/// Items of one list stand on consecutive lines; every other block is followed by a blank line.
struct StructuredText {
  /// What a block is.
  enum Kind: Equatable {
    case paragraph
    case heading(level: Int)
    /// A list item; `marker` is `-` or a number such as `1.` or `a)`; `list` tells lists apart.
    case listItem(marker: String, list: Int)
  }

  private(set) var text = ""
  private var previous: Kind?

  /// Adds a block; blocks without visible text are dropped.
  mutating func add(_ kind: Kind, _ content: String) {
    let cleaned = StructuredText.collapse(content)
    guard !cleaned.isEmpty else { return }
    if let previous {
      if case .listItem(_, let list) = kind, case .listItem(_, let previousList) = previous,
        list == previousList
      {
        text += "\n"
      } else {
        text += "\n\n"
      }
    }
    switch kind {
    case .paragraph: text += cleaned
    case .heading(let level):
      let hashes = String(repeating: "#", count: min(max(level, 1), 6))
      text += hashes + " " + cleaned.replacingOccurrences(of: "\n", with: " ")
    case .listItem(let marker, _): text += marker + " " + cleaned
    }
    previous = kind
  }

  /// The finished text, ending with one line break (empty when there is no text).
  var result: String { text.isEmpty ? "" : text + "\n" }

  /// Collapses white space runs to one space, keeps explicit line breaks (U+2028, written by
  /// the readers for `<br>`) as `\n`, and trims every line.
  static func collapse(_ content: String) -> String {
    var lines: [String] = []
    var line = ""
    var pendingSpace = false
    for scalar in content.unicodeScalars {
      if scalar == lineBreak {
        lines.append(line)
        line = ""
        pendingSpace = false
      } else if scalar.properties.isWhitespace && scalar != "\u{00A0}" && scalar != "\u{202F}" {
        pendingSpace = !line.isEmpty
      } else {
        if pendingSpace { line.unicodeScalars.append(" ") }
        pendingSpace = false
        line.unicodeScalars.append(scalar)
      }
    }
    lines.append(line)
    while lines.last?.isEmpty == true { lines.removeLast() }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    return lines.joined(separator: "\n")
  }

  /// The character readers write for an explicit line break inside a block.
  static let lineBreak: Unicode.Scalar = "\u{2028}"
}
