/// Derives verb traits (participle II, finite forms, Präteritum, Konjunktiv) from the lemma table
/// (`Lexicons/lemmata.tsv`, form → lemma) and merges them with the closed word classes.
enum VerbMorphology {
  /// Lemmas the closed classes cover completely; their lexicon forms are not re-derived.
  static let auxiliaryLemmas: Set<String> = [
    "sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen", "lassen",
  ]

  /// The analyser's word table over `lemmas` (see `WordTable`).
  static func buildTable(lemmas: LemmaTable) -> WordTable { WordTable(lemmas: lemmas) }

  /// Traits of the closed word classes by form (`GermanGrammar.closedClasses`).
  static let closedTraits: [String: WordTraits] = {
    var closed: [String: WordTraits] = [:]
    for (traits, forms) in GermanGrammar.closedClasses {
      for form in forms { closed[form, default: []].formUnion(traits) }
    }
    return closed
  }()

  /// `closedTraits` as a byte table for the per-form lookups (same answers, cheaper hash).
  static let closedTable = ByteWordTable(closedTraits)

  static let politeForms = Set(GermanGrammar.politeForms)

  /// Closed-class readings that rule out the verb and noun readings of a form (`die` is no verb
  /// form).
  static let functionWordTraits: WordTraits = [
    .definiteArticle, .indefiniteArticle, .preposition, .personalPronoun,
    .subordinator, .coordinator, .determiner, .negation, .relativePronoun, .genitivePronoun,
    .interrogative, .esDeterminer, .erDeterminer, .numberWord, .zu, .impersonalMan, .reflexive,
  ]

  /// Traits of the form `form` of `lemma`, a row of the lemma table.
  static func traits(
    _ form: String, lemma: String, verbs: ByteWordTable<Bool>, lemmas: LemmaTable
  ) -> WordTraits {
    var traits: WordTraits = .known
    if Analyzer.startsUppercase(lemma) {
      if Analyzer.startsUppercase(form) { traits.insert(.noun) }
    } else if verbs[lemma] != nil, !auxiliaryLemmas.contains(lemma),
      !Analyzer.startsUppercase(form)
    {
      traits.formUnion(classify(form, lemma: lemma, lemmas: lemmas))
    } else if !Analyzer.startsUppercase(form), let base = lemmas[lemma], verbs[base] != nil,
      isParticiple(lemma, of: base)
    {
      // Inflected participle adjectives point at the participle: geprüften → geprüft → prüfen.
      traits.insert(.participleAdjective)
    }
    return traits
  }

  /// Lemmas that are verbs: lower case, ending in -n, and with at least one verb-like form
  /// (stem + t/st/te, or a ge-participle). Adjectives in -en (`offen`) have none. Works on the
  /// bytes of the table and makes a `String` only for a verb.
  static func verbLemmas(_ lemmas: LemmaTable) -> Set<String> {
    var verbs: Set<String> = []
    let n = UInt8(ascii: "n")
    // The last verb found: forms of one verb mostly follow each other in the sorted file.
    var last: UnsafeBufferPointer<UInt8>? = nil
    lemmas.forEach { form, lemma in
      guard lemma.count >= 3, lemma[lemma.count - 1] == n else { return }
      if let last, last.count == lemma.count, matches(lemma, at: 0, last) { return }
      if lemma[0] < 0x80 {
        if lemma[0] >= 0x41 && lemma[0] <= 0x5A { return }
      } else if Analyzer.startsUppercase(String(decoding: lemma, as: UTF8.self)) {
        return
      }
      let stemCount = has(lemma, at: lemma.count - 2, enBytes) ? lemma.count - 2 : lemma.count - 1
      var isVerb = false
      if has(form, at: 0, UnsafeBufferPointer(rebasing: lemma[..<stemCount])) {
        for ending in verbEndings where form.count == stemCount + ending.count {
          if has(form, at: stemCount, ending) { isVerb = true }
        }
      }
      if !isVerb && has(form, at: 0, geBytes) && !has(lemma, at: 0, geBytes)
        && (has(form, at: form.count - 1, tEnding[0]) || has(form, at: form.count - 2, enBytes))
      {
        isVerb = String(decoding: form, as: UTF8.self).count > 4
      }
      if isVerb {
        verbs.insert(String(decoding: lemma, as: UTF8.self))
        last = lemma
      }
    }
    return verbs
  }

  static let enBytes = Array("en".utf8)

  /// True when `a` holds `b` at `offset`.
  @inline(__always)
  static func has(
    _ a: UnsafeBufferPointer<UInt8>, at offset: Int, _ b: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    matches(a, at: offset, b)
  }

  /// The present stem: `prüfen` → `prüf`, `ändern` → `änder`, `tun` → `tu`.
  static func stem(_ lemma: String) -> Substring {
    ends(lemma, "en") ? lemma.dropLast(2) : lemma.dropLast()
  }

