/// Character classes on UTF-16 code units, for the hot loops of the segmenter. Only the BMP
/// matters here: every character these tests look for is in it.
enum UTF16Char {
  static let newline: UInt16 = 0x0A
  static let formFeed: UInt16 = 0x0C
  static let space: UInt16 = 0x20
  static let tab: UInt16 = 0x09
  static let softHyphen: UInt16 = 0x00AD
  static let period: UInt16 = 0x2E
  static let hyphen: UInt16 = 0x2D

  /// Horizontal whitespace: space, tab, no-break and the Unicode spaces.
  @inline(__always) static func isBlank(_ c: UInt16) -> Bool {
    // Ordered so that a letter takes few comparisons: space, tab, VT, FF, CR; NBSP; the rest.
    if c < 0xA0 { return c == 0x20 || (c >= 0x09 && c <= 0x0D && c != 0x0A) }
    if c < 0x2000 { return c == 0xA0 }
    return c <= 0x200B || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF
  }

  @inline(__always) static func isWhitespace(_ c: UInt16) -> Bool { c == 0x0A || isBlank(c) }

  @inline(__always) static func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Lower-case letters, including German and common Latin-1/Latin Extended-A ones.
  @inline(__always) static func isLower(_ c: UInt16) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF && c != 0xF7)
      || (c >= 0x0100 && c <= 0x017F && c & 1 == 1)
  }

  @inline(__always) static func isUpper(_ c: UInt16) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
      || (c >= 0x0100 && c <= 0x017F && c & 1 == 0) || c == 0x1E9E
  }

  @inline(__always) static func isLetter(_ c: UInt16) -> Bool {
    isLower(c) || isUpper(c) || (c >= 0x0180 && c <= 0x024F) || (c >= 0x0370 && c <= 0x03FF)
      || (c >= 0x0400 && c <= 0x04FF)
  }

  /// Sentence-final punctuation: `.`, `!`, `?`, `…`.
  @inline(__always) static func isTerminal(_ c: UInt16) -> Bool {
    c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026
  }

  /// Closing quotes and brackets that may follow a sentence end.
  @inline(__always) static func isCloser(_ c: UInt16) -> Bool {
    c == 0x29 || c == 0x5D || c == 0x22 || c == 0x27 || c == 0x201C || c == 0x201D
      || c == 0x2019 || c == 0xBB || c == 0xAB || c == 0x2039 || c == 0x203A || c == 0x2A
  }

  /// Dashes used in ranges and as Gedankenstrich.
  @inline(__always) static func isDash(_ c: UInt16) -> Bool {
    c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2212
  }
}

extension UnsafeBufferPointer<UInt16> {
  /// Whether `unit` occurs anywhere: the same as `contains(unit)`, much faster on long texts.
  func containsUnit(_ unit: UInt16) -> Bool {
    firstIndex(of: unit, from: 0, to: count) < count
  }

  /// The first position of `unit` in `start..<end`, or `end` when there is none.
  ///
  /// Compares 16 code units at a time: each step loads them as one SIMD vector with an unaligned
  /// raw load, which reads only memory inside the buffer (`k + 16 <= end <= count`); the rest is
  /// tested one by one. `UTF16ScanTests` compares the result with a plain loop.
  func firstIndex(of unit: UInt16, from start: Int, to end: Int) -> Int {
    guard let base = baseAddress, start < end else { return end }
    let raw = UnsafeRawPointer(base)
    let needle = SIMD16<UInt16>(repeating: unit)
    var k = start
    while k &+ 16 <= end {
      let units = raw.loadUnaligned(fromByteOffset: k &* 2, as: SIMD16<UInt16>.self)
      if any(units .== needle) { break }
      k &+= 16
    }
    while k < end {
      if self[k] == unit { return k }
      k &+= 1
    }
    return end
  }

