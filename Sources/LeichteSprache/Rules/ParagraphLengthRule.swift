/// Flags paragraphs with many sentences.
struct ParagraphLengthRule: Rule {
  let id: RuleID = "absatz-laenge"
  let title = "Kurze Absätze"
  let rationale = """
    Kurze Absätze mit einem Thema geben dem Text eine klare Ordnung. Nach einigen Sätzen hilft ein \
    neuer Absatz oder eine Überschrift.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 7; Netzwerk Leichte Sprache: Absätze und Überschriften"
  let severity = Severity.warning

  static let maxSentences = Threshold("absatz-laenge.saetze", 6, "Höchstzahl Sätze in einem Absatz")
  var thresholds: [Threshold] { [Self.maxSentences] }

  let examples: [Example] = [
    .ok("Wir prüfen den Antrag. Dann schicken wir Post."),
    .flags(
      "Kurz.\n\n⟦Satz eins ist da. Satz zwei ist da. Satz drei ist da. Satz vier ist da. Satz fünf ist da. Satz sechs ist da. Satz sieben ist da.⟧"
    ),
  ]

  let checksWholeDocument = true

  func check(_ document: AnalyzedDocument, in context: Context) -> [Finding] {
    let limit = Int(context.value(Self.maxSentences))
    return document.blocks.compactMap { block in
      guard block.kind == .paragraph, block.sentences.count > limit,
        let first = block.sentences.first, let last = block.sentences.last
      else { return nil }
      return finding(
        TextRange(first.range.start, last.range.end),
        "Der Absatz hat \(block.sentences.count) Sätze. Teilen Sie ihn in kürzere Absätze mit höchstens \(limit) Sätzen."
      )
    }
  }
}
