/// Detectors for the grammatical constructions the core rules report. Each returns token spans
/// of one analysed sentence; the rules turn them into findings and the benchmarks score them.
public enum Constructions {
  /// A passive or passive substitute: the auxiliary and the participle or infinitive.
  public struct Passive: Hashable, Sendable {
    public enum Kind: String, Sendable { case werden, sein, lassen }
    public let kind: Kind
    public let first: Int
    public let last: Int
  }

  /// `werden` + participle II in one clause (`wird geprüft`, `geprüft worden ist`); `ist … zu`
  /// + infinitive; `lässt sich` + infinitive.
  public static func passives(in s: AnalyzedSentence) -> [Passive] {
    var result: [Passive] = []
    let traits = s.traits
    for i in traits.indices where traits[i].contains(.werdenForm) {
      let group = groupTokens(s, containing: i)
      var best: Int? = nil
      for j in group where j != i && isVerbalParticiple(traits, j) {
        if j + 1 < traits.count,
          traits[j + 1].contains(.seinForm) || traits[j + 1].contains(.habenForm),
          traits[j + 1].contains(.infinitive), !traits[i].contains(.worden)
        {
          continue  // wird gekommen sein: future perfect, not passive
        }
        if best == nil || abs(j - i) < abs(best! - i) { best = j }
      }
      if let best {
        result.append(Passive(kind: .werden, first: min(i, best), last: max(i, best)))
      } else if traits[i].contains(.worden) {
        result.append(Passive(kind: .werden, first: i, last: i))
      }
    }
    for i in traits.indices where traits[i].contains(.seinForm) && traits[i].contains(.finiteVerb) {
      let group = groupTokens(s, containing: i)
      if let j = group.first(where: { $0 > i && isZuInfinitive(traits, $0) }) {
        result.append(Passive(kind: .sein, first: i, last: j))
      }
    }
    for i in traits.indices where traits[i].contains(.lassenForm) {
      guard i + 1 < traits.count,
        traits[i + 1].contains(.reflexive)
          || (i + 2 < traits.count && traits[i + 2].contains(.reflexive))
      else { continue }
      let group = groupTokens(s, containing: i)
      if let j = group.last(where: { $0 > i + 1 && traits[$0].contains(.infinitive) }) {
        result.append(Passive(kind: .lassen, first: i, last: j))
      }
    }
    return result.filter { match in
      !result.contains {
        $0 != match && $0.first <= match.first && $0.last >= match.last
          && ($0.first, $0.last) != (match.first, match.last)
      }
    }
  }

  static func isVerbalParticiple(_ traits: [WordTraits], _ j: Int) -> Bool {
    let t = traits[j]
    return t.contains(.participle) && t.contains(.word) && !t.contains(.capitalized)
      && !t.contains(.werdenForm) && !t.contains(.seinForm) && !t.contains(.habenForm)
  }

  static func isZuInfinitive(_ traits: [WordTraits], _ j: Int) -> Bool {
    if traits[j].contains(.zuInfinitive) { return true }
    return traits[j].contains(.infinitive) && j > 0 && traits[j - 1].contains(.zu)
  }

  /// Token indices of all clause fragments in the group of the clause containing `i`.
  static func groupTokens(_ s: AnalyzedSentence, containing i: Int) -> [Int] {
    guard let clause = s.clause(containing: i) else { return [] }
    return s.clauses.filter { $0.group == clause.group }.flatMap { Array($0.tokens) }
  }

  /// Genitive phrases: `des …`, `eines … -s`, noun + `der …` (feminine and plural), genitive
  /// prepositions, `dessen`/`deren`, and the Saxon genitive (`Deutschlands Norden`).
  public static func genitives(in s: AnalyzedSentence) -> [ClosedRange<Int>] {
    let traits = s.traits
    let tokens = s.tokens
    var result: [ClosedRange<Int>] = []
    var i = 0
    while i < traits.count {
      let t = traits[i]
      var match: ClosedRange<Int>? = nil
      if t.contains(.word) {
        let previousIsNoun = i > 0 && s.isNounLike(i - 1)
        let afterGenitivePreposition = i > 0 && traits[i - 1].contains(.genitivePreposition)
        if t.contains(.genitiveArticle) {
          match = i...(headNoun(s, after: i) ?? i)
        } else if t.contains(.genitivePronoun),
          !t.contains(.sentenceInitial) || i + 1 < traits.count
        {
          match = i...i
        } else if t.contains(.esDeterminer), let noun = headNoun(s, after: i),
          tokens[noun].text.hasSuffix("s")
        {
          match = i...noun
        } else if t.contains(.erDeterminer), !t.contains(.sentenceInitial),
          previousIsNoun || afterGenitivePreposition, let noun = headNoun(s, after: i)
        {
          match = (afterGenitivePreposition ? i - 1 : i)...noun
        } else if t.contains(.genitivePreposition), i + 1 < traits.count,
          !traits[i + 1].isDisjoint(with: [.esDeterminer, .erDeterminer, .genitiveArticle])
        {
          if let noun = headNoun(s, after: i + 1) { match = i...noun }
        } else if isSaxonGenitive(s, i) {
          match = i...(i + 1)
        }
      }
      if let found = match {
        result.append(found)
        i = found.upperBound + 1
      } else {
        i += 1
      }
    }
    return result
  }

