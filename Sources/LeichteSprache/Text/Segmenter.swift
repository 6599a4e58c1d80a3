import LeichteICU

/// Splits German text into blocks, sentences and tokens (see `Document`).
///
/// The segmenter is a value; each call allocates its own ICU iterators, so one instance can be
/// shared across threads.
public struct Segmenter: Sendable {
  public let abbreviations: Abbreviations

  public init(abbreviations: Abbreviations) {
    self.abbreviations = abbreviations
  }

  public init(lexicon: Lexicon) {
    self.init(abbreviations: lexicon.abbreviations)
  }

  /// Segments `text` after normalising it (BOM, line endings, NFC) as `InputDecoder` does for bytes.
  public func segment(_ text: String) -> Document {
    segment(utf16: normalizedUnits(text))
  }

  /// The UTF-16 units of `text` without a BOM, with normalised line endings, in NFC.
  func normalizedUnits(_ text: String) -> [UInt16] {
    var units = Array(text.utf16)
    if units.first == 0xFEFF { units.removeFirst() }
    InputDecoder.normalizeLineEndings(&units)
    return ICU.nfc(units) ?? units
  }

  /// Segments already normalised UTF-16 text.
  public func segment(utf16 units: [UInt16]) -> Document {
    let blocks = units.withUnsafeBufferPointer { parseBlocks(in: $0) }
    return Document(text: String(utf16Units: units), blocks: blocks)
  }

  /// The blocks of one chunk of a longer text, with offsets moved by `offset` (the UTF-16 length
  /// of the text before the chunk). Used to segment inputs of any size in bounded memory.
  public func blocks(utf16 units: [UInt16], offset: Int) -> [Block] {
    units.withUnsafeBufferPointer { parseBlocks(in: $0, offset: offset) }
  }

  /// The blocks of `text`, offsets relative to its start; `rawBlocks` instead of the block
  /// parser's blocks of `text` when given (`IncrementalSegmentation.swift`).
  func parseBlocks(
    in text: UnsafeBufferPointer<UInt16>, offset: Int = 0,
    rawBlocks given: [BlockParser.RawBlock]? = nil
  ) -> [Block] {
    guard !text.isEmpty else { return [] }
    let rawBlocks = given ?? BlockParser(text: text).parse()
    // ICU's word boundaries of the whole text; a line break is a boundary like a space.
    var words: [(Int, Int32)] = []
    words.reserveCapacity(text.count / 3)  // German averages one boundary per 3 code units
    ICU.boundaries(.word, in: text, into: &words)
    let tokenizer = Tokenizer(text: text, abbreviations: abbreviations, offset: offset)
    let splitter = SentenceSplitter(text: text, abbreviations: abbreviations, offset: offset)
    var wordIndex = 0
    var pieces: [Tokenizer.Piece] = []
    var result: [Block] = []
    result.reserveCapacity(rawBlocks.count)
    for raw in rawBlocks {
      while wordIndex < words.count && words[wordIndex].0 < raw.contentStart { wordIndex += 1 }
      var wordEnd = wordIndex
      while wordEnd < words.count && words[wordEnd].0 < raw.contentEnd { wordEnd += 1 }
      if raw.kind == .pageFurniture {
        // Page numbers of a PDF extract are kept as a block (its range), not as text to read.
        result.append(
          Block(
            kind: .pageFurniture, range: TextRange(raw.start + offset, raw.end + offset),
            sentences: []))
        continue
      }
      // Tokens go straight into their sentence; the splitter decides at each token whether a
      // new sentence starts there.
      var blockSentences: [Sentence] = []
      var current: [Token] = []
      current.reserveCapacity(32)  // most sentences fit; saves the doubling reallocations
      var state = SentenceSplitter.State()
      tokenizer.forEachToken(
        words[wordIndex..<min(wordEnd + 1, words.count)], start: raw.contentStart,
        end: raw.contentEnd, pieces: &pieces
      ) { token in
        if splitter.startsSentence(at: token, after: &state), !current.isEmpty {
          blockSentences.append(Sentence(tokens: current))
          current = []
          current.reserveCapacity(32)
        }
        current.append(token)
      }
      if !current.isEmpty { blockSentences.append(Sentence(tokens: current)) }
      guard !blockSentences.isEmpty else { continue }
      result.append(
        Block(
          kind: raw.kind, range: TextRange(raw.start + offset, raw.end + offset), level: raw.level,
          marker: raw.marker,
          sentences: blockSentences))
    }
    return result
  }
}
