import Foundation
import LeichteEval

@testable import LeichteSprache

/// The repository lexicon, segmenter and analyzer, loaded once for all rule tests.
enum RuleTestSupport {
  static let lexicon: Lexicon = {
    (try? Lexicon.load(from: Paths.lexicons, parts: .all)) ?? .empty
  }()
  static let analyzer = Analyzer(
    lexicon: lexicon, ruleData: (try? RuleData.load(from: Paths.lexicons)) ?? .empty)
  static let segmenter = Segmenter(lexicon: lexicon)

  /// Findings of one rule on a text.
  static func findings(_ rule: any Rule, _ text: String) -> [Finding] {
    let document = analyzer.analyze(segmenter.segment(text))
    let context = Context(document: document, analyzer: analyzer)
    return rule.check(document, in: context).filter { $0.rule == rule.id }
  }

  /// The profile of the examples: the defaults, in letter mode (the examples are sentences of
  /// letters; `auto` would need a salutation in every example).
  static let letterProfile: Profile = {
    var profile = Profile.default
    profile.simplify.letterMode = .on
    return profile
  }()

  /// A text simplified by one rule alone (passes to the fixpoint, as in `simplify`).
  static func simplified(_ rule: any Rule, _ text: String, profile: Profile = letterProfile)
    -> Simplification
  {
    Simplifier(segmenter: segmenter, analyzer: analyzer, profile: profile, rules: [rule])
      .simplify(text)
  }
}
