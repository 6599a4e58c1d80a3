/// Derives verb traits (participle II, finite forms, Präteritum, Konjunktiv) from the lemma table
/// (`Lexicons/lemmata.tsv`, form → lemma) and merges them with the closed word classes.
enum VerbMorphology {
  /// Lemmas the closed classes cover completely; their lexicon forms are not re-derived.
  static let auxiliaryLemmas: Set<String> = [
    "sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen", "lassen",
  ]

  static func buildTable(lemmas: [String: String]) -> [String: Analyzer.Entry] {
    let verbs = verbLemmas(lemmas)
    var table: [String: Analyzer.Entry] = [:]
    table.reserveCapacity(lemmas.count + verbs.count + 600)
    var closed: [String: WordTraits] = [:]
    for (traits, forms) in GermanGrammar.closedClasses {
      for form in forms { closed[form, default: []].formUnion(traits) }
    }
    for (form, lemma) in lemmas {
      var traits: WordTraits = .known
      if Analyzer.startsUppercase(lemma) {
        if Analyzer.startsUppercase(form) { traits.insert(.noun) }
      } else if verbs.contains(lemma), !auxiliaryLemmas.contains(lemma),
        !Analyzer.startsUppercase(form)
      {
        traits.formUnion(classify(form, lemma: lemma, lemmas: lemmas))
      } else if !Analyzer.startsUppercase(form), let base = lemmas[lemma], verbs.contains(base),
        isParticiple(lemma, of: base)
      {
        // Inflected participle adjectives point at the participle: geprüften → geprüft → prüfen.
        traits.insert(.participleAdjective)
      }
      table[form] = Analyzer.Entry(traits: traits, lemma: lemma)
    }
    for lemma in Set(lemmas.values) where table[lemma] == nil {
      var traits: WordTraits = .known
      if Analyzer.startsUppercase(lemma) { traits.insert(.noun) }
      if verbs.contains(lemma) { traits.formUnion([.infinitive, .finiteVerb]) }
      table[lemma] = Analyzer.Entry(traits: traits, lemma: lemma)
    }
    for lemma in verbs { table[lemma]?.traits.formUnion([.infinitive, .finiteVerb]) }
    for (form, traits) in closed {
      var entry = table[form] ?? Analyzer.Entry(traits: .known, lemma: nil)
      // Function words keep only their closed-class reading (`die` is no verb form).
      if !traits.isDisjoint(with: [
        .definiteArticle, .indefiniteArticle, .preposition, .personalPronoun,
        .subordinator, .coordinator, .determiner, .negation, .relativePronoun, .genitivePronoun,
        .interrogative, .esDeterminer, .erDeterminer, .numberWord, .zu, .impersonalMan, .reflexive,
      ]) {
        entry.traits.subtract([
          .finiteVerb, .infinitive, .participle, .pastTense,
          .subjunctiveICandidate, .subjunctiveII, .noun,
        ])
      }
      entry.traits.formUnion(traits)
      table[form] = entry
    }
    for form in GermanGrammar.politeForms {
      table[form] = Analyzer.Entry(
        traits: [.known, .politeAddress, .personalPronoun], lemma: "Sie")
    }
    return table
  }

  /// Lemmas that are verbs: lower case, ending in -n, and with at least one verb-like form
  /// (stem + t/st/te, or a ge-participle). Adjectives in -en (`offen`) have none.
  static func verbLemmas(_ lemmas: [String: String]) -> Set<String> {
    var verbs: Set<String> = []
    for (form, lemma) in lemmas {
      guard lemma.hasSuffix("n"), lemma.utf8.count >= 3, !Analyzer.startsUppercase(lemma),
        !verbs.contains(lemma)
      else { continue }
      let stem = self.stem(lemma)
      if form == stem + "t" || form == stem + "st" || form == stem + "te" || form == stem + "et"
        || (form.hasPrefix("ge") && !lemma.hasPrefix("ge")
          && (form.hasSuffix("t") || form.hasSuffix("en"))
          && form.count > 4)
      {
        verbs.insert(lemma)
      }
    }
    return verbs
  }

  /// The present stem: `prüfen` → `prüf`, `ändern` → `änder`, `tun` → `tu`.
  static func stem(_ lemma: String) -> Substring {
    lemma.hasSuffix("en") ? lemma.dropLast(2) : lemma.dropLast()
  }

