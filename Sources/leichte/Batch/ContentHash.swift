/// FNV-1a, 64 bits (Fowler, Noll, Vo): a fast non-cryptographic hash for change detection in the
/// batch manifest. It tells whether an input or output changed since the last run; it does not
/// protect against deliberate collisions, which a press office's own files do not need.
struct ContentHash {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    var hash = value
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* ContentHash.prime
    }
    value = hash
  }

  mutating func add(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { add($0) }
  }

  mutating func add(_ string: String) {
    var copy = string
    copy.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    add([0xFF])
  }

  /// Sixteen lower-case hex digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  static func of(_ bytes: [UInt8]) -> String {
    var hash = ContentHash()
    hash.add(bytes)
    return hash.hex
  }

  static func of(_ string: String) -> String {
    var hash = ContentHash()
    hash.add(string)
    return hash.hex
  }
}
