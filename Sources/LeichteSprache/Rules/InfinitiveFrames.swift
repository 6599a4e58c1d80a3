/// Infinitive clauses after a frame that a modal verb says shorter (used by the `nebensatz`
/// rule, rules.md §2.9): the frame and its comma go, the infinitive loses its `zu`, and the
/// sentence becomes one main clause.
///
/// - `Sie sind verpflichtet, … zu zahlen` → `Sie müssen … zahlen` (also `berechtigt` → dürfen)
/// - `Sie haben die Möglichkeit, … einzulegen` → `Sie können … einlegen` (`das Recht` → dürfen,
///   `die Pflicht` → müssen, `Gelegenheit` → können)
/// - `Ich beabsichtige, … abzulehnen` → `Ich will … ablehnen`
/// - `Wir bitten Sie, … zu überweisen` / `Sie werden gebeten, …` → `Bitte überweisen Sie …`
///
/// Only present-tense frames whose verb form names the person; anything else stays a finding.
extension ClauseSplit {
  /// The modal verb a frame stands for.
  enum Modal: String {
    case müssen, können, dürfen, wollen

    /// Present forms by person: 1st, 2nd, 3rd singular, 1st/3rd plural (and polite `Sie`),
    /// 2nd plural.
    var forms: [String] {
      switch self {
      case .müssen: return ["muss", "musst", "muss", "müssen", "müsst"]
      case .können: return ["kann", "kannst", "kann", "können", "könnt"]
      case .dürfen: return ["darf", "darfst", "darf", "dürfen", "dürft"]
      case .wollen: return ["will", "willst", "will", "wollen", "wollt"]
      }
    }
  }

  /// Present forms of `sein`, `haben` and `beabsichtigen` and the person each names (index into
  /// `Modal.forms`).
  static let seinPerson: [String: Int] = ["bin": 0, "bist": 1, "ist": 2, "sind": 3, "seid": 4]
  static let habenPerson: [String: Int] = [
    "habe": 0, "hast": 1, "hat": 2, "haben": 3, "habt": 4,
  ]
  static let intendPerson: [String: Int] = [
    "beabsichtige": 0, "beabsichtigst": 1, "beabsichtigt": 2, "beabsichtigen": 3,
  ]
  /// Predicative adjectives after `sein` and the modal they stand for.
  static let seinFrames: [String: Modal] = ["verpflichtet": .müssen, "berechtigt": .dürfen]
  /// Nouns after `haben` (alone or after `die`/`das`) and the modal they stand for.
  static let habenFrames: [String: Modal] = [
    "Möglichkeit": .können, "Gelegenheit": .können, "Recht": .dürfen, "Pflicht": .müssen,
  ]

