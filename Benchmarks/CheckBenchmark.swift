import Foundation
import LeichteEval
import LeichteSprache

/// Issue "Regeln": detection quality of passive, genitive and Konjunktiv against the UD German
/// gold (sentence level), the violation rate of professional Leichte Sprache against the
/// originals (simple-german-corpus), and `check` throughput on the laws.
enum CheckBenchmark {
  static func run() throws {
    print("## Regeln prüfen (check)")
    let loadStart = Bench.now()
    let lexicon = try Lexicon.load(
      from: Paths.lexicons, parts: [.abbreviations, .lemmas, .basicVocabulary])
    let analyzer = Analyzer(lexicon: lexicon, ruleData: try RuleData.load(from: Paths.lexicons))
    let segmenter = Segmenter(lexicon: lexicon)
    print("\nLexikon und Analyse-Tabelle geladen in \(Bench.fixed(Bench.now() - loadStart, 2)) s.")
    guard let shared = Bench.requireShared() else { return }
    ud(shared, segmenter, analyzer)
    try parallel(shared, segmenter, analyzer)
    try throughput(shared, segmenter, analyzer)
  }

  /// Throughput only (`Benchmarks check-speed`).
  static func runSpeed() throws {
    let lexicon = try Lexicon.load(
      from: Paths.lexicons, parts: [.abbreviations, .lemmas, .basicVocabulary])
    let analyzer = Analyzer(lexicon: lexicon, ruleData: try RuleData.load(from: Paths.lexicons))
    guard let shared = Bench.requireShared() else { return }
    let segmenter = Segmenter(lexicon: lexicon)
    try throughput(shared, segmenter, analyzer)
    try ruleTimes(shared, segmenter, analyzer)
  }

  /// CPU time of the calling thread (nanosecond clock), for timing short steps.
  static func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Where the time of `check` goes: segmenting, analysing, each rule, and ordering the findings
  /// (the checker's time beyond its rules), over the same laws, one thread.
  static func ruleTimes(_ shared: URL, _ segmenter: Segmenter, _ analyzer: Analyzer) throws {
    let contents = try Bench.laws(shared)
    let laws = contents
    let rules = RuleCatalog.all
    let checker = RuleChecker(analyzer: analyzer)
    var seconds = [Double](repeating: 0, count: rules.count)
    var counts = [Int](repeating: 0, count: rules.count)
    var segment = 0.0, analyse = 0.0, ordering = 0.0
    for data in contents {
      var t = threadTime()
      let units = try data.withUnsafeBytes { try InputDecoder.decode($0) }
      let document = segmenter.segment(utf16: units)
      var u = threadTime()
      segment += u - t
      t = u
      let analyzed = analyzer.analyze(document)
      u = threadTime()
      analyse += u - t
      let context = Context(document: analyzed, analyzer: analyzer)
      var rulesTotal = 0.0
      for (n, rule) in rules.enumerated() {
        t = threadTime()
        let found = rule.check(analyzed, in: context)
        u = threadTime()
        seconds[n] += u - t
        rulesTotal += u - t
        counts[n] += found.count
      }
      t = threadTime()
      _ = checker.check(analyzed)
      ordering += max(0, threadTime() - t - rulesTotal)
    }
    let total = segment + analyse + ordering + seconds.reduce(0, +)
    func share(_ s: Double) -> String { Bench.fixed(100 * s / max(total, 1e-9), 1) + " %" }
    var rows: [[String]] = [
      ["Dekodieren + Segmentieren", Bench.fixed(segment, 3) + " s", share(segment), ""],
      ["Analyse (Merkmale, Klauseln)", Bench.fixed(analyse, 3) + " s", share(analyse), ""],
      [
        "Ordnen der Funde (RuleChecker ohne Regeln)", Bench.fixed(ordering, 3) + " s",
        share(ordering), "",
      ],
    ]
    let order = rules.indices.sorted {
      seconds[$0] != seconds[$1] ? seconds[$0] > seconds[$1] : $0 < $1
    }
    for n in order {
      rows.append([
        "`\(rules[n].id)`", Bench.fixed(seconds[n], 3) + " s", share(seconds[n]), "\(counts[n])",
      ])
    }
    Bench.table(
      "Zeit je Schritt und Regel (CPU-Zeit des Threads, \(laws.count) Gesetze, ein Lauf; Regeln absteigend)",
      ["Schritt / Regel", "CPU-Zeit", "Anteil", "Funde"], rows)
  }

  struct GoldSentence {
    let text: String
    let passive: Bool
    let genitive: Bool
    let subjunctive: Bool
  }