  // The tests below compare UTF-8 bytes: the lemma table is NFC (see `Lexicons/README.md`), so a
  // byte prefix is a character prefix there, and the build of the table stays fast (it runs over
  // every form of the lemma table at start-up).

  /// Runs `body` over the UTF-8 bytes of `text` (see `IndexedTSV.withUTF8`).
  @inline(__always)
  static func bytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
  {
    IndexedTSV.withUTF8(text, body)
  }

  /// True when `a` holds `b` at `offset`.
  @inline(__always)
  static func matches(
    _ a: UnsafeBufferPointer<UInt8>, at offset: Int, _ b: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard offset >= 0, a.count - offset >= b.count else { return false }
    var k = 0
    while k < b.count {
      if a[offset &+ k] != b[k] { return false }
      k &+= 1
    }
    return true
  }

  @inline(__always)
  static func starts(_ text: some StringProtocol, _ prefix: some StringProtocol) -> Bool {
    bytes(text) { a in bytes(prefix) { b in matches(a, at: 0, b) } }
  }

  /// True when `text` starts with `first` followed by `second`.
  @inline(__always)
  static func starts(_ text: String, _ first: String, then second: String) -> Bool {
    bytes(text) { a in
      bytes(first) { b in
        matches(a, at: 0, b) && bytes(second) { c in matches(a, at: b.count, c) }
      }
    }
  }

  @inline(__always)
  static func ends(_ text: some StringProtocol, _ suffix: String) -> Bool {
    bytes(text) { a in bytes(suffix) { b in matches(a, at: a.count - b.count, b) } }
  }

  /// True when `form` is `stem` followed by one of `endings` (UTF-8 bytes).
  @inline(__always)
  static func isConcatenation(_ form: String, _ stem: Substring, _ endings: [[UInt8]]) -> Bool {
    bytes(form) { a in
      bytes(stem) { b in
        guard matches(a, at: 0, b) else { return false }
        for ending in endings where a.count == b.count + ending.count {
          if has(a, at: b.count, ending) { return true }
        }
        return false
      }
    }
  }

  static let verbEndings = ["t", "st", "te", "et"].map { Array($0.utf8) }
  static let weakPastEndings = ["te", "ten", "test", "tet", "ete", "eten", "etest", "etet"].map {
    Array($0.utf8)
  }
  static let pastPluralEndings = ["ten", "eten"].map { Array($0.utf8) }
  static let tEnding = [Array("t".utf8)]
  static let eEnding = [Array("e".utf8)]

  /// True when `text` contains `part`.
  @inline(__always)
  static func contains(_ text: some StringProtocol, _ part: String) -> Bool {
    bytes(text) { a in
      bytes(part) { b in
        guard a.count >= b.count else { return false }
        return (0...(a.count - b.count)).contains { matches(a, at: $0, b) }
      }
    }
  }