  /// Traits of a form of verb `lemma`.
  static func classify(_ form: String, lemma: String, lemmas: [String: String]) -> WordTraits {
    let stem = self.stem(lemma)
    if let particle = GermanGrammar.separableParticles.first(where: {
      lemma.hasPrefix($0) && form.hasPrefix($0 + "zu") && lemma.utf8.count > $0.utf8.count + 3
    }), form.dropFirst(particle.count + 2) == lemma.dropFirst(particle.count) {
      return .zuInfinitive
    }
    var traits: WordTraits = [.finiteVerb]
    let participle = isParticiple(form, of: lemma)
    let weakPast = ["te", "ten", "test", "tet", "ete", "eten", "etest", "etet"].contains {
      form == stem + $0
    }
    // Strong past plural: the singular is a form of the same verb (erhielt → erhielten).
    let pastPlural =
      form.hasSuffix("en") && lemmas[String(form.dropLast(2))] == lemma
      && isStrongPast(String(form.dropLast(2)), stem: stem)
    let hasNewUmlaut =
      form.contains(where: { "äöü".contains($0) }) && !stem.contains(where: { "äöü".contains($0) })
    if participle {
      traits.insert(.participle)
      // Weak participles equal the 3rd person singular present (`bezahlt`, `informiert`);
      // strong ones may equal a past form (`verstanden`, `erhielt`).
      let present = form.hasSuffix(stem + "t") || form.hasSuffix(stem + "et")
      if pastPlural || isStrongPast(form, stem: stem) && !form.hasSuffix("en") {
        traits.insert(.pastTense)
      } else if !present {
        traits.remove(.finiteVerb)
      }
      return traits
    }
    if weakPast || pastPlural {
      traits.insert(.pastTense)
    } else if hasNewUmlaut {
      // Umlaut not in the infinitive plus -e/-en/-est/-et: Konjunktiv II (käme, gäbe, wüsste).
      if form.hasSuffix("e") || form.hasSuffix("en") || form.hasSuffix("est")
        || form.hasSuffix("et")
      {
        traits.insert(.subjunctiveII)
      }
    } else if isStrongPast(form, stem: stem) {
      traits.insert(.pastTense)
    } else if form.hasSuffix("e"), let pastForm = lemmas[String(form.dropLast())],
      pastForm == lemma, isStrongPast(String(form.dropLast()), stem: stem)
    {
      // Strong past stem + e: ginge, bliebe, hielte.
      traits.insert(.subjunctiveII)
    } else if form == stem + "e" {
      traits.insert(.subjunctiveICandidate)
    }
    return traits
  }

  /// Strong or mixed Präteritum: a form that does not start with the present stem and has no
  /// present ending (gab, kamen, ging, hielt, brachte).
  static func isStrongPast(_ form: String, stem: Substring) -> Bool {
    guard !form.hasPrefix(stem), stem.count >= 2 else { return false }
    if form.hasSuffix("te") || form.hasSuffix("ten") { return true }  // brachte, dachten
    if form.hasSuffix("st") || form.hasSuffix("e") { return false }
    if form.hasSuffix("t") { return form.contains("ie") && !stem.contains("ie") }  // hielt, riet
    return true
  }

  /// Participle II of `lemma` by form: ge-…-t/-en, particle + ge (`eingereicht`), inseparable
  /// prefix without ge (`bezahlt`, `verstanden`), or -iert.
  static func isParticiple(_ form: String, of lemma: String) -> Bool {
    guard form != lemma, form.hasSuffix("t") || form.hasSuffix("en") else { return false }
    let stem = self.stem(lemma)
    if form.hasSuffix("en") && (form == stem + "ten" || form == stem + "eten") { return false }
    if lemma.hasSuffix("ieren") { return form == stem + "t" }
    if form.hasPrefix("ge") && !lemma.hasPrefix("ge") { return true }
    for particle in GermanGrammar.separableParticles where lemma.hasPrefix(particle) {
      if form.hasPrefix(particle + "ge") && !lemma.dropFirst(particle.count).hasPrefix("ge") {
        return true
      }
    }
    for prefix in GermanGrammar.inseparablePrefixes
    where lemma.hasPrefix(prefix) && lemma.count > prefix.count + 3 {
      if form.hasPrefix(prefix) { return true }
    }
    return false
  }
}
