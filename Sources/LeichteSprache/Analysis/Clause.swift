/// One clause of a sentence, found from punctuation, subordinators, relative pronouns and verb
/// position. Reused by the rules (subordinate clauses, passive, negation) and by sentence
/// splitting.
public struct Clause: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A main clause (or a fragment of one around an embedded clause).
    case main
    /// Introduced by a subordinator or an interrogative, verb-final: `weil …`, `ob …`.
    case subordinate
    /// Introduced by a relative pronoun after a comma, verb-final: `…, der … wohnt`.
    case relative
    /// An infinitive clause: `um … zu …`, `…, den Antrag zu stellen`.
    case infinitive
    /// A main clause joined by `und`, `oder`, `aber`, … with its own finite verb.
    case coordinated
  }

  public let kind: Kind
  /// Token indices of the clause (without the punctuation around it).
  public let tokens: Range<Int>
  /// Text range of the clause.
  public let range: TextRange
  /// The subordinator, relative pronoun, `um`/`zu` or coordinator that introduces the clause.
  public let introducer: Int?
  /// The finite verb: first in a main clause, last in a verb-final clause.
  public let finiteVerb: Int?
  /// Fragments of one main clause interrupted by an embedded clause share a group.
  public let group: Int

  public var isSubordinate: Bool { kind == .subordinate || kind == .relative }
}

/// Splits a sentence into clauses.
enum ClauseSplitter {
  static func clauses(tokens: [Token], traits: [WordTraits]) -> [Clause] {
    var segments: [(start: Int, end: Int, afterBreak: Bool, coordinator: Int?)] = []
    var start = 0
    var afterBreak = true
    for i in 0...tokens.count {
      if i == tokens.count || traits[i].contains(.clauseBreak) {
        if i > start { segments.append((start, i, afterBreak, nil)) }
        start = i + 1
        afterBreak = true
      }
    }
    // Further cuts inside a segment: before a subordinator that is not its first word, and at a
    // coordinator with a finite verb on both sides.
    var refined: [(start: Int, end: Int, afterBreak: Bool, coordinator: Int?)] = []
    for segment in segments {
      var begin = segment.start
      var breakBefore = segment.afterBreak
      var coordinator: Int? = nil
      var hasFinite = false
      var i = segment.start
      while i < segment.end {
        let t = traits[i]
        if i > begin, t.contains(.subordinator), !t.contains(.ambiguousSubordinator),
          t.contains(.word), !t.contains(.capitalized) || t.contains(.sentenceInitial),
          !isElliptic(i, tokens)
        {
          refined.append((begin, i, breakBefore, coordinator))
          begin = i
          breakBefore = true
          coordinator = nil
          hasFinite = false
        } else if i > begin, hasFinite, t.contains(.coordinator),
          (i + 1..<segment.end).contains(where: {
            traits[$0].contains(.finiteVerb) && traits[$0].contains(.word)
              && !traits[$0].contains(.capitalized)
              && (!traits[$0].contains(.infinitive)
                || $0 + 1 < segment.end && traits[$0 + 1].contains(.word))
              // A participle before `werden`/`worden` ends a verb cluster (`kann ganz oder
              // teilweise versagt werden`): no finite verb of a second clause.
              && !(traits[$0].contains(.participle) && $0 + 1 < segment.end
                && !traits[$0 + 1].isDisjoint(with: [.infinitive, .worden]))
          })
        {
          refined.append((begin, i, breakBefore, coordinator))
          begin = i + 1
          breakBefore = false
          coordinator = i
          hasFinite = false
        } else if t.contains(.finiteVerb) || !t.isDisjoint(with: WordTraits.anyFinite) {
          hasFinite = true
        }
        i += 1
      }
      if begin < segment.end { refined.append((begin, segment.end, breakBefore, coordinator)) }
    }
    var result: [Clause] = []
    var mainGroup = 0
    var nextGroup = 1
    for segment in refined {
      var (kind, introducer) = classify(segment.start, segment.end, segment.afterBreak, traits)
      if kind == .subordinate, let word = introducer, isElliptic(word, tokens) {
        (kind, introducer) = (.main, nil)
      }
      var finalKind = kind
      if kind == .main, segment.coordinator != nil {
        finalKind = .coordinated
      }
      let finite = finiteVerb(finalKind, segment.start, segment.end, traits)
      let group: Int
      switch finalKind {
      case .main: group = mainGroup
      case .coordinated:
        mainGroup = nextGroup
        nextGroup += 1
        group = mainGroup
      default:
        group = nextGroup
        nextGroup += 1
      }
      result.append(
        Clause(
          kind: finalKind, tokens: segment.start..<segment.end,
          range: TextRange(tokens[segment.start].range.start, tokens[segment.end - 1].range.end),
          introducer: introducer ?? segment.coordinator, finiteVerb: finite, group: group))
    }
    return result
  }

