/// Closed word classes of German the analysis needs. They are grammar, not vocabulary (they do
/// not grow with a domain), so they live in code; see spec/design.md §4.8.
enum GermanGrammar {
  /// Every closed-class form (lower case) with its traits.
  static let closedClasses: [(WordTraits, [String])] = [
    (.definiteArticle, ["der", "die", "das", "dem", "den", "des"]),
    (.indefiniteArticle, ["ein", "eine", "einen", "einem", "einer", "eines"]),
    (.genitiveArticle, ["des"]),
    (
      .esDeterminer,
      [
        "eines", "meines", "deines", "seines", "ihres", "unseres", "eures", "dieses", "jenes",
        "jedes",
        "keines", "welches", "manches", "solches", "jeglichen", "desselben", "desjenigen",
      ]
    ),
    (
      .erDeterminer,
      [
        "der", "einer", "dieser", "jener", "jeder", "keiner", "meiner", "deiner", "seiner", "ihrer",
        "unserer", "unsrer", "eurer", "aller", "mancher", "solcher", "welcher", "beider",
        "derselben",
        "derjenigen",
      ]
    ),
    (
      .determiner,
      [
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen",
        "deinem",
        "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
        "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "euer",
        "eure", "euren", "eurem", "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene",
        "jenes", "jedem", "jeden", "jede", "jeder", "jedes", "kein", "keine", "keinen", "keinem",
        "keiner", "keines", "alle", "allen", "aller", "alles", "beide", "beiden", "beider", "viele",
        "vielen", "vieler", "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer",
        "manche", "manchen", "mancher", "solche", "solchen", "solcher", "welche", "welchen",
        "welcher", "welches", "andere", "anderen", "anderer",
      ]
    ),
    (
      .relativePronoun,
      [
        "der", "die", "das", "dem", "den", "denen", "welche", "welcher", "welches", "welchem",
        "welchen",
      ]
    ),
    (.genitivePronoun, ["dessen", "deren", "derer"]),
    (
      .personalPronoun,
      [
        "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "dich", "ihn", "uns", "euch", "mir",
        "dir", "ihm", "ihnen",
      ]
    ),
    (.firstPersonSingular, ["ich"]),
    (.impersonalMan, ["man"]),
    (.reflexive, ["sich"]),
    (
      .subordinator,
      [
        "dass", "daß", "weil", "obwohl", "obgleich", "obschon", "wenngleich", "falls", "sofern",
        "sodass", "sodaß", "indem", "nachdem", "bevor", "ehe", "ob", "sobald", "solange", "soweit",
        "wenn", "damit", "da", "während", "bis", "seit", "seitdem", "als", "wie", "wo",
        "wobei", "wodurch", "womit", "wonach", "worauf", "woraus", "worin", "worüber", "wovon",
        "wozu", "weshalb", "weswegen", "insofern", "insoweit", "zumal", "wohingegen",
      ]
    ),
    (
      .ambiguousSubordinator,
      [
        "da", "damit", "während", "bis", "seit", "seitdem", "als", "wie", "wo", "soweit",
        "insofern", "insoweit", "solange", "sobald",
      ]
    ),
    (
      .interrogative,
      [
        "wer", "wen", "wem", "wessen", "was", "wie", "wo", "wann", "warum", "weshalb", "weswegen",
        "wieso", "woher", "wohin", "welche", "welcher", "welches", "welchem", "welchen",
        "inwieweit",
        "wieviel", "wieviele",
      ]
    ),
    (.coordinator, ["und", "oder", "aber", "sondern", "denn", "sowie", "bzw"]),
    (
      .preposition,
      [
        "ab", "an", "auf", "aus", "außer", "bei", "bis", "durch", "für", "gegen", "gegenüber",
        "hinter",
        "in", "mit", "nach", "neben", "ohne", "seit", "über", "um", "unter", "von", "vor", "zu",
        "zwischen", "am", "im", "ins", "vom", "zum", "zur", "beim", "ans", "aufs", "durchs", "fürs",
        "ums", "gemäß", "laut", "entsprechend", "samt", "nebst", "dank", "per", "pro", "je",
      ]
    ),
    (
      [.genitivePreposition, .preposition],
      [
        "wegen", "trotz", "während", "innerhalb", "außerhalb", "aufgrund", "anhand", "mittels",
        "bezüglich", "hinsichtlich", "seitens", "zwecks", "anstelle", "statt", "anstatt", "infolge",
        "angesichts", "anlässlich", "oberhalb", "unterhalb", "jenseits", "diesseits", "zugunsten",
        "zuungunsten", "aufseiten", "einschließlich", "ausschließlich", "abzüglich", "zuzüglich",
        "inmitten", "unweit", "kraft", "namens", "betreffs", "inklusive", "exklusive", "binnen",
        "ungeachtet", "unbeschadet", "vorbehaltlich", "mangels", "anfangs", "ausgangs", "eingangs",
        "beiderseits", "längs", "zulasten",
      ]
    ),
    (
      .negation,
      [
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keins", "nie", "niemals",
        "nichts", "niemand", "niemandem", "niemanden", "nirgends", "nirgendwo", "weder", "ohne",
      ]
    ),
    (.zu, ["zu"]),
    (
      .numberWord,
      [
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
        "zwanzig",
        "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert",
        "tausend", "zweihundert", "dreihundert", "fünfhundert", "zweitausend", "dreitausend",
      ]
    ),
    (
      [.werdenForm, .werdenPresent, .finiteVerb],
      ["wird", "werde", "wirst", "werdet", "werden"]
    ),
    ([.subjunctiveICandidate], ["werde"]),
    ([.werdenForm, .finiteVerb, .pastTense], ["wurde", "wurden", "wurdest", "wurdet", "ward"]),
    ([.werdenForm, .finiteVerb, .subjunctiveII], ["würde", "würden", "würdest", "würdet"]),
    ([.werdenForm, .worden], ["worden"]),
    ([.participle], ["geworden", "gewesen", "gehabt"]),
    (
      [.seinForm, .finiteVerb],
      ["bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart"]
    ),
    ([.seinForm, .infinitive], ["sein"]),
    ([.seinForm, .finiteVerb, .subjunctiveI], ["sei", "seien", "seiest", "seist", "seiet"]),
    (
      [.seinForm, .finiteVerb, .subjunctiveII],
      ["wäre", "wären", "wärst", "wärest", "wärt", "wäret"]
    ),
    ([.habenForm, .finiteVerb], ["hat", "hast", "habt", "hatte", "hatten", "hattest", "hattet"]),
    ([.habenForm, .infinitive, .finiteVerb], ["haben"]),
    ([.habenForm, .finiteVerb, .subjunctiveICandidate], ["habe"]),
    ([.habenForm, .finiteVerb, .subjunctiveI], ["habest", "habet"]),
    ([.habenForm, .finiteVerb, .subjunctiveII], ["hätte", "hätten", "hättest", "hättet"]),
    (
      [.modalVerb, .finiteVerb],
      [
        "kann", "kannst", "können", "könnt", "konnte", "konnten", "muss", "muß", "musst", "müssen",
        "müsst", "musste", "mussten", "mußte", "mußten", "darf", "darfst", "dürfen", "dürft",
        "durfte",
        "durften", "soll", "sollst", "sollen", "sollt", "will", "willst", "wollen", "wollt",
        "wollte",
        "wollten", "mag", "magst", "mögen", "mochte", "mochten",
      ]
    ),
    (
      [.modalVerb, .finiteVerb, .subjunctiveII],
      [
        "könnte", "könnten", "könntest", "könntet", "müsste", "müssten", "müßte", "müßten",
        "müsstest", "dürfte", "dürften", "dürftest", "sollte", "sollten", "solltest", "solltet",
        "möchtest", "möchtet",
      ]
    ),
    ([.modalVerb, .finiteVerb, .subjunctiveII, .moechte], ["möchte", "möchten"]),
    (
      [.modalVerb, .finiteVerb, .subjunctiveI],
      ["könne", "müsse", "dürfe", "solle", "wolle", "möge", "mögest", "könnest", "müssest"]
    ),
    ([.lassenForm, .finiteVerb], ["lässt", "läßt", "lassen", "lasst", "ließ", "ließen"]),
    ([.lassenForm, .finiteVerb, .subjunctiveICandidate], ["lasse"]),
  ]

