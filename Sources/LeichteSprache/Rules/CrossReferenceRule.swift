/// Flags cross-references: `siehe oben`, `vgl.`, `s. o.`, `o. g.`, `oben genannt`, `Ziffer 3`.
struct CrossReferenceRule: Rule {
  let id: RuleID = "querverweis"
  let title = "Keine Verweise"
  let rationale = """
    Verweise wie „siehe oben“ schicken den Leser an eine andere Stelle. Dort verliert er leicht den \
    Faden. Schreiben Sie die Information dort hin, wo man sie braucht.
    """
  let reference = "Netzwerk Leichte Sprache: Keine Verweise; LanguageTool"
  let severity = Severity.warning

  static let abbreviations: Set<String> = [
    "vgl.", "Vgl.", "s. o.", "s. u.", "o. g.", "s.o.", "s.u.", "o.g.", "s.", "S.", "a. a. O.",
    "ebd.",
  ]
  static let words: Set<String> = ["siehe", "Siehe", "vergleiche", "Vergleiche"]
  static let pairs: [(String, String)] = [
    ("oben", "genannt"), ("unten", "genannt"), ("oben", "genannten"), ("oben", "genannte"),
    ("oben", "stehend"), ("weiter", "oben"), ("weiter", "unten"), ("Ziffer", ""), ("Punkt", ""),
  ]

  let examples: [Example] = [
    .ok("In Heft 3 steht mehr dazu."),
    .flags("Das steht im Heft (⟦siehe⟧ Seite 3)."),
    .flags("Die ⟦oben genannten⟧ Unterlagen fehlen."),
    .flags("Das gilt auch hier, ⟦vgl.⟧ Heft 3."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let tokens = sentence.tokens
    var findings: [Finding] = []
    for i in tokens.indices {
      let kind = tokens[i].kind
      guard kind == .abbreviation || kind == .word else { continue }
      // Every word this rule knows has 4 to 10 bytes (`oben` … `Vergleiche`).
      let length = tokens[i].text.utf8.count
      if kind == .word && (length < 4 || length > 10) { continue }
      let token = tokens[i]
      if token.kind == .abbreviation, Self.abbreviations.contains(token.text),
        token.text != "s." && token.text != "S."
          || i + 1 < tokens.count && tokens[i + 1].text.hasPrefix("Anl")
      {
        findings.append(
          finding(
            token.range,
            "„\(token.text)“ ist ein Verweis. Schreiben Sie die Information direkt in den Text."))
      } else if token.kind == .word, length == 5 || length == 10, Self.words.contains(token.text) {
        findings.append(
          finding(
            token.range,
            "„\(token.text)“ ist ein Verweis. Schreiben Sie die Information direkt in den Text."))
      } else if token.kind == .word, i + 1 < tokens.count,
        let first = ByteText.firstByte(token.text),
        // o u w Z P
        first == 0x6F || first == 0x75 || first == 0x77 || first == 0x5A || first == 0x50
      {
        for (a, b) in Self.pairs where token.text == a {
          if b.isEmpty, tokens[i + 1].kind == .number, a == "Ziffer" {
            findings.append(
              finding(
                sentence.range(i, i + 1),
                "„\(a) \(tokens[i + 1].text)“ ist ein Verweis. Schreiben Sie die Information direkt in den Text."
              ))
          } else if !b.isEmpty, tokens[i + 1].text == b {
            findings.append(
              finding(
                sentence.range(i, i + 1),
                "„\(a) \(b)“ ist ein Verweis. Nennen Sie die Sache noch einmal."))
          }
        }
      }
    }
    return findings
  }
}
