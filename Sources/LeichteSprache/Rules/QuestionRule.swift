/// Flags questions in running text; questions as headings pass.
struct QuestionRule: Rule {
  let id: RuleID = "frage-im-text"
  let title = "Keine Fragen im Text"
  let rationale = """
    Eine Frage im Text lässt den Leser raten, ob er antworten soll. Als Überschrift sind Fragen gut, \
    im Text sagt man besser direkt, was gilt.
    """
  let reference = "Netzwerk Leichte Sprache: Keine Fragen im Text; LanguageTool"
  let severity = Severity.hint

  let examples: [Example] = [
    .ok("Bei Fragen: Rufen Sie uns an."),
    .ok("Wir helfen.\n\n# Was müssen Sie tun?\n\nSie füllen das Formular aus."),
    .flags("Wir helfen gern. ⟦Haben Sie Fragen?⟧"),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      sentence.tokens.last?.text == "?"
    else { return [] }
    return [
      finding(
        sentence.range,
        "Das ist eine Frage im Text. Sagen Sie direkt, was gilt, oder machen Sie eine Überschrift daraus."
      )
    ]
  }
}
