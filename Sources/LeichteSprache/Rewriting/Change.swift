/// Where a rewrite comes from: a lexicon entry, or a grammatical pattern of a rule.
public enum Evidence: Hashable, Sendable, Codable, CustomStringConvertible {
  case lexicon(Provenance)
  case pattern(String)

  public var description: String {
    switch self {
    case .lexicon(let provenance): provenance.description
    case .pattern(let pattern): pattern
    }
  }
}

/// Rules that can say where an edit's knowledge comes from (a lexicon line, a pattern).
public protocol EvidenceProviding {
  func evidence(for finding: Finding, in context: Context) -> Evidence?
}

/// One entry of the audit trail: a rewrite that was applied or skipped.
public struct Change: Hashable, Sendable, Codable {
  public enum Status: String, Hashable, Sendable, Codable {
    case applied
    /// Another edit of the same pass covered part of this range; see `Simplifier` for the order.
    case skippedOverlap = "skipped_overlap"
    /// Applied, the edit lost a fact or made one up next to it; taken back (see `Simplifier`).
    case skippedFact = "skipped_fact"
  }

  /// The pass (1…) in which the rule proposed the edit.
  public let pass: Int
  public let rule: RuleID
  /// The range in the original input that the edit stems from.
  public let range: TextRange
  /// The text the edit replaced (in that pass's text) and what it wrote.
  public let before: String
  public let after: String
  /// The finding's message: why the change helps, in German.
  public let reason: String
  public let evidence: Evidence?
  public let status: Status

  /// The same change with another status.
  public func with(status: Status) -> Change {
    Change(
      pass: pass, rule: rule, range: range, before: before, after: after, reason: reason,
      evidence: evidence, status: status)
  }

  public init(
    pass: Int, rule: RuleID, range: TextRange, before: String, after: String, reason: String,
    evidence: Evidence?, status: Status
  ) {
    self.pass = pass
    self.rule = rule
    self.range = range
    self.before = before
    self.after = after
    self.reason = reason
    self.evidence = evidence
    self.status = status
  }
}
