/// Flags longer documents without any heading.
struct MissingHeadingRule: Rule {
  let id: RuleID = "ueberschrift-fehlt"
  let title = "Überschriften machen"
  let rationale = """
    Überschriften sagen, worum es im nächsten Teil geht. So findet der Leser schnell, was er sucht. \
    Fragen sind als Überschrift gut.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 7; Netzwerk Leichte Sprache: Überschriften"
  let severity = Severity.hint

  static let minWords = Threshold(
    "ueberschrift-fehlt.woerter", 150, "Überschrift verlangen ab so vielen Wörtern im Text")
  var thresholds: [Threshold] { [Self.minWords] }

  let examples: [Example] = [
    .ok("Wir prüfen den Antrag."),
    .flags(
      "Kurz.\n\n⟦" + String(repeating: "Wir prüfen den Antrag sehr genau. ", count: 30)
        + "Dann schicken wir Post.⟧"),
  ]

  /// Reported at the paragraph in which the text passes the word limit.
  let checksWholeDocument = true

  func check(_ document: AnalyzedDocument, in context: Context) -> [Finding] {
    let limit = context.value(Self.minWords)
    let words = document.wordCount
    guard Double(words) > limit, !document.blocks.contains(where: { $0.kind == .heading }) else {
      return []
    }
    var count = 0
    for block in document.blocks {
      count += block.sentences.reduce(0) { $0 + $1.wordCount }
      if Double(count) > limit, let first = block.sentences.first, let last = block.sentences.last {
        return [
          finding(
            TextRange(first.range.start, last.range.end),
            "Der Text hat \(words) Wörter und keine Überschrift. Gliedern Sie ihn mit Überschriften."
          )
        ]
      }
    }
    return []
  }
}
