/// Grammatical gender of a noun; `plural` for nouns that have only a plural (`Kosten`).
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
  case masculine = "m"
  case feminine = "f"
  case neuter = "n"
  case plural = "pl"

  public init?(code: String) { self.init(rawValue: code) }
}

public enum GrammaticalCase: Int, Hashable, Sendable, Codable, CaseIterable {
  case nominative, genitive, dative, accusative
}

public enum GrammaticalNumber: Int, Hashable, Sendable, Codable, CaseIterable {
  case singular, plural
}

/// One case-and-number cell of a noun's paradigm.
public struct Cell: Hashable, Sendable, Codable, CustomStringConvertible {
  public let grammaticalCase: GrammaticalCase
  public let number: GrammaticalNumber

  public init(_ grammaticalCase: GrammaticalCase, _ number: GrammaticalNumber) {
    self.grammaticalCase = grammaticalCase
    self.number = number
  }

  /// Position in `nomenformen.tsv` order: nom, gen, dat, akk singular, then plural.
  public var index: Int { number.rawValue * 4 + grammaticalCase.rawValue }

  public static let all: [Cell] = GrammaticalNumber.allCases.flatMap { number in
    GrammaticalCase.allCases.map { Cell($0, number) }
  }

  public var description: String {
    let names = ["Nom", "Gen", "Dat", "Akk"]
    return names[grammaticalCase.rawValue] + (number == .singular ? " Sg" : " Pl")
  }
}

/// Agreement of a noun with what precedes it and with a replacement noun.
///
/// A hard noun is replaced only when every reading of the word in its noun phrase gives the
/// same form of the replacement: the readings come from the noun's paradigm (which cells the
/// form fills), narrowed by the determiner of the noun phrase (`den` before a masculine noun is
/// accusative singular or dative plural). In the singular the replacement must have the same
/// gender, so the determiner, the adjective endings and later pronouns still fit; in the plural
/// German determiners and adjectives do not show gender, so any gender will do.
public enum NounAgreement {
  /// What a determiner form allows: (case, number, gender) triples. Gender `.plural` stands for
  /// any gender in the plural.
  typealias Reading = (GrammaticalCase, GrammaticalNumber, Gender)

  /// Readings of the definite article and of `dieser`-type determiners by ending.
  static let strongEndings: [String: [Reading]] = [
    "er": [
      (.nominative, .singular, .masculine), (.dative, .singular, .feminine),
      (.genitive, .singular, .feminine), (.genitive, .plural, .plural),
    ],
    "e": [
      (.nominative, .singular, .feminine), (.accusative, .singular, .feminine),
      (.nominative, .plural, .plural), (.accusative, .plural, .plural),
    ],
    "es": [
      (.nominative, .singular, .neuter), (.accusative, .singular, .neuter),
      (.genitive, .singular, .masculine), (.genitive, .singular, .neuter),
    ],
    "en": [(.accusative, .singular, .masculine), (.dative, .plural, .plural)],
    "em": [(.dative, .singular, .masculine), (.dative, .singular, .neuter)],
  ]

  /// Readings of `ein`-type determiners (ein, kein, mein, dein, sein, ihr, unser, euer) by
  /// ending; the bare stem is nominative masculine or nominative/accusative neuter.
  static let mixedEndings: [String: [Reading]] = [
    "": [
      (.nominative, .singular, .masculine), (.nominative, .singular, .neuter),
      (.accusative, .singular, .neuter),
    ],
    "e": strongEndings["e"]!,
    "er": [
      (.dative, .singular, .feminine), (.genitive, .singular, .feminine),
      (.genitive, .plural, .plural),
    ],
    "es": [(.genitive, .singular, .masculine), (.genitive, .singular, .neuter)],
    "en": strongEndings["en"]!,
    "em": strongEndings["em"]!,
  ]

  static let definite: [String: [Reading]] = [
    "der": strongEndings["er"]!, "die": strongEndings["e"]!,
    "das": [(.nominative, .singular, .neuter), (.accusative, .singular, .neuter)],
    "den": strongEndings["en"]!, "dem": strongEndings["em"]!,
    "des": [(.genitive, .singular, .masculine), (.genitive, .singular, .neuter)],
    // Preposition and article in one word.
    "im": strongEndings["em"]!, "am": strongEndings["em"]!, "zum": strongEndings["em"]!,
    "vom": strongEndings["em"]!, "beim": strongEndings["em"]!,
    "zur": [(.dative, .singular, .feminine)],
    "ins": [(.accusative, .singular, .neuter)], "ans": [(.accusative, .singular, .neuter)],
    "aufs": [(.accusative, .singular, .neuter)],
  ]

