import LeichteICU

/// The layout of a draft (LS-Text v1, `spec/rules.md` §2.7): blocks of lines, one sentence per
/// line, explanations on the lines after a term's first use, then the generated blocks (notes,
/// Wörter-Buch, checklist). The text renderers and the HTML renderer all read this one value.
public struct DraftLayout: Hashable, Sendable {
  public struct Line: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      /// A sentence of the text.
      case sentence
      /// A list item with its marker (`-` for bullets, `1.`/`a)` for numbered items).
      case item(marker: String)
      /// A line of an explanation or of a Wörter-Buch entry (indented).
      case explanation
      /// A headword of the Wörter-Buch.
      case term
      /// A checklist line for the reviewer.
      case check
    }
    public let kind: Kind
    public let text: String
    /// The range in the output document this line comes from; nil for generated lines.
    public let range: TextRange?
  }

  public struct Block: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
      /// The draft notice at the top.
      case notice
      case heading
      case paragraph
      case list
      /// Address, signature and other line-by-line blocks.
      case lines
      /// Rows of a Markdown table (`| a | b |`), kept as they are.
      case table
      /// The note that only the original is legally binding.
      case disclaimer
      case glossary
      case checklist
    }
    public let kind: Kind
    /// The heading level (1…6) for headings, the generated headings of glossary and checklist.
    public let level: Int?
    public var lines: [Line]
  }

  public let blocks: [Block]

  /// The notice at the top of a draft.
  public static let draftNotice = [
    "Entwurf in Leichter Sprache: noch nicht geprüft.",
    "Menschen aus der Ziel-Gruppe müssen diesen Text noch prüfen.",
  ]
  public static let glossaryTitle = "Wörter-Buch"
  public static let checklistTitle = "Prüf-Liste"

  init(_ draft: Draft) {
    let options = draft.options
    let document = draft.simplification.output
    var explanations: [Int: [Explanation]] = [:]
    let explained = options.glossary ? draft.simplification.explanations : []
    var blocks: [Block] = []
    if options.draftHeader {
      blocks.append(
        Block(
          kind: .notice, level: nil,
          lines: Self.draftNotice.map { Line(kind: .sentence, text: $0, range: nil) }))
    }
    // Explanations go after the line of the sentence that holds the term's first use.
    var sentenceIndex = 0
    var byStart: [(start: Int, end: Int, index: Int)] = []
    for block in document.blocks {
      for sentence in block.sentences {
        byStart.append((sentence.range.start, sentence.range.end, sentenceIndex))
        sentenceIndex += 1
      }
    }
    for explanation in explained {
      let start = explanation.range.start
      if let hit = byStart.first(where: { $0.start <= start && start < $0.end }) {
        explanations[hit.index, default: []].append(explanation)
      }
    }

    sentenceIndex = 0
    for block in document.blocks {
      switch block.kind {
      case .tocEntry, .pageFurniture:
        // Navigation artefacts of the source layout: not part of the draft.
        sentenceIndex += block.sentences.count
        continue
      default: break
      }
      var lines: [Line] = []
      let kind: Block.Kind
      switch block.kind {
      case .heading:
        kind = .heading
        var text = Self.unwrapEmphasis(block.sentences.map(\.text).joined(separator: " "))
        // A numbered heading keeps its number (`II. Ziele`, `3. Finanzen`): texts refer to it.
        if let marker = block.marker, marker.contains(where: { $0.isLetter || $0.isNumber }) {
          text = marker + " " + text
        }
        lines.append(Line(kind: .sentence, text: text, range: block.range))
        // Headings stay one line; their terms are explained in the Wörter-Buch.
        sentenceIndex += block.sentences.count
      case .listItem:
        kind = .list
        let marker = Self.listMarker(block.marker)
        var pending: [Line] = []
        for (offset, sentence) in block.sentences.enumerated() {
          lines.append(
            Line(
              kind: offset == 0 ? .item(marker: marker) : .sentence, text: sentence.text,
              range: sentence.range))
          pending += Self.explanationLines(explanations[sentenceIndex] ?? [])
          if !Self.continues(block.sentences, after: offset) {
            lines += pending
            pending = []
          }
          sentenceIndex += 1
        }
      case .line where block.sentences.first?.tokens.first?.text == "|":
        kind = .table
        let text = block.sentences.map(\.text).joined(separator: " ")
        lines.append(Line(kind: .sentence, text: text, range: block.range))
        sentenceIndex += block.sentences.count
      default:
        kind = block.kind == .line ? .lines : .paragraph
        var pending: [Line] = []
        for (offset, sentence) in block.sentences.enumerated() {
          lines.append(Line(kind: .sentence, text: sentence.text, range: sentence.range))
          // Address and signature lines stay as they are; their terms go to the Wörter-Buch.
          if kind == .paragraph {
            pending += Self.explanationLines(explanations[sentenceIndex] ?? [])
            if !Self.continues(block.sentences, after: offset) {
              lines += pending
              pending = []
            }
          }
          sentenceIndex += 1
        }
      }
      guard !lines.isEmpty else { continue }
      // Consecutive list items form one list, consecutive single lines one address block.
      if let last = blocks.last, last.kind == kind,
        kind == .list || kind == .lines || kind == .table
      {
        blocks[blocks.count - 1].lines += lines
      } else {
        blocks.append(
          Block(kind: kind, level: kind == .heading ? block.level ?? 1 : nil, lines: lines))
      }
    }
    if let disclaimer = options.disclaimer {
      blocks.append(
        Block(
          kind: .disclaimer, level: nil,
          lines: Self.sentences(disclaimer).map { Line(kind: .sentence, text: $0, range: nil) }))
    }
    if !explained.isEmpty {
      blocks.append(Self.glossary(explained))
    }
    if options.checklist {
      blocks.append(Self.checklist(draft))
    }
    self.blocks = blocks
  }

  /// `**Titel**` → `Titel`: a heading is emphasis enough.
  static func unwrapEmphasis(_ text: String) -> String {
    for wrapper in ["**", "__"]
    where text.count > 4 && text.hasPrefix(wrapper) && text.hasSuffix(wrapper) {
      let inner = text.dropFirst(2).dropLast(2)
      if !inner.contains(wrapper) { return String(inner) }
    }
    return text
  }

  /// Bullets become `-`; numbers and letters stay, because their order may matter.
  static func listMarker(_ marker: String?) -> String {
    guard let marker, marker.contains(where: { $0.isLetter || $0.isNumber }) else { return "-" }
    return marker
  }

  /// At most this many terms are explained after one sentence; further terms of the sentence
  /// are explained in the Wörter-Buch only, so the text stays readable.
  public static let explanationsPerSentence = 2

  /// Connectors that answer a condition asked as a question (`Sie haben Fragen? Dann …`).
  static let answers = ["Dann ", "Oder ", "Nur dann ", "Erst dann "]

  /// The sentence after `offset` answers the question at `offset`: the two are read as one,
  /// and explanations wait until after the answer.
  static func continues(_ sentences: [Sentence], after offset: Int) -> Bool {
    guard offset + 1 < sentences.count, sentences[offset].text.hasSuffix("?") else {
      return false
    }
    let next = sentences[offset + 1].text
    return answers.contains { next.hasPrefix($0) }
  }

  /// `Das schwere Wort ist: X.` and `Das heißt: …`, one sentence per line.
  static func explanationLines(_ explanations: [Explanation]) -> [Line] {
    var lines: [Line] = []
    for explanation in explanations.prefix(explanationsPerSentence) {
      lines.append(
        Line(kind: .explanation, text: "Das schwere Wort ist: \(explanation.headword).", range: nil)
      )
      let sentences = Self.sentences(explanation.text)
      for (index, sentence) in sentences.enumerated() {
        lines.append(
          Line(
            kind: .explanation, text: index == 0 ? "Das heißt: " + sentence : sentence, range: nil))
      }
    }
    return lines
  }

  /// German alphabetical order (one collator, opened once; ICU allows concurrent comparisons).
  static let collator = ICU.Collator(locale: "de")

  /// The Wörter-Buch: headwords in German alphabetical order with their explanations.
  static func glossary(_ explanations: [Explanation]) -> Block {
    var lines: [Line] = [Line(kind: .sentence, text: glossaryTitle, range: nil)]
    let collator = Self.collator
    let sorted = explanations.sorted {
      let order = collator.compare($0.headword, $1.headword)
      return order != 0 ? order < 0 : $0.headword < $1.headword
    }
    for explanation in sorted {
      lines.append(Line(kind: .term, text: explanation.headword, range: nil))
      lines += sentences(explanation.text).map { Line(kind: .explanation, text: $0, range: nil) }
    }
    return Block(kind: .glossary, level: 2, lines: lines)
  }

  /// What a reviewer has to confirm before the draft may be called Leichte Sprache.
  static func checklist(_ draft: Draft) -> Block {
    let facts = draft.simplification.facts
    let total = facts.kept.count + facts.missing.count
    let open = draft.simplification.remaining.count
    let items = [
      "Menschen aus der Ziel-Gruppe haben den Text gelesen und verstanden.",
      "Alle Daten, Beträge, Fristen, Telefon-Nummern und Gesetze stimmen "
        + "(automatisch gefunden: \(facts.kept.count) von \(total)).",
      "Die schweren Wörter sind richtig erklärt.",
      "Es fehlt keine wichtige Information.",
      "Die offenen Hinweise sind bearbeitet (\(open) Hinweise).",
    ]
    return Block(
      kind: .checklist, level: 2,
      lines: [Line(kind: .sentence, text: checklistTitle, range: nil)]
        + items.map { Line(kind: .check, text: $0, range: nil) })
  }

  /// A short generated text split into sentences at `. `, `! `, `? ` (our own texts only).
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    // The sentence runs from `start` to the space that ends it (characters, not bytes, so a
    // mark on the dot keeps it from ending a sentence).
    var start = text.startIndex
    var index = text.startIndex
    var previous: Character? = nil
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if character == " ", let previous, previous == "." || previous == "!" || previous == "?" {
        if start < index { result.append(String(text[start..<index])) }
        start = next
      }
      previous = character
      index = next
    }
    if start < text.endIndex { result.append(String(text[start...])) }
    return result
  }
}
