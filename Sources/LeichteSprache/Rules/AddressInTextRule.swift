/// Flags addresses in running text (street, number, postcode, town): write them as a block.
struct AddressInTextRule: Rule {
  let id: RuleID = "adresse-im-text"
  let title = "Adressen nicht im Fließ-Text"
  let rationale = """
    Eine Adresse mitten im Satz ist schwer zu finden und abzuschreiben. Schreiben Sie sie wie auf \
    einem Brief-Umschlag: jede Angabe in eine eigene Zeile.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 12: Adressen nicht als Fließtext"
  let severity = Severity.warning

  static let streetSuffixes = [
    "straße", "str.", "strasse", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "markt",
    "chaussee", "steig", "pfad",
  ]

  let examples: [Example] = [
    .ok("Schicken Sie den Brief an diese Adresse:"),
    .flags("Schicken Sie den Brief an das Bürgeramt, ⟦Rathausplatz 2, 79098 Freiburg⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      sentence.summary.has(.number)
    else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for (i, token) in tokens.enumerated()
    where token.kind == .number && token.text.count == 5 && token.text.allSatisfy(\.isNumber) {
      guard i + 1 < tokens.count, Analyzer.startsUppercase(tokens[i + 1].text),
        tokens[i + 1].kind == .word
      else { continue }
      // Look back at most 5 tokens for a street with a house number.
      var street: Int? = nil
      var k = i - 1
      while k >= max(0, i - 5) {
        let lower = tokens[k].text.lowercased()
        if (tokens[k].kind == .word || tokens[k].kind == .abbreviation),
          Analyzer.startsUppercase(tokens[k].text),
          Self.streetSuffixes.contains(where: { lower.hasSuffix($0) }), k + 1 < i,
          tokens[k + 1].kind == .number
        {
          street = k
          break
        }
        k -= 1
      }
      guard let start = street else { continue }
      findings.append(
        finding(
          sentence.range(start, i + 1),
          "Diese Adresse steht im Fließ-Text. Schreiben Sie Straße, Post-Leitzahl und Ort in eigene Zeilen."
        ))
    }
    return findings
  }
}
