import Foundation
import LeichteSprache

/// The hand-listed facts of the `Corpus/` texts (`*.facts.tsv`) and how many of them the fact
/// extractor finds.
public enum CorpusFacts {
  public struct Listed: Sendable {
    public let file: String
    public let kind: String
    public let value: String
  }

  /// The corpus kinds (`art` column) and the fact kinds they correspond to.
  public static let kinds: [String: Fact.Kind] = [
    "datum": .date, "uhrzeit": .time, "betrag": .money, "prozent": .percent, "frist": .deadline,
    "telefon": .phone, "email": .email, "url": .url, "iban": .iban, "aktenzeichen": .reference,
    "paragraf": .law, "person": .person, "behoerde": .office,
  ]

  /// Every text of `Corpus/` with its listed facts.
  public static func load() throws -> [(text: URL, facts: [Listed])] {
    let files = try FileManager.default.contentsOfDirectory(
      at: Paths.corpus, includingPropertiesForKeys: nil
    )
    .filter { $0.lastPathComponent.hasSuffix(".facts.tsv") }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    return try files.map { factsFile in
      let stem = factsFile.lastPathComponent.replacingOccurrences(of: ".facts.tsv", with: "")
      let text = ["txt", "md"].map { Paths.corpus.appendingPathComponent("\(stem).\($0)") }
        .first { FileManager.default.fileExists(atPath: $0.path) }!
      let rows = try String(contentsOf: factsFile, encoding: .utf8).split(separator: "\n")
        .filter { !$0.hasPrefix("#") && !$0.hasPrefix("art\t") }
        .map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        .filter { $0.count == 2 }
        .map { Listed(file: stem, kind: $0[0], value: $0[1]) }
      return (text, rows)
    }
  }

  public struct Recall: Sendable {
    public var found: [String: Int] = [:]
    public var listed: [String: Int] = [:]
    public var misses: [String] = []

    public func rate(_ kind: String) -> Double {
      let total = listed[kind] ?? 0
      return total == 0 ? 1 : Double(found[kind] ?? 0) / Double(total)
    }
  }

  /// A listed fact counts as found when the extractor, run on the listed value alone, yields
  /// keys that all occur among the document's facts of that kind (or, for values it cannot read
  /// alone, when a document fact of that kind contains the value's text).
  public static func recall(segmenter: Segmenter) throws -> Recall {
    let extractor = FactExtractor()
    var recall = Recall()
    for (url, listed) in try load() {
      let document = segmenter.segment(try String(contentsOf: url, encoding: .utf8))
      let facts = extractor.facts(in: document)
      for item in listed {
        guard let kind = kinds[item.kind] else { continue }
        recall.listed[item.kind, default: 0] += 1
        let documentFacts = facts.filter { $0.kind == kind }
        let ownKeys = extractor.facts(in: segmenter.segment(item.value)).filter { $0.kind == kind }
          .map(\.key)
        let found: Bool
        if !ownKeys.isEmpty {
          let keys = Set(documentFacts.map(\.key))
          found = ownKeys.allSatisfy { keys.contains($0) }
        } else {
          let value = item.value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          found = documentFacts.contains { $0.text.contains(value) || value.contains($0.text) }
        }
        if found {
          recall.found[item.kind, default: 0] += 1
        } else {
          recall.misses.append("\(item.file): \(item.kind) „\(item.value)“")
        }
      }
    }
    return recall
  }
}
