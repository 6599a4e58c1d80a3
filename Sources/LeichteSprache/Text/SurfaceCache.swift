/// The token texts built while segmenting one text, found again by their code units.
///
/// Word forms repeat (a law uses `der` and `Absatz` thousands of times), and building a `String`
/// from UTF-16 code units costs far more than finding the same units in a hash table: the
/// standard library validates every new string, and a form longer than 15 UTF-8 bytes needs a
/// heap allocation of its own. The cache keeps each distinct form once; tokens with the same
/// spelling share its storage, which also saves memory.
///
/// Keys are ranges of `text` itself, so the cache must not outlive the buffer it was made for
/// (the tokenizer of one `Segmenter.parseBlocks` call owns it). Results never depend on the
/// cache: a hit returns a string that `build` made earlier from equal code units.
final class SurfaceCache {
  private struct Entry {
    var start: Int32
    var length: Int32
    var hash: UInt32
  }

  private let text: UnsafeBufferPointer<UInt16>
  // The cache belongs to one tokenizer on one thread and no access to it overlaps another (no
  // call re-enters it), so the run-time exclusivity checks of class properties, which cost more
  // than a lookup itself, are switched off for its three tables.
  /// Entry number + 1 per slot; 0 marks an empty slot. The count is a power of two.
  @exclusivity(unchecked) private var slots: [Int32]
  @exclusivity(unchecked) private var entries: [Entry] = []
  @exclusivity(unchecked) private var strings: [String] = []
  /// False for a text too long for the 32-bit positions of the entries.
  private let enabled: Bool

  /// Forms longer than this are built every time (rare, and costly to hash for nothing).
  static let maximumLength = 48
  /// At most this many forms are kept; later new forms are built without being stored.
  static let capacity = 1 << 18

  init(text: UnsafeBufferPointer<UInt16>) {
    self.text = text
    enabled = text.count < Int(Int32.max)
    // About one distinct form per 40 code units in running text; at least a small table.
    var count = 256
    while count < text.count / 20 && count < 1 << 16 { count <<= 1 }
    slots = [Int32](repeating: 0, count: count)
    entries.reserveCapacity(count / 2)
    strings.reserveCapacity(count / 2)
  }

  /// The string of `text[start..<end]`: the stored one, or `build()` (stored for next time).
  @inline(__always)
  func string(_ start: Int, _ end: Int, _ build: () -> String) -> String {
    let length = end - start
    guard length <= SurfaceCache.maximumLength, length > 0, enabled else { return build() }
    // FNV-1a over the code units.
    var h: UInt32 = 0x811c_9dc5
    var i = start
    while i < end {
      h = (h ^ UInt32(text[i])) &* 0x0100_0193
      i &+= 1
    }
    let mask = slots.count &- 1
    var index = Int(h) & mask
    while true {
      let slot = Int(slots[index])
      if slot == 0 { break }
      let entry = entries[slot &- 1]
      if entry.hash == h && Int(entry.length) == length && equal(Int(entry.start), start, length) {
        return strings[slot &- 1]
      }
      index = (index &+ 1) & mask
    }
    let result = build()
    guard entries.count < SurfaceCache.capacity else { return result }
    entries.append(Entry(start: Int32(start), length: Int32(length), hash: h))
    strings.append(result)
    if entries.count * 2 > slots.count {
      grow()
    } else {
      slots[index] = Int32(entries.count)
    }
    return result
  }

  @inline(__always)
  private func equal(_ a: Int, _ b: Int, _ length: Int) -> Bool {
    var k = 0
    while k < length {
      if text[a &+ k] != text[b &+ k] { return false }
      k &+= 1
    }
    return true
  }

  /// Doubles the table and places every entry again.
  private func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for number in entries.indices {
      var index = Int(entries[number].hash) & mask
      while slots[index] != 0 { index = (index + 1) & mask }
      slots[index] = Int32(number + 1)
    }
  }
}
