/// Case and number forms of nouns (`Lexicons/nomenformen.tsv`, from the German Wiktionary via
/// the PyPI package german-nouns): what the hard-word rule needs to replace a noun with the
/// form of its replacement in the same case and number.
public struct NounForms: Sendable {
  public struct Entry: Hashable, Sendable {
    /// Nominative singular (nominative plural for plural-only nouns).
    public let word: String
    public let gender: Gender
    /// Forms per cell (`Cell.index`), the usual form first; empty where the cell has none.
    public let cells: [[String]]
    public let provenance: Provenance

    /// The forms of a cell.
    public func forms(_ cell: Cell) -> [String] { cells[cell.index] }

    /// The cells in which `form` is a form of this noun. Main forms win: a form that is the
    /// usual form of some cell is not also read as the rare variant of another (`Bescheide` is
    /// plural, not the old dative singular).
    public func cells(of form: some StringProtocol) -> [Cell] {
      var main: [Cell] = []
      var variant: [Cell] = []
      for cell in Cell.all {
        let forms = cells[cell.index]
        guard let position = forms.firstIndex(where: { $0 == form }) else { continue }
        if position == 0 { main.append(cell) } else { variant.append(cell) }
      }
      return main.isEmpty ? variant : main
    }
  }

  /// Entries by word.
  public private(set) var entries: [String: Entry] = [:]

  public init() {}

  public static let empty = NounForms()

  public var count: Int { entries.count }

  public func entry(_ word: some StringProtocol) -> Entry? { entries[String(word)] }

  /// Every form with its noun (for `HardWords.addForms`).
  public var formLemmas: [String: String] {
    var result: [String: String] = [:]
    for entry in entries.values {
      for forms in entry.cells {
        for form in forms where form != entry.word { result[form] = entry.word }
      }
    }
    return result
  }

  static let columns = [
    "nom_sg", "gen_sg", "dat_sg", "akk_sg", "nom_pl", "gen_pl", "dat_pl", "akk_pl",
  ]

  /// Reads `nomenformen.tsv`; entries of later files replace those with the same word.
  public mutating func add(tsv file: TSVFile) throws(LexiconError) {
    let word = try file.column("wort")
    let gender = try file.column("genus")
    var columns: [Int] = []
    for name in Self.columns { columns.append(try file.column(name)) }
    entries.reserveCapacity(entries.count + file.rows.count)
    for row in file.rows {
      guard let parsed = Gender(code: row[gender]) else {
        throw LexiconError(
          file: row.provenance.file, line: row.provenance.line,
          "unbekanntes Genus „\(row[gender])“ (erlaubt: m, f, n, pl)")
      }
      // Split on the byte of `|` (ASCII, never part of another character in NFC text).
      let cells = columns.map { column in
        row[column].isEmpty
          ? [] : row[column].utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) }
      }
      entries[row[word]] = Entry(
        word: row[word], gender: parsed, cells: cells, provenance: row.provenance)
    }
  }
}
