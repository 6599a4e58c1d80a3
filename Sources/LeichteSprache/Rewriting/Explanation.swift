/// A hard word or term that stays in the text and is explained to the reader: on the line after
/// its first use (`Das heißt: …`) and in the *Wörter-Buch* at the end of the draft.
public struct Explanation: Hashable, Sendable, Codable {
  /// The word as it appears in the output (its first use).
  public let term: String
  /// The headword of the Wörter-Buch (the lemma, or the term itself).
  public let headword: String
  /// One or two sentences in Leichte Sprache.
  public let text: String
  public let rule: RuleID
  public let evidence: Evidence?
  /// Where the term is first used, in UTF-16 units of the output document.
  public let range: TextRange

  public init(
    term: String, headword: String, text: String, rule: RuleID, evidence: Evidence?,
    range: TextRange
  ) {
    self.term = term
    self.headword = headword
    self.text = text
    self.rule = rule
    self.evidence = evidence
    self.range = range
  }

  /// The same explanation attached to another place (used when collecting first uses).
  func moved(to range: TextRange, term: String) -> Explanation {
    Explanation(
      term: term, headword: headword, text: text, rule: rule, evidence: evidence, range: range)
  }
}
