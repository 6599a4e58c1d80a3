/// Flags relative clauses and makes a main clause of them with the head noun repeated:
/// `den Bescheid mit, den Sie bekommen haben` → `den Bescheid mit. Sie haben den Bescheid
/// bekommen.`
struct RelativeClauseRule: Rule {
  let id: RuleID = "relativsatz"
  let title = "Keine Relativ-Sätze"
  let rationale = """
    Ein Relativ-Satz hängt an einem Nomen und hat das Verb am Ende. Schreiben Sie zwei Sätze und \
    nennen Sie das Nomen noch einmal.
    """
  let reference =
    "Hildesheim (Bredel/Maaß): nur Hauptsätze, Nomen wiederholen; LanguageTool RELATIVSAETZE"
  let severity = Severity.warning

  let examples: [Example] = [
    .rewrites(
      "Wir suchen einen Job, ⟦der uns fordert⟧ und Spaß macht.",
      to: "Wir suchen einen Job, der uns fordert und Spaß macht."),
    .rewrites(
      "So bieten sie auch denen eine Chance, ⟦die benachteiligt sind⟧.",
      to: "So bieten sie auch denen eine Chance, die benachteiligt sind."),
    .ok("Das Haus ist groß."),
    .ok("Er kommt, die Stadt ist schön."),
    .rewrites("Das ist ein Haus, ⟦das groß ist⟧.", to: "Das ist ein Haus. Das Haus ist groß."),
    .rewrites(
      "Bitte bringen Sie den Bescheid mit, ⟦den Sie am 3. März bekommen haben⟧.",
      to: "Bitte bringen Sie den Bescheid mit. Sie haben den Bescheid am 3. März bekommen."),
    .rewrites(
      "Der Antrag, ⟦den Sie gestellt haben⟧, ist vollständig.",
      to: "Der Antrag ist vollständig. Sie haben den Antrag gestellt."),
    .rewrites(
      "Wir prüfen die Wohnung, ⟦in der Sie wohnen⟧.",
      to: "Wir prüfen die Wohnung. Sie wohnen in der Wohnung."),
    .rewrites(
      "Haben Sie den Brief bekommen, ⟦der gestern angekommen ist⟧?",
      to: "Haben Sie den Brief bekommen? Der Brief ist gestern angekommen."),
    // Genitive relative pronoun and weak nouns (`dem Kunden` → `der Kunde`): no safe repeat.
    .flags("Das ist der Mann, ⟦dessen Auto hier steht⟧."),
    .flags("Wir helfen dem Kunden, ⟦der anruft⟧."),
    // The nearest noun is not the head: `die` does not go with `den Arbeitgeber`.
    .rewrites(
      "Im Übrigen bleiben Ansprüche gegen den Arbeitgeber, ⟦die sich aus anderen Gesetzen ergeben⟧, unberührt.",
      to:
        "Im Übrigen bleiben Ansprüche gegen den Arbeitgeber, die sich aus anderen Gesetzen ergeben, unberührt."
    ),
    // `jeder Euro` is not `der Euro`; an infinitive clause is no relative clause.
    .rewrites(
      "So zahlt sich jeder Euro, ⟦der in Prävention investiert wird⟧, aus.",
      to: "So zahlt sich jeder Euro, der in Prävention investiert wird, aus."),
    .rewrites(
      "Der Arbeitgeber ist verpflichtet, ⟦den entstandenen Schaden zu ersetzen⟧.",
      to: "Der Arbeitgeber ist verpflichtet, den entstandenen Schaden zu ersetzen."),
    // A restrictive clause after an indefinite head stays.
    .rewrites(
      "Eine Entscheidung, ⟦die nur gebunden ergehen kann⟧, kann nicht umgedeutet werden.",
      to: "Eine Entscheidung, die nur gebunden ergehen kann, kann nicht umgedeutet werden."),
    .rewrites(
      "Es ergibt sich eine Nachzahlung in Höhe von 654 Euro, ⟦die wir Ihnen morgen auszahlen⟧.",
      to:
        "Es ergibt sich eine Nachzahlung in Höhe von 654 Euro. Wir zahlen Ihnen die Nachzahlung morgen aus."
    ),
    // A plural without article at the start: `Manche …. Diese …`.
    .rewrites(
      "Personen, ⟦die eine Verdolmetschung brauchen⟧, melden sich bitte beim Ratsbüro.",
      to:
        "Manche Personen brauchen eine Verdolmetschung. Diese Personen melden sich bitte beim Ratsbüro."
    ),
    .rewrites(
      "Fahrkosten, ⟦die Ihnen entstehen⟧, können übernommen werden.",
      to: "Manche Fahrkosten entstehen Ihnen. Diese Fahrkosten können übernommen werden."),
    .rewrites(
      "Kinder, ⟦die nach dem 30. September geboren sind⟧, können später eingeschult werden.",
      to:
        "Manche Kinder sind nach dem 30. September geboren. Diese Kinder können später eingeschult werden."
    ),
    .rewrites(
      "Bürger und Bürgerinnen, ⟦die eine Frage stellen möchten⟧, werden gebeten, diese vorher abzugeben.",
      to:
        "Manche Bürger und Bürgerinnen möchten eine Frage stellen. Diese Bürger und Bürgerinnen werden gebeten, diese vorher abzugeben."
    ),
    .rewrites(
      "Vielen Dank für Ihren Antrag vom 3. März 2026, ⟦den wir am 5. März bekommen haben⟧.",
      to:
        "Vielen Dank für Ihren Antrag vom 3. März 2026. Wir haben den Antrag am 5. März bekommen."
    ),
    // A request about the noun: `Bitte … Sie diese …`.
    .rewrites(
      "Wir brauchen noch folgende Unterlagen, ⟦die Sie uns bitte bis zum 10. Mai zurücksenden⟧.",
      to:
        "Wir brauchen noch folgende Unterlagen. Bitte senden Sie uns diese Unterlagen bis zum 10. Mai zurück."
    ),
    .rewrites(
      "Wir danken für die Rechnung, ⟦die Sie bitte bezahlen⟧.",
      to: "Wir danken für die Rechnung. Bitte bezahlen Sie diese Rechnung."),
    // `in denen` after a plural with a definite article: `in diesen` and the dative plural.
    .rewrites(
      "Das gilt für die Monate, ⟦in denen Sie Geld bekommen⟧.",
      to: "Das gilt für die Monate. Sie bekommen in diesen Monaten Geld."),
    .rewrites(
      "Die Meldepflicht besteht auch in Zeiten, ⟦in denen der Anspruch ruht⟧.",
      to: "Die Meldepflicht besteht auch in Zeiten, in denen der Anspruch ruht."),
    // A plural without article at the end: `diese`.
    .rewrites(
      "Die Miete ist durch Höchstbeträge begrenzt, ⟦die nach Mietenstufen gestaffelt sind⟧.",
      to:
        "Die Miete ist durch Höchstbeträge begrenzt. Diese Höchstbeträge sind nach Mietenstufen gestaffelt."
    ),
    .rewrites(
      "Wir suchen Räume, ⟦die barrierefrei sind⟧.",
      to: "Wir suchen Räume. Diese Räume sind barrierefrei."),
    // … not after a dative preposition, not for a noun made from an adjective.
    .rewrites(
      "Wir helfen mit Zuschüssen, ⟦die hoch sind⟧.", to: "Wir helfen mit Zuschüssen, die hoch sind."
    ),
    .rewrites(
      "Wir fragen Angestellte, ⟦die neu sind⟧.", to: "Wir fragen Angestellte, die neu sind."),
    // `die` may be the object (`Unterlagen, die Sie …`), the verb is singular, a noun made from
    // an adjective: stays.
    .flags("Beschäftigte, ⟦die krank sind⟧, melden sich bitte."),
    .flags("Auszubildende, ⟦die im Ausland lernen⟧, erhalten nichts."),
    .flags("Unterlagen, ⟦die Sie einreichen⟧, prüfen wir sofort."),
    .flags("Post, ⟦die heute kommt⟧, lesen wir morgen."),
    // Direct speech stays as it is.
    .rewrites(
      "Der Junge, ⟦der dort stand⟧, antwortete: „Sie ist aus Moab.“",
      to: "Der Junge, der dort stand, antwortete: „Sie ist aus Moab.“"),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.clauses.compactMap { clause in
      guard clause.kind == .relative else { return nil }
      return finding(
        clause.range, "Das ist ein Relativ-Satz. Schreiben Sie daraus einen eigenen Satz.")
    }
  }

