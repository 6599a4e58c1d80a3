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

  /// Fixed expressions whose number word is not a count: `unter vier Augen`.
  static let idioms: Set<String> = [
    "vier augen", "zwei fliegen", "fünf gerade", "drei teufels", "drei ecken", "sieben sachen",
    "sieben siegeln", "tausend dank",
  ]

  /// Words after which `hundert`/`tausend` are no count of their own: `mehrere hundert`.
  static let vagueQuantifiers: Set<String> = [
    "ein", "einige", "mehrere", "viele", "paar", "etliche", "einigen", "mehreren", "vielen",
  ]

  let examples: [Example] = [
    .ok("Das dauert 12 Monate."),
    .ok("Wir haben einen Brief geschickt."),
    .ok("Eine Person kommt."),
    .ok("Sie können einmal im Monat kommen."),
    .ok("Beide Eltern unterschreiben."),
    .flags("Das dauert ⟦zwölf⟧ Monate."),
    .flags("⟦Drei⟧ Personen kommen."),
    .rewrites("Das dauert ⟦zwölf⟧ Monate.", to: "Das dauert 12 Monate."),
    .rewrites("Antworten Sie binnen ⟦vierzehn⟧ Tagen.", to: "Antworten Sie binnen 14 Tagen."),
    .rewrites("⟦Drei⟧ Personen kommen.", to: "3 Personen kommen."),
    .rewrites(
      "Das dauert ⟦zwei⟧ bis ⟦drei⟧ Wochen.", to: "Das dauert 2 bis 3 Wochen."),
    .rewrites("Das kostet ⟦zweihundert⟧ Euro.", to: "Das kostet 200 Euro."),
    // An idiom and a vague quantity keep their words.
    .flags("Wir sprechen unter ⟦vier⟧ Augen."),
    .rewrites("Es kamen mehrere ⟦hundert⟧ Menschen.", to: "Es kamen mehrere hundert Menschen."),
  ]

  static let message = MessagePattern("Schreiben Sie die Zahl „{}“ als Ziffer.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    var findings: [Finding] = []
    let tokens = sentence.tokens
    for (i, token) in tokens.enumerated() where sentence.traits[i].contains(.numberWord) {
      findings.append(
        finding(
          token.range, Self.message(token.text),
          suggestions: Self.digits(sentence, i).map { [$0] } ?? []))
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// The digits for the number word at `i`, unless it belongs to an idiom or a vague quantity.
  static func digits(_ sentence: AnalyzedSentence, _ i: Int) -> String? {
    let tokens = sentence.tokens
    let word = tokens[i].text.lowercased()
    guard let value = NumberWords.value(word) else { return nil }
    if i + 1 < tokens.count, idioms.contains(word + " " + tokens[i + 1].text.lowercased()) {
      return nil
    }
    if word == "hundert" || word == "tausend", i > 0,
      vagueQuantifiers.contains(tokens[i - 1].text.lowercased())
    {
      return nil
    }
    return NumberWords.digits(value)
  }
}
