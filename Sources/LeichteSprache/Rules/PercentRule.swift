/// Flags percentages (`50 %`, `3,5 Prozent`).
struct PercentRule: Rule {
  let id: RuleID = "prozent"
  let title = "Keine Prozent-Angaben"
  let rationale = """
    Prozent-Angaben sind für viele Leser schwer. Schreiben Sie lieber: die Hälfte, ein Viertel, \
    fast alle.
    """
  let reference = "Netzwerk Leichte Sprache: Prozentzahlen vermeiden; Inclusion Europe"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Die Hälfte von den Kosten zahlen wir."),
    .flags("Wir zahlen ⟦50 %⟧ der Kosten."),
    .flags("Die Miete steigt um ⟦3,5 Prozent⟧."),
    .rewrites("Wir zahlen ⟦50 %⟧ der Kosten.", to: "Wir zahlen die Hälfte der Kosten."),
    .rewrites("⟦50 %⟧ der Kosten zahlen wir.", to: "Die Hälfte der Kosten zahlen wir."),
    .rewrites(
      "Er braucht mehr als ⟦50 Prozent⟧ der Stimmen.",
      to: "Er braucht mehr als die Hälfte der Stimmen."),
    .rewrites("Sie bekommen ⟦25 %⟧ des Betrags.", to: "Sie bekommen ein Viertel des Betrags."),
    .rewrites("Die Quote liegt bei ⟦4,8 %⟧.", to: "Die Quote liegt bei 4,8 Prozent."),
    // A dative after `mit`/`von` would need „der Hälfte“: only the sign is written out.
    .rewrites(
      "Wir beteiligen uns mit ⟦50 %⟧ der Kosten.",
      to: "Wir beteiligen uns mit 50 Prozent der Kosten."),
    .rewrites(
      "Die Gebühr sinkt um ⟦50 %⟧ auf 20 Euro.", to: "Die Gebühr sinkt um 50 Prozent auf 20 Euro."),
    .rewrites("Wir zahlen ⟦100 %⟧ der Kosten.", to: "Wir zahlen 100 Prozent der Kosten."),
  ]

  /// Prepositions after which the accusative „die Hälfte“ / „ein Viertel“ is right.
  static let accusativePrepositions: Set<String> = ["für", "um", "durch", "gegen", "ohne", "über"]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    // `Prozent` starts with P (0x50).
    guard sentence.summary.has(.percent) || sentence.summary.hasFirstByte(0x50) else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for (i, token) in tokens.enumerated()
    where token.kind == .percent || token.kind == .word && token.text == "Prozent" {
      var suggestions: [String] = []
      if token.kind == .percent, let written = Self.written(sentence, i) {
        suggestions = [written]
      }
      findings.append(
        finding(
          token.range,
          "„\(token.text)“ ist eine Prozent-Angabe. Schreiben Sie zum Beispiel „die Hälfte“ oder „viele“.",
          suggestions: suggestions))
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// `50 % der Kosten` → `die Hälfte der Kosten` and `25 %` → `ein Viertel` where the fraction
  /// takes the place of the percentage in the nominative or accusative, before a genitive;
  /// otherwise the sign as a word: `4,8 %` → `4,8 Prozent`.
  static func written(_ sentence: AnalyzedSentence, _ i: Int) -> String? {
    let tokens = sentence.tokens
    let text = tokens[i].text
    let number = String(text.prefix { $0.isNumber || $0 == "," || $0 == "." })
    guard !number.isEmpty else { return nil }
    let fraction = ["50": "die Hälfte", "25": "ein Viertel"][number]
    if let fraction, i + 1 < tokens.count, ["der", "des"].contains(tokens[i + 1].text) {
      let previous = i > 0 ? tokens[i - 1] : nil
      let traits = i > 0 ? sentence.traits[i - 1] : []
      let blocked =
        previous.map {
          $0.kind == .word
            && (traits.contains(.preposition) && !accusativePrepositions.contains($0.text)
              || traits.contains(.definiteArticle) || traits.contains(.indefiniteArticle)
              || traits.contains(.determiner))
        } ?? false
      if !blocked { return RewriteSupport.atSentenceStart(fraction, sentence, i) }
    }
    return number + " Prozent"
  }
}
