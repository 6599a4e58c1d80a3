/// The parts of clauses that sentence splitting moves: the first position (Vorfeld), the finite
/// verb, the verb cluster at the end, a separable particle. Each function builds the text of a
/// clause in main-clause order, or returns nil when the analysis is not sure; a rule then
/// proposes no edit and the finding stays for a person.
public struct ClauseParts {
  public let sentence: AnalyzedSentence
  let analyzer: Analyzer
  /// A capitalised `Sie`/`Ihr` at the sentence start is the polite address (a letter). In
  /// other texts it may be `sie`/`ihr`, and a rule that moves it inside a sentence gives up.
  public var politeStart = true

  public init(_ sentence: AnalyzedSentence, analyzer: Analyzer) {
    self.sentence = sentence
    self.analyzer = analyzer
  }

  var traits: [WordTraits] { sentence.traits }
  var tokens: [Token] { sentence.tokens }

  // MARK: Text

  /// The tokens of `range` as one line, spaced as in the source (line breaks become spaces).
  public func text(_ range: Range<Int>, skipping skipped: Int? = nil) -> String {
    var result = ""
    var previousEnd: Int? = nil
    for i in range where i != skipped {
      let token = tokens[i]
      if let previousEnd, previousEnd < token.range.start { result += " " }
      result += token.text
      previousEnd = token.range.end
    }
    return result
  }

