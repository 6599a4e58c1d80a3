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

  static let suffixes = [
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "ität", "itäten", "nis",
    "nisse",
  ]
  static let minLetters = Threshold(
    "nominalstil.buchstaben", 8, "Mindestzahl Buchstaben eines Nomens auf -ung, -heit, -keit")
  var thresholds: [Threshold] { [Self.minLetters] }

  let examples: [Example] = [
    .ok("Morgen wählen wir den Heim-Beirat."),
    .ok("Die Wohnung ist groß."),
    .flags("Die ⟦Durchführung⟧ der Wahl ist morgen."),
  ]

  static let suffixSet = ByteText.Suffixes(suffixes)

  static let message = MessagePattern(
    "„{}“ ist ein Nomen aus einem Verb. Schreiben Sie mit einem Verb, wer was tut.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let basic = context.analyzer.basicWords
    let minimum = Int(context.value(Self.minLetters))
    var findings: [Finding] = []
    let tokens = sentence.tokens
    let traits = sentence.traits
    let suffixSet = Self.suffixSet
    for i in tokens.indices where tokens[i].kind == .word && traits[i].contains(.capitalized) {
      let candidate = ByteText.withBytes(tokens[i].text) { bytes in
        bytes.count >= minimum && suffixSet.match(bytes)
          && !ByteText.contains(bytes, byte: 0x2D) && !ByteText.contains(bytes, byte: 0xB7)
      }
      guard candidate else { continue }
      let text = tokens[i].text
      let lemma = sentence.lemmas[i] ?? text
      if basic[lowercasing: lemma] != nil || basic[lowercasing: text] != nil { continue }
      findings.append(
        finding(
          tokens[i].range,
          Self.message(text)
        ))
    }
    return findings
  }
}
