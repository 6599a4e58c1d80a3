import Foundation

/// All word data the engine uses, loaded from a lexicon folder. An immutable value.
public struct Lexicon: Sendable {
  public var abbreviations: Abbreviations
  /// Where the data was loaded from, for messages and the audit trail.
  public var sources: [URL]

  public init(abbreviations: Abbreviations = .empty, sources: [URL] = []) {
    self.abbreviations = abbreviations
    self.sources = sources
  }

  public static let empty = Lexicon()

  /// Loads the lexicon files from `directory`. Files missing from it are left empty; a file that
  /// exists but is malformed throws.
  public static func load(from directory: URL) throws -> Lexicon {
    var lexicon = Lexicon(sources: [directory])
    if let file = try readTSV(directory, "abkuerzungen.tsv") {
      lexicon.abbreviations = try Abbreviations(tsv: file)
    }
    return lexicon
  }

  /// Reads and parses one TSV file of `directory`, or nil when it does not exist.
  public static func readTSV(_ directory: URL, _ name: String) throws -> TSVFile? {
    let url = directory.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data = try Data(contentsOf: url)
    guard let text = String(data: data, encoding: .utf8) else {
      throw LexiconError(file: name, line: 0, "keine gültige UTF-8-Datei")
    }
    return try TSVFile.parse(text, name: name)
  }
}
