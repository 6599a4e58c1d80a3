/// Lemma-aware word lookup: one definition of "this form belongs to a known lemma", shared by the
/// basic-vocabulary test, the hard-word lookup, the coverage benchmark and the lint.
///
/// Candidates of a form, in this order (duplicates removed):
/// 1. the form itself and its lower-case spelling (sentence-initial capitals: *Beide*);
/// 2. its lemma from `lemmata.tsv` (exact spelling first, then lower case), and the lemma's own
///    lemma: inflected participles point to the participle (*geprüften → geprüft → prüfen*), so
///    they are looked up twice;
/// 3. for a word written in lower case (or a capitalised form whose lower-case spelling is a
///    known word form: a sentence start), the form without an adjective ending -e, -en, -er,
///    -es, -em (*allergische → allergisch*; *anderen → andere* when the list has the -e form), also after a comparative -er (*anfälligeren,
///    anfälliger → anfällig*), each followed by its lemma. A stripped stem is only a candidate
///    when it is itself a known word (`known`, or a form in `lemmata.tsv`), so *Lehrer* never
///    becomes *Lehr*.
public enum LemmaLookup {
  /// Adjective inflection endings, longest first.
  static let adjectiveEndings = ["em", "en", "er", "es", "e"]

  /// The candidate lemmas of `form`. `lemmas` is the `form → lemma` table; `known` says whether a
  /// stripped stem is a word in its own right (basic vocabulary, a lexicon entry, …).
  public static func candidates(
    _ form: String, lemmas: LemmaTable, known: (String) -> Bool
  ) -> [String] {
    var result: [String] = []
    func add(_ word: String) {
      if !word.isEmpty, !result.contains(word) { result.append(word) }
    }
    func addWithLemmas(_ word: String) {
      add(word)
      if let lemma = lemmas[word] {
        add(lemma)
        if let again = lemmas[lemma], again != lemma { add(again) }
      }
    }
    let lower = form.lowercased()
    addWithLemmas(form)
    if lower != form { addWithLemmas(lower) }
    let adjectiveLike = form.first?.isLowercase == true || (lower != form && lemmas[lower] != nil)
    guard adjectiveLike, lower.count >= 5 else { return result }
    var stems: [String] = []
    for ending in adjectiveEndings where lower.hasSuffix(ending) {
      let stem = String(lower.dropLast(ending.count))
      guard stem.count >= 3 else { continue }
      stems.append(stem)
      // spaCy stems (anderen → ander): the citation form with -e (andere) is the lemma.
      stems.append(stem + "e")
      // Comparative: -er before the ending (anfälligeren → anfällig).
      if stem.hasSuffix("er"), stem.count >= 5 { stems.append(String(stem.dropLast(2))) }
    }
    if lower.hasSuffix("er"), lower.count >= 6 { stems.append(String(lower.dropLast(2))) }
    for stem in stems where known(stem) || lemmas[stem] != nil {
      addWithLemmas(stem)
    }
    return result
  }
}

extension Lexicon {
  /// Candidate lemmas of a word form (see `LemmaLookup`); needs `.lemmas` for the lemma steps.
  /// A stripped adjective stem counts when it is basic vocabulary, a hard word or a known lemma.
  public func lemmaCandidates(of form: String) -> [String] {
    LemmaLookup.candidates(form, lemmas: lemmas) { stem in
      basicVocabulary.contains(stem) || hardWords.entries[stem] != nil
    }
  }

  /// Whether the form or one of its lemma candidates is in `grundwortschatz.tsv` (load
  /// `.basicVocabulary` and `.lemmas`).
  public func isBasicVocabulary(_ form: String) -> Bool {
    if basicVocabulary.contains(form.lowercased()) { return true }
    return lemmaCandidates(of: form).contains { basicVocabulary.contains($0.lowercased()) }
  }

  /// The `woerter.tsv` entry of the form, directly, through its inflected forms, or through one
  /// of its lemma candidates.
  public func hardWordEntry(for form: String) -> HardWords.Entry? {
    if let entry = hardWords.entry(for: form) { return entry }
    for candidate in lemmaCandidates(of: form) {
      if let entry = hardWords.entry(for: candidate) { return entry }
    }
    return nil
  }
}