  /// Words after `wenn`/`falls` that make an elliptic adverb, not a clause: `wenn nötig` (our
  /// rewrite of `ggf.`), `falls möglich`, `wenn ja`.
  static let ellipticWords: Set<String> = [
    "nötig", "möglich", "ja", "nein", "erforderlich", "notwendig", "vorhanden", "zutreffend",
  ]

  static func isElliptic(_ i: Int, _ tokens: [Token]) -> Bool {
    guard i + 1 < tokens.count, ["wenn", "Wenn", "falls", "Falls"].contains(tokens[i].text),
      ellipticWords.contains(tokens[i + 1].text)
    else { return false }
    // `wenn nötig ist, …` would be a clause after all: the word after the adjective is no verb.
    return i + 2 >= tokens.count || tokens[i + 2].kind != .word
      || !["ist", "sind", "wird", "werden", "war"].contains(tokens[i + 2].text)
  }

  /// The last word of a segment is a finite verb form: the clause is verb-final.
  static func isVerbFinal(_ start: Int, _ end: Int, _ traits: [WordTraits]) -> Bool {
    var i = end - 1
    while i >= start, !traits[i].contains(.word) { i -= 1 }
    guard i > start else { return false }
    return !traits[i].isDisjoint(with: WordTraits.anyFinite) || traits[i].contains(.infinitive)
  }

  static func classify(_ start: Int, _ end: Int, _ afterBreak: Bool, _ traits: [WordTraits])
    -> (Clause.Kind, Int?)
  {
    var first = start
    while first < end, !traits[first].contains(.word) { first += 1 }
    guard first < end else { return (.main, nil) }
    let t = traits[first]
    let verbFinal = isVerbFinal(first, end, traits)
    if t.contains(.subordinator) {
      if !t.contains(.ambiguousSubordinator) || (afterBreak && verbFinal) {
        return (.subordinate, first)
      }
    }
    if afterBreak, verbFinal,
      first > 0 || !t.contains(.sentenceInitial) || t.contains(.interrogative)
    {
      if t.contains(.interrogative), first > 0 { return (.subordinate, first) }
      var pronoun = first
      if t.contains(.preposition), first + 1 < end { pronoun = first + 1 }
      let p = traits[pronoun]
      if first > 0, p.contains(.genitivePronoun) { return (.relative, first) }
      if first > 0, p.contains(.relativePronoun), pronoun + 1 < end {
        let next = traits[pronoun + 1]
        // `die Stadt …` is an article with its noun; `die in Berlin wohnt` a relative pronoun.
        // After a preposition an article cannot follow the article of a phrase: `in dem die
        // Frist begonnen hat`, `in denen der Anspruch ruht` are relative clauses.
        if !(next.contains(.capitalized) && next.contains(.word) && !next.contains(.politeAddress))
          && (!next.contains(.definiteArticle) || pronoun > first)
        {
          return (.relative, first)
        }
      }
    }
    if hasInfinitiveWithZu(first, end, traits),
      !(first..<end).contains(where: {
        traits[$0].contains(.finiteVerb) && !traits[$0].contains(.infinitive)
      })
    {
      return (.infinitive, first)
    }
    return (.main, nil)
  }

  static func hasInfinitiveWithZu(_ start: Int, _ end: Int, _ traits: [WordTraits]) -> Bool {
    for i in start..<end {
      if traits[i].contains(.zuInfinitive) { return true }
      if traits[i].contains(.zu), i + 1 < end, traits[i + 1].contains(.infinitive) { return true }
    }
    return false
  }

  static func finiteVerb(_ kind: Clause.Kind, _ start: Int, _ end: Int, _ traits: [WordTraits])
    -> Int?
  {
    switch kind {
    case .subordinate, .relative:
      return (start..<end).last { !traits[$0].isDisjoint(with: WordTraits.anyFinite) }
    case .infinitive:
      return nil
    case .main, .coordinated:
      return (start..<end).first {
        !traits[$0].isDisjoint(with: WordTraits.anyFinite) && !traits[$0].contains(.capitalized)
          || (traits[$0].contains(.sentenceInitial) && traits[$0].contains(.finiteVerb))
      }
    }
  }
}
