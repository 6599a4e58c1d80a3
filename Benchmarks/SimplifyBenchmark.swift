import Foundation
import LeichteEval
import LeichteSprache

/// Issue 9's bars for `leichte simplify`: facts kept and readability before/after per `Corpus/`
/// text; throughput on one core over the corpus repeated to 10 MB; a 3 KB letter end to end.
enum SimplifyBenchmark {
  static func engine() throws -> Engine {
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: Engine.lexiconParts)
    return Engine(lexicon: lexicon, ruleData: try RuleData.load(from: Paths.lexicons))
  }

  static func corpus() throws -> [(name: String, text: String)] {
    try CorpusFacts.load().map {
      ($0.text.lastPathComponent, try String(contentsOf: $0.text, encoding: .utf8))
    }
  }

  static func run() throws {
    let engine = try engine()
    var rows: [[String]] = []
    var factsKept = 0, factsTotal = 0, invented = 0, changes = 0, improvedFRE = 0, improvedLIX = 0
    let texts = try corpus()
    for (name, text) in texts {
      let draft = engine.draft(text)
      let s = draft.simplification
      factsKept += s.facts.kept.count
      factsTotal += s.facts.kept.count + s.facts.missing.count
      invented += s.facts.invented.count
      changes += s.changes.filter { $0.status == .applied }.count
      let fre = (draft.before.scores.freAmstad ?? 0, draft.after.scores.freAmstad ?? 0)
      let lix = (draft.before.scores.lix ?? 0, draft.after.scores.lix ?? 0)
      if fre.1 > fre.0 { improvedFRE += 1 }
      if lix.1 < lix.0 { improvedLIX += 1 }
      let density = draft.findingDensity
      rows.append([
        String(name.prefix(34)),
        "\(s.facts.kept.count)/\(s.facts.kept.count + s.facts.missing.count)",
        "\(s.facts.invented.count)",
        "\(s.changes.filter { $0.status == .applied }.count)",
        Bench.fixed(fre.0, 1) + " → " + Bench.fixed(fre.1, 1),
        Bench.fixed(lix.0, 1) + " → " + Bench.fixed(lix.1, 1),
        Bench.fixed(draft.before.sentenceLengths.mean ?? 0, 1) + " → "
          + Bench.fixed(draft.after.sentenceLengths.mean ?? 0, 1),
        Bench.fixed(density.before, 1) + " → " + Bench.fixed(density.after, 1),
      ])
    }
    Bench.table(
      "simplify über Corpus/ (\(texts.count) Texte)",
      ["Text", "Fakten", "erfunden", "Änderungen", "FRE", "LIX", "Satzlänge", "Funde/100 W."],
      rows)
    print(
      "Fakten erhalten: \(factsKept)/\(factsTotal), erfunden: \(invented), Änderungen: \(changes); "
        + "FRE höher: \(improvedFRE)/\(texts.count), LIX tiefer: \(improvedLIX)/\(texts.count)")
  }

  /// One core: the corpus repeated to 10 MB, simplified text by text; then the command on a
  /// 3 KB letter, end to end (process start, lexicon load, simplify, write).
  static func runSpeed() throws {
    let engine = try engine()
    let texts = try corpus().map(\.text)
    let corpusBytes = texts.reduce(0) { $0 + $1.utf8.count }
    var bytes = 0
    let start = Bench.cpuTime()
    var round = 0
    while bytes < 10_000_000 {
      for text in texts {
        // A different first line per round, so no layer can reuse an earlier result.
        let variant = round == 0 ? text : "Runde \(round).\n\n" + text
        _ = engine.draft(variant).render(.json, source: "x")
        bytes += variant.utf8.count
      }
      round += 1
    }
    let seconds = Bench.cpuTime() - start
    print(
      "simplify, ein Kern: \(Bench.megabytes(bytes)) (Corpus \(Bench.megabytes(corpusBytes)) × \(round)) in "
        + "\(Bench.fixed(seconds, 2)) s CPU = \(Bench.fixed(Double(bytes) / 1e6 / seconds, 2)) MB/s"
    )

    let binary = Paths.repository.appendingPathComponent(".build/release/leichte")
    let executable =
      CommandLine.arguments.first.map {
        URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("leichte").path
      } ?? binary.path
    guard FileManager.default.isExecutableFile(atPath: executable) else {
      print("Hinweis: \(executable) fehlt; erst `swift build -c release` ausführen.")
      return
    }
    let letter = try letterOf3KB(texts)
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leichte-brief-3kb.txt")
    try Data(letter.utf8).write(to: input)
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("leichte-brief.md")
    var times: [Double] = []
    for _ in 0..<7 {
      let result = Bench.runMeasured(
        executable,
        [
          "simplify", input.path, "--format", "md", "-o", output.path, "--lexicons",
          Paths.lexicons.path,
        ])
      guard result.status == 0 || result.status == 1 else {
        print("Fehler: leichte simplify endete mit \(result.status)")
        return
      }
      times.append(result.seconds)
    }
    times.sort()
    print(
      "Brief mit \(letter.utf8.count) Bytes, Ende zu Ende (Start, Lexikon, simplify, schreiben): "
        + "Median \(Bench.fixed(times[times.count / 2] * 1000, 0)) ms, bester \(Bench.fixed(times[0] * 1000, 0)) ms (7 Läufe)"
    )
    print(stageTimes(engine, texts))
  }

  /// Where the CPU time of `draft(_:).render(.json, …)` goes, over three rounds of the corpus:
  /// the stages of `Engine.draft(_:)` (simplify, readability of input and output) and rendering.
  static func stageTimes(_ engine: Engine, _ texts: [String]) -> String {
    var simplify = 0.0, score = 0.0, render = 0.0
    for round in 1...3 {
      for text in texts {
        let variant = "Stufe \(round).\n\n" + text
        var start = Bench.cpuTime()
        let simplification = engine.simplifier.simplify(variant)
        var now = Bench.cpuTime()
        simplify += now - start
        start = now
        var scorer = ReadabilityScorer(lexicon: engine.lexicon)
        let draft = Draft(
          simplification: simplification, before: scorer.score(simplification.input),
          after: scorer.score(simplification.output), options: engine.profile.simplify)
        now = Bench.cpuTime()
        score += now - start
        start = now
        _ = draft.render(.json, source: "x")
        render += Bench.cpuTime() - start
      }
    }
    let total = simplify + score + render
    func share(_ part: Double) -> String { Bench.fixed(part / total * 100, 0) + " %" }
    return "Anteile (Corpus × 3, \(Bench.fixed(total, 2)) s CPU): simplify \(share(simplify)), "
      + "Lesbarkeit vorher/nachher \(share(score)), JSON \(share(render))"
  }

  /// The corpus letter closest to 3 KB.
  static func letterOf3KB(_ texts: [String]) throws -> String {
    texts.min { abs($0.utf8.count - 3000) < abs($1.utf8.count - 3000) } ?? ""
  }
}
