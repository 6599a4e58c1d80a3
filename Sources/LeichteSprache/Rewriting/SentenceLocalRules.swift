import Foundation

/// A rule whose `check(_ sentence:in:)` reads nothing but the sentence (its text, tokens,
/// traits, lemmas, clauses, facts and block kind), the lexicon, the rule data and the profile,
/// and whose document check is the default (the sentence findings in text order). Its findings
/// in a sentence that a pass left as it was are the findings of the previous pass, moved with
/// the sentence: the simplifier reuses them instead of checking the sentence again.
///
/// A rule may only be listed here after reading its check path: no `context.document`, no text
/// outside the sentence's range, no sentence index or neighbours. `SentenceLocalRuleTests`
/// checks the default document check on the corpus.
protocol SentenceLocalCheck: Rule {}

extension HardWordRule: SentenceLocalCheck {}
extension ForeignWordRule: SentenceLocalCheck {}
extension LargeNumberRule: SentenceLocalCheck {}
extension NominalStyleRule: SentenceLocalCheck {}
extension FunctionVerbRule: SentenceLocalCheck {}
extension PhoneFormatRule: SentenceLocalCheck {}
extension LongWordRule: SentenceLocalCheck {}

/// The findings of the sentence-local rules in the sentences of one pass, for the next pass.
struct SentenceFindings {
  /// The sentences of the pass.
  let sentences: [AnalyzedSentence]
  /// Per sentence, the findings by rule position in the rule list (sentence-local rules only).
  private var byRule: [[[Finding]?]]

  init(_ sentences: [AnalyzedSentence] = [], rules: Int = 0) {
    self.sentences = sentences
    byRule = Array(repeating: Array(repeating: nil, count: rules), count: sentences.count)
  }

  /// Keeps `findings` of the rule at `order` in sentence `n`.
  mutating func record(_ n: Int, _ order: Int, _ findings: [Finding]) {
    byRule[n][order] = findings
  }

  /// The findings of the rule at `order` in sentence `origin` of the pass, moved onto
  /// `sentence`: the sentence of a later text that took over the analysis of sentence `origin`
  /// (`PassAnalysis`: the same tokens at the same distances). Nil when they were not recorded
  /// or the sentence now stands in another kind of block.
  func earlier(_ origin: Int, for sentence: AnalyzedSentence, _ order: Int) -> [Finding]? {
    let before = sentences[origin]
    guard before.blockKind == sentence.blockKind, let known = byRule[origin][order] else {
      return nil
    }
    return Self.shifted(known, by: sentence.range.start - before.range.start)
  }

  static func sameAnalysis(_ a: AnalyzedSentence, _ b: AnalyzedSentence) -> Bool {
    let shift = a.range.start - b.range.start
    guard a.blockKind == b.blockKind, a.range.length == b.range.length,
      a.tokens.count == b.tokens.count, a.traits == b.traits, a.lemmas == b.lemmas
    else { return false }
    for (x, y) in zip(a.tokens, b.tokens) {
      guard x.kind == y.kind, x.range.start == y.range.start + shift,
        x.range.end == y.range.end + shift, x.text == y.text
      else { return false }
    }
    return true
  }

  static func shifted(_ findings: [Finding], by shift: Int) -> [Finding] {
    guard shift != 0 else { return findings }
    return findings.map {
      Finding(
        rule: $0.rule, range: TextRange($0.range.start + shift, $0.range.end + shift),
        message: $0.message, severity: $0.severity, suggestions: $0.suggestions)
    }
  }
}
