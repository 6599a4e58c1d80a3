/// What a rule may read besides the sentence: the document, the word data and the profile.
public struct Context: Sendable {
  public let document: AnalyzedDocument
  public let analyzer: Analyzer
  public let profile: Profile

  public init(document: AnalyzedDocument, analyzer: Analyzer, profile: Profile = .default) {
    self.document = document
    self.analyzer = analyzer
    self.profile = profile
  }

  public var lexicon: Lexicon { analyzer.lexicon }

  /// The value of a threshold under the profile.
  public func value(_ threshold: Threshold) -> Double { profile.value(threshold) }

  /// The text covered by a range.
  public func text(_ range: TextRange) -> Substring { document.document[range] }
}
