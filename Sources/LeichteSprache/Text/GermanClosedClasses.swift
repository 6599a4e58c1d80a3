/// Closed word classes of German that segmentation decisions depend on. These are grammar, not
/// vocabulary: they do not grow with a domain, so they live in code (see spec/design.md §4.8).
enum GermanClosedClasses {
  static let months: Set<String> = [
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
  ]

  /// Month abbreviations as written before a year or after an ordinal (`31. Dez. 2026`).
  static let monthAbbreviations: Set<String> = [
    "jan", "feb", "febr", "mär", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
    "dez",
  ]

  /// Words after which a number with a dot is an ordinal, not a sentence end:
  /// `am 3. Oktober`, `im 2. Stock`, `zum 1. Mal`, `die 5. Sitzung`.
  static let ordinalDeterminers: Set<String> = [
    "am", "im", "vom", "zum", "zur", "beim", "der", "die", "das", "dem", "den", "des", "ab", "bis",
    "seit", "jeden", "jede", "jedem", "jeder", "jedes", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    "sein", "seine", "seinem", "seinen", "seiner", "unser", "unsere", "unserem", "unseren",
    "unserer",
    "dieser", "diese", "diesem", "diesen", "dieses", "nach", "vor", "zwischen", "ein", "eine",
    "einem", "einen", "einer", "eines", "ins", "ums", "übers", "fürs", "jeweils", "spätestens",
    "frühestens", "bzw",
  ]

  /// Nouns that follow ordinal numbers in running text regardless of what precedes them.
  static let ordinalNouns: Set<String> = [
    "jahrhundert", "jahrtausend", "etage", "stock", "stockwerk", "obergeschoss", "og",
    "untergeschoss", "mal", "klasse", "platz", "lebensjahr", "quartal", "halbjahr", "sitzung",
    "kapitel", "auflage", "ausgabe", "fassung", "änderung", "lesung", "stufe", "runde", "tag",
    "woche", "monat", "jahr", "abschnitt", "bauabschnitt", "schuljahr", "semester", "amtszeit",
    "wahlperiode", "legislaturperiode", "tagesordnungspunkt", "buch", "teil", "band", "staffel",
    "liga", "bundesliga", "geburtstag", "jahrestag", "advent", "weltkrieg", "durchgang",
    "kalenderwoche",
    "kw", "quartals", "jahrhunderts", "schritt", "preis", "rang", "person", "kind",
    "stelle", "mai",
  ]

  /// Words after which a line break cannot end a heading or a line of its own: a line ending in
  /// one of them continues on the next line.
  static let continuationWords: Set<String> = [
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
    "und", "oder", "aber", "sowie", "bzw", "als", "wie", "dass", "daß", "weil", "wenn", "ob", "von",
    "vom", "zu", "zum", "zur", "mit", "für", "fürs", "auf", "aus", "bei", "beim", "nach", "in",
    "im",
    "an", "am", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "ohne",
    "um", "bis", "seit", "während", "wegen", "trotz", "gemäß", "laut", "sich", "ist", "sind",
    "wird", "werden", "wurde", "hat", "haben", "kann", "können", "muss", "müssen", "soll", "sollen",
    "nicht", "auch", "noch", "so", "sehr", "dieser", "diese", "dieses", "diesem", "diesen", "ihr",
    "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "seinem", "unser", "unsere", "unseren",
    "denn", "sondern", "doch", "jedoch", "sodass", "damit", "indem", "nachdem", "bevor", "sofern",
    "falls", "obwohl", "innerhalb", "außerhalb", "bezüglich", "hinsichtlich", "aufgrund",
  ]

  /// Conjunctions after which a trailing hyphen marks a truncated compound (`Bürger- und
  /// Sozialamt`) rather than a word broken at the line end.
  static let truncationConjunctions: Set<String> = [
    "und", "oder", "bzw", "sowie", "wie", "als", "bis", "noch", "u", "resp", "beziehungsweise",
  ]

  /// Opening formulas and closing formulas of letters: lines that stand alone but are no headings.
  static let letterFormulaPrefixes: [String] = [
    "sehr geehrte", "liebe ", "lieber ", "hallo", "guten tag", "mit freundlichen",
    "freundliche grüße",
    "viele grüße", "beste grüße", "herzliche grüße", "hochachtungsvoll", "i. a.", "i. v.", "i.a.",
    "i.v.", "im auftrag", "in vertretung",
  ]

  /// Suffixes of feminine forms in gender-inclusive spellings (`Bürger*innen`, `Lehrer/in`).
  static let genderSuffixes: Set<String> = ["in", "innen", "inne", "In", "Innen"]

  /// Function words that are capitalised only at a sentence start. After a lower-case word with
  /// no punctuation between (`… angeregt Doch Kroatenführer …`), such a capital starts a new
  /// sentence whose predecessor lacked its full stop (headlines, bylines). The polite pronouns
  /// `Sie`, `Ihr`, `Ihnen` are capitalised anywhere and are not listed.
  static let sentenceInitialFunctionWords: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "im", "in", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "zu", "zum",
    "zur", "für", "um", "über", "unter", "vor", "durch", "gegen", "ohne", "seit", "bis", "doch",
    "aber", "und", "oder", "denn", "so", "dann", "da", "als", "wenn", "weil", "dass", "daß", "ob",
    "wie", "wo", "was", "wer", "er", "es", "wir", "ich", "man", "dies", "diese", "dieser", "dieses",
    "diesem", "diesen", "auch", "noch", "nur", "schon", "jetzt", "heute", "nun", "bereits", "zudem",
    "zugleich", "trotzdem", "deshalb", "daher", "dabei", "damit", "dazu", "darum", "allerdings",
    "außerdem", "jedoch", "immerhin", "vielleicht", "hier", "dort", "jeder", "jede", "jedes",
    "alle",
    "viele", "mehr", "kein", "keine", "nicht", "sein", "seine",
  ]
}
