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
  public var frequencies: FrequencyTable = .empty
  /// Lemmas of the basic vocabulary, lower-cased.
  public var basicVocabulary: Set<String> = []
  /// Lemma by word form (case-sensitive, as in the file).
  public var lemmas: LemmaTable = .empty
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
  ///
  /// The two large files are indexed over their bytes (`IndexedTSV`, no `String` per row), and
  /// their parts are built on other threads while this one reads the small files: frequencies
  /// and the compound word table from `haeufigkeit.tsv`; the lemma table, its lemma index and
  /// verb lemmas, and the hard words with their inflected forms from `lemmata.tsv`. Each part is
  /// a value of its own, so the result does not depend on timing; errors are reported in the
  /// order of the parts as if they were loaded one after the other.
  public static func load(from directories: [URL], parts: Parts = .all) throws -> Lexicon {
    var lexicon = Lexicon()
    lexicon.sources = directories
    let files = { @Sendable (name: String) throws -> [TSVFile] in
      try directories.enumerated().compactMap { index, directory in
        try readTSV(
          directory, name,
          displayName: index == 0 ? name : directory.appendingPathComponent(name).path)
      }
    }
    /// The bytes of `name` in each folder that has it, with its display name.
    func contents(_ name: String) throws -> [(bytes: [UInt8], name: String)] {
      try directories.enumerated().compactMap { index, directory in
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return (try IndexedTSV.readBytes(url), index == 0 ? name : url.path)
      }
    }

    // haeufigkeit.tsv: frequencies and the compound splitter's word table.
    let frequencyFiles =
      parts.contains(.frequencies) || parts.contains(.compounds)
      ? Result { try contents("haeufigkeit.tsv") } : .success([])
    let frequencies = Background { () throws -> FrequencyTable in
      guard parts.contains(.frequencies) else { return .empty }
      let tables = try frequencyFiles.get().map { file in
        try IndexedTSV(bytes: file.bytes, name: file.name, key: "wort", required: ["zipf"])
      }
      return try FrequencyTable(tables, name: "haeufigkeit.tsv")
    }
    let wordTable = Background { () throws -> ZipfTable in
      guard parts.contains(.compounds) else { return .empty }
      var result = ZipfTable.empty
      for (index, file) in try frequencyFiles.get().enumerated() {
        let table = try file.bytes.withUnsafeBufferPointer { (buffer) throws(LexiconError) in
          try ZipfTable.frequencies(tsv: buffer, name: file.name)
        }
        // A user frequency list adds to (and overrides) the built-in one.
        if index == 0 { result = table } else { result.merge(table) }
      }
      return result
    }

    // lemmata.tsv: one file, or the user lexicons' files merged into one.
    let needsLemmas = parts.contains(.lemmas) || parts.contains(.words)
    let lemmaFile = Result { () throws -> (bytes: [UInt8], name: String)? in
      guard needsLemmas else { return nil }
      let files = try contents("lemmata.tsv")
      guard files.count > 1 else { return files.first }
      let tables = try files.map { file in
        try IndexedTSV(bytes: file.bytes, name: file.name, key: "form", required: ["lemma"])
      }
      let merged = try IndexedTSV.merged(tables, columns: LemmaTable.columns, name: "lemmata.tsv")
      return (merged.bytes, "lemmata.tsv")
    }
    let formIndex = Background { () throws -> IndexedTSV? in
      guard let file = try lemmaFile.get() else { return nil }
      return try IndexedTSV(bytes: file.bytes, name: file.name, key: "form", required: ["lemma"])
    }
    let lemmaIndex = Background { () throws -> (LemmaSet, Set<String>)? in
      guard parts.contains(.lemmas), let file = try lemmaFile.get() else { return nil }
      return try LemmaTable.lemmaIndex(bytes: file.bytes, name: file.name)
    }
    let hardWords = Background { () throws -> HardWords in
      var hardWords = HardWords()
      guard parts.contains(.words) else { return hardWords }
      // Its own pass over the bytes (no index), so that no task waits for another.
      let file = try lemmaFile.get()
      let rows = try file.map { file in
        try IndexedTSV(
          bytes: file.bytes, name: file.name, key: "form", required: ["lemma"], indexed: false)
      }
      let lemmas = try LemmaTable(form: rows, lemmas: nil, name: "lemmata.tsv")
      for file in try files("woerter.tsv") { try hardWords.add(tsv: file) }
      hardWords.addForms(lemmas)
      return hardWords
    }

    // The small files: laws and noun forms on other threads too, the rest here.
    let laws = Background { () throws -> LawTitles in
      var result = LawTitles.empty
      guard parts.contains(.laws) else { return result }
      for file in try files("gesetze.tsv") { try result.add(tsv: file) }
      return result
    }
    let nounForms = Background { () throws -> NounForms in
      var result = NounForms.empty
      guard parts.contains(.nounForms) else { return result }
      for file in try files("nomenformen.tsv") { try result.add(tsv: file) }
      return result
    }

    let abbreviations = Result { () throws -> Abbreviations in
      guard parts.contains(.abbreviations) else { return .empty }
      // Abbreviations keeps the first entry per key: put later folders first so they win.
      var entries: [Abbreviations.Entry] = []
      for file in try files("abkuerzungen.tsv").reversed() {
        entries += try Abbreviations.entries(tsv: file)
      }
      return Abbreviations(entries)
    }
    let basicVocabulary = Result { () throws -> Set<String> in
      var result: Set<String> = []
      guard parts.contains(.basicVocabulary) else { return result }
      for file in try files("grundwortschatz.tsv") {
        let word = try file.column("wort")
        result.formUnion(file.rows.map { $0[word].lowercased() })
      }
      return result
    }
    let compoundEntries = Result { () throws -> CompoundEntries in
      var result = CompoundEntries.empty
      guard parts.contains(.compounds) else { return result }
      for file in try files("komposita.tsv") { try result.add(tsv: file) }
      return result
    }
    // Assemble in the order of the parts (the first error in that order is thrown).
    lexicon.abbreviations = try abbreviations.get()
    _ = try frequencyFiles.get()
    lexicon.frequencies = try frequencies.get()
    lexicon.basicVocabulary = try basicVocabulary.get()
    if needsLemmas {
      _ = try lemmaFile.get()
      let index = try formIndex.get()
      if parts.contains(.lemmas) {
        lexicon.lemmas = try LemmaTable(form: index, lemmas: lemmaIndex.get(), name: "lemmata.tsv")
      }
      lexicon.hardWords = try hardWords.get()
    }
    lexicon.wordTable = try wordTable.get()
    lexicon.compoundEntries = try compoundEntries.get()
    lexicon.laws = try laws.get()
    lexicon.nounForms = try nounForms.get()
    // Noun forms the lemma table lacks (`Arbeitslohnes`, `Anschriften`) also find their entry.
    if parts.contains(.nounForms) && parts.contains(.words) {
      lexicon.hardWords.addForms(lexicon.nounForms)
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

/// A value computed on a thread of the global dispatch pool; `get()` waits for it. The result is
/// written once before the group is left and read only after waiting for the group, which orders
/// the two accesses, hence `@unchecked Sendable`.
final class Background<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var result: Result<Value, any Error>? = nil

  init(_ work: @escaping @Sendable () throws -> Value) {
    group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = Result { try work() }
      self.group.leave()
    }
  }

  func get() throws -> Value {
    group.wait()
    return try result!.get()
  }
}
