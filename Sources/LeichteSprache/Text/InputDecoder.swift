import LeichteICU

#if canImport(Glibc)
  import Glibc
#endif

/// Why input bytes cannot be read as text.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not valid UTF-8 at this byte offset.
  case invalidUTF8(byteOffset: Int)
  /// A NUL byte at this offset: the input is binary, not text.
  case binary(byteOffset: Int)
  /// The input starts with a UTF-16 or UTF-32 byte order mark.
  case unsupportedEncoding(String)

  public var description: String {
    switch self {
    case .invalidUTF8(let offset): "ungültiges UTF-8 bei Byte \(offset)"
    case .binary(let offset): "Binärdaten (NUL-Byte bei Byte \(offset)), keine Textdatei"
    case .unsupportedEncoding(let name):
      "Kodierung \(name) wird nicht unterstützt; bitte als UTF-8 speichern"
    }
  }
}

/// Turns input bytes into the normalised UTF-16 text the segmenter works on: UTF-8 with or
/// without BOM, CRLF and CR line endings become LF, and the result is in NFC.
public enum InputDecoder {
  /// Decodes `bytes`; `baseOffset` is added to byte offsets in errors (for chunked input).
  public static func decode(
    _ bytes: UnsafeRawBufferPointer, baseOffset: Int = 0
  ) throws(InputError) -> [UInt16] {
    var bytes = UnsafeBufferPointer(
      start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    var offset = baseOffset
    if baseOffset == 0 {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        offset = 3
      } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        throw .unsupportedEncoding("UTF-16")
      }
    }
    if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
      throw .binary(
        byteOffset: offset + (UnsafePointer(nul.assumingMemoryBound(to: UInt8.self)) - base))
    }
    guard var units = ICU.utf16(fromUTF8: bytes) else {
      throw .invalidUTF8(byteOffset: offset + firstInvalidUTF8(bytes))
    }
    normalizeLineEndings(&units)
    return ICU.nfc(units) ?? units
  }

  /// CRLF and lone CR become LF, in place.
  static func normalizeLineEndings(_ units: inout [UInt16]) {
    let hasCR = units.withUnsafeBufferPointer { buffer in
      for unit in buffer where unit == 0x0D { return true }
      return false
    }
    guard hasCR else { return }
    var write = 0
    var previousWasCR = false
    for read in units.indices {
      let unit = units[read]
      if unit == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = unit == 0x0D
      units[write] = previousWasCR ? 0x0A : unit
      write += 1
    }
    units.removeSubrange(write...)
  }

  /// Decodes a whole input given as bytes.
  public static func decode(_ bytes: [UInt8]) throws(InputError) -> [UInt16] {
    do {
      return try bytes.withUnsafeBytes { try decode($0) }
    } catch let error as InputError {
      throw error
    } catch {
      preconditionFailure("unexpected error \(error)")
    }
  }

  /// Offset of the first byte that does not start a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var position = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): position += encoded.count
      case .emptyInput: return position
      case .error: return position
      }
    }
  }
}
