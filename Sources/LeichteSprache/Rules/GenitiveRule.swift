/// Flags genitive phrases: `des …`, noun + `der …`, genitive prepositions, `dessen`/`deren`.
/// Rewrites an attributive genitive after a noun to `von` + dative where the form is certain:
/// `des Lehrers` → `von dem Lehrer`, `eines Antrags` → `von einem Antrag`, and `der` with a
/// feminine noun (`-ung`, `-heit`, …) or a plural in `-n` where the phrase cannot be a dative
/// object (first position or inside a prepositional phrase).
struct GenitiveRule: Rule {
  let id: RuleID = "genitiv"
  let title = "Kein Genitiv"
  let rationale = """
    Den Genitiv erkennt man oft an dem Wort des. Viele Leser kennen ihn nicht. Mit von oder einem \
    eigenen Satz ist es leichter: das Haus von dem Lehrer.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Genitiv vermeiden"
  let severity = Severity.violation

  let examples: [Example] = [
    .ok("Das ist das Haus von dem Lehrer."),
    .ok("Der Mann gibt der Frau das Buch."),
    .ok("Wir wohnen in der Stadt."),
    .flags("Das ist das Haus ⟦des Lehrers⟧."),
    .flags("Die Zahl ⟦der Menschen⟧ steigt."),
    .flags("⟦Wegen des Regens⟧ bleiben wir zu Hause."),
    .flags("Sie müssen ⟦innerhalb der Frist⟧ antworten."),
    .flags("Das ist der Mann, ⟦dessen⟧ Auto hier steht."),
    .rewrites("Das ist das Haus ⟦des Lehrers⟧.", to: "Das ist das Haus von dem Lehrer."),
    .rewrites(
      "Bitte schicken Sie die Kopie ⟦eines gültigen Ausweises⟧.",
      to: "Bitte schicken Sie die Kopie von einem gültigen Ausweis."),
    .rewrites(
      "Die Höhe ⟦der Zahlung⟧ steht im Bescheid.", to: "Die Höhe von der Zahlung steht im Bescheid."
    ),
    .rewrites(
      "Wir prüfen die Angaben zur Höhe ⟦der Einnahmen⟧.",
      to: "Wir prüfen die Angaben zur Höhe von den Einnahmen."),
    // `der` after an object may be a dative: `gibt das Formular der Mitarbeiterin`.
    .flags("Sie geben das Formular ⟦der Mitarbeiterin⟧."),
    // A weak noun (`des Namens` → `dem Namen`): the form is not certain.
    .flags("Die Schreibweise ⟦des Namens⟧ ist falsch."),
    // Part of a legal citation: the fact stays as written.
    .flags("Das steht in § 28 ⟦des Wohngeldgesetzes⟧."),
    // Part of a name: it stays.
    .flags("Fachamt Management ⟦des öffentlichen Raumes⟧"),
  ]

  /// Genitive determiners and their dative forms.
  static let dative: [String: String] = [
    "des": "dem", "eines": "einem", "Ihres": "Ihrem", "dieses": "diesem", "keines": "keinem",
    "unseres": "unserem", "jedes": "jedem",
  ]

  /// Endings of feminine nouns: singular `der …` is certain.
  static let feminineEndings = ["ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ei"]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    Constructions.genitives(in: sentence).map { span in
      let range = sentence.range(span.lowerBound, span.upperBound)
      let suggestion =
        sentence.traits[span.lowerBound].contains(.genitiveArticle) ? ["von dem"] : []
      return finding(
        range, "Das ist ein Genitiv. Schreiben Sie „von“ oder einen eigenen Satz.",
        suggestions: suggestion)
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      let i = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence), i >= 2,
      let noun = sentence.tokens.indices.last(where: {
        sentence.tokens[$0].range.end == finding.range.end
      }), noun > i, sentence.isNounLike(i - 1), sentence.isNounLike(noun)
    else { return [] }
    let tokens = sentence.tokens
    let traits = sentence.traits
    let determiner = tokens[i].text
    // Adjectives between determiner and noun end in `-en` in both cases.
    let adjectives = (i + 1)..<noun
    guard
      adjectives.allSatisfy({
        traits[$0].contains(.word) && !traits[$0].contains(.capitalized)
          && tokens[$0].text.hasSuffix("en")
      })
    else { return [] }
    guard
      // The head noun is a regular phrase (article, adjective or preposition before it), not
      // part of a name (`Fachamt Management des öffentlichen Raumes`, `Anstalt des …`).
      !traits[i - 2].isDisjoint(with: [
        .definiteArticle, .indefiniteArticle, .determiner, .preposition,
      ])
        || traits[i - 2].contains(.word) && !traits[i - 2].contains(.capitalized)
          && traits[i - 2].isDisjoint(with: .anyFinite) && tokens[i - 2].text.hasSuffix("e")
        || ["zur", "zum", "im", "am", "beim", "vom"].contains(tokens[i - 2].text),
      noun + 1 >= tokens.count || !traits[noun + 1].contains(.genitiveArticle)
    else { return [] }
    let word = tokens[noun].text
    var form: String
    var article: String
    if let dative = Self.dative[determiner] {
      // `Lehrers` → `Lehrer`, `Bescheides` → `Bescheid`; not a weak noun (`Namens`).
      guard let lemma = sentence.lemmas[noun], !lemma.hasSuffix("e"),
        word == lemma + "s" || word == lemma + "es"
      else { return [] }
      form = lemma
      article = dative
    } else if determiner == "der" {
      // Only where a dative object is impossible: the head phrase stands first (followed by
      // the finite verb) or inside a prepositional phrase.
      var head = i - 1
      while head > 0,
        !traits[head - 1].isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner])
          || (traits[head - 1].contains(.word) && !traits[head - 1].contains(.capitalized)
            && tokens[head - 1].text.hasSuffix("e")
            && traits[head - 1].isDisjoint(with: .anyFinite))
      {
        head -= 1
      }
      let first =
        head == 0 && noun + 1 < tokens.count && !traits[noun + 1].isDisjoint(with: .anyFinite)
      let inPhrase =
        head > 0 && traits[head - 1].contains(.preposition)
        || head > 0 && ["zur", "zum", "im", "am", "beim", "vom"].contains(tokens[head - 1].text)
        || ["zur", "zum", "im", "am", "beim", "vom"].contains(tokens[head].text)
      guard first || inPhrase else { return [] }
      let lower = word.lowercased()
      if Self.feminineEndings.contains(where: { lower.hasSuffix($0) }) {
        form = word
        article = "der"
      } else if let lemma = sentence.lemmas[noun], lemma != word, word.hasSuffix("n"),
        Self.feminineEndings.contains(where: { lemma.lowercased().hasSuffix($0) })
          || word == lemma + "en" || word == lemma + "n"
      {
        form = word  // `der Einnahmen` → `den Einnahmen`
        article = "den"
      } else {
        return []
      }
    } else {
      return []
    }
    // A fact (`§ 28 des Wohngeldgesetzes`, `Ablauf des 30. Juni`, `der Stadt Musterstadt`)
    // stays as written; checked last because it is the most expensive test.
    let previous = tokens[i - 1].range
    guard
      !sentence.facts.contains(where: {
        $0.range.overlaps(finding.range) || $0.range.overlaps(previous)
      })
    else { return [] }
    let words = ["von", article] + adjectives.map { tokens[$0].text } + [form]
    return [Edit(sentence.range(i, noun), words.joined(separator: " "))]
  }
}
