import Foundation
import LeichteEval
import LeichteSprache

/// Recall of the fact extractor on the hand-listed facts of `Corpus/`.
enum FactBenchmark {
  static func run() throws {
    print("## Fakten (Corpus/)")
    let segmenter = Segmenter(lexicon: try Paths.loadLexicon())
    let recall = try CorpusFacts.recall(segmenter: segmenter)
    let rows = recall.listed.keys.sorted().map { kind in
      [
        kind, "\(recall.found[kind] ?? 0)/\(recall.listed[kind]!)",
        Bench.percent(recall.rate(kind)),
      ]
    }
    Bench.table("Gefundene Fakten je Art", ["Art", "gefunden", "Anteil"], rows)
    for miss in recall.misses.prefix(40) { print("- nicht gefunden: \(miss)") }
  }
}