  /// Texts joined by single spaces, empty parts left out.
  public static func join(_ parts: [String]) -> String {
    parts.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// A word with its first letter upper case (a new sentence start).
  public static func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  /// The sentence-initial word at `i` as it reads inside a sentence: function words and verbs
  /// in lower case, nouns, names and the polite `Sie` as they are; nil when unknown.
  func inner(_ i: Int) -> String? {
    let t = traits[i]
    let word = tokens[i].text
    guard t.contains(.sentenceInitial), t.contains(.capitalized) else { return word }
    // A capitalised `Sie`/`Ihr` at the sentence start is read as the polite address in a
    // letter; elsewhere it may be `sie`/`ihr`.
    if t.contains(.politeAddress) || GermanGrammar.politeForms.contains(word) {
      return politeStart ? word : nil
    }
    if t.contains(.noun) { return word }
    let lower = word.lowercased()
    if !t.isDisjoint(with: Self.functionWordTraits) || Self.adverbs.contains(lower)
      || Self.pronouns.contains(lower)
    {
      return lower
    }
    if analyzer.entry(word).traits.contains(.known) { return word }
    guard analyzer.entry(lower).traits.contains(.known) else { return nil }
    return lower
  }

  /// Traits of words that are written in lower case inside a sentence.
  static let functionWordTraits: WordTraits = WordTraits.anyFinite.union([
    .infinitive, .definiteArticle, .indefiniteArticle, .determiner, .personalPronoun,
    .preposition, .negation, .coordinator, .subordinator, .relativePronoun, .impersonalMan,
    .reflexive, .interrogative, .numberWord,
  ])

  /// Frequent adverbs of letters (many are not in the lemma table): a constituent by themselves.
  static let adverbs: Set<String> = [
    "heute", "morgen", "gestern", "jetzt", "nun", "dann", "danach", "deshalb", "daher",
    "trotzdem", "bereits", "schon", "noch", "auch", "bitte", "hier", "dort", "immer", "oft",
    "zuerst", "später", "bald", "sofort", "leider", "außerdem", "zudem", "ebenfalls", "gern",
    "gerne", "wieder", "sonst", "damals", "vorher", "nachher", "rechtzeitig", "pünktlich",
    "demnächst", "künftig", "zukünftig", "bisher", "inzwischen", "zurzeit", "derzeit", "online",
    "persönlich", "schriftlich", "telefonisch", "vielleicht", "wahrscheinlich", "sicher",
    "insgesamt", "monatlich", "jährlich", "wöchentlich", "täglich", "einmal", "zusätzlich",
  ]

  /// Pronouns written in lower case inside a sentence (`Dann gilt dasselbe`).
  static let pronouns: Set<String> = [
    "dasselbe", "derselbe", "dieselbe", "dieselben", "dies", "dieses", "diese", "dieser",
    "alles", "nichts", "etwas", "jeder", "jede", "jedes", "beides", "beide", "solches",
  ]

  /// `range` as text with its first word in inner-sentence spelling.
  func innerText(_ range: Range<Int>) -> String? {
    guard let first = range.first, let word = inner(first) else { return nil }
    return Self.join([word, text(first + 1..<range.upperBound)])
  }

  /// `range` as text with its first word capitalised; nil for `sie`/`ihr`, which would read as
  /// the polite `Sie`/`Ihr` at a sentence start.
  func sentenceStart(_ range: Range<Int>) -> String? {
    guard let first = range.first else { return nil }
    let word = tokens[first].text
    if traits[first].contains(.personalPronoun), ["sie", "ihr", "ihre", "ihren"].contains(word) {
      return nil
    }
    return Self.join([Self.capitalized(word), text(first + 1..<range.upperBound)])
  }

  // MARK: Words

  func isWord(_ i: Int) -> Bool { traits[i].contains(.word) }

  /// A lower-case verb form (not a noun, not an article).
  func isVerbForm(_ i: Int) -> Bool {
    let t = traits[i]
    return t.contains(.word) && !t.contains(.capitalized)
      && (!t.isDisjoint(with: .anyFinite) || t.contains(.infinitive) || t.contains(.participle)
        || t.contains(.zuInfinitive) || t.contains(.worden))
  }

  /// The polite possessive determiners (`Ihr Antrag`), not `Ihnen`.
  static let possessives: Set<String> = ["Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"]

  /// Words that join two phrases: a phrase before one of them is only part of the constituent.
  static let phraseCoordinators: Set<String> = [
    "und", "oder", "sowie", "bzw.", "beziehungsweise", "noch", "als", "wie",
  ]

  /// Demonstrative pronouns that may stand alone as a constituent.
  static let demonstratives: Set<String> = ["das", "dies", "dieses"]

  /// Nominative personal pronouns: a clause subject by themselves.
  static let subjectPronouns: Set<String> = [
    "ich", "du", "er", "sie", "es", "wir", "ihr", "Sie", "man",
  ]

  func isSubjectPronoun(_ i: Int) -> Bool {
    Self.subjectPronouns.contains(tokens[i].text)
      || (traits[i].contains(.sentenceInitial)
        && Self.subjectPronouns.contains(tokens[i].text.lowercased()))
  }

  /// A noun phrase from `i`: determiner or article, lower-case adjectives, a noun; or a name
  /// with its title (`Frau Muster`). Ends before `limit`; nil when it is not that simple.
  func nounPhrase(from i: Int, limit: Int) -> Range<Int>? {
    guard i < limit, isWord(i) else { return nil }
    let t = traits[i]
    var j = i
    if !t.isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner])
      || (t.contains(.politeAddress) && Self.possessives.contains(tokens[i].text))
    {
      j += 1
      // Adjectives; a second article (`ein der Behörde übermitteltes Dokument`) is not.
      while j < limit, isWord(j), !traits[j].contains(.capitalized),
        traits[j].isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner]),
        traits[j].isDisjoint(with: [.anyFinite, .preposition, .negation, .zu, .coordinator])
          || traits[j].contains(.participleAdjective)
      {
        j += 1
      }
    }
    guard j < limit, sentence.isNounLike(j) || (j == i && t.contains(.noun)) else { return nil }
    if ["Frau", "Herr", "Herrn"].contains(tokens[j].text), j + 1 < limit,
      sentence.isNounLike(j + 1)
    {
      j += 1
    }
    // A genitive or a second noun after the head: not simple.
    if j + 1 < limit {
      let n = traits[j + 1]
      if sentence.isNounLike(j + 1) || n.contains(.genitiveArticle)
        || (n.contains(.erDeterminer) && !n.contains(.preposition))
        || n.contains(.esDeterminer) || n.contains(.genitivePronoun)
      {
        return nil
      }
    }
    return i..<(j + 1)
  }

  /// One constituent that may stand first in a main clause: a subject pronoun, a simple noun
  /// phrase, a prepositional phrase (`am 3. März`) or an adverb before a non-noun.
  func firstConstituent(in range: Range<Int>) -> Range<Int>? {
    guard let found = firstConstituentCandidate(in: range) else { return nil }
    // A genitive attribute after it (`Für die Finanzierung der genannten Leistungen`) belongs
    // to the phrase; where that phrase ends is not certain, so nothing is moved.
    if found.upperBound < range.upperBound, sentence.isNounLike(found.upperBound - 1),
      Self.genitiveDeterminers.contains(tokens[found.upperBound].text)
    {
      return nil
    }
    // A coordinated phrase (`die Anzeige oder der Antrag`): the constituent goes on. `noch`
    // joins only after `weder` (`die Zahlung noch aussteht` is the adverb).
    if found.upperBound < range.upperBound,
      Self.phraseCoordinators.contains(tokens[found.upperBound].text),
      tokens[found.upperBound].text != "noch"
        || (range.lowerBound..<found.upperBound).contains(where: { tokens[$0].text == "weder" })
    {
      return nil
    }
    // An attribute without article after the noun (`eine Vielzahl gleich gelagerter Fälle`):
    // an adjective in -er before a noun is a genitive plural that belongs to the phrase.
    if sentence.isNounLike(found.upperBound - 1) {
      var j = found.upperBound
      var genitive = false
      while j < range.upperBound, isWord(j), !traits[j].contains(.capitalized), !isVerbForm(j),
        traits[j].isDisjoint(with: Self.functionWordTraits)
      {
        if tokens[j].text.hasSuffix("er") { genitive = true }
        j += 1
      }
      if genitive, j < range.upperBound, sentence.isNounLike(j) { return nil }
    }
    // `für` after a noun mostly belongs to it (`die Agentur für Arbeit`): the verb must not
    // come between them.
    if found.upperBound < range.upperBound, tokens[found.upperBound].text == "für",
      sentence.isNounLike(found.upperBound - 1)
    {
      return nil
    }
    return found
  }

  static let genitiveDeterminers: Set<String> = ["der", "des", "eines", "einer"]

  /// A known lower-case word with an attributive ending (`unvollständige`, `neuen`) that is no
  /// verb form or function word.
  func isAttributiveAdjective(_ i: Int) -> Bool {
    let t = traits[i]
    let word = tokens[i].text
    return t.contains(.word) && t.contains(.known) && !t.contains(.capitalized)
      && t.isDisjoint(with: Self.functionWordTraits) && !isVerbForm(i)
      && ["e", "en", "er", "es", "em"].contains(where: { word.hasSuffix($0) })
      && !Self.adverbs.contains(word)
  }

  func firstConstituentCandidate(in range: Range<Int>) -> Range<Int>? {
    let i = range.lowerBound
    guard i < range.upperBound else { return nil }
    let t = traits[i]
    if isSubjectPronoun(i) { return i..<(i + 1) }
    // `das`/`dies` standing alone (`wenn das abgelaufen ist`).
    if Self.demonstratives.contains(tokens[i].text.lowercased()),
      i + 1 == range.upperBound || isVerbForm(i + 1) || traits[i + 1].contains(.negation)
        || Self.adverbs.contains(tokens[i + 1].text)
    {
      return i..<(i + 1)
    }
    if t.contains(.preposition), !t.contains(.zu) || i + 1 < range.upperBound {
      var j = i + 1
      // Two prepositions as one (`bis zu dem Termin`, `bis zum 3. Mai`).
      if tokens[i].text.lowercased() == "bis", j < range.upperBound,
        ["zu", "zum", "zur"].contains(tokens[j].text)
      {
        j += 1
      }
      while j < range.upperBound, j <= i + 5 {
        let kind = tokens[j].kind
        if [.number, .date, .time, .money].contains(kind) || sentence.isNounLike(j) {
          let next = j + 1
          if next < range.upperBound, tokens[next].kind == .ordinal || sentence.isNounLike(next) {
            j += 1
            continue
          }
          return i..<next
        }
        guard
          kind == .ordinal
            || isWord(j) && !traits[j].contains(.capitalized)
              && traits[j].isDisjoint(with: [.anyFinite, .preposition, .negation])
        else { return nil }
        j += 1
      }
      return nil
    }
    if let phrase = nounPhrase(from: i, limit: range.upperBound) { return phrase }
    // Inflected adjectives before a noun without article (`unvollständige Anträge`).
    var j = i
    while j < range.upperBound, isAttributiveAdjective(j) { j += 1 }
    if j > i, j < range.upperBound, sentence.isNounLike(j),
      j + 1 == range.upperBound
        || !sentence.isNounLike(j + 1) && !traits[j + 1].contains(.genitiveArticle)
    {
      return i..<(j + 1)
    }
    // An adverb, not before a noun.
    let lower = tokens[i].text.lowercased()
    if t.contains(.word), !t.contains(.capitalized) || t.contains(.sentenceInitial),
      Self.adverbs.contains(lower)
        || t.contains(.known) && t.isDisjoint(with: Self.functionWordTraits)
          && t.isDisjoint(with: [.participle, .noun, .participleAdjective, .zu]),
      i + 1 < range.upperBound, !sentence.isNounLike(i + 1)
    {
      return i..<(i + 1)
    }
    return nil
  }

  // MARK: Verb-final clauses

  /// A verb-final clause body: the finite verb last, before it at most a simple cluster.
  public struct VerbFinal {
    /// The words after the introducer, through the finite verb.
    public let body: Range<Int>
    public let finite: Int
    /// First token of the verb cluster (== `finite` when the finite verb stands alone).
    public let clusterStart: Int
    /// The finite verb as it reads in second position, and its particle for the end.
    public let movedVerb: String
    public let particle: String?

    var middle: Range<Int> { body.lowerBound..<clusterStart }
    var cluster: Range<Int> { clusterStart..<finite }
  }

  /// Separable particles whose verbs are sometimes inseparable (`unterschreiben`,
  /// `übernehmen`, `umfassen`): such a finite verb is not split.
  static let ambiguousParticles: Set<String> = [
    "über", "unter", "um", "durch", "wieder", "wider", "voll", "hinter",
  ]

  /// The separable particle of a finite verb standing alone (`ausfüllen` → `füllen` + `aus`);
  /// `(form, nil)` for a verb without one; nil when it cannot be decided.
  func splitParticle(_ i: Int) -> (verb: String, particle: String?)? {
    separate(
      tokens[i].text, lemma: sentence.lemmas[i],
      accept: { !$0.isDisjoint(with: .anyFinite) && $0.contains(.known) })
  }

  /// A lower-case infinitive split into the form that stands in second position and its
  /// separable particle for the end (`ausfüllen` → `füllen` + `aus`); nil when it cannot be
  /// decided (an ambiguous particle such as `über`, an unknown rest).
  public func splitInfinitive(_ i: Int) -> (verb: String, particle: String?)? {
    guard traits[i].contains(.infinitive), !traits[i].contains(.capitalized) else { return nil }
    return separate(
      tokens[i].text, lemma: nil,
      accept: { $0.contains(.infinitive) && $0.contains(.known) })
  }

  /// The longest separable particle at the start of `form` whose rest the analyzer knows as a
  /// verb form (`accept`), and whose lemma (when given) starts with it.
  private func separate(_ form: String, lemma: String?, accept: (WordTraits) -> Bool)
    -> (verb: String, particle: String?)?
  {
    let candidates = GermanGrammar.separableParticles.filter {
      form.hasPrefix($0) && form.count >= $0.count + 3
    }.sorted { $0.count > $1.count }
    for particle in candidates {
      let rest = String(form.dropFirst(particle.count))
      guard accept(analyzer.entry(rest).traits) else { continue }
      if Self.ambiguousParticles.contains(particle) {
        // The table's zu-infinitive decides: `umzuziehen` → `umziehen` is separable.
        let infinitive = lemma ?? form
        guard infinitive.hasPrefix(particle),
          analyzer.entry(particle + "zu" + infinitive.dropFirst(particle.count)).lemma
            == infinitive
        else { return nil }
        return (rest, particle)
      }
      if let lemma, !lemma.hasPrefix(particle) { continue }
      return (rest, particle)
    }
    return (form, nil)
  }

  /// The body `range` (words after the introducer) read as a verb-final clause.
  public func verbFinal(_ range: Range<Int>) -> VerbFinal? {
    // A truncated compound (`Einnahme- und Ausgabeschwankungen`) hides the phrase structure.
    if range.contains(where: { tokens[$0].text.count > 1 && tokens[$0].text.hasSuffix("-") }) {
      return nil
    }
    var end = range.upperBound
    while end > range.lowerBound, !isWord(end - 1) { end -= 1 }
    guard end - range.lowerBound >= 2 else { return nil }
    let finite = end - 1
    let ft = traits[finite]
    guard isVerbForm(finite), !ft.contains(.zuInfinitive),
      !ft.isDisjoint(with: .anyFinite) || isFiniteParticipleForm(finite, in: range)
    else { return nil }
    if ft.isDisjoint(with: .anyFinite) {
      // `da der Betrag 697 Euro beträgt`: the verb stands alone at the end.
      return VerbFinal(
        body: range.lowerBound..<end, finite: finite, clusterStart: finite,
        movedVerb: tokens[finite].text, particle: nil)
    }
    var start = finite
    // At most two non-finite verbs (`geprüft haben`, `eingereicht worden ist`).
    while start > range.lowerBound, isVerbForm(start - 1), finite - start < 2,
      !traits[start - 1].contains(.capitalized)
    {
      let p = traits[start - 1]
      guard
        p.contains(.participle) || p.contains(.infinitive) || p.contains(.worden)
          || p.contains(.zuInfinitive)
      else { break }
      start -= 1
    }
    if start > range.lowerBound, isVerbForm(start - 1),
      !traits[start - 1].contains(.participleAdjective)
    {
      let p = traits[start - 1]
      // A third verb or a finite auxiliary before the cluster (`hat kommen können`).
      if !p.isDisjoint(with: [.habenForm, .werdenForm, .modalVerb, .seinForm])
        || p.contains(.participle) || p.contains(.infinitive)
      {
        return nil
      }
    }
    guard start > range.lowerBound else { return nil }
    // `zu` before the verb: an infinitive clause (`den Schaden zu ersetzen`), not verb-final.
    if tokens[start - 1].text == "zu" { return nil }
    // A second verb in the middle field: coordinated clauses (`wenn Sie die Wohnung aufgeben
    // oder Bürgergeld beantragen`) are not one verb-final clause.
    if (range.lowerBound..<start).contains(where: {
      isVerbForm($0) && !traits[$0].isDisjoint(with: .anyFinite)
        && !traits[$0].contains(.participleAdjective) && !traits[$0].contains(.participle)
        && !traits[$0].contains(.zuInfinitive)
    }) {
      return nil
    }
    var moved = tokens[finite].text
    var particle: String? = nil
    if start == finite {
      guard let split = splitParticle(finite) else { return nil }
      moved = split.verb
      particle = split.particle
    }
    return VerbFinal(
      body: range.lowerBound..<end, finite: finite, clusterStart: start, movedVerb: moved,
      particle: particle)
  }

  /// The rest of a clause whose last word is an infinitive that becomes the finite verb of a
  /// plural or polite subject (`die Unterlagen nicht beschaffen können` → `können die
  /// Unterlagen nicht beschaffen`; `am Termin krank sein` → `sind am Termin krank`); nil
  /// when the verb or its particle is not certain.
  public func plainVerbFinal(_ range: Range<Int>) -> String? {
    var end = range.upperBound
    while end > range.lowerBound, !isWord(end - 1) { end -= 1 }
    guard end > range.lowerBound else { return nil }
    let last = end - 1
    let t = traits[last]
    guard t.contains(.infinitive), t.contains(.known), !t.contains(.capitalized),
      !t.contains(.zuInfinitive)
    else { return nil }
    var verb = tokens[last].text
    var particle: String? = nil
    let previous = last - 1
    let inCluster =
      previous >= range.lowerBound && isVerbForm(previous)
      && !traits[previous].isDisjoint(with: [.participle, .infinitive])
    if verb == "sein" {
      verb = "sind"
    } else if !inCluster {
      guard let split = splitInfinitive(last) else { return nil }
      verb = split.verb
      particle = split.particle
    }
    // A second verb before the cluster (`kommen lassen müssen`) is not simple.
    if inCluster, previous - 1 >= range.lowerBound, isVerbForm(previous - 1),
      !traits[previous - 1].isDisjoint(with: [.participle, .infinitive])
    {
      return nil
    }
    return Self.join([verb, text(range.lowerBound..<last), particle ?? ""])
  }

  /// A word the analysis reads only as a participle (`beträgt`, `enthält`: forms of verbs with
  /// an inseparable prefix) at the end of a subordinate clause that starts with its subject:
  /// a participle never ends such a clause alone, so it is the finite verb. Elliptic clauses
  /// (`wie bereits mitgeteilt`) have no subject and are not taken.
  func isFiniteParticipleForm(_ i: Int, in range: Range<Int>) -> Bool {
    let t = traits[i]
    guard t.contains(.participle), tokens[i].text.hasSuffix("t"), i - range.lowerBound >= 2,
      GermanGrammar.inseparablePrefixes.contains(where: { tokens[i].text.hasPrefix($0) }),
      !isVerbForm(i - 1),
      !(range.lowerBound..<i).contains(where: {
        isVerbForm($0) && !traits[$0].isDisjoint(with: .anyFinite)
      })
    else { return false }
    let first = range.lowerBound
    return isSubjectPronoun(first)
      || !traits[first].isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner])
      || Self.possessives.contains(tokens[first].text)
  }

  /// The end of a verb-final clause in main-clause order: the rest of the middle field, the
  /// non-finite verbs, the particle.
  func tail(_ v: VerbFinal, from start: Int) -> [String] {
    [text(start..<v.clusterStart), text(v.cluster), v.particle ?? ""]
  }

  /// A verb-final clause as a main clause: `Sie Wohngeld beantragen wollen` → `Sie wollen
  /// Wohngeld beantragen`. `front` replaces the first constituent's text (a repeated noun).
  public func declarative(_ v: VerbFinal) -> String? {
    if var first = firstConstituent(in: v.middle), first.upperBound <= v.clusterStart {
      // `dass Ihr Antrag auf Wohngeld abgelehnt wird`: a phrase with `auf`, `über`, `vom` …
      // after the noun belongs to it (`Ihr Antrag auf Wohngeld wird abgelehnt`).
      while let attribute = nounAttribute(after: first, limit: v.clusterStart) {
        first = first.lowerBound..<attribute
      }
      guard let start = sentenceStart(first) else { return nil }
      return Self.join([start, v.movedVerb] + tail(v, from: first.upperBound))
    }
    // Object pronouns before the subject (`sobald uns die Erklärung vorliegt`): the noun
    // phrase after them comes first, the pronouns right after the verb.
    var i = v.middle.lowerBound
    while i < v.middle.upperBound, Self.objectPronouns.contains(tokens[i].text) { i += 1 }
    guard i > v.middle.lowerBound, i < v.middle.upperBound,
      let phrase = nounPhrase(from: i, limit: v.middle.upperBound),
      phrase.upperBound <= v.clusterStart
    else { return nil }
    // A prepositional phrase after the noun may belong to it (`dass Ihnen ein Anspruch auf
    // Kinderzuschlag zusteht`): the pronoun stands first and the phrase stays whole (`Ihnen
    // steht ein Anspruch auf Kinderzuschlag zu`). A reflexive cannot stand first, and `ihnen`
    // would read as the polite `Ihnen`.
    if phrase.upperBound < v.clusterStart, traits[phrase.upperBound].contains(.preposition) {
      let pronouns = v.middle.lowerBound..<i
      guard
        !pronouns.contains(where: { ["sich", "ihnen"].contains(tokens[$0].text) }),
        let start = sentenceStart(pronouns)
      else { return nil }
      return Self.join([start, v.movedVerb] + tail(v, from: i))
    }
    guard
      phrase.upperBound == v.middle.upperBound
        || !Self.phraseCoordinators.contains(tokens[phrase.upperBound].text)
          && tokens[phrase.upperBound].text != "für",
      let start = sentenceStart(phrase)
    else { return nil }
    return Self.join(
      [start, v.movedVerb, text(v.middle.lowerBound..<i)] + tail(v, from: phrase.upperBound))
  }

  /// Prepositions whose phrase after a noun mostly belongs to the noun (`Antrag auf Wohngeld`,
  /// `Bescheid über`, `Antrag vom 3. März`); time and place (`im Mai`, `bei der Stadt`) are
  /// adverbials of the clause.
  static let attachingPrepositions: Set<String> = ["auf", "über", "vom", "gegen"]
  /// Dative determiners: `auf dem Grundstück`, `über der Tür` name a place.
  static let dativeDeterminers: Set<String> = [
    "dem", "der", "einem", "einer", "diesem", "dieser", "Ihrem", "Ihrer",
  ]

  /// The end of a prepositional phrase with an attaching preposition right after the noun
  /// phrase `phrase` (and of a date after it), or nil.
  func nounAttribute(after phrase: Range<Int>, limit: Int) -> Int? {
    var j = phrase.upperBound
    guard j < limit, phrase.count >= 1, sentence.isNounLike(phrase.upperBound - 1),
      Self.attachingPrepositions.contains(tokens[j].text),
      j + 1 < limit, !Self.dativeDeterminers.contains(tokens[j + 1].text)
    else { return nil }
    j += 1
    // Articles, adjectives, numbers, then the noun or a date.
    while j < limit, !sentence.isNounLike(j),
      [.number, .ordinal].contains(tokens[j].kind)
        || isWord(j) && !traits[j].contains(.capitalized)
          && traits[j].isDisjoint(with: [.anyFinite, .preposition, .negation])
    {
      j += 1
    }
    guard j < limit, sentence.isNounLike(j) || tokens[j].kind == .date else { return nil }
    j += 1
    // A year after a month (`vom 12. Januar 2026`).
    if j < limit, tokens[j].kind == .number { j += 1 }
    return j
  }

  /// Dative, accusative and reflexive pronouns that may stand before the subject.
  static let objectPronouns: Set<String> = [
    "uns", "Ihnen", "ihm", "ihnen", "mir", "dir", "euch", "mich", "dich", "sich",
  ]

  /// A verb-final clause after a connector: `Deshalb können wir nicht entscheiden`.
  public func withConnector(_ connector: String, _ v: VerbFinal) -> String {
    Self.join([connector, v.movedVerb] + tail(v, from: v.body.lowerBound))
  }

  // MARK: Main clauses

  /// The finite verb of a verb-second clause that the lexicon does not know (`Die Entscheidung
  /// ergeht vorläufig`): an unknown lower-case word ending in `-t` right after the first
  /// constituent.
  public func unknownFinite(_ range: Range<Int>) -> Int? {
    guard let first = firstConstituent(in: range), first.upperBound < range.upperBound else {
      return nil
    }
    let i = first.upperBound
    let t = traits[i]
    let word = tokens[i].text
    guard t.contains(.word), !t.contains(.capitalized), !t.contains(.known), word.hasSuffix("t"),
      word.count >= 4, !Self.adverbs.contains(word), !Self.tAdverbs.contains(word)
    else { return nil }
    return i
  }

  /// Adverbs and adjectives ending in `-t` that the lexicon may not know: no finite verbs
  /// (`Die Kosten insgesamt betragen …`).
  static let tAdverbs: Set<String> = [
    "insgesamt", "zuletzt", "zunächst", "jetzt", "sofort", "selbst", "zumindest", "zuerst",
    "erst", "oft", "meist", "direkt", "längst", "stets", "sonst", "umsonst", "vorerst", "nicht",
    "nachts", "weit", "bereit", "gut", "komplett", "korrekt", "exakt", "halt", "bekannt",
    "gesamt", "mit", "seit", "fast", "bestimmt", "bedingt", "befristet", "unbefristet", "echt",
  ]

  /// A main clause (verb first or second) after a connector: `Deshalb ist das Amt geschlossen`.
  /// `range` covers the clause words; its finite verb is `finite`.
  /// `skipping` is a word of the clause left out (a focus particle that went with the connector).
  public func mainWithConnector(
    _ connector: String, _ range: Range<Int>, finite: Int, skipping: Int? = nil
  ) -> String? {
    guard range.contains(finite), skipping.map({ $0 > finite }) ?? true,
      isVerbForm(finite)
        || traits[finite].contains(.sentenceInitial) && !traits[finite].isDisjoint(with: .anyFinite)
        || unknownFinite(range) == finite
    else { return nil }
    if finite == range.lowerBound {
      guard skipping == nil, let clause = innerText(range) else { return nil }
      return Self.join([connector, clause])
    }
    // A polite request (`Bitte beachten Sie …`): `Dann beachten Sie bitte …`.
    if finite == range.lowerBound + 1, tokens[range.lowerBound].text.lowercased() == "bitte" {
      guard skipping == nil, finite + 1 < range.upperBound, tokens[finite + 1].text == "Sie" else {
        return nil
      }
      return Self.join([
        connector, tokens[finite].text, "Sie", "bitte", text(finite + 2..<range.upperBound),
      ])
    }
    // Verb second: the first position moves behind the verb. Coordinated verbs or phrases
    // before the finite verb (`summte und brummte`) make the first position uncertain.
    if (range.lowerBound..<finite).contains(where: { ["und", "oder"].contains(tokens[$0].text) }) {
      return nil
    }
    // An article or preposition right before the verb: the verb is an adjective
    // (`Der widerrufene Verwaltungsakt`).
    if !traits[finite - 1].isDisjoint(with: [
      .definiteArticle, .indefiniteArticle, .determiner, .preposition,
    ]) {
      return nil
    }
    guard let front = innerText(range.lowerBound..<finite), !front.isEmpty else { return nil }
    // Unstressed pronouns stay right after the verb (`auf Antrag ist sie festzustellen` →
    // `Dann ist sie auf Antrag festzustellen`).
    // A pronoun in front (`Sie können sich …`) comes first itself: `Dann können Sie sich …`.
    var rest = finite + 1
    let frontIsPronoun =
      finite == range.lowerBound + 1
      && Self.unstressedPronouns.contains(tokens[range.lowerBound].text)
    while !frontIsPronoun, rest < range.upperBound,
      Self.unstressedPronouns.contains(tokens[rest].text)
    {
      rest += 1
    }
    return Self.join([
      connector, tokens[finite].text, text(finite + 1..<rest, skipping: skipping), front,
      text(rest..<range.upperBound, skipping: skipping),
    ])
  }

  /// Personal and reflexive pronouns that stand right after the finite verb.
  static let unstressedPronouns: Set<String> = [
    "ich", "du", "er", "sie", "es", "wir", "ihr", "Sie", "mich", "dich", "ihn", "uns", "euch",
    "mir", "dir", "ihm", "ihnen", "Ihnen", "sich",
  ]

  /// A verb-first main clause (after a fronted subordinate clause) as a sentence of its own:
  /// the subject pronoun after the verb moves to the front (`müssen Sie …` → `Sie müssen …`).
  public func mainDeclarative(_ range: Range<Int>, finite: Int) -> String? {
    guard range.contains(finite) else { return nil }
    if finite > range.lowerBound { return sentenceStart(range) }
    let next = finite + 1
    guard next < range.upperBound, isSubjectPronoun(next),
      let subject = sentenceStart(next..<next + 1)
    else { return nil }
    return Self.join([subject, tokens[finite].text, text(next + 1..<range.upperBound)])
  }
}

