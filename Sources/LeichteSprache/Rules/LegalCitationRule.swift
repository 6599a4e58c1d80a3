/// Flags legal citations (`§ 7 Abs. 2 SGB II`): only where the reader needs them.
struct LegalCitationRule: Rule {
  let id: RuleID = "gesetzes-zitat"
  let title = "Gesetze nur nennen, wenn nötig"
  let rationale = """
    Paragrafen und Gesetzes-Abkürzungen verstehen nur Fach-Leute. Schreiben Sie: Das steht im \
    Gesetz. Die genaue Stelle kann am Ende stehen.
    """
  let reference =
    "Netzwerk Leichte Sprache: keine Sonderzeichen, keine Verweise; BITV 2.0 Anlage 2 Teil 2 Nr. 6"
  let severity = Severity.warning

  let examples: [Example] = [
    // A file number that starts with letters is no law: `Aktenzeichen: WG 4711/26`.
    .ok("Aktenzeichen: WG 4711/26"),
    .ok("Bitte füllen Sie den Vordruck WG 5 aus."),
    .ok("Das steht im Gesetz."),
    .flags("Das steht in ⟦§ 7 Abs. 2 SGB II⟧."),
    .flags("Das regelt das ⟦BGB⟧."),
  ]

  static let parts: Set<String> = [
    "Abs.", "S.", "Satz", "Nr.", "Nummer", "Buchst.", "Halbsatz", "Hs.", "i. V. m.", "ff.", "f.",
    "Alt.", "lit.",
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let tokens = sentence.tokens
    let ruleData = context.analyzer.ruleData
    let laws = ruleData.lawAbbreviations
    var findings: [Finding] = []
    var i = 0
    while i < tokens.count {
      let startsCitation =
        tokens[i].kind == .section
        || tokens[i].kind == .word && !sentence.traits[i].contains(.known)
          && ruleData.mayBeLawAbbreviation(tokens[i].text) && laws.contains(tokens[i].text)
          && tokens[i].text.count >= 2 && !FactVocabulary.followsReferenceLabel(tokens, i)
      guard startsCitation else { i += 1; continue }
      var j = i
      // Extend over parts, numbers, Roman numerals and law abbreviations.
      while j + 1 < tokens.count {
        let next = tokens[j + 1]
        if Self.parts.contains(next.text) || next.kind == .number || next.kind == .section
          || next.kind == .word && (laws.contains(next.text) || RomanNumeralRule.isRoman(next.text))
            && Analyzer.startsUppercase(next.text)
          || next.text == "und" && j + 2 < tokens.count && tokens[j + 2].kind == .section
        {
          j += 1
        } else {
          break
        }
      }
      findings.append(
        finding(
          sentence.range(i, j),
          "„\(context.text(sentence.range(i, j)))“ ist ein Gesetzes-Zitat. Schreiben Sie: Das steht im Gesetz. Die genaue Stelle kann am Ende stehen."
        ))
      i = j + 1
    }
    return findings
  }
}
