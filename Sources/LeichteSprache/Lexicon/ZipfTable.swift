/// A read-only hash table from lower-case words (as UTF-16 code units) to a small record, built
/// once at load time. Lookups hash the code units of a slice directly, so the compound splitter
/// can probe every substring of a word without creating a `String`.
///
/// Keys are identified by a 64-bit FNV-1a hash plus their length. Two different words with the
/// same hash and length would share a slot; with ≈ 2·10⁵ keys the chance of that is below 10⁻⁹,
/// and the table is built deterministically, so results never vary between runs.
public struct ZipfTable: Sendable {
  public struct Record: Hashable, Sendable {
    /// wordfreq Zipf value (0 when the word comes only from another source).
    public var zipf: Float
    /// Capitalisation seen in running text: 1 = mostly capitalised (noun, name), 2 = mostly
    /// lower case, 0 = not observed.
    public var capitalisation: UInt8

    public init(zipf: Float, capitalisation: UInt8) {
      self.zipf = zipf
      self.capitalisation = capitalisation
    }

    public var isCapitalised: Bool { capitalisation == 1 }
    public var isObserved: Bool { capitalisation != 0 }
  }

  public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let prime: UInt64 = 0x0000_0100_0000_01B3

  @inline(__always)
  public static func step(_ hash: UInt64, _ unit: UInt16) -> UInt64 {
    (hash ^ UInt64(unit)) &* prime
  }

  public static func hash(_ units: some Sequence<UInt16>) -> UInt64 {
    var hash = offsetBasis
    for unit in units { hash = step(hash, unit) }
    return hash
  }

  /// One slot of the open-addressing table: key hash, key length in UTF-16 units (0 = empty)
  /// and record, in one 16-byte value so that a probe touches one cache line.
  private struct Slot {
    var hash: UInt64 = 0
    var zipf: Float = 0
    var length: UInt8 = 0
    var capitalisation: UInt8 = 0
  }

  private var slots: [Slot]
  private var mask: Int
  public private(set) var count: Int = 0
  /// The longest key in UTF-16 units.
  public private(set) var maximumLength: Int = 0