  /// False when `start..<end` certainly holds neither a tab nor a run of three blanks
  /// (`UTF16Char.isBlank`): it has no blank but single spaces. Such a run always holds two spaces
  /// in a row or another blank. Tests 16 code units per step as `firstIndex(of:from:to:)` does; each step also reads
  /// the unit after them, so it stops 17 units before `end` and tests the rest one by one.
  func mayHoldColumnGap(_ start: Int, _ end: Int) -> Bool {
    var k = start
    if let base = baseAddress {
      let raw = UnsafeRawPointer(base)
      let space = SIMD16<UInt16>(repeating: 0x20)
      let lowBlanks = SIMD16<UInt16>(repeating: 0x09)
      let lowBlanksEnd = SIMD16<UInt16>(repeating: 0x0D)
      let newline = SIMD16<UInt16>(repeating: 0x0A)
      while k &+ 17 <= end {
        let units = raw.loadUnaligned(fromByteOffset: k &* 2, as: SIMD16<UInt16>.self)
        let next = raw.loadUnaligned(fromByteOffset: (k &+ 1) &* 2, as: SIMD16<UInt16>.self)
        let pairs: SIMDMask<SIMD16<Int16>> = (units .== space) .& (next .== space)
        let low: SIMDMask<SIMD16<Int16>> =
          (units .>= lowBlanks) .& (units .<= lowBlanksEnd) .& (units .!= newline)
        let wide: SIMDMask<SIMD16<Int16>> =
          (units .>= SIMD16(repeating: 0x2000)) .& (units .<= SIMD16(repeating: 0x200B))
        var other: SIMDMask<SIMD16<Int16>> = units .== SIMD16(repeating: 0xA0)
        other = other .| (units .== SIMD16(repeating: 0x202F))
        other = other .| (units .== SIMD16(repeating: 0x205F))
        other = other .| (units .== SIMD16(repeating: 0x3000))
        other = other .| (units .== SIMD16(repeating: 0xFEFF))
        let hit = pairs .| low .| wide .| other
        if any(hit) { return true }
        k &+= 16
      }
    }
    while k < end {
      let c = self[k]
      if c != 0x20 && UTF16Char.isBlank(c) { return true }
      if c == 0x20 && k &+ 1 < end && self[k &+ 1] == 0x20 { return true }
      k &+= 1
    }
    return false
  }

  /// Whether `start..<end` holds two line feeds with only blanks between them.
  func containsBlankLine(from start: Int, to end: Int) -> Bool {
    var sawLineFeed = false
    var k = Swift.max(0, start)
    while k < Swift.min(end, count) {
      let c = self[k]
      if c == 0x0A {
        if sawLineFeed { return true }
        sawLineFeed = true
      } else if c != 0x20 && c != 0x09 {
        sawLineFeed = false
      }
      k += 1
    }
    return false
  }

  /// The code units `start..<end` as a Swift string, transcoded straight into the string's
  /// UTF-8 storage (the standard library's generic UTF-16 path is several times slower).
  /// Unpaired surrogates become U+FFFD.
  func string(_ start: Int, _ end: Int) -> String {
    for i in start..<end where self[i] >= 0x80 { return transcodedString(start, end) }
    return asciiString(start, end)
  }

  /// `string(start, end)` for code units that are all ASCII.
  func asciiString(_ start: Int, _ end: Int) -> String {
    String(unsafeUninitializedCapacity: end - start) { bytes in
      for k in 0..<(end - start) { bytes[k] = UInt8(truncatingIfNeeded: self[start + k]) }
      return end - start
    }
  }

  /// `string(start, end)` for any code units.
  func transcodedString(_ start: Int, _ end: Int) -> String {
    var count = 0
    var i = start
    while i < end {
      let c = self[i]
      if c < 0x80 {
        count += 1
      } else if c < 0x800 {
        count += 2
      } else if c >= 0xD800 && c < 0xDC00 && i + 1 < end && self[i + 1] >= 0xDC00
        && self[i + 1] < 0xE000
      {
        count += 4
        i += 1
      } else {
        count += 3
      }
      i += 1
    }
    return String(unsafeUninitializedCapacity: count) { bytes in
      var o = 0
      var i = start
      while i < end {
        var c = UInt32(self[i])
        if c < 0x80 {
          bytes[o] = UInt8(c)
          o += 1
        } else if c < 0x800 {
          bytes[o] = UInt8(0xC0 | (c >> 6))
          bytes[o + 1] = UInt8(0x80 | (c & 0x3F))
          o += 2
        } else if c >= 0xD800 && c < 0xDC00 && i + 1 < end && self[i + 1] >= 0xDC00
          && self[i + 1] < 0xE000
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(self[i + 1]) - 0xDC00)
          bytes[o] = UInt8(0xF0 | (c >> 18))
          bytes[o + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
          bytes[o + 2] = UInt8(0x80 | ((c >> 6) & 0x3F))
          bytes[o + 3] = UInt8(0x80 | (c & 0x3F))
          o += 4
          i += 1
        } else {
          if c >= 0xD800 && c < 0xE000 { c = 0xFFFD }
          bytes[o] = UInt8(0xE0 | (c >> 12))
          bytes[o + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
          bytes[o + 2] = UInt8(0x80 | (c & 0x3F))
          o += 3
        }
        i += 1
      }
      return o
    }
  }

  /// Whether the code units `start..<end` spell one of `candidates` (ASCII or BMP only).
  func equals(_ start: Int, _ end: Int, _ candidate: [UInt16]) -> Bool {
    guard end - start == candidate.count else { return false }
    for i in 0..<candidate.count where self[start + i] != candidate[i] { return false }
    return true
  }

  /// True when the code units at `start` spell `ascii` exactly.
  func matches(_ ascii: StaticString, at start: Int) -> Bool {
    let count = ascii.utf8CodeUnitCount
    guard start >= 0, start + count <= self.count else { return false }
    let bytes = ascii.utf8Start
    for i in 0..<count where self[start + i] != UInt16(bytes[i]) { return false }
    return true
  }
}
