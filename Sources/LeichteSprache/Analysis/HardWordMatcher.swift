/// A hard word or expression of `woerter.tsv` found in a sentence, with the replacement that
/// fits the sentence grammatically, if there is one.
struct HardWordMatch: Sendable {
  /// First and last token of the match (more than one token for a `Wendung`).
  let first: Int
  let last: Int
  let range: TextRange
  let entry: HardWords.Entry
  /// The replacement as it is written in this place (inflected, capitalised, joined per the
  /// profile), or nil when no replacement is certain to fit.
  let replacement: String?
}

/// Finds hard words in a sentence and decides whether their replacement keeps the grammar.
///
/// Agreement conditions, per part of speech:
/// - Nouns: the form's case and number (from `nomenformen.tsv`, narrowed by the determiner)
///   must give exactly one form of the replacement, of the same gender in the singular.
/// - Adjectives: the ending (-e, -en, -em, -er, -es) moves to the replacement when the lemma
///   table lists the result and the replacement has no stem change.
/// - Adverbs and prepositions: only the uninflected form.
/// - Verbs: the infinitive (= 1st/3rd person plural), a weak participle or weak -t form listed
///   in the lemma table; separable and multi-word replacements only where the verb stands at
///   the end of its clause, never after `zu` (that needs `anzumelden`).
/// - Multi-word expressions: the whole phrase as in the lexicon; verb phrases only when nothing
///   but a subject pronoun, auxiliary, modal, subordinator or negation precedes them in the
///   clause, so that no object depends on the phrase's own construction.
struct HardWordMatcher {
  let context: Context
  let inflection: WordInflection

  init(context: Context) {
    self.context = context
    self.inflection = WordInflection(analyzer: context.analyzer)
  }

  var hardWords: HardWords { context.lexicon.hardWords }

