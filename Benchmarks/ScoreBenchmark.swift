import Foundation
import LeichteEval
import LeichteSprache

/// Issue "Readability scores": syllable gold, the LS-Index against three sets of human
/// judgements, and the throughput of `score` on the laws corpus.
enum ScoreBenchmark {
  static func run() throws {
    print("## Lesbarkeit (score)")
    print(
      "\nZählweise \(CountingConventions.version), Silben \(Syllables.version), Modell \(LSIndex.model)"
    )
    try syllableGold()
    let lexicon = try Paths.loadLexicon()
    guard let shared = Bench.requireShared() else { return }
    let segmenter = Segmenter(lexicon: lexicon)
    try quality(shared, lexicon, segmenter)
    try throughput(shared, lexicon, segmenter)
  }

  /// Throughput only (`Benchmarks score-speed`).
  static func runSpeed() throws {
    let lexicon = try Paths.loadLexicon()
    guard let shared = Bench.requireShared() else { return }
    try throughput(shared, lexicon, Segmenter(lexicon: lexicon))
  }

  /// Fits the LS-Index on TextComplexityDE and prints the constants for `LSIndex.swift`
  /// (`Benchmarks score-fit`).
  static func runFit() throws {
    let lexicon = try Paths.loadLexicon()
    guard let shared = Bench.requireShared() else { return }
    let segmenter = Segmenter(lexicon: lexicon)
    var scorer = ReadabilityScorer(lexicon: lexicon)
    let items = try LSIndexFit.textComplexity(shared)
    let x = items.map {
      LSIndex.features(LSIndexFit.tally($0.text, segmenter: segmenter, scorer: &scorer))
    }
    let y = items.map(\.target)
    let model = LSIndexFit.ridge(x, y, lambda: LSIndex.lambda)
    let cv = LSIndexFit.pearson(LSIndexFit.crossValidated(x, y, lambda: LSIndex.lambda), y)
    print(
      "// \(items.count) Sätze, λ = \(LSIndex.lambda), 10-fach kreuzvalidiertes r = \(Bench.fixed(cv, 4))"
    )
    print("public static let intercept = \(model.intercept)\n")
    print("public static let weights: [Double] = [")
    for (name, weight) in zip(LSIndex.featureNames, model.weights) {
      print("  \(weight),  // \(name)")
    }
    print("]")
  }

  /// Writes the LS-Index features of the three rated data sets as TSV to standard output
  /// (`Benchmarks score-features`), for analysis outside Swift.
  static func runFeatures() throws {
    let lexicon = try Paths.loadLexicon()
    guard let shared = Bench.requireShared() else { return }
    let segmenter = Segmenter(lexicon: lexicon)
    var scorer = ReadabilityScorer(lexicon: lexicon)
    print(
      (["set", "target", "sentences", "words", "ls_index"] + LSIndex.featureNames).joined(
        separator: "\t"))
    func dump(_ set: String, _ text: String, _ target: Double) {
      let tally = scorer.tally(segmenter.segment(text))
      let features = LSIndex.features(tally.counts)
      let index = Readability(tally).scores.lsIndex ?? -1
      print(
        ([set, "\(target)", "\(tally.counts.sentences)", "\(tally.counts.words)", "\(index)"]
          + features.map { "\($0)" }).joined(separator: "\t"))
    }
    for item in try LSIndexFit.textComplexity(shared) {
      dump("textcomplexityde", item.text, item.target)
    }
    for item in try LSIndexFit.deplainRatings(shared) { dump("deplain", item.text, item.target) }
    let pairs = try LSIndexFit.handAligned(shared)
    for text in pairs.simple { dump("sgc_simple", text, 1) }
    for text in pairs.original { dump("sgc_original", text, 0) }
  }

