import Foundation

/// An immutable table from spellings to values for per-token lookups in hot loops (the rules'
/// word lists): an FNV-1a hash of the UTF-8 bytes and a byte comparison, where `[String: Value]`
/// hashes with SipHash after a normalisation check.
///
/// It answers exactly as the dictionary it is built from. `String` keys compare by canonical
/// equivalence, bytes compare exactly; the two agree for words of ASCII and Latin-1 characters
/// (U+0000–U+00FF, always in NFC) looked up among keys in NFC. So those keys (and keys whose NFC
/// form is such a word) go into the byte table; every other word is looked up in the dictionary.
struct ByteWordTable<Value: Sendable>: Sendable {
  let dictionary: [String: Value]
  /// All byte keys, one after the other.
  private let keyBytes: [UInt8]
  /// Per entry: where its key starts in `keyBytes` (high 32 bits) and its length (low 32 bits).
  private let keys: [UInt64]
  private let values: [Value]
  /// Open addressing, linear probing; 0 when empty, else the high 32 bits of the key's hash
  /// (high half) and entry index + 1 (low half), so that probing reads no other array until the
  /// hash matches.
  private let slots: [UInt64]
  private let mask: Int

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    var keyBytes: [UInt8] = []
    var keys: [UInt64] = []
    var values: [Value] = []
    var capacity = 16
    while capacity < dictionary.count * 2 { capacity *= 2 }
    let mask = capacity - 1
    var slots = [UInt64](repeating: 0, count: capacity)
    func insert(_ bytes: [UInt8], _ value: Value) {
      let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 {
        let entry = Int(slots[slot] & 0xFFFF_FFFF) - 1
        let start = Int(keys[entry] >> 32)
        if Int(keys[entry] & 0xFFFF_FFFF) == bytes.count
          && keyBytes[start..<start + bytes.count].elementsEqual(bytes)
        {
          return
        }
        slot = (slot + 1) & mask
      }
      slots[slot] = (hash >> 32) << 32 | UInt64(values.count + 1)
      keys.append(UInt64(keyBytes.count) << 32 | UInt64(bytes.count))
      keyBytes.append(contentsOf: bytes)
      values.append(value)
    }
    // Keys of a `[String: Value]` are never canonically equivalent, so no byte key comes twice.
    for (key, value) in dictionary {
      let bytes = Array(key.utf8)
      if Self.isLatin1(bytes) {
        insert(bytes, value)
      } else {
        let composed = Array(key.precomposedStringWithCanonicalMapping.utf8)
        if Self.isLatin1(composed) { insert(composed, value) }
      }
    }
    self.keyBytes = keyBytes
    self.keys = keys
    self.values = values
    self.slots = slots
    self.mask = mask
  }

  /// The value of `word`, as `dictionary[word]`.
  @inline(__always)
  subscript(word: String) -> Value? {
    let found = ByteText.withBytes(word) { bytes -> Value?? in
      guard Self.isLatin1(bytes) else { return .none }
      return .some(self.value(bytes))
    }
    if let found { return found }
    return dictionary[word]
  }

  /// The value of `word.lowercased()`, as `dictionary[word.lowercased()]`, without building the
  /// lower-case string for a word of ASCII and Latin-1 characters (their lower case is one
  /// character each: A–Z, À–Ö and Ø–Þ move by 0x20, all others stay).
  subscript(lowercasing word: String) -> Value? {
    let found = ByteText.withBytes(word) { bytes -> Value?? in
      guard bytes.count <= 64, Self.isLatin1(bytes) else { return .none }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
        var previous: UInt8 = 0
        for k in 0..<bytes.count {
          var b = bytes[k]
          if b >= 0x41 && b <= 0x5A {
            b |= 0x20
          } else if previous == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97 {
            b |= 0x20
          }
          lower[k] = b
          previous = bytes[k]
        }
        return .some(self.value(UnsafeBufferPointer(lower)))
      }
    }
    if let found { return found }
    return dictionary[word.lowercased()]
  }

  /// The value of a word of ASCII and Latin-1 characters given as UTF-8 bytes.
  private func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let hash = Self.hash(bytes)
    let check = hash >> 32
    var slot = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let code = slots[slot]
        if code == 0 { return nil }
        if code >> 32 == check {
          let entry = Int(code & 0xFFFF_FFFF) - 1
          let key = keys[entry]
          if Int(key & 0xFFFF_FFFF) == bytes.count {
            let start = Int(key >> 32)
            let equal = keyBytes.withUnsafeBufferPointer { all in
              var k = 0
              while k < bytes.count {
                if all[start &+ k] != bytes[k] { return false }
                k &+= 1
              }
              return true
            }
            if equal { return values[entry] }
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// True when the UTF-8 bytes encode only U+0000–U+00FF (lead bytes C2 and C3), which are
  /// all in NFC and never compose with a neighbour.
  @inline(__always)
  static func isLatin1<C: Collection<UInt8>>(_ bytes: C) -> Bool {
    for b in bytes where b >= 0x80 && b != 0xC2 && b != 0xC3 && b & 0xC0 != 0x80 { return false }
    return true
  }

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash &*= 0x0000_0100_0000_01b3
    }
    // Mix the high bits down: the slot uses the low bits.
    return hash ^ (hash >> 29)
  }
}
