/// Flags legal citations (`§ 7 Abs. 2 SGB II`) and moves those with a safe frame
/// (`nach § 12 Abs. 1 WoGG`, `gem. …`, `(§ 41a SGB II)`, `… i. V. m. § 25 WoGG`) out of the
/// sentence into a reference block at the end of the text: `Das steht im Gesetz:` with one list
/// item per citation, verbatim. A citation is never deleted: it is only removed from the sentence
/// together with the edit that adds it to the block (or when the block already holds it).
struct LegalCitationRule: Rule {
  let id: RuleID = "gesetzes-zitat"
  let title = "Gesetze nur nennen, wenn nötig"
  let rationale = """
    Paragrafen und Gesetzes-Abkürzungen verstehen nur Fach-Leute. Schreiben Sie: Das steht im \
    Gesetz. Die genaue Stelle kann am Ende stehen.
    """
  let reference =
    "Netzwerk Leichte Sprache: keine Sonderzeichen, keine Verweise; BITV 2.0 Anlage 2 Teil 2 Nr. 6"
  let severity = Severity.warning

  /// The line that introduces the reference block.
  static let blockTitle = "Das steht im Gesetz:"

  let examples: [Example] = [
    // A file number that starts with letters is no law: `Aktenzeichen: WG 4711/26`.
    .ok("Aktenzeichen: WG 4711/26"),
    .ok("Bitte füllen Sie den Vordruck WG 5 aus."),
    .ok("Das steht im Gesetz."),
    // The citation is the object of `steht in`: it stays.
    .flags("Das steht in ⟦§ 7 Abs. 2 SGB II⟧."),
    .flags("Das regelt das ⟦BGB⟧."),
    .rewrites(
      "Sie haben nach ⟦§ 7 WoGG⟧ keinen Anspruch auf Wohngeld.",
      to: "Sie haben keinen Anspruch auf Wohngeld.\n\nDas steht im Gesetz:\n- § 7 WoGG"),
    .rewrites(
      "Sie müssen die Unterlagen schicken (⟦§ 60 SGB I⟧).",
      to: "Sie müssen die Unterlagen schicken.\n\nDas steht im Gesetz:\n- § 60 SGB I"),
    .rewrites(
      "Das Wohngeld wird gem. ⟦§ 26 Abs. 1 WoGG⟧ monatlich gezahlt.",
      to: "Das Wohngeld wird monatlich gezahlt.\n\nDas steht im Gesetz:\n- § 26 Abs. 1 WoGG"),
    // The whole fact moves, with the short name in brackets and the chain after `i. V. m.`.
    .rewrites(
      "Wohngeld wird Ihnen gemäß ⟦§§ 1⟧, 3 und 4 des Wohngeldgesetzes (⟦WoGG⟧) i. V. m. ⟦§ 25 WoGG⟧ bewilligt.",
      to:
        "Wohngeld wird Ihnen bewilligt.\n\nDas steht im Gesetz:\n- §§ 1, 3 und 4 des Wohngeldgesetzes (WoGG) i. V. m. § 25 WoGG"
    ),
    // Several citations land in the block in text order; one already there is not repeated.
    .rewrites(
      "Der nach ⟦§ 12 Abs. 1 WoGG⟧ maßgebliche Betrag ist 500 Euro. Die Frist beträgt nach ⟦§ 5 SGB X⟧ einen Monat. Wir zahlen nach ⟦§ 12 Abs. 1 WoGG⟧ monatlich.",
      to:
        "Der maßgebliche Betrag ist 500 Euro. Die Frist beträgt einen Monat. Wir zahlen monatlich.\n\nDas steht im Gesetz:\n- § 12 Abs. 1 WoGG\n- § 5 SGB X"
    ),
    // At the start of the sentence the subject pronoun moves to the front.
    .rewrites(
      "Nach ⟦§ 7 SGB II⟧ haben Sie Anspruch auf Bürgergeld.",
      to: "Sie haben Anspruch auf Bürgergeld.\n\nDas steht im Gesetz:\n- § 7 SGB II"),
    // `richtet sich nach`: the citation is needed by the verb.
    .flags("Die Höhe richtet sich nach ⟦§ 12 WoGG⟧."),
    // Only the verb would be left: the citation stays.
    .flags("Diese Einladung erfolgt nach ⟦§ 59 SGB II⟧."),
    // `und` after the citation: removing it would leave a broken coordination.
    .flags("Sie haben nach ⟦§ 5 WoGG⟧ und nach ⟦§ 7 WoGG⟧ Anspruch."),
    // A bracket with more than the citation stays.
    .flags("Sie zahlen vierteljährlich (⟦§ 28 Abs. 3 GrStG⟧ gilt entsprechend)."),
    // A bracket with references only goes as a whole: several citations, the name of a rule.
    .rewrites(
      "Sie sind pflichtversichert (⟦§ 5 Abs. 1 Nr.⟧ 2a ⟦SGB V⟧, ⟦§ 20 Abs. 1 SGB XI⟧).",
      to:
        "Sie sind pflichtversichert.\n\nDas steht im Gesetz:\n- § 5 Abs. 1 Nr. 2a SGB V, § 20 Abs. 1 SGB XI"
    ),
    .rewrites(
      "Bitte geben Sie die Frage vorher ab (⟦§ 18 Abs. 1⟧ der Geschäftsordnung des Rates).",
      to:
        "Bitte geben Sie die Frage vorher ab.\n\nDas steht im Gesetz:\n- § 18 Abs. 1 der Geschäftsordnung des Rates"
    ),
  ]

