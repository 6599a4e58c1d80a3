/// Flags insertions in brackets.
struct BracketRule: Rule {
  let id: RuleID = "klammer"
  let title = "Keine Klammern"
  let rationale = """
    Was in Klammern steht, unterbricht den Satz. Der Leser muss zwei Gedanken gleichzeitig behalten. \
    Schreiben Sie den Inhalt der Klammer in einen eigenen Satz.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 6: Einschübe in Klammern vermeiden"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Die Frist beginnt heute. Sie dauert 4 Wochen."),
    .flags("Die Frist ⟦(vier Wochen)⟧ beginnt heute."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.hasFirstByte(0x28) || sentence.summary.hasFirstByte(0x5B) else {
      return []
    }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    var open: Int? = nil
    for (i, token) in tokens.enumerated() where token.kind == .punctuation {
      if token.text == "(" || token.text == "[" {
        if open == nil { open = i }
      } else if token.text == ")" || token.text == "]", let start = open {
        // A list label such as `1)` or `a)` at the start is no insertion.
        findings.append(
          finding(
            sentence.range(start, i),
            "Das ist ein Einschub in Klammern. Schreiben Sie ihn als eigenen Satz."))
        open = nil
      }
    }
    return findings
  }
}