  /// The noun a determiner at `i` introduces: the first noun-like word within four tokens,
  /// crossing only lower-case words (adjectives) and numbers.
  static func headNoun(_ s: AnalyzedSentence, after i: Int) -> Int? {
    var j = i + 1
    while j < s.traits.count && j <= i + 4 {
      let t = s.traits[j]
      if s.isNounLike(j) { return j }
      let kind = s.tokens[j].kind
      guard
        (t.contains(.word) && !t.contains(.capitalized) && t.isDisjoint(with: .anyFinite)
          && !t.contains(.preposition) && !t.contains(.definiteArticle)) || kind == .number
          || kind == .ordinal
      else { return nil }
      j += 1
    }
    return nil
  }

  static func isSaxonGenitive(_ s: AnalyzedSentence, _ i: Int) -> Bool {
    let t = s.traits[i]
    let text = s.tokens[i].text
    guard t.contains(.capitalized), t.contains(.noun), text.hasSuffix("s"), !text.hasSuffix("ss"),
      i + 1 < s.traits.count,
      s.isNounLike(i + 1)
        || (s.traits[i + 1].contains(.word) && !s.traits[i + 1].contains(.capitalized)
          && i + 2 < s.traits.count && s.isNounLike(i + 2)
          && s.traits[i + 1].isDisjoint(with: [
            .anyFinite, .preposition, .coordinator, .negation, .zu, .subordinator,
          ])),
      let lemma = s.lemmas[i], lemma.count + 1 == text.count, text.hasPrefix(lemma)
    else { return false }
    if i > 0 {
      let p = s.traits[i - 1]
      if !p.isDisjoint(with: [
        .definiteArticle, .indefiniteArticle, .determiner, .preposition, .numberWord,
      ])
        || s.tokens[i - 1].kind == .number
        || (p.contains(.word) && !p.contains(.capitalized) && p.isDisjoint(with: .anyFinite)
          && p.isDisjoint(with: [.coordinator, .subordinator, .personalPronoun, .negation]))
      {
        return false
      }
    }
    return true
  }

  /// A Konjunktiv form: index and whether it is `möchte` (allowed by the Hildesheim rules).
  public struct Subjunctive: Hashable, Sendable {
    public let index: Int
    public let isMoechte: Bool
    public let isKonjunktivI: Bool
  }

  /// Konjunktiv I and II forms. Forms like `habe`, `komme` count only in a clause without `ich`.
  public static func subjunctives(in s: AnalyzedSentence) -> [Subjunctive] {
    let traits = s.traits
    var result: [Subjunctive] = []
    for i in traits.indices {
      let t = traits[i]
      guard t.contains(.word),
        !t.isDisjoint(with: [.subjunctiveI, .subjunctiveII, .subjunctiveICandidate])
      else { continue }
      if t.contains(.subjunctiveII) {
        result.append(Subjunctive(index: i, isMoechte: t.contains(.moechte), isKonjunktivI: false))
      } else if t.contains(.subjunctiveI) {
        result.append(Subjunctive(index: i, isMoechte: false, isKonjunktivI: true))
      } else if !t.contains(.sentenceInitial), !t.contains(.capitalized) {
        let clause = s.clause(containing: i)
        let hasIch =
          clause.map { $0.tokens.contains { traits[$0].contains(.firstPersonSingular) } } ?? false
        if !hasIch && !isQuestion(s) {
          result.append(Subjunctive(index: i, isMoechte: false, isKonjunktivI: true))
        }
      }
    }
    return result
  }

  static func isQuestion(_ s: AnalyzedSentence) -> Bool {
    s.tokens.last?.text == "?"
  }

  /// Negation words; `weder … noch` counts once, `nicht nur` (… sondern auch) not at all.
  public static func negations(in s: AnalyzedSentence) -> [Int] {
    var result: [Int] = []
    for i in s.traits.indices where s.traits[i].contains(.negation) {
      if i + 1 < s.tokens.count, s.tokens[i + 1].text == "nur" || s.tokens[i + 1].text == "zuletzt"
      {
        continue
      }
      result.append(i)
    }
    return result
  }
}
