/// Grammatical properties of a word form, looked up once per token. Closed-class traits come
/// from `GermanGrammar`; verb traits from the lemma table (`Lexicons/lemmata.tsv`).
public struct WordTraits: OptionSet, Hashable, Sendable {
  public let rawValue: UInt64
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  // Determiners and pronouns.
  public static let definiteArticle = WordTraits(rawValue: 1 << 0)
  public static let indefiniteArticle = WordTraits(rawValue: 1 << 1)
  /// Unambiguous genitive determiner: `des`.
  public static let genitiveArticle = WordTraits(rawValue: 1 << 2)
  /// Determiner in `-es` that is genitive before a noun in `-(e)s`: `eines`, `seines`, `dieses`.
  public static let esDeterminer = WordTraits(rawValue: 1 << 3)
  /// Determiner in `-er` that is genitive (feminine, plural) after a noun: `der`, `einer`, `dieser`.
  public static let erDeterminer = WordTraits(rawValue: 1 << 4)
  /// Can start a relative clause: `der`, `die`, `das`, `dem`, `den`, `denen`, `welche`, …
  public static let relativePronoun = WordTraits(rawValue: 1 << 5)
  /// Genitive relative or demonstrative: `dessen`, `deren`.
  public static let genitivePronoun = WordTraits(rawValue: 1 << 6)
  public static let personalPronoun = WordTraits(rawValue: 1 << 7)
  /// `ich`: a clause with it has first-person singular verb forms.
  public static let firstPersonSingular = WordTraits(rawValue: 1 << 8)
  /// Impersonal `man`.
  public static let impersonalMan = WordTraits(rawValue: 1 << 9)
  /// Polite address: `Sie`, `Ihnen`, `Ihr`, …
  public static let politeAddress = WordTraits(rawValue: 1 << 10)

  // Function words.
  public static let subordinator = WordTraits(rawValue: 1 << 11)
  /// Subordinator that is also an adverb, preposition or comparison particle (`da`, `während`,
  /// `als`, `bis`): a clause start only after a comma or at the sentence start, verb-final.
  public static let ambiguousSubordinator = WordTraits(rawValue: 1 << 12)
  /// Interrogative (`wer`, `wie`, `warum`): starts an indirect question after a comma.
  public static let interrogative = WordTraits(rawValue: 1 << 13)
  public static let coordinator = WordTraits(rawValue: 1 << 14)
  public static let preposition = WordTraits(rawValue: 1 << 15)
  public static let genitivePreposition = WordTraits(rawValue: 1 << 16)
  public static let negation = WordTraits(rawValue: 1 << 17)
  /// `zu` (infinitive marker or preposition).
  public static let zu = WordTraits(rawValue: 1 << 18)
  public static let numberWord = WordTraits(rawValue: 1 << 19)

  // Verbs.
  public static let werdenForm = WordTraits(rawValue: 1 << 20)
  public static let seinForm = WordTraits(rawValue: 1 << 21)
  public static let habenForm = WordTraits(rawValue: 1 << 22)
  public static let modalVerb = WordTraits(rawValue: 1 << 23)
  /// A finite verb form (possibly ambiguous with another reading).
  public static let finiteVerb = WordTraits(rawValue: 1 << 24)
  /// The infinitive (identical to the 1st/3rd person plural present).
  public static let infinitive = WordTraits(rawValue: 1 << 25)
  /// Participle II: `geprüft`, `eingereicht`, `verstanden`, `informiert`.
  public static let participle = WordTraits(rawValue: 1 << 26)
  /// An inflected participle used as an adjective: `geprüften`, `beantragte`.
  public static let participleAdjective = WordTraits(rawValue: 1 << 27)
  /// Präteritum of a full verb: `erhielten`, `prüfte`.
  public static let pastTense = WordTraits(rawValue: 1 << 28)
  /// Unambiguous Konjunktiv II: `wäre`, `hätte`, `würde`, `könnte`, `käme`, `gäbe`.
  public static let subjunctiveII = WordTraits(rawValue: 1 << 29)
  /// Unambiguous Konjunktiv I: `sei`, `könne`, `müsse`.
  public static let subjunctiveI = WordTraits(rawValue: 1 << 30)
  /// Konjunktiv I unless the subject is `ich`: `habe`, `werde`, `komme`, `gebe`.
  public static let subjunctiveICandidate = WordTraits(rawValue: 1 << 31)
  /// A form of `lassen`.
  public static let lassenForm = WordTraits(rawValue: 1 << 32)
  /// `sich`.
  public static let reflexive = WordTraits(rawValue: 1 << 33)
  /// Zu-infinitive in one word: `einzureichen`.
  public static let zuInfinitive = WordTraits(rawValue: 1 << 34)
  /// Present tense of `werden` (`wird`, `werden`, `werde`, `wirst`, `werdet`): future auxiliary.
  public static let werdenPresent = WordTraits(rawValue: 1 << 35)
  /// `worden`: only in the passive perfect.
  public static let worden = WordTraits(rawValue: 1 << 36)
  /// Possessive or demonstrative determiner, adjective-like word before a noun.
  public static let determiner = WordTraits(rawValue: 1 << 37)
  /// A form found in the lemma table (a known word).
  public static let known = WordTraits(rawValue: 1 << 38)
  /// A noun or name known from the lemma table (capitalised lemma).
  public static let noun = WordTraits(rawValue: 1 << 39)
  /// `möchte`, `möchten`: Konjunktiv II that Hildesheim rules allow.
  public static let moechte = WordTraits(rawValue: 1 << 40)

  /// Per token: the word starts with a capital letter.
  public static let capitalized = WordTraits(rawValue: 1 << 41)
  /// Per token: the first word of its sentence.
  public static let sentenceInitial = WordTraits(rawValue: 1 << 42)
  /// Per token: a token of kind `.word`.
  public static let word = WordTraits(rawValue: 1 << 43)
  /// Per token: punctuation that ends a clause segment (`,`, `;`, `:`, brackets, dashes, quotes).
  public static let clauseBreak = WordTraits(rawValue: 1 << 44)
  /// Per token: a comma.
  public static let comma = WordTraits(rawValue: 1 << 45)

  /// Any verb form that can be the finite verb of a clause.
  public static let anyFinite: WordTraits = [
    .finiteVerb, .werdenForm, .seinForm, .habenForm, .modalVerb, .subjunctiveI, .subjunctiveII,
    .subjunctiveICandidate, .lassenForm,
  ]
}
