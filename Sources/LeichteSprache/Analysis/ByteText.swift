/// Byte-level string tests for hot loops: they compare UTF-8 directly and never allocate or go
/// through Foundation (`String.contains(String)` does).
enum ByteText {
  /// Runs `body` over the UTF-8 bytes of `text` without copying (native and small strings).
  @inline(__always)
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// The first UTF-8 byte of `text` (`text.utf8.first`, without the generic collection call).
  @inline(__always)
  static func firstByte(_ text: String) -> UInt8? {
    withBytes(text) { $0.first }
  }

  @inline(__always)
  static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
    withBytes(text) { a in withBytes(suffix) { b in hasSuffix(a, b) } }
  }

  @inline(__always)
  static func hasSuffix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count >= b.count else { return false }
    let offset = a.count - b.count
    var k = 0
    while k < b.count {
      if a[offset &+ k] != b[k] { return false }
      k &+= 1
    }
    return true
  }

  @inline(__always)
  static func hasSuffix(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
    b.withUnsafeBufferPointer { hasSuffix(a, $0) }
  }

  /// True when one of `suffixes` ends `a`.
  @inline(__always)
  static func hasAnySuffix(_ a: UnsafeBufferPointer<UInt8>, _ suffixes: [[UInt8]]) -> Bool {
    for suffix in suffixes where hasSuffix(a, suffix) { return true }
    return false
  }

  @inline(__always)
  static func contains(_ text: String, byte: UInt8) -> Bool {
    withBytes(text) { contains($0, byte: byte) }
  }

  @inline(__always)
  static func contains(_ a: UnsafeBufferPointer<UInt8>, byte: UInt8) -> Bool {
    for b in a where b == byte { return true }
    return false
  }

  /// A set of suffixes of one to eight bytes, tested with one comparison per suffix on the
  /// last eight bytes of a word: the same answer as `hasAnySuffix(_:_:)` with the suffixes'
  /// bytes, as no suffix has a zero byte.
  struct Suffixes: Sendable {
    /// Per suffix: its bytes with the last in the lowest eight bits, and the mask of its length.
    private let entries: [(value: UInt64, mask: UInt64)]

    init(_ suffixes: [String]) {
      entries = suffixes.map { suffix in
        let bytes = Array(suffix.utf8)
        precondition((1...8).contains(bytes.count) && !bytes.contains(0), "1–8 non-zero bytes")
        var value: UInt64 = 0
        for (k, byte) in bytes.reversed().enumerated() { value |= UInt64(byte) << UInt64(8 * k) }
        let mask: UInt64 = bytes.count == 8 ? ~0 : (1 << UInt64(8 * bytes.count)) - 1
        return (value, mask)
      }
    }

    /// True when `bytes` ends with one of the suffixes. A word shorter than a suffix has zero
    /// bytes where the suffix has none, so it never matches it.
    @inline(__always)
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var tail: UInt64 = 0
      var k = 0
      while k < 8 && k < bytes.count {
        tail |= UInt64(bytes[bytes.count &- 1 &- k]) << UInt64(8 &* k)
        k &+= 1
      }
      for entry in entries where tail & entry.mask == entry.value { return true }
      return false
    }
  }

  /// True when an ASCII letter pair from `pairs` (lower case) occurs, ignoring case.
  static func containsPair(_ text: String, _ pairs: [(UInt8, UInt8)]) -> Bool {
    withBytes(text) { containsPair($0, pairs) }
  }

  static func containsPair(_ bytes: UnsafeBufferPointer<UInt8>, _ pairs: [(UInt8, UInt8)]) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      for (a, b) in pairs where previous == a && lower == b { return true }
      previous = lower
    }
    return false
  }

  /// A set of pairs of ASCII letters, found in a word regardless of case with one table lookup
  /// per byte: the same answer as `containsPair(_:_:)` with the pairs in lower case.
  struct LetterPairs: Sendable {
    /// For each first letter a–z, one bit per second letter a–z.
    private var masks = [UInt32](repeating: 0, count: 26)

    /// `pairs` of lower-case ASCII letters.
    init(_ pairs: [(UInt8, UInt8)]) {
      for (a, b) in pairs {
        precondition((0x61...0x7A).contains(a) && (0x61...0x7A).contains(b), "a–z only")
        masks[Int(a - 0x61)] |= 1 << UInt32(b - 0x61)
      }
    }

    func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      masks.withUnsafeBufferPointer { masks in
        var previous = -1  // the previous byte as a letter index, -1 for no letter
        for byte in bytes {
          let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          guard lower >= 0x61 && lower <= 0x7A else {
            previous = -1
            continue
          }
          let letter = Int(lower &- 0x61)
          if previous >= 0 && masks[previous] & (1 << UInt32(letter)) != 0 { return true }
          previous = letter
        }
        return false
      }
    }
  }

  /// Number of Unicode scalars (UTF-8 lead bytes).
  @inline(__always)
  static func scalarCount(_ a: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for b in a where b & 0xC0 != 0x80 { n &+= 1 }
    return n
  }
}
