/// The segmentation of one text, kept so that a later version of the text (the next pass of the
/// simplifier) is segmented without tokenising again the blocks that stayed as they were.
///
/// Why a block may be taken over: the block parser runs on the whole new text (it looks across
/// blocks), so every block's kind, range, content range, level and marker are those of a full
/// segmentation. The sentences and tokens of a block depend on nothing but its content range,
/// the abbreviation lexicon and ICU's word boundaries inside it (the tokeniser and the sentence
/// splitter read no code unit outside the content range). ICU always breaks after and before a
/// line break and finds each boundary reading forward from the one before, so the word
/// boundaries on a stretch of whole lines depend only on the text of those lines. A block of the
/// new text whose lines are the same as the lines of an earlier block, with the same parser
/// output relative to them, therefore has the earlier block's sentences and tokens, moved by the
/// distance between them. The other blocks are tokenised on the lines they stand on, with the
/// raw blocks of the full parse.
struct SegmentationCache: Sendable {
  /// The normalised text.
  fileprivate let units: [UInt16]
  /// The block parser's blocks of the text, in text order.
  fileprivate let raw: [BlockParser.RawBlock]
  /// For each raw block, the lines it stands on: from the start of its first line to the end
  /// of its last line (without the line break).
  fileprivate let lines: [Range<Int>]
  /// For each raw block, its segmented block (nil: it held no token and is left out).
  fileprivate let blocks: [Block?]
  /// A raw block index for each fingerprint of lines and raw block (`fingerprint(_:_:)`).
  fileprivate let index: [UInt64: Int]
  /// How many raw blocks were taken over from the cache this one was made with.
  let reusedBlocks: Int
}

extension Segmenter {
  /// Segments `text` (normalised as `segment(_:)` does) and keeps what a later call needs to
  /// take blocks over. With `cache`, the segmentation of the text it was made from, blocks that
  /// stand on the same lines as a block there take over its sentences and tokens. The document
  /// is always equal to `segment(text)`.
  func segment(_ text: String, reusing cache: SegmentationCache?) -> (
    Document, SegmentationCache
  ) {
    let units = normalizedUnits(text)
    return units.withUnsafeBufferPointer { buffer in
      let raw = buffer.isEmpty ? [] : BlockParser(text: buffer).parse()
      let lines = raw.map { Self.lines(of: $0, in: buffer) }
      var blocks = [Block?](repeating: nil, count: raw.count)
      var segmented = [Bool](repeating: false, count: raw.count)
      var fingerprints = [UInt64](repeating: 0, count: raw.count)
      // The segmenter finds each block's word boundaries after the last block's: blocks are
      // only taken over when the parser's blocks follow one another.
      var reused = 0
      let ordered = zip(raw, raw.dropFirst()).allSatisfy { $0.end <= $1.start }
      for (n, block) in raw.enumerated() {
        fingerprints[n] = Self.fingerprint(block, lines[n], in: buffer)
        guard ordered, let cache, let earlier = cache.index[fingerprints[n]],
          let shift = Self.sameLines(n, raw, lines, buffer, as: earlier, in: cache)
        else { continue }
        blocks[n] = cache.blocks[earlier].map { Self.moved($0, by: shift, to: block) }
        segmented[n] = true
        reused += 1
      }
      // The other blocks, in runs of neighbours, on the lines they stand on.
      var n = 0
      while n < raw.count {
        guard !segmented[n] else {
          n += 1
          continue
        }
        var end = n + 1
        while end < raw.count && !segmented[end] { end += 1 }
        let start = lines[n..<end].map(\.lowerBound).min() ?? lines[n].lowerBound
        let stop = lines[n..<end].map(\.upperBound).max() ?? lines[n].upperBound
        let run = raw[n..<end].map { Self.moved($0, by: -start) }
        let found = parseBlocks(
          in: UnsafeBufferPointer(rebasing: buffer[start..<stop]), offset: start, rawBlocks: run)
        // `parseBlocks` leaves out the raw blocks without tokens; the others keep their order.
        var next = 0
        for k in n..<end
        where next < found.count && found[next].range == TextRange(raw[k].start, raw[k].end) {
          blocks[k] = found[next]
          next += 1
        }
        n = end
      }
      var index: [UInt64: Int] = [:]
      index.reserveCapacity(raw.count)
      for (n, fingerprint) in fingerprints.enumerated() where index[fingerprint] == nil {
        index[fingerprint] = n
      }
      let document = Document(text: String(utf16Units: buffer), blocks: blocks.compactMap { $0 })
      return (
        document,
        SegmentationCache(
          units: units, raw: raw, lines: lines, blocks: blocks, index: index,
          reusedBlocks: reused)
      )
    }
  }

