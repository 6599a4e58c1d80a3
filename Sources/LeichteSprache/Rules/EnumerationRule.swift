/// Flags enumerations of more than three items in running text: they belong in a list.
struct EnumerationRule: Rule {
  let id: RuleID = "aufzaehlung"
  let title = "Aufzählungen als Liste"
  let rationale = """
    Lange Aufzählungen in einem Satz sind schwer zu überblicken. Mehr als 3 Punkte schreibt man \
    untereinander als Liste.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 7: Listen für Aufzählungen mit mehr als 3 Punkten"
  let severity = Severity.warning

  static let minimumItems = Threshold(
    "aufzaehlung.punkte", 4, "Liste vorschlagen ab so vielen Punkten in einem Satz")
  var thresholds: [Threshold] { [Self.minimumItems] }

  let examples: [Example] = [
    .ok("Bitte schicken Sie uns den Ausweis und den Mietvertrag."),
    .ok("Wir prüfen den Antrag, dann schicken wir Post."),
    .flags("Bitte schicken Sie ⟦Ausweis, Meldebescheinigung, Kontoauszug und Mietvertrag⟧."),
    .flags("Sie brauchen ⟦den Ausweis, das Foto, das Formular und das Geld⟧."),
  ]

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
        "Diese Aufzählung hat \(count) Punkte. Schreiben Sie die Punkte untereinander als Liste.")
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
}
