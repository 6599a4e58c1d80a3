/// Byte-level string tests for hot loops: they compare UTF-8 directly and never allocate or go
/// through Foundation (`String.contains(String)` does).
enum ByteText {
  @inline(__always)
  static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
    let a = text.utf8
    let b = suffix.utf8
    guard a.count >= b.count else { return false }
    return a.suffix(b.count).elementsEqual(b)
  }

  @inline(__always)
  static func contains(_ text: String, byte: UInt8) -> Bool {
    text.utf8.contains(byte)
  }

  /// True when an ASCII letter pair from `pairs` (lower case) occurs, ignoring case.
  static func containsPair(_ text: String, _ pairs: [(UInt8, UInt8)]) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      for (a, b) in pairs where previous == a && lower == b { return true }
      previous = lower
    }
    return false
  }
}
