import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// Every text of `Corpus/` simplified with the default profile: the Markdown draft must equal the
/// hand-checked golden file `Corpus/expected/NAME.md`, keep every fact and invent none, and give
/// the same draft when its own output text is simplified again (idempotence).
///
/// After a deliberate change of the rules, regenerate the golden files with
/// `LEICHTE_UPDATE_GOLDEN=1 swift test --filter CorpusGoldenTests`, then read the diff.
@Suite("Corpus: golden drafts")
struct CorpusGoldenTests {
  static let texts: [URL] = (try? CorpusFacts.load().map(\.text)) ?? []
  static let expected = Paths.corpus.appendingPathComponent("expected")
  static let engine = Engine(
    lexicon: RuleTestSupport.lexicon,
    ruleData: (try? RuleData.load(from: Paths.lexicons)) ?? .empty)

  @Test func corpusIsThere() {
    #expect(Self.texts.count >= 20, "Corpus/ braucht mindestens 20 Texte mit .facts.tsv")
  }

  @Test(arguments: texts)
  func goldenDraft(_ url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    let draft = Self.engine.draft(text)
    let facts = draft.simplification.facts
    #expect(
      facts.isComplete,
      "\(url.lastPathComponent): fehlt \(facts.missing.map(\.text)), erfunden \(facts.invented.map(\.text))"
    )
    let markdown = draft.render(.md, source: url.lastPathComponent)
    let stem = url.deletingPathExtension().lastPathComponent
    let golden = Self.expected.appendingPathComponent(stem + ".md")
    if ProcessInfo.processInfo.environment["LEICHTE_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.expected, withIntermediateDirectories: true)
      try Data(markdown.utf8).write(to: golden)
    }
    let stored = try? String(contentsOf: golden, encoding: .utf8)
    #expect(stored != nil, "Golden-Datei fehlt: \(golden.path)")
    if let stored, stored != markdown {
      let line = firstDifference(stored, markdown)
      Issue.record(
        "\(stem): Entwurf weicht ab ab Zeile \(line.number): erwartet „\(line.expected)“, erhalten „\(line.actual)“"
      )
    }
    let again = Self.engine.draft(draft.simplification.output.text).simplification
    #expect(
      again.changes.filter { $0.status == .applied }.isEmpty,
      "\(stem): nicht idempotent: \(again.changes.prefix(3).map { "\($0.rule): \($0.before) → \($0.after)" })"
    )
  }

  func firstDifference(_ expected: String, _ actual: String) -> (
    number: Int, expected: String, actual: String
  ) {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, b.count) {
      let x = i < a.count ? String(a[i]) : "<Ende>"
      let y = i < b.count ? String(b[i]) : "<Ende>"
      if x != y { return (i + 1, x, y) }
    }
    return (0, "", "")
  }
}
