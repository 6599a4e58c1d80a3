import Foundation
import LeichteEval
import LeichteSprache

/// Issue 9 (part 3): how many hard words of `woerter.tsv` can be replaced with agreement and
/// how many are explained; what the three word rules do to the letters in `Corpus/`.
enum WordsBenchmark {
  static let ruleIDs: [RuleID] = ["schweres-wort", "langes-wort", "fremdwort"]

  static func run() throws {
    print("## Schwere Wörter, Fremdwörter, lange Wörter")
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .all)
    let analyzer = Analyzer(lexicon: lexicon, ruleData: try RuleData.load(from: Paths.lexicons))
    let rows = HardWordCoverage.rows(analyzer)
    var total = HardWordCoverage.Row(partOfSpeech: "alle")
    for row in rows {
      total.entries += row.entries
      total.replaceable += row.replaceable
      total.pluralOnly += row.pluralOnly
      total.explained += row.explained
      total.none += row.none
    }
    Bench.table(
      "woerter.tsv: Ersatz mit Kongruenz möglich oder Erklärung",
      ["Wortart", "Einträge", "ersetzbar", "nur Plural", "nur erklärt", "weder noch"],
      (rows + [total]).map {
        [
          $0.partOfSpeech, "\($0.entries)", "\($0.replaceable)", "\($0.pluralOnly)",
          "\($0.explained)", "\($0.none)",
        ]
      })
    try corpus(lexicon, analyzer)
  }

  /// Simplifies every `Corpus/*.txt` with the three word rules and lists the replacements.
  static func corpus(_ lexicon: Lexicon, _ analyzer: Analyzer) throws {
    let folder = Paths.corpus
    let rules = ruleIDs.compactMap { RuleCatalog.rule($0) }
    let simplifier = Simplifier(
      segmenter: Segmenter(lexicon: lexicon), analyzer: analyzer, profile: .default, rules: rules)
    var applied: [RuleID: Int] = [:]
    var skipped = 0
    var explanations = 0
    var remaining = 0
    var factsLost = 0
    var sample: [String] = []
    let files = Bench.files(below: folder, extension: "txt")
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      let result = simplifier.simplify(text)
      explanations += result.explanations.count
      remaining += result.remaining.filter { $0.rule == "schweres-wort" }.count
      if !result.facts.isComplete {
        factsLost += 1
        print(
          "Fakten-Verlust in \(file.lastPathComponent): fehlt \(result.facts.missing.map(\.text)), neu \(result.facts.invented.map(\.text))"
        )
      }
      for change in result.changes {
        guard change.status == .applied else {
          skipped += 1
          continue
        }
        applied[change.rule, default: 0] += 1
        if change.rule != "langes-wort" {
          sample.append(
            "\(file.lastPathComponent): \(change.before) → \(change.after) [\(change.rule), \(change.evidence?.description ?? "")]"
          )
        }
      }
    }
    Bench.table(
      "Corpus/ (\(files.count) Texte), nur diese drei Regeln",
      [
        "ersetzt (schweres-wort)", "ersetzt (fremdwort)", "getrennt (langes-wort)",
        "übersprungen", "Erklärungen", "schwere Wörter übrig", "Texte mit Fakten-Verlust",
      ],
      [
        [
          "\(applied["schweres-wort"] ?? 0)", "\(applied["fremdwort"] ?? 0)",
          "\(applied["langes-wort"] ?? 0)", "\(skipped)", "\(explanations)", "\(remaining)",
          "\(factsLost)",
        ]
      ])
    print("\nErsetzungen (zum Prüfen von Hand):")
    for line in sample { print("- " + line) }
  }
}
