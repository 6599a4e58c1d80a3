/// Flags long words without a visible split (`Bundesgleichstellungsgesetz`).
struct LongWordRule: Rule {
  let id: RuleID = "langes-wort"
  let title = "Kurze Wörter, lange Wörter trennen"
  let rationale = """
    Lange Wörter sind schwer zu lesen. Zusammengesetzte Wörter trennt man mit Binde-Strich oder \
    Medio-Punkt, damit man die Teile erkennt: Bundes-Gleichstellungs-Gesetz.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache: Bindestrich; Hildesheim: Mediopunkt"
  let severity = Severity.warning

  static let maxLetters = Threshold("langes-wort.buchstaben", 13, "Höchstzahl Buchstaben eines Wortes ohne Binde-Strich")
  var thresholds: [Threshold] { [Self.maxLetters] }

  let examples: [Example] = [
    .ok("Das ist ein Bundes-Gleichstellungs-Gesetz."),
    .ok("Die Kreis·verwaltung hilft Ihnen."),
    .ok("Wir schicken Ihnen einen Brief."),
    .flags("Das steht im ⟦Bundesgleichstellungsgesetz⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let limit = Int(context.value(Self.maxLetters))
    var findings: [Finding] = []
    for token in sentence.tokens where token.kind == .word && token.text.utf8.count > limit {
      var letters = 0
      var split = false
      for scalar in token.text.unicodeScalars {
        if scalar == "-" || scalar == "·" { split = true; break }
        letters += 1
      }
      guard !split, letters > limit else { continue }
      findings.append(finding(token.range, "„\(token.text)“ hat \(letters) Buchstaben. Nehmen Sie ein kürzeres Wort oder trennen Sie die Teile mit Binde-Strich."))
    }
    return findings
  }
}
