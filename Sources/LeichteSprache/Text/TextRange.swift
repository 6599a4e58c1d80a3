/// A half-open range of UTF-16 code-unit offsets into `Document.text`.
///
/// UTF-16 is the one offset unit of the whole engine: ICU break iterators count in it, and so do
/// JavaScript strings in the browser preview. `Document.text` is the decoded input after BOM
/// removal, line-ending normalisation (CRLF and CR become LF) and NFC normalisation, so offsets
/// refer to that text, never to raw file bytes.
public struct TextRange: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "TextRange start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  /// Number of UTF-16 code units covered.
  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  /// The same range moved by `delta` code units.
  public func shifted(by delta: Int) -> TextRange { TextRange(start + delta, end + delta) }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }

  // Encoded as a two-element array [start, end] to keep JSON output compact.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let start = try container.decode(Int.self)
    let end = try container.decode(Int.self)
    guard start <= end else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "range start \(start) after end \(end)")
    }
    self.init(start, end)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(start)
    try container.encode(end)
  }
}