extension AnalyzedDocument {
  /// The sentence whose range contains `offset`.
  public func sentence(at offset: Int) -> AnalyzedSentence? {
    var low = 0
    var high = sentences.count
    while low < high {
      let mid = (low + high) / 2
      if sentences[mid].range.end <= offset { low = mid + 1 } else { high = mid }
    }
    guard low < sentences.count, sentences[low].range.start <= offset else { return nil }
    return sentences[low]
  }
}

extension AnalyzedSentence {
  /// Index of the final `.`, `!` or `?` when the sentence ends with one.
  public var finalPunctuation: Int? {
    guard let last = tokens.indices.last, tokens[last].kind == .punctuation,
      [".", "!", "?"].contains(tokens[last].text)
    else { return nil }
    return last
  }

  /// The first word starts with a capital letter, or the text before ends with a comma (the
  /// first sentence of a letter after `Sehr geehrte Frau Muster,`). A list item that goes on
  /// with a phrase of the sentence before it (`durch sonstige Verfahren, die …;`, `im Falle
  /// der Nummer 8 die Gemeinschaft nicht mehr besteht`) is no sentence of its own and is not
  /// split.
  public func startsAsSentence(in context: Context) -> Bool {
    guard let first = tokens.indices.first(where: { traits[$0].contains(.word) }) else {
      return false
    }
    if traits[first].contains(.capitalized) { return true }
    let units = context.document.document.text.utf16
    var i = units.index(units.startIndex, offsetBy: range.start)
    while i > units.startIndex {
      i = units.index(before: i)
      let unit = units[i]
      if unit == 0x20 || unit == 0x0A || unit == 0x0D || unit == 0x09 { continue }
      return unit == 0x2C
    }
    return false
  }

