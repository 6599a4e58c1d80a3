/// Flags gender characters: `Bürger*innen`, `Bürger:innen`, `Bürger_innen`, `BürgerInnen`,
/// `Antragsteller/in`.
struct GenderCharacterRule: Rule {
  let id: RuleID = "gender-zeichen"
  let title = "Keine Gender-Zeichen"
  let rationale = """
    Zeichen wie * oder : mitten im Wort stören beim Lesen. In Leichter Sprache schreibt man beide \
    Formen aus: Bürger und Bürgerinnen.
    """
  let reference =
    "Netzwerk Leichte Sprache: erst die männliche Form; Hildesheim: Regeln der Leichten Sprache vor gender-gerechter Sprache"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Bürger und Bürgerinnen können kommen."),
    .ok("Das ist die KI-Strategie."),
    .flags("Alle ⟦Bürger*innen⟧ können kommen."),
    .flags("Alle ⟦Bürger:innen⟧ können kommen."),
    .flags("Alle ⟦BürgerInnen⟧ können kommen."),
    .flags("Jeder ⟦Antragsteller/in⟧ bekommt Post."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard
      sentence.summary.wordHasGenderMark || sentence.summary.wordEndsInIn
        || sentence.summary.hasFirstByte(0x3A) || sentence.summary.hasFirstByte(0x2A)
    else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    let message =
      "Hier steht ein Gender-Zeichen. Schreiben Sie beide Formen aus, zum Beispiel „Bürger und Bürgerinnen“."
    for (i, token) in tokens.enumerated() where token.kind == .word {
      let text = token.text
      // Every gender spelling ends in -in/-innen (or continues with `:`/`*` + innen).
      let (hasMark, endsWithN) = ByteText.withBytes(text) { bytes -> (Bool, Bool) in
        var mark = false
        for b in bytes where b == 0x2A || b == 0x5F || b == 0x2F || b == 0x3A { mark = true; break }
        return (mark, bytes.last == 0x6E)
      }
      guard
        hasMark || endsWithN || i + 1 < tokens.count && tokens[i + 1].range.start == token.range.end
      else { continue }
      // Without a mark, a finding needs `-In`/`-Innen` (ends in n) or a following `:`/`*`.
      if !hasMark && !endsWithN {
        guard i + 2 < tokens.count, tokens[i + 1].text.utf8.count == 1 else { continue }
      }
      if hasMark, let mark = text.firstIndex(where: { "*_/:".contains($0) }),
        ["in", "innen", "In", "Innen", "r", "e"].contains(String(text[text.index(after: mark)...]))
          || text.hasSuffix("*innen")
      {
        findings.append(finding(token.range, message))
      } else if ByteText.hasSuffix(text, "Innen") && text.count > 6
        || ByteText.hasSuffix(text, "In") && text.count > 5 && Analyzer.startsUppercase(text)
          && text.dropLast(2).last?.isLowercase == true
      {
        findings.append(finding(token.range, message))
      } else if i + 2 < tokens.count, tokens[i + 1].text == ":" || tokens[i + 1].text == "*",
        tokens[i + 1].range.start == token.range.end,
        tokens[i + 2].range.start == tokens[i + 1].range.end,
        tokens[i + 2].text == "innen" || tokens[i + 2].text == "in"
      {
        findings.append(finding(sentence.range(i, i + 2), message))
      }
    }
    return findings
  }
}
