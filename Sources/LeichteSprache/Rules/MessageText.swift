/// Builds the messages of findings from pieces, copying each piece's UTF-8 bytes once. The
/// result is the same string as the interpolation `"\(a)\(b)…"` of the pieces, without its
/// per-piece bookkeeping: `check` builds a message for every finding, about a million on the
/// laws of the benchmark.
enum MessageText {
  static func concat(_ parts: String...) -> String {
    var total = 0
    for part in parts { total += part.utf8.count }
    return String(unsafeUninitializedCapacity: total) { buffer in
      var offset = 0
      for part in parts {
        offset = ByteText.withBytes(part) { bytes in
          guard let source = bytes.baseAddress, let target = buffer.baseAddress, !bytes.isEmpty
          else { return offset }
          (target + offset).update(from: source, count: bytes.count)
          return offset + bytes.count
        }
      }
      return offset
    }
  }
}
