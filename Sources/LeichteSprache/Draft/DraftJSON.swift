import Foundation

/// The JSON form of a draft: one object with sorted keys.
///
/// Keys: `source`, `draft` (always true: the text is a draft to be checked), `output` (the draft as
/// plain text, as `--format txt` writes it), `text` (the rewritten text that the ranges of
/// `remaining` and `explanations` refer to), `changes` (audit trail; `range` in the input),
/// `explanations`, `remaining`, `facts` (`complete`, `kept`, `missing`, `invented`), `scores`
/// (`before`, `after`: the readability of input and rewritten text), `findings_per_100_words`
/// (`before`, `after`), `passes`. Ranges are `[start, end)` in UTF-16 code units.
enum DraftJSON {
  struct Record: Encodable {
    let source: String
    let line: Int?
    let draft = true
    let output: String
    let text: String
    let passes: Int
    let changes: [ChangeRecord]
    let explanations: [ExplanationRecord]
    let remaining: [FindingRecord]
    let facts: FactsRecord
    let scores: Pair<Readability>
    let findingsPer100Words: Pair<Double>

    enum CodingKeys: String, CodingKey {
      case source, line, draft, output, text, passes, changes, explanations, remaining, facts,
        scores
      case findingsPer100Words = "findings_per_100_words"
    }
  }

  struct Pair<Value: Encodable>: Encodable {
    let before: Value
    let after: Value
  }

  struct ChangeRecord: Encodable {
    let rule: String
    let status: String
    let pass: Int
    let range: TextRange
    let before: String
    let after: String
    let reason: String
    let evidence: String?
  }

  struct ExplanationRecord: Encodable {
    let term: String
    let headword: String
    let text: String
    let rule: String
    let evidence: String?
    let range: TextRange
  }

  struct FindingRecord: Encodable {
    let rule: String
    let severity: String
    let message: String
    let range: TextRange
    let suggestions: [String]
  }

  struct FactsRecord: Encodable {
    let complete: Bool
    let kept: [Fact]
    let missing: [Fact]
    let invented: [Fact]
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  static func render(_ draft: Draft, source: String, line: Int? = nil) -> String {
    let s = draft.simplification
    let density = draft.findingDensity
    let record = Record(
      source: source, line: line, output: DraftText.render(draft.layout, markdown: false),
      text: s.output.text,
      passes: s.passes,
      changes: s.changes.map {
        ChangeRecord(
          rule: $0.rule.rawValue, status: $0.status.rawValue, pass: $0.pass, range: $0.range,
          before: $0.before, after: $0.after, reason: $0.reason, evidence: $0.evidence?.description)
      },
      explanations: s.explanations.map {
        ExplanationRecord(
          term: $0.term, headword: $0.headword, text: $0.text, rule: $0.rule.rawValue,
          evidence: $0.evidence?.description, range: $0.range)
      },
      remaining: s.remaining.map {
        FindingRecord(
          rule: $0.rule.rawValue, severity: $0.severity.rawValue, message: $0.message,
          range: $0.range, suggestions: $0.suggestions)
      },
      facts: FactsRecord(
        complete: s.facts.isComplete, kept: s.facts.kept, missing: s.facts.missing,
        invented: s.facts.invented),
      scores: Pair(before: draft.before, after: draft.after),
      findingsPer100Words: Pair(
        before: Readability.rounded(density.before), after: Readability.rounded(density.after)))
    // Encoding plain values cannot fail.
    let data = (try? encoder.encode(record)) ?? Data("null".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
