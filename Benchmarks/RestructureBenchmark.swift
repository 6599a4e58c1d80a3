import Foundation
import LeichteEval
import LeichteSprache

/// Issue 7 "Satzbau": sentence lengths, resolved subordinate clauses and kept facts of
/// `simplify` on `Corpus/`; SARI (as EASSE-DE) and FRE on DEplain-web (open part) next to the
/// identity baseline; simplify throughput on one core.
enum RestructureBenchmark {
  /// The rules that split or restructure sentences.
  static let splitRules: Set<String> = [
    "nebensatz", "relativsatz", "mehrere-aussagen", "semikolon", "klammer", "aufzaehlung",
    "gesetzes-zitat", "passiv", "konjunktiv", "unpersoenlich", "genitiv",
  ]

  static func run() throws {
    print("## Satzbau (simplify: Sätze teilen)")
    let lexicon = try Paths.loadLexicon()
    let analyzer = Analyzer(lexicon: lexicon, ruleData: try RuleData.load(from: Paths.lexicons))
    let segmenter = Segmenter(lexicon: lexicon)
    let simplifier = Simplifier(
      segmenter: segmenter, analyzer: analyzer, profile: .default, rules: RuleCatalog.all)
    try corpus(simplifier, analyzer)
    if let shared = Bench.requireShared() {
      try deplain(shared, simplifier, lexicon)
      if let path = ProcessInfo.processInfo.environment["LEICHTE_SPLIT_SAMPLE"] {
        try splitSample(shared, segmenter, analyzer, to: path)
      }
    }
  }

  /// The rules that make two or more sentences (or a list) of one.
  static let sentenceSplitRules: [RuleID] = [
    "nebensatz", "relativsatz", "mehrere-aussagen", "semikolon", "klammer", "aufzaehlung",
  ]

