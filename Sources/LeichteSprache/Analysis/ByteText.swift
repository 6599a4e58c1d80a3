/// Byte-level string tests for hot loops: they compare UTF-8 directly and never allocate or go
/// through Foundation (`String.contains(String)` does).
enum ByteText {
  /// Runs `body` over the UTF-8 bytes of `text` without copying (native and small strings).
  @inline(__always)
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
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
