import Foundation

/// Word form → lemma, from `lemmata.tsv` (case-sensitive, as in the file): an `IndexedTSV` keyed
/// by the form, so loading it costs one pass over the file's bytes and no `String` per row.
///
/// It also keeps what the analyser derives from the whole table (`WordTable`): the set of lemmas
/// (an index over the lemma column) and the verb lemmas (`VerbMorphology.verbLemmas`). They are
/// built when the table is loaded, on a thread of their own (`Lexicon.load`).
public struct LemmaTable: Sendable {
  let table: IndexedTSV
  let formColumn: Int
  let lemmaColumn: Int
  /// Spellings that are the lemma of some form.
  let lemmaSet: LemmaSet
  /// Lemmas that are verbs.
  let verbs: Set<String>

  static let columns = ["form", "lemma"]

  public static let empty = LemmaTable(
    table: IndexedTSV(columns: columns, key: "form"), formColumn: 0, lemmaColumn: 1,
    lemmaSet: LemmaSet(index: IndexedTSV(columns: columns, key: "lemma")), verbs: [])

  init(
    table: IndexedTSV, formColumn: Int, lemmaColumn: Int, lemmaSet: LemmaSet, verbs: Set<String>
  ) {
    self.table = table
    self.formColumn = formColumn
    self.lemmaColumn = lemmaColumn
    self.lemmaSet = lemmaSet
    self.verbs = verbs
  }

  /// The table over `form` (an index of `lemmata.tsv` by column `form`; nil for no file) with
  /// the derived data of `lemmaIndex(bytes:name:)` (nil: none, for a table that only lists
  /// forms, as `HardWords.addForms` needs).
  init(form: IndexedTSV?, lemmas derived: (LemmaSet, Set<String>)?, name: String)
    throws(LexiconError)
  {
    guard let form else {
      self = .empty
      return
    }
    self.init(
      table: form, formColumn: try form.column("form", file: name),
      lemmaColumn: try form.column("lemma", file: name),
      lemmaSet: derived?.0 ?? LemmaTable.empty.lemmaSet, verbs: derived?.1 ?? [])
  }

  /// The lemma set and the verb lemmas of the lemma table in `bytes`.
  static func lemmaIndex(bytes: [UInt8], name: String) throws(LexiconError) -> (
    LemmaSet, Set<String>
  ) {
    let index = try IndexedTSV(bytes: bytes, name: name, key: "lemma", required: ["form"])
    let table = try LemmaTable(form: index, lemmas: nil, name: name)
    return (LemmaSet(index: index), VerbMorphology.verbLemmas(table))
  }

  /// Number of forms.
  public var count: Int { table.count }
  public var isEmpty: Bool { table.count == 0 }

  /// The lemma of `form`, or nil when the table does not list the form.
  public subscript(_ form: some StringProtocol) -> String? {
    guard let row = table.row(form) else { return nil }
    return table.field(lemmaColumn, of: row)
  }

  /// Runs `body` over every form and its lemma (UTF-8 bytes), in file order. The buffers point
  /// into the table and stay valid until `forEach` returns.
  public func forEach(
    _ body: (_ form: UnsafeBufferPointer<UInt8>, _ lemma: UnsafeBufferPointer<UInt8>) -> Void
  ) {
    let formColumn = formColumn
    let lemmaColumn = lemmaColumn
    table.forEachLine { buffer, start, end in
      if formColumn == 0 && lemmaColumn == 1 && table.columns.count == 2,
        let base = buffer.baseAddress,
        let tab = memchr(base + start, 0x09, end - start)
      {
        // The usual layout, `form⇥lemma`: one tab splits the row.
        let split = UnsafeRawPointer(tab) - UnsafeRawPointer(base)
        body(
          UnsafeBufferPointer(rebasing: buffer[start..<split]),
          UnsafeBufferPointer(rebasing: buffer[(split + 1)..<end]))
        return
      }
      body(
        UnsafeBufferPointer(
          rebasing: buffer[IndexedTSV.field(formColumn, buffer, lineStart: start)]),
        UnsafeBufferPointer(
          rebasing: buffer[IndexedTSV.field(lemmaColumn, buffer, lineStart: start)]))
    }
  }

  /// Every lemma of the table (for the benchmarks; the engine uses `lemmaSet`).
  public var allLemmas: Set<String> {
    var result: Set<String> = []
    forEach { _, lemma in result.insert(String(decoding: lemma, as: UTF8.self)) }
    return result
  }
}

/// The set of lemmas of a `LemmaTable` (an index over its lemma column).
public struct LemmaSet: Sendable {
  let index: IndexedTSV

  public func contains(_ word: some StringProtocol) -> Bool { index.contains(word) }
}

/// Zipf frequency by lower-case word form, from `haeufigkeit.tsv` (columns `wort`, `zipf`): an
/// `IndexedTSV` keyed by the word; the value is parsed on lookup.
public struct FrequencyTable: Sendable {
  let table: IndexedTSV
  let zipfColumn: Int

  static let columns = ["wort", "zipf"]

  public static let empty = FrequencyTable(
    table: IndexedTSV(columns: columns, key: "wort"), zipfColumn: 1)

  init(table: IndexedTSV, zipfColumn: Int) {
    self.table = table
    self.zipfColumn = zipfColumn
  }

  /// The table of one `haeufigkeit.tsv`, or of several merged (later folders win).
  init(_ tables: [IndexedTSV], name: String) throws(LexiconError) {
    guard let first = tables.first else {
      self = .empty
      return
    }
    let table =
      tables.count == 1
      ? first : try IndexedTSV.merged(tables, columns: Self.columns, name: name)
    self.init(table: table, zipfColumn: try table.column("zipf", file: name))
  }

  /// Number of word forms.
  public var count: Int { table.count }
  public var isEmpty: Bool { table.count == 0 }

  /// The Zipf value of `word` as written in the file (keys are lower case), or nil when the file
  /// does not list it. A malformed number counts as 0.
  public subscript(_ word: some StringProtocol) -> Double? {
    guard let row = table.row(word) else { return nil }
    return table.withField(zipfColumn, of: row) { bytes in
      Lexicon.decimal(bytes, 0..<bytes.count)
        ?? Double(String(decoding: bytes, as: UTF8.self)) ?? 0
    }
  }
}
