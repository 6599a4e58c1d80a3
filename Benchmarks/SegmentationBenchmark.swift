import Foundation
import LeichteEval
import LeichteICU
import LeichteSprache

/// Issue "Foundation": segmentation quality on both gold sets, throughput on the laws corpus,
/// peak memory of the CLI, and robustness on every shared data file.
enum SegmentationBenchmark {
  static func run() throws {
    print("## Segmentierung")
    let loadStart = Bench.now()
    let lexicon = try Paths.loadLexicon()
    let segmenter = Segmenter(lexicon: lexicon)
    let loadSeconds = Bench.now() - loadStart
    guard let shared = Bench.requireShared() else { return }
    try quality(shared, segmenter)
    let contents = try throughput(shared, segmenter, loadSeconds: loadSeconds)
    try memory(contents)
    robustness(shared)
  }

  /// Throughput only (`Benchmarks segment-speed`), for quick iterations.
  static func runSpeed() throws {
    let lexicon = try Paths.loadLexicon()
    guard let shared = Bench.requireShared() else { return }
    _ = try throughput(shared, Segmenter(lexicon: lexicon), loadSeconds: 0)
  }

  static func quality(_ shared: URL, _ segmenter: Segmenter) throws {

    var rows: [[String]] = []
    let sets: [(String, [SegmentationCase])] = [
      (
        "segmentation_cases.tsv",
        try SegmentationGold.cases(
          tsv: shared.appendingPathComponent("eval/segmentation_cases.tsv"))
      ),
      (
        "UD German GSD",
        try SegmentationGold.cases(
          jsonl: shared.appendingPathComponent("data/ud-german/segmentation_gsd_test.jsonl"))
      ),
      (
        "UD German PUD",
        try SegmentationGold.cases(
          jsonl: shared.appendingPathComponent("data/ud-german/segmentation_pud_test.jsonl"))
      ),
    ]
    var missLines: [String] = []
    for (name, cases) in sets {
      let score = SegmentationGold.score(cases, segmenter: segmenter)
      rows.append([
        name, "\(score.exact)/\(score.total)", Bench.percent(score.exactRate),
        Bench.fixed(score.precision), Bench.fixed(score.recall), Bench.fixed(score.f1),
      ])
      if !score.misses.isEmpty {
        missLines.append(
          "\(name): \(score.misses.prefix(12).joined(separator: ", "))\(score.misses.count > 12 ? " …" : "")"
        )
      }
    }
    Bench.table(
      "Qualität (Satzgrenzen)", ["Goldstandard", "exakt", "exakt %", "Präzision", "Recall", "F1"],
      rows)
    for line in missLines { print("- Abweichungen \(line)") }

  }

