/// Flags long words without a visible split (`Bundesgleichstellungsgesetz`).
struct LongWordRule: Rule {
  let id: RuleID = "langes-wort"
  let title = "Kurze Wörter, lange Wörter trennen"
  let rationale = """
    Lange Wörter sind schwer zu lesen. Zusammengesetzte Wörter trennt man mit Binde-Strich oder \
    Medio-Punkt, damit man die Teile erkennt: Bundes-Gleichstellungs-Gesetz.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache: Bindestrich; Hildesheim: Mediopunkt"
  let severity = Severity.warning

  static let maxLetters = Threshold(
    "langes-wort.buchstaben", 13, "Höchstzahl Buchstaben eines Wortes ohne Binde-Strich")
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
    let tokens = sentence.tokens
    for i in tokens.indices where tokens[i].kind == .word {
      // Letters (Unicode scalars) before the first `-` or `·` (U+00B7 = C2 B7); -1 when split.
      let letters = ByteText.withBytes(tokens[i].text) { bytes -> Int in
        guard bytes.count > limit else { return -1 }
        var n = 0
        var k = 0
        while k < bytes.count {
          let b = bytes[k]
          if b == 0x2D || b == 0xC2 && k + 1 < bytes.count && bytes[k + 1] == 0xB7 { return -1 }
          if b & 0xC0 != 0x80 { n &+= 1 }
          k &+= 1
        }
        return n
      }
      guard letters > limit else { continue }
      findings.append(
        finding(
          tokens[i].range,
          "„\(tokens[i].text)“ hat \(letters) Buchstaben. Nehmen Sie ein kürzeres Wort oder trennen Sie die Teile mit Binde-Strich."
        ))
    }
    return findings
  }
}
