import Foundation
import LeichteSprache

/// Turns the text of one document into its outputs and figures. Shared by all workers.
struct BatchConverter: Sendable {
  let segmenter: Segmenter
  let simplifier: Simplifier
  let frequencies: [String: Double]
  let formats: [BatchFormat]

  init(lexicon: Lexicon, ruleData: RuleData, profile: Profile, formats: [BatchFormat]) {
    segmenter = Segmenter(lexicon: lexicon)
    let analyzer = Analyzer(lexicon: lexicon, ruleData: ruleData)
    simplifier = Simplifier(
      segmenter: segmenter, analyzer: analyzer, profile: profile,
      rules: RuleCatalog.all.filter { profile.isEnabled($0.id) })
    frequencies = lexicon.frequencies
    self.formats = formats
  }

  /// The rendered outputs by format and the document's figures.
  func convert(_ text: String, source: String) -> (
    outputs: [(BatchFormat, String)], metrics: DocumentMetrics
  ) {
    let result = simplifier.simplify(text)
    var scorer = ReadabilityScorer(frequencies: frequencies)
    let before = scorer.score(result.input)
    let after = scorer.score(result.output)
    let metrics = DocumentMetrics(
      wordsBefore: before.counts.words, wordsAfter: after.counts.words,
      sentencesBefore: before.counts.sentences, sentencesAfter: after.counts.sentences,
      fleschBefore: before.scores.freAmstad, fleschAfter: after.scores.freAmstad,
      lsIndexBefore: before.scores.lsIndex, lsIndexAfter: after.scores.lsIndex,
      changes: result.changes.filter { $0.status == .applied }.count,
      findings: result.remaining.count,
      violations: result.remaining.filter { $0.severity == .violation }.count,
      facts: result.facts.kept.count + result.facts.missing.count,
      factsKept: result.facts.kept.count, factsMissing: result.facts.missing.count,
      factsInvented: result.facts.invented.count)
    let outputs = formats.map { format -> (BatchFormat, String) in
      switch format {
      case .txt, .md: (format, result.output.text)
      case .html: (format, "<pre>\(result.output.text)</pre>")
      case .json:
        (format, String(decoding: (try? JSONEncoder().encode(result)) ?? Data(), as: UTF8.self))
      }
    }
    return (outputs, metrics)
  }
}
