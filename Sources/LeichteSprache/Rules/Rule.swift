/// The stable identifier of a rule: ASCII kebab-case German (`satz-laenge`, `passiv`).
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// True for ASCII kebab-case: `^[a-z]+(-[a-z]+)*$`.
  public var isWellFormed: Bool {
    let bytes = Array(rawValue.utf8)
    guard let first = bytes.first, let last = bytes.last, first != 0x2D, last != 0x2D else {
      return false
    }
    var previousDash = false
    for byte in bytes {
      if byte == 0x2D {
        if previousDash { return false }
        previousDash = true
      } else if byte >= 0x61 && byte <= 0x7A {
        previousDash = false
      } else {
        return false
      }
    }
    return true
  }
}

/// How serious a finding is. `violation` breaks a binding rule; `warning` very likely makes the
/// text harder; `hint` is worth a look (heuristic, or allowed in some schools).
public enum Severity: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
  case hint, warning, violation

  var rank: Int {
    switch self {
    case .hint: 0
    case .warning: 1
    case .violation: 2
    }
  }
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// German name for summaries.
  public var germanName: String {
    switch self {
    case .hint: "Hinweis"
    case .warning: "Warnung"
    case .violation: "Verstoß"
    }
  }
}

/// One rule of the Leichte-Sprache catalogue: documentation, examples, thresholds and detection
/// in one value. Detection is pure; rewriting is an optional member (`rewrite`, default none).
public protocol Rule: Sendable {
  /// Stable, ASCII kebab-case German: `satz-laenge`, `passiv`.
  var id: RuleID { get }
  /// Editor-facing German title: „Kurze Sätze“.
  var title: String { get }
  /// One short German paragraph: why this helps readers.
  var rationale: String { get }
  /// Which published rule it implements (BITV 2.0, Netzwerk Leichte Sprache, Hildesheim, DIN SPEC 33429).
  var reference: String { get }
  /// The severity of a typical finding (findings may be stricter or milder).
  var severity: Severity { get }
  /// Examples that pass (`.ok`) or are flagged at marked ranges (`.flags`); they are the tests.
  var examples: [Example] { get }
  /// Configurable values of the rule (profile keys).
  var thresholds: [Threshold] { get }
  /// Findings in one sentence.
  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding]
  /// Findings in a whole document; by default the sentence findings of every sentence.
  func check(_ document: AnalyzedDocument, in context: Context) -> [Finding]
  /// True when `check(_ document:in:)` is more than the sentence findings of every sentence in
  /// order (default false). `RuleChecker` calls the document check of such a rule; of every
  /// other rule it calls the sentence check, sentence by sentence, with all rules on one sentence
  /// before the next.
  var checksWholeDocument: Bool { get }
  /// Edits that fix a finding; detect-only rules return none.
  func rewrite(_ finding: Finding, in context: Context) -> [Edit]
  /// An explanation for a finding that stays in the text (a term that must stay, a hard word
  /// that cannot be replaced safely); the simplifier keeps the first one per headword.
  func explain(_ finding: Finding, in context: Context) -> Explanation?
}

extension Rule {
  public var thresholds: [Threshold] { [] }
  public var severity: Severity { .warning }
  public var checksWholeDocument: Bool { false }

  public func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] { [] }

  public func check(_ document: AnalyzedDocument, in context: Context) -> [Finding] {
    var findings: [Finding] = []
    for sentence in document.sentences {
      let found = check(sentence, in: context)
      if found.isEmpty { continue }
      // The first non-empty array is taken over as it is (no element copies).
      if findings.isEmpty { findings = found } else { findings.append(contentsOf: found) }
    }
    return findings
  }

  public func rewrite(_ finding: Finding, in context: Context) -> [Edit] { [] }

  public func explain(_ finding: Finding, in context: Context) -> Explanation? { nil }

  /// A finding of this rule with its default severity.
  func finding(
    _ range: TextRange, _ message: String, severity: Severity? = nil, suggestions: [String] = []
  ) -> Finding {
    Finding(
      rule: id, range: range, message: message, severity: severity ?? self.severity,
      suggestions: suggestions)
  }

  /// A finding of this rule with a message that is rendered when it is read.
  func finding(
    _ range: TextRange, _ message: MessageText, severity: Severity? = nil,
    suggestions: [String] = []
  ) -> Finding {
    Finding(
      rule: id, range: range, text: message, severity: severity ?? self.severity,
      suggestions: suggestions)
  }
}

/// A replacement of one range of the text (used by rewriting rules).
public struct Edit: Hashable, Sendable, Codable {
  public let range: TextRange
  public let replacement: String

  public init(_ range: TextRange, _ replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}
