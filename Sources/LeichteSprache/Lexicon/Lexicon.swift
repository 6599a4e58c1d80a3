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

    public static let all: Parts = [.abbreviations, .frequencies, .basicVocabulary, .lemmas]
  }

  public var abbreviations: Abbreviations = .empty
  /// Zipf frequency by lower-case word form.
  public var frequencies: [String: Double] = [:]
  /// Lemmas of the basic vocabulary, lower-cased.
  public var basicVocabulary: Set<String> = []
  /// Lemma by word form (case-sensitive, as in the file).
  public var lemmas: [String: String] = [:]
  /// Where the data was loaded from, for messages and the audit trail.
  public var sources: [URL] = []

  public init() {}

  public static let empty = Lexicon()

  /// Loads `parts` from `directory`. A missing file leaves its part empty; a malformed file throws.
  public static func load(from directory: URL, parts: Parts = .all) throws -> Lexicon {
    var lexicon = Lexicon()
    lexicon.sources = [directory]
    if parts.contains(.abbreviations), let file = try readTSV(directory, "abkuerzungen.tsv") {
      lexicon.abbreviations = try Abbreviations(tsv: file)
    }
    if parts.contains(.frequencies), let file = try readTSV(directory, "haeufigkeit.tsv") {
      let word = try file.column("wort")
      let zipf = try file.column("zipf")
      var frequencies: [String: Double] = [:]
      frequencies.reserveCapacity(file.rows.count)
      for row in file.rows { frequencies[row[word]] = Double(row[zipf]) ?? 0 }
      lexicon.frequencies = frequencies
    }
    if parts.contains(.basicVocabulary), let file = try readTSV(directory, "grundwortschatz.tsv") {
      let word = try file.column("wort")
      lexicon.basicVocabulary = Set(file.rows.map { $0[word].lowercased() })
    }
    if parts.contains(.lemmas), let file = try readTSV(directory, "lemmata.tsv") {
      let form = try file.column("form")
      let lemma = try file.column("lemma")
      var lemmas: [String: String] = [:]
      lemmas.reserveCapacity(file.rows.count)
      for row in file.rows { lemmas[row[form]] = row[lemma] }
      lexicon.lemmas = lemmas
    }
    return lexicon
  }

  /// Reads and parses one TSV file of `directory`, or nil when it does not exist.
  public static func readTSV(_ directory: URL, _ name: String) throws -> TSVFile? {
    let url = directory.appendingPathComponent(name)
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
