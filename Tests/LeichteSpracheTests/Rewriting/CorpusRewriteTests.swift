import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// All rules that rewrite, together through the simplifier, over every text in `Corpus/`: no
/// fact is lost or invented, and simplifying the draft again changes nothing.
@Suite struct CorpusRewriteTests {
  static let texts: [String] = {
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path)) ?? []
    return files.filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && $0 != "README.md" }
      .sorted()
  }()

  static func simplifier(_ profile: Profile = .default) -> Simplifier {
    Simplifier(
      segmenter: RuleTestSupport.segmenter, analyzer: RuleTestSupport.analyzer, profile: profile,
      rules: RuleCatalog.all)
  }

  @Test func corpusIsThereAndGetsRewritten() throws {
    #expect(Self.texts.count >= 20)
    let text = try String(
      contentsOf: Paths.corpus.appendingPathComponent(Self.texts[0]), encoding: .utf8)
    #expect(Self.simplifier().simplify(text).changes.contains { $0.status == .applied })
  }

  @Test(arguments: texts)
  func keepsFactsAndIsIdempotent(_ name: String) throws {
    let text = try String(
      contentsOf: Paths.corpus.appendingPathComponent(name), encoding: .utf8)
    let result = Self.simplifier().simplify(text)
    let missing = result.facts.missing.map(\.text)
    let invented = result.facts.invented.map(\.text)
    #expect(
      missing.isEmpty && invented.isEmpty, "\(name): verliert \(missing), erfindet \(invented)")
    let again = Self.simplifier().simplify(result.output.text)
    if again.output.text != result.output.text {
      let changed = again.changes.filter { $0.status == .applied }
        .map { "\($0.rule): „\($0.before)“ → „\($0.after)“" }
      Issue.record("\(name): nicht idempotent: \(changed)")
    }
  }
}
