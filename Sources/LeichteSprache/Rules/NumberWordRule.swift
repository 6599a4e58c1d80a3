/// Flags number words used as numerals (`zwölf Monate`): digits are easier.
struct NumberWordRule: Rule {
  let id: RuleID = "zahlwort"
  let title = "Zahlen als Ziffern"
  let rationale = """
    Ziffern erkennt man schneller als Zahl-Wörter. Schreiben Sie 12 statt zwölf. Das Wort ein oder \
    eine bleibt, wenn es ein Artikel ist.
    """
  let reference = "Netzwerk Leichte Sprache: Ziffern statt Zahlwörter; Hildesheim; Inclusion Europe"
  let severity = Severity.hint

  static let digits: [String: String] = [
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8",
    "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12", "zwanzig": "20", "dreißig": "30",
    "vierzig": "40", "fünfzig": "50", "hundert": "100", "tausend": "1000",
  ]

  let examples: [Example] = [
    .ok("Das dauert 12 Monate."),
    .ok("Wir haben einen Brief geschickt."),
    .flags("Das dauert ⟦zwölf⟧ Monate."),
    .flags("⟦Drei⟧ Personen kommen."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    var findings: [Finding] = []
    for (i, token) in sentence.tokens.enumerated() where sentence.traits[i].contains(.numberWord) {
      let digit = Self.digits[token.text.lowercased()]
      findings.append(
        finding(
          token.range, "Schreiben Sie die Zahl „\(token.text)“ als Ziffer.",
          suggestions: digit.map { [$0] } ?? []))
    }
    return findings
  }
}
