/// Flags letters that never address the reader with `Sie` (or `du`).
struct PersonalAddressRule: Rule {
  let id: RuleID = "persoenliche-ansprache"
  let title = "Leser persönlich ansprechen"
  let rationale = """
    Ein Brief ist leichter zu verstehen, wenn er den Leser direkt anspricht: Sie bekommen Geld. \
    Dann weiß der Leser, dass es um ihn geht.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 2; Netzwerk Leichte Sprache: Leser persönlich ansprechen"
  let severity = Severity.hint

  static let salutations = ["Sehr geehrte", "Liebe ", "Lieber ", "Hallo", "Guten Tag"]
  static let salutationFirstBytes = Set(salutations.compactMap(\.utf8.first))
  static let secondPerson: Set<String> = [
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure",
  ]

  let examples: [Example] = [
    .ok("Sehr geehrte Frau Muster,\n\nSie bekommen Wohngeld."),
    .ok("Der Antrag ist da."),
    .flags("⟦Sehr geehrte Frau Muster,⟧\n\nder Antrag wurde bewilligt."),
  ]

  let checksWholeDocument = true

  func check(_ document: AnalyzedDocument, in context: Context) -> [Finding] {
    guard
      let salutation = document.sentences.first(where: { s in
        // The text starts with the first token: skip the sentence unless its first byte can
        // start a salutation.
        if let first = s.tokens.first, first.range.start == s.range.start,
          let byte = ByteText.firstByte(first.text), !Self.salutationFirstBytes.contains(byte)
        {
          return false
        }
        let text = context.text(s.range)
        return Self.salutations.contains { text.utf8.starts(with: $0.utf8) && text.hasPrefix($0) }
      })
    else { return [] }
    for sentence in document.sentences {
      for (i, token) in sentence.tokens.enumerated() {
        if sentence.traits[i].contains(.politeAddress)
          && !sentence.traits[i].contains(.sentenceInitial)
        {
          return []
        }
        if token.text == "Sie"
          || Self.secondPerson.contains(token.text.lowercased()) && token.kind == .word
            && token.text.first?.isLowercase == true
        {
          return []
        }
      }
    }
    return [
      finding(
        salutation.range,
        "Der Brief spricht den Leser nie mit „Sie“ an. Sagen Sie dem Leser direkt, was für ihn gilt."
      )
    ]
  }
}