  /// The sentence with infinitive clause `k` merged into its frame, or nil.
  func mergeModalFrame(clause k: Int) -> String? {
    let clauses = sentence.clauses
    let tokens = sentence.tokens
    let clause = clauses[k]
    // The frame is a main clause at the sentence start or after a colon (`Wir weisen darauf
    // hin: Sie sind verpflichtet, …`); what stands before it stays.
    guard
      let f = (0..<k).last(where: { j in
        let start = clauses[j].tokens.lowerBound
        return start == 0 || tokens[start - 1].text == ":"
      })
    else { return nil }
    let frame = clauses[f].tokens
    let comma = frame.upperBound
    // The infinitive clause starts after the frame's comma; commas inside it may set off a
    // phrase without a verb (`…, spätestens bis zum 19. Juni, …`) or a relative clause.
    guard clauses[f].kind == .main, frame.count >= 2, comma < tokens.count,
      sentence.traits[comma].contains(.comma), clauses[f + 1].tokens.lowerBound == comma + 1,
      clauses[(f + 1)..<k].allSatisfy({
        isRelative($0) || ($0.finiteVerb == nil && $0.kind != .subordinate)
      }),
      let final = sentence.finalPunctuation ?? introducesList(), tokens[final].text != "?",
      let body = infinitiveBody((comma + 1)..<clause.tokens.upperBound)
    else { return nil }
    // What follows the infinitive clause (`, wenn …`) stays as it is; a further infinitive
    // with `zu` there (`…, die …, und Belege vorzulegen`) belongs to the frame too.
    let after = body.range.upperBound..<final
    guard
      !after.contains(where: {
        sentence.traits[$0].contains(.zuInfinitive)
          || ($0 + 1 < final && tokens[$0].text == "zu"
            && sentence.traits[$0 + 1].contains(.infinitive))
      })
    else { return nil }
    let tail = parts.text(body.range.upperBound..<(final + 1))
    if let adverbs = requestFrame(frame) {
      // `wir bitten Sie` right after a salutation starts in lower case.
      let first = tokens[frame.lowerBound].text
      let please = first.first?.isLowercase == true ? "bitte" : "Bitte"
      if body.verbs.count == 2 {
        return twoRequests(
          body, lead: parts.text(0..<frame.lowerBound), please: please,
          adverbs: adverbs, final: final)
      }
      // One verb only: it moves to the front of the request.
      guard body.verbs.count == 1, let verb = body.verbs.first, verb.finite != "sein" else {
        return nil
      }
      // The comma before a last `zu überweisen` goes with the verb.
      var rest = body.text(without: verb)
      while rest.hasSuffix(",") { rest.removeLast() }
      if let connector = connectedRequest(frame) {
        // Object pronouns stay before `bitte` (`Dann rufen Sie uns bitte an`).
        var k = body.range.lowerBound
        while k < body.range.upperBound, ClauseParts.objectPronouns.contains(tokens[k].text) {
          k += 1
        }
        var pronouns = parts.text(body.range.lowerBound..<k)
        if rest == pronouns {
          rest = ""
        } else if !pronouns.isEmpty, rest.hasPrefix(pronouns + " ") {
          rest.removeFirst(pronouns.count + 1)
        } else {
          pronouns = ""
        }
        return ClauseParts.join([
          parts.text(0..<frame.lowerBound), connector, verb.finite, "Sie", pronouns, "bitte",
          parts.text(adverbs), rest, verb.particle ?? "",
        ]) + tail
      }
      return ClauseParts.join([
        parts.text(0..<frame.lowerBound), please, verb.finite, "Sie", parts.text(adverbs), rest,
        verb.particle ?? "",
      ]) + tail
    }
    guard let match = modalFrame(frame) else { return nil }
    return ClauseParts.join([
      parts.text(0..<match.finite), match.modal,
      parts.text((match.finite + 1)..<match.dropFrom), body.text(without: nil),
    ]) + tail
  }