  /// True when `text` contains ä, ö or ü (NFC: C3 A4, C3 B6, C3 BC).
  @inline(__always)
  static func containsUmlaut(_ text: some StringProtocol) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == 0xC3 && (byte == 0xA4 || byte == 0xB6 || byte == 0xBC) { return true }
      previous = byte
    }
    return false
  }

  /// UTF-8 bytes of the separable particles, and of the inseparable prefixes with their
  /// length in characters.
  static let particleBytes: [[UInt8]] = GermanGrammar.separableParticles.map { Array($0.utf8) }
  static let prefixBytes: [(bytes: [UInt8], characters: Int)] = GermanGrammar.inseparablePrefixes
    .map { (Array($0.utf8), $0.count) }
  static let zuBytes = Array("zu".utf8)
  static let geBytes = Array("ge".utf8)

  /// True when `a` holds `b` at `offset`.
  @inline(__always)
  static func has(_ a: UnsafeBufferPointer<UInt8>, at offset: Int, _ b: [UInt8]) -> Bool {
    guard a.count - offset >= b.count else { return false }
    var k = 0
    while k < b.count {
      if a[offset &+ k] != b[k] { return false }
      k &+= 1
    }
    return true
  }

  /// Traits of a form of verb `lemma`.
  static func classify(_ form: String, lemma: String, lemmas: LemmaTable) -> WordTraits {
    let stem = self.stem(lemma)
    // A zu-infinitive of a separable verb: particle + zu + the rest of the lemma (the first
    // particle that starts both decides).
    let isZuInfinitive = bytes(form) { f in
      bytes(lemma) { l in
        for particle in particleBytes
        where has(l, at: 0, particle) && l.count > particle.count + 3 && has(f, at: 0, particle)
          && has(f, at: particle.count, zuBytes)
        {
          return f.count - 2 == l.count
            && matches(
              f, at: particle.count + 2, UnsafeBufferPointer(rebasing: l[particle.count...]))
        }
        return false
      }
    }
    if isZuInfinitive { return .zuInfinitive }
    // The bare stem of a verb (`fertig`, `schnell`, `klar`, `sicher`) is the adjective or
    // adverb; as a verb it could only be an imperative, which an administrative text does not
    // write that way.
    if form.utf8.count == stem.utf8.count, form == stem { return [] }
    var traits: WordTraits = [.finiteVerb]
    var participle = isParticiple(form, of: lemma)
    // `beginnt`, `bekommt`, `erscheint` look like the weak participle of a verb with an
    // inseparable prefix; a weak verb also has the weak past (`bezahlte`), a strong one does
    // not (`begann`), and its participle ends in -en (`begonnen`).
    if participle, !starts(form, "ge"), endsWith(form, stem, "t") || endsWith(form, stem, "et"),
      !ends(lemma, "ieren"),
      GermanGrammar.inseparablePrefixes.contains(where: { starts(lemma, $0) }),
      // (The table may lead an inflected form to the participle: `gewährte` → `gewährt`.)
      !["te", "ete", "ten", "eten"].contains(where: { ending in
        lemmas[String(stem) + ending].map { $0 == lemma || $0 == form } ?? false
      })
    {
      participle = false
    }
    let weakPast = isConcatenation(form, stem, weakPastEndings)
    // Strong past plural: the singular is a form of the same verb (erhielt → erhielten).
    let pastPlural =
      ends(form, "en") && lemmas[String(form.dropLast(2))] == lemma
      && isStrongPast(String(form.dropLast(2)), stem: stem)
    let hasNewUmlaut = containsUmlaut(form) && !containsUmlaut(stem)
    if participle {
      traits.insert(.participle)
      // Weak participles equal the 3rd person singular present (`bezahlt`, `informiert`);
      // strong ones may equal a past form (`verstanden`, `erhielt`).
      let present = endsWith(form, stem, "t") || endsWith(form, stem, "et")
      if pastPlural || isStrongPast(form, stem: stem) && !ends(form, "en") {
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
      if ends(form, "e") || ends(form, "en") || ends(form, "est") || ends(form, "et") {
        traits.insert(.subjunctiveII)
      }
    } else if isStrongPast(form, stem: stem) {
      traits.insert(.pastTense)
    } else if ends(form, "e"), let pastForm = lemmas[String(form.dropLast())],
      pastForm == lemma, isStrongPast(String(form.dropLast()), stem: stem)
    {
      // Strong past stem + e: ginge, bliebe, hielte.
      traits.insert(.subjunctiveII)
    } else if isConcatenation(form, stem, eEnding) {
      traits.insert(.subjunctiveICandidate)
    }
    return traits
  }

  /// True when `form` ends in `stem` followed by `ending`.
  @inline(__always)
  static func endsWith(_ form: String, _ stem: Substring, _ ending: String) -> Bool {
    bytes(form) { a in
      bytes(stem) { b in
        bytes(ending) { c in
          matches(a, at: a.count - c.count, c) && matches(a, at: a.count - c.count - b.count, b)
        }
      }
    }
  }

  /// Strong or mixed Präteritum: a form that does not start with the present stem and has no
  /// present ending (gab, kamen, ging, hielt, brachte).
  static func isStrongPast(_ form: String, stem: Substring) -> Bool {
    guard !starts(form, stem), stem.count >= 2 else { return false }
    if ends(form, "te") || ends(form, "ten") { return true }  // brachte, dachten
    if ends(form, "st") || ends(form, "e") { return false }
    if ends(form, "t") { return contains(form, "ie") && !contains(stem, "ie") }  // hielt, riet
    return true
  }

  /// Participle II of `lemma` by form: ge-…-t/-en, particle + ge (`eingereicht`), inseparable
  /// prefix without ge (`bezahlt`, `verstanden`), or -iert.
  static func isParticiple(_ form: String, of lemma: String) -> Bool {
    guard ends(form, "t") || ends(form, "en"), form != lemma else { return false }
    let stem = self.stem(lemma)
    if ends(form, "en") && isConcatenation(form, stem, pastPluralEndings) { return false }
    if ends(lemma, "ieren") { return isConcatenation(form, stem, tEnding) }
    if starts(form, "ge") && !starts(lemma, "ge") { return true }
    // With an inseparable prefix a -t participle is weak (`bezahlt` = stem + t) or mixed
    // (`erkannt`, `verbracht`, `versandt`); `beträgt`, `enthält`, `ergibt`, `entspricht` are
    // present forms of strong verbs, whose participles end in -en.
    let weakOrMixed =
      !ends(form, "t") || endsWith(form, stem, "t") || endsWith(form, stem, "et")
      || ends(form, "acht") || ends(form, "annt") || ends(form, "andt")
    return bytes(form) { f in
      bytes(lemma) { l in
        for particle in particleBytes where has(l, at: 0, particle) {
          if has(f, at: 0, particle) && has(f, at: particle.count, geBytes)
            && !has(l, at: particle.count, geBytes)
          {
            return true
          }
        }
        for (prefix, characters) in prefixBytes
        where has(l, at: 0, prefix) && has(f, at: 0, prefix) && lemma.count > characters + 3 {
          return weakOrMixed
        }
        // Any other first part of a separable compound (`fertigstellen` → `fertiggestellt`,
        // `gutschreiben` → `gutgeschrieben`): `ge` right where form and lemma part.
        var common = 0
        while common < f.count, common < l.count, f[common] == l[common] { common += 1 }
        return common >= 3 && l.count - common >= 4 && has(f, at: common, geBytes)
          && f.count > common + 4
      }
    }
  }
}