  static let parts: Set<String> = [
    "Abs.", "S.", "Satz", "Nr.", "Nummer", "Buchst.", "Halbsatz", "Hs.", "i. V. m.", "ff.", "f.",
    "Alt.", "lit.",
  ]

  /// `parts` as a byte table for the per-token lookups (same answers, cheaper hash).
  static let partTable = ByteWordTable(Dictionary(uniqueKeysWithValues: parts.map { ($0, true) }))

  /// Prepositions that make a citation an adverbial of its own (`nach § 7`, `gemäß § 7`).
  static let framePrepositions: Set<String> = [
    "nach", "gemäß", "gem.", "laut", "lt.", "entsprechend", "i. S. d.", "i. S. v.", "i.S.d.",
    "i.S.v.",
  ]

  /// Words that join a second citation to the first (`… i. V. m. § 25 WoGG`).
  static let chainJoiners: Set<String> = ["i. V. m.", "i.V.m.", "sowie", "und", "oder", "bzw."]

  /// Verbs that need their `nach` phrase (`richtet sich nach`, `bemisst sich nach`).
  static let nachVerbs: Set<String> = [
    "richten", "bemessen", "bestimmen", "fragen", "suchen", "erkundigen", "streben", "sehnen",
  ]

  /// Words that may stand in a bracket before the citation: `(vgl. § 7 WoGG)`.
  static let bracketLeads: Set<String> = ["vgl.", "siehe", "s.", "gem.", "gemäß", "nach"]

  /// Words after which a removed citation would leave a broken coordination.
  static let joinerWords: Set<String> = [
    "und", "oder", "sowie", "bzw.", "bis", "i. V. m.", "i.V.m.", "wie",
  ]

  let checksWholeDocument = true

  static let message = MessagePattern(
    "„{}“ ist ein Gesetzes-Zitat. Schreiben Sie: Das steht im Gesetz. Die genaue Stelle kann am Ende stehen."
  )