  /// `Wir bitten Sie, das Formular auszufüllen und die Belege beizulegen.` → `Bitte füllen Sie
  /// das Formular aus. Bitte legen Sie die Belege bei.` Two infinitives joined by `und`, the
  /// second with an object of its own (an article or pronoun outside a prepositional phrase),
  /// or sharing the first part's object, which the second sentence names again (only for a
  /// first part that is just a noun phrase whose form is the same in every case it can have
  /// here, and a second verb that takes an object). Nothing after them.
  func twoRequests(
    _ body: InfinitiveBody, lead: String, please: String, adverbs: Range<Int>, final: Int
  ) -> String? {
    let tokens = sentence.tokens
    let traits = sentence.traits
    let first = body.verbs[0]
    let second = body.verbs[1]
    let und = first.index + 1
    guard tokens[und].text == "und", body.range.upperBound == final,
      first.finite != "sein", second.finite != "sein"
    else { return nil }
    let secondStart = und + 1
    let secondEnd = second.zu ?? second.index
    let objects: Set<String> = ["es", "sie", "ihn", "diese", "dieses", "diesen"]
    let ownObject = (secondStart..<secondEnd).contains { j in
      let t = traits[j]
      let isDeterminer =
        !t.isDisjoint(with: [.definiteArticle, .indefiniteArticle, .determiner])
        || ClauseParts.possessives.contains(tokens[j].text) || objects.contains(tokens[j].text)
      return isDeterminer && (j == secondStart || !traits[j - 1].contains(.preposition))
    }
    let firstEnd = first.zu ?? first.index
    // A shared object (`das Formular zu unterschreiben und an uns zurückzuschicken`): the
    // first part is just that noun phrase, the second verb takes an object, and the noun
    // phrase is repeated (`Bitte schicken Sie das Formular an uns zurück`).
    var shared: String? = nil
    if !ownObject {
      let middle = body.range.lowerBound..<firstEnd
      guard let phrase = parts.nounPhrase(from: middle.lowerBound, limit: middle.upperBound),
        phrase == middle,
        ["das", "die", "diese", "dieses", "Ihre", "Ihr"].contains(tokens[middle.lowerBound].text),
        PassiveVoiceRule.readerDuties.contains(second.infinitive)
      else { return nil }
      shared = parts.text(middle)
    }
    guard
      !(body.range.lowerBound..<secondEnd).contains(where: {
        traits[$0].contains(.comma) || ["oder", "sowie"].contains(tokens[$0].text)
      })
    else { return nil }
    let one = ClauseParts.join([
      lead, please, first.finite, "Sie", parts.text(adverbs),
      parts.text(body.range.lowerBound..<firstEnd), first.particle ?? "",
    ])
    let two = ClauseParts.join([
      ClauseParts.capitalized(please), second.finite, "Sie", parts.text(adverbs), shared ?? "",
      parts.text(secondStart..<secondEnd), second.particle ?? "",
    ])
    return one + ". " + two + tokens[final].text
  }

  /// The colon that ends a sentence before a list (`… auf eines der folgenden Konten zu
  /// überweisen:`).
  func introducesList() -> Int? {
    guard let last = sentence.tokens.indices.last, sentence.tokens[last].text == ":" else {
      return nil
    }
    return last
  }

  /// A relative clause, also one the analysis left as a main-clause fragment: after a comma it
  /// starts with a relative pronoun (`die`, `in der`) and ends in its finite verb.
  func isRelative(_ clause: Clause) -> Bool {
    if clause.kind == .relative { return true }
    let tokens = sentence.tokens
    let start = clause.tokens.lowerBound
    guard let finite = clause.finiteVerb, finite == clause.tokens.upperBound - 1,
      start > 0, sentence.traits[start - 1].contains(.comma)
    else { return false }
    let pronouns: Set<String> = [
      "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
      "welches",
    ]
    let pronoun = sentence.traits[start].contains(.preposition) ? start + 1 : start
    return pronoun < finite && pronouns.contains(tokens[pronoun].text)
  }

  /// `Wir bitten Sie`, `Ich bitte Sie`, `Wir möchten Sie … bitten`, `Sie werden gebeten`: the
  /// adverbs after them (`daher`, `höflich`), or nil for any other frame.
  func requestFrame(_ frame: Range<Int>) -> Range<Int>? {
    let words = frame.map { sentence.tokens[$0].text }
    guard words.count >= 3 else { return nil }
    let adverbs: Range<Int>
    if connectedRequest(frame) != nil { return (frame.lowerBound + 4)..<frame.upperBound }
    switch (words[0], words[1], words[2]) {
    case ("wir", "bitten", "Sie"), ("Wir", "bitten", "Sie"), ("ich", "bitte", "Sie"),
      ("Ich", "bitte", "Sie"):
      adverbs = (frame.lowerBound + 3)..<frame.upperBound
    case ("wir", "möchten", "Sie"), ("Wir", "möchten", "Sie"):
      guard words.count >= 4, words.last == "bitten" else { return nil }
      adverbs = (frame.lowerBound + 3)..<(frame.upperBound - 1)
    case ("Sie", "werden", _) where parts.politeStart && words.last == "gebeten":
      adverbs = (frame.lowerBound + 2)..<(frame.upperBound - 1)
    default:
      return nil
    }
    return adverbs.allSatisfy { isAdverb($0) } ? adverbs : nil
  }