  /// Every hard word and expression of a sentence, in text order, without overlaps.
  func matches(in sentence: AnalyzedSentence) -> [HardWordMatch] {
    guard hardWords.count > 0 else { return [] }
    var result: [HardWordMatch] = []
    var facts: [Fact]? = nil
    let tokens = sentence.tokens
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .word, var match = match(at: i, in: sentence) else {
        i += 1
        continue
      }
      if match.replacement != nil {
        let known = facts ?? sentence.facts
        facts = known
        if Self.isProtected(match.range, by: known) || Self.namesOffice(match.replacement ?? "") {
          match = HardWordMatch(
            first: match.first, last: match.last, range: match.range, entry: match.entry,
            replacement: nil)
        }
      }
      result.append(match)
      i = match.last + 1
    }
    return result
  }

  /// The hard word or expression that starts at token `i`, if any.
  func match(at i: Int, in sentence: AnalyzedSentence) -> HardWordMatch? {
    // Without hard words (`leichte check` loads none) every lookup below finds nothing.
    guard hardWords.count > 0 else { return nil }
    let tokens = sentence.tokens
    let token = tokens[i]
    if let candidates = hardWords.phrases[token.text.lowercased()] {
      for entry in candidates {
        let last = i + entry.wordCount - 1
        guard last < tokens.count, tokens[last].kind == .word else { continue }
        let range = sentence.range(i, last)
        guard context.text(range).lowercased() == entry.word.lowercased() else { continue }
        return HardWordMatch(
          first: i, last: last, range: range, entry: entry,
          replacement: phraseReplacement(entry, first: i, last: last, in: sentence))
      }
    }
    let traits = sentence.traits[i]
    if let entry = hardWords.entry(forJoined: token.text) {
      // Already split (`Abfall-Gebühren-Satzung`): explained, not replaced.
      return HardWordMatch(first: i, last: i, range: token.range, entry: entry, replacement: nil)
    }
    guard let entry = hardWords.entry(for: token.text), entry.wordCount == 1 else { return nil }
    let capitalised = traits.contains(.capitalized)
    let initial = traits.contains(.sentenceInitial)
    // A capitalised word in the middle of a sentence is a noun: `Stunden` (hours) is not the
    // verb `stunden` (to defer a payment). At a sentence start, a noun lemma decides.
    if entry.partOfSpeech != "Nomen", capitalised {
      if !initial { return nil }
      if let lemma = context.lexicon.lemmas[token.text], lemma.first?.isUppercase == true {
        return nil
      }
    }
    // The replacement keeps the case of the word it replaces (capital at a sentence start).
    var replacement: String? = nil
    switch entry.partOfSpeech {
    case "Nomen":
      guard capitalised else { return nil }
      // A preposition after the noun may belong to it (`Auswirkungen auf`, but `Folgen für`):
      // the replacement might need another one, so the word is explained instead.
      // A separable particle at the clause end (`Legen Sie die Ablichtungen bei.`) is none.
      let governsPreposition =
        i + 2 < tokens.count && sentence.traits[i + 1].contains(.preposition)
        && !sentence.traits[i + 1].contains(.zu) && tokens[i + 2].kind != .punctuation
      replacement = governsPreposition ? nil : nounReplacement(entry, at: i, in: sentence)
    case "Verb":
      if !capitalised || initial {
        replacement = verbReplacement(entry, at: i, in: sentence).map {
          capitalised ? Self.capitalise($0) : $0
        }
      }
    case "Adjektiv":
      replacement =
        entry.replacement.isEmpty || entry.replacement.contains(" ")
        ? nil
        : inflection.adjective(token.text, lemma: entry.word, replacement: entry.replacement)
          .map { capitalised ? Self.capitalise($0) : $0 }
    default:
      // Adverbs and prepositions do not inflect: only the lemma itself is replaced.
      if !entry.replacement.isEmpty, token.text.lowercased() == entry.word.lowercased() {
        replacement = capitalised ? Self.capitalise(entry.replacement) : entry.replacement
      }
    }
    return HardWordMatch(
      first: i, last: i, range: token.range, entry: entry, replacement: replacement)
  }

  // MARK: Nouns

  func nounReplacement(_ entry: HardWords.Entry, at i: Int, in sentence: AnalyzedSentence)
    -> String?
  {
    let replacement = entry.replacement
    guard !replacement.isEmpty, !replacement.contains(" "),
      let hard = context.lexicon.nounForms.entry(entry.word)
    else { return nil }
    var parts = replacement.split(separator: "-").map(String.init)
    guard let head = parts.last, let target = context.lexicon.nounForms.entry(head),
      let form = NounAgreement.replacementForm(
        for: sentence.tokens[i].text, hard: hard, replacement: target, at: i, in: sentence)
    else { return nil }
    parts[parts.count - 1] = form
    return Self.joined(parts, context.profile.simplify.joiner)
  }

  /// Parts of a compound written with the profile's joiner.
  static func joined(_ parts: [String], _ joiner: SimplifyOptions.Joiner) -> String {
    switch joiner {
    case .hyphen: return parts.joined(separator: "-")
    case .mediopunkt:
      return parts.enumerated().map { index, part in
        index == 0 ? part : part.prefix(1).lowercased() + part.dropFirst()
      }.joined(separator: "·")
    }
  }

  // MARK: Verbs

  func verbReplacement(_ entry: HardWords.Entry, at i: Int, in sentence: AnalyzedSentence)
    -> String?
  {
    let replacement = entry.replacement
    let lemma = entry.word
    guard !replacement.isEmpty,
      let lastWord = replacement.split(separator: " ").last.map(String.init),
      context.analyzer.entry(lastWord).traits.contains(.infinitive)
    else { return nil }
    let form = sentence.tokens[i].text.lowercased()
    let simple = !replacement.contains(" ") && inflection.particle(replacement) == nil
    let summary = sentence.summary.traits
    let afterZu = i > 0 && sentence.tokens[i - 1].text.lowercased() == "zu"
    if form == lemma {
      // An inseparable strong verb's participle equals its infinitive (`belassen`): with an
      // auxiliary in the sentence the form may be a participle, which the replacement is not.
      if WordInflection.hasInseparablePrefix(lemma), !inflection.isWeak(lemma),
        !summary.isDisjoint(with: [.habenForm, .seinForm, .werdenForm])
      {
        return nil
      }
      if simple { return replacement }
      guard !afterZu, verbFinal(i, in: sentence) else { return nil }
      return replacement
    }
    if let hardParticle = inflection.particle(lemma),
      form == hardParticle + "zu" + lemma.dropFirst(hardParticle.count)
    {
      return inflection.zuInfinitive(replacement)
    }
    var results: Set<String> = []
    var readings = 0
    if inflection.weakParticiple(lemma) == form {
      readings += 1
      // Perfect tense with haben or sein: the replacement might take the other auxiliary.
      let auxiliaryFree =
        summary.contains(.werdenForm) || summary.isDisjoint(with: [.habenForm, .seinForm])
      guard auxiliaryFree, let participle = inflection.weakParticiple(replacement) else {
        return nil
      }
      results.insert(participle)
    }
    if inflection.weakPresentT(lemma) == form {
      readings += 1
      guard simple, let present = inflection.weakPresentT(replacement) else { return nil }
      results.insert(present)
    }
    return readings > 0 && results.count == 1 ? results.first : nil
  }

  /// True when token `i` stands where a German verb is written in one piece: in a verb-final
  /// clause, or after the finite verb of a main clause (an infinitive).
  func verbFinal(_ i: Int, in sentence: AnalyzedSentence) -> Bool {
    guard let clause = sentence.clause(containing: i) else { return false }
    switch clause.kind {
    case .subordinate, .relative, .infinitive: return true
    case .main, .coordinated:
      guard let finite = clause.finiteVerb, finite < i else { return false }
      return true
    }
  }

  // MARK: Expressions

  static let subjectPronouns: Set<String> = [
    "ich", "du", "er", "sie", "es", "wir", "ihr", "man",
  ]

  func phraseReplacement(
    _ entry: HardWords.Entry, first: Int, last: Int, in sentence: AnalyzedSentence
  ) -> String? {
    let replacement = entry.replacement
    guard !replacement.isEmpty else { return nil }
    let initial = sentence.traits[first].isSuperset(of: [.sentenceInitial, .capitalized])
    let lastWord = String(entry.word.split(separator: " ").last ?? "")
    let verbal =
      lastWord.first?.isLowercase == true
      && context.analyzer.entry(lastWord).traits.contains(.infinitive)
    if verbal {
      let tokens = sentence.tokens
      guard last + 1 == tokens.count || tokens[last + 1].kind == .punctuation,
        let clause = sentence.clause(containing: first)
      else { return nil }
      var hasAuxiliary = clause.kind != .main && clause.kind != .coordinated
      for k in clause.tokens.lowerBound..<first {
        let t = sentence.traits[k]
        let word = tokens[k].text
        if !t.isDisjoint(with: [.modalVerb, .werdenForm, .habenForm, .seinForm]) {
          hasAuxiliary = true
          continue
        }
        if Self.subjectPronouns.contains(word.lowercased()) || word == "Sie"
          || !t.isDisjoint(with: [.subordinator, .coordinator, .negation])
        {
          continue
        }
        return nil
      }
      guard hasAuxiliary else { return nil }
    }
    return initial ? Self.capitalise(replacement) : replacement
  }

  /// Facts the draft must keep as written: names of persons and offices, law citations
  /// (`§ 3 des Kommunalabgabengesetzes`), labelled numbers, addresses. Dates, amounts and
  /// deadlines are compared by value, so words around them may change.
  static let writtenFacts: Set<Fact.Kind> = [
    .person, .office, .law, .reference, .url, .email, .iban, .phone,
  ]

  /// True for a replacement that reads as the name of an office (`Bürger-Amt`): it would add an
  /// office to the facts of the draft that the original does not name.
  static func namesOffice(_ replacement: String) -> Bool {
    let lower = replacement.lowercased()
    return FactVocabulary.officeHeads.contains(replacement)
      || FactVocabulary.officeEndings.contains { lower.hasSuffix($0) }
  }

  /// True when `range` is part of a fact that must stay as written.
  static func isProtected(_ range: TextRange, by facts: [Fact]) -> Bool {
    facts.contains { writtenFacts.contains($0.kind) && $0.range.overlaps(range) }
  }

  static func capitalise(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst()
  }
}

