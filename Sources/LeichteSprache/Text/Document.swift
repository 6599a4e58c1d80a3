import Foundation

/// A segmented text: the shared, immutable artefact every stage reads.
public struct Document: Hashable, Sendable, Codable {
  /// The normalised input (see `TextRange` for what normalisation means).
  public let text: String
  public let blocks: [Block]
  /// Finds string indices for UTF-16 offsets; built on first use, not part of the value.
  private let offsets = UTF16OffsetTable()

  public init(text: String, blocks: [Block]) {
    self.text = text
    self.blocks = blocks
  }

  enum CodingKeys: String, CodingKey { case text, blocks }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      text: try container.decode(String.self, forKey: .text),
      blocks: try container.decode([Block].self, forKey: .blocks))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(blocks, forKey: .blocks)
  }

  public static func == (lhs: Document, rhs: Document) -> Bool {
    lhs.text == rhs.text && lhs.blocks == rhs.blocks
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(blocks)
  }

  public var sentences: [Sentence] { blocks.flatMap(\.sentences) }
  public var utf16: String.UTF16View { text.utf16 }

  /// The text covered by `range`.
  public subscript(range: TextRange) -> Substring {
    let lower = index(utf16Offset: range.start)
    let upper = range.length == 0 ? lower : index(utf16Offset: range.end)
    return text[lower..<upper]
  }

  /// The index of `text` at a UTF-16 offset: the same as
  /// `text.utf16.index(text.utf16.startIndex, offsetBy: offset)`, without the standard
  /// library's breadcrumbs, whose first use scans the whole text (rules ask for short ranges of
  /// long texts).
  public func index(utf16Offset offset: Int) -> String.Index {
    offsets.index(utf16Offset: offset, in: text)
  }
}

/// The UTF-8 position of every 64th UTF-16 offset of a text, so that a UTF-16 offset becomes a
/// string index after at most 63 code units. A lock guards the single lazy build, so a
/// `Document` stays safe to share between tasks.
final class UTF16OffsetTable: @unchecked Sendable {
  static let stride = 64
  private let lock = NSLock()
  /// For checkpoint k: the UTF-16 and UTF-8 offsets of the last scalar boundary at or before
  /// UTF-16 offset k × stride.
  private var checkpoints: [(utf16: Int, utf8: Int)]?

  func index(utf16Offset offset: Int, in text: String) -> String.Index {
    let view = text.utf16
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      let table = self.table(bytes)
      guard offset >= 0, offset / Self.stride < table.count else { return nil }
      let start = table[offset / Self.stride]
      var utf16 = start.utf16
      var utf8 = start.utf8
      while utf16 < offset && utf8 < bytes.count {
        let lead = bytes[utf8]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        utf16 += length == 4 ? 2 : 1
        utf8 += length
      }
      // Inside a surrogate pair or past the end: the standard library decides.
      return utf16 == offset ? utf8 : nil
    }
    if let utf8 = found ?? nil {
      return text.utf8.index(text.utf8.startIndex, offsetBy: utf8)
    }
    return view.index(view.startIndex, offsetBy: offset)
  }

  private func table(_ bytes: UnsafeBufferPointer<UInt8>) -> [(utf16: Int, utf8: Int)] {
    lock.lock()
    defer { lock.unlock() }
    if let checkpoints { return checkpoints }
    var table: [(utf16: Int, utf8: Int)] = [(0, 0)]
    table.reserveCapacity(bytes.count / Self.stride + 2)
    var utf16 = 0
    var next = Self.stride
    for utf8 in 0..<bytes.count {
      let byte = bytes[utf8]
      if byte & 0xC0 == 0x80 { continue }  // inside a scalar
      let width = byte >= 0xF0 ? 2 : 1  // a 4-byte scalar is a surrogate pair
      // Every checkpoint passed by this scalar starts at its beginning.
      while utf16 + width > next {
        table.append((utf16, utf8))
        next += Self.stride
      }
      utf16 += width
    }
    let utf8 = bytes.count
    // The checkpoint of the end offset (when it is a multiple of the stride).
    if utf16 == next { table.append((utf16, utf8)) }
    checkpoints = table
    return table
  }
}
