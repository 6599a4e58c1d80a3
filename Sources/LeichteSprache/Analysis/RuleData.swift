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
  public var functionVerbs: [String: [FunctionVerb]] = [:]
  /// Abbreviations everyone knows (`WC`, `Dr.`), written as in the file.
  public var knownAbbreviations: Set<String> = []
  /// Official abbreviations of laws (`BGB`, `SGB`), first word only.
  public var lawAbbreviations: Set<String> = []

  public init() {}
  public static let empty = RuleData()

  public static func load(from directory: URL) throws -> RuleData {
    var data = RuleData()
    if let file = try Lexicon.readTSV(directory, "funktionsverben.tsv") {
      let phrase = try file.column("wendung")
      let replacement = try file.column("ersatz")
      for row in file.rows {
        let words = row[phrase].split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { continue }
        let entry = FunctionVerb(noun: words[0], verb: words[1], replacement: row[replacement])
        data.functionVerbs[entry.noun, default: []].append(entry)
      }
    }
    if let file = try Lexicon.readTSV(directory, "bekannte-abkuerzungen.tsv") {
      let column = try file.column("abkuerzung")
      data.knownAbbreviations = Set(file.rows.map { row in row[column] })
    }
    if let file = try Lexicon.readTSV(directory, "gesetze.tsv") {
      let column = try file.column("abkuerzung")
      for row in file.rows {
        if let first = row[column].split(separator: " ").first { data.lawAbbreviations.insert(String(first)) }
      }
    }
    return data
  }
}
