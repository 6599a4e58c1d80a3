/// Scores documents: counts every sentence once over its tokens (see `CountingConventions`) and
/// turns the counts into `Readability` values.
///
/// The scorer keeps a cache of per-word facts (syllables, letters, frequency), so scoring a
/// second document with the same scorer is faster; results never depend on the cache. Use one
/// scorer per thread.
public struct ReadabilityScorer: Sendable {
  private var table: ScoringWordCache

  /// `frequencies`: Zipf values by lower-case form (`Lexicon.frequencies`); the LS-Index uses
  /// them, so load `Lexicon.Parts.frequencies`.
  public init(frequencies: FrequencyTable) {
    table = ScoringWordCache(frequencies: frequencies)
  }

  public init(lexicon: Lexicon) {
    self.init(frequencies: lexicon.frequencies)
  }

  /// Whether a block is part of the text flow the scores count (not a table-of-contents line or
  /// page furniture).
  public static func counts(_ block: Block) -> Bool {
    block.kind != .tocEntry && block.kind != .pageFurniture
  }

  /// The tally of one sentence.
  public mutating func tally(_ sentence: Sentence) -> SentenceTally {
    sentence.tokens.withUnsafeBufferPointer { tally(tokens: $0) }
  }

  /// The tally of a sentence's tokens, read in place (no copies of the tokens).
  private mutating func tally(tokens: UnsafeBufferPointer<Token>) -> SentenceTally {
    var tally = SentenceTally()
    var afterComma = false
    var pendingUnit = false
    var first = true
    for index in tokens.indices {
      let kind = tokens[index].kind
      if kind == .punctuation || kind == .symbol {
        let byte = tokens[index].text.utf8.first ?? 0
        afterComma = byte == UInt8(ascii: ",")
        if afterComma { tally.commas += 1 }
        if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { tally.brackets += 1 }
        if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") { pendingUnit = tally.words > 0 }
        continue
      }
      let info = table.info(tokens[index].text)
      tally.words += 1
      if pendingUnit {
        tally.sentenceUnits += 1
        pendingUnit = false
      }
      let syllables = Int(info.syllables)
      let letters = Int(info.letters)
      tally.syllables += syllables
      tally.letters += letters
      if letters > CountingConventions.longWordLetters { tally.longWords += 1 }
      if letters > tally.maxLetters { tally.maxLetters = letters }
      if syllables >= 3 {
        tally.polysyllabicWords += 1
      } else if syllables == 1 {
        tally.monosyllabicWords += 1
      }
      if kind == .word {
        tally.lexicalWords += 1
        let zipf = Double(info.zipf)
        tally.zipfSum += zipf
        if zipf < 3 { tally.rareWords += 1 }
        if zipf < 4 { tally.uncommonWords += 1 }
        let flags = info.flags
        if flags.contains(.subordinator) { tally.subordinators += 1 }
        if afterComma && flags.contains(.relative) { tally.relativeClauses += 1 }
        if flags.contains(.nominal) { tally.nominalWords += 1 }
        if !first && flags.contains(.capitalized) { tally.capitalizedWords += 1 }
      }
      afterComma = false
      first = false
    }
    if tally.words > 0 {
      tally.sentences = 1
      tally.sentenceUnits += 1
    }
    return tally
  }

  /// The tally of a whole document (only the blocks that `counts(_:)` accepts).
  public mutating func tally(_ document: Document) -> ReadabilityTally {
    tally(blocks: document.blocks)
  }

  /// The tally of some blocks.
  public mutating func tally(blocks: [Block]) -> ReadabilityTally {
    var total = ReadabilityTally()
    for block in blocks where ReadabilityScorer.counts(block) {
      for sentence in block.sentences { total.add(sentence: tally(sentence)) }
    }
    return total
  }

  /// Scores a document. `detail` adds per-block and per-sentence values.
  public mutating func score(_ document: Document, detail: Readability.Detail = []) -> Readability {
    score(blocks: document.blocks, detail: detail)
  }

  /// Scores the blocks of a document (for example `Segmenter.blocks(utf16:offset:)`, which
  /// saves building `Document.text`). Block indices in the result refer to `blocks`.
  public mutating func score(blocks: [Block], detail: Readability.Detail = []) -> Readability {
    evaluate(blocks: blocks, detail: detail).readability
  }

  /// Scores the blocks and also returns the tally, which adds up over several documents (for
  /// totals over files).
  public mutating func evaluate(blocks: [Block], detail: Readability.Detail = [])
    -> (readability: Readability, tally: ReadabilityTally)
  {
    var total = ReadabilityTally()
    if detail.isEmpty {
      // The common case, read in place: no copies of blocks, sentences or tokens.
      blocks.withUnsafeBufferPointer { blocks in
        for blockIndex in blocks.indices where ReadabilityScorer.counts(blocks[blockIndex]) {
          blocks[blockIndex].sentences.withUnsafeBufferPointer { sentences in
            for sentenceIndex in sentences.indices {
              total.add(
                sentence: sentences[sentenceIndex].tokens.withUnsafeBufferPointer {
                  tally(tokens: $0)
                })
            }
          }
        }
      }
      return (Readability(total), total)
    }
    var blockScores: [Readability.BlockScore] = []
    var sentenceScores: [Readability.SentenceScore] = []
    for (blockIndex, block) in blocks.enumerated() where ReadabilityScorer.counts(block) {
      var blockTally = ReadabilityTally()
      for sentence in block.sentences {
        let sentenceTally = tally(sentence)
        blockTally.add(sentence: sentenceTally)
        if detail.contains(.sentences) && sentenceTally.words > 0 {
          var single = ReadabilityTally()
          single.add(sentence: sentenceTally)
          sentenceScores.append(
            Readability.SentenceScore(
              block: blockIndex, range: sentence.range, text: sentence.text,
              values: Readability.Values(single)))
        }
      }
      if detail.contains(.blocks) && blockTally.counts.words > 0 {
        blockScores.append(
          Readability.BlockScore(
            index: blockIndex, kind: block.kind, range: block.range,
            values: Readability.Values(blockTally)))
      }
      total += blockTally
    }
    var result = Readability(total)
    if detail.contains(.blocks) { result.blocks = blockScores }
    if detail.contains(.sentences) { result.sentences = sentenceScores }
    return (result, total)
  }
}
