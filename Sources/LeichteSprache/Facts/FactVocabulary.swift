/// The closed word sets that fact patterns are built from: citation parts, labels of file
/// numbers, titles before names, heads of office names. They describe the *form* of facts in
/// administrative German, not its vocabulary, so they live in code with the patterns.
enum FactVocabulary {
  /// Parts of a legal citation followed by a number: `Abs. 2`, `S. 1`, `Nr. 3`, `lit. e`.
  static let citationParts: Set<String> = [
    "Abs.", "Absatz", "S.", "Satz", "Nr.", "Nummer", "Nrn.", "Buchst.", "Buchstabe", "lit.",
    "Hs.", "Halbsatz", "Alt.", "Alternative", "UAbs.", "Unterabs.", "Ziff.", "Ziffer", "Var.",
    "Anh.", "Anlage", "Abschn.", "Abschnitt", "Teil", "Kap.", "Kapitel", "Spiegelstr.",
  ]

  /// Words that join numbers inside a citation: `§§ 13 bis 18`, `Abs. 3 und 4`, `§ 3 i. V. m. § 5`.
  static let citationJoiners: Set<String> = [
    "und", "bis", "oder", "sowie", "i. V. m.", "i.V.m.", "u.", "ff.", "f.",
  ]

  /// Endings of written-out law names: `des Wohngeldgesetzes`, `der Abgabenordnung`.
  static let lawNameEndings = [
    "gesetz", "gesetzes", "gesetzbuch", "gesetzbuches", "gesetzbuchs", "verordnung", "ordnung",
    "satzung", "richtlinie", "vertrag", "vertrages", "vertrags", "grundgesetz", "grundgesetzes",
  ]

  /// Labels before file and document numbers (lower case).
  static let referenceLabels: Set<String> = [
    "az.", "az", "aktenzeichen", "gz.", "geschäftszeichen", "zeichen", "kassenzeichen", "drs.",
    "drucksache", "vorlage", "beschlussvorlage", "nr.", "kunden-nr.", "kundennummer",
    "steuernummer", "steuer-nr.", "vorgangsnummer", "mandatsreferenz", "gläubiger-id",
    "referenz", "ref.", "bg-nr.", "bg-nummer", "objekt-nr.", "vertragsnummer", "antragsnummer",
    "rechnungsnummer", "buchungszeichen", "personenkennziffer", "pm", "tgb.-nr.", "reg.-nr.",
    "vordruck", "formular",
  ]

  /// Endings of such labels: `Mahnungs-Nr.`, `Transaktions-Nr.`, `Versicherungsnummer`.
  static let referenceLabelEndings = ["-nr.", "nummer", "zeichen", "-id", "referenz"]

  /// Whether `word` labels a file or document number (`Az.`, `Kunden-Nr.`, `Kassenzeichen`).
  static func isReferenceLabel(_ word: String) -> Bool {
    isReferenceLabel(lowercased: word.lowercased())
  }

  /// `isReferenceLabel` of a word already in lower case.
  static func isReferenceLabel(lowercased lower: String) -> Bool {
    if referenceLabels.contains(lower) { return true }
    return lower.count > 3 && referenceLabelEndings.contains { lower.hasSuffix($0) }
  }

  /// Whether the tokens before `index` end in a reference label, with an optional colon:
  /// `Aktenzeichen: WG 4711`, `Kunden-Nr. 4711`.
  static func followsReferenceLabel(_ tokens: [Token], _ index: Int) -> Bool {
    var k = index - 1
    if k >= 0 && tokens[k].text == ":" { k -= 1 }
    return k >= 0 && isReferenceLabel(tokens[k].text)
  }

  static let phoneLabels: Set<String> = [
    "tel.", "tel", "telefon", "telefonnummer", "rufnummer", "fax", "telefax", "mobil", "handy",
    "hotline", "servicenummer", "behördennummer",
  ]

  /// Scale words between a number and its currency: `1,2 Mio. Euro`.
  static let moneyScales: [String: Double] = [
    "Tsd.": 1e3, "Tausend": 1e3, "Mio.": 1e6, "Million": 1e6, "Millionen": 1e6, "Mrd.": 1e9,
    "Milliarde": 1e9, "Milliarden": 1e9,
  ]

  /// Words after a number that make it a percentage (`0,50 v. H.`, `3 Prozent`).
  static let percentWords: Set<String> = ["v.H.", "v. H.", "vH", "Prozent", "vom Hundert"]

  /// Words that open a deadline (lower case).
  static let deadlineStarts: Set<String> = [
    "bis", "spätestens", "innerhalb", "binnen", "frist", "fristablauf", "ab", "vor", "zum",
    // `mit Wirkung vom 1. Mai` is the same date as `ab 1. Mai` (a hard-word rewrite).
    "wirkung",
  ]

  /// Finite verbs between `Frist` and its date: `Frist endet am 30. Juni`, `Frist ist am …`.
  static let deadlineVerbs: Set<String> = [
    "endet", "beginnt", "läuft", "ist", "gilt", "endete", "begann", "lief", "war",
  ]

  /// Words between the opening word of a deadline and its date or duration.
  static let deadlineFillers: Set<String> = [
    "zum", "spätestens", "am", "einschließlich", "von", "vom", "den", "dem", "des", "der",
    "freitag,", "bis", "zur",
  ]

  /// Titles before a person's name.
  static let personTitles: Set<String> = [
    "Frau", "Herr", "Herrn", "Hr.", "Hrn.", "Fr.", "Dr.", "Prof.", "gez.", "gezeichnet",
    "Gezeichnet", "Ansprechpartner:", "Ansprechpartnerin:",
  ]

  /// Capitalised words after a title that are no names.
  static let notNames: Set<String> = [
    "Sie", "Ihr", "Ihre", "Ihnen", "Der", "Die", "Das", "Und", "Oder", "Mit", "Von", "Bitte",
    "Vorsitzende", "Vorsitzender", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister",
    "Oberbürgermeisterin",
  ]

  /// Words that name an office when a proper name follows: `Stadt Musterstadt`.
  static let officeHeads: Set<String> = [
    "Stadt", "Gemeinde", "Landkreis", "Kreis", "Bezirk", "Fachbereich", "Fachamt", "Fachdienst",
    "Jobcenter", "Rathaus", "Amt", "Bezirksamt", "Landratsamt", "Senat", "Ministerium",
    "Familienkasse", "Agentur", "Kreisverwaltung", "Stadtverwaltung", "Gemeindeverwaltung",
  ]

  /// Endings of office names written as one word: `Wohngeldstelle`, `Stadtkasse`, `Bürgeramt`.
  static let officeEndings = [
    "amt", "stelle", "kasse", "behörde", "center", "verwaltung", "versammlung", "ministerium",
    "gericht", "agentur", "senat", "beirat",
  ]
}
