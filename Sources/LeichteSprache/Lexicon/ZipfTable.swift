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

  private var slotHashes: [UInt64]
  private var slotLengths: [UInt8]
  private var slotRecords: [Record]
  private var mask: Int
  public private(set) var count: Int = 0
  /// The longest key in UTF-16 units.
  public private(set) var maximumLength: Int = 0

  public init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slotHashes = Array(repeating: 0, count: size)
    slotLengths = Array(repeating: 0, count: size)
    slotRecords = Array(repeating: Record(zipf: 0, capitalisation: 0), count: size)
    mask = size - 1
  }

  public static let empty = ZipfTable()

  /// Inserts or replaces the record of the key with `hash` and `length` (1…255 units).
  public mutating func insert(hash: UInt64, length: Int, _ record: Record) {
    guard length > 0 && length < 256 else { return }
    if (count + 1) * 2 > slotHashes.count { grow() }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slotLengths[slot] != 0 {
      if slotHashes[slot] == hash && Int(slotLengths[slot]) == length {
        slotRecords[slot] = record
        return
      }
      slot = (slot + 1) & mask
    }
    slotHashes[slot] = hash
    slotLengths[slot] = UInt8(length)
    slotRecords[slot] = record
    count += 1
    maximumLength = max(maximumLength, length)
  }

  public mutating func insert(_ word: String, _ record: Record) {
    let units = Array(word.lowercased().utf16)
    insert(hash: ZipfTable.hash(units), length: units.count, record)
  }

  /// The record of the key with `hash` and `length`, if any.
  @inline(__always)
  public func lookup(hash: UInt64, length: Int) -> Record? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slotLengths[slot] != 0 {
      if slotHashes[slot] == hash && Int(slotLengths[slot]) == length { return slotRecords[slot] }
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
    for slot in other.slotHashes.indices where other.slotLengths[slot] != 0 {
      insert(
        hash: other.slotHashes[slot], length: Int(other.slotLengths[slot]), other.slotRecords[slot])
    }
  }

  private mutating func grow() {
    let oldHashes = slotHashes
    let oldLengths = slotLengths
    let oldRecords = slotRecords
    let size = oldHashes.count * 2
    slotHashes = Array(repeating: 0, count: size)
    slotLengths = Array(repeating: 0, count: size)
    slotRecords = Array(repeating: Record(zipf: 0, capitalisation: 0), count: size)
    mask = size - 1
    count = 0
    for slot in oldHashes.indices where oldLengths[slot] != 0 {
      insert(hash: oldHashes[slot], length: Int(oldLengths[slot]), oldRecords[slot])
    }
  }

  /// Builds the table from the bytes of `haeufigkeit.tsv` (columns `wort`, `zipf`, `gross`)
  /// without creating a `String` per row: UTF-8 is decoded to UTF-16 units on the fly.
  public static func frequencies(tsv bytes: UnsafeBufferPointer<UInt8>, name: String)
    throws(LexiconError)
    -> ZipfTable
  {
    var table = ZipfTable(capacity: max(16, bytes.count / 16))
    var lineStart = 0
    var lineNumber = 0
    var columns: (word: Int, zipf: Int, capitalised: Int)? = nil
    var units: [UInt16] = []
    units.reserveCapacity(64)
    let count = bytes.count
    while lineStart < count {
      var lineEnd = lineStart
      while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
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
      units.removeAll(keepingCapacity: true)
      var i = wordRange.lowerBound
      while i < wordRange.upperBound {
        let byte = bytes[i]
        var scalar: UInt32
        var length: Int
        if byte < 0x80 {
          scalar = UInt32(byte)
          length = 1
        } else if byte & 0xE0 == 0xC0 {
          scalar = UInt32(byte & 0x1F)
          length = 2
        } else if byte & 0xF0 == 0xE0 {
          scalar = UInt32(byte & 0x0F)
          length = 3
        } else {
          scalar = UInt32(byte & 0x07)
          length = 4
        }
        var k = 1
        while k < length && i + k < wordRange.upperBound {
          scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F)
          k += 1
        }
        if scalar < 0x10000 {
          // Lower-case ASCII and the German umlauts; the file is lower case already.
          var unit = UInt16(scalar)
          if unit >= 0x41 && unit <= 0x5A || unit >= 0xC0 && unit <= 0xDE && unit != 0xD7 {
            unit += 0x20
          }
          units.append(unit)
        } else {
          let value = scalar - 0x10000
          units.append(UInt16(0xD800 + (value >> 10)))
          units.append(UInt16(0xDC00 + (value & 0x3FF)))
        }
        i += length
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
      table.insert(
        hash: hash(units), length: units.count, Record(zipf: zipf, capitalisation: capitalisation))
    }
    return table
  }
}
