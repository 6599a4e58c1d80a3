import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// The simplifier reuses the findings of `SentenceLocalCheck` rules in sentences a pass left
/// unchanged. That is only right when the rule's document check is the plain sequence of its
/// sentence checks and a sentence's findings do not depend on where the sentence stands.
@Suite("Sentence-local rules")
struct SentenceLocalRuleTests {
  static let localRules = RuleCatalog.all.filter { $0 is any SentenceLocalCheck }

  @Test func theHeavyRulesAreListed() {
    let ids = Set(Self.localRules.map(\.id))
    #expect(ids.contains("schweres-wort"))
    #expect(ids.contains("langes-wort"))
  }

  @Test func documentCheckIsTheSentenceChecks() throws {
    let analyzer = RuleTestSupport.analyzer
    for url in try CorpusFacts.load().map(\.text).prefix(8) {
      let text = try String(contentsOf: url, encoding: .utf8)
      let document = analyzer.analyze(RuleTestSupport.segmenter.segment(text))
      let context = Context(document: document, analyzer: analyzer)
      for rule in Self.localRules {
        let sentences = document.sentences.flatMap { rule.check($0, in: context) }
        #expect(
          rule.check(document, in: context) == sentences, "\(rule.id) \(url.lastPathComponent)")
      }
    }
  }

  /// The same sentences after other text: the findings move with them and are otherwise equal.
  @Test func findingsMoveWithTheSentence() throws {
    let analyzer = RuleTestSupport.analyzer
    let prefix = "Sehr geehrte Frau Muster,\n\nvielen Dank für Ihren Brief.\n\n"
    for url in try CorpusFacts.load().map(\.text).prefix(8) {
      let text = try String(contentsOf: url, encoding: .utf8)
      let plain = analyzer.analyze(RuleTestSupport.segmenter.segment(text))
      let moved = analyzer.analyze(RuleTestSupport.segmenter.segment(prefix + text))
      let shift = prefix.utf16.count
      let movedByStart = Dictionary(
        moved.sentences.map { ($0.range.start - shift, $0) }, uniquingKeysWith: { a, _ in a })
      let plainContext = Context(document: plain, analyzer: analyzer)
      let movedContext = Context(document: moved, analyzer: analyzer)
      var compared = 0
      for sentence in plain.sentences {
        guard let other = movedByStart[sentence.range.start],
          SentenceFindings.sameAnalysis(other, sentence)
        else { continue }
        compared += 1
        for rule in Self.localRules {
          #expect(
            SentenceFindings.shifted(rule.check(sentence, in: plainContext), by: shift)
              == rule.check(other, in: movedContext), "\(rule.id) \(url.lastPathComponent)")
        }
      }
      #expect(compared > plain.sentences.count / 2)
    }
  }

  /// The simplifier's later passes take over the analysis of sentences an edit did not touch
  /// (`PassAnalysis`): every sentence must read as a fresh analysis of the new text reads it.
  @Test func movedAnalysesEqualFreshOnes() throws {
    let analyzer = RuleTestSupport.analyzer
    let segmenter = RuleTestSupport.segmenter
    for url in try CorpusFacts.load().map(\.text).prefix(8) {
      let text = try String(contentsOf: url, encoding: .utf8)
      var passes = PassAnalysis(analyzer: analyzer)
      let before = passes.analyze(segmenter.segment(text), after: nil).analyzed
      // Every third sentence gets a longer first word, so the sentences after it move.
      let edits = before.sentences.enumerated().filter { $0.offset % 3 == 1 }.map {
        Edit($0.element.tokens[0].range, $0.element.tokens[0].text + "haus")
      }
      var units = Array(before.text.utf16)
      for edit in edits.reversed() {
        units.replaceSubrange(
          edit.range.start..<edit.range.end, with: Array(edit.replacement.utf16))
      }
      let document = segmenter.segment(String(decoding: units, as: UTF16.self))
      passes.remember(before)
      let (moved, origins) = passes.analyze(document, after: edits)
      let fresh = analyzer.analyze(document)
      #expect(moved.sentences.count == fresh.sentences.count)
      for (a, b) in zip(moved.sentences, fresh.sentences) {
        #expect(
          a.range == b.range && a.index == b.index && a.blockIndex == b.blockIndex
            && a.blockKind == b.blockKind && a.traits == b.traits && a.lemmas == b.lemmas
            && a.clauses == b.clauses && a.wordCount == b.wordCount && a.facts == b.facts,
          "\(url.lastPathComponent): \(a.sentence.text)")
      }
      let taken = origins.compactMap { $0 }.count
      #expect(taken > fresh.sentences.count / 2, "\(url.lastPathComponent)")
      #expect(taken < fresh.sentences.count, "\(url.lastPathComponent)")
    }
  }
}
