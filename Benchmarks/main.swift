import Foundation
import LeichteEval
import LeichteSprache

// Benchmarks: quality against the gold data and speed, printed as tables.
// Run with `swift run -c release Benchmarks [segment …]` (all suites when none is named).

let arguments = Array(CommandLine.arguments.dropFirst())
let suites: [String: () throws -> Void] = [
  "segment": SegmentationBenchmark.run,
  "compounds": CompoundBenchmark.run,
  "segment-speed": SegmentationBenchmark.runSpeed,
  "facts": FactBenchmark.run,
  "score": ScoreBenchmark.run,
  "check": CheckBenchmark.run,
  "check-speed": CheckBenchmark.runSpeed,
  "score-features": ScoreBenchmark.runFeatures,
  "score-fit": ScoreBenchmark.runFit,
  "score-speed": ScoreBenchmark.runSpeed,
  "restructure": RestructureBenchmark.run,
  "simplify": SimplifyBenchmark.run,
  "simplify-speed": SimplifyBenchmark.runSpeed,
  "words": WordsBenchmark.run,
  "batch-speed": BatchBenchmark.run,
]
let selected =
  arguments.isEmpty ? suites.keys.sorted().filter { !$0.hasSuffix("-speed") } : arguments
for name in selected {
  guard let suite = suites[name] else {
    FileHandle.standardError.write(
      Data(
        "Unbekannte Messreihe „\(name)“. Verfügbar: \(suites.keys.sorted().joined(separator: ", "))\n"
          .utf8))
    exit(64)
  }
  try suite()
}