/// The analyser's word table: traits and lemma of every word form of the lemma table, of every
/// lemma, of the closed word classes and of the polite forms. Entries are derived on lookup from
/// the lemma table (`VerbMorphology.traits`), instead of a `[String: Entry]` of ≈ 1.4·10⁵ forms
/// built at every start; the only data needed up front, the verb lemmas (≈ 8·10³ strings) and an
/// index of the lemma column, are built with the lemma table (`LemmaTable`).
///
/// A form's entry: the polite forms (`Sie`, `Ihnen`, …) are fixed; else a form of the table gets
/// its lemma and the traits of `VerbMorphology.traits`, a lemma that is no form of the table gets
/// itself as lemma (noun when capitalised); a verb lemma is also an infinitive and finite verb;
/// a closed-class form adds its traits, and a function word loses its verb and noun readings.
struct WordTable: Sendable {
  let lemmas: LemmaTable
  let lemmaSet: LemmaSet
  let verbs: Set<String>
  /// `verbs` as a byte table for the per-word lookups (same answers, cheaper hash).
  let verbTable: ByteWordTable<Bool>

  init(lemmas: LemmaTable) {
    self.lemmas = lemmas
    lemmaSet = lemmas.lemmaSet
    verbs = lemmas.verbs
    verbTable = ByteWordTable(Dictionary(uniqueKeysWithValues: verbs.map { ($0, true) }))
  }

  /// The lemma of a zu-infinitive of a separable verb that the table does not list
  /// (`zurückzuschicken` → `zurückschicken`): a separable particle, `zu` and a verb of the table.
  func separableZuInfinitive(_ form: String) -> String? {
    guard form.utf8.count >= 8, let first = form.utf8.first, first >= 0x61, first <= 0x7A,
      form.hasSuffix("n")
    else { return nil }
    for particle in GermanGrammar.separableParticles
    where form.hasPrefix(particle + "zu") && form.utf8.count >= particle.utf8.count + 6 {
      let verb = String(form.dropFirst(particle.count + 2))
      if verbTable[verb] != nil { return particle + verb }
    }
    return nil
  }

  subscript(_ form: String) -> Analyzer.Entry? {
    // Every polite form starts with `S` or `I` (no other first character is equivalent to them).
    if let first = ByteText.firstByte(form), first == 0x53 || first == 0x49,
      VerbMorphology.politeForms.contains(form)
    {
      return Analyzer.Entry(traits: [.known, .politeAddress, .personalPronoun], lemma: "Sie")
    }
    var entry: Analyzer.Entry? = nil
    if let lemma = lemmas[form] {
      entry = Analyzer.Entry(
        traits: VerbMorphology.traits(form, lemma: lemma, verbs: verbTable, lemmas: lemmas),
        lemma: lemma)
    } else if lemmaSet.contains(form) {
      var traits: WordTraits = .known
      if Analyzer.startsUppercase(form) { traits.insert(.noun) }
      entry = Analyzer.Entry(traits: traits, lemma: form)
    }
    if entry != nil, verbTable[form] != nil {
      entry?.traits.formUnion([.infinitive, .finiteVerb])
    }
    if entry == nil, let lemma = separableZuInfinitive(form) {
      entry = Analyzer.Entry(traits: [.known, .zuInfinitive], lemma: lemma)
    }
    if let closed = VerbMorphology.closedTable[form] {
      var result = entry ?? Analyzer.Entry(traits: .known, lemma: nil)
      if !closed.isDisjoint(with: VerbMorphology.functionWordTraits) {
        result.traits.subtract([
          .finiteVerb, .infinitive, .participle, .pastTense,
          .subjunctiveICandidate, .subjunctiveII, .noun,
        ])
      }
      result.traits.formUnion(closed)
      entry = result
    }
    return entry
  }
}
