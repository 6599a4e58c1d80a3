/// Flags passive voice (`wird geprüft`) and passive substitutes (`ist … zu` + infinitive,
/// `lässt sich` + infinitive). Rewrites a simple `werden` passive to the active voice where the
/// agent is known: `von Ihnen` → `Sie`, `von uns` or (in letter mode, for administrative
/// actions of the sender) no agent → `wir`. The subject becomes the object only where its
/// accusative is certain (`der` → `den`; `Ihr` → `Ihren` only when the document shows the noun
/// as masculine elsewhere).
struct PassiveVoiceRule: Rule {
  let id: RuleID = "passiv"
  let title = "Aktiv statt Passiv"
  let rationale = """
    Im Passiv fehlt oft, wer etwas tut. Aktive Sätze sagen klar, wer handelt: Wir prüfen den \
    Antrag. Das ist leichter zu verstehen.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Aktiv statt Passiv; DIN SPEC 33429"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Wir prüfen Ihren Antrag."),
    .ok("Sie werden morgen kommen."),
    .ok("Er wird Arzt."),
    .ok("Das Wetter wird schön."),
    .flags("Morgen ⟦wird der Heim-Beirat gewählt⟧."),
    .flags("Ihr Antrag ⟦wurde geprüft⟧."),
    .flags("Wir wissen, dass der Antrag ⟦eingereicht worden⟧ ist."),
    .flags("Der Antrag ⟦ist bis Montag einzureichen⟧."),
    // `ist … zu` in a letter: what the reader has to do.
    .rewrites(
      "Der Widerspruch ⟦ist schriftlich oder zur Niederschrift bei der Stadt einzulegen⟧.",
      to: "Sie müssen den Widerspruch schriftlich oder zur Niederschrift bei der Stadt einlegen."),
    .rewrites(
      "Die Steuermarke ⟦ist innerhalb von 2 Wochen zurückzugeben⟧.",
      to: "Sie müssen die Steuermarke innerhalb von 2 Wochen zurückgeben."),
    .rewrites(
      "Die Steuer-Marke ⟦ist zurückzugeben⟧.", to: "Sie müssen die Steuer-Marke zurückgeben."),
    .rewrites(
      "Der Betrag ⟦ist bis zum 30. Juni zurückzuzahlen⟧.",
      to: "Sie müssen den Betrag bis zum 30. Juni zurückzahlen."),
    .rewrites(
      "Der Antrag auf Wohngeld ⟦ist bei der Stadt zu stellen⟧.",
      to: "Sie müssen den Antrag auf Wohngeld bei der Stadt stellen."),
    .flags("Der Baubeginn ⟦ist der Behörde vorher zu melden⟧."),
    .flags("Die Note ⟦ist in der Niederschrift zu begründen⟧."),
    // What the reader may do about a decision: `können Sie`.
    .rewrites(
      "Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch bei der Stadt ⟦erhoben werden⟧.",
      to:
        "Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch bei der Stadt erheben."
    ),
    .rewrites(
      "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Klage beim Verwaltungsgericht Musterstadt, Justizallee 8, 12345 Musterstadt, schriftlich oder zu Protokoll der Geschäftsstelle ⟦erhoben werden⟧.",
      to:
        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats Klage beim Verwaltungsgericht Musterstadt, Justizallee 8, 12345 Musterstadt, schriftlich oder zu Protokoll der Geschäftsstelle erheben."
    ),
    // A subject with an article would change its case; another verb: stays.
    .flags("Gegen den Bescheid kann der Antrag ⟦gestellt werden⟧."),
    .flags("Gegen diesen Bescheid kann Widerspruch ⟦geprüft werden⟧."),
    // Someone else acts for the reader, an agent is named, `Ihr Antrag` may be neuter: stays.
    .flags("Ihnen ⟦ist Gelegenheit zu geben⟧."),
    .flags("Die Kosten ⟦sind vom Land zu tragen⟧."),
    .flags("Ihr Antrag ⟦ist bis Montag einzureichen⟧."),
    .flags("Das ⟦lässt sich leicht ändern⟧."),
    .rewrites("Der Antrag ⟦wird geprüft⟧.", to: "Wir prüfen den Antrag."),
    .rewrites(
      "Die Unterlagen ⟦wurden von Ihnen eingereicht⟧.", to: "Sie haben die Unterlagen eingereicht."
    ),
    .rewrites(
      "Das Geld ⟦wird Ihnen am 1. Juli überwiesen⟧.",
      to: "Wir überweisen Ihnen das Geld am 1. Juli."),
    .rewrites(
      "Das Geld ⟦wird am 1. Juli ausgezahlt⟧.", to: "Wir zahlen das Geld am 1. Juli aus."),
    .rewrites("Sie ⟦werden rechtzeitig informiert⟧.", to: "Wir informieren Sie rechtzeitig."),
    .rewrites("Der Bescheid ⟦wird Ihnen geschickt⟧.", to: "Wir schicken Ihnen den Bescheid."),
    .rewrites(
      "Wir haben Ihren Antrag erhalten. Ihr Antrag ⟦wird jetzt bearbeitet⟧.",
      to: "Wir haben Ihren Antrag erhalten. Wir bearbeiten Ihren Antrag jetzt."),
    // A prepositional phrase in front stays first.
    .rewrites(
      "Nach Eingang der Unterlagen ⟦wird Ihr Antrag sofort bearbeitet⟧.",
      to: "Nach Eingang der Unterlagen bearbeiten wir Ihren Antrag sofort."),
    .rewrites(
      "Die Leistung ⟦wird vom 1. April bis zum 31. Mai bewilligt⟧.",
      to: "Wir bewilligen die Leistung vom 1. April bis zum 31. Mai."),
    .rewrites(
      "Ab Mai ⟦wird das Geld auf Ihr Konto überwiesen⟧.",
      to: "Ab Mai überweisen wir das Geld auf Ihr Konto."),
    .rewrites(
      "Am 3. Mai ⟦wird der Behörde der Bescheid geschickt⟧.",
      to: "Am 3. Mai wird der Behörde der Bescheid geschickt."),
    // `Ihr Antrag` may be masculine or neuter: the document or the noun lexicon tells.
    .rewrites("Ihr Antrag ⟦wurde geprüft⟧.", to: "Wir haben Ihren Antrag geprüft."),
    .rewrites("Ihr Formblatt ⟦wurde geprüft⟧.", to: "Ihr Formblatt wurde geprüft."),
    // Another agent (`von der Stadt`) would need a verb in the third person: stays.
    .flags("Der Antrag ⟦wird von der Stadt geprüft⟧."),
    // Not an action of the sender: stays.
    .flags("Der Heim-Beirat ⟦wird gewählt⟧."),
    // `von Ihnen` inside a noun phrase is no agent.
    .flags("Das Geld ⟦wird auf das von Ihnen angegebene Konto überwiesen⟧."),
  ]

  /// Administrative actions that the sender of a letter does (`wir` in letter mode).
  static let senderActions: Set<String> = [
    "prüfen", "bearbeiten", "zahlen", "überweisen", "auszahlen", "bewilligen", "ablehnen",
    "berechnen", "erstatten", "senden", "schicken", "zusenden", "zuschicken", "informieren",
    "benachrichtigen", "festsetzen", "erheben", "anrechnen", "berücksichtigen", "gewähren",
    "einladen", "zurückfordern", "mitteilen", "abbuchen", "einziehen", "verlängern",
    "weiterleiten", "bitten", "auffordern", "beraten", "unterstützen", "speichern", "löschen",
    "ausstellen", "genehmigen", "erteilen", "anerkennen", "übernehmen", "kürzen", "anpassen",
  ]

  /// Nominative determiners whose accusative is the same word (feminine, neuter or plural).
  static let sameInAccusative: Set<String> = [
    "die", "das", "Die", "Das", "Ihre", "eine", "Eine", "keine", "Keine", "diese", "Diese", "alle",
    "Alle", "unsere", "Unsere",
  ]

  /// Masculine nominative → accusative.
  static let masculineAccusative: [String: String] = [
    "Der": "den", "der": "den", "Dieser": "diesen", "dieser": "diesen", "Jeder": "jeden",
    "jeder": "jeden",
  ]

  /// Determiners that are masculine or neuter in the nominative: the noun decides.
  static let possessiveAccusative: [String: String] = [
    "Ihr": "Ihren", "Ein": "einen", "ein": "einen", "Kein": "keinen", "kein": "keinen",
    "Unser": "unseren", "unser": "unseren",
  ]

  /// Accusative masculine determiners (evidence for a masculine noun).
  static let masculineEvidence: Set<String> = [
    "den", "einen", "keinen", "Ihren", "diesen", "jeden", "unseren",
  ]
  static let neuterEvidence: Set<String> = ["das", "dieses", "jedes", "Das", "Dieses", "Jedes"]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    Constructions.passives(in: sentence).map { match in
      let message: String
      switch match.kind {
      case .werden: message = "Das ist Passiv. Schreiben Sie aktiv und sagen Sie, wer etwas macht."
      case .sein: message = "„ist … zu“ ist ein Ersatz für Passiv. Sagen Sie, wer etwas tun muss."
      case .lassen:
        message = "„lässt sich“ ist ein Ersatz für Passiv. Sagen Sie, wer etwas tun kann."
      }
      return finding(sentence.range(match.first, match.last), message)
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      let first = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence)
    else { return [] }
    let tokens = sentence.tokens
    let traits = sentence.traits
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    if ["ist", "sind"].contains(tokens[first].text) {
      return obligation(sentence, aux: first, in: context)
    }
    if first + 1 < tokens.count, tokens[first + 1].text == "werden" {
      return possibility(sentence, participle: first, in: context)
    }
    // `Subject werden … participle` (`.`), or `Sie werden gebeten, …`.
    let aux = first
    guard ["wird", "werden", "wurde", "wurden"].contains(tokens[aux].text), aux >= 1,
      let final = sentence.finalPunctuation, tokens[final].text == "."
    else { return [] }
    let past = tokens[aux].text.hasPrefix("wurde")
    var end = final
    if let comma = tokens.firstIndex(where: { $0.text == "," }) {
      // Only an infinitive clause may follow (`…, pünktlich zu kommen`).
      guard comma > aux,
        (comma..<final).contains(where: {
          traits[$0].contains(.zuInfinitive) || traits[$0].contains(.zu)
        }),
        !(comma..<final).contains(where: {
          !traits[$0].isDisjoint(with: .anyFinite) && parts.isVerbForm($0)
            && !traits[$0].contains(.infinitive)
        })
      else { return [] }
      end = comma
    }
    let participle = end - 1
    guard participle > aux, Constructions.isVerbalParticiple(traits, participle),
      let lemma = sentence.lemmas[participle], lemma.hasSuffix("n")
    else { return [] }
    // A prepositional phrase in front (`Nach Eingang der Unterlagen wird Ihr Antrag sofort
    // bearbeitet.`): it stays first, `wir` follows the verb, the subject right after the
    // auxiliary becomes the object.
    if aux >= 2, traits[0].contains(.preposition), context.profile.simplify.letter,
      Self.senderActions.contains(lemma),
      let edit = frontedPassive(
        sentence, aux: aux, participle: participle, lemma: lemma,
        past: past, parts: parts, context: context)
    {
      return [edit]
    }
    // The subject: `Sie` or a simple noun phrase before the auxiliary.
    var object: String
    if aux == 1, tokens[0].text == "Sie" {
      object = "Sie"
    } else {
      guard let phrase = parts.nounPhrase(from: 0, limit: aux), phrase == 0..<aux,
        let converted = accusative(phrase, sentence, context)
      else { return [] }
      object = converted
    }
    // The middle field: no further verb, no comma; `von Ihnen` / `von uns` name the agent.
    var middle = Array((aux + 1)..<participle)
    var agent = "Wir"
    if let von = middle.firstIndex(where: { tokens[$0].text == "von" }) {
      // The agent stands first or last in the middle field (`das von Ihnen angegebene Konto`
      // is no agent).
      guard von + 1 < middle.count, von == 0 || von + 2 == middle.count,
        !middle.contains(where: { traits[$0].contains(.participleAdjective) })
      else { return [] }
      switch tokens[middle[von + 1]].text {
      case "Ihnen": agent = "Sie"
      case "uns": agent = "Wir"
      default: return []
      }
      middle.removeSubrange(von...(von + 1))
    } else {
      guard context.profile.simplify.letter, Self.senderActions.contains(lemma) else { return [] }
    }
    guard
      !middle.contains(where: {
        !traits[$0].contains(.word) && tokens[$0].kind == .punctuation
          || parts.isVerbForm($0) || isAgentPreposition($0, tokens, past: past)
      })
    else { return [] }
    if agent == "Sie" && object == "Sie" { return [] }
    // A dative pronoun stands before the object: `Wir schicken Ihnen den Bescheid zu`.
    var lead: [String] = []
    if let m = middle.first, ["Ihnen", "uns", "ihm", "ihr", "ihnen"].contains(tokens[m].text) {
      if !(agent == "Wir" && tokens[m].text == "uns") {
        lead.append(tokens[m].text)
        middle.removeFirst()
      } else {
        return []
      }
    }
    let rest = runs(middle, parts)
    var words: [String]
    if past {
      words = [agent, "haben"] + lead + [object] + rest + [tokens[participle].text]
    } else {
      guard lemma != "sein", let split = splitLemma(lemma, context) else { return [] }
      words = [agent, split.verb] + lead + [object] + rest + [split.particle ?? ""]
    }
    return [Edit(sentence.range(0, participle), ClauseParts.join(words))]
  }

  /// The active clause after a prepositional phrase in front: `Nach Eingang … bearbeiten wir
  /// Ihren Antrag sofort.` Everything before the auxiliary is the first position and stays;
  /// after the auxiliary come at most a dative pronoun and the subject (a simple noun phrase
  /// whose accusative is certain), then adverbs and phrases without a verb.
  func frontedPassive(
    _ sentence: AnalyzedSentence, aux: Int, participle: Int, lemma: String, past: Bool,
    parts: ClauseParts, context: Context
  ) -> Edit? {
    let tokens = sentence.tokens
    let traits = sentence.traits
    guard
      !(0..<aux).contains(where: {
        traits[$0].contains(.comma) || parts.isVerbForm($0) || tokens[$0].kind == .punctuation
      })
    else { return nil }
    var j = aux + 1
    var lead: [String] = []
    if j < participle, ["Ihnen", "ihm", "ihr", "ihnen"].contains(tokens[j].text) {
      lead.append(tokens[j].text)
      j += 1
    }
    guard let phrase = parts.nounPhrase(from: j, limit: participle),
      let object = accusative(phrase, sentence, context)
    else { return nil }
    let middle = Array(phrase.upperBound..<participle)
    guard
      !middle.contains(where: {
        tokens[$0].kind == .punctuation || parts.isVerbForm($0)
          || isAgentPreposition($0, tokens, past: past)
          || ClauseParts.subjectPronouns.contains(tokens[$0].text)
      })
    else { return nil }
    let rest = runs(middle, parts)
    let front = parts.text(0..<aux)
    var words: [String]
    if past {
      words = [front, "haben", "wir"] + lead + [object] + rest + [tokens[participle].text]
    } else {
      guard lemma != "sein", let split = splitLemma(lemma, context) else { return nil }
      words = [front, split.verb, "wir"] + lead + [object] + rest + [split.particle ?? ""]
    }
    return Edit(sentence.range(0, participle), ClauseParts.join(words))
  }

  /// `ist … zu` + infinitive in a letter: what the reader has to do (`Der Widerspruch ist
  /// schriftlich einzulegen.` → `Sie müssen den Widerspruch schriftlich einlegen.`). Only with a
  /// subject whose accusative is certain, possibly followed by a prepositional phrase (`Der
  /// Antrag auf Wohngeld`), and no other person in the sentence (`Ihnen ist … zu geben`: someone
  /// else acts), no agent (`von …`), one infinitive at the end.
  func obligation(_ sentence: AnalyzedSentence, aux: Int, in context: Context) -> [Edit] {
    let tokens = sentence.tokens
    let traits = sentence.traits
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    guard context.profile.simplify.letter, aux >= 1, let final = sentence.finalPunctuation,
      tokens[final].text == ".", final - 1 > aux
    else { return [] }
    let last = final - 1
    let infinitive: String
    var middleEnd = last
    if last - 1 > aux, tokens[last - 1].text == "zu", traits[last].contains(.infinitive),
      !traits[last].contains(.capitalized)
    {
      infinitive = tokens[last].text
      middleEnd = last - 1
    } else if traits[last].contains(.zuInfinitive),
      let particle = GermanGrammar.separableParticles.first(where: {
        tokens[last].text.hasPrefix($0 + "zu") && tokens[last].text.count > $0.count + 4
      })
    {
      infinitive = particle + tokens[last].text.dropFirst(particle.count + 2)
    } else {
      return []
    }
    guard Self.readerDuties.contains(infinitive) else { return [] }
    // The subject: a noun phrase, possibly with a prepositional phrase after it.
    guard let phrase = parts.nounPhrase(from: 0, limit: aux),
      let object = accusative(phrase, sentence, context)
    else { return [] }
    let attribute = phrase.upperBound..<aux
    if !attribute.isEmpty {
      guard traits[attribute.lowerBound].contains(.preposition),
        !attribute.contains(where: { parts.isVerbForm($0) || !traits[$0].contains(.word) })
      else { return [] }
    }
    let middle = (aux + 1)..<middleEnd
    let people: Set<String> = ["Sie", "Ihnen", "uns", "wir", "ihm", "ihr", "ihnen", "man", "mir"]
    // `von`/`durch` name an agent, unless they belong to a time or an amount (`innerhalb von
    // 2 Wochen`, `in Höhe von 50 Euro`, `vom 1. Mai`).
    func isAgent(_ i: Int) -> Bool {
      guard ["von", "vom", "durch"].contains(tokens[i].text) else { return false }
      if i + 1 < final, tokens[i + 1].kind != .word { return false }
      return i == 0
        || !["innerhalb", "außerhalb", "Höhe", "anstelle", "statt"].contains(tokens[i - 1].text)
    }
    guard
      !(0..<final).contains(where: { people.contains(tokens[$0].text) || isAgent($0) }),
      !middle.contains(where: {
        parts.isVerbForm($0) || tokens[$0].text == "zu"
          || (tokens[$0].kind == .punctuation && !traits[$0].contains(.word))
      })
    else { return [] }
    // `der Behörde` right after the object would read as its genitive (`den Baubeginn der
    // Behörde melden`).
    if attribute.isEmpty, let m = middle.first, ["der", "des"].contains(tokens[m].text) {
      return []
    }
    return [
      Edit(
        sentence.range(0, last),
        ClauseParts.join([
          "Sie müssen", object, parts.text(attribute), parts.text(middle), infinitive,
        ]))
    ]
  }

  /// What a letter asks its reader to do (`ist … einzureichen`); other duties (`ist zu
  /// begründen`, `ist zu prüfen`) may fall on the office.
  static let readerDuties: Set<String> = [
    "abgeben", "anbringen", "anlegen", "anmelden", "abmelden", "anzeigen", "beachten",
    "beantragen", "begleichen", "beifügen", "einhalten", "einlegen", "einreichen", "einsenden",
    "einstellen", "entrichten", "erstatten", "melden", "mitbringen", "mitteilen", "nachweisen",
    "richten", "stellen", "überweisen", "vorlegen", "vorzeigen", "zahlen", "zurückgeben",
    "zurücksenden", "ausfüllen", "unterschreiben", "bezahlen", "sagen", "zurückzahlen",
    "zurückschicken", "nachreichen", "beilegen", "erheben",
  ]

  /// What the reader may do about a decision (letters): `stellen`, `einlegen`, `erheben`, …
  static let readerRemedies: Set<String> = [
    "erheben", "einlegen", "stellen", "beantragen", "einreichen",
  ]

  /// `Gegen diesen Bescheid kann … Widerspruch erhoben werden.` → `Gegen diesen Bescheid
  /// können Sie … Widerspruch erheben.` In a letter, for the remedies of the reader; the front
  /// is a prepositional phrase, and every other noun phrase stands in a prepositional phrase
  /// or has no article, so no case changes.
  func possibility(_ sentence: AnalyzedSentence, participle: Int, in context: Context) -> [Edit] {
    let tokens = sentence.tokens
    let traits = sentence.traits
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    guard context.profile.simplify.letter, let final = sentence.finalPunctuation,
      tokens[final].text == ".", participle + 2 == final,
      let lemma = sentence.lemmas[participle], Self.readerRemedies.contains(lemma),
      let modal = (1..<participle).first(where: { ["kann", "können"].contains(tokens[$0].text) })
    else { return [] }
    // A label before a colon (`Rechtsbehelfsbelehrung: Gegen …`) stays in front.
    let start = tokens.count > 2 && tokens[1].text == ":" && traits[0].contains(.word) ? 2 : 0
    // After the label the first word is capitalised but no noun (`Gegen`).
    guard modal >= start + 2,
      traits[start].contains(.preposition)
        || context.analyzer.entry(tokens[start].text.lowercased()).traits.contains(.preposition)
    else { return [] }
    let front = start..<modal
    let middle = (modal + 1)..<participle
    let people: Set<String> = ["Sie", "Ihnen", "uns", "wir", "man", "ihm", "ihr", "ihnen"]
    let all = start..<final
    // Commas only set off an address or apposition here: no verb may follow them (checked
    // below for the whole clause).
    guard
      !all.contains(where: {
        people.contains(tokens[$0].text) || ["von", "vom", "durch"].contains(tokens[$0].text)
          || (tokens[$0].kind == .punctuation && !traits[$0].contains(.word)
            && tokens[$0].text != ",")
      }),
      !front.dropFirst().contains(where: { parts.isVerbForm($0) }),
      !middle.contains(where: { parts.isVerbForm($0) })
    else { return [] }
    // Articles only inside prepositional phrases (`innerhalb eines Monats`, `bei der Stadt`).
    for i in all where !traits[i].isDisjoint(with: [.definiteArticle, .indefiniteArticle]) {
      var j = i - 1
      while j >= 0, traits[j].contains(.word), !traits[j].contains(.capitalized),
        traits[j].isDisjoint(with: [.preposition, .definiteArticle, .indefiniteArticle])
      {
        j -= 1
      }
      // A genitive right after a noun (`zu Protokoll der Urkundsbeamtin`) belongs to it.
      let genitive =
        j == i - 1 && j >= 0 && sentence.isNounLike(j)
        && ["der", "des", "eines", "einer"].contains(tokens[i].text)
      guard j >= 0, traits[j].contains(.preposition) || genitive else { return [] }
    }
    return [
      Edit(
        sentence.range(start, participle + 1),
        ClauseParts.join([
          parts.text(front), "können Sie", parts.text(middle), lemma,
        ]))
    ]
  }

  /// The text of token runs (kept in their source spacing).
  func runs(_ indices: [Int], _ parts: ClauseParts) -> [String] {
    var result: [String] = []
    var start: Int? = nil
    var previous = -2
    for k in indices {
      if k != previous + 1 {
        if let s = start { result.append(parts.text(s..<(previous + 1))) }
        start = k
      }
      previous = k
    }
    if let s = start { result.append(parts.text(s..<(previous + 1))) }
    return result
  }

  /// The lemma as the finite `wir`/`Sie` form and its separable particle.
  func splitLemma(_ lemma: String, _ context: Context) -> (verb: String, particle: String?)? {
    for particle in GermanGrammar.separableParticles.sorted(by: { $0.count > $1.count })
    where lemma.hasPrefix(particle) && lemma.count >= particle.count + 4 {
      let rest = String(lemma.dropFirst(particle.count))
      guard context.analyzer.entry(rest).traits.contains(.infinitive) else { continue }
      if ClauseParts.ambiguousParticles.contains(particle) {
        // `überweisen`, `übernehmen`: inseparable in these administrative verbs.
        return ["überweisen", "übernehmen", "unterstützen"].contains(lemma) ? (lemma, nil) : nil
      }
      return (rest, particle)
    }
    return (lemma, nil)
  }

  /// The subject noun phrase `range` in the accusative, or nil when its form is not certain.
  /// `von`, `vom`, `durch` may name an agent; not before a date or number in the present
  /// (`wird vom 1. April an bewilligt`). A past event with a date (`wurde mit Schreiben vom
  /// 18. März erteilt`) may have been someone else's act: it stays.
  func isAgentPreposition(_ i: Int, _ tokens: [Token], past: Bool) -> Bool {
    guard ["von", "durch", "vom"].contains(tokens[i].text) else { return false }
    guard i + 1 < tokens.count, !past else { return true }
    return ![.date, .ordinal, .number].contains(tokens[i + 1].kind)
  }

  /// The noun's gender is masculine: by the document (`den Antrag`, `Ihren Antrag`; no neuter
  /// article before it anywhere), else by the noun lexicon (its nominative singular).
  func isMasculine(_ noun: String, _ context: Context) -> Bool {
    var masculine = false
    var neuter = false
    for other in context.document.sentences {
      let t = other.tokens
      for k in 1..<max(1, t.count) where t[k].text == noun {
        if Self.masculineEvidence.contains(t[k - 1].text) { masculine = true }
        if Self.neuterEvidence.contains(t[k - 1].text) { neuter = true }
      }
    }
    if !masculine && !neuter, let entry = context.analyzer.lexicon.nounForms.entry(noun),
      entry.word == noun
    {
      return entry.gender == .masculine
    }
    return masculine && !neuter
  }

  func accusative(_ range: Range<Int>, _ sentence: AnalyzedSentence, _ context: Context) -> String?
  {
    let tokens = sentence.tokens
    let determiner = tokens[range.lowerBound].text
    let noun = tokens[range.upperBound - 1].text
    guard sentence.isNounLike(range.upperBound - 1), range.count >= 2 else { return nil }
    var words = (range.lowerBound..<range.upperBound).map { tokens[$0].text }
    if Self.sameInAccusative.contains(determiner) {
      words[0] =
        determiner == "Ihre" || determiner == "Unsere" ? determiner : determiner.lowercased()
      if determiner == "Unsere" { words[0] = "unsere" }
      return words.joined(separator: " ")
    }
    var masculine = Self.masculineAccusative[determiner]
    // `der` after the auxiliary may be a feminine dative (`wird der Behörde mitgeteilt`).
    if masculine != nil, range.lowerBound > 0, !isMasculine(noun, context) { return nil }
    if masculine == nil, let possessive = Self.possessiveAccusative[determiner] {
      guard isMasculine(noun, context) else { return nil }
      masculine = possessive
    }
    guard let accusative = masculine else { return nil }
    words[0] = accusative
    // Adjectives after the determiner: weak `-e` or strong `-er` → `-en`.
    for k in 1..<(words.count - 1) {
      let adjective = words[k]
      if adjective.hasSuffix("e") {
        words[k] = adjective + "n"
      } else if adjective.hasSuffix("er") && determiner != "Der" && determiner != "der" {
        words[k] = String(adjective.dropLast(2)) + "en"
      } else {
        return nil
      }
    }
    return words.joined(separator: " ")
  }
}
