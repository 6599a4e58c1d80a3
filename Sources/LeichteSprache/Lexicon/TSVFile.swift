/// Where a lexicon entry comes from: file name and 1-based line number. Shown in the audit trail.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
  public let file: String
  public let line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  public var description: String { "\(file):\(line)" }
}

/// A problem in a lexicon file, with its location.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let message: String

  public init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

/// A parsed lexicon TSV file (format in `Lexicons/README.md`): `#` header lines, one row of
/// column names, then entries.
public struct TSVFile: Sendable {
  public struct Row: Sendable {
    public let provenance: Provenance
    public let fields: [String]

    public subscript(_ column: Int) -> String { column < fields.count ? fields[column] : "" }
  }

  public let name: String
  public let header: [String]
  public let columns: [String]
  public let rows: [Row]

  /// Parses `text`. Structural problems (no column row, a wrong column count) throw; content
  /// problems are left to the lint.
  public static func parse(_ text: String, name: String) throws(LexiconError) -> TSVFile {
    var text = text
    let result: Result<TSVFile, LexiconError> = text.withUTF8 { bytes in
      do throws(LexiconError) {
        return .success(try parse(bytes, name: name))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Parses UTF-8 bytes; works on the bytes directly so that the large frequency and lemma
  /// files load in milliseconds.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(LexiconError)
    -> TSVFile
  {
    var rows: [Row] = []
    let (header, columns) = try scan(bytes, name: name) { fields, line in
      rows.append(
        Row(
          provenance: Provenance(file: name, line: line),
          fields: fields.map { string(bytes, $0.lowerBound, $0.upperBound) }))
    }
    return TSVFile(name: name, header: header, columns: columns, rows: rows)
  }

  /// Reads UTF-8 bytes row by row without building rows: `columns` gets the column names once
  /// they are read, `row` the byte ranges of the fields of each entry (as many as there are
  /// columns) and its 1-based line number. Returns the `#` header lines and the column names.
  /// Structural problems throw as in `parse`.
  public static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, name: String,
    columns onColumns: ([String]) -> Void = { _ in },
    row: (_ fields: [Range<Int>], _ line: Int) -> Void
  ) throws(LexiconError) -> (header: [String], columns: [String]) {
    var header: [String] = []
    var columns: [String]? = nil
    var lineNumber = 0
    var lineStart = 0
    let count = bytes.count
    var fields: [Range<Int>] = []
    while lineStart < count {
      let lineEnd = IndexedTSV.lineEnd(bytes, from: lineStart)
      lineNumber += 1
      var contentEnd = lineEnd
      if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      defer { lineStart = lineEnd + 1 }
      if contentEnd == lineStart { continue }
      if columns == nil && bytes[lineStart] == 0x23 {
        header.append(string(bytes, lineStart, contentEnd))
        continue
      }
      fields.removeAll(keepingCapacity: true)
      var fieldStart = lineStart
      while let tab = IndexedTSV.next(0x09, in: bytes, from: fieldStart, to: contentEnd) {
        fields.append(fieldStart..<tab)
        fieldStart = tab + 1
      }
      fields.append(fieldStart..<contentEnd)
      guard let expected = columns else {
        let names = fields.map { string(bytes, $0.lowerBound, $0.upperBound) }
        columns = names
        onColumns(names)
        continue
      }
      guard fields.count == expected.count else {
        throw LexiconError(
          file: name, line: lineNumber,
          "\(fields.count) Spalten statt \(expected.count) (\(expected.joined(separator: ", ")))")
      }
      row(fields, lineNumber)
    }
    guard let columns else {
      throw LexiconError(file: name, line: lineNumber, "keine Zeile mit Spaltennamen gefunden")
    }
    return (header, columns)
  }

  /// The text of `range` of `bytes`.
  public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    string(bytes, range.lowerBound, range.upperBound)
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// Index of the column named `name`, or an error naming the file.
  public func column(_ name: String) throws(LexiconError) -> Int {
    try TSVFile.column(name, in: columns, header: header, file: self.name)
  }

  /// Index of the column named `name` among `columns`, or an error naming the file (for `scan`).
  public static func column(
    _ name: String, in columns: [String], header: [String], file: String
  ) throws(LexiconError) -> Int {
    guard let index = columns.firstIndex(of: name) else {
      throw LexiconError(file: file, line: header.count + 1, "Spalte „\(name)“ fehlt")
    }
    return index
  }
}
