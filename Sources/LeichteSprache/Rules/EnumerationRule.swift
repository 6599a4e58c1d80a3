/// Flags enumerations of three or more items in running text: they belong in a list. An `und`
/// enumeration that ends a simple main clause becomes a list introduced by a colon line; the
/// items keep their words: `Bitte schicken Sie uns: / - den Ausweis / - …`.
struct EnumerationRule: Rule {
  let id: RuleID = "aufzaehlung"
  let title = "Aufzählungen als Liste"
  let rationale = """
    Lange Aufzählungen in einem Satz sind schwer zu überblicken. Ab 3 Punkten schreibt man \
    untereinander als Liste.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 7: Listen für Aufzählungen mit mehr als 3 Punkten"
  let severity = Severity.warning

  static let minimumItems = Threshold(
    "aufzaehlung.punkte", 3, "Liste vorschlagen ab so vielen Punkten in einem Satz")
  var thresholds: [Threshold] { [Self.minimumItems] }

  let examples: [Example] = [
    .ok("Bitte schicken Sie uns den Ausweis und den Mietvertrag."),
    .ok("Wir prüfen den Antrag, dann schicken wir Post."),
    .rewrites(
      "Bitte schicken Sie ⟦Ausweis, Meldebescheinigung, Kontoauszug und Mietvertrag⟧.",
      to: "Bitte schicken Sie:\n- Ausweis\n- Meldebescheinigung\n- Kontoauszug\n- Mietvertrag"),
    .rewrites(
      "Sie brauchen ⟦den Ausweis, das Foto, das Formular und das Geld⟧.",
      to: "Sie brauchen:\n- den Ausweis\n- das Foto\n- das Formular\n- das Geld"),
    .rewrites(
      "Bitte schicken Sie uns ⟦den Mietvertrag, die Lohnabrechnung und den Kontoauszug⟧. Dann prüfen wir Ihren Antrag.",
      to:
        "Bitte schicken Sie uns:\n- den Mietvertrag\n- die Lohnabrechnung\n- den Kontoauszug\n\nDann prüfen wir Ihren Antrag."
    ),
    // Adjectives and verb phrases are no list items.
    .rewrites(
      "Sie können ⟦die Natur dabei nah, intensiv und ursprünglich erleben⟧.",
      to: "Sie können die Natur dabei nah, intensiv und ursprünglich erleben."),
    .rewrites(
      "Sie arbeiten ⟦schneller, steigern ihre Produktivität und damit ihren Erfolg⟧.",
      to: "Sie arbeiten schneller, steigern ihre Produktivität und damit ihren Erfolg."),
    .rewrites(
      "Bitte bringen Sie ⟦den Ausweis, das Foto und die Geburtsurkunde mit⟧.",
      to: "Bitte bringen Sie mit:\n- den Ausweis\n- das Foto\n- die Geburtsurkunde"),
    // `oder` is a choice, not a list of things to do: it stays.
    .flags("Bitte zeigen Sie ⟦Ausweis, Pass oder Führerschein⟧."),
    // After a preposition the list cannot start a new line.
    .flags("Kommen Sie mit ⟦Ausweis, Foto und Formular⟧."),
  ]

  static let message = MessagePattern(
    "Diese Aufzählung hat {} Punkte. Schreiben Sie die Punkte untereinander als Liste.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.blockKind == .paragraph else { return [] }
    let t = sentence.traits
    let tokens = sentence.tokens
    // Items: stretches between commas and und/oder; all but the first short and without a verb.
    var items: [Range<Int>] = []
    var start = 0
    for i in 0...tokens.count {
      let separator =
        i == tokens.count || t[i].contains(.comma) || tokens[i].text == "und"
        || tokens[i].text == "oder" || tokens[i].text == "." || tokens[i].text == ":"
      if separator {
        if i > start { items.append(start..<i) }
        start = i + 1
      }
    }
    let minimum = Int(context.value(Self.minimumItems))
    var runStart = 0
    var best: (Int, Int)? = nil
    for n in items.indices {
      if n > runStart && !isItem(items[n], t) { runStart = n }
      if n - runStart + 1 >= minimum, best == nil || n - runStart > best!.1 - best!.0 {
        best = (runStart, n)
      }
    }
    guard let (first, last) = best else { return [] }
    // The first item may hold the verb: mark only its last noun group.
    var begin = items[first].upperBound - 1
    while begin > items[first].lowerBound, !t[begin].contains(.definiteArticle),
      !t[begin].contains(.indefiniteArticle), !t[begin].contains(.determiner)
    {
      let p = t[begin - 1]
      guard p.contains(.word),
        p.isDisjoint(with: [.anyFinite, .personalPronoun, .politeAddress, .preposition])
      else { break }
      begin -= 1
    }
    let count = last - first + 1
    return [
      finding(
        sentence.range(begin, items[last].upperBound - 1),
        Self.message(String(count)))
    ]
  }

  func isItem(_ range: Range<Int>, _ t: [WordTraits]) -> Bool {
    let words = range.filter { t[$0].contains(.word) }.count
    return words >= 1 && words <= 5
      && !range.contains {
        t[$0].contains(.word) && !t[$0].contains(.capitalized)
          && !t[$0].isDisjoint(with: .anyFinite) && !t[$0].contains(.infinitive)
      }
  }

  /// The enumeration as a list after a colon line, when it ends a simple main clause with `und`.
  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph,
      let begin = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence),
      let final = sentence.finalPunctuation, sentence.tokens[final].text == ".",
      begin >= 2
    else { return [] }
    let tokens = sentence.tokens
    let t = sentence.traits
    // The list ends the sentence.
    guard tokens[final - 1].range.end == finding.range.end else { return [] }
    // `Bitte bringen Sie A, B und C mit.`: the particle goes to the colon line.
    var end = final
    var particle = ""
    let last = tokens[final - 1].text
    if GermanGrammar.separableParticles.contains(last), !t[final - 1].contains(.capitalized),
      final - 1 > begin
    {
      end = final - 1
      particle = " " + last
    }
    // Items: commas, then one `und` before the last item.
    var items: [Range<Int>] = []
    var start = begin
    var sawUnd = false
    for k in begin...end {
      if k == end || t[k].contains(.comma) || tokens[k].text == "und" {
        // One `und`, before the last item only; no empty item.
        if k == start || sawUnd && k != end { return [] }
        if tokens[k].text == "und" { sawUnd = true }
        items.append(start..<k)
        start = k + 1
      } else if tokens[k].text == "oder" || tokens[k].text == "sowie" || tokens[k].text == "bzw."
        || tokens[k].kind == .punctuation && tokens[k].text != "-"
      {
        return []
      }
    }
    guard sawUnd, items.count >= Int(context.value(Self.minimumItems)) else { return [] }
    // Every item is a noun phrase: it ends in a noun (or an amount) and holds no verb, so
    // adjectives and verb phrases (`nah, intensiv und ursprünglich erleben`) are never listed.
    let verbal = ClauseParts(sentence, analyzer: context.analyzer)
    for item in items {
      var last = item.upperBound - 1
      while last > item.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
      guard sentence.isNounLike(last) || [.number, .money].contains(tokens[last].kind),
        !item.contains(where: {
          !t[$0].isDisjoint(with: [.zu, .infinitive, .participle, .zuInfinitive])
            || verbal.isVerbForm($0) && !t[$0].isDisjoint(with: .anyFinite)
              && !t[$0].contains(.noun)
        })
      else { return [] }
    }
    // The colon line: a simple main clause with one finite verb, no comma, no subordinator,
    // not ending in a preposition, article or conjunction.
    let prefix = 0..<begin
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    let finite = prefix.filter {
      !t[$0].isDisjoint(with: .anyFinite)
        && (parts.isVerbForm($0) || t[$0].contains(.sentenceInitial))
        && !t[$0].contains(.noun)
    }
    let lead = begin - 1
    guard finite.count == 1,
      !prefix.contains(where: {
        t[$0].contains(.comma) || t[$0].contains(.subordinator) || t[$0].contains(.relativePronoun)
          || tokens[$0].kind == .punctuation
      }),
      t[lead].contains(.word),
      t[lead].isDisjoint(with: [
        .preposition, .definiteArticle, .indefiniteArticle, .determiner, .coordinator, .zu,
        .genitiveArticle, .negation,
      ]),
      !t[lead].contains(.participle), t[lead].isDisjoint(with: .anyFinite) || lead == finite[0]
    else { return [] }
    let lines = items.map { "- " + parts.text($0) }.joined(separator: "\n")
    // Text after the sentence in the same paragraph starts a new paragraph.
    let next = context.document.sentences.first {
      $0.range.start >= sentence.range.end && $0.blockIndex == sentence.blockIndex
    }
    if let next {
      return [
        Edit(TextRange(tokens[lead].range.end, next.range.start), particle + ":\n" + lines + "\n\n")
      ]
    }
    return [
      Edit(TextRange(tokens[lead].range.end, tokens[final].range.end), particle + ":\n" + lines)
    ]
  }
}