  static let strongStems = ["dies", "jen", "jed", "welch", "manch", "solch"]
  static let mixedStems = ["ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur"]

  /// The readings a determiner allows, or nil when `word` is no determiner.
  static func determinerReadings(_ word: String) -> [Reading]? {
    let lower = word.lowercased()
    if let readings = definite[lower] { return readings }
    for stem in strongStems where lower.hasPrefix(stem) {
      if let readings = strongEndings[String(lower.dropFirst(stem.count))] { return readings }
    }
    for stem in mixedStems where lower.hasPrefix(stem) {
      // `euer` drops its e before an ending: eure, euren.
      if let readings = mixedEndings[String(lower.dropFirst(stem.count))] { return readings }
    }
    return nil
  }

  /// True for a word that can stand between a determiner and its noun: an inflected adjective
  /// or participle (lower case, ending in -e, -en, -em, -er, -es) or a number.
  static func isAttributive(_ token: Token, traits: WordTraits) -> Bool {
    if token.kind == .number || token.kind == .ordinal { return true }
    guard token.kind == .word, !traits.contains(.capitalized) else { return false }
    if !traits.isDisjoint(with: [
      .definiteArticle, .indefiniteArticle, .preposition, .personalPronoun, .subordinator,
      .coordinator, .negation, .modalVerb, .werdenForm, .seinForm, .habenForm, .zu,
    ]) {
      return false
    }
    let text = token.text
    return ["e", "en", "em", "er", "es"].contains { text.hasSuffix($0) }
  }

  /// The cells a noun form can fill at `index` of a sentence: its paradigm cells, narrowed by
  /// the determiner before it (skipping attributive adjectives). Empty when they contradict.
  static func cells(
    of form: String, entry: NounForms.Entry, at index: Int, in sentence: AnalyzedSentence
  ) -> [Cell] {
    var cells = entry.cells(of: form)
    var k = index - 1
    let tokens = sentence.tokens
    while k >= 0, isAttributive(tokens[k], traits: sentence.traits[k]) { k -= 1 }
    guard k >= 0, tokens[k].kind == .word,
      !sentence.traits[k].contains(.capitalized)
        || sentence.traits[k].contains(.sentenceInitial),
      let readings = determinerReadings(tokens[k].text)
    else { return cells }
    cells = cells.filter { cell in
      readings.contains { reading in
        reading.0 == cell.grammaticalCase && reading.1 == cell.number
          && (cell.number == .plural || reading.2 == entry.gender)
      }
    }
    return cells
  }

  /// The form of `replacement` that agrees with `form` of `hard` at `index`, or nil when there
  /// is none or more than one. `sameEnding` picks among variants of one cell (`Briefes` after
  /// `Bescheides`, `Briefs` after `Bescheids`).
  static func replacementForm(
    for form: String, hard: NounForms.Entry, replacement: NounForms.Entry, at index: Int,
    in sentence: AnalyzedSentence
  ) -> String? {
    replacementForm(
      for: form, hard: hard, replacement: replacement,
      cells: cells(of: form, entry: hard, at: index, in: sentence))
  }

  /// The replacement form for the given readings of `form` (see above).
  public static func replacementForm(
    for form: String, hard: NounForms.Entry, replacement: NounForms.Entry, cells: [Cell]
  ) -> String? {
    guard !cells.isEmpty else { return nil }
    var result: String? = nil
    for cell in cells {
      if cell.number == .singular && hard.gender != replacement.gender { return nil }
      let forms = replacement.forms(cell)
      guard let first = forms.first else { return nil }
      let chosen = forms.first { sameEnding(form, $0) } ?? first
      if let result, result != chosen { return nil }
      result = chosen
    }
    return result
  }

  /// Both forms end in -es, both in -s without -es, or neither in -s.
  static func sameEnding(_ a: String, _ b: String) -> Bool {
    func kind(_ s: String) -> Int { s.hasSuffix("es") ? 2 : s.hasSuffix("s") ? 1 : 0 }
    return kind(a) == kind(b)
  }
}