  /// Sentences that the split rules alone turn into more sentences, for reading by hand: every
  /// such sentence of `Corpus/` (each sentence of a paragraph or list item simplified on its
  /// own), then those of the unseen texts (DEplain-web open test originals, simple German
  /// corpus originals, AGG/BGG/VwVfG paragraphs) in file order. One line each: source, rules,
  /// input, output (line breaks as ` / `).
  static func splitSample(
    _ shared: URL, _ segmenter: Segmenter, _ analyzer: Analyzer, to path: String
  ) throws {
    let rules = sentenceSplitRules.compactMap { RuleCatalog.rule($0) }
    var lines: [String] = []
    func add(_ source: String, _ sentence: String, letter: Bool) {
      var profile = Profile.default
      profile.simplify.letterMode = letter ? .on : .off
      let result = Simplifier(
        segmenter: segmenter, analyzer: analyzer, profile: profile, rules: rules
      ).simplify(sentence)
      let before = result.input.blocks.flatMap(\.sentences).count
      let after = result.output.blocks.flatMap(\.sentences).count
      guard after > before else { return }
      let used = Set(result.changes.filter { $0.status == .applied }.map(\.rule.rawValue))
      let output = result.output.text.replacingOccurrences(of: "\n", with: " / ")
      lines.append(
        [source, used.sorted().joined(separator: ","), sentence, output].joined(separator: "\t"))
    }
    let files = Bench.files(below: Paths.corpus).filter {
      ($0.pathExtension == "txt" || $0.pathExtension == "md") && $0.lastPathComponent != "README.md"
        && $0.deletingLastPathComponent().standardizedFileURL.path
          == Paths.corpus.standardizedFileURL.path
    }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      let document = segmenter.segment(text)
      let letter = Simplifier.looksLikeLetter(document)
      for block in document.blocks where block.kind == .paragraph || block.kind == .listItem {
        for sentence in block.sentences {
          add(
            file.lastPathComponent, sentence.text.replacingOccurrences(of: "\n", with: " "),
            letter: letter)
        }
      }
    }
    let tables = [
      ("DEplain", "data/deplain-web-sent/test_open.tsv"),
      ("simple-german-corpus", "data/simple-german-corpus/hand_aligned.tsv"),
    ]
    for (name, relative) in tables {
      let rows = try String(
        contentsOf: shared.appendingPathComponent(relative), encoding: .utf8
      ).split(separator: "\n").dropFirst()
      var seen: Set<String> = []
      for row in rows {
        let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count > 1, seen.insert(String(fields[1])).inserted else { continue }
        add(name, String(fields[1]), letter: false)
      }
    }
    for law in ["a/agg", "b/bgg", "v/vwvfg"] {
      let url = shared.appendingPathComponent("data/gesetze/\(law)/index.md")
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      let document = segmenter.segment(text)
      for block in document.blocks where block.kind == .paragraph || block.kind == .listItem {
        for sentence in block.sentences {
          add(law, sentence.text.replacingOccurrences(of: "\n", with: " "), letter: false)
        }
      }
    }
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    print("\n\(lines.count) geteilte Sätze geschrieben nach \(path)")
  }

  /// Sentences of running text (paragraphs and list items). The reference block that the law
  /// rule appends (`Das steht im Gesetz:` and its items) is an appendix, not text: it is left out.
  static func textSentences(_ document: AnalyzedDocument) -> [AnalyzedSentence] {
    var inBlock = false
    return document.sentences.filter { sentence in
      if sentence.sentence.text == "Das steht im Gesetz:" {
        inBlock = true
        return false
      }
      if inBlock && sentence.blockKind == .listItem { return false }
      inBlock = false
      return sentence.blockKind == .paragraph || sentence.blockKind == .listItem
    }
  }

  /// Subordinate and relative clauses with a finite verb (elliptic `wenn nötig`, which the word
  /// rules write for `ggf.`, is no clause in the analysis: `ClauseSplitter.isElliptic`).
  static func subordinateClauses(_ sentence: AnalyzedSentence) -> [Clause] {
    sentence.clauses.filter { clause in
      clause.isSubordinate
        && clause.tokens.contains {
          sentence.traits[$0].contains(.word) && !sentence.traits[$0].contains(.capitalized)
            && !sentence.traits[$0].isDisjoint(with: .anyFinite)
        }
    }
  }

  static func subordinateClauses(_ document: AnalyzedDocument) -> Int {
    textSentences(document).reduce(0) { $0 + subordinateClauses($1).count }
  }

  static func corpus(_ simplifier: Simplifier, _ analyzer: Analyzer) throws {
    // The texts of `Corpus/` itself (not the golden drafts in `Corpus/expected/`, not the
    // README that describes them).
    let files = Bench.files(below: Paths.corpus).filter {
      ($0.pathExtension == "txt" || $0.pathExtension == "md") && $0.lastPathComponent != "README.md"
        && $0.deletingLastPathComponent().standardizedFileURL.path
          == Paths.corpus.standardizedFileURL.path
    }
    var lengthsIn: [Int] = []
    var lengthsOut: [Int] = []
    var clausesIn = 0
    var clausesOut = 0
    var kept = 0
    var missing = 0
    var invented = 0
    var complete = 0
    var splits = 0
    var bytes = 0
    var seconds = 0.0
    var samples: [String] = []
    var remaining: [String] = []
    var long: [String] = []
    var introducers: [String: (Int, Int)] = [:]
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      bytes += text.utf8.count
      let start = Bench.cpuTime()
      let result = simplifier.simplify(text)
      seconds += Bench.cpuTime() - start
      let input = analyzer.analyze(result.input)
      let output = analyzer.analyze(result.output)
      lengthsIn += textSentences(input).map(\.wordCount)
      lengthsOut += textSentences(output).map(\.wordCount)
      for (index, document) in [input, output].enumerated() {
        for sentence in textSentences(document) {
          for clause in subordinateClauses(sentence) {
            let word = clause.introducer.map { sentence.tokens[$0].text.lowercased() } ?? "?"
            var count = introducers[clause.kind.rawValue + " " + word] ?? (0, 0)
            if index == 0 { count.0 += 1 } else { count.1 += 1 }
            introducers[clause.kind.rawValue + " " + word] = count
          }
        }
      }
      clausesIn += subordinateClauses(input)
      clausesOut += subordinateClauses(output)
      kept += result.facts.kept.count
      missing += result.facts.missing.count
      invented += result.facts.invented.count
      if result.facts.isComplete { complete += 1 }
      for change in result.changes
      where change.status == .applied && splitRules.contains(change.rule.rawValue) {
        splits += 1
        samples.append(
          "| \(file.lastPathComponent) | \(change.rule) | \(change.before.replacingOccurrences(of: "\n", with: " ")) | \(change.after.replacingOccurrences(of: "\n", with: " / ")) |"
        )
      }
      for sentence in textSentences(output) where !subordinateClauses(sentence).isEmpty {
        remaining.append(sentence.sentence.text)
      }
      for sentence in textSentences(output)
      where sentence.wordCount > 12 || !subordinateClauses(sentence).isEmpty {
        let clauses = sentence.clauses.map { clause in
          clause.kind.rawValue
            + (clause.introducer.map { "(" + sentence.tokens[$0].text + ")" } ?? "")
        }
        let open = result.remaining.filter {
          splitRules.contains($0.rule.rawValue) && sentence.range.start <= $0.range.start
            && $0.range.start < sentence.range.end
        }.map(\.rule.rawValue)
        long.append(
          "\(sentence.wordCount)\t\(file.lastPathComponent)\t\(clauses.joined(separator: " "))\t\(open.joined(separator: ","))\t\(sentence.sentence.text.replacingOccurrences(of: "\n", with: " "))"
        )
      }
      for fact in result.facts.missing {
        print("- fehlt in \(file.lastPathComponent): \(fact.text)")
      }
    }
    func mean(_ values: [Int]) -> Double {
      values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
    }
    func share(_ values: [Int]) -> Double {
      values.isEmpty ? 0 : Double(values.filter { $0 <= 12 }.count) / Double(values.count)
    }
    let resolved = clausesIn == 0 ? 1 : 1 - Double(clausesOut) / Double(clausesIn)
    Bench.table(
      "Corpus/ (\(files.count) Texte, Sätze in Absätzen und Listen)",
      ["Maß", "Eingabe", "Ausgabe", "Ziel"],
      [
        ["Sätze", "\(lengthsIn.count)", "\(lengthsOut.count)", ""],
        [
          "Wörter pro Satz (Mittel)", Bench.fixed(mean(lengthsIn), 1),
          Bench.fixed(mean(lengthsOut), 1), "≤ 9",
        ],
        [
          "Sätze ≤ 12 Wörter", Bench.percent(share(lengthsIn)), Bench.percent(share(lengthsOut)),
          "≥ 90 %",
        ],
        ["Neben- und Relativ-Sätze", "\(clausesIn)", "\(clausesOut)", ""],
        ["davon aufgelöst", "", Bench.percent(resolved), "≥ 80 %"],
        ["Fakten behalten", "", "\(kept)/\(kept + missing) (\(invented) erfunden)", "100 %"],
        ["Texte mit allen Fakten", "", "\(complete)/\(files.count)", ""],
        ["Umbauten (Satzbau-Regeln)", "", "\(splits)", ""],
        [
          "Durchsatz simplify (1 Kern)", "",
          "\(Bench.fixed(Double(bytes) / 1e6 / max(seconds, 1e-9), 2)) MB/s", "≥ 2 MB/s",
        ],
      ])
    if let path = ProcessInfo.processInfo.environment["LEICHTE_RESTRUCTURE_SAMPLES"] {
      let table = ["| Datei | Regel | vorher | nachher |", "|---|---|---|---|"] + samples
      try table.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
      try remaining.joined(separator: "\n").write(
        toFile: path + ".remaining", atomically: true, encoding: .utf8)
      // Long or still subordinate output sentences: words, file, clause kinds with their
      // introducers, the split rules still flagging the sentence, the sentence.
      let counts = introducers.sorted { $0.key < $1.key }.map {
        "\($0.key)\t\($0.value.0)\t\($0.value.1)"
      }
      try counts.joined(separator: "\n").write(
        toFile: path + ".introducers", atomically: true, encoding: .utf8)
      try long.sorted { $0.localizedStandardCompare($1) == .orderedDescending }
        .joined(separator: "\n").write(
          toFile: path + ".long", atomically: true, encoding: .utf8)
      print("\n\(samples.count) Umbauten geschrieben nach \(path)")
    }
  }

  static func deplain(_ shared: URL, _ simplifier: Simplifier, _ lexicon: Lexicon) throws {
    let url = shared.appendingPathComponent("data/deplain-web-sent/test_open.tsv")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false),
      let complexColumn = header.firstIndex(of: "complex"),
      let simpleColumn = header.firstIndex(of: "simple")
    else { return }
    var sources: [String] = []
    var references: [[String]] = []
    var outputs: [String] = []
    var changed = 0
    let start = Bench.cpuTime()
    var bytes = 0
    for line in lines.dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count > max(complexColumn, simpleColumn) else { continue }
      let source = fields[complexColumn]
      bytes += source.utf8.count
      let result = simplifier.simplify(source)
      let output = result.output.blocks.flatMap(\.sentences).map(\.text).joined(separator: " ")
      if output != source { changed += 1 }
      sources.append(source)
      references.append([fields[simpleColumn]])
      outputs.append(output)
    }
    let seconds = Bench.cpuTime() - start
    let ours = Sari.corpus(sources: sources, outputs: outputs, references: references)
    let identity = Sari.corpus(sources: sources, outputs: sources, references: references)
    var scorer = ReadabilityScorer(lexicon: lexicon)
    let segmenter = simplifier.segmenter
    func fre(_ texts: [String]) -> String {
      let document = segmenter.segment(texts.joined(separator: "\n\n"))
      return scorer.score(document).scores.freAmstad.map { Bench.fixed($0, 1) } ?? "–"
    }
    Bench.table(
      "DEplain-web, offener Teil (\(sources.count) Satzpaare, \(changed) von uns geändert)",
      ["System", "SARI", "add", "keep", "del", "FRE (Amstad)"],
      [
        [
          "leichte simplify", Bench.fixed(ours.sari, 1), Bench.fixed(ours.add, 1),
          Bench.fixed(ours.keep, 1), Bench.fixed(ours.delete, 1), fre(outputs),
        ],
        [
          "Identität (Quelle kopiert)", Bench.fixed(identity.sari, 1),
          Bench.fixed(identity.add, 1), Bench.fixed(identity.keep, 1),
          Bench.fixed(identity.delete, 1), fre(sources),
        ],
        ["Referenz (leicht)", "", "", "", "", fre(references.map { $0[0] })],
        ["DEplain mBART (veröffentlicht, alle 1.846 Paare)", "34.8", "", "", "", "65.3"],
        ["Identität (veröffentlicht)", "11.9", "", "", "", ""],
      ])
    print(
      "\nsimplify auf DEplain: \(Bench.fixed(Double(bytes) / 1e6 / max(seconds, 1e-9), 2)) MB/s (1 Kern)."
    )
  }
}
