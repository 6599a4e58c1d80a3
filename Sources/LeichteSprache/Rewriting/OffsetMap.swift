/// Maps positions of a text after edits back to the text before them, so every change can name
/// its range in the original input however many passes came before.
public struct OffsetMap: Sendable, Hashable {
  /// One replaced stretch: `old` in the earlier text became `new` in the later text.
  struct Segment: Sendable, Hashable {
    let old: TextRange
    let new: TextRange
  }

  /// Replaced stretches in text order.
  private(set) var segments: [Segment] = []

  /// The identity map.
  public init() {}

  /// The map of one pass: `edits` (non-overlapping, any order) applied to the earlier text.
  public init(edits: [(range: TextRange, replacementLength: Int)]) {
    var delta = 0
    for edit in edits.sorted(by: { $0.range < $1.range }) {
      let newStart = edit.range.start + delta
      segments.append(
        Segment(old: edit.range, new: TextRange(newStart, newStart + edit.replacementLength)))
      delta += edit.replacementLength - edit.range.length
    }
  }

  /// The earlier position of `position`. A position inside a replacement maps to the start of
  /// the replaced stretch, or to its end when `isEnd` (the end of a range).
  public func original(_ position: Int, isEnd: Bool = false) -> Int {
    var delta = 0  // earlier minus later position, after the segments passed so far
    for segment in segments {
      if isEnd ? position <= segment.new.start : position < segment.new.start {
        return position + delta
      }
      if isEnd ? position <= segment.new.end : position < segment.new.end {
        return isEnd ? segment.old.end : segment.old.start
      }
      delta = segment.old.end - segment.new.end
    }
    return position + delta
  }

  /// The earlier range of `range`.
  public func original(_ range: TextRange) -> TextRange {
    let start = original(range.start)
    return TextRange(start, max(start, original(range.end, isEnd: true)))
  }
}

/// Several pass maps, latest first.
public struct ComposedOffsetMap: Sendable, Hashable {
  var maps: [OffsetMap]

  public init(maps: [OffsetMap] = []) { self.maps = maps }

  /// Adds the map of a newer pass.
  public mutating func prepend(_ map: OffsetMap) { maps.insert(map, at: 0) }

  public func original(_ range: TextRange) -> TextRange {
    maps.reduce(range) { $1.original($0) }
  }
}