  /// Sentences of a CoNLL-U file with the three sentence-level labels.
  static func readCoNLLU(_ url: URL) -> [GoldSentence] {
    guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var result: [GoldSentence] = []
    var text: String? = nil
    var passive = false, genitive = false, subjunctive = false
    func flush() {
      if let text {
        result.append(
          GoldSentence(text: text, passive: passive, genitive: genitive, subjunctive: subjunctive))
      }
      text = nil
      passive = false; genitive = false; subjunctive = false
    }
    for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty { flush(); continue }
      if line.hasPrefix("# text = ") { text = String(line.dropFirst(9)); continue }
      if line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 8, !columns[0].contains("-"), !columns[0].contains(".") else {
        continue
      }
      let pos = columns[3]
      let features = columns[5]
      if columns[7] == "aux:pass" { passive = true }
      if features.contains("Case=Gen") && (pos == "NOUN" || pos == "PROPN" || pos == "DET") {
        genitive = true
      }
      if features.contains("Mood=Sub") { subjunctive = true }
    }
    flush()
    return result
  }

  struct Score {
    var tp = 0, fp = 0, fn = 0, tn = 0
    var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    mutating func add(gold: Bool, found: Bool) {
      switch (gold, found) {
      case (true, true): tp += 1
      case (false, true): fp += 1
      case (true, false): fn += 1
      case (false, false): tn += 1
      }
    }
    static func + (a: Score, b: Score) -> Score {
      Score(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn)
    }
  }

  static func ud(_ shared: URL, _ segmenter: Segmenter, _ analyzer: Analyzer) {
    let sets = [("GSD", "de_gsd-ud-test.conllu"), ("PUD", "de_pud-ud-test.conllu")]
    let constructions: [(String, RuleID, (GoldSentence) -> Bool, (Double, Double))] = [
      ("Passiv (aux:pass)", "passiv", \.passive, (0.90, 0.80)),
      ("Genitiv (Case=Gen an NOUN/PROPN/DET)", "genitiv", \.genitive, (0.85, 0.70)),
      ("Konjunktiv (Mood=Sub)", "konjunktiv", \.subjunctive, (0.90, 0.80)),
    ]
    var rows: [[String]] = []
    var misses: [String] = []
    var totals = [Score](repeating: Score(), count: constructions.count)
    for (name, file) in sets {
      let sentences = readCoNLLU(shared.appendingPathComponent("data/ud-german/\(file)"))
      var scores = [Score](repeating: Score(), count: constructions.count)
      for sentence in sentences {
        let document = analyzer.analyze(segmenter.segment(sentence.text))
        let context = Context(document: document, analyzer: analyzer)
        for (n, construction) in constructions.enumerated() {
          guard let rule = RuleCatalog.rule(construction.1) else { continue }
          let found = !rule.check(document, in: context).isEmpty
          let gold = construction.2(sentence)
          scores[n].add(gold: gold, found: found)
          if gold != found,
            ProcessInfo.processInfo.environment["LEICHTE_BENCH_MISSES"] == construction.1.rawValue
          {
            misses.append("\(gold ? "FN" : "FP") \(name): \(sentence.text)")
          }
        }
      }
      for (n, construction) in constructions.enumerated() {
        rows.append(row(construction.0, name, sentences.count, scores[n], construction.3))
        totals[n] = totals[n] + scores[n]
      }
    }
    for (n, construction) in constructions.enumerated() {
      rows.append(
        row(
          construction.0, "GSD + PUD", totals[n].tp + totals[n].fp + totals[n].fn + totals[n].tn,
          totals[n], construction.3))
    }
    Bench.table(
      "Erkennung auf Satzebene gegen UD German (Test-Teile; Regel-Detektor auf „# text“)",
      [
        "Konstruktion", "Korpus", "Sätze", "Gold +", "Präzision", "Recall", "F1", "Ziel P / R",
        "erfüllt",
      ], rows)
    for line in misses { print("- \(line)") }
  }

  static func row(
    _ name: String, _ corpus: String, _ count: Int, _ score: Score, _ bar: (Double, Double)
  ) -> [String] {
    let ok = score.precision >= bar.0 && score.recall >= bar.1
    return [
      name, corpus, "\(count)", "\(score.tp + score.fn)", Bench.fixed(score.precision),
      Bench.fixed(score.recall), Bench.fixed(score.f1), "\(bar.0) / \(bar.1)", ok ? "ja" : "nein",
    ]
  }

  /// Violations per 100 words on the Leichte-Sprache side and on the originals (unique sentences).
  static func parallel(_ shared: URL, _ segmenter: Segmenter, _ analyzer: Analyzer) throws {
    let url = shared.appendingPathComponent("data/simple-german-corpus/hand_aligned.tsv")
    let content = try String(contentsOf: url, encoding: .utf8)
    var complex: [String] = [], simple: [String] = []
    var seenComplex = Set<String>(), seenSimple = Set<String>()
    for line in content.split(separator: "\n").dropFirst() {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 3 else { continue }
      let c = String(columns[1]), s = String(columns[2])
      if seenComplex.insert(c).inserted { complex.append(c) }
      if seenSimple.insert(s).inserted { simple.append(s) }
    }
    let checker = RuleChecker(analyzer: analyzer)
    func rates(_ texts: [String]) -> (
      words: Int, violations: Int, warnings: Int, hints: Int, byRule: [RuleID: Int]
    ) {
      var words = 0, violations = 0, warnings = 0, hints = 0
      var byRule: [RuleID: Int] = [:]
      for text in texts {
        let document = segmenter.segment(text)
        words += document.sentences.reduce(0) { $0 + $1.wordCount }
        for finding in checker.check(document) {
          switch finding.severity {
          case .violation:
            violations += 1
            byRule[finding.rule, default: 0] += 1
          case .warning: warnings += 1
          case .hint: hints += 1
          }
        }
      }
      return (words, violations, warnings, hints, byRule)
    }
    let original = rates(complex)
    let easy = rates(simple)
    func per100(_ n: Int, _ words: Int) -> Double {
      words == 0 ? 0 : Double(n) * 100 / Double(words)
    }
    let ratio =
      per100(easy.violations, easy.words) / max(per100(original.violations, original.words), 1e-9)
    Bench.table(
      "Verstöße pro 100 Wörter: simple-german-corpus hand_aligned (Sätze je Seite einmal gezählt)",
      ["Seite", "Sätze", "Wörter", "Verstöße /100 W.", "Warnungen /100 W.", "Hinweise /100 W."],
      [
        [
          "Original", "\(complex.count)", "\(original.words)",
          Bench.fixed(per100(original.violations, original.words), 2),
          Bench.fixed(per100(original.warnings, original.words), 2),
          Bench.fixed(per100(original.hints, original.words), 2),
        ],
        [
          "Leichte/Einfache Sprache", "\(simple.count)", "\(easy.words)",
          Bench.fixed(per100(easy.violations, easy.words), 2),
          Bench.fixed(per100(easy.warnings, easy.words), 2),
          Bench.fixed(per100(easy.hints, easy.words), 2),
        ],
      ])
    print(
      "\nVerhältnis LS / Original (Verstöße pro 100 Wörter): \(Bench.fixed(ratio)) (Ziel ≤ 0.25: \(ratio <= 0.25 ? "erfüllt" : "nicht erfüllt"))"
    )
    let rules = Set(original.byRule.keys).union(easy.byRule.keys).sorted()
    Bench.table(
      "Verstöße je Regel", ["Regel", "Original", "LS"],
      rules.map { ["`\($0)`", "\(original.byRule[$0] ?? 0)", "\(easy.byRule[$0] ?? 0)"] })
  }

  /// Decode + segment + analyse + all rules over every law, one thread, CPU time. Like
  /// `leichte check FILE`: the bytes are decoded (UTF-8, NFC, line endings) and segmented as
  /// UTF-16; decoding counts in the time.
  static func throughput(_ shared: URL, _ segmenter: Segmenter, _ analyzer: Analyzer) throws {
    let contents = try Bench.laws(shared)
    let bytes = contents.reduce(0) { $0 + $1.count }
    let laws = contents
    let checker = RuleChecker(analyzer: analyzer)
    var rows: [[String]] = []
    var best = Double.infinity
    for run in 1...3 {
      var findings = 0
      var segmentSeconds = 0.0
      let start = Bench.cpuTime()
      for data in contents {
        let segmentStart = Bench.cpuTime()
        let units = try data.withUnsafeBytes { try InputDecoder.decode($0) }
        let document = segmenter.segment(utf16: units)
        segmentSeconds += Bench.cpuTime() - segmentStart
        findings += checker.check(document).count
      }
      let seconds = Bench.cpuTime() - start
      best = min(best, seconds)
      rows.append([
        "\(run)", Bench.fixed(seconds, 2) + " s", Bench.fixed(Double(bytes) / 1e6 / seconds, 1),
        Bench.fixed(Double(bytes) / 1e6 / max(seconds - segmentSeconds, 1e-9), 1), "\(findings)",
      ])
    }
    Bench.table(
      "Durchsatz check (Dekodieren + Segmentieren + Analyse + alle Regeln, wie `leichte check DATEI`), \(laws.count) Gesetze, \(Bench.megabytes(bytes)), ein Kern",
      ["Lauf", "CPU-Zeit", "MB/s gesamt", "MB/s ohne Dekodieren + Segmentieren", "Funde"], rows)
    let rate = Double(bytes) / 1e6 / best
    print(
      "\nBester Lauf: \(Bench.fixed(rate, 1)) MB/s (Ziel ≥ 10 MB/s: \(rate >= 10 ? "erfüllt" : "nicht erfüllt"))."
    )
  }
}
