/// Subordinate clauses whose body is two clauses joined by `und` or `oder` (used by the
/// `nebensatz` rule, rules.md §2.9): each becomes a sentence of its own.
///
/// - `…, da ein Widerspruch Wirkung hätte und die Sperrung nicht durchgesetzt werden könnte.`
///   → `Ein Widerspruch hätte Wirkung. Die Sperrung könnte nicht durchgesetzt werden. Deshalb …`
/// - `Wenn die Frist abgelaufen ist oder der Antrag fehlt, lehnen wir ab.` → `Die Frist ist
///   abgelaufen? Oder der Antrag fehlt? Dann lehnen wir ab.`
///
/// Reasons and times take `und` (both hold), conditions take `oder` (either is enough): a
/// question for each part says that. The second part must have a subject of its own, which
/// the analysis only knows in three cases: a subject pronoun first, a verb whose number differs
/// from the first part's, or a passive whose first noun phrase can be a nominative.
extension ClauseSplit {
  func splitCoordinatedBody(clause k: Int) -> String? {
    let clauses = sentence.clauses
    let tokens = sentence.tokens
    let traits = sentence.traits
    guard k + 1 < clauses.count, let introducer = clauses[k].introducer,
      introducer == clauses[k].tokens.lowerBound,
      let template = Self.templates[tokens[introducer].text.lowercased()],
      let final = sentence.finalPunctuation, [".", "!"].contains(tokens[final].text)
    else { return nil }
    let second = clauses[k + 1]
    guard second.kind == .coordinated, let joiner = second.introducer,
      joiner == clauses[k].tokens.upperBound, second.tokens.lowerBound == joiner + 1
    else { return nil }
    let word = tokens[joiner].text
    let connector: String
    switch (template, word) {
    case (.subordinateFirst(let c), "und"): connector = c
    case (.condition, "oder"): connector = "Dann"
    default: return nil
    }
    // `da … andernfalls …`: what happens otherwise cannot come first.
    guard
      !((introducer + 1)..<second.tokens.upperBound).contains(where: {
        ["sonst", "andernfalls", "ansonsten"].contains(tokens[$0].text)
      }),
      let one = parts.verbFinal((introducer + 1)..<joiner),
      let two = parts.verbFinal(second.tokens),
      hasOwnSubject(two, after: one),
      let first = parts.declarative(one), let other = parts.declarative(two)
    else { return nil }
    let isCondition = word == "oder"
    let parts2 = isCondition ? "Oder " + innerStart(other, of: two) : other
    let mark = isCondition ? "?" : "."
    let reasons = first + mark + " " + parts2 + mark
    let comma = { (i: Int) in i < tokens.count && traits[i].contains(.comma) }
    if k == 0 {
      // Fronted: the main clause after the comma starts with its verb.
      guard clauses.count == 3, comma(second.tokens.upperBound),
        clauses[2].kind == .main, clauses[2].tokens.lowerBound == second.tokens.upperBound + 1,
        let finite = clauses[2].finiteVerb, finite == clauses[2].tokens.lowerBound,
        let then = parts.mainWithConnector(connector, finite..<final, finite: finite)
      else { return nil }
      return reasons + " " + then + tokens[final].text
    }
    // Last: the main clause before it moves behind the reasons; nothing in the reasons may
    // point back at it.
    guard k == 1, clauses.count == 3, second.tokens.upperBound == final,
      clauses[0].kind == .main, clauses[0].tokens == 0..<(introducer - 1), comma(introducer - 1),
      let finite = clauses[0].finiteVerb, finite > 0,
      !moves(body: one, main: clauses[0].tokens), !moves(body: two, main: clauses[0].tokens),
      !clauses[0].tokens.contains(where: {
        Self.connectors.contains(tokens[$0].text.lowercased())
          || ["nur", "erst"].contains(tokens[$0].text)
      }),
      let then = parts.mainWithConnector(connector, clauses[0].tokens, finite: finite)
    else { return nil }
    return reasons + " " + then + tokens[final].text
  }

  /// The second part has a subject of its own (see the type comment).
  func hasOwnSubject(_ two: ClauseParts.VerbFinal, after one: ClauseParts.VerbFinal) -> Bool {
    let tokens = sentence.tokens
    let traits = sentence.traits
    let start = two.body.lowerBound
    if ["er", "es", "wir", "ich", "Sie"].contains(tokens[start].text) { return true }
    let nominative: Set<String> = [
      "der", "die", "das", "ein", "eine", "kein", "keine", "dieser", "diese", "dieses",
    ]
    guard nominative.contains(tokens[start].text),
      parts.nounPhrase(from: start, limit: two.clusterStart) != nil
    else { return false }
    let plural = { (v: ClauseParts.VerbFinal) in Self.isPluralVerb(tokens[v.finite].text) }
    if plural(one) != plural(two) { return true }
    // A verb without an object (`fehlt`, `ist abgelaufen`): the noun phrase is its subject.
    let lemma = sentence.lemmas[two.finite] ?? tokens[two.finite].text
    if Self.intransitiveVerbs.contains(lemma),
      two.clusterStart == two.finite
        || Self.intransitiveVerbs.contains(sentence.lemmas[two.clusterStart] ?? "")
    {
      return true
    }
    // A passive has no accusative: its first noun phrase is the subject (or a dative, which
    // `der`/`die`/`das` + verb agreement leaves to `der` before a singular verb).
    let passive =
      two.cluster.contains(where: { traits[$0].contains(.participle) })
      && two.cluster.contains(where: { !traits[$0].isDisjoint(with: [.werdenForm, .worden]) })
    return passive && tokens[start].text != "der"
  }

  /// Verbs that take no accusative object (administrative usage), and `sein`.
  static let intransitiveVerbs: Set<String> = [
    "sein", "fehlen", "bestehen", "vorliegen", "eingehen", "ablaufen", "enden", "beginnen",
    "gelten", "entstehen", "entfallen", "ausfallen", "wegfallen", "fehlschlagen", "erlöschen",
    "eintreten", "zutreffen", "vorhanden", "ausreichen", "genügen", "sinken", "steigen",
  ]

  /// A declarative clause as it reads after `Oder`: its first word as in the source (`der
  /// Antrag fehlt`), the polite `Sie` as it is.
  func innerStart(_ clause: String, of v: ClauseParts.VerbFinal) -> String {
    let word = sentence.tokens[v.body.lowerBound].text
    guard clause.hasPrefix(ClauseParts.capitalized(word)) else { return clause }
    return word + clause.dropFirst(word.count)
  }
}
