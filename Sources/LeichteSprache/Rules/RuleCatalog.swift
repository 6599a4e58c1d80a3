/// The registry of all rules, in order. The order is the report order and, later, the rewrite
/// order: sentence structure first (length, clauses, grammar), then words, numbers and
/// characters, then the text level (paragraphs, headings, letters).
public enum RuleCatalog {
  public static let all: [any Rule] = [
    SentenceLengthRule(),
    SubordinateClauseRule(),
    RelativeClauseRule(),
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
    HardWordRule(),
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

  public init(analyzer: Analyzer, profile: Profile = .default, rules: [any Rule] = RuleCatalog.all)
  {
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
    var findings: [Finding] = []
    // Sort keys (start, catalogue order, end, position in `findings`): plain integers, so the
    // sort moves 32-byte values instead of findings with their strings.
    var keys: [(start: Int, order: Int, end: Int, index: Int)] = []
    func add(_ found: [Finding], order: Int) {
      if found.isEmpty { return }
      for k in found.indices {
        keys.append((found[k].range.start, order, found[k].range.end, findings.count + k))
      }
      if findings.isEmpty { findings = found } else { findings.append(contentsOf: found) }
    }
    // Sentence rules run sentence by sentence, all rules on one sentence before the next, so
    // that its tokens stay in the cache. Each rule's findings keep the order of its
    // `check(_ document:in:)`, which is all the sort keeps of the order in `findings`.
    let sentenceRules = rules.indices.filter { !rules[$0].checksWholeDocument }
    for sentence in document.sentences {
      for order in sentenceRules { add(rules[order].check(sentence, in: context), order: order) }
    }
    for order in rules.indices where rules[order].checksWholeDocument {
      add(rules[order].check(document, in: context), order: order)
    }
    if !profile.severities.isEmpty {
      for k in findings.indices { findings[k].severity = profile.severity(of: findings[k]) }
    }
    // Equal keys keep their insertion order (as the former stable sort of the pairs did).
    keys.sort { a, b in
      a.start != b.start
        ? a.start < b.start
        : a.order != b.order
          ? a.order < b.order : a.end != b.end ? a.end < b.end : a.index < b.index
    }
    // Put the findings in key order in place: follow each cycle of the permutation with swaps,
    // which move the findings without copying their strings.
    var source = keys.map(\.index)  // position k receives the finding now at source[k]
    for start in source.indices where source[start] != start {
      var k = start
      while source[k] != start {
        let next = source[k]
        findings.swapAt(k, next)
        source[k] = k
        k = next
      }
      source[k] = k
    }
    return findings
  }
}
