/// Flags the Präteritum of full verbs (`erhielten`, `prüfte`); `war`, `hatte` and modal verbs pass.
struct PastTenseRule: Rule {
  let id: RuleID = "praeteritum"
  let title = "Perfekt statt Präteritum"
  let rationale = """
    Das Präteritum (wir erhielten) ist schriftlich und oft unregelmäßig. Das Perfekt (wir haben \
    bekommen) kennen die Leser aus dem Sprechen.
    """
  let reference = "Hildesheim (Bredel/Maaß): nur Präsens und Perfekt; LanguageTool"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Wir haben Ihren Antrag bekommen."),
    .ok("Das war schön."),
    .ok("Er konnte nicht kommen."),
    .flags("Wir ⟦erhielten⟧ Ihren Antrag."),
    .flags("Sie ⟦prüfte⟧ den Antrag."),
  ]

  static let message = MessagePattern(
    "„{}“ ist Präteritum. Schreiben Sie im Perfekt oder im Präsens.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    // The passive matches are needed only for a `werden` form in the Präteritum: found lazily.
    var passiveAuxiliaries: Set<Int>? = nil
    var findings: [Finding] = []
    for (i, t) in sentence.traits.enumerated() where t.contains(.pastTense) && t.contains(.word) {
      if !t.isDisjoint(with: [.seinForm, .habenForm, .modalVerb])
        || t.contains(.capitalized) && !t.contains(.sentenceInitial)
      {
        continue
      }
      if t.contains(.werdenForm) {
        if passiveAuxiliaries == nil {
          passiveAuxiliaries = Set(
            Constructions.passives(in: sentence).flatMap { [$0.first, $0.last] })
        }
        if passiveAuxiliaries!.contains(i) { continue }
      }
      // `verstanden` after `haben` is the participle of the Perfekt, not Präteritum.
      if t.contains(.participle), let clause = sentence.clause(containing: i),
        clause.tokens.contains(where: {
          !sentence.traits[$0].isDisjoint(with: [.habenForm, .seinForm, .werdenForm])
        })
      {
        continue
      }
      findings.append(
        finding(
          sentence.tokens[i].range,
          Self.message(sentence.tokens[i].text)))
    }
    return findings
  }
}