/// How many entries of `woerter.tsv` the hard-word rule can replace and how many it can only
/// explain, by part of speech (for the `words` benchmark).
public enum HardWordCoverage {
  public struct Row: Hashable, Sendable {
    public let partOfSpeech: String
    public var entries = 0
    /// A replacement that the rule can inflect in every form the data lists.
    public var replaceable = 0
    /// Nouns whose replacement differs in gender: replaced in the plural only.
    public var pluralOnly = 0
    /// No usable replacement, but an explanation.
    public var explained = 0
    /// Neither.
    public var none = 0

    public init(partOfSpeech: String) { self.partOfSpeech = partOfSpeech }
  }

  public static func rows(_ analyzer: Analyzer) -> [Row] {
    let lexicon = analyzer.lexicon
    let inflection = WordInflection(analyzer: analyzer)
    var rows: [String: Row] = [:]
    for entry in lexicon.hardWords.entries.values {
      var row = rows[entry.partOfSpeech] ?? Row(partOfSpeech: entry.partOfSpeech)
      row.entries += 1
      let replacement = entry.replacement
      var usable = !replacement.isEmpty
      var plural = false
      switch entry.partOfSpeech {
      case "Nomen":
        let head = replacement.split(separator: "-").last.map(String.init) ?? ""
        if let hard = lexicon.nounForms.entry(entry.word), !replacement.contains(" "),
          let target = lexicon.nounForms.entry(head)
        {
          if hard.gender != target.gender {
            usable = false
            plural =
              !hard.forms(Cell(.nominative, .plural)).isEmpty
              && !target.forms(Cell(.nominative, .plural)).isEmpty
          }
        } else {
          usable = false
        }
      case "Verb":
        let last = replacement.split(separator: " ").last.map(String.init) ?? ""
        usable = usable && analyzer.entry(last).traits.contains(.infinitive)
      case "Adjektiv":
        usable =
          usable && !replacement.contains(" ")
          && inflection.adjective(entry.word + "en", lemma: entry.word, replacement: replacement)
            != nil
      default:
        break
      }
      if usable {
        row.replaceable += 1
      } else if plural {
        row.pluralOnly += 1
      } else if !entry.explanation.isEmpty {
        row.explained += 1
      } else {
        row.none += 1
      }
      rows[entry.partOfSpeech] = row
    }
    return rows.values.sorted { $0.partOfSpeech < $1.partOfSpeech }
  }
}
