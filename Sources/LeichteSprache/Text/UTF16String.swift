extension String {
  /// The string of UTF-16 code units, the same as `String(decoding: units, as: UTF16.self)`
  /// (each unpaired surrogate becomes U+FFFD), but transcoded to UTF-8 in one tight loop: the
  /// standard library's generic decoding is the slow part of building a long document's text.
  init(utf16Units units: [UInt16]) {
    self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
  }

  init(utf16Units units: UnsafeBufferPointer<UInt16>) {
    // At most 3 UTF-8 bytes per unit (a surrogate pair, 2 units, takes 4).
    self.init(unsafeUninitializedCapacity: units.count * 3) { bytes in
      var n = 0
      var i = 0
      let count = units.count
      while i < count {
        let unit = units[i]
        i += 1
        if unit < 0x80 {
          bytes[n] = UInt8(truncatingIfNeeded: unit)
          n += 1
        } else if unit < 0x800 {
          bytes[n] = 0xC0 | UInt8(truncatingIfNeeded: unit >> 6)
          bytes[n + 1] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
          n += 2
        } else if unit & 0xF800 != 0xD800 {
          bytes[n] = 0xE0 | UInt8(truncatingIfNeeded: unit >> 12)
          bytes[n + 1] = 0x80 | UInt8(truncatingIfNeeded: (unit >> 6) & 0x3F)
          bytes[n + 2] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
          n += 3
        } else if unit < 0xDC00, i < count, units[i] & 0xFC00 == 0xDC00 {
          let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[i] - 0xDC00)
          i += 1
          bytes[n] = 0xF0 | UInt8(truncatingIfNeeded: scalar >> 18)
          bytes[n + 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F)
          bytes[n + 2] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
          bytes[n + 3] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
          n += 4
        } else {
          // An unpaired surrogate: U+FFFD, as the standard library's repair.
          bytes[n] = 0xEF
          bytes[n + 1] = 0xBF
          bytes[n + 2] = 0xBD
          n += 3
        }
      }
      return n
    }
  }
}
