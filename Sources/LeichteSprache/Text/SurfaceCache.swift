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
///
/// The tables live in memory the cache allocates and frees itself: reading a Swift array stored
/// in a class retains and releases its buffer and checks exclusive access at run time, which
/// cost more than the lookup. The cache belongs to one tokenizer on one thread, and nothing
/// re-enters it while it runs. `surfaceCacheReturnsBuiltStrings` tests it against building.
final class SurfaceCache {
  private struct Entry {
    var start: Int32
    var length: Int32
    var hash: UInt32
  }

  private let text: UnsafeBufferPointer<UInt16>
  /// Entry number + 1 per slot; 0 marks an empty slot. `slotCount` is a power of two.
  private var slots: UnsafeMutablePointer<Int32>
  private var slotCount: Int
  /// `count` entries and their strings, both initialised up to `count`, room for `capacity`.
  private var entries: UnsafeMutablePointer<Entry>
  private var strings: UnsafeMutablePointer<String>
  private var count = 0
  private var capacity: Int
  /// False for a text too long for the 32-bit positions of the entries.
  private let enabled: Bool

  /// Forms longer than this are built every time (rare, and costly to hash for nothing).
  static let maximumLength = 48
  /// At most this many forms are kept; later new forms are built without being stored.
  static let maximumCount = 1 << 18

  init(text: UnsafeBufferPointer<UInt16>) {
    self.text = text
    enabled = text.count < Int(Int32.max)
    // About one distinct form per 40 code units in running text; at least a small table.
    var slotCount = 256
    while slotCount < text.count / 20 && slotCount < 1 << 16 { slotCount <<= 1 }
    self.slotCount = slotCount
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    capacity = slotCount / 2
    entries = .allocate(capacity: capacity)
    strings = .allocate(capacity: capacity)
  }

  deinit {
    slots.deallocate()
    entries.deallocate()  // a trivial type: nothing to deinitialise
    strings.deinitialize(count: count)
    strings.deallocate()
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
    let mask = slotCount &- 1
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
    guard count < SurfaceCache.maximumCount else { return result }
    if count == capacity { growStorage() }
    (entries + count).initialize(to: Entry(start: Int32(start), length: Int32(length), hash: h))
    (strings + count).initialize(to: result)
    count += 1
    if count * 2 > slotCount {
      growSlots()
    } else {
      slots[index] = Int32(count)
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

  /// Doubles the room for entries and strings, moving the stored ones.
  private func growStorage() {
    let newCapacity = capacity * 2
    let newEntries = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
    newEntries.moveInitialize(from: entries, count: count)
    entries.deallocate()
    entries = newEntries
    let newStrings = UnsafeMutablePointer<String>.allocate(capacity: newCapacity)
    newStrings.moveInitialize(from: strings, count: count)
    strings.deallocate()
    strings = newStrings
    capacity = newCapacity
  }

  /// Doubles the table and places every entry again (the newest one too).
  private func growSlots() {
    slots.deallocate()
    slotCount *= 2
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    let mask = slotCount - 1
    for number in 0..<count {
      var index = Int(entries[number].hash) & mask
      while slots[index] != 0 { index = (index + 1) & mask }
      slots[index] = Int32(number + 1)
    }
  }
}
