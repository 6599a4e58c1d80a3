import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// The repository's lexicon, loaded once for all segmentation tests.
let testLexicon: Lexicon = {
  do {
    return try Lexicon.load(from: Paths.lexicons, parts: .abbreviations)
  } catch {
    fatalError("Lexicons/ cannot be loaded: \(error)")
  }
}()
let testSegmenter = Segmenter(lexicon: testLexicon)

private let sharedAbsent = "../shared fehlt: Goldstandard-Tests übersprungen"

private func goldCases() -> [SegmentationCase] {
  guard let url = Paths.shared("eval/segmentation_cases.tsv") else { return [] }
  return (try? SegmentationGold.cases(tsv: url)) ?? []
}

@Suite("Segmentation gold standards")
struct SegmentationGoldTests {
  /// Every case of `eval/segmentation_cases.tsv` must come out exactly right.
  @Test(.enabled(if: Paths.shared != nil, Comment(rawValue: sharedAbsent)), arguments: goldCases())
  func administrativeCase(_ gold: SegmentationCase) {
    let document = testSegmenter.segment(gold.text)
    let predicted = SegmentationGold.boundaries(of: document)
    let sentences = document.sentences.map { String(document[$0.range]) }
    #expect(predicted == gold.boundaries, "\(gold.id): \(sentences)")
  }

  @Test(.enabled(if: Paths.shared != nil, Comment(rawValue: sharedAbsent)))
  func administrativeCasesAggregate() throws {
    let cases = try SegmentationGold.cases(
      tsv: #require(Paths.shared("eval/segmentation_cases.tsv")))
    let score = SegmentationGold.score(cases, segmenter: testSegmenter)
    #expect(cases.count >= 90)
    #expect(score.exactRate >= 0.95)
    #expect(score.f1 >= 0.98)
  }

  /// UD German PUD: running news and Wikipedia text.
  @Test(.enabled(if: Paths.shared != nil, Comment(rawValue: sharedAbsent)))
  func universalDependenciesPUD() throws {
    let url = try #require(Paths.shared("data/ud-german/segmentation_pud_test.jsonl"))
    let score = SegmentationGold.score(
      try SegmentationGold.cases(jsonl: url), segmenter: testSegmenter)
    #expect(score.f1 >= 0.98, "PUD F1 \(score.f1), misses \(score.misses)")
  }

  /// UD German GSD: 96 of its 781 gold boundaries follow no sentence-final punctuation at all
  /// (headlines and bylines joined to the next sentence), which caps recall for any
  /// punctuation-based segmenter near 0.88. The test guards precision and the reached recall.
  @Test(.enabled(if: Paths.shared != nil, Comment(rawValue: sharedAbsent)))
  func universalDependenciesGSD() throws {
    let url = try #require(Paths.shared("data/ud-german/segmentation_gsd_test.jsonl"))
    let score = SegmentationGold.score(
      try SegmentationGold.cases(jsonl: url), segmenter: testSegmenter)
    #expect(score.precision >= 0.99, "GSD precision \(score.precision)")
    #expect(score.recall >= 0.87, "GSD recall \(score.recall)")
  }
}
