import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A lexicon TSV file kept as its raw UTF-8 bytes, with a hash index over one column. The large
/// word tables (`lemmata.tsv`, `haeufigkeit.tsv`, ≈ 10⁵ rows each) are used this way instead of
/// as `[String: …]` dictionaries: building a dictionary costs a `String` and a hashed insert per
/// row at every start of the program, while this index is one pass over the bytes and creates a
/// `String` only for what a lookup returns.
///
/// Layout:
/// - `bytes`: the file as read (the TSV file stays the single source of truth; nothing is cached).
/// - `slots`: an open-addressing hash table (linear probing; a power of two at least twice the
///   number of rows). A slot holds in its low 32 bits the UTF-8 offset of the key field of a row
///   plus one (0 marks an empty slot) and in its high 32 bits the upper half of the key's hash,
///   so that a probe compares bytes only when the hashes agree, and reads one word.
///
/// The rows are inserted in the order of their home slot (a counting sort by the high bits of
/// the slot number, stable, so a later row with the same key still comes later): the build then
/// walks the table almost sequentially instead of missing the cache on every row.
///
/// Keys are hashed over their UTF-8 bytes (`hash`) and compared byte by byte in place. Lexicon files are NFC (`leichte lexicon lint` checks it) and so is every text the engine
/// reads (`InputDecoder`), so byte equality is the `String` equality a dictionary would use.
///
/// With `unique` keys a later row replaces an earlier row with the same key, as assigning the rows
/// to a dictionary one after the other does. Without, every row is indexed and `rows(_:)` returns
/// all rows with the key (an index over a column such as the lemma of `lemmata.tsv`).
public struct IndexedTSV: Sendable {
  /// The file's bytes.
  let bytes: [UInt8]
  /// The column names.
  public let columns: [String]
  /// The `#` header lines.
  public let header: [String]
  /// Offset of the first entry row (after the header and the column row).
  let firstRow: Int
  /// The indexed column.
  let keyColumn: Int
  private let slots: [UInt64]
  private let mask: Int
  /// Number of indexed rows (distinct keys when `unique`).
  public let count: Int

  /// An empty table with the given columns.
  public init(columns: [String], key: String) {
    self.bytes = []
    self.columns = columns
    self.header = []
    self.firstRow = 0
    self.keyColumn = columns.firstIndex(of: key) ?? 0
    self.slots = [0]
    self.mask = 0
    self.count = 0
  }

  /// Indexes `bytes` (a TSV file, format in `Lexicons/README.md`) by column `key`. Structural
  /// problems throw with the messages of `TSVFile.scan` and `TSVFile.column`: no column row, a
  /// row with the wrong number of fields, a missing column (`key` or one of `required`). With
  /// `indexed: false` the rows are neither checked nor indexed: a second reader of bytes that
  /// another `IndexedTSV` checks, which only reads them row by row (`forEachRow`; a short row
  /// gives empty fields); its lookups find nothing.
  public init(
    bytes: [UInt8], name: String, key: String, required: [String] = [], unique: Bool = true,
    indexed: Bool = true
  ) throws(LexiconError) {
    let built = try bytes.withUnsafeBufferPointer { (buffer) throws(LexiconError) in
      try IndexedTSV.build(
        buffer, name: name, key: key, required: required, unique: unique, indexed: indexed)
    }
    self.bytes = bytes
    (columns, header, firstRow, keyColumn) = (
      built.columns, built.header, built.firstRow, built.keyColumn
    )
    (slots, count) = (built.slots, built.count)
    mask = built.slots.count - 1
  }