  func check(_ document: AnalyzedDocument, in context: Context) -> [Finding] {
    let block = Self.referenceBlock(in: document)
    var findings: [Finding] = []
    for (n, sentence) in document.sentences.enumerated() where !block.items.contains(n) {
      findings += check(sentence, in: context)
    }
    return findings
  }

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let tokens = sentence.tokens
    let ruleData = context.analyzer.ruleData
    var findings: [Finding] = []
    var i = 0
    while i < tokens.count {
      let startsCitation =
        tokens[i].kind == .section
        || tokens[i].kind == .word && !sentence.traits[i].contains(.known)
          && ruleData.isLawAbbreviation(tokens[i].text)
          && tokens[i].text.count >= 2 && !FactVocabulary.followsReferenceLabel(tokens, i)
      guard startsCitation else {
        i += 1
        continue
      }
      var j = i
      // Extend over parts, numbers, Roman numerals and law abbreviations.
      while j + 1 < tokens.count {
        let next = tokens[j + 1]
        if Self.partTable[next.text] != nil || next.kind == .number || next.kind == .section
          || next.kind == .word
            && (ruleData.isLawAbbreviation(next.text) || RomanNumeralRule.isRoman(next.text))
            && Analyzer.startsUppercase(next.text)
          || next.text == "und" && j + 2 < tokens.count && tokens[j + 2].kind == .section
        {
          j += 1
        } else {
          break
        }
      }
      findings.append(
        finding(
          sentence.range(i, j),
          Self.message(excerpt: sentence.range(i, j), of: context.document.text)
        ))
      i = j + 1
    }
    return findings
  }

  // MARK: Rewriting

  /// One citation that can leave its sentence: the edit in the sentence, the citation text for
  /// the block and its law keys, and the first finding inside it (the one that owns the edits).
  struct Move {
    let edit: Edit
    let item: String
    let keys: Set<String>
    let owner: TextRange
  }

  /// The reference block of a document: the sentence index of its title and of its items, and
  /// the law keys already listed.
  struct ReferenceBlock {
    var title: Int? = nil
    var items: Set<Int> = []
    var keys: Set<String> = []
    /// Where new items go: the end of the last item (or of the title).
    var end: Int? = nil
  }

  /// `Das steht im Gesetz:` (checked on the tokens first: no string is built for other lines).
  static func isBlockTitle(_ sentence: AnalyzedSentence) -> Bool {
    let tokens = sentence.tokens
    return tokens.count == 5 && tokens[0].text == "Das" && tokens[3].text == "Gesetz"
      && sentence.sentence.text == blockTitle
  }

  static func referenceBlock(in document: AnalyzedDocument) -> ReferenceBlock {
    var block = ReferenceBlock()
    let sentences = document.sentences
    guard let title = sentences.lastIndex(where: isBlockTitle) else { return block }
    block.title = title
    block.end = sentences[title].range.end
    var n = title + 1
    while n < sentences.count, sentences[n].blockKind == .listItem {
      block.items.insert(n)
      block.end = sentences[n].range.end
      for fact in sentences[n].facts where fact.kind == .law {
        block.keys.insert(fact.key)
      }
      n += 1
    }
    return block
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    let document = context.document
    guard let sentence = document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      let own = move(finding, in: sentence, context: context)
    else { return [] }
    // The moves of the whole document are the same for every finding: found once per context.
    let plan = context.memo.value("gesetzes-zitat.moves") { Self.plan(of: self, in: context) }
    let block = plan.block
    let moves = plan.moves
    var edits = [own.edit]
    // The first move of the document also writes the block (all moves of this pass, in text
    // order, each law once, none that the block already lists).
    if moves.first?.owner == own.owner {
      var known = block.keys
      var lines: [String] = []
      for move in moves where !move.keys.isSubset(of: known) {
        lines.append("- " + move.item)
        known.formUnion(move.keys)
      }
      if !lines.isEmpty {
        if let end = block.end {
          edits.append(Edit(TextRange(end, end), "\n" + lines.joined(separator: "\n")))
        } else {
          let end = Self.contentEnd(of: document.text)
          edits.append(
            Edit(
              TextRange(end, end),
              "\n\n" + Self.blockTitle + "\n" + lines.joined(separator: "\n")))
        }
      }
    }
    return edits
  }

  /// The reference block of a document and every move of its citations, in text order.
  struct Plan {
    let block: ReferenceBlock
    let moves: [Move]
  }

  static func plan(of rule: LegalCitationRule, in context: Context) -> Plan {
    let document = context.document
    let block = referenceBlock(in: document)
    var moves: [Move] = []
    for (n, sentence) in document.sentences.enumerated() where !block.items.contains(n) {
      guard sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
        sentence.summary.has(.section) || sentence.tokens.contains(where: { $0.text == "Art." })
      else { continue }
      let found = rule.check(sentence, in: context)
      var k = 0
      while k < found.count {
        if let move = rule.move(found[k], in: sentence, context: context) {
          moves.append(move)
          // Citations inside this move go with it.
          while k < found.count && found[k].range.start < move.edit.range.end { k += 1 }
        } else {
          k += 1
        }
      }
    }
    return Plan(block: block, moves: moves)
  }

  /// The end of the text without trailing whitespace, in UTF-16 units.
  static func contentEnd(of text: String) -> Int {
    var end = text.utf16.count
    for unit in text.utf16.reversed() {
      guard unit == 0x20 || unit == 0x0A || unit == 0x0D || unit == 0x09 else { break }
      end -= 1
    }
    return end
  }

  /// The move of the citation that `finding` starts, or nil when its frame is not certain.
  func move(_ finding: Finding, in sentence: AnalyzedSentence, context: Context) -> Move? {
    let tokens = sentence.tokens
    guard var first = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence)
    else { return nil }
    // Cheap test first: a frame (preposition or bracket) shortly before the citation.
    guard
      tokens[max(0, first - 12)..<first].contains(where: {
        $0.text == "(" || Self.framePrepositions.contains($0.text.lowercased())
      })
    else { return nil }
    var last = first
    while last + 1 < tokens.count, tokens[last + 1].range.end <= finding.range.end { last += 1 }
    let facts = sentence.facts.filter { $0.kind == .law }
    // The whole law fact: `§§ 1, 3 und 4 des Wohngeldgesetzes`, `Art. 3 Abs. 1 GG`.
    func extend(to fact: Fact) {
      while first > 0, tokens[first].range.start > fact.range.start { first -= 1 }
      while last + 1 < tokens.count, tokens[last].range.end < fact.range.end { last += 1 }
    }
    for fact in facts where fact.range.overlaps(sentence.range(first, last)) { extend(to: fact) }
    guard
      tokens[first].kind == .section || tokens[first].text == "Art."
        || tokens[first].text == "Artikel",
      facts.contains(where: { $0.range.start == tokens[first].range.start })
    else { return nil }
    // A bracket that holds nothing but references (`(§ 5 Abs. 1 SGB V, § 20 SGB XI)`,
    // `(§ 18 Abs. 1 der Geschäftsordnung des Rates)`): all of it is the item. A verb in it
    // (`§ 28 GrStG gilt entsprechend`) makes it a statement, which stays.
    var lead = first - 1
    if lead >= 0, Self.bracketLeads.contains(tokens[lead].text) { lead -= 1 }
    if lead >= 0, tokens[lead].text == "(",
      let close = tokens[(last + 1)...].firstIndex(where: { $0.text == ")" || $0.text == "(" }),
      tokens[close].text == ")", close > last + 1
    {
      let parts = ClauseParts(sentence, analyzer: context.analyzer)
      let plain = ((last + 1)..<close).allSatisfy { i in
        !parts.isVerbForm(i) && tokens[i].kind != .section
          || facts.contains(where: {
            $0.range.start == tokens[i].range.start
          }) || tokens[i].kind == .section && i > 0 && tokens[i - 1].text == ","
      }
      let marks: Set<String> = [";", ":", "–", "-", "„", "“", "?", "!", "."]
      if plain, !((last + 1)..<close).contains(where: { marks.contains(tokens[$0].text) }) {
        for fact in facts
        where sentence.range(last + 1, close - 1).overlaps(fact.range) {
          extend(to: fact)
        }
        if last + 1 <= close - 1 { last = close - 1 }
      }
    }
    // The chain: `(WoGG)` after a written name, `i. V. m. § 25 WoGG`, `sowie § 60 SGB I`.
    while true {
      let next = last + 1
      if next + 2 < tokens.count, tokens[next].text == "(", tokens[next + 2].text == ")",
        context.analyzer.ruleData.lawAbbreviations.contains(tokens[next + 1].text)
          || isLawName(tokens[next + 1].text)
      {
        last = next + 2
        continue
      }
      var k = next
      if k < tokens.count, Self.chainJoiners.contains(tokens[k].text) {
        k += 1
      } else if k + 2 < tokens.count, tokens[k].text == "in", tokens[k + 1].text == "Verbindung",
        tokens[k + 2].text == "mit"
      {
        k += 3
      } else {
        break
      }
      if k < tokens.count, ["dem", "den"].contains(tokens[k].text) { k += 1 }
      guard k < tokens.count,
        let fact = facts.first(where: { $0.range.start == tokens[k].range.start })
      else { break }
      last = k
      extend(to: fact)
    }
    let keys = Set(
      facts.filter {
        sentence.range(first, last).start <= $0.range.start
          && $0.range.end <= sentence.range(first, last).end
      }.map(\.key))
    guard !keys.isEmpty else { return nil }
    let item = ClauseParts(sentence, analyzer: context.analyzer).text(first..<(last + 1))
    let owner = finding.range
    // `(§ 60 SGB I)`, `(vgl. § 7 WoGG)`: the whole bracket goes.
    var open = first - 1
    if open >= 0, Self.bracketLeads.contains(tokens[open].text) { open -= 1 }
    if open >= 1, tokens[open].text == "(", last + 1 < tokens.count, tokens[last + 1].text == ")" {
      let close = last + 1
      guard isWordLike(tokens[open - 1]), !Self.joinerWords.contains(tokens[open - 1].text),
        close + 1 == tokens.count || isClauseEnd(tokens[close + 1])
          || isWordLike(tokens[close + 1])
      else { return nil }
      let range = TextRange(tokens[open - 1].range.end, tokens[close].range.end)
      return Move(edit: Edit(range, ""), item: item, keys: keys, owner: owner)
    }
    // `nach § 7 WoGG`, `gemäß …`, `i. S. d. …`.
    let p = first - 1
    guard p >= 0, Self.framePrepositions.contains(tokens[p].text.lowercased()) else { return nil }
    if tokens[p].text.lowercased() == "nach",
      sentence.lemmas.contains(where: { $0.map { Self.nachVerbs.contains($0) } ?? false })
        || tokens.contains(where: { Self.nachVerbs.contains($0.text.lowercased()) })
    {
      return nil
    }
    let after = last + 1
    guard after < tokens.count, isClauseEnd(tokens[after]) || isFreeWord(after, sentence) else {
      return nil
    }
    if p == 0 || RewriteSupport.isSentenceStart(sentence, p) {
      // `Nach § 7 SGB II haben Sie …` → `Sie haben …`.
      guard p == 0, let final = sentence.finalPunctuation, after < final else { return nil }
      let parts = ClauseParts(sentence, analyzer: context.analyzer)
      guard parts.isVerbForm(after), !sentence.traits[after].isDisjoint(with: .anyFinite),
        after + 1 < final, tokens[after + 1].text != "sie",
        let clause = parts.mainDeclarative(after..<final, finite: after)
      else { return nil }
      return Move(
        edit: Edit(sentence.range(0, final - 1), clause), item: item, keys: keys, owner: owner)
    }
    guard isWordLike(tokens[p - 1]), !Self.joinerWords.contains(tokens[p - 1].text) else {
      return nil
    }
    // `Diese Einladung erfolgt nach § 59 SGB II.`: nothing would be left after the verb.
    if after == sentence.finalPunctuation,
      ClauseParts(sentence, analyzer: context.analyzer).isVerbForm(p - 1),
      !sentence.traits[p - 1].isDisjoint(with: .anyFinite)
    {
      return nil
    }
    let range = TextRange(tokens[p - 1].range.end, tokens[last].range.end)
    return Move(edit: Edit(range, ""), item: item, keys: keys, owner: owner)
  }

  /// A short law name: `WoGG`, `SGB`, `VwVfG` (two capitals or more, ends with a capital).
  func isLawName(_ word: String) -> Bool {
    word.count >= 2 && word.count <= 12 && word.allSatisfy(\.isLetter)
      && word.filter(\.isUppercase).count >= 2 && (word.last?.isUppercase ?? false)
  }

  func isWordLike(_ token: Token) -> Bool { token.kind != .punctuation && token.kind != .section }

  func isClauseEnd(_ token: Token) -> Bool {
    token.kind == .punctuation && [",", ".", "!", "?", ":", ";"].contains(token.text)
  }

  /// A word after a removed citation that does not belong to it: not a joiner, not a further
  /// law name (`GO-BV`), not a genitive or preposition after a written law name.
  func isFreeWord(_ k: Int, _ sentence: AnalyzedSentence) -> Bool {
    let token = sentence.tokens[k]
    // `beträgt nach § 2 BEEG 65 Prozent`: an amount after the citation stays.
    if [.number, .money, .percent, .date, .ordinal].contains(token.kind) {
      return k + 1 < sentence.tokens.count && sentence.tokens[k + 1].kind != .section
    }
    guard token.kind == .word, !Self.joinerWords.contains(token.text),
      token.text != "als" || k + 1 >= sentence.tokens.count
        || sentence.tokens[k + 1].text != "auch",
      token.text != "in" || k + 1 >= sentence.tokens.count
        || sentence.tokens[k + 1].text != "Verbindung",
      token.text.filter(\.isUppercase).count <= 1, !token.text.contains("-"),
      !["der", "des"].contains(token.text)
    else { return false }
    let previous = sentence.tokens[k - 1]
    if previous.kind == .word, Analyzer.startsUppercase(previous.text), previous.text.count > 5 {
      return !sentence.traits[k].contains(.preposition)
    }
    return true
  }
}
