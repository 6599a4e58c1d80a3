/// The analyses of the texts that the simplifier's passes produce, for one `simplify` call.
///
/// A pass rewrites some sentences and leaves the others as they were, only moved. A sentence of
/// the new text that stands where an untouched sentence of the remembered analysis moved to, and
/// has the same tokens (texts, kinds and positions relative to each other), gets that sentence's
/// analysis moved to its place instead of a new one: the analyser reads nothing but the tokens
/// (`Analyzer.analyze(_:index:blockIndex:…)`), and so do the facts
/// (`AnalyzedSentence.reuseFacts(of:)`). Other sentences are analysed as `Analyzer.analyze(_:)`
/// does it, with one memo of word entries for all passes (an entry depends on the spelling and
/// the lexicon alone). Finding the candidates by position needs no key per sentence text.
struct PassAnalysis {
  let analyzer: Analyzer
  private var memo = Analyzer.EntryMemo()
  /// The sentences of the last remembered analysis.
  private(set) var previous: [AnalyzedSentence] = []

  init(analyzer: Analyzer) { self.analyzer = analyzer }

  /// The analysis of `document`, equal to `analyzer.analyze(document)`, and for each of its
  /// sentences the index of the remembered sentence whose analysis it took over (nil: analysed
  /// anew). `edits` turned the remembered text into `document.text`; without them every
  /// sentence is analysed anew.
  mutating func analyze(_ document: Document, after edits: [Edit]?) -> (
    analyzed: AnalyzedDocument, origins: [Int?]
  ) {
    let candidates = edits.map { movedStarts(by: $0) } ?? [:]
    var sentences: [AnalyzedSentence] = []
    var origins: [Int?] = []
    for (blockIndex, block) in document.blocks.enumerated() {
      for sentence in block.sentences {
        let index = sentences.count
        if let origin = candidates[sentence.range.start],
          let moved = Self.moved(
            previous[origin], to: sentence, index: index, blockIndex: blockIndex,
            blockKind: block.kind)
        {
          sentences.append(moved)
          origins.append(origin)
        } else {
          sentences.append(
            analyzer.analyze(
              sentence, index: index, blockIndex: blockIndex, blockKind: block.kind, memo: &memo))
          origins.append(nil)
        }
      }
    }
    return (AnalyzedDocument(document: document, sentences: sentences), origins)
  }

  /// Keeps the sentences of `analyzed` for the next `analyze` calls (replacing the earlier ones).
  mutating func remember(_ analyzed: AnalyzedDocument) {
    previous = analyzed.sentences
  }

  /// Where the remembered sentences that no edit touches start after `edits`, by new start.
  /// (Only a guess at candidates: `moved` checks the tokens.)
  private func movedStarts(by edits: [Edit]) -> [Int: Int] {
    let edits = edits.map {
      (range: $0.range, change: $0.replacement.utf16.count - $0.range.length)
    }
    .sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
    var starts: [Int: Int] = [:]
    starts.reserveCapacity(previous.count)
    var next = 0  // the first edit not entirely before the sentence
    var shift = 0  // the length change of the edits before `next`
    for (index, sentence) in previous.enumerated() {
      let range = sentence.range
      while next < edits.count && edits[next].range.end < range.start {
        shift += edits[next].change
        next += 1
      }
      // An edit that overlaps or touches the sentence leaves it to a new analysis.
      if next < edits.count && edits[next].range.start <= range.end { continue }
      starts[range.start + shift] = index
    }
    return starts
  }

  /// The analysis of `earlier` moved to `sentence`, when both have the same tokens at the same
  /// distances; nil otherwise.
  static func moved(
    _ earlier: AnalyzedSentence, to sentence: Sentence, index: Int, blockIndex: Int,
    blockKind: Block.Kind
  ) -> AnalyzedSentence? {
    guard let shift = sentence.shift(from: earlier.sentence) else { return nil }
    let clauses =
      shift == 0
      ? earlier.clauses
      : earlier.clauses.map {
        Clause(
          kind: $0.kind, tokens: $0.tokens,
          range: TextRange($0.range.start + shift, $0.range.end + shift),
          introducer: $0.introducer, finiteVerb: $0.finiteVerb, group: $0.group)
      }
    let moved = AnalyzedSentence(
      sentence: sentence, index: index, blockIndex: blockIndex, blockKind: blockKind,
      traits: earlier.traits, lemmas: earlier.lemmas, clauses: clauses, summary: earlier.summary)
    moved.reuseFacts(of: earlier)
    return moved
  }
}
