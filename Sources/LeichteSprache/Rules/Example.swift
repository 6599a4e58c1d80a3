/// An example of a rule: a text that passes, or one flagged exactly at the ranges marked with
/// `⟦…⟧` (U+27E6, U+27E7). Examples are the rule's tests; they remember their source line.
public struct Example: Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    case ok
    case flags
    case rewrites(expected: String)
  }

  public let kind: Kind
  /// The example as written, with markers.
  public let marked: String
  public let file: String
  public let line: Int

  public static func ok(_ text: String, file: StaticString = #filePath, line: UInt = #line)
    -> Example
  {
    Example(kind: .ok, marked: text, file: "\(file)", line: Int(line))
  }

  public static func flags(_ marked: String, file: StaticString = #filePath, line: UInt = #line)
    -> Example
  {
    Example(kind: .flags, marked: marked, file: "\(file)", line: Int(line))
  }

  public static func rewrites(
    _ marked: String, to expected: String, file: StaticString = #filePath, line: UInt = #line
  ) -> Example {
    Example(kind: .rewrites(expected: expected), marked: marked, file: "\(file)", line: Int(line))
  }

  /// The text without markers.
  public var text: String { Example.parse(marked).text }
  /// The marked ranges in UTF-16 units of `text`.
  public var expectedRanges: [TextRange] { Example.parse(marked).ranges }

  public var description: String { "\(file.split(separator: "/").last ?? ""):\(line): \(marked)" }

  static let open: Character = "⟦"
  static let close: Character = "⟧"

  /// Strips the markers and returns the ranges they enclosed.
  static func parse(_ marked: String) -> (text: String, ranges: [TextRange]) {
    var text = ""
    var ranges: [TextRange] = []
    var offset = 0
    var start: Int? = nil
    for character in marked {
      if character == open {
        start = offset
      } else if character == close, let begin = start {
        ranges.append(TextRange(begin, offset))
        start = nil
      } else {
        text.append(character)
        offset += character.utf16.count
      }
    }
    return (text, ranges)
  }
}
