/// Known compound analyses from `Lexicons/komposita.tsv`: splits the statistical splitter must
/// use, and lexicalised words that stay whole (`Kindergarten`, `Bahnhof`).
public struct CompoundEntries: Sendable {
  public struct Entry: Hashable, Sendable, Codable {
    /// The word as written (`Krankenversicherung`).
    public let word: String
    /// The parts in Mediopunkt notation split apart (`Kranken`, `versicherung`); one part when
    /// the word stays whole.
    public let parts: [String]
    /// Where the analysis comes from (corpus counts or a cited reference).
    public let evidence: String
    public let provenance: Provenance

    public var isLexicalised: Bool { parts.count == 1 }
  }

  /// Entries by lower-cased word.
  public private(set) var entries: [String: Entry] = [:]
  /// The same keys for substring probes by the splitter (record zipf = number of parts).
  public private(set) var table = ZipfTable()

  public init() {}

  public static let empty = CompoundEntries()

  public var count: Int { entries.count }

  /// Reads `komposita.tsv` (columns `wort`, `zerlegung`, `beleg`); later files replace entries.
  public mutating func add(tsv file: TSVFile) throws(LexiconError) {
    let word = try file.column("wort")
    let split = try file.column("zerlegung")
    let evidence = try file.column("beleg")
    for row in file.rows {
      let parts = row[split].split(separator: "·").map(String.init)
      guard parts.joined().lowercased() == row[word].lowercased() else {
        throw LexiconError(
          file: row.provenance.file, line: row.provenance.line,
          "Zerlegung „\(row[split])“ ergibt nicht das Wort „\(row[word])“")
      }
      let entry = Entry(
        word: row[word], parts: parts, evidence: row[evidence], provenance: row.provenance)
      let key = entry.word.lowercased()
      entries[key] = entry
      table.insert(key, ZipfTable.Record(zipf: Float(parts.count), capitalisation: 1))
    }
  }

  public func entry(for word: some StringProtocol) -> Entry? { entries[word.lowercased()] }
}

/// Official short titles of federal laws from `Lexicons/gesetze.tsv` (`SGB 2` → full title).
public struct LawTitles: Sendable {
  public struct Entry: Hashable, Sendable, Codable {
    public let abbreviation: String
    public let title: String
    public let provenance: Provenance
  }

  /// Entries by abbreviation, case-sensitive as in the file.
  public private(set) var entries: [String: Entry] = [:]

  public init() {}

  public static let empty = LawTitles()

  public var count: Int { entries.count }

  public mutating func add(tsv file: TSVFile) throws(LexiconError) {
    let abbreviation = try file.column("abkuerzung")
    let title = try file.column("titel")
    entries.reserveCapacity(entries.count + file.rows.count)
    for row in file.rows {
      entries[row[abbreviation]] = Entry(
        abbreviation: row[abbreviation], title: row[title], provenance: row.provenance)
    }
  }

  public func entry(for abbreviation: String) -> Entry? { entries[abbreviation] }
}
