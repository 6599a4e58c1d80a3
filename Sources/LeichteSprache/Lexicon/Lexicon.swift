import Foundation

/// All word data the engine uses, loaded from a lexicon folder (see `Lexicons/README.md`).
/// An immutable value; each part is loaded only when asked for, so a command that needs only
/// the abbreviations starts fast.
public struct Lexicon: Sendable {
  /// The lexicon files a caller can ask for.
  public struct Parts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `abkuerzungen.tsv`: abbreviations (the segmenter needs them).
    public static let abbreviations = Parts(rawValue: 1 << 0)
    /// `haeufigkeit.tsv`: Zipf frequencies of word forms.
    public static let frequencies = Parts(rawValue: 1 << 1)
    /// `grundwortschatz.tsv`: the basic vocabulary of Leichte Sprache readers.
    public static let basicVocabulary = Parts(rawValue: 1 << 2)
    /// `lemmata.tsv`: word form → lemma.
    public static let lemmas = Parts(rawValue: 1 << 3)

    /// `woerter.tsv`: hard words with replacement and explanation; inflected forms are resolved
    /// through `lemmata.tsv` at load time (without keeping the lemma table unless `.lemmas`).
    public static let words = Parts(rawValue: 1 << 4)
    /// `komposita.tsv` plus a compact frequency table from `haeufigkeit.tsv`: what the
    /// compound splitter needs.
    public static let compounds = Parts(rawValue: 1 << 5)
    /// `gesetze.tsv`: official law abbreviations and titles.
    public static let laws = Parts(rawValue: 1 << 6)
    /// `nomenformen.tsv`: case and number forms of the nouns of `woerter.tsv` and their
    /// replacements (the hard-word rule replaces nouns only with them).
    public static let nounForms = Parts(rawValue: 1 << 7)

