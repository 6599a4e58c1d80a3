/// Flags nominalisations (`-ung`, `-heit`, `-keit`, `-ion`, `-ität`, `-nis`) outside the basic
/// vocabulary: verbs are easier.
struct NominalStyleRule: Rule {
  let id: RuleID = "nominalstil"
  let title = "Verben statt Nomen"
  let rationale = """
    Wörter auf -ung, -heit oder -keit machen aus einer Handlung ein Ding. Mit einem Verb ist der \
    Satz lebendiger und klarer: Morgen wählen wir den Heim-Beirat.
    """
  let reference = "Netzwerk Leichte Sprache: Verben benutzen; Hildesheim: Nominalstil vermeiden"
  let severity = Severity.hint

  static let suffixes = ["ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "ität", "itäten", "nis", "nisse"]
  static let minLetters = Threshold("nominalstil.buchstaben", 8, "Mindestzahl Buchstaben eines Nomens auf -ung, -heit, -keit")
  var thresholds: [Threshold] { [Self.minLetters] }

  let examples: [Example] = [
    .ok("Morgen wählen wir den Heim-Beirat."),
    .ok("Die Wohnung ist groß."),
    .flags("Die ⟦Durchführung⟧ der Wahl ist morgen."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let basic = context.lexicon.basicVocabulary
    let minimum = Int(context.value(Self.minLetters))
    var findings: [Finding] = []
    for (i, token) in sentence.tokens.enumerated() where token.kind == .word && sentence.traits[i].contains(.capitalized) {
      let text = token.text
      guard text.utf8.count >= minimum, Self.suffixes.contains(where: { ByteText.hasSuffix(text, $0) }),
        !ByteText.contains(text, byte: 0x2D), !ByteText.contains(text, byte: 0xB7)
      else { continue }
      let lemma = sentence.lemmas[i] ?? text
      if basic.contains(lemma.lowercased()) || basic.contains(text.lowercased()) { continue }
      findings.append(finding(token.range, "„\(text)“ ist ein Nomen aus einem Verb. Schreiben Sie mit einem Verb, wer was tut."))
    }
    return findings
  }
}
