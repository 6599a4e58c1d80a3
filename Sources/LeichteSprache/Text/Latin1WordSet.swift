import Foundation

/// A fixed set of words for the segmenter's hot loops, looked up straight from UTF-16 code units
/// or UTF-8 bytes without building a `String` and hashing it with SipHash.
///
/// It answers exactly as the `Set<String>` it is built from. `String` compares by canonical
/// equivalence, code units compare exactly; the two agree for words of Latin-1 characters
/// (U+0000–U+00FF: all of them are in NFC, none combines with a neighbour) looked up among the
/// keys in NFC. So queries of Latin-1 characters take the fast path against the keys whose NFC
/// form is Latin-1 (no other key can equal them); every other query asks the set.
struct Latin1WordSet: Sendable {
  let set: Set<String>
  /// Open addressing, linear probing: index + 1 into `keys`, 0 when empty.
  private let slots: [Int32]
  private let keys: [[UInt8]]

  init(_ words: Set<String>) {
    set = words
    var keys: [[UInt8]] = []
    for word in words.sorted() {
      if let key = Latin1WordSet.latin1(word) {
        keys.append(key)
      } else if let key = Latin1WordSet.latin1(word.precomposedStringWithCanonicalMapping) {
        keys.append(key)
      }
    }
    var capacity = 16
    while capacity < keys.count * 4 { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    for (index, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: Latin1WordSet.hash(key)) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(index + 1)
    }
    self.keys = keys
    self.slots = slots
  }

  /// One byte per character when `word` has only Latin-1 characters.
  private static func latin1(_ word: String) -> [UInt8]? {
    var key: [UInt8] = []
    for scalar in word.unicodeScalars {
      guard scalar.value <= 0xFF else { return nil }
      key.append(UInt8(scalar.value))
    }
    return key
  }

  /// Whether the set holds the word spelt by `text[start..<end]` (lower-cased first when
  /// `lowercasing`), or nil when the code units are not all plain Latin-1 letters, digits and
  /// signs (no blanks, controls or soft hyphens): then the caller asks `set` with the string.
  @inline(__always)
  func contains(
    _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, lowercasing: Bool
  ) -> Bool? {
    guard end - start <= 32 else { return nil }
    var hash = Latin1WordSet.offsetBasis
    for i in start..<end {
      let c = text[i]
      guard Latin1WordSet.isPlain(c) else { return nil }
      hash = (hash ^ UInt64(lowercasing ? Latin1WordSet.lower(c) : c)) &* Latin1WordSet.prime
    }
    return find(hash: hash, count: end - start) { k in
      let c = text[start + k]
      return lowercasing ? Latin1WordSet.lower(c) : c
    }
  }

  /// Whether the set holds `word`, as `set.contains(word)`.
  func contains(_ word: String) -> Bool {
    var word = word
    let found = word.withUTF8 { bytes -> Bool? in
      guard bytes.count <= 64 else { return nil }
      // Latin-1 characters take one byte below 0x80, two bytes (C2 or C3, then one) above.
      var units: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
        0, 0, 0, 0, 0, 0, 0, 0
      )
      return withUnsafeMutableBytes(of: &units) { buffer -> Bool? in
        var count = 0
        var hash = Latin1WordSet.offsetBasis
        var i = 0
        while i < bytes.count {
          var c = UInt16(bytes[i])
          if c >= 0x80 {
            guard c == 0xC2 || c == 0xC3, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 else {
              return nil
            }
            c = (c & 0x03) << 6 | UInt16(bytes[i + 1] & 0x3F)
            i += 1
          }
          i += 1
          buffer[count] = UInt8(c)
          count += 1
          hash = (hash ^ UInt64(c)) &* Latin1WordSet.prime
        }
        return find(hash: hash, count: count) { UInt16(buffer[$0]) }
      }
    }
    return found ?? set.contains(word)
  }

  /// Whether the set holds the word of Latin-1 characters given one per code unit (each at most
  /// 0xFF).
  func contains(latin1 word: UnsafeBufferPointer<UInt16>) -> Bool {
    var hash = Latin1WordSet.offsetBasis
    for c in word { hash = (hash ^ UInt64(c)) &* Latin1WordSet.prime }
    return find(hash: hash, count: word.count) { word[$0] }
  }

  @inline(__always)
  private func find(hash: UInt64, count: Int, _ unit: (Int) -> UInt16) -> Bool {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Latin1WordSet.mix(hash)) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return false }
      let key = keys[entry - 1]
      if key.count == count {
        var equal = true
        for k in 0..<count where UInt16(key[k]) != unit(k) {
          equal = false
          break
        }
        if equal { return true }
      }
      slot = (slot + 1) & mask
    }
  }

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  private static func hash(_ key: [UInt8]) -> UInt64 {
    var hash = offsetBasis
    for byte in key { hash = (hash ^ UInt64(byte)) &* prime }
    return mix(hash)
  }

  /// FNV-1a leaves the low bits weak; the slot uses them.
  @inline(__always) private static func mix(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

  /// Printable Latin-1 other than blanks and the soft hyphen: a unit that is one character of
  /// its own and that `Tokenizer.surface` keeps as it is.
  @inline(__always) static func isPlain(_ c: UInt16) -> Bool {
    (c > 0x20 && c < 0x7F) || (c > 0xA0 && c <= 0xFF && c != 0xAD)
  }

  /// The lower case of a Latin-1 unit, as `String.lowercased()` maps it: A–Z, À–Ö and Ø–Þ move
  /// by 0x20, everything else stays.
  @inline(__always) static func lower(_ c: UInt16) -> UInt16 {
    (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c | 0x20 : c
  }
}
