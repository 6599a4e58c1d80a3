/// Flags genitive phrases: `des …`, noun + `der …`, genitive prepositions, `dessen`/`deren`.
struct GenitiveRule: Rule {
  let id: RuleID = "genitiv"
  let title = "Kein Genitiv"
  let rationale = """
    Den Genitiv erkennt man oft an dem Wort des. Viele Leser kennen ihn nicht. Mit von oder einem \
    eigenen Satz ist es leichter: das Haus von dem Lehrer.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Genitiv vermeiden"
  let severity = Severity.violation

  let examples: [Example] = [
    .ok("Das ist das Haus von dem Lehrer."),
    .ok("Der Mann gibt der Frau das Buch."),
    .ok("Wir wohnen in der Stadt."),
    .flags("Das ist das Haus ⟦des Lehrers⟧."),
    .flags("Die Zahl ⟦der Menschen⟧ steigt."),
    .flags("⟦Wegen des Regens⟧ bleiben wir zu Hause."),
    .flags("Sie müssen ⟦innerhalb der Frist⟧ antworten."),
    .flags("Das ist der Mann, ⟦dessen⟧ Auto hier steht."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    Constructions.genitives(in: sentence).map { span in
      let range = sentence.range(span.lowerBound, span.upperBound)
      let suggestion =
        sentence.traits[span.lowerBound].contains(.genitiveArticle) ? ["von dem"] : []
      return finding(
        range, "Das ist ein Genitiv. Schreiben Sie „von“ oder einen eigenen Satz.",
        suggestions: suggestion)
    }
  }
}