  private static func build(
    _ buffer: UnsafeBufferPointer<UInt8>, name: String, key: String, required: [String],
    unique: Bool, indexed: Bool
  ) throws(LexiconError) -> (
    columns: [String], header: [String], firstRow: Int, keyColumn: Int, slots: [UInt64],
    count: Int
  ) {
    let count = buffer.count
    guard count < Int(UInt32.max) else {
      throw LexiconError(file: name, line: 0, "Datei zu groß (höchstens 4 GiB)")
    }
    // Header lines and the column row.
    var header: [String] = []
    var columns: [String]? = nil
    var lineNumber = 0
    var offset = 0
    while offset < count, columns == nil {
      let end = lineEnd(buffer, from: offset)
      lineNumber += 1
      let contentEnd = end > offset && buffer[end - 1] == 0x0D ? end - 1 : end
      defer { offset = end + 1 }
      if contentEnd == offset { continue }
      let line = String(
        decoding: UnsafeBufferPointer(rebasing: buffer[offset..<contentEnd]), as: UTF8.self)
      if buffer[offset] == 0x23 {
        header.append(line)
      } else {
        columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      }
    }
    guard let columns else {
      throw LexiconError(file: name, line: lineNumber, "keine Zeile mit Spaltennamen gefunden")
    }
    let firstRow = min(offset, count)
    let keyColumn = columns.firstIndex(of: key) ?? 0

    // Entry rows: check the field count and hash the key field.
    let lines = lineCount(UnsafeBufferPointer(rebasing: buffer[firstRow...]))
    var size = 16
    while indexed && size < (lines + 1) * 2 { size <<= 1 }
    let mask = size - 1
    var pending: [(hash: UInt64, keyStart: Int)] = []
    pending.reserveCapacity(lines + 1)
    let expected = columns.count
    offset = indexed ? firstRow : count
    while offset < count {
      let end = lineEnd(buffer, from: offset)
      lineNumber += 1
      let contentEnd = end > offset && buffer[end - 1] == 0x0D ? end - 1 : end
      defer { offset = end + 1 }
      if contentEnd == offset { continue }
      var field = 0
      var keyStart = offset
      var keyEnd = contentEnd
      for i in offset..<contentEnd where buffer[i] == 0x09 {
        if field == keyColumn { keyEnd = i }
        field += 1
        if field == keyColumn { keyStart = i + 1 }
      }
      guard field + 1 == expected else {
        throw LexiconError(
          file: name, line: lineNumber,
          "\(field + 1) Spalten statt \(expected) (\(columns.joined(separator: ", ")))")
      }
      pending.append((hash(UnsafeBufferPointer(rebasing: buffer[keyStart..<keyEnd])), keyStart))
    }
    // Insert in home-slot order.
    let shift = max(0, size.trailingZeroBitCount - 12)
    let ordered = homeSlotOrder(
      pending, bucket: { (Int(truncatingIfNeeded: $0.hash) & mask) >> shift })
    var slots = [UInt64](repeating: 0, count: size)
    var indexed = 0
    slots.withUnsafeMutableBufferPointer { slots in
      for (hash, keyStart) in ordered {
        let tagged = UInt64(keyStart + 1) | hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
          if unique && slots[slot] & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 {
            let start = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
            if keyEquals(buffer, at: start, buffer, keyStart) { break }
          }
          slot = (slot + 1) & mask
        }
        if slots[slot] == 0 { indexed += 1 }
        slots[slot] = tagged
      }
    }
    for column in [key] + required {
      _ = try TSVFile.column(column, in: columns, header: header, file: name)
    }
    return (columns, header, firstRow, keyColumn, slots, indexed)
  }

  /// Reads and indexes `name` in `directory`; nil when the file does not exist.
  public static func read(
    _ directory: URL, _ name: String, displayName: String? = nil, key: String,
    required: [String] = [], unique: Bool = true
  ) throws -> IndexedTSV? {
    let url = directory.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    return try IndexedTSV(
      bytes: try readBytes(url), name: displayName ?? name, key: key,
      required: required, unique: unique)
  }

  /// The index of column `name`, or an error naming the file.
  public func column(_ name: String, file: String) throws(LexiconError) -> Int {
    try TSVFile.column(name, in: columns, header: header, file: file)
  }

  // MARK: Lookup

  /// A row of the table: the offset of its first byte.
  public struct Row: Hashable, Sendable {
    let start: Int
  }

  /// The row with key `key` (the last one in the file when keys are `unique`, else any).
  public func row(_ key: some StringProtocol) -> Row? {
    IndexedTSV.withUTF8(key) { query in
      var found: Row? = nil
      visit(query) { found = $0 }
      return found
    }
  }

  /// Every row with key `key`, in slot order (use with `unique: false`).
  public func rows(_ key: some StringProtocol) -> [Row] {
    IndexedTSV.withUTF8(key) { query in
      var found: [Row] = []
      visit(query) { found.append($0) }
      return found
    }
  }

  /// True when some row has key `key`.
  public func contains(_ key: some StringProtocol) -> Bool { row(key) != nil }

  /// True when some row has the UTF-8 bytes `key` as key.
  public func contains(utf8 key: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    visit(key) { _ in found = true }
    return found
  }

  private func visit(_ query: UnsafeBufferPointer<UInt8>, _ body: (Row) -> Void) {
    guard count > 0 else { return }
    let hash = IndexedTSV.hash(query)
    let fingerprint = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    bytes.withUnsafeBufferPointer { buffer in
      while slots[slot] != 0 {
        let value = slots[slot]
        if value & 0xFFFF_FFFF_0000_0000 == fingerprint {
          let keyStart = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
          if IndexedTSV.keyEquals(buffer, at: keyStart, query) {
            body(Row(start: IndexedTSV.lineStart(buffer, before: keyStart)))
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The text of field `column` of `row`.
  public func field(_ column: Int, of row: Row) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      let range = IndexedTSV.field(column, buffer, lineStart: row.start)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }
  }

  /// Runs `body` over the UTF-8 bytes of field `column` of `row`.
  public func withField<R>(_ column: Int, of row: Row, _ body: (UnsafeBufferPointer<UInt8>) -> R)
    -> R
  {
    bytes.withUnsafeBufferPointer { buffer in
      body(
        UnsafeBufferPointer(
          rebasing: buffer[IndexedTSV.field(column, buffer, lineStart: row.start)]))
    }
  }

  /// Runs `body` over every entry row in file order with the file's bytes and the byte ranges of
  /// its fields (as many as there are columns).
  public func forEachRow(_ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void) {
    var fields: [Range<Int>] = []
    fields.reserveCapacity(columns.count)
    forEachLine { buffer, start, end in
      fields.removeAll(keepingCapacity: true)
      var fieldStart = start
      for i in start...end where i == end || buffer[i] == 0x09 {
        fields.append(fieldStart..<i)
        fieldStart = i + 1
      }
      body(buffer, fields)
    }
  }

  /// Runs `body` over every entry row in file order with the file's bytes and the start and end
  /// (without line break) of the row.
  func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = firstRow
      while offset < buffer.count {
        let end = IndexedTSV.lineEnd(buffer, from: offset)
        let contentEnd = end > offset && buffer[end - 1] == 0x0D ? end - 1 : end
        if contentEnd > offset { body(buffer, offset, contentEnd) }
        offset = end + 1
      }
    }
  }

  /// The bytes of the file at `url`, read with one `read` into the array (no intermediate
  /// `Data`).
  static func readBytes(_ url: URL) throws -> [UInt8] {
    let descriptor = open(url.path, O_RDONLY)
    var info = stat()
    guard descriptor >= 0 else { return [UInt8](try Data(contentsOf: url)) }
    defer { close(descriptor) }
    guard fstat(descriptor, &info) == 0 else { return [UInt8](try Data(contentsOf: url)) }
    let size = Int(info.st_size)
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < size {
        #if canImport(Glibc)
          let got = Glibc.read(descriptor, base + count, size - count)
        #else
          let got = Darwin.read(descriptor, base + count, size - count)
        #endif
        if got <= 0 { break }
        count += got
      }
    }
    // A short read (the file changed meanwhile, an I/O error): read it the ordinary way.
    return bytes.count == size ? bytes : [UInt8](try Data(contentsOf: url))
  }

  // MARK: Bytes

  /// A 64-bit hash of UTF-8 bytes: eight bytes at a time, each word mixed in with a multiply and
  /// a shift (the finaliser of SplitMix64), so a typical word of the lexicon costs two rounds.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    @inline(__always) func mix(_ value: UInt64) -> UInt64 {
      var z = value
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
    var hash: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return mix(hash) }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    // The last 1…7 bytes, read as at most two overlapping loads.
    let rest = bytes.count - offset
    if rest >= 4 {
      let low = UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      let high = UInt64(raw.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self))
      hash = mix(hash ^ (low | high << 32))
    } else if rest > 0 {
      let tail =
        UInt64(bytes[offset]) | UInt64(bytes[offset + rest / 2]) << 8
        | UInt64(bytes[bytes.count - 1]) << 16
      hash = mix(hash ^ tail)
    }
    return hash
  }

  /// Runs `body` over the UTF-8 bytes of `text` (without copying for native strings).
  @inline(__always)
  static func withUTF8<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R)
    -> R
  {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// True when the field starting at `start` is exactly `key`.
  @inline(__always)
  static func keyEquals(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, _ key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let end = start + key.count
    guard end <= buffer.count else { return false }
    var k = 0
    while k < key.count {
      if buffer[start + k] != key[k] { return false }
      k += 1
    }
    return end == buffer.count || buffer[end] == 0x09 || buffer[end] == 0x0A
      || buffer[end] == 0x0D
  }

  /// The offset of the next line feed at or after `start` (or the end of `buffer`).
  @inline(__always)
  static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < buffer.count, let base = buffer.baseAddress,
      let found = memchr(base + start, 0x0A, buffer.count - start)
    else { return buffer.count }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// The offset of the first `byte` in `start..<end` of `buffer`, or nil.
  @inline(__always)
  static func next(
    _ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  )
    -> Int?
  {
    guard start < end, let base = buffer.baseAddress,
      let found = memchr(base + start, Int32(byte), end - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// The number of line feeds in `buffer` (an upper bound of its rows), counted eight bytes at
  /// a time: a byte of `word ^ 0x0A0A…` is zero exactly where `word` has a line feed, and
  /// `~(((x & 0x7F…) + 0x7F…) | x) & 0x80…` has the high bit set exactly in the zero bytes of `x`
  /// (no carry crosses a byte, unlike the shorter `(x - 0x01…) & ~x & 0x80…`).
  static func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    var lines = 0
    var offset = 0
    while offset + 8 <= buffer.count {
      let x = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
      let t = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
      // One bit per line feed, at the bottom of its byte; the multiply sums the bytes at the top.
      lines += Int((((~t & 0x8080_8080_8080_8080) >> 7) &* 0x0101_0101_0101_0101) >> 56)
      offset += 8
    }
    while offset < buffer.count {
      if buffer[offset] == 0x0A { lines += 1 }
      offset += 1
    }
    return lines
  }

  /// True when the field at `start` equals the field at `other` of the same buffer.
  @inline(__always)
  static func keyEquals(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, _ same: UnsafeBufferPointer<UInt8>,
    _ other: Int
  ) -> Bool {
    var end = other
    while end < buffer.count && buffer[end] != 0x09 && buffer[end] != 0x0A && buffer[end] != 0x0D {
      end += 1
    }
    return keyEquals(buffer, at: start, UnsafeBufferPointer(rebasing: buffer[other..<end]))
  }

  /// `items` stably sorted by `bucket` (0…4095), with one counting-sort pass.
  static func homeSlotOrder<T>(_ items: [T], bucket: (T) -> Int) -> [T] {
    guard let first = items.first else { return [] }
    var starts = [Int](repeating: 0, count: 4097)
    for item in items { starts[bucket(item) + 1] += 1 }
    for b in 1..<starts.count { starts[b] += starts[b - 1] }
    var result = [T](repeating: first, count: items.count)
    result.withUnsafeMutableBufferPointer { result in
      for item in items {
        let b = bucket(item)
        result[starts[b]] = item
        starts[b] += 1
      }
    }
    return result
  }

  @inline(__always)
  static func lineStart(_ buffer: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
    var start = offset
    while start > 0 && buffer[start - 1] != 0x0A { start -= 1 }
    return start
  }

  /// The byte range of field `column` of the line starting at `lineStart`.
  static func field(_ column: Int, _ buffer: UnsafeBufferPointer<UInt8>, lineStart: Int)
    -> Range<Int>
  {
    var start = lineStart
    var field = 0
    var i = lineStart
    while i < buffer.count {
      let byte = buffer[i]
      if byte == 0x0A || byte == 0x0D || byte == 0x09 {
        if field == column { return start..<i }
        if byte != 0x09 { break }
        field += 1
        start = i + 1
      }
      i += 1
    }
    return field == column ? start..<i : start..<start
  }
}

extension IndexedTSV {
  /// One table from the same file of several lexicon folders (built-in first, then user
  /// lexicons): the columns `columns` (the first is the key) of every row whose key no later
  /// table has, in folder order. A lookup then finds the entry of the last folder that has the
  /// key, as loading the files one after the other into a dictionary did.
  static func merged(_ tables: [IndexedTSV], columns: [String], name: String) throws(LexiconError)
    -> IndexedTSV
  {
    var bytes = Array(columns.joined(separator: "\t").utf8)
    bytes.append(0x0A)
    for (index, table) in tables.enumerated() {
      var indices: [Int] = []
      for column in columns { indices.append(try table.column(column, file: name)) }
      let later = tables[(index + 1)...]
      table.forEachRow { buffer, fields in
        let key = UnsafeBufferPointer(rebasing: buffer[fields[indices[0]]])
        guard !later.contains(where: { $0.contains(utf8: key) }) else { return }
        for (k, column) in indices.enumerated() {
          if k > 0 { bytes.append(0x09) }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[fields[column]]))
        }
        bytes.append(0x0A)
      }
    }
    return try IndexedTSV(bytes: bytes, name: name, key: columns[0])
  }
}
