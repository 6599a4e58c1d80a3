/// Decides where sentences end inside a block, from the block's tokens.
///
/// A sentence may end after `.`, `!`, `?` or `…` (and any closing quotes or brackets) where
/// whitespace and a token that does not start with a lower-case letter follow: the rules of
/// Unicode's sentence segmentation (UAX #29, SB8–SB11) restated on tokens, which already carry
/// ICU's word boundaries. (Running ICU's sentence iterator as well cost 15 % of the segmenter's
/// time and gave the same candidates.) A candidate survives unless the final dot belongs to an
/// abbreviation (kept only for those that may end a sentence, before a capital) or an ordinal.
/// Two further rules find sentence ends that punctuation alone misses: a capitalised function
/// word after a lower-case word (`… angeregt Doch …`, a headline without its full stop), and a
/// number after a full stop (`gestellt. 2026 sollen`).
struct SentenceSplitter {
  let text: UnsafeBufferPointer<UInt16>
  let abbreviations: Abbreviations
  /// Token ranges are `offset` code units past positions in `text`.
  let offset: Int

  /// Indices into `tokens` at which a new sentence starts (excluding 0).
  func sentenceStarts(_ tokens: [Token]) -> [Int] {
    guard tokens.count > 1 else { return [] }
    var starts: [Int] = []
    var openQuotes = 0
    var lastTerminal = -1  // index of the last sentence-final punctuation before closers
    for k in 1..<tokens.count {
      let previous = tokens[k - 1]
      openQuotes += quoteBalance(previous)
      if previous.kind == .punctuation && UTF16Char.isTerminal(lastUnit(previous)) {
        lastTerminal = k - 1
      } else if !(previous.kind == .punctuation && isCloser(previous)) {
        lastTerminal = -1
      }
      guard tokens[k].range.start > previous.range.end else { continue }
      let next = tokens[k]
      if lastTerminal >= 0 {
        if isEllipsis(tokens[lastTerminal]) {
          // An ellipsis inside an open quotation does not end the sentence.
          if startsUpper(next) && openQuotes <= 0 { starts.append(k) }
        } else if startsSentence(next) && keepsBoundary(tokens, terminal: lastTerminal, next: k) {
          starts.append(k)
        }
        continue
      }
      if previous.kind == .abbreviation, startsUpper(next),
        let entry = abbreviations.entry(for: previous.text), entry.canEndSentence
      {
        starts.append(k)
        continue
      }
      if isLowerCaseWord(previous) && isSentenceInitialFunctionWord(next) { starts.append(k) }
    }
    return starts
  }

  /// Whether `token` can open a sentence after a full stop: not lower case, not closing
  /// punctuation.
  private func startsSentence(_ token: Token) -> Bool {
    let c = text[token.range.start - offset]
    if UTF16Char.isLower(c) { return false }
    switch c {
    case 0x2C, 0x3B, 0x3A, 0x2E, 0x29, 0x5D, 0x201C, 0xAB: return false  // , ; : . ) ] “ «
    default: return true
    }
  }

  /// A number after `gestellt.` starts a sentence; after a number (`31.12. 2026`) it does not.
  private func keepsBoundary(_ tokens: [Token], terminal t: Int, next k: Int) -> Bool {
    let kind = tokens[k].kind
    if (kind == .number || kind == .date) && t >= 1
      && (tokens[t - 1].kind == .number || tokens[t - 1].kind == .date) && tokens[t].range.start == tokens[t - 1].range.end
    {
      return false
    }
    return true
  }

  /// +1 for an opening quotation mark, -1 for a closing one.
  private func quoteBalance(_ token: Token) -> Int {
    guard token.kind == .punctuation, token.range.length == 1 else { return 0 }
    switch text[token.range.start - offset] {
    case 0x201E, 0xBB: return 1  // „ »
    case 0x201C, 0xAB: return -1  // “ «
    default: return 0
    }
  }

  private func isLowerCaseWord(_ token: Token) -> Bool {
    token.kind == .word && token.range.length >= 2
      && UTF16Char.isLower(text[token.range.start - offset])
      && UTF16Char.isLetter(text[token.range.end - offset - 1])
  }

  private func isSentenceInitialFunctionWord(_ token: Token) -> Bool {
    guard token.kind == .word, token.range.length <= SentenceSplitter.longestFunctionWord,
      UTF16Char.isUpper(text[token.range.start - offset])
    else { return false }
    return SentenceSplitter.capitalisedFunctionWords.contains(token.text)
  }

  static let longestFunctionWord = GermanClosedClasses.sentenceInitialFunctionWords.map(\.utf16.count).max()!

  /// `Der`, `Doch`, `Im`, …: the function words as they are written at a sentence start.
  static let capitalisedFunctionWords = Set(
    GermanClosedClasses.sentenceInitialFunctionWords.map { $0.prefix(1).uppercased() + $0.dropFirst() })

  private func isCloser(_ token: Token) -> Bool {
    token.range.length == 1 && UTF16Char.isCloser(text[token.range.start - offset])
  }

  private func isEllipsis(_ token: Token) -> Bool {
    token.kind == .punctuation
      && (text[token.range.start - offset] == 0x2026 || token.range.length >= 3)
  }

  /// The last code unit of a token.
  private func lastUnit(_ token: Token) -> UInt16 { text[token.range.end - offset - 1] }

  private func startsUpper(_ token: Token) -> Bool {
    let c = text[token.range.start - offset]
    return UTF16Char.isUpper(c) || UTF16Char.isDigit(c) || c == 0x201E || c == 0x22 || c == 0xBB
      || c == 0x28
  }
}
