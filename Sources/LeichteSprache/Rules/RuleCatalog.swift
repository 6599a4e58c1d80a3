/// The registry of all rules, in order. The order is the report order and, later, the rewrite
/// order: sentence structure first (length, clauses, grammar), then words, numbers and
/// characters, then the text level (paragraphs, headings, letters).
public enum RuleCatalog {
  public static let all: [any Rule] = [
    SentenceLengthRule(),
    SubordinateClauseRule(),
    CoordinatedClauseRule(),
    PassiveVoiceRule(),
    GenitiveRule(),
    SubjunctiveRule(),
    NegationRule(),
    PastTenseRule(),
    FutureTenseRule(),
    ImpersonalRule(),
    QuestionRule(),
    EnumerationRule(),
    AbbreviationRule(),
    LongWordRule(),
    ForeignWordRule(),
    NominalStyleRule(),
    FunctionVerbRule(),
    CrossReferenceRule(),
    GenderCharacterRule(),
    NumberWordRule(),
    LargeNumberRule(),
    PercentRule(),
    DateFormatRule(),
    TimeFormatRule(),
    DashRangeRule(),
    CurrencySignRule(),
    PhoneFormatRule(),
    RomanNumeralRule(),
    LegalCitationRule(),
    SpecialCharacterRule(),
    BracketRule(),
    SemicolonRule(),
    AddressInTextRule(),
    ParagraphLengthRule(),
    MissingHeadingRule(),
    PersonalAddressRule(),
  ]

  /// The rule with an id.
  public static func rule(_ id: RuleID) -> (any Rule)? { all.first { $0.id == id } }
}

/// Runs the enabled rules of a profile over documents.
public struct RuleChecker: Sendable {
  public let analyzer: Analyzer
  public let profile: Profile
  public let rules: [any Rule]

  public init(analyzer: Analyzer, profile: Profile = .default, rules: [any Rule] = RuleCatalog.all) {
    self.analyzer = analyzer
    self.profile = profile
    self.rules = rules.filter { profile.isEnabled($0.id) }
  }

  /// All findings, ordered by position, then by catalogue order; severities as the profile says.
  public func check(_ document: Document) -> [Finding] {
    check(analyzer.analyze(document))
  }

  public func check(_ document: AnalyzedDocument) -> [Finding] {
    let context = Context(document: document, analyzer: analyzer, profile: profile)
    var findings: [(Int, Finding)] = []
    for (order, rule) in rules.enumerated() {
      for var finding in rule.check(document, in: context) {
        finding.severity = profile.severity(of: finding)
        findings.append((order, finding))
      }
    }
    findings.sort { a, b in
      a.1.range.start != b.1.range.start ? a.1.range.start < b.1.range.start
        : a.0 != b.0 ? a.0 < b.0 : a.1.range.end < b.1.range.end
    }
    return findings.map(\.1)
  }
}