  /// Relative pronouns that equal the definite article before the repeated noun.
  static let articleForms: Set<String> = ["der", "die", "das", "dem", "den"]
  /// Determiners of a plural head that is still nominative or accusative (`die Unterlagen`).
  static let pluralDeterminers: Set<String> = [
    "die", "diese", "alle", "keine", "Ihre", "ihre", "unsere", "meine", "welche",
  ]

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      sentence.startsAsSentence(in: context),
      let k = sentence.clauses.firstIndex(where: { $0.range == finding.range }),
      let replacement = split(sentence, clause: k, analyzer: context.analyzer)
        ?? splitBarePlural(sentence, clause: k, analyzer: context.analyzer)
    else { return [] }
    return [sentence.replacement(replacement, in: context)]
  }

  static let demonstratives: Set<String> = [
    "denen", "derjenige", "diejenige", "dasjenige", "denjenigen", "demjenigen", "derjenigen",
    "diejenigen", "jene", "jener", "jenen", "jenem",
  ]
  static let pluralVerbs: Set<String> = [
    "sind", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "waren",
    "hatten", "wurden",
  ]
  static let singularDeterminers: Set<String> = [
    "ein", "eine", "einen", "einem", "einer", "eines", "das", "dem", "des", "jeder", "jede",
    "jedes",
  ]

  func split(_ sentence: AnalyzedSentence, clause k: Int, analyzer: Analyzer) -> String? {
    let parts = ClauseParts(sentence, analyzer: analyzer)
    let tokens = sentence.tokens
    let clause = sentence.clauses[k]
    guard clause.kind == .relative, let start = clause.introducer,
      start == clause.tokens.lowerBound, start >= 2,
      sentence.traits[start - 1].contains(.comma), let final = sentence.finalPunctuation,
      sentence.clauses.enumerated().allSatisfy({ $0.offset == k || $0.element.kind == .main })
    else { return nil }
    // The head noun, possibly followed by the end of the verb cluster (`den Bescheid mit, den`).
    var head = start - 2
    while head > 0, start - 2 - head < 2, !sentence.isNounLike(head),
      parts.isVerbForm(head) || GermanGrammar.separableParticles.contains(tokens[head].text)
    {
      head -= 1
    }
    // `eine Nachzahlung in Höhe von 654 Euro, die …`: the amount belongs to the noun before it.
    if head >= 4, tokens[head].kind == .money, tokens[head - 1].text == "von",
      tokens[head - 2].text == "Höhe", tokens[head - 3].text == "in"
    {
      head -= 4
    }
    // `Ihren Antrag vom 3. März 2026, den …`: so does the date.
    head -= Self.dateAttribute(endingAt: head, in: tokens)
    let hasPreposition = sentence.traits[start].contains(.preposition)
    let pronoun = hasPreposition ? start + 1 : start
    let word = tokens[pronoun].text
    // A plural without article (`durch Höchstbeträge begrenzt, die … sind`) is repeated with
    // `diese`; the clause must be the last one, its subject the pronoun.
    let bare =
      !hasPreposition && clause.tokens.upperBound == final
      && isBarePluralSubject(sentence, head: head, clause: clause, parts: parts)
    // `die Fälle, in denen …` → `In diesen Fällen …`: the dative plural after a preposition,
    // for a head with a definite article.
    let dativePlural =
      hasPreposition && word == "denen" && sentence.isNounLike(head)
      && determiner(sentence, head: head).map {
        ["die", "den", "der"].contains(tokens[$0].text.lowercased())
      } ?? false
    // `…, die Sie bitte bis Freitag einreichen.` → `Bitte reichen Sie diese Unterlagen bis
    // Freitag ein.`: a request about the noun; `diese` fits a feminine or plural noun in the
    // accusative, which the noun must not contradict (no dative article or preposition).
    let politeRequest: Int? = {
      guard word == "die", !hasPreposition, clause.tokens.upperBound == final,
        pronoun + 2 < clause.tokens.upperBound, tokens[pronoun + 1].text == "Sie"
      else { return nil }
      var j = pronoun + 2
      while j < clause.tokens.upperBound, ClauseParts.objectPronouns.contains(tokens[j].text) {
        j += 1
      }
      guard j < clause.tokens.upperBound, tokens[j].text == "bitte" else { return nil }
      if let d = determiner(sentence, head: head),
        ["den", "dem", "einem", "einer", "der", "des"].contains(tokens[d].text.lowercased())
      {
        return nil
      }
      var p = head - 1
      while p >= 0, sentence.traits[p].contains(.word), !sentence.traits[p].contains(.capitalized),
        sentence.traits[p].isDisjoint(with: [.preposition, .anyFinite])
      {
        p -= 1
      }
      if p >= 0, sentence.traits[p].contains(.preposition),
        !Self.accusativePrepositions.contains(tokens[p].text)
      {
        return nil
      }
      return j
    }()
    guard Self.articleForms.contains(word) || dativePlural, sentence.isNounLike(head),
      bare || dativePlural || politeRequest != nil
        || repeatable(sentence, head: head, pronoun: word, analyzer: analyzer)
          && agrees(sentence, head: head, pronoun: word),
      // Direct speech: the clauses belong to different speakers.
      !tokens.contains(where: {
        ClauseSplit.enclosingMarks.contains($0.text) && $0.text != "(" && $0.text != ")"
      }),
      let body = parts.verbFinal(pronoun + 1..<clause.tokens.upperBound)
    else { return nil }
    // Coordinated verbs in the clause (`der sie herausfordert und Spaß macht`), or a
    // demonstrative before it that the pronoun may refer to (`denen …, die`): not certain.
    let after = clause.tokens.upperBound
    if (pronoun + 1..<min(after + 1, tokens.count)).contains(where: {
      ["und", "oder", "sowie", "bzw."].contains(tokens[$0].text)
    })
      || (0..<start).contains(where: { Self.demonstratives.contains(tokens[$0].text.lowercased()) })
    {
      return nil
    }
    // A plural verb cannot go with a singular head (`eine Chance, die … sind`).
    if Self.pluralVerbs.contains(tokens[body.finite].text),
      let determiner = (max(0, head - 3)..<head).reversed().first(where: {
        Self.singularDeterminers.contains(tokens[$0].text.lowercased())
          || Self.articleForms.contains(tokens[$0].text.lowercased())
      }), Self.singularDeterminers.contains(tokens[determiner].text.lowercased())
    {
      return nil
    }
    // After the clause: the sentence end, or a comma and the rest of the main clause. Either
    // the part before has the finite verb and the rest has none (`Wir prüfen den Antrag, den
    // …, genau.`), or the part before is the first position and the rest starts with the verb.
    let end = clause.tokens.upperBound
    let before = 0..<(start - 1)
    let hasFinite = { (range: Range<Int>) in
      range.contains {
        parts.isVerbForm($0) && !sentence.traits[$0].isDisjoint(with: .anyFinite)
          && !sentence.traits[$0].contains(.participle)
          || sentence.traits[$0].contains(.sentenceInitial)
            && !sentence.traits[$0].isDisjoint(with: .anyFinite)
      }
    }
    var main = parts.text(before)
    if end < final {
      guard sentence.traits[end].contains(.comma), end + 1 < final else { return nil }
      // An embedded clause after an indefinite head restricts it (`Eine Entscheidung, die nur
      // gebunden ergehen kann, kann nicht umgedeutet werden`): two sentences would say
      // something else.
      guard let d = determiner(sentence, head: head),
        !Self.indefinites.contains(tokens[d].text.lowercased())
      else { return nil }
      let after = (end + 1)..<final
      if hasFinite(before) {
        guard !hasFinite(after) else { return nil }
      } else {
        guard parts.isVerbForm(end + 1), !sentence.traits[end + 1].isDisjoint(with: .anyFinite)
        else { return nil }
      }
      main += " " + parts.text(after)
    } else {
      // `Vielen Dank für Ihren Antrag, den …`: a greeting without a verb is a sentence too.
      let thanks =
        before.count >= 3
        && ["vielen", "herzlichen", "besten"].contains(tokens[0].text.lowercased())
        && tokens[1].text == "Dank" && tokens[2].text == "für"
      guard hasFinite(before) || thanks else { return nil }
    }
    let noun = tokens[head].text
    let phrase =
      dativePlural
      ? ClauseParts.join([
        parts.text(start..<pronoun), "diesen",
        noun.hasSuffix("n") || noun.hasSuffix("s") ? noun : noun + "n",
      ])
      : ClauseParts.join([bare ? "diese" : parts.text(start..<(pronoun + 1)), noun])
    var relative: String
    let next = pronoun + 1
    if let please = politeRequest {
      relative = ClauseParts.join(
        ["Bitte", body.movedVerb, "Sie", parts.text((next + 1)..<please), "diese", noun]
          + parts.tail(body, from: please + 1))
    } else if next < body.clusterStart, parts.isSubjectPronoun(next),
      let subject = parts.sentenceStart(next..<next + 1)
    {
      // Unstressed pronouns stay before the repeated noun (`Wir zahlen Ihnen die Nachzahlung`).
      var j = next + 1
      while j < body.clusterStart, ClauseParts.unstressedPronouns.contains(tokens[j].text) {
        j += 1
      }
      relative = ClauseParts.join(
        [subject, body.movedVerb, parts.text((next + 1)..<j), phrase] + parts.tail(body, from: j))
    } else {
      relative = ClauseParts.join(
        [ClauseParts.capitalized(phrase), body.movedVerb] + parts.tail(body, from: next))
    }
    relative += "."
    return main + tokens[final].text + " " + relative
  }

  /// The length of a date after a noun that ends at `end` (`vom 3. März 2026`, `vom
  /// 03.03.2026`), or 0.
  static func dateAttribute(endingAt end: Int, in tokens: [Token]) -> Int {
    var i = end
    if tokens[i].kind == .date {
      i -= 1
    } else {
      if tokens[i].kind == .number, i > 0, DateFormatRule.months.contains(tokens[i - 1].text) {
        i -= 1
      }
      guard DateFormatRule.months.contains(tokens[i].text), i >= 2,
        tokens[i - 1].kind == .ordinal
      else { return 0 }
      i -= 2
    }
    guard i >= 1, ["vom", "am"].contains(tokens[i].text) else { return 0 }
    return end - i + 1
  }

  /// Prepositions with the accusative only: a plural after them has the form of the nominative.
  static let accusativePrepositions: Set<String> = ["durch", "für", "gegen", "ohne", "um"]
  /// Endings of nouns made from adjectives and participles (`Beschäftigte`, `Auszubildende`,
  /// `Angehörige`, `Jugendliche`): after `diese` they take -n.
  static let adjectivalEndings = ["te", "nde", "ige", "liche", "ene", "sche"]

  /// `… durch Höchstbeträge begrenzt, die nach Mietenstufen gestaffelt sind`: the head is a
  /// plural without determiner (only adjectives before it) after an accusative preposition, or
  /// after a verb in a form that is no dative plural (no -n, no -s); the relative pronoun
  /// `die` is the clause's plural subject. Its repetition `Diese Höchstbeträge` needs no case
  /// ending of its own.
  func isBarePluralSubject(
    _ sentence: AnalyzedSentence, head: Int, clause: Clause, parts: ClauseParts
  ) -> Bool {
    let tokens = sentence.tokens
    let traits = sentence.traits
    guard let pronoun = clause.introducer, tokens[pronoun].text == "die",
      traits[head].contains(.capitalized), !traits[head].contains(.sentenceInitial),
      !Self.adjectivalEndings.contains(where: { tokens[head].text.hasSuffix($0) }),
      let body = parts.verbFinal((pronoun + 1)..<clause.tokens.upperBound),
      ClauseSplit.isPluralVerb(tokens[body.finite].text),
      !((pronoun + 1)..<body.finite).contains(where: {
        ["die", "diese", "alle", "Sie", "sie", "wir", "man", "welche"].contains(tokens[$0].text)
          || traits[$0].contains(.comma)
      })
    else { return false }
    var d = head - 1
    while d >= 0, traits[d].contains(.word), !traits[d].contains(.capitalized),
      traits[d].isDisjoint(with: [
        .definiteArticle, .indefiniteArticle, .determiner, .preposition, .anyFinite,
        .participle, .coordinator, .negation,
      ])
    {
      d -= 1
    }
    guard d >= 0, traits[d].contains(.word) else { return false }
    if Self.accusativePrepositions.contains(tokens[d].text) { return true }
    let form = tokens[head].text
    return parts.isVerbForm(d) && traits[d].contains(.preposition) == false
      && !form.hasSuffix("n") && !form.hasSuffix("s")
  }

  /// A plural noun without article at the sentence start (or two joined by `und`/`oder`) with
  /// a restrictive relative clause whose subject it is: `Personen, die … brauchen, melden sich
  /// …` → `Manche Personen brauchen …. Diese Personen melden sich …`. `Manche` and `Diese` keep
  /// the restriction that two plain sentences would lose.
  func splitBarePlural(_ sentence: AnalyzedSentence, clause k: Int, analyzer: Analyzer)
    -> String?
  {
    let parts = ClauseParts(sentence, analyzer: analyzer)
    let tokens = sentence.tokens
    let traits = sentence.traits
    let clause = sentence.clauses[k]
    guard clause.kind == .relative, let pronoun = clause.introducer,
      pronoun == clause.tokens.lowerBound, tokens[pronoun].text == "die",
      let final = sentence.finalPunctuation, tokens[final].text == ".",
      traits[pronoun - 1].contains(.comma)
    else { return nil }
    // The head: `Personen` or `Bürger und Bürgerinnen`, nouns only, from the sentence start.
    let head = 0..<(pronoun - 1)
    // At the sentence start a capital letter says nothing; a word the lexicon does not know
    // (`Fahrkosten`, `Einwohnerinnen`) is a compound noun there, a known one must be a noun.
    func isBareNoun(_ i: Int) -> Bool {
      traits[i].contains(.capitalized) && traits[i].contains(.word)
        && (traits[i].contains(.noun) || !traits[i].contains(.sentenceInitial)
          || !traits[i].contains(.known))
        && traits[i].isDisjoint(with: [
          .definiteArticle, .indefiniteArticle, .determiner, .politeAddress, .personalPronoun,
        ])
    }
    // A noun made from an adjective or participle (`Pflegebedürftige`, `Auszubildende`)
    // changes its ending after `Diese` (`Diese Auszubildenden`); such nouns end in -e, and the
    // lexicon does not know them all: no plural in -e is repeated.
    guard !head.contains(where: { tokens[$0].text.hasSuffix("e") }) else { return nil }
    switch head.count {
    case 1: guard isBareNoun(0) else { return nil }
    case 3:
      guard isBareNoun(0), isBareNoun(2), ["und", "oder"].contains(tokens[1].text) else {
        return nil
      }
    default: return nil
    }
    // The relative pronoun is the subject: a plural verb, and no other word in the clause that
    // could be a plural subject.
    let others: Set<String> = [
      "die", "diese", "alle", "keine", "Sie", "sie", "wir", "ihr", "man", "welche",
    ]
    guard let body = parts.verbFinal((pronoun + 1)..<clause.tokens.upperBound),
      ClauseSplit.isPluralVerb(tokens[body.finite].text),
      !((pronoun + 1)..<clause.tokens.upperBound).contains(where: {
        others.contains(tokens[$0].text) || traits[$0].contains(.comma)
          || ["und", "oder", "sowie"].contains(tokens[$0].text)
      })
    else { return nil }
    // After the clause: a comma and the main clause, which starts with its plural verb.
    let end = clause.tokens.upperBound
    guard end + 1 < final, traits[end].contains(.comma), parts.isVerbForm(end + 1),
      !traits[end + 1].isDisjoint(with: .anyFinite), ClauseSplit.isPluralVerb(tokens[end + 1].text)
    else { return nil }
    let noun = parts.text(head)
    let first = ClauseParts.join(
      ["Manche", noun, body.movedVerb] + parts.tail(body, from: pronoun + 1))
    let second = ClauseParts.join(["Diese", noun, parts.text((end + 1)..<final)])
    return first + ". " + second + "."
  }

  /// The head noun can follow the relative pronoun as an article: its form does not depend on
  /// the case (`Bescheid`, `Wohnung`; not `Kunden`, `Kindern`, `Antrags`).
  /// Gender or number a determiner or relative pronoun can have.
  struct Agreement: OptionSet {
    let rawValue: Int
    static let masculine = Agreement(rawValue: 1)
    static let feminine = Agreement(rawValue: 2)
    static let neuter = Agreement(rawValue: 4)
    static let plural = Agreement(rawValue: 8)
  }

  static let pronounAgreement: [String: Agreement] = [
    "der": [.masculine, .feminine, .plural], "die": [.feminine, .plural], "das": [.neuter],
    "dem": [.masculine, .neuter], "den": [.masculine, .plural],
  ]

  /// Determiners that quantify (`jeder Euro, der …`): the repeated `der Euro` would say less.
  static let quantifiers: Set<String> = [
    "jeder", "jede", "jedes", "jeden", "jedem", "alle", "allen", "aller", "kein", "keine",
    "keinen", "keinem", "keiner", "jeglicher", "jegliche", "sämtliche", "manche", "einige",
  ]

  static let indefinites: Set<String> = [
    "ein", "eine", "einen", "einem", "einer", "eines", "andere", "anderen", "anderer", "mehrere",
  ]

  /// The determiner of the head noun: the first article, determiner or possessive before it
  /// with only adjectives between.
  func determiner(_ sentence: AnalyzedSentence, head: Int) -> Int? {
    var d = head - 1
    while d >= 0, sentence.traits[d].contains(.word),
      !sentence.traits[d].contains(.capitalized) || sentence.traits[d].contains(.sentenceInitial),
      sentence.traits[d].isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner])
        && !sentence.traits[d].contains(.politeAddress)
    {
      d -= 1
    }
    return d >= 0 && sentence.traits[d].contains(.word) ? d : nil
  }

  /// The head's determiner can have the gender or number of the relative pronoun, which the
  /// repeated head takes as its article (`den Arbeitgeber, die …` is no head for `die`).
  func agrees(_ sentence: AnalyzedSentence, head: Int, pronoun: String) -> Bool {
    guard let wanted = Self.pronounAgreement[pronoun], let d = determiner(sentence, head: head)
    else { return false }
    let determiner = sentence.tokens[d].text.lowercased()
    if Self.quantifiers.contains(determiner) { return false }
    let noun = sentence.tokens[head].text
    var possible: Agreement
    switch determiner {
    case "der": possible = [.masculine, .feminine, .plural]
    case "die": possible = [.feminine, .plural]
    case "das": possible = [.neuter]
    case "dem", "des", "eines", "einem": possible = [.masculine, .neuter]
    // `den Arbeitgeber` is singular; the dative plural ends in -n (`den Arbeitgebern`).
    case "den":
      possible = noun.hasSuffix("n") || noun.hasSuffix("s") ? [.masculine, .plural] : [.masculine]
    case "ein": possible = [.masculine, .neuter]
    case "eine", "einer": possible = [.feminine]
    case "einen": possible = [.masculine]
    default:
      // Possessives and demonstratives by their ending.
      if determiner.hasSuffix("em") || determiner.hasSuffix("es") {
        possible = [.masculine, .neuter]
      } else if determiner.hasSuffix("en") {
        possible =
          noun.hasSuffix("n") || noun.hasSuffix("s") ? [.masculine, .plural] : [.masculine]
      } else if determiner.hasSuffix("e") {
        possible = [.feminine, .plural]
      } else if determiner.hasSuffix("er") && !["unser", "euer"].contains(determiner) {
        possible = [.masculine, .feminine, .plural]
      } else {
        possible = [.masculine, .neuter]
      }
    }
    return !possible.isDisjoint(with: wanted)
  }

  func repeatable(
    _ sentence: AnalyzedSentence, head: Int, pronoun: String, analyzer: Analyzer
  ) -> Bool {
    let form = sentence.tokens[head].text
    let lemma = sentence.lemmas[head]
    // A genitive in -s or -es in the table (`Monats`) marks a strong noun.
    let strong = ["s", "es"].contains { analyzer.entry(form + $0).lemma == form }
    if pronoun == "dem" || pronoun == "den" || pronoun == "der", !strong {
      // Weak masculine nouns change in the oblique cases (der Kunde, dem Kunden).
      for suffix in ["e", "ent", "ant", "ist", "at", "oge", "graf"] where form.hasSuffix(suffix) {
        if pronoun != "der" || form.hasSuffix("en") { return false }
      }
    }
    // The head has its own determiner and is no genitive attribute of a noun before it
    // (`den Bereichen der Zone, die …` may mean either noun).
    var d = head - 1
    while d >= 0, sentence.traits[d].contains(.word), !sentence.traits[d].contains(.capitalized),
      sentence.traits[d].isDisjoint(
        with: [.definiteArticle, .indefiniteArticle, .determiner, .preposition, .anyFinite])
    {
      d -= 1
    }
    guard d >= 0,
      !sentence.traits[d].isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner])
        || sentence.traits[d].contains(.politeAddress),
      !(["der", "des", "einer", "eines"].contains(sentence.tokens[d].text) && d > 0
        && sentence.isNounLike(d - 1))
    else { return false }
    if lemma == form { return true }
    if lemma == nil, !form.hasSuffix("n"), !form.hasSuffix("s") { return true }
    // After `die`/`diese`/`Ihre` the noun is nominative or accusative (feminine or plural), the
    // same form the repetition needs.
    guard pronoun == "die", !form.hasSuffix("s") else { return false }
    var i = head - 1
    while i >= 0, sentence.traits[i].contains(.word), !sentence.traits[i].contains(.capitalized),
      sentence.traits[i].isDisjoint(with: [.definiteArticle, .determiner, .preposition])
    {
      i -= 1
    }
    guard i >= 0 else { return false }
    return Self.pluralDeterminers.contains(sentence.tokens[i].text.lowercased())
  }
}