  public init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
  }

  public static let empty = ZipfTable()

  /// Inserts or replaces the record of the key with `hash` and `length` (1…255 units).
  public mutating func insert(hash: UInt64, length: Int, _ record: Record) {
    guard length > 0 && length < 256 else { return }
    if (count + 1) * 2 > slots.count { grow() }
    let filled = Slot(
      hash: hash, zipf: record.zipf, length: UInt8(length),
      capitalisation: record.capitalisation)
    let mask = self.mask
    let added = slots.withUnsafeMutableBufferPointer { slots in
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].length != 0 {
        if slots[slot].hash == hash && Int(slots[slot].length) == length {
          slots[slot] = filled
          return false
        }
        slot = (slot + 1) & mask
      }
      slots[slot] = filled
      return true
    }
    if added {
      count += 1
      maximumLength = max(maximumLength, length)
    }
  }

  /// Inserts `items` (keys of 1…255 units) in order, as `insert` one after the other would.
  private mutating func insertAll(_ items: [Slot]) {
    while (count + items.count) * 2 > slots.count { grow() }
    let mask = self.mask
    var added = 0
    var longest = maximumLength
    slots.withUnsafeMutableBufferPointer { slots in
      for item in items {
        var slot = Int(truncatingIfNeeded: item.hash) & mask
        while slots[slot].length != 0 {
          if slots[slot].hash == item.hash && slots[slot].length == item.length { break }
          slot = (slot + 1) & mask
        }
        if slots[slot].length == 0 {
          added += 1
          longest = max(longest, Int(item.length))
        }
        slots[slot] = item
      }
    }
    count += added
    maximumLength = longest
  }

  public mutating func insert(_ word: String, _ record: Record) {
    let units = Array(word.lowercased().utf16)
    insert(hash: ZipfTable.hash(units), length: units.count, record)
  }

  /// The record of the key with `hash` and `length`, if any.
  @inline(__always)
  public func lookup(hash: UInt64, length: Int) -> Record? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].length != 0 {
      let found = slots[slot]
      if found.hash == hash && Int(found.length) == length {
        return Record(zipf: found.zipf, capitalisation: found.capitalisation)
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  public func lookup(_ word: some StringProtocol) -> Record? {
    let units = Array(word.lowercased().utf16)
    return lookup(hash: ZipfTable.hash(units), length: units.count)
  }

  /// Adds every key of `other`, replacing records of keys present in both.
  public mutating func merge(_ other: ZipfTable) {
    for slot in other.slots where slot.length != 0 {
      insert(
        hash: slot.hash, length: Int(slot.length),
        Record(zipf: slot.zipf, capitalisation: slot.capitalisation))
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for slot in old where slot.length != 0 {
      insert(
        hash: slot.hash, length: Int(slot.length),
        Record(zipf: slot.zipf, capitalisation: slot.capitalisation))
    }
  }

  /// Builds the table from the bytes of `haeufigkeit.tsv` (columns `wort`, `zipf`, `gross`)
  /// without creating a `String` per row: UTF-8 is decoded to UTF-16 units on the fly.
  public static func frequencies(tsv bytes: UnsafeBufferPointer<UInt8>, name: String)
    throws(LexiconError)
    -> ZipfTable
  {
    let lines = IndexedTSV.lineCount(bytes)
    var table = ZipfTable(capacity: max(16, lines))
    var pending: [Slot] = []
    pending.reserveCapacity(lines)
    var lineStart = 0
    var lineNumber = 0
    var columns: (word: Int, zipf: Int, capitalised: Int)? = nil
    let count = bytes.count
    while lineStart < count {
      let lineEnd = IndexedTSV.lineEnd(bytes, from: lineStart)
      lineNumber += 1
      defer { lineStart = lineEnd + 1 }
      var contentEnd = lineEnd
      if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      if contentEnd == lineStart { continue }
      if columns == nil {
        if bytes[lineStart] == 0x23 { continue }
        let names = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]), as: UTF8.self
        )
        .split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let word = names.firstIndex(of: "wort"), let zipf = names.firstIndex(of: "zipf")
        else {
          throw LexiconError(file: name, line: lineNumber, "Spalten „wort“ und „zipf“ fehlen")
        }
        columns = (word, zipf, names.firstIndex(of: "gross") ?? -1)
        continue
      }
      guard let columns else { continue }
      // Split the line into fields by tab.
      var field = 0
      var fieldStart = lineStart
      var wordRange = 0..<0
      var zipfRange = 0..<0
      var capitalRange = 0..<0
      for i in lineStart...contentEnd where i == contentEnd || bytes[i] == 0x09 {
        if field == columns.word { wordRange = fieldStart..<i }
        if field == columns.zipf { zipfRange = fieldStart..<i }
        if field == columns.capitalised { capitalRange = fieldStart..<i }
        field += 1
        fieldStart = i + 1
      }
      // Hash the UTF-16 units of the word as they are decoded.
      var hash = offsetBasis
      var length = 0
      var i = wordRange.lowerBound
      while i < wordRange.upperBound {
        let byte = bytes[i]
        var scalar: UInt32
        var bytesOfScalar: Int
        if byte < 0x80 {
          scalar = UInt32(byte)
          bytesOfScalar = 1
        } else if byte & 0xE0 == 0xC0 {
          scalar = UInt32(byte & 0x1F)
          bytesOfScalar = 2
        } else if byte & 0xF0 == 0xE0 {
          scalar = UInt32(byte & 0x0F)
          bytesOfScalar = 3
        } else {
          scalar = UInt32(byte & 0x07)
          bytesOfScalar = 4
        }
        var k = 1
        while k < bytesOfScalar && i + k < wordRange.upperBound {
          scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F)
          k += 1
        }
        if scalar < 0x10000 {
          // Lower-case ASCII and the German umlauts; the file is lower case already.
          var unit = UInt16(scalar)
          if unit >= 0x41 && unit <= 0x5A || unit >= 0xC0 && unit <= 0xDE && unit != 0xD7 {
            unit += 0x20
          }
          hash = step(hash, unit)
          length += 1
        } else {
          let value = scalar - 0x10000
          hash = step(hash, UInt16(0xD800 + (value >> 10)))
          hash = step(hash, UInt16(0xDC00 + (value & 0x3FF)))
          length += 2
        }
        i += bytesOfScalar
      }
      // Zipf: digits with one decimal point.
      var zipf: Float = 0
      var scale: Float = 0
      for j in zipfRange {
        let byte = bytes[j]
        if byte == 0x2E {
          scale = 1
        } else if byte >= 0x30 && byte <= 0x39 {
          if scale == 0 {
            zipf = zipf * 10 + Float(byte - 0x30)
          } else {
            scale /= 10
            zipf += Float(byte - 0x30) * scale
          }
        }
      }
      var capitalisation: UInt8 = 0
      if capitalRange.count == 2 {
        capitalisation = 1
      }  // "ja"
      else if capitalRange.count == 4 {
        capitalisation = 2
      }  // "nein"
      if length > 0 && length < 256 {
        pending.append(
          Slot(hash: hash, zipf: zipf, length: UInt8(length), capitalisation: capitalisation))
      }
    }
    // Insert in home-slot order, so the build walks the table almost sequentially (see
    // `IndexedTSV`); the order is stable, so a later line still replaces an earlier one.
    let mask = table.mask
    let shift = max(0, (mask + 1).trailingZeroBitCount - 12)
    let ordered = IndexedTSV.homeSlotOrder(pending) {
      (Int(truncatingIfNeeded: $0.hash) & mask) >> shift
    }
    table.insertAll(ordered)
    return table
  }
}
