/// The abbreviations the segmenter and the rules know, from `Lexicons/abkuerzungen.tsv`.
public struct Abbreviations: Sendable {
  public struct Entry: Hashable, Sendable {
    /// Canonical spelling, spaced: `z. B.`, `Abs.`, `SGB`.
    public let abbreviation: String
    /// Written-out forms, the default first.
    public let expansions: [String]
    /// Whether the abbreviation commonly ends a sentence (`usw.`, `etc.`).
    public let canEndSentence: Bool
    public let kind: String
    public let provenance: Provenance
  }

  /// Entries by key: the spelling without spaces (`z.B.`), so spaced and unspaced forms match.
  private let entries: [String: Entry]
  /// The longest key in UTF-16 units: longer words need no lookup.
  public let maximumKeyLength: Int
  /// The keys, for lookups of Latin-1 spellings without building a string (the segmenter).
  private let keys: Latin1WordSet

  public init(_ entries: [Entry]) {
    var index: [String: Entry] = [:]
    for entry in entries {
      let key = Abbreviations.key(entry.abbreviation)
      if index[key] == nil { index[key] = entry }
    }
    self.entries = index
    maximumKeyLength = index.keys.map(\.utf16.count).max() ?? 0
    keys = Latin1WordSet(Set(index.keys))
  }

  public static let empty = Abbreviations([])

  public var count: Int { entries.count }
  public var all: [Entry] { entries.values.sorted { $0.provenance.line < $1.provenance.line } }

  /// The entry for a spelling such as `z.B.`, `z. B.` or `Abs.`; a capitalised first letter
  /// (at a sentence start: `Evtl.`, `Lt.`) also finds the lower-case entry.
  public func entry(for spelling: some StringProtocol) -> Entry? {
    let key = Abbreviations.key(spelling)
    if let entry = entries[key] { return entry }
    guard let first = key.first, first.isUppercase else { return nil }
    return entries[first.lowercased() + key.dropFirst()]
  }

  /// Whether `entry(for:)` finds an entry for a spelling of Latin-1 characters given one per code
  /// unit (each at most 0xFF), without whitespace.
  func hasEntry(latin1 spelling: UnsafeBufferPointer<UInt16>) -> Bool {
    if keys.contains(latin1: spelling) { return true }
    // A capital first letter also finds the lower-case entry (Latin-1 capitals: A–Z, À–Ö, Ø–Þ).
    guard let first = spelling.first, Latin1WordSet.lower(first) != first else { return false }
    return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: spelling.count) { lowered in
      _ = lowered.initialize(from: spelling)
      lowered[0] = Latin1WordSet.lower(first)
      return keys.contains(latin1: UnsafeBufferPointer(lowered))
    }
  }

  static func key(_ spelling: some StringProtocol) -> String {
    if !spelling.utf8.contains(0x20) { return String(spelling) }
    var key = ""
    key.reserveCapacity(spelling.utf8.count)
    for character in spelling where !character.isWhitespace { key.append(character) }
    return key
  }

  /// Reads `abkuerzungen.tsv` (columns `abkuerzung`, `ausgeschrieben`, `satzende`, `art`).
  public init(tsv file: TSVFile) throws(LexiconError) {
    self.init(try Abbreviations.entries(tsv: file))
  }

  /// The entries of an `abkuerzungen.tsv` file, in file order.
  public static func entries(tsv file: TSVFile) throws(LexiconError) -> [Entry] {
    let abbreviationColumn = try file.column("abkuerzung")
    let expansionColumn = try file.column("ausgeschrieben")
    let endColumn = try file.column("satzende")
    let kindColumn = try file.column("art")
    return file.rows.map { row in
      Entry(
        abbreviation: row[abbreviationColumn],
        expansions: row[expansionColumn].split(separator: "|").map(String.init),
        canEndSentence: row[endColumn] == "ja", kind: row[kindColumn],
        provenance: row.provenance)
    }
  }
}