  static func syllableGold() throws {
    let text = try String(
      contentsOf: Paths.fixtures.appendingPathComponent("syllables_gold.tsv"), encoding: .utf8)
    var total = 0
    var exact = 0
    var misses: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("wort\t")
    {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count >= 2, let expected = Int(cells[1]) else { continue }
      total += 1
      let got = Syllables.count(cells[0])
      if got == expected { exact += 1 } else { misses.append("\(cells[0]) \(got)≠\(expected)") }
    }
    let rate = Double(exact) / Double(max(total, 1))
    Bench.table(
      "Silbenzähler gegen die Goldliste (Tests/Fixtures/syllables_gold.tsv)",
      ["Wörter", "exakt", "exakt %", "Ziel", "erreicht"],
      [["\(total)", "\(exact)", Bench.percent(rate), "≥ 97 %", rate >= 0.97 ? "ja" : "nein"]])
    if !misses.isEmpty { print("- Abweichungen: \(misses.joined(separator: ", "))") }
  }

  static func quality(_ shared: URL, _ lexicon: Lexicon, _ segmenter: Segmenter) throws {
    var scorer = ReadabilityScorer(lexicon: lexicon)
    func tally(_ text: String) -> ReadabilityTally { scorer.tally(segmenter.segment(text)) }

    // TextComplexityDE: cross-validated r of the LS-Index model; baselines fitted the same way.
    let items = try LSIndexFit.textComplexity(shared)
    let tallies = items.map { tally($0.text) }
    let x = tallies.map { LSIndex.features($0.counts) }
    let y = items.map(\.target)
    let cvComplexity = LSIndexFit.crossValidated(x, y, lambda: LSIndex.lambda)
    let cvIndex = cvComplexity.map(LSIndex.index(complexity:))
    let words = tallies.map { Double($0.counts.words) }
    let cvWords = LSIndexFit.crossValidated(words.map { [$0] }, y, lambda: 0)
    let fitted = tallies.map { Readability($0).scores.lsIndex ?? 50 }
    let fre = tallies.map { Readability($0).scores.freAmstad ?? 0 }
    let cvR = LSIndexFit.pearson(cvComplexity, y)
    Bench.table(
      "LS-Index auf TextComplexityDE (\(items.count) Sätze, Komplexität 1–7, 10-fach kreuzvalidiert, Falte = Zeile mod 10)",
      ["Merkmal", "Pearson r mit MOS", "Ziel", "erreicht"],
      [
        [
          "LS-Komplexität (Modell), kreuzvalidiert", Bench.fixed(cvR), "≥ 0.80",
          cvR >= 0.80 ? "ja" : "nein",
        ],
        [
          "LS-Index (0–100, leicht = hoch), kreuzvalidiert",
          Bench.fixed(LSIndexFit.pearson(cvIndex, y)), "", "",
        ],
        [
          "LS-Index mit den Konstanten im Code (auf allen Sätzen angepasst)",
          Bench.fixed(LSIndexFit.pearson(fitted, y)), "", "",
        ],
        [
          "zum Vergleich: Wortzahl allein (kreuzvalidiert)",
          Bench.fixed(LSIndexFit.pearson(cvWords, y)), "", "",
        ],
        ["zum Vergleich: Flesch (Amstad)", Bench.fixed(LSIndexFit.pearson(fre, y)), "", ""],
      ])

    // DEplain: held-out human simplicity ratings (never used for fitting).
    let deplain = try LSIndexFit.deplainRatings(shared)
    let deplainTallies = deplain.map { tally($0.text) }
    let ratings = deplain.map(\.target)
    let deplainIndex = deplainTallies.map { Readability($0).scores.lsIndex ?? 50 }
    let deplainWords = deplainTallies.map { Double($0.counts.words) }
    let deplainFRE = deplainTallies.map { Readability($0).scores.freAmstad ?? 0 }
    let rDeplain = LSIndexFit.pearson(deplainIndex, ratings)
    Bench.table(
      "LS-Index auf den DEplain-Bewertungen (\(deplain.count) Urteile, Einfachheit 1–5, nicht angepasst)",
      ["Merkmal", "Pearson r", "Ziel", "erreicht"],
      [
        ["LS-Index", Bench.fixed(rDeplain), "|r| ≥ 0.65", abs(rDeplain) >= 0.65 ? "ja" : "nein"],
        [
          "zum Vergleich: Wortzahl", Bench.fixed(LSIndexFit.pearson(deplainWords, ratings)), "", "",
        ],
        [
          "zum Vergleich: Flesch (Amstad)", Bench.fixed(LSIndexFit.pearson(deplainFRE, ratings)),
          "", "",
        ],
      ])

    // Simple German Corpus: LS sentences against their originals.
    let pairs = try LSIndexFit.handAligned(shared)
    let simpleTallies = pairs.simple.map { tally($0) }
    let originalTallies = pairs.original.map { tally($0) }
    func auc(_ value: (ReadabilityTally) -> Double) -> Double {
      LSIndexFit.auc(positives: simpleTallies.map(value), negatives: originalTallies.map(value))
    }
    let aucIndex = auc { Readability($0).scores.lsIndex ?? 50 }
    // Paired reading: each LS sentence against its own aligned original (ties count one half).
    var indexByText: [String: Double] = [:]
    var wordsByText: [String: Int] = [:]
    for (text, t) in zip(pairs.simple + pairs.original, simpleTallies + originalTallies) {
      indexByText[text] = Readability(t).scores.lsIndex ?? 50
      wordsByText[text] = t.counts.words
    }
    let rows = try LSIndexFit.handAlignedPairs(shared)
    func paired(_ value: (String) -> Double) -> Double {
      rows.reduce(0.0) { sum, row in
        let a = value(row.simple)
        let b = value(row.original)
        return sum + (a > b ? 1 : a == b ? 0.5 : 0)
      } / Double(rows.count)
    }
    let pairedIndex = paired { indexByText[$0] ?? 50 }
    let pairedWords = paired { -Double(wordsByText[$0] ?? 0) }
    Bench.table(
      "Leichte/Einfache Sprache gegen Originale (Simple German Corpus, \(pairs.simple.count) LS-Sätze, \(pairs.original.count) Originale)",
      ["Merkmal", "AUC", "Ziel", "erreicht"],
      [
        [
          "LS-Index, alle LS-Sätze gegen alle Originale", Bench.fixed(aucIndex), "≥ 0.90",
          aucIndex >= 0.90 ? "ja" : "nein",
        ],
        [
          "LS-Index, jeder LS-Satz gegen sein Original (\(rows.count) Paare)",
          Bench.fixed(pairedIndex), "≥ 0.90", pairedIndex >= 0.90 ? "ja" : "nein",
        ],
        ["zum Vergleich: weniger Wörter, gepaart", Bench.fixed(pairedWords), "", ""],
        ["zum Vergleich: weniger Wörter", Bench.fixed(auc { -Double($0.counts.words) }), "", ""],
        [
          "zum Vergleich: Flesch (Amstad)",
          Bench.fixed(auc { Readability($0).scores.freAmstad ?? 0 }), "", "",
        ],
        [
          "zum Vergleich: niedriger LIX", Bench.fixed(auc { -(Readability($0).scores.lix ?? 0) }),
          "", "",
        ],
      ])

    // Calibration: the mean values of both sides, as in spec §3.9.
    var simpleTotal = ReadabilityTally()
    var originalTotal = ReadabilityTally()
    for t in simpleTallies { simpleTotal += t }
    for t in originalTallies { originalTotal += t }
    var tcLS = ReadabilityTally()
    var tcWiki = ReadabilityTally()
    for (index, t) in tallies.enumerated() {
      if index >= items.count - 100 { tcLS += t } else { tcWiki += t }
    }
    func row(_ name: String, _ t: ReadabilityTally) -> [String] {
      let r = Readability(t)
      return [name, Bench.fixed(r.components.asl ?? 0, 1), Bench.fixed(r.components.asw ?? 0, 2)]
        + Readability.Scores.keys.map { Bench.fixed(r.scores[$0] ?? 0, 1) }
    }
    Bench.table(
      "Kalibrierung: Mittelwerte über alle Sätze einer Seite",
      ["Texte", "ASL", "ASW"] + Readability.Scores.keys,
      [
        row("Simple German Corpus: Leichte/Einfache Sprache", simpleTotal),
        row("Simple German Corpus: Originale", originalTotal),
        row("TextComplexityDE: Wikipedia (900)", tcWiki),
        row("TextComplexityDE: Leichte Sprache (100)", tcLS),
      ])
  }

