/// Flags passive voice (`wird geprüft`) and passive substitutes (`ist … zu` + infinitive,
/// `lässt sich` + infinitive).
struct PassiveVoiceRule: Rule {
  let id: RuleID = "passiv"
  let title = "Aktiv statt Passiv"
  let rationale = """
    Im Passiv fehlt oft, wer etwas tut. Aktive Sätze sagen klar, wer handelt: Wir prüfen den \
    Antrag. Das ist leichter zu verstehen.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Aktiv statt Passiv; DIN SPEC 33429"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Wir prüfen Ihren Antrag."),
    .ok("Sie werden morgen kommen."),
    .ok("Er wird Arzt."),
    .ok("Das Wetter wird schön."),
    .flags("Morgen ⟦wird der Heim-Beirat gewählt⟧."),
    .flags("Ihr Antrag ⟦wurde geprüft⟧."),
    .flags("Wir wissen, dass der Antrag ⟦eingereicht worden⟧ ist."),
    .flags("Der Antrag ⟦ist bis Montag einzureichen⟧."),
    .flags("Das ⟦lässt sich leicht ändern⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    Constructions.passives(in: sentence).map { match in
      let message: String
      switch match.kind {
      case .werden: message = "Das ist Passiv. Schreiben Sie aktiv und sagen Sie, wer etwas macht."
      case .sein: message = "„ist … zu“ ist ein Ersatz für Passiv. Sagen Sie, wer etwas tun muss."
      case .lassen:
        message = "„lässt sich“ ist ein Ersatz für Passiv. Sagen Sie, wer etwas tun kann."
      }
      return finding(sentence.range(match.first, match.last), message)
    }
  }
}
