/// Flags hard words of `woerter.tsv`; replaces them when the replacement certainly fits the
/// grammar of the sentence (see `HardWordMatcher`), otherwise explains them.
struct HardWordRule: Rule, EvidenceProviding {
  static let ruleID: RuleID = "schweres-wort"
  let id: RuleID = Self.ruleID
  let title = "Leichte Wörter statt schwerer Wörter"
  let rationale = """
    Schwere Wörter aus der Amts-Sprache verstehen viele Leser nicht. Nehmen Sie ein leichtes \
    Wort. Wenn das schwere Wort bleiben muss, erklären Sie es.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache: Leichte Wörter, schwere Wörter erklären"

  let examples: [Example] = [
    .ok("Schreiben Sie uns Ihre Adresse."),
    .ok("Wir schicken Ihnen einen Brief."),
    .flags("Wir schicken Ihnen einen ⟦Bescheid⟧."),
    // Gender mismatch in the singular: die Abweichung (f), der Unterschied (m).
    .flags("Die ⟦Abweichung⟧ ist klein."),
    // Nominative, accusative, dative, genitive singular; plural; sentence start.
    .rewrites("Die ⟦Anschrift⟧ ist falsch.", to: "Die Adresse ist falsch."),
    .rewrites("Bitte nennen Sie Ihren ⟦Arbeitslohn⟧.", to: "Bitte nennen Sie Ihren Lohn."),
    .rewrites("Wir rechnen mit dem ⟦Arbeitslohn⟧.", to: "Wir rechnen mit dem Lohn."),
    .flags("Das steht in dem ⟦Arbeitsverhältnis⟧."),
    .rewrites("Die Höhe des ⟦Arbeitslohnes⟧ ist gleich.", to: "Die Höhe des Lohnes ist gleich."),
    .rewrites("Legen Sie die ⟦Ablichtungen⟧ bei.", to: "Legen Sie die Kopien bei."),
    // The noun's preposition might not fit the replacement (`Folgen auf` is wrong).
    .rewrites(
      "Die ⟦Auswirkungen⟧ auf den Haushalt sind klein.",
      to: "Die Auswirkungen auf den Haushalt sind klein."),
    // In the plural the gender does not show: die Abweichungen, die Unterschiede.
    .rewrites("Die ⟦Abweichungen⟧ sind klein.", to: "Die Unterschiede sind klein."),
    .rewrites("⟦Anschriften⟧ ändern sich.", to: "Adressen ändern sich."),
    // A weak noun: den Nachkommen, not den Nachkomme.
    .rewrites("Er hat einen ⟦Abkömmling⟧.", to: "Er hat einen Nachkommen."),
    // Adjective ending carried over; adverb; verb infinitive and participle.
    .rewrites("Das ist ein ⟦angemessener⟧ Preis.", to: "Das ist ein passender Preis."),
    .rewrites("Wir zahlen ⟦alsbald⟧.", to: "Wir zahlen bald."),
    .rewrites("Wir werden Verstöße ⟦ahnden⟧.", to: "Wir werden Verstöße bestrafen."),
    .rewrites("Verstöße werden ⟦geahndet⟧.", to: "Verstöße werden bestraft."),
    .rewrites(
      "⟦Aufgrund⟧ des Wetters fällt der Termin aus.", to: "Wegen des Wetters fällt der Termin aus."),
    // A verb phrase only as a whole, and only with nothing depending on it.
    .rewrites("Wir werden ⟦Abhilfe schaffen⟧.", to: "Wir werden helfen."),
    .flags("Dem müssen wir ⟦Rechnung tragen⟧."),
    // A separable replacement cannot stand in second position: Sie anmelden sich.
    .flags("Sie ⟦authentifizieren⟧ sich mit dem Ausweis."),
    .rewrites("Sie müssen sich ⟦authentifizieren⟧.", to: "Sie müssen sich anmelden."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    // Without hard words there is nothing to match (and no matcher to set up per sentence).
    guard context.analyzer.lexicon.hardWords.count > 0 else { return [] }
    return HardWordMatcher(context: context).matches(in: sentence).map { match in
      finding(
        match.range, Self.message(match, context: context),
        suggestions: match.replacement.map { [$0] } ?? [])
    }
  }

  /// The German message for a match (shared with the foreign-word rule).
  static func message(_ match: HardWordMatch, context: Context) -> String {
    let text = context.text(match.range)
    if let replacement = match.replacement {
      return "„\(text)“ ist ein schweres Wort. Schreiben Sie „\(replacement)“."
    }
    if !match.entry.replacement.isEmpty {
      return
        "„\(text)“ ist ein schweres Wort. Ein leichteres Wort ist „\(match.entry.replacement)“; passen Sie den Satz an oder erklären Sie das Wort."
    }
    return "„\(text)“ ist ein schweres Wort. Erklären Sie es."
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  func explain(_ finding: Finding, in context: Context) -> Explanation? {
    Self.explanation(finding, rule: id, in: context)
  }

  func evidence(for finding: Finding, in context: Context) -> Evidence? {
    Self.entry(for: finding, in: context).map { .lexicon($0.provenance) }
  }

  /// The lexicon entry behind a finding of a hard word.
  static func entry(for finding: Finding, in context: Context) -> HardWords.Entry? {
    // A word broken at a line end (`einzurei-⏎chen`) is looked up whole.
    let text = String(context.text(finding.range)).replacing("-\n", with: "")
    let words = context.lexicon.hardWords
    return words.entry(for: text) ?? words.entry(forJoined: text)
  }

  /// An explanation for a hard word that stays (no certain replacement) and has one.
  static func explanation(_ finding: Finding, rule: RuleID, in context: Context)
    -> Explanation?
  {
    guard finding.suggestions.isEmpty, let entry = entry(for: finding, in: context),
      !entry.explanation.isEmpty
    else { return nil }
    return Explanation(
      term: String(context.text(finding.range)), headword: entry.word, text: entry.explanation,
      rule: rule, evidence: .lexicon(entry.provenance), range: finding.range)
  }
}
