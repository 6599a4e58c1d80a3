/// Flags a second main clause joined with `und`, `oder`, `aber`, `denn`, `sondern` and makes two
/// sentences of it, with the subject repeated when the second clause left it out.
struct CoordinatedClauseRule: Rule {
  let id: RuleID = "mehrere-aussagen"
  let title = "Eine Aussage pro Satz"
  let rationale = """
    Jeder Satz soll nur eine Aussage haben. Zwei Aussagen, die mit und, oder oder aber verbunden \
    sind, schreibt man besser als zwei Sätze.
    """
  let reference =
    "Netzwerk Leichte Sprache: Eine Aussage pro Satz; Inclusion Europe; LanguageTool ZWEI_INFORMATIONSEINHEITEN_PRO_SATZ"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Wir prüfen den Antrag."),
    .ok("Die Mutter und der Vater kommen morgen."),
    .rewrites(
      "Wir prüfen den Antrag ⟦und wir schicken Ihnen Post⟧.",
      to: "Wir prüfen den Antrag. Wir schicken Ihnen Post."),
    .rewrites(
      "Sie füllen das Formular aus ⟦und schicken es an uns⟧.",
      to: "Sie füllen das Formular aus. Sie schicken es an uns."),
    .rewrites(
      "Am Montag prüfen wir den Antrag ⟦und schicken Ihnen dann Post⟧.",
      to: "Am Montag prüfen wir den Antrag. Wir schicken Ihnen dann Post."),
    .rewrites(
      "Das Amt ist heute geschlossen ⟦aber morgen ist es offen⟧.",
      to: "Das Amt ist heute geschlossen. Aber morgen ist es offen."),
    .rewrites(
      "Das Amt prüft den Antrag ⟦und schickt Ihnen einen Bescheid⟧.",
      to: "Das Amt prüft den Antrag. Das Amt schickt Ihnen einen Bescheid."),
    // `und` joins two phrases of one clause: the modal's infinitive comes at the end.
    .rewrites(
      "Die Mittel dürfen die Ausgaben für die Pflege bezogen auf den Empfänger ⟦und für die Altenhilfe bezogen auf alte Menschen nicht unterschreiten⟧.",
      to:
        "Die Mittel dürfen die Ausgaben für die Pflege bezogen auf den Empfänger und für die Altenhilfe bezogen auf alte Menschen nicht unterschreiten."
    ),
    .rewrites(
      "Wir werden den Antrag prüfen ⟦und schicken Ihnen dann Post⟧.",
      to: "Wir werden den Antrag prüfen. Wir schicken Ihnen dann Post."),
    // The second part has no verb of its own (`waren … und daher ein Ziel`): no second clause.
    .ok("Die Preußen waren den Kölnern nicht sympathisch und daher schnell ein Ziel von Spott."),
    // A participle form after `und` is finite when nothing in the first clause needs it.
    .rewrites(
      "Die Staffelung entspricht dem Gebot ⟦und berücksichtigt das Einkommen der Eltern⟧.",
      to:
        "Die Staffelung entspricht dem Gebot. Die Staffelung berücksichtigt das Einkommen der Eltern."
    ),
    .rewrites(
      "Eine Änderung der Größe ist schriftlich zu beantragen ⟦und wird zum Monatsersten wirksam⟧.",
      to:
        "Eine Änderung der Größe ist schriftlich zu beantragen. Eine Änderung der Größe wird zum Monatsersten wirksam."
    ),
    .rewrites(
      "Der Antrag wurde geprüft ⟦und berücksichtigt⟧.",
      to: "Der Antrag wurde geprüft und berücksichtigt."),
    // Two verbs that share their object: one statement.
    .rewrites(
      "Die Speisen prägen ⟦und ergänzen die deutsche Küche⟧.",
      to: "Die Speisen prägen und ergänzen die deutsche Küche."),
    // The object comes first: the subject is not known, the clause stays.
    .flags("Den Antrag prüfen die Ämter ⟦und schicken ihn zurück⟧."),
  ]

  static let message = MessagePattern(
    "Hier beginnt mit „{}“ eine zweite Aussage. Machen Sie daraus einen eigenen Satz.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.clauses.compactMap { clause in
      guard clause.kind == .coordinated, let coordinator = clause.introducer else { return nil }
      let word = sentence.tokens[coordinator].text
      return finding(
        sentence.range(coordinator, clause.tokens.upperBound - 1),
        Self.message(word))
    }
  }

  /// A finite verb form by its shape: a regular ending or a frequent irregular form. Bare
  /// stems that are also adjectives or adverbs (`schnell`, `klar`) are not taken for verbs.
  static func looksFinite(_ form: String) -> Bool {
    let lower = form.lowercased()
    return ["t", "e", "n", "st"].contains { lower.hasSuffix($0) } || irregularFinite.contains(lower)
  }

  static let irregularFinite: Set<String> = [
    "ist", "hat", "kann", "muss", "will", "darf", "soll", "mag", "weiß", "war", "kam", "gab",
    "ging", "sah", "lag", "blieb", "fand", "bot", "lief", "rief", "stand", "saß", "fiel", "nahm",
    "las", "sprach", "traf", "zog", "wird", "bin", "bist",
  ]

  /// Determiners that cannot start a nominative subject.
  static let obliqueDeterminers: Set<String> = [
    "den", "dem", "des", "einen", "einem", "eines", "Ihren", "Ihrem", "Ihres", "diesen", "diesem",
    "unseren", "unserem", "keinen", "keinem",
  ]

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      sentence.startsAsSentence(in: context),
      let k = sentence.clauses.firstIndex(where: {
        $0.kind == .coordinated
          && $0.introducer.map { sentence.tokens[$0].range.start }
            == finding.range.start
      }),
      let replacement = split(sentence, clause: k, analyzer: context.analyzer)
    else { return [] }
    return [sentence.replacement(replacement, in: context)]
  }

  func split(_ sentence: AnalyzedSentence, clause k: Int, analyzer: Analyzer) -> String? {
    let parts = ClauseParts(sentence, analyzer: analyzer)
    let clauses = sentence.clauses
    let clause = clauses[k]
    guard k >= 1, let c = clause.introducer, let final = sentence.finalPunctuation,
      sentence.tokens[final].text != "?",
      ["und", "oder", "aber", "denn"].contains(sentence.tokens[c].text),
      clauses[0].kind == .main, clauses[0].tokens.lowerBound == 0,
      let leftFinite = clauses[0].finiteVerb, leftFinite < c,
      // The first clause is a statement (verb second), not a question or a condition (verb
      // first), and the clause before the coordinator is a main clause.
      leftFinite > 0, clauses[k - 1].kind == .main || clauses[k - 1].kind == .coordinated,
      clauses[1..<k].allSatisfy({ $0.kind != .main }),
      clauses[(k + 1)...].allSatisfy({ $0.kind != .main && $0.kind != .coordinated }),
      clause.tokens.lowerBound == c + 1
    else { return nil }
    // A modal or `werden` before `und` whose infinitive or participle comes only after it: the
    // coordination joins phrases of one clause (`Die Mittel dürfen A und B nicht unterschreiten`).
    if !sentence.traits[leftFinite].isDisjoint(with: [.modalVerb, .werdenForm]) {
      var last = c - 1
      while last > leftFinite, sentence.tokens[last].kind == .punctuation { last -= 1 }
      let t = sentence.traits[last]
      guard last > leftFinite, !t.contains(.capitalized),
        !t.isDisjoint(with: [.infinitive, .participle, .zuInfinitive])
      else { return nil }
    }
    // Truncated compounds (`Einnahme- und Ausgabeschwankungen`) are no clause boundary.
    if (0..<final).contains(where: {
      sentence.tokens[$0].text.count > 1 && sentence.tokens[$0].text.hasSuffix("-")
    }) {
      return nil
    }
    let right = (c + 1)..<final
    let left = parts.text(0..<c) + "."
    let keep =
      sentence.tokens[c].text == "und" ? nil : ClauseParts.capitalized(sentence.tokens[c].text)
    // A form that may be a participle (`berücksichtigt`) is finite after `und` when the first
    // clause has no auxiliary it could belong to.
    let leftAuxiliary = !sentence.traits[leftFinite].isDisjoint(with: [
      .habenForm, .seinForm, .werdenForm, .modalVerb,
    ])
    // `prägen und ergänzen die Küche`: two verbs share what follows; no split.
    var lastLeft = c - 1
    while lastLeft > leftFinite, sentence.tokens[lastLeft].kind == .punctuation { lastLeft -= 1 }
    guard lastLeft > leftFinite else { return nil }
    if let finite = clause.finiteVerb ?? (clause.tokens.isEmpty ? nil : clause.tokens.lowerBound),
      finite == right.lowerBound,
      clause.finiteVerb != nil
        || !leftAuxiliary && parts.isVerbForm(finite)
          && !sentence.traits[finite].isDisjoint(with: .anyFinite)
    {
      // The subject is left out: repeat the subject of the first clause.
      guard parts.isVerbForm(finite),
        !sentence.traits[finite].contains(.participle) || !leftAuxiliary,
        let subject = subject(parts, clause: clauses[0], finite: leftFinite)
      else { return nil }
      let body = parts.text(right)
      let second =
        keep.map { ClauseParts.join([$0, subject, body]) } ?? ClauseParts.join([subject, body])
      return left + " " + second + sentence.tokens[final].text
    }
    // An own subject: the clause needs a verb in second position.
    guard let first = parts.firstConstituent(in: right), first.upperBound < right.upperBound,
      clause.finiteVerb == first.upperBound, parts.isVerbForm(first.upperBound),
      Self.looksFinite(sentence.tokens[first.upperBound].text),
      !sentence.traits[first.upperBound].isDisjoint(with: .anyFinite),
      !sentence.traits[first.upperBound].contains(.participle)
        || first.upperBound + 1 < clause.tokens.upperBound
    else { return nil }
    let second: String
    if let keep {
      second = ClauseParts.join([keep, parts.text(right)])
    } else {
      guard let start = parts.sentenceStart(right) else { return nil }
      second = start
    }
    return left + " " + second + sentence.tokens[final].text
  }

  /// Words after a noun that only add to it: genitive attributes (`der Tonnen-Größe`) and
  /// prepositional phrases, no verb, comma or coordination.
  func attributes(_ parts: ClauseParts, _ range: Range<Int>) -> Bool {
    let sentence = parts.sentence
    guard let first = range.first,
      sentence.traits[first].contains(.preposition)
        || ["der", "des", "eines", "einer"].contains(sentence.tokens[first].text)
    else { return false }
    return !range.contains {
      parts.isVerbForm($0) || !sentence.traits[$0].contains(.word)
        || ClauseParts.phraseCoordinators.contains(sentence.tokens[$0].text)
    }
  }

  /// The subject of a verb-second main clause: a pronoun or simple noun phrase before the verb
  /// (not in an oblique case), or a subject pronoun right after it.
  func subject(_ parts: ClauseParts, clause: Clause, finite: Int) -> String? {
    let tokens = parts.sentence.tokens
    let front = clause.tokens.lowerBound..<finite
    if front.count == 1, parts.isSubjectPronoun(front.lowerBound) {
      return parts.sentenceStart(front)
    }
    let next = finite + 1
    if next < clause.tokens.upperBound, parts.isSubjectPronoun(next),
      !["es", "sie"].contains(tokens[next].text)
    {
      return parts.sentenceStart(next..<next + 1)
    }
    // A noun phrase, possibly with genitive attributes and prepositional phrases after it
    // (`Eine Änderung der Tonnen-Größe`), is the whole first position.
    guard !front.isEmpty,
      let noun = front.first(where: { parts.sentence.isNounLike($0) }),
      let phrase = parts.nounPhrase(from: front.lowerBound, limit: noun + 1),
      phrase == front
        || phrase.upperBound == noun + 1
          && attributes(parts, phrase.upperBound..<finite),
      !Self.obliqueDeterminers.contains(tokens[front.lowerBound].text),
      !Self.obliqueDeterminers.contains(tokens[front.lowerBound].text.lowercased())
    else { return nil }
    return parts.sentenceStart(front)
  }
}
