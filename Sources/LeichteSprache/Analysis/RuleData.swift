import Foundation

/// Word data only the rules need, from small TSV files in the lexicon folder:
/// `funktionsverben.tsv`, `bekannte-abkuerzungen.tsv` and the law abbreviations of `gesetze.tsv`.
/// A missing file leaves its part empty.
public struct RuleData: Sendable {
  /// A function-verb phrase: noun lemma, verb lemma, simpler verb.
  public struct FunctionVerb: Hashable, Sendable {
    public let noun: String
    public let verb: String
    public let replacement: String
  }

  /// Function-verb phrases by noun (as written, capitalised).
  public var functionVerbs: [String: [FunctionVerb]] = [:] {
    didSet { functionVerbFilter = Self.filter(functionVerbs.keys) }
  }
  /// First bytes and byte lengths (capped at 63) of the function-verb nouns, as bit sets: a cheap
  /// test that rules out most words before the table lookup.
  var functionVerbFilter: (first: [Bool], lengths: UInt64) = (
    [Bool](repeating: false, count: 256), 0
  )

  static func filter(_ keys: Dictionary<String, [FunctionVerb]>.Keys) -> (
    first: [Bool], lengths: UInt64
  ) {
    var first = [Bool](repeating: false, count: 256)
    var lengths: UInt64 = 0
    for key in keys {
      if let byte = key.utf8.first { first[Int(byte)] = true }
      lengths |= 1 << UInt64(min(key.utf8.count, 63))
    }
    return (first, lengths)
  }

  /// False when `word` is surely no key of `functionVerbs`.
  @inline(__always)
  func mayBeFunctionVerbNoun(_ word: String) -> Bool {
    let (first, count) = ByteText.withBytes(word) { ($0.first, $0.count) }
    guard let byte = first, functionVerbFilter.first[Int(byte)] else { return false }
    return functionVerbFilter.lengths & (1 << UInt64(min(count, 63))) != 0
  }
  /// Abbreviations everyone knows (`WC`, `Dr.`), written as in the file.
  public var knownAbbreviations: Set<String> = []
  /// Official abbreviations of laws (`BGB`, `SGB`), first word only.
  public var lawAbbreviations: Set<String> = [] {
    didSet {
      lawFirstBytes = Self.firstBytes(lawAbbreviations)
      lawTable = ByteWordTable(
        Dictionary(uniqueKeysWithValues: lawAbbreviations.map { ($0, true) }))
    }
  }
  /// `lawAbbreviations` as a byte table for the per-token lookups (same answers, cheaper hash).
  var lawTable = ByteWordTable<Bool>([:])
  /// First UTF-8 bytes of `lawAbbreviations`: a cheap test before the set lookup.
  var lawFirstBytes = [Bool](repeating: false, count: 256)

  static func firstBytes(_ words: Set<String>) -> [Bool] {
    var table = [Bool](repeating: false, count: 256)
    for word in words { if let byte = word.utf8.first { table[Int(byte)] = true } }
    return table
  }

  /// False when `word` is surely not in `lawAbbreviations`.
  @inline(__always)
  func mayBeLawAbbreviation(_ word: String) -> Bool {
    guard let byte = ByteText.firstByte(word) else { return lawAbbreviations.contains(word) }
    return lawFirstBytes[Int(byte)]
  }

  /// True when `word` is in `lawAbbreviations`.
  @inline(__always)
  func isLawAbbreviation(_ word: String) -> Bool {
    mayBeLawAbbreviation(word) && lawTable[word] != nil
  }

  public init() {}
  public static let empty = RuleData()

  public static func load(from directory: URL) throws -> RuleData {
    var data = RuleData()
    if let file = try Lexicon.readTSV(directory, "funktionsverben.tsv") {
      let phrase = try file.column("wendung")
      let replacement = try file.column("ersatz")
      var table: [String: [FunctionVerb]] = [:]  // assigned once: `didSet` builds the filter
      for row in file.rows {
        let words = row[phrase].split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { continue }
        let entry = FunctionVerb(noun: words[0], verb: words[1], replacement: row[replacement])
        table[entry.noun, default: []].append(entry)
      }
      data.functionVerbs = table
    }
    if let file = try Lexicon.readTSV(directory, "bekannte-abkuerzungen.tsv") {
      let column = try file.column("abkuerzung")
      data.knownAbbreviations = Set(file.rows.map { row in row[column] })
    }
    let lawFile = directory.appendingPathComponent("gesetze.tsv")
    if FileManager.default.fileExists(atPath: lawFile.path) {
      data.lawAbbreviations = try lawAbbreviations(IndexedTSV.readBytes(lawFile))
    }
    return data
  }

  /// The first words of column `abkuerzung` of `gesetze.tsv`, read over its bytes: only the
  /// first word of each row becomes a `String`.
  static func lawAbbreviations(_ bytes: [UInt8]) throws -> Set<String> {
    let name = "gesetze.tsv"
    var laws = Set<String>()
    let result: Result<Void, LexiconError> = bytes.withUnsafeBufferPointer { buffer in
      do throws(LexiconError) {
        var column: Int? = nil
        let (header, columns) = try TSVFile.scan(
          buffer, name: name, columns: { column = $0.firstIndex(of: "abkuerzung") }
        ) { fields, _ in
          guard let column else { return }
          // The first word, as `split(separator: " ").first` gives it.
          var start = fields[column].lowerBound
          let end = fields[column].upperBound
          while start < end && buffer[start] == 0x20 { start += 1 }
          var wordEnd = start
          while wordEnd < end && buffer[wordEnd] != 0x20 { wordEnd += 1 }
          guard wordEnd > start else { return }
          laws.insert(
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<wordEnd]), as: UTF8.self))
        }
        _ = try TSVFile.column("abkuerzung", in: columns, header: header, file: name)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
    return laws
  }
}