  /// `Dann bitten wir Sie` (after a condition that became a question): the connector, which
  /// stays first (`Dann geben Sie uns bitte …`).
  func connectedRequest(_ frame: Range<Int>) -> String? {
    let words = frame.map { sentence.tokens[$0].text }
    guard words.count >= 4, ["Dann", "Deshalb", "Daher"].contains(words[0]),
      words[1] == "bitten", words[2] == "wir", words[3] == "Sie",
      ((frame.lowerBound + 4)..<frame.upperBound).allSatisfy({ isAdverb($0) })
    else { return nil }
    return words[0]
  }

  /// A frame of `sein` + adjective, `haben` + noun or `beabsichtigen`: the modal in the form of
  /// the frame's person, the finite verb it replaces and where the rest of the frame is dropped.
  func modalFrame(_ frame: Range<Int>) -> (modal: String, finite: Int, dropFrom: Int)? {
    let tokens = sentence.tokens
    guard let finite = frame.first(where: { parts.isVerbForm($0) }),
      !frame.contains(where: { $0 > finite && parts.isVerbForm($0) && !isFrameWord($0) })
    else { return nil }
    let verb = tokens[finite].text
    let last = frame.upperBound - 1
    if let person = Self.intendPerson[verb],
      ((finite + 1)..<frame.upperBound).allSatisfy({ isAdverbOrSubject($0) })
    {
      return (Modal.wollen.forms[person], finite, frame.upperBound)
    }
    guard last > finite else { return nil }
    // Between `sein` and its adjective: the subject and adverbials, which stay as they are
    // (`Daher ist die Behörde verpflichtet` → `Daher muss die Behörde`); not a correlate
    // (`dazu verpflichtet`) or an object with `zu` (`zu nichts verpflichtet`).
    if let person = Self.seinPerson[verb], let modal = Self.seinFrames[tokens[last].text],
      !((finite + 1)..<last).contains(where: { Self.correlates.contains(tokens[$0].text) })
    {
      return (modal.forms[person], finite, last)
    }
    if let person = Self.habenPerson[verb], let modal = Self.habenFrames[tokens[last].text] {
      let article = last - 1 > finite && ["die", "das"].contains(tokens[last - 1].text)
      let nounStart = article ? last - 1 : last
      guard ((finite + 1)..<nounStart).allSatisfy({ isAdverbOrSubject($0) }) else { return nil }
      return (modal.forms[person], finite, nounStart)
    }
    return nil
  }

  /// Words that tie the frame to the infinitive or add an object of their own.
  static let correlates: Set<String> = [
    "zu", "dazu", "hierzu", "hierfür", "dafür", "darauf", "damit", "davon", "zur", "zum",
  ]

  /// The adjective or noun of a frame, which the analysis may read as a participle.
  func isFrameWord(_ i: Int) -> Bool {
    let word = sentence.tokens[i].text
    return Self.seinFrames[word] != nil || Self.habenFrames[word] != nil
  }

  /// A word that may stand between the finite verb and the frame word: the subject pronoun
  /// after the verb (`sind Sie verpflichtet`) or an adverb (`daher`, `jederzeit`, `nicht`).
  func isAdverbOrSubject(_ i: Int) -> Bool {
    let word = sentence.tokens[i].text
    return ClauseParts.subjectPronouns.contains(word) || isAdverb(i)
  }