  /// Capitalised forms of polite address.
  static let politeForms: [String] = [
    "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres",
  ]

  /// Inseparable verb prefixes: their participle has no `ge-` (`bezahlt`, `verstanden`).
  static let inseparablePrefixes: [String] = [
    "be", "emp", "ent", "er", "ge", "miss", "miß", "ver", "zer", "hinter", "wider", "über", "unter",
    "voll",
  ]

  /// Separable verb particles: their participle has `ge` after the particle (`eingereicht`).
  static let separableParticles: [String] = [
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "empor", "fest", "fort", "frei", "her",
    "heran", "herauf", "heraus", "herbei", "herein", "herüber", "herum", "herunter", "hervor",
    "hin", "hinauf", "hinaus", "hinein", "hinzu", "los", "mit", "nach", "nieder", "statt", "teil",
    "über", "um", "unter", "vor", "voran", "voraus", "vorbei", "vorher", "weg", "weiter", "wieder",
    "zu", "zurecht", "zurück", "zusammen", "zuvor", "bereit", "bekannt", "kennen", "offen", "fern",
    "gegenüber", "hoch", "klar", "gut", "schwer", "sicher", "still", "voll", "wahr",
  ]

  /// Punctuation that closes a clause segment.
  static let clausePunctuation: Set<String> = [
    ",", ";", ":", "(", ")", "[", "]", "–", "—", "-", "„", "“", "”", "\"", "»", "«", "‚", "‘", "'",
    "/",
    ".", "!", "?", "…",
  ]
}
