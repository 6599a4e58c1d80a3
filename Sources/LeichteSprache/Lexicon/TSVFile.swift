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
  /// problems are left to `LexiconLint`.
  public static func parse(_ text: String, name: String) throws(LexiconError) -> TSVFile {
    var header: [String] = []
    var columns: [String]? = nil
    var rows: [Row] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
      if columns == nil {
        if line.hasPrefix("#") {
          header.append(String(line))
          continue
        }
        if line.isEmpty { continue }
        columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        continue
      }
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == columns!.count else {
        throw LexiconError(
          file: name, line: lineNumber,
          "\(fields.count) Spalten statt \(columns!.count) (\(columns!.joined(separator: ", ")))")
      }
      rows.append(Row(provenance: Provenance(file: name, line: lineNumber), fields: fields))
    }
    guard let columns else {
      throw LexiconError(file: name, line: lineNumber, "keine Zeile mit Spaltennamen gefunden")
    }
    return TSVFile(name: name, header: header, columns: columns, rows: rows)
  }

  /// Index of the column named `name`, or an error naming the file.
  public func column(_ name: String) throws(LexiconError) -> Int {
    guard let index = columns.firstIndex(of: name) else {
      throw LexiconError(file: self.name, line: header.count + 1, "Spalte „\(name)“ fehlt")
    }
    return index
  }
}