  /// The range of the whole sentence from its first to its last token.
  public var tokenRange: TextRange { range(0, tokens.count - 1) }

  /// An edit that replaces the whole sentence. A sentence that was wrapped over several lines
  /// gets its new text wrapped to its longest line, so that the paragraph still reads as one
  /// (one very long line after a short one would look like a new block).
  public func replacement(_ text: String, in context: Context) -> Edit {
    let range = tokenRange
    let source = context.text(range)
    guard source.contains("\n") else { return Edit(range, text) }
    let width = max(40, source.split(separator: "\n").map(\.count).max() ?? 0)
    // The first line goes on after the text before the sentence on its line.
    let units = context.document.document.text.utf16
    var column = 0
    var i = units.index(units.startIndex, offsetBy: range.start)
    while i > units.startIndex {
      let previous = units.index(before: i)
      if units[previous] == 0x0A { break }
      column += 1
      i = previous
    }
    var lines: [String] = []
    var line = ""
    var previous: Substring = ""
    for word in text.split(separator: " ") {
      let used = lines.isEmpty ? column + line.count : line.count
      // No line break next to a number or after `§`: a date, an amount or a citation split
      // over two lines (`31.⏎August 2026`) would read as two facts.
      let glued =
        word.contains(where: \.isNumber) || previous.contains(where: \.isNumber)
        || ["§", "§§", "Art.", "Abs.", "Nr."].contains(previous)
      previous = word
      if !line.isEmpty, !glued, used + 1 + word.count > width {
        lines.append(line)
        line = String(word)
      } else {
        line = line.isEmpty ? String(word) : line + " " + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return Edit(range, lines.joined(separator: "\n"))
  }
}
