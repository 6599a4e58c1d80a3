/// A growing table from words of ASCII and Latin-1 characters, given as UTF-8 bytes, to values:
/// the memo of a per-document lookup that a text repeats for most of its words. Same layout
/// and hash as `ByteWordTable` (FNV-1a, open addressing, byte comparison), so a hit costs one
/// short hash and one comparison instead of SipHash and a `String` comparison.
///
/// Callers pass only words of ASCII and Latin-1 characters (`ByteWordTable.isLatin1`): for them
/// equal bytes mean equal strings and back (see `ByteWordTable`), so the memo never merges
/// spellings that a `String`-keyed table tells apart.
struct ByteWordMemo<Value> {
  /// All keys, one after the other.
  private var keyBytes: [UInt8] = []
  /// Per entry: where its key starts in `keyBytes` (high 32 bits) and its length (low 32 bits).
  private var keys: [UInt64] = []
  private var values: [Value] = []
  /// 0 when empty, else the high 32 bits of the key's hash (high half) and entry index + 1
  /// (low half, never 0).
  private var slots: [UInt64]
  private var mask: Int

  /// An empty memo with room for about `capacity` words before it grows.
  init(capacity: Int = 0) {
    var size = 64
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// Number of words stored.
  var count: Int { values.count }

  /// The value stored for `bytes`; else `make()`, stored and returned.
  @inline(__always)
  mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, orInsert make: () -> Value) -> Value {
    let hash = ByteWordTable<Bool>.hash(bytes)
    let check = hash >> 32
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let code = slots[slot]
      if code == 0 { break }
      if code >> 32 == check {
        let entry = Int(code & 0xFFFF_FFFF) - 1
        if matches(entry, bytes) { return values[entry] }
      }
      slot = (slot + 1) & mask
    }
    let value = make()
    slots[slot] = check << 32 | UInt64(values.count + 1)
    keys.append(UInt64(keyBytes.count) << 32 | UInt64(bytes.count))
    keyBytes.append(contentsOf: bytes)
    values.append(value)
    if values.count * 2 > slots.count { grow() }
    return value
  }

  /// The value stored for `bytes`, without storing anything.
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let hash = ByteWordTable<Bool>.hash(bytes)
    let check = hash >> 32
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let code = slots[slot]
      if code == 0 { return nil }
      if code >> 32 == check {
        let entry = Int(code & 0xFFFF_FFFF) - 1
        if matches(entry, bytes) { return values[entry] }
      }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let key = keys[entry]
    guard Int(key & 0xFFFF_FFFF) == bytes.count else { return false }
    let start = Int(key >> 32)
    return keyBytes.withUnsafeBufferPointer { all in
      var k = 0
      while k < bytes.count {
        if all[start &+ k] != bytes[k] { return false }
        k &+= 1
      }
      return true
    }
  }

  /// Doubles the slots and puts every entry in again.
  private mutating func grow() {
    let size = slots.count * 2
    var newSlots = [UInt64](repeating: 0, count: size)
    let newMask = size - 1
    keyBytes.withUnsafeBufferPointer { all in
      for (entry, key) in keys.enumerated() {
        let start = Int(key >> 32)
        let bytes = UnsafeBufferPointer(rebasing: all[start..<start + Int(key & 0xFFFF_FFFF)])
        let hash = ByteWordTable<Bool>.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & newMask
        while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
        newSlots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
      }
    }
    slots = newSlots
    mask = newMask
  }
}
