/// The public façade: one value that segments, checks, simplifies and scores with one lexicon and
/// one profile. `Sendable`, so batch runs share one engine across tasks.
public struct Engine: Sendable {
  public let lexicon: Lexicon
  public let profile: Profile
  public let segmenter: Segmenter
  public let analyzer: Analyzer
  /// The enabled rules of the profile, in catalogue order (the rewrite order).
  public let rules: [any Rule]
  /// Compound splits of word forms, shared by every draft of this engine.
  let words = WordMemo()

  /// Lexicon parts the engine uses; load them all for `draft`.
  public static let lexiconParts: Lexicon.Parts = .all

  public init(lexicon: Lexicon, ruleData: RuleData, profile: Profile = .default) {
    self.lexicon = lexicon
    self.profile = profile
    segmenter = Segmenter(lexicon: lexicon)
    analyzer = Analyzer(lexicon: lexicon, ruleData: ruleData)
    rules = RuleCatalog.all.filter { profile.isEnabled($0.id) }
  }

  public var simplifier: Simplifier {
    Simplifier(
      segmenter: segmenter, analyzer: analyzer, profile: profile, rules: rules, words: words)
  }

  /// The Leichte-Sprache draft of `text`: the simplification with its audit trail and fact
  /// check, and the readability of input and output.
  public func draft(_ text: String) -> Draft {
    let simplification = simplifier.simplify(text)
    var scorer = ReadabilityScorer(lexicon: lexicon)
    let before = scorer.score(simplification.input)
    let after = scorer.score(simplification.output)
    return Draft(
      simplification: simplification, before: before, after: after, options: profile.simplify)
  }
}
