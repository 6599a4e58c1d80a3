/// What a rule may read besides the sentence: the document, the word data and the profile.
public struct Context: Sendable {
  public let document: AnalyzedDocument
  public let analyzer: Analyzer
  public let profile: Profile
  /// Values the rules derive from this document once and share between findings.
  public let memo: DocumentMemo
  /// Word analyses shared by all passes of one simplification.
  public let words: WordMemo

  public init(
    document: AnalyzedDocument, analyzer: Analyzer, profile: Profile = .default,
    words: WordMemo = WordMemo()
  ) {
    self.document = document
    self.analyzer = analyzer
    self.profile = profile
    self.memo = DocumentMemo()
    self.words = words
  }

  public var lexicon: Lexicon { analyzer.lexicon }

  /// The value of a threshold under the profile.
  public func value(_ threshold: Threshold) -> Double { profile.value(threshold) }

  /// The text covered by a range.
  public func text(_ range: TextRange) -> Substring { document.document[range] }
}
