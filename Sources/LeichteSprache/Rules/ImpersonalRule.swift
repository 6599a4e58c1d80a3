/// Flags impersonal `man` and formulas like `es wird gebeten`, `es ist erforderlich`. In letter
/// mode `man` becomes `Sie` and its finite verb (present tense) takes the plural form:
/// `Man muss den Antrag stellen.` → `Sie müssen den Antrag stellen.`
struct ImpersonalRule: Rule {
  let id: RuleID = "unpersoenlich"
  let title = "Sagen, wer handelt"
  let rationale = """
    Bei „man“ und „es wird gebeten“ weiß der Leser nicht, wer etwas tun soll. Sprechen Sie ihn \
    direkt an: Sie müssen den Antrag unterschreiben.
    """
  let reference =
    "Netzwerk Leichte Sprache: Leser persönlich ansprechen; BITV 2.0 Anlage 2 Teil 2 Nr. 2"
  let severity = Severity.warning

  /// Impersonal formulas after `es` (lower case; the form of the verb, then the next word).
  static let formulas: [(String, String)] = [
    ("wird", "gebeten"), ("werden", "gebeten"), ("ist", "erforderlich"), ("ist", "notwendig"),
    ("ist", "möglich"), ("besteht", ""), ("bestehen", ""), ("bedarf", ""), ("gilt", ""),
  ]

  let examples: [Example] = [
    .ok("Sie müssen den Antrag unterschreiben."),
    .ok("Wir bitten Sie um Antwort."),
    .flags("⟦Man⟧ muss den Antrag unterschreiben."),
    .flags("⟦Es wird gebeten⟧, pünktlich zu kommen."),
    .flags("⟦Es besteht⟧ die Möglichkeit einer Beratung."),
    .rewrites("⟦Man⟧ muss den Antrag stellen.", to: "Sie müssen den Antrag stellen."),
    .rewrites("Den Antrag bekommt ⟦man⟧ im Rathaus.", to: "Den Antrag bekommen Sie im Rathaus."),
    .rewrites(
      "Bitte rufen Sie an, wenn ⟦man⟧ das Formular nicht versteht.",
      to: "Bitte rufen Sie an, wenn Sie das Formular nicht verstehen."),
    .rewrites("Dort gibt ⟦man⟧ den Antrag ab.", to: "Dort geben Sie den Antrag ab."),
    .rewrites(
      "⟦Man⟧ ist verpflichtet, Änderungen zu melden.",
      to: "Sie sind verpflichtet, Änderungen zu melden."),
    // A possessive that refers to `man` would need to change too: it stays.
    .flags("⟦Man⟧ muss seinen Ausweis zeigen."),
    // Past tense: no safe plural form here.
    .flags("Früher musste ⟦man⟧ lange warten."),
  ]

  /// Third person singular forms whose plural is not the lemma or that have no lemma entry.
  static let pluralForms: [String: String] = [
    "ist": "sind", "hat": "haben", "wird": "werden", "muss": "müssen", "kann": "können",
    "darf": "dürfen", "soll": "sollen", "will": "wollen", "mag": "mögen", "weiß": "wissen",
    "tut": "tun",
  ]

  /// Words that refer back to `man` and would have to change with it.
  static let manReferents: Set<String> = [
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "einem", "einen", "man",
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let summary = sentence.summary
    guard
      summary.traits.contains(.impersonalMan) || summary.hasFirstByte(0x65)
        || summary.hasFirstByte(0x45)
    else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for (i, token) in tokens.enumerated() where token.kind == .word {
      if sentence.traits[i].contains(.impersonalMan) {
        findings.append(
          finding(
            token.range, "„man“ ist unpersönlich. Sagen Sie, wer etwas tut, zum Beispiel „Sie“."))
        continue
      }
      guard token.text.utf8.count == 2, token.text == "es" || token.text == "Es",
        i + 1 < tokens.count
      else { continue }
      let verb = tokens[i + 1].text
      for (form, next) in Self.formulas where form == verb {
        if next.isEmpty {
          findings.append(
            finding(
              sentence.range(i, i + 1), "„es \(verb)“ ist unpersönlich. Sagen Sie, wer etwas tut."))
        } else if i + 2 < tokens.count, tokens[i + 2].text == next {
          findings.append(
            finding(
              sentence.range(i, i + 2),
              "„es \(verb) \(next)“ ist unpersönlich. Sagen Sie, wer etwas tun soll."))
        }
        break
      }
    }
    return findings
  }

  /// `man` → `Sie` with the finite verb of its clause in the plural (letter mode only).
  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard context.profile.simplify.letter,
      let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      let i = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence),
      sentence.traits[i].contains(.impersonalMan)
    else { return [] }
    let tokens = sentence.tokens
    let traits = sentence.traits
    // Another `man`, or a word that refers back to it: not safe.
    let others = tokens.indices.filter {
      $0 != i && Self.manReferents.contains(tokens[$0].text.lowercased())
    }
    guard others.isEmpty else { return [] }
    guard let clause = sentence.clause(containing: i) else { return [] }
    let range = clause.tokens
    func isFinite(_ k: Int) -> Bool {
      range.contains(k) && traits[k].contains(.word)
        && !traits[k].isDisjoint(with: .anyFinite)
        && !traits[k].contains(.pastTense) && !traits[k].contains(.subjunctiveII)
        && !traits[k].contains(.noun)
        && (!traits[k].contains(.capitalized) || traits[k].contains(.sentenceInitial))
    }
    var verb: Int? = nil
    if isFinite(i + 1) {
      verb = i + 1  // `Man muss …`, `…, wenn man muss`
    } else if i > 0, isFinite(i - 1) {
      verb = i - 1  // `Den Antrag bekommt man …`
    } else if clause.kind == .subordinate {
      // `…, wenn man das Formular nicht versteht`: the last word of the clause.
      var last = range.upperBound - 1
      while last > i, !traits[last].contains(.word) { last -= 1 }
      if last > i, isFinite(last) { verb = last }
    }
    guard let v = verb, let plural = plural(v, sentence) else { return [] }
    let form =
      RewriteSupport.isSentenceStart(sentence, v) ? ClauseParts.capitalized(plural) : plural
    return [Edit(tokens[i].range, "Sie"), Edit(tokens[v].range, form)]
  }

  /// The present plural (the `Sie` form) of the finite verb at `k`, or nil when unsure.
  func plural(_ k: Int, _ sentence: AnalyzedSentence) -> String? {
    let form = sentence.tokens[k].text
    let lower = form.lowercased()
    if let known = Self.pluralForms[lower] { return known }
    guard lower.hasSuffix("t"), let lemma = sentence.lemmas[k], lemma.hasSuffix("n"),
      lemma != "sein", lemma.first == lower.first,
      abs(lemma.count - lower.count) <= 3, !lemma.contains(" ")
    else { return nil }
    return lemma
  }
}
