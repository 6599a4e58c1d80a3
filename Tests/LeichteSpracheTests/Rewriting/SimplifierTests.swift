import Foundation
import Testing

@testable import LeichteSprache

/// A test rule: writes `Bescheid` as `Brief` (one edit per word).
private struct ReplaceWordRule: Rule {
  let id: RuleID = "test-ersetzen"
  let title = "Test"
  let rationale = "Nur für Tests."
  let reference = "Test"
  let examples: [Example] = []
  let word: String
  let replacement: String

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.tokens.filter { $0.text == word }.map {
      Finding(
        rule: id, range: $0.range, message: "Schreiben Sie „\(replacement)“.",
        suggestions: [replacement])
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }
}

/// A test rule whose edit overlaps the first rule's edits.
private struct WholeSentenceRule: Rule {
  let id: RuleID = "test-satz"
  let title = "Test"
  let rationale = "Auch nur für Tests."
  let reference = "Test"
  let examples: [Example] = []

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.tokens.contains { $0.text == "Bescheid" }
      ? [
        Finding(
          rule: id, range: sentence.range, message: "Satz ersetzen.", suggestions: ["Ersetzt."])
      ] : []
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    [Edit(finding.range, finding.suggestions[0])]
  }
}

private func simplifier(_ rules: [any Rule]) -> Simplifier {
  Simplifier(
    segmenter: testSegmenter, analyzer: Analyzer(lexicon: testLexicon), profile: .default,
    rules: rules)
}

@Suite("Simplifier engine")
struct SimplifierTests {
  @Test func appliesEditsAndMapsRangesToTheInput() {
    let rules: [any Rule] = [
      ReplaceWordRule(word: "Bewilligungsbescheid", replacement: "Bescheid"),
      ReplaceWordRule(word: "unverzüglich", replacement: "sofort"),
    ]
    let input = "🙂 Der Bewilligungsbescheid kommt. Zahlen Sie unverzüglich."
    let result = simplifier(rules).simplify(input)
    #expect(result.output.text == "🙂 Der Bescheid kommt. Zahlen Sie sofort.")
    let applied = result.changes.filter { $0.status == .applied }
    #expect(applied.count == 2)
    for change in applied {
      #expect(String(result.input[change.range]) == change.before)
    }
  }

  @Test func laterPassesMapThroughEarlierOnes() {
    // Pass 1 shortens a word before the second one; pass 2 rewrites what pass 1 wrote.
    let rules: [any Rule] = [
      ReplaceWordRule(word: "Bewilligungsbescheid", replacement: "Bescheid"),
      ReplaceWordRule(word: "Bescheid", replacement: "Brief"),
    ]
    let result = simplifier(rules).simplify("Ihr langer Bewilligungsbescheid und der Antrag.")
    #expect(result.output.text == "Ihr langer Brief und der Antrag.")
    let second = result.changes.first { $0.pass == 2 }
    #expect(second?.before == "Bescheid")
    #expect(second.map { String(result.input[$0.range]) } == "Bewilligungsbescheid")
    #expect(result.passes == 3)
  }

  @Test func overlappingEditsAreRecordedAsSkipped() {
    let rules: [any Rule] = [
      ReplaceWordRule(word: "Bescheid", replacement: "Brief"), WholeSentenceRule(),
    ]
    let result = simplifier(rules).simplify("Der Bescheid kommt.")
    #expect(result.output.text == "Der Brief kommt.")
    #expect(result.changes.contains { $0.rule == "test-satz" && $0.status == .skippedOverlap })
  }

  @Test func deterministicAndIdempotent() {
    let rules: [any Rule] = [ReplaceWordRule(word: "unverzüglich", replacement: "sofort")]
    let text = "Bitte antworten Sie unverzüglich. Danke."
    let first = simplifier(rules).simplify(text)
    let again = simplifier(rules).simplify(text)
    #expect(first.output == again.output && first.changes == again.changes)
    let twice = simplifier(rules).simplify(first.output.text)
    #expect(twice.output.text == first.output.text)
    #expect(twice.changes.isEmpty)
  }

  @Test func factsAreCheckedAndRemainingFindingsReported() {
    let keep = simplifier([ReplaceWordRule(word: "unverzüglich", replacement: "sofort")])
      .simplify("Zahlen Sie 35,- € bis zum 01.02.2026 unverzüglich.")
    #expect(keep.facts.isComplete)
  }

  @Test func anEditThatLosesOrInventsAFactIsTakenBack() {
    // Losing a date: the edit is taken back, the other edit of the pass stays.
    let lose = simplifier([
      ReplaceWordRule(word: "01.02.2026", replacement: "bald"),
      ReplaceWordRule(word: "unverzüglich", replacement: "sofort"),
    ]).simplify("Zahlen Sie unverzüglich, spätestens am 01.02.2026.")
    #expect(lose.output.text == "Zahlen Sie sofort, spätestens am 01.02.2026.")
    #expect(lose.facts.isComplete)
    // Taken back once, and not tried again in the next pass.
    #expect(
      lose.changes.filter { $0.status == .skippedFact }.map(\.before) == ["01.02.2026"])
    // Making a date up.
    let invent = simplifier([ReplaceWordRule(word: "Sachen", replacement: "Sachen am 3. März 2026")]
    )
    .simplify("Wir prüfen die Sachen.")
    #expect(invent.output.text == "Wir prüfen die Sachen.")
    #expect(invent.changes.map(\.status) == [.skippedFact])
  }

  @Test func lineBreaksInsideFactsAreJoined() {
    let text = "Die Frist gilt bis zum 31.\n   Juli 2016 für alle\nLeute.\n"
    let edits = Simplifier.softWrapsInFacts(testSegmenter.segment(text))
    #expect(edits.map(\.range) == [TextRange(26, 30)] && edits.map(\.replacement) == [" "])
    // A signature line and a word hyphenated at a line end stay as they are.
    for kept in ["Es grüßt Sie i. A.\nPetra Muster", "Die Wirt-\nschaft wächst."] {
      #expect(Simplifier.softWrapsInFacts(testSegmenter.segment(kept)).isEmpty)
    }
    // The join is layout: not in the audit trail, and ranges still point into the input.
    let result = simplifier([ReplaceWordRule(word: "Leute", replacement: "Menschen")]).simplify(
      text)
    #expect(result.output.text == "Die Frist gilt bis zum 31. Juli 2016 für alle\nMenschen.\n")
    #expect(result.changes.map { String(result.input[$0.range]) } == ["Leute"])
    #expect(result.facts.isComplete)
  }

  @Test func offsetMapHandlesInsertionsAndDeletions() {
    let map = OffsetMap(edits: [(TextRange(2, 5), 1), (TextRange(8, 8), 4), (TextRange(10, 12), 0)])
    // old: 0 1 [2 3 4] 5 6 7 | ins | 8 9 [10 11] 12 …
    #expect(map.original(0) == 0)
    #expect(map.original(TextRange(2, 3)) == TextRange(2, 5))
    #expect(map.original(3) == 5)
    #expect(map.original(TextRange(6, 10)) == TextRange(8, 8))
    #expect(map.original(14) == 14)
  }
}