  /// The lines `block` stands on.
  private static func lines(of block: BlockParser.RawBlock, in text: UnsafeBufferPointer<UInt16>)
    -> Range<Int>
  {
    var start = block.start
    while start > 0 && text[start - 1] != UTF16Char.newline { start -= 1 }
    var end = block.end
    while end < text.count && text[end] != UTF16Char.newline { end += 1 }
    return start..<end
  }

  /// A hash (FNV-1a) of the text of `lines` and of where `block` lies in them.
  private static func fingerprint(
    _ block: BlockParser.RawBlock, _ lines: Range<Int>, in text: UnsafeBufferPointer<UInt16>
  ) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ value: Int) {
      hash = (hash ^ UInt64(truncatingIfNeeded: value)) &* 0x100_0000_01b3
    }
    for k in lines { mix(Int(text[k])) }
    mix(block.start - lines.lowerBound)
    mix(block.end - lines.lowerBound)
    return hash
  }

  /// The distance from the earlier block to block `n` when both stand on lines of the same text
  /// and the parser gave both the same kind, level, marker and ranges relative to their lines;
  /// nil otherwise.
  private static func sameLines(
    _ n: Int, _ raw: [BlockParser.RawBlock], _ lines: [Range<Int>],
    _ text: UnsafeBufferPointer<UInt16>, as earlier: Int, in cache: SegmentationCache
  ) -> Int? {
    let (a, b) = (raw[n], cache.raw[earlier])
    let (aLines, bLines) = (lines[n], cache.lines[earlier])
    let shift = aLines.lowerBound - bLines.lowerBound
    guard a.kind == b.kind, a.level == b.level, a.marker == b.marker,
      a.start == b.start + shift, a.end == b.end + shift,
      a.contentStart == b.contentStart + shift, a.contentEnd == b.contentEnd + shift,
      aLines.count == bLines.count
    else { return nil }
    let same = cache.units.withUnsafeBufferPointer { old in
      UnsafeBufferPointer(rebasing: text[aLines]).elementsEqual(
        UnsafeBufferPointer(rebasing: old[bLines]))
    }
    return same ? shift : nil
  }

  /// `block` moved by `shift` code units, with the parser's data of `raw` (the same values).
  private static func moved(_ block: Block, by shift: Int, to raw: BlockParser.RawBlock) -> Block {
    guard shift != 0 else { return block }
    return Block(
      kind: raw.kind, range: TextRange(raw.start, raw.end), level: raw.level, marker: raw.marker,
      sentences: block.sentences.map { sentence in
        Sentence(
          range: TextRange(sentence.range.start + shift, sentence.range.end + shift),
          tokens: sentence.tokens.map {
            Token(
              text: $0.text, range: TextRange($0.range.start + shift, $0.range.end + shift),
              kind: $0.kind)
          })
      })
  }

  /// `raw` with its offsets moved by `shift`.
  private static func moved(_ raw: BlockParser.RawBlock, by shift: Int) -> BlockParser.RawBlock {
    var moved = raw
    moved.start += shift
    moved.end += shift
    moved.contentStart += shift
    moved.contentEnd += shift
    return moved
  }
}
