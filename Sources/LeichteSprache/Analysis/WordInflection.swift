/// Inflected forms of a replacement adjective or verb, produced by regular German morphology
/// and accepted only when the lemma table (`lemmata.tsv`) attests them as forms of that word.
/// Nothing is guessed: a form the data does not confirm gives nil, and the hard word is
/// explained instead of replaced.
struct WordInflection {
  let analyzer: Analyzer

  /// True when `form` is listed as a form of `lemma` (or is the lemma itself).
  func attested(_ form: String, of lemma: String) -> Bool {
    form == lemma || analyzer.entry(form).lemma == lemma
  }

  // MARK: Adjectives

  static let adjectiveEndings = ["e", "en", "em", "er", "es"]

  /// The form of adjective `replacement` with the ending that `form` has on `lemma`
  /// (`angemessenen` → `passenden`), or nil when the ending cannot be carried over safely.
  func adjective(_ form: String, lemma: String, replacement: String) -> String? {
    let lowerForm = form.lowercased()
    guard lowerForm.hasPrefix(lemma.lowercased()) else { return nil }
    let ending = String(lowerForm.dropFirst(lemma.count))
    if ending.isEmpty { return replacement }
    guard Self.adjectiveEndings.contains(ending), !replacement.contains(" "),
      !replacement.contains("-"),
      // Stems in -e, -el, -er change before an ending (leise, dunkle, teure).
      !replacement.hasSuffix("e"), !replacement.hasSuffix("el"), !replacement.hasSuffix("er")
    else { return nil }
    let result = replacement + ending
    guard attested(result, of: replacement) else { return nil }
    // `-er` may also be the comparative; it is the same form only without umlaut (kurzer ≠ kürzer).
    if ending == "er", let umlauted = Self.umlautLastVowel(replacement),
      attested(umlauted + "er", of: replacement)
    {
      return nil
    }
    return result
  }

  /// The word with its last vowel a, o or u umlauted, or nil when its last vowel is another one.
  static func umlautLastVowel(_ word: String) -> String? {
    var characters = Array(word)
    for k in characters.indices.reversed() {
      switch characters[k] {
      case "a": characters[k] = "ä"
      case "o": characters[k] = "ö"
      case "u":
        // `au` becomes `äu`.
        if k > 0 && characters[k - 1] == "a" {
          characters[k - 1] = "ä"
        } else {
          characters[k] = "ü"
        }
      case "e", "i", "ä", "ö", "ü", "y": return nil
      default: continue
      }
      return String(characters)
    }
    return nil
  }

  // MARK: Verbs

  /// The separable particle a verb starts with (`ab` in `abgeben`), or nil: the longest
  /// particle whose rest is a known verb (`antworten` has none: `tworten` is no verb).
  func particle(_ verb: String) -> String? {
    GermanGrammar.separableParticles.filter {
      verb.hasPrefix($0) && verb.count > $0.count + 3
        && !GermanGrammar.inseparablePrefixes.contains($0)
        && analyzer.entry(String(verb.dropFirst($0.count))).traits.contains(.infinitive)
    }.max { $0.count < $1.count }
  }

  /// True when the verb has an inseparable prefix (and so no ge- in its participle).
  static func hasInseparablePrefix(_ verb: String) -> Bool {
    GermanGrammar.inseparablePrefixes.contains { verb.hasPrefix($0) && verb.count > $0.count + 3 }
      || verb.hasSuffix("ieren")
  }

  /// The present stem: `prüfen` → `prüf`, `ändern` → `änder`.
  static func stem(_ verb: String) -> String { String(VerbMorphology.stem(verb)) }

  /// True for stems that need -e- before -t (`rechnet`, `bildet`, `öffnet`).
  static func needsLinkingE(_ stem: String) -> Bool {
    if stem.hasSuffix("t") || stem.hasSuffix("d") { return true }
    // Consonant + m/n after a consonant other than l, r, h: atmet, rechnet, öffnet.
    let tail = Array(stem.suffix(2))
    guard tail.count == 2, tail[1] == "m" || tail[1] == "n" else { return false }
    return !"aeiouäöülrhy".contains(tail[0])
  }

  /// The weak present form in -t of a simple (non-particle) verb stem: `prüft`, `rechnet`.
  static func tForm(_ stem: String) -> String { stem + (needsLinkingE(stem) ? "et" : "t") }

  /// True when the lemma table confirms a weak (regular) verb: its Präteritum in -te is listed.
  func isWeak(_ verb: String) -> Bool {
    let rest = particle(verb).map { String(verb.dropFirst($0.count)) } ?? verb
    let stem = Self.stem(rest)
    let past = Self.needsLinkingE(stem) ? stem + "ete" : stem + "te"
    let prefix = particle(verb) ?? ""
    // Separable verbs list their past as one word only in verb-final clauses (abgab); the
    // simple verb has the same inflection.
    return attested(prefix + past, of: verb) || (!prefix.isEmpty && attested(past, of: rest))
  }

  /// The participle II of a weak verb (`geprüft`, `abgegeben` is not weak), or nil when the
  /// verb is not confirmed weak or the participle is not attested.
  func weakParticiple(_ verb: String) -> String? {
    guard !verb.contains(" "), isWeak(verb) else { return nil }
    let prefix = particle(verb) ?? ""
    let rest = String(verb.dropFirst(prefix.count))
    let stem = Self.stem(rest)
    let ge = Self.hasInseparablePrefix(rest) ? "" : "ge"
    let participle = prefix + ge + Self.tForm(stem)
    if attested(participle, of: verb) { return participle }
    // Separable verbs: the participle of the simple verb is listed (gemeldet for anmelden).
    if !prefix.isEmpty, attested(ge + Self.tForm(stem), of: rest) { return participle }
    return nil
  }

  /// The 3rd person singular / 2nd person plural present of a weak, non-separable verb
  /// (`prüft`), or nil.
  func weakPresentT(_ verb: String) -> String? {
    guard !verb.contains(" "), particle(verb) == nil, isWeak(verb) else { return nil }
    let form = Self.tForm(Self.stem(verb))
    return attested(form, of: verb) ? form : nil
  }

  /// The zu-infinitive (`abzugeben`, `zu prüfen`, `krank zu werden`).
  func zuInfinitive(_ verb: String) -> String {
    let words = verb.split(separator: " ").map(String.init)
    if words.count > 1 {
      return (words.dropLast() + ["zu", words.last!]).joined(separator: " ")
    }
    if let prefix = particle(verb) {
      return prefix + "zu" + verb.dropFirst(prefix.count)
    }
    return "zu " + verb
  }
}