  /// Decode + segment + score every law, one thread, as `leichte score` does per file.
  static func throughput(_ shared: URL, _ lexicon: Lexicon, _ segmenter: Segmenter) throws {
    var laws = Bench.files(below: shared.appendingPathComponent("data/gesetze"), extension: "md")
    if let limit = ProcessInfo.processInfo.environment["LEICHTE_BENCH_FILES"].flatMap(Int.init) {
      laws = Array(laws.prefix(limit))
    }
    let contents = try laws.map { try Data(contentsOf: $0) }
    let totalBytes = contents.reduce(0) { $0 + $1.count }
    var timings: [Double] = []
    var words = 0
    for _ in 0..<3 {
      var scorer = ReadabilityScorer(lexicon: lexicon)
      let start = Bench.cpuTime()
      var roundWords = 0
      for data in contents {
        let units = try data.withUnsafeBytes { try InputDecoder.decode($0) }
        let readability = scorer.score(blocks: segmenter.blocks(utf16: units, offset: 0))
        roundWords += readability.counts.words
      }
      timings.append(Bench.cpuTime() - start)
      words = roundWords
    }
    // Scoring alone over already segmented documents.
    let documents = try contents.map { data in
      segmenter.blocks(utf16: try data.withUnsafeBytes { try InputDecoder.decode($0) }, offset: 0)
    }
    var scoreOnly: [Double] = []
    for _ in 0..<3 {
      var scorer = ReadabilityScorer(lexicon: lexicon)
      let start = Bench.cpuTime()
      for blocks in documents { _ = scorer.score(blocks: blocks) }
      scoreOnly.append(Bench.cpuTime() - start)
    }
    // The same with a warm word cache (every form already analysed): the difference is the
    // one-time analysis of the distinct forms (syllables, frequency, word classes).
    var warmScorer = ReadabilityScorer(lexicon: lexicon)
    for blocks in documents { _ = warmScorer.score(blocks: blocks) }
    var warm: [Double] = []
    for _ in 0..<3 {
      let start = Bench.cpuTime()
      for blocks in documents { _ = warmScorer.score(blocks: blocks) }
      warm.append(Bench.cpuTime() - start)
    }
    let best = timings.min()!
    let mbps = Double(totalBytes) / 1e6 / best
    Bench.table(
      "Durchsatz von score (Gesetze, \(laws.count) Dateien, \(Bench.megabytes(totalBytes)), ein Kern, CPU-Zeit)",
      ["Lauf", "CPU-Zeit", "MB/s", "Wörter", "Ziel", "erreicht"],
      [
        [
          "dekodieren + segmentieren + bewerten (bester von 3)", Bench.fixed(best) + " s",
          Bench.fixed(mbps, 1), "\(words)", "≥ 20 MB/s", mbps >= 20 ? "ja" : "nein",
        ],
        [
          "nur bewerten (segmentierte Dokumente, bester von 3)",
          Bench.fixed(scoreOnly.min()!) + " s",
          Bench.fixed(Double(totalBytes) / 1e6 / scoreOnly.min()!, 1), "\(words)", "", "",
        ],
        [
          "nur bewerten, Wortcache schon gefüllt (bester von 3)", Bench.fixed(warm.min()!) + " s",
          Bench.fixed(Double(totalBytes) / 1e6 / warm.min()!, 1), "\(words)", "", "",
        ],
      ])
    print(
      "- Last (loadavg) beim Messen: \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "unbekannt")"
    )
  }
}
