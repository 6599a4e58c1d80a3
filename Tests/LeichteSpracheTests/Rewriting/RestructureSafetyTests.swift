import Testing

@testable import LeichteSprache

/// Texts that a restructuring rule must leave as they are (the finding stays for a person):
/// each case names the rule and a text where a rewrite would be ungrammatical or change the
/// meaning. The rule alone runs through the `Simplifier`, as in `simplify`.
@Suite struct RestructureSafetyTests {
  static let unchanged: [(RuleID, String)] = [
    // `von Ihnen` inside a noun phrase is no agent.
    ("passiv", "Das Geld wird auf das von Ihnen angegebene Konto überwiesen."),
    // `Ihr Formblatt` without evidence of its gender (neither the text nor the noun lexicon).
    ("passiv", "Ihr Formblatt wurde geprüft."),
    // Another agent would need a third-person verb.
    ("passiv", "Der Antrag wird von der Stadt geprüft."),
    // A past `man` has no safe plural here; a possessive refers back to `man`.
    ("unpersoenlich", "Früher musste man lange warten."),
    ("unpersoenlich", "Man muss seinen Ausweis zeigen."),
    // A wish of the sender that may not come true.
    ("konjunktiv", "Wir würden das Geld gern zahlen."),
    ("konjunktiv", "Würden Sie kommen, wenn Sie Zeit hätten?"),
    // The verb needs its `nach` phrase; only the verb would be left; a coordination.
    ("gesetzes-zitat", "Die Höhe richtet sich nach § 12 WoGG."),
    ("gesetzes-zitat", "Diese Einladung erfolgt nach § 59 SGB II."),
    ("gesetzes-zitat", "Sie haben nach § 5 WoGG und nach § 7 WoGG Anspruch."),
    ("gesetzes-zitat", "Sie zahlen vierteljährlich (§ 28 Abs. 3 GrStG gilt entsprechend)."),
    // A dative object, a weak noun, a name.
    ("genitiv", "Sie geben das Formular der Mitarbeiterin."),
    ("genitiv", "Die Schreibweise des Namens ist falsch."),
    ("genitiv", "Fachamt Management des öffentlichen Raumes"),
    // `oder` and a list after a preposition.
    ("aufzaehlung", "Bitte zeigen Sie Ausweis, Pass oder Führerschein."),
    ("aufzaehlung", "Kommen Sie mit Ausweis, Foto und Formular."),
    // A subordinate clause in brackets; `sie` at the start of a bracket.
    ("klammer", "Wir zahlen (wenn alles stimmt) im Mai."),
    ("klammer", "Die Frau (sie wohnt hier) kommt morgen."),
    // Two verbs in one `wenn` clause (coordinated): no split.
    ("nebensatz", "Dasselbe gilt, wenn Sie die Wohnung aufgeben oder Sie Bürgergeld beantragen."),
  ]

  @Test(arguments: unchanged.indices)
  func staysAsItIs(_ index: Int) throws {
    let (id, text) = Self.unchanged[index]
    let rule = try #require(RuleCatalog.rule(id))
    #expect(!RuleTestSupport.findings(rule, text).isEmpty, "\(id): „\(text)“ wird nicht gemeldet")
    let output = RuleTestSupport.simplified(rule, text).output.text
    #expect(output == text, "\(id): „\(text)“ wird zu „\(output)“")
  }

  /// `man` stays in the default profile without letter mode.
  @Test func manStaysWithoutLetterMode() throws {
    var profile = Profile.default
    profile.simplify.letter = false
    let rule = try #require(RuleCatalog.rule("unpersoenlich"))
    let text = "Man muss den Antrag stellen."
    #expect(RuleTestSupport.simplified(rule, text, profile: profile).output.text == text)
  }

  /// Citations already in the block are not moved again; new ones join the block in text order.
  @Test func citationBlockGrowsWithoutDuplicates() throws {
    let rule = try #require(RuleCatalog.rule("gesetzes-zitat"))
    let text = """
      Wir zahlen nach § 7 WoGG monatlich. Sie müssen die Unterlagen schicken (§ 60 SGB I).

      Das steht im Gesetz:
      - § 7 WoGG
      """
    let output = RuleTestSupport.simplified(rule, text).output.text
    #expect(
      output == """
        Wir zahlen monatlich. Sie müssen die Unterlagen schicken.

        Das steht im Gesetz:
        - § 7 WoGG
        - § 60 SGB I
        """)
    #expect(RuleTestSupport.simplified(rule, output).output.text == output)
  }

  /// A split that puts the verb between `Frist` and its date keeps the deadline.
  @Test func deadlineSurvivesASplit() {
    let text = "Weil die Frist am 30. Juni 2026 endet, müssen Sie bald antworten."
    let result = Simplifier(
      segmenter: RuleTestSupport.segmenter, analyzer: RuleTestSupport.analyzer, profile: .default,
      rules: RuleCatalog.all
    ).simplify(text)
    #expect(result.output.text.hasPrefix("Die Frist endet am 30. Juni 2026."))
    #expect(result.facts.isComplete, "fehlt: \(result.facts.missing.map(\.text))")
  }

  /// A rewritten sentence of a soft-wrapped paragraph is wrapped again: no line break may fall
  /// inside a date (`31.⏎August 2020`), which would read as another fact. The paragraph is
  /// § 101 Abs. 4 SGB V (public domain, § 5 UrhG).
  @Test func rewrappedSentenceKeepsItsFacts() {
    let text = """
      (4) Überwiegend oder ausschließlich psychotherapeutisch tätige Ärzte
      und Psychotherapeuten bilden eine Arztgruppe im Sinne des Absatzes 2.
      Der allgemeine bedarfsgerechte Versorgungsgrad ist für diese
      Arztgruppe erstmals zum Stand vom 1. Januar 1999 zu ermitteln. Zu
      zählen sind die zugelassenen Ärzte sowie die Psychotherapeuten, die
      nach § 95 Abs. 10 in der bis zum 31. August 2020 geltenden Fassung
      zugelassen werden. Dabei sind überwiegend psychotherapeutisch tätige
      Ärzte mit dem Faktor 0,7 zu berücksichtigen.
      """
    let result = Simplifier(
      segmenter: RuleTestSupport.segmenter, analyzer: RuleTestSupport.analyzer, profile: .default,
      rules: RuleCatalog.all
    ).simplify(text)
    #expect(result.changes.contains { $0.rule == "relativsatz" && $0.status == .applied })
    #expect(
      result.facts.isComplete && result.facts.invented.isEmpty,
      "fehlt \(result.facts.missing.map(\.text)), erfunden \(result.facts.invented.map(\.text))")
    #expect(!result.output.text.contains("31.\nAugust"))
  }
}
