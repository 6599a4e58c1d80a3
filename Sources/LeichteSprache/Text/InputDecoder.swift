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
    if let decoded = transcode(bytes) {
      var units = decoded.units
      if decoded.hasCR { normalizeLineEndings(&units) }
      // Text of characters that are each in NFC (quick check "yes") with canonical combining
      // class 0 is in NFC: ICU's quick check would say so after reading it again.
      return decoded.needsNFCCheck ? ICU.nfc(units) ?? units : units
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

  /// Well-formed UTF-8 without NUL as UTF-16, in one pass that also notes whether a CR occurs
  /// and the largest code unit; nil for anything else (the caller then finds the error). Gives
  /// the same units as ICU's `u_strFromUTF8`: the well-formed sequences are those of the Unicode
  /// Standard, table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF).
  static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    units: [UInt16], hasCR: Bool, needsNFCCheck: Bool
  )? {
    var valid = true
    var hasCR = false
    var needsNFCCheck = false
    let units = [UInt16](unsafeUninitializedCapacity: bytes.count) { output, written in
      var i = 0
      var o = 0
      let count = bytes.count
      guard let base = bytes.baseAddress, let out = output.baseAddress else {
        written = 0
        return
      }
      while i < count {
        // Eight ASCII bytes at a time while none is a control character below 0x0E (NUL, CR and
        // LF need the byte-wise path). The load is unaligned, inside `bytes` (i + 8 <= count).
        while i &+ 8 <= count {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          // With every byte below 0x80, `byte - 0x0E` borrows into bit 7 exactly for the bytes
          // below 0x0E (the classic "has less than" test).
          guard word & high == 0, (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & high == 0 else {
            break
          }
          for k in 0..<8 {
            out[o &+ k] = UInt16(truncatingIfNeeded: word >> UInt64(8 &* k)) & 0xFF
          }
          i &+= 8
          o &+= 8
        }
        guard i < count else { break }
        let lead = bytes[i]
        if lead < 0x80 {
          // ASCII, the common case: NUL is binary input, CR needs normalising.
          if lead <= 0x0D {
            if lead == 0 {
              valid = false
              break
            }
            if lead == 0x0D { hasCR = true }
          }
          out[o] = UInt16(lead)
          o &+= 1
          i &+= 1
          continue
        }
        // The allowed range of the second byte depends on the lead byte (table 3-7).
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          high = 0x9F
        case 0xF0:
          length = 4
          low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          high = 0x8F
        default:
          length = 0
          valid = false
        }
        guard valid, i + length <= count else {
          valid = false
          break
        }
        let second = bytes[i + 1]
        guard second >= low && second <= high else {
          valid = false
          break
        }
        var scalar = UInt32(lead) & (0x7F >> length)
        scalar = scalar << 6 | UInt32(second & 0x3F)
        var k = 2
        while k < length {
          let next = bytes[i + k]
          guard next & 0xC0 == 0x80 else {
            valid = false
            break
          }
          scalar = scalar << 6 | UInt32(next & 0x3F)
          k += 1
        }
        guard valid else { break }
        if scalar < 0x10000 {
          let unit = UInt16(truncatingIfNeeded: scalar)
          out[o] = unit
          if unit >= 0x300 && !isNFCStarter(unit) { needsNFCCheck = true }
          o += 1
        } else {
          let offset = scalar - 0x10000
          out[o] = 0xD800 | UInt16(truncatingIfNeeded: offset >> 10)
          out[o + 1] = 0xDC00 | UInt16(truncatingIfNeeded: offset & 0x3FF)
          needsNFCCheck = true
          o += 2
        }
        i += length
      }
      written = valid ? o : 0
    }
    return valid ? (units, hasCR, needsNFCCheck) : nil
  }

  /// Characters that are in NFC wherever they stand: quick check "yes" (nothing composes with
  /// them) and canonical combining class 0. Every character below U+0300 is one; above, the
  /// punctuation and signs of German texts listed here (checked against ICU in the tests).
  @inline(__always)
  static func isNFCStarter(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x2010...0x2027, 0x2030...0x203A, 0x2043, 0x20AC, 0x2122, 0x2190...0x2193, 0x2212,
      0x2500...0x2502, 0x25A0...0x25A1, 0x25AA...0x25AB, 0x25BA, 0x25CB, 0x25CF, 0x25E6, 0x27A2,
      0xF0B7:
      return true
    default:
      return false
    }
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
