/// Flags Konjunktiv I and II (`wäre`, `könnte`, `würde`, `sei`); `möchte` only as a hint.
struct SubjunctiveRule: Rule {
  let id: RuleID = "konjunktiv"
  let title = "Kein Konjunktiv"
  let rationale = """
    Der Konjunktiv (wäre, könnte, würde) macht unsicher, ob etwas wirklich so ist. Schreiben Sie \
    klar, was gilt: Morgen regnet es vielleicht.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Konjunktiv vermeiden"
  let severity = Severity.violation

  let examples: [Example] = [
    .ok("Morgen regnet es vielleicht."),
    .ok("Ich habe das Formular ausgefüllt."),
    .ok("Sie können uns anrufen."),
    .flags("Morgen ⟦könnte⟧ es regnen."),
    .flags("Es ⟦wäre⟧ schön, wenn Sie kommen ⟦würden⟧."),
    .flags("Er sagt, er ⟦sei⟧ krank."),
    .flags("Sie sagt, sie ⟦habe⟧ keine Zeit."),
    .flags("Wenn er Zeit ⟦hätte⟧, ⟦käme⟧ er."),
    .flags("Ich ⟦möchte⟧ einen Termin."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    Constructions.subjunctives(in: sentence).map { match in
      let range = sentence.tokens[match.index].range
      let word = sentence.tokens[match.index].text
      if match.isMoechte {
        return finding(
          range,
          "„\(word)“ ist Konjunktiv, aber gut bekannt. Prüfen Sie, ob „will“ oder „wollen“ passt.",
          severity: .hint)
      }
      let kind = match.isKonjunktivI ? "Konjunktiv I (indirekte Rede)" : "Konjunktiv II"
      return finding(range, "„\(word)“ ist \(kind). Schreiben Sie klar, was gilt.")
    }
  }
}
