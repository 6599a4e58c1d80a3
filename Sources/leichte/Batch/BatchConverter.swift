import Foundation
import LeichteSprache

/// Turns the text of one document into its rendered outputs and its figures for the reports.
/// One converter (one `Engine`) is shared by all workers.
struct BatchConverter: Sendable {
  let engine: Engine
  let formats: [DraftFormat]

  /// The outputs in `formats` order and the document's figures; `source` names the document
  /// in the outputs (its path in the mirrored tree, so outputs do not depend on where the
  /// input folder lies).
  func convert(_ text: String, source: String) -> (
    outputs: [(DraftFormat, String)], metrics: DocumentMetrics
  ) {
    let draft = engine.draft(text)
    let result = draft.simplification
    let metrics = DocumentMetrics(
      wordsBefore: draft.before.counts.words, wordsAfter: draft.after.counts.words,
      sentencesBefore: draft.before.counts.sentences, sentencesAfter: draft.after.counts.sentences,
      fleschBefore: draft.before.scores.freAmstad, fleschAfter: draft.after.scores.freAmstad,
      lsIndexBefore: draft.before.scores.lsIndex, lsIndexAfter: draft.after.scores.lsIndex,
      changes: result.changes.filter { $0.status == .applied }.count,
      findings: result.remaining.count,
      violations: result.remaining.filter { engine.profile.severity(of: $0) == .violation }.count,
      facts: result.facts.kept.count + result.facts.missing.count,
      factsKept: result.facts.kept.count, factsMissing: result.facts.missing.count,
      factsInvented: result.facts.invented.count)
    return (formats.map { ($0, draft.render($0, source: source)) }, metrics)
  }
}
