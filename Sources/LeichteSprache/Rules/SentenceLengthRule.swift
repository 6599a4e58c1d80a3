/// Flags long sentences: a warning above 10 words, a violation above 15.
struct SentenceLengthRule: Rule {
  let id: RuleID = "satz-laenge"
  let title = "Kurze Sätze"
  let rationale = """
    Kurze Sätze kann man leichter lesen und behalten. In Leichter Sprache hat ein Satz meist \
    nicht mehr als 8 bis 10 Wörter; sehr lange Sätze teilt man in mehrere Sätze.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 5; Netzwerk Leichte Sprache: Kurze Sätze"
  let severity = Severity.warning

  static let warnAbove = Threshold(
    "satz-laenge.warnung", 10, "Warnung bei mehr als so vielen Wörtern im Satz")
  static let violationAbove = Threshold(
    "satz-laenge.verstoss", 15, "Verstoß bei mehr als so vielen Wörtern im Satz")
  var thresholds: [Threshold] { [Self.warnAbove, Self.violationAbove] }

  let examples: [Example] = [
    .ok("Wir prüfen Ihren Antrag."),
    .ok("Bitte schicken Sie uns die Unterlagen bis zum 3. März."),
    .flags("⟦Wir haben Ihren Antrag auf Wohngeld vom 3. März bekommen und prüfen ihn jetzt.⟧"),
    .flags(
      "⟦Wir haben Ihren Antrag auf Wohngeld vom 3. März 2026 bekommen und werden ihn in den nächsten Wochen sorgfältig prüfen.⟧"
    ),
  ]

  static let violationMessage = MessagePattern(
    "Der Satz hat {} Wörter. Teilen Sie ihn in kurze Sätze mit höchstens {} Wörtern.")
  static let warningMessage = MessagePattern(
    "Der Satz hat {} Wörter. Kurze Sätze mit höchstens {} Wörtern sind leichter.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.blockKind != .tocEntry, sentence.blockKind != .pageFurniture else { return [] }
    let words = sentence.wordCount
    let violation = context.value(Self.violationAbove)
    let warning = context.value(Self.warnAbove)
    if Double(words) > violation {
      return [
        finding(
          sentence.range,
          Self.violationMessage(String(words), String(Int(warning))),
          severity: .violation)
      ]
    }
    if Double(words) > warning {
      return [
        finding(
          sentence.range,
          Self.warningMessage(String(words), String(Int(warning)))
        )
      ]
    }
    return []
  }
}