  func isAdverb(_ i: Int) -> Bool {
    let word = sentence.tokens[i].text
    let traits = sentence.traits[i]
    if ClauseParts.adverbs.contains(word) || Self.frameAdverbs.contains(word) { return true }
    return traits.contains(.negation) && word == "nicht"
  }

  /// Adverbs of letters that may stand in a frame besides `ClauseParts.adverbs`.
  static let frameAdverbs: Set<String> = [
    "gesetzlich", "grundsätzlich", "jederzeit", "höflich", "ausdrücklich", "weiterhin",
    "deshalb", "daher", "deswegen", "also", "nochmals", "erneut", "hiermit",
  ]

  /// The infinitives of a clause without `zu`: the clause must end in an infinitive with `zu`
  /// (`zu zahlen`, `einzulegen`); coordinated ones (`zu melden oder zu erscheinen`) lose their
  /// `zu` too.
  struct InfinitiveBody {
    struct Verb {
      /// Token index of the infinitive (and of its `zu`, when that is a word of its own).
      let index: Int
      let zu: Int?
      /// The infinitive without `zu` (`einlegen`), and split for a front position: the finite
      /// form (`legen`) and the separable particle (`ein`).
      let infinitive: String
      let finite: String
      let particle: String?
    }
    let range: Range<Int>
    let verbs: [Verb]
    let parts: ClauseParts

    /// The clause with every infinitive written without `zu`; `moved` is left out (its
    /// particle stays for the caller to place).
    func text(without moved: Verb?) -> String {
      var pieces: [String] = []
      var start = range.lowerBound
      for verb in verbs {
        let cut = verb.zu ?? verb.index
        pieces.append(parts.text(start..<cut))
        if verb.index != moved?.index { pieces.append(verb.infinitive) }
        start = verb.index + 1
      }
      pieces.append(parts.text(start..<range.upperBound))
      // A piece that starts with a comma goes on without a space (`angeben, die …`).
      var result = ""
      for piece in pieces where !piece.isEmpty {
        if !result.isEmpty && !piece.hasPrefix(",") { result += " " }
        result += piece
      }
      return result
    }
  }

  func infinitiveBody(_ range: Range<Int>) -> InfinitiveBody? {
    let tokens = sentence.tokens
    let traits = sentence.traits
    var end = range.upperBound
    while end > range.lowerBound, !parts.isWord(end - 1) { end -= 1 }
    guard end - range.lowerBound >= 2 else { return nil }
    let coordinators: Set<String> = ["und", "oder", "sowie"]
    var verbs: [InfinitiveBody.Verb] = []
    for i in range.lowerBound..<end {
      let word = tokens[i].text
      guard traits[i].contains(.word), !traits[i].contains(.capitalized) else { continue }
      // Only at the end of a conjunct: before `und`/`oder`/`sowie`, a comma or the clause end.
      let next = i + 1
      let endsConjunct =
        next == end || coordinators.contains(tokens[next].text) || traits[next].contains(.comma)
      guard endsConjunct else { continue }
      if i > range.lowerBound, tokens[i - 1].text == "zu", traits[i].contains(.infinitive) {
        // `zu` as a word of its own: the verb is not separable (`zu überweisen`), so its
        // front form is the infinitive (`Bitte überweisen Sie …`).
        verbs.append(.init(index: i, zu: i - 1, infinitive: word, finite: word, particle: nil))
      } else if traits[i].contains(.zuInfinitive),
        let particle = GermanGrammar.separableParticles.first(where: {
          word.hasPrefix($0 + "zu") && word.count > $0.count + 4
        })
      {
        let verb = String(word.dropFirst(particle.count + 2))
        verbs.append(
          .init(index: i, zu: nil, infinitive: particle + verb, finite: verb, particle: particle))
      }
    }
    // The clause ends in one of them.
    guard let last = verbs.last, last.index == end - 1 else { return nil }
    return InfinitiveBody(range: range.lowerBound..<end, verbs: verbs, parts: parts)
  }
}