  /// Decode + segment + tokenize every law, one thread. `LEICHTE_BENCH_FILES` limits the number of
  /// files (for profiling).
  static func throughput(_ shared: URL, _ segmenter: Segmenter, loadSeconds: Double) throws
    -> [Data]
  {
    let contents = try Bench.laws(shared)
    let totalBytes = contents.reduce(0) { $0 + $1.count }
    var timings: [Double] = []
    var sentences = 0
    var tokens = 0
    for round in 0..<3 {
      let start = Bench.cpuTime()
      var roundSentences = 0
      var roundTokens = 0
      for data in contents {
        let units = try data.withUnsafeBytes { try InputDecoder.decode($0) }
        for block in segmenter.blocks(utf16: units, offset: 0) {
          roundSentences += block.sentences.count
          for sentence in block.sentences { roundTokens += sentence.tokens.count }
        }
      }
      timings.append(Bench.cpuTime() - start)
      if round == 0 {
        sentences = roundSentences
        tokens = roundTokens
      }
    }
    // For comparison: decoding alone, and decoding plus ICU's word break iterator alone.
    let decoded = try contents.map { data in
      try data.withUnsafeBytes { try InputDecoder.decode($0) }
    }
    var decodeStart = Bench.cpuTime()
    for data in contents { _ = try data.withUnsafeBytes { try InputDecoder.decode($0) } }
    let decodeSeconds = Bench.cpuTime() - decodeStart
    decodeStart = Bench.cpuTime()
    var boundaries: [(Int, Int32)] = []
    for units in decoded {
      units.withUnsafeBufferPointer { ICU.boundaries(.word, in: $0, into: &boundaries) }
    }
    let icuSeconds = Bench.cpuTime() - decodeStart
    let cold = timings[0] + loadSeconds
    let best = timings.min()!
    Bench.table(
      "Durchsatz (Gesetze, \(contents.count) Dateien, \(Bench.megabytes(totalBytes)), ein Kern)",
      ["Lauf", "CPU-Zeit", "MB/s", "Sätze", "Tokens"],
      [
        [
          "kalt (mit Lexikon-Laden, erster Durchgang)", Bench.fixed(cold) + " s",
          Bench.fixed(Double(totalBytes) / 1e6 / cold, 1), "\(sentences)", "\(tokens)",
        ],
        [
          "warm (bester von 3)", Bench.fixed(best) + " s",
          Bench.fixed(Double(totalBytes) / 1e6 / best, 1), "\(sentences)", "\(tokens)",
        ],
        [
          "zum Vergleich: nur Dekodieren (UTF-8, NFC)", Bench.fixed(decodeSeconds) + " s",
          Bench.fixed(Double(totalBytes) / 1e6 / decodeSeconds, 1), "", "",
        ],
        [
          "zum Vergleich: nur ICU-Wortgrenzen", Bench.fixed(icuSeconds) + " s",
          Bench.fixed(Double(totalBytes) / 1e6 / icuSeconds, 1), "", "",
        ],
      ])

    return contents
  }

  /// Peak memory of the CLI on one large file (the laws concatenated, and 100 MB).
  static func memory(_ contents: [Data]) throws {
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leichte-bench-\(getpid())")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: temporary) }
    var all = Data()
    for data in contents { all.append(data) }
    let big = temporary.appendingPathComponent("gesetze.md")
    try all.write(to: big)
    var hundred = Data()
    while hundred.count < 100_000_000 { hundred.append(all) }
    let huge = temporary.appendingPathComponent("100mb.md")
    try hundred.prefix(100_000_000).write(to: huge)
    var memoryRows: [[String]] = []
    for (file, size) in [(big, all.count), (huge, 100_000_000)] {
      for format in ["text", "json"] {
        let result = Bench.runMeasured(
          Bench.leichteExecutable, ["segment", "--format", format, file.path])
        let limit = 3 * size + 50_000_000
        memoryRows.append([
          "\(file.lastPathComponent) (\(Bench.megabytes(size)))", format, "\(result.status)",
          Bench.fixed(result.seconds, 1) + " s", Bench.megabytes(result.peakBytes),
          Bench.megabytes(limit),
          result.peakBytes <= limit ? "ja" : "nein",
        ])
      }
    }
    Bench.table(
      "Speicher von `leichte segment` (Höchstwert RSS)",
      ["Datei", "Format", "Exit", "Zeit", "RSS", "Grenze 3×+50 MB", "eingehalten"], memoryRows)

  }

  /// Every file of ../shared/data through the CLI: errors are fine, crashes are not.
  static func robustness(_ shared: URL) {
    let dataFiles = Bench.files(below: shared.appendingPathComponent("data"))
    var exitCounts: [Int32: Int] = [:]
    var crashes: [String] = []
    for file in dataFiles {
      let result = Bench.runMeasured(
        Bench.leichteExecutable, ["segment", "--format", "json", file.path])
      exitCounts[result.status, default: 0] += 1
      if result.status < 0 || result.status == 1 {
        crashes.append("\(file.lastPathComponent): \(result.status)")
      }
    }
    Bench.table(
      "Robustheit: alle \(dataFiles.count) Dateien aus ../shared/data",
      ["Exit-Code", "Dateien"], exitCounts.keys.sorted().map { ["\($0)", "\(exitCounts[$0]!)"] })
    print(
      "- Abstürze (Signal oder unerwarteter Fehler): \(crashes.isEmpty ? "keine" : crashes.joined(separator: ", "))"
    )
  }
}