    public static let all: Parts = [
      .abbreviations, .frequencies, .basicVocabulary, .lemmas, .words, .compounds, .laws,
      .nounForms,
    ]
  }

  public var abbreviations: Abbreviations = .empty
  /// Zipf frequency by lower-case word form.
  public var frequencies: [String: Double] = [:]
  /// Lemmas of the basic vocabulary, lower-cased.
  public var basicVocabulary: Set<String> = []
  /// Lemma by word form (case-sensitive, as in the file).
  public var lemmas: [String: String] = [:]
  /// Where the data was loaded from, for messages and the audit trail: the built-in folder
  /// first, then user lexicons in the order given.
  public var sources: [URL] = []
  /// Hard words (`woerter.tsv`).
  public var hardWords: HardWords = .empty
  /// Known compound splits and lexicalised words (`komposita.tsv`).
  public var compoundEntries: CompoundEntries = .empty
  /// Word forms with Zipf value and capitalisation for substring probes (`haeufigkeit.tsv`,
  /// loaded with `.compounds`).
  public var wordTable: ZipfTable = .empty
  /// Law abbreviations (`gesetze.tsv`).
  public var laws: LawTitles = .empty
  /// Case and number forms of nouns (`nomenformen.tsv`).
  public var nounForms: NounForms = .empty

  public init() {}

  public static let empty = Lexicon()

  /// Loads `parts` from `directory`. A missing file leaves its part empty; a malformed file throws.
  public static func load(from directory: URL, parts: Parts = .all) throws -> Lexicon {
    try load(from: [directory], parts: parts)
  }

  /// Loads `parts` from several folders: the first is the base (usually the built-in
  /// `Lexicons/`), each later one a user lexicon that extends it. An entry of a later folder
  /// replaces an entry with the same key (first column) of an earlier one; all other entries are
  /// added. Files of later folders keep their full path as provenance, so the audit trail tells
  /// built-in and user entries apart. A folder need not contain every file.
  public static func load(from directories: [URL], parts: Parts = .all) throws -> Lexicon {
    var lexicon = Lexicon()
    lexicon.sources = directories
    func files(_ name: String) throws -> [TSVFile] {
      try directories.enumerated().compactMap { index, directory in
        try readTSV(
          directory, name,
          displayName: index == 0 ? name : directory.appendingPathComponent(name).path)
      }
    }
    /// The raw bytes of `name` in each folder that has it, with its display name.
    func contents(_ name: String) throws -> [(Data, String)] {
      try directories.enumerated().compactMap { index, directory in
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return (try Data(contentsOf: url), index == 0 ? name : url.path)
      }
    }
    if parts.contains(.abbreviations) {
      // Abbreviations keeps the first entry per key: put later folders first so they win.
      var entries: [Abbreviations.Entry] = []
      for file in try files("abkuerzungen.tsv").reversed() {
        entries += try Abbreviations.entries(tsv: file)
      }
      lexicon.abbreviations = Abbreviations(entries)
    }
    if parts.contains(.frequencies) {
      // The two large files are read without `TSVFile` rows: no `String` for unused fields.
      for (data, display) in try contents("haeufigkeit.tsv") {
        lexicon.frequencies.reserveCapacity(lexicon.frequencies.count + lineCount(data))
        try scanTSV(data, name: display, ["wort", "zipf"]) { bytes, fields, columns in
          lexicon.frequencies[TSVFile.string(bytes, fields[columns[0]])] =
            decimal(bytes, fields[columns[1]])
            ?? Double(TSVFile.string(bytes, fields[columns[1]])) ?? 0
        }
      }
    }
    if parts.contains(.basicVocabulary) {
      for file in try files("grundwortschatz.tsv") {
        let word = try file.column("wort")
        lexicon.basicVocabulary.formUnion(file.rows.map { $0[word].lowercased() })
      }
    }
    if parts.contains(.lemmas) || parts.contains(.words) {
      var lemmas: [String: String] = [:]
      for (data, display) in try contents("lemmata.tsv") {
        lemmas.reserveCapacity(lemmas.count + lineCount(data))
        try scanTSV(data, name: display, ["form", "lemma"]) { bytes, fields, columns in
          lemmas[TSVFile.string(bytes, fields[columns[0]])] =
            TSVFile.string(bytes, fields[columns[1]])
        }
      }
      if parts.contains(.lemmas) { lexicon.lemmas = lemmas }
      if parts.contains(.words) {
        for file in try files("woerter.tsv") { try lexicon.hardWords.add(tsv: file) }
        lexicon.hardWords.addForms(lemmas)
      }
    }
    if parts.contains(.compounds) {
      for (index, directory) in directories.enumerated() {
        let name = "haeufigkeit.tsv"
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { continue }
        let data = try Data(contentsOf: url)
        let display = index == 0 ? name : url.path
        let table: Result<ZipfTable, LexiconError> = data.withUnsafeBytes { raw in
          do throws(LexiconError) {
            return .success(
              try ZipfTable.frequencies(tsv: raw.bindMemory(to: UInt8.self), name: display))
          } catch {
            return .failure(error)
          }
        }
        if index == 0 {
          lexicon.wordTable = try table.get()
        } else {
          // A user frequency list adds to (and overrides) the built-in one.
          try lexicon.wordTable.merge(table.get())
        }
      }
      for file in try files("komposita.tsv") { try lexicon.compoundEntries.add(tsv: file) }
    }
    if parts.contains(.laws) {
      for file in try files("gesetze.tsv") { try lexicon.laws.add(tsv: file) }
    }
    if parts.contains(.nounForms) {
      for file in try files("nomenformen.tsv") { try lexicon.nounForms.add(tsv: file) }
      // Noun forms the lemma table lacks (`Arbeitslohnes`, `Anschriften`) also find their entry.
      if parts.contains(.words) { lexicon.hardWords.addForms(lexicon.nounForms.formLemmas) }
    }
    return lexicon
  }

  /// Powers of ten that a `Double` holds exactly.
  private static let exactPowersOfTen: [Double] = (0...22).map {
    (0..<$0).reduce(1.0) { a, _ in a * 10 }
  }

  /// A plain decimal (`3.76`: digits, at most one point) as `Double(text)` reads it, without the
  /// general parser: digits and point give an integer and a power of ten, both exact, and one
  /// IEEE division rounds correctly, as `Double(text)` does. Nil for any other form.
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
    var mantissa: UInt64 = 0
    var digits = 0
    var decimals = 0
    var point = false
    for i in range {
      let byte = bytes[i]
      if byte == 0x2E, !point {
        point = true
      } else if byte >= 0x30 && byte <= 0x39 {
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        digits += 1
        if point { decimals += 1 }
      } else {
        return nil
      }
    }
    guard digits > 0, digits <= 15, decimals < exactPowersOfTen.count,
      !point || decimals > 0, bytes[range.lowerBound] != 0x2E
    else { return nil }
    return Double(mantissa) / exactPowersOfTen[decimals]
  }

  /// The number of lines of `data` (an upper bound of its entries, for reserving capacity).
  static func lineCount(_ data: Data) -> Int {
    data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
  }

  /// Streams the rows of one TSV file (see `TSVFile.scan`) to `row` with the field indices of
  /// `names`; a missing column throws after the structural checks, as `TSVFile.column` does.
  static func scanTSV(
    _ data: Data, name: String, _ names: [String],
    row: (UnsafeBufferPointer<UInt8>, [Range<Int>], [Int]) -> Void
  ) throws {
    let result: Result<Void, LexiconError> = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var indices: [Int]? = nil
      do throws(LexiconError) {
        let (header, columns) = try TSVFile.scan(
          bytes, name: name,
          columns: { columns in
            let found = names.compactMap { columns.firstIndex(of: $0) }
            if found.count == names.count { indices = found }
          },
          row: { fields, _ in if let indices { row(bytes, fields, indices) } })
        for column in names {
          _ = try TSVFile.column(column, in: columns, header: header, file: name)
        }
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
  }

  /// Reads and parses one TSV file of `directory`, or nil when it does not exist.
  public static func readTSV(_ directory: URL, _ name: String, displayName: String? = nil) throws
    -> TSVFile?
  {
    let url = directory.appendingPathComponent(name)
    let name = displayName ?? name
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data = try Data(contentsOf: url)
    let result: Result<TSVFile, LexiconError> = data.withUnsafeBytes { raw in
      do throws(LexiconError) {
        return .success(try TSVFile.parse(raw.bindMemory(to: UInt8.self), name: name))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// The Zipf frequency of a word form (0 when unknown).
  public func zipf(_ word: some StringProtocol) -> Double {
    frequencies[word.lowercased()] ?? 0
  }

  /// The lemma of a word form: the exact form first, then its lower-case spelling.
  public func lemma(of form: String) -> String {
    lemmas[form] ?? lemmas[form.lowercased()] ?? form
  }
}

extension Lexicon {
  /// Every loaded entry that concerns `word`, for `leichte lexicon lookup`: hard word (directly or
  /// through its lemma), abbreviation, law abbreviation, compound entry, basic vocabulary,
  /// frequency and lemma. Each with its file and line where the file has one entry per line.
  public func lookup(_ word: String) -> [LookupResult] {
    var results: [LookupResult] = []
    let key = word.lowercased()
    if let entry = hardWords.entries[key] {
      results.append(
        LookupResult(kind: "woerter", provenance: entry.provenance, text: Lexicon.describe(entry)))
    } else if let entry = hardWords.entry(for: word) {
      results.append(
        LookupResult(
          kind: "woerter", provenance: entry.provenance,
          text: "Form von „\(entry.word)“: " + Lexicon.describe(entry)))
    }
    if let entry = abbreviations.entry(for: word) {
      results.append(
        LookupResult(
          kind: "abkuerzungen", provenance: entry.provenance,
          text:
            "\(entry.abbreviation) → \(entry.expansions.joined(separator: " | ")) (\(entry.kind))"))
    }
    if let entry = laws.entry(for: word) {
      results.append(
        LookupResult(
          kind: "gesetze", provenance: entry.provenance,
          text: "\(entry.abbreviation) → \(entry.title)"))
    }
    if let entry = compoundEntries.entry(for: word) {
      let text =
        entry.isLexicalised
        ? "bleibt ganz: \(entry.word) (\(entry.evidence))"
        : "\(entry.parts.joined(separator: "·")) (\(entry.evidence))"
      results.append(LookupResult(kind: "komposita", provenance: entry.provenance, text: text))
    }
    let lemma = lemmas[word] ?? lemmas[key]
    if let lemma {
      results.append(
        LookupResult(kind: "lemmata", provenance: nil, text: "\(word) → Lemma \(lemma)"))
    }
    if basicVocabulary.contains(key) {
      results.append(
        LookupResult(
          kind: "grundwortschatz", provenance: nil, text: "\(word) gehört zum Grundwortschatz"))
    } else if let lemma, basicVocabulary.contains(lemma.lowercased()) {
      results.append(
        LookupResult(
          kind: "grundwortschatz", provenance: nil,
          text: "Lemma \(lemma) gehört zum Grundwortschatz"))
    }
    if let zipf = frequencies[key] {
      results.append(LookupResult(kind: "haeufigkeit", provenance: nil, text: "Zipf \(zipf)"))
    } else if let record = wordTable.lookup(key) {
      results.append(
        LookupResult(kind: "haeufigkeit", provenance: nil, text: "Zipf \(record.zipf)"))
    }
    return results
  }

  private static func describe(_ entry: HardWords.Entry) -> String {
    var text =
      "\(entry.word) (\(entry.partOfSpeech)\(entry.gender.isEmpty ? "" : ", \(entry.gender)"))"
    if !entry.replacement.isEmpty { text += " → \(entry.replacement)" }
    if !entry.explanation.isEmpty { text += " – \(entry.explanation)" }
    if !entry.domains.isEmpty { text += " [\(entry.domains.joined(separator: ", "))]" }
    return text
  }
}

/// One lexicon entry found by `Lexicon.lookup(_:)`.
public struct LookupResult: Hashable, Sendable, Codable {
  /// The lexicon file's stem: woerter, abkuerzungen, gesetze, komposita, lemmata, …
  public let kind: String
  /// File and line, where the entry is one line of a file (the frequency, lemma and basic
  /// vocabulary lookups report no line: those tables are not kept with provenance).
  public let provenance: Provenance?
  public let text: String
}
