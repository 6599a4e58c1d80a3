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
  /// The static tables below, read once here: a static is checked for initialisation on every
  /// access, and the splitter asks for them at almost every token.
  let functionWords = SentenceSplitter.capitalisedFunctionWords
  let longestFunctionWord = SentenceSplitter.longestFunctionWord

  /// What the splitter remembers of the tokens seen so far in a block.
  struct State {
    var previous: Mark? = nil
    /// The text of `previous` when it is an abbreviation (the one token whose text is read).
    var previousAbbreviation: String? = nil
    /// The last sentence-final punctuation mark, if only closing quotes or brackets followed it.
    var terminal: Mark? = nil
    /// The token before `terminal`.
    var beforeTerminal: Mark? = nil
    /// The token before `previous`, which becomes `beforeTerminal` when `previous` is terminal.
    var beforeTerminalCandidate: Mark? = nil
    var openQuotes = 0
  }

  /// The kind and range of a token seen earlier: all the splitter reads of it (its text is in
  /// `text`), kept without the token's string.
  struct Mark {
    let kind: Token.Kind
    let range: TextRange

    init(_ token: Token) {
      kind = token.kind
      range = token.range
    }
  }

  /// Whether a new sentence starts at `next`, given the tokens before it (fed one by one).
  func startsSentence(at next: Token, after state: inout State) -> Bool {
    defer {
      state.previous = Mark(next)
      state.previousAbbreviation = next.kind == .abbreviation ? next.text : nil
    }
    guard let previous = state.previous else { return false }
    state.openQuotes += quoteBalance(previous)
    if previous.kind == .punctuation && UTF16Char.isTerminal(lastUnit(previous)) {
      state.beforeTerminal = state.beforeTerminalCandidate
      state.terminal = previous
    } else if !(previous.kind == .punctuation && isCloser(previous)) {
      state.terminal = nil
    }
    state.beforeTerminalCandidate = previous
    guard next.range.start > previous.range.end else { return false }
    if let terminal = state.terminal {
      if isEllipsis(terminal) {
        // An ellipsis inside an open quotation does not end the sentence.
        return startsUpper(next) && state.openQuotes <= 0
      }
      return startsSentence(next) && !isNumberAfterNumber(next, terminal, state.beforeTerminal)
    }
    // `usw. Die …` ends a sentence; `s. o. Nr. 3` does not: another abbreviation, a number or a
    // citation after it continues the sentence.
    if previous.kind == .abbreviation, next.kind == .word, startsUpper(next),
      let text = state.previousAbbreviation, let entry = abbreviations.entry(for: text),
      entry.canEndSentence
    {
      return true
    }
    return isLowerCaseWord(previous) && isSentenceInitialFunctionWord(next)
  }

  /// Indices into `tokens` at which a new sentence starts (excluding 0).
  func sentenceStarts(_ tokens: [Token]) -> [Int] {
    var state = State()
    return tokens.indices.filter { startsSentence(at: tokens[$0], after: &state) }
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
  private func isNumberAfterNumber(_ next: Token, _ terminal: Mark, _ before: Mark?) -> Bool {
    guard next.kind == .number || next.kind == .date, let before else { return false }
    return (before.kind == .number || before.kind == .date)
      && terminal.range.start == before.range.end
  }

  /// +1 for an opening quotation mark, -1 for a closing one.
  @inline(__always)
  private func quoteBalance(_ token: Mark) -> Int {
    guard token.kind == .punctuation, token.range.length == 1 else { return 0 }
    switch text[token.range.start - offset] {
    case 0x201E, 0xBB: return 1  // „ »
    case 0x201C, 0xAB: return -1  // “ «
    default: return 0
    }
  }

  @inline(__always)
  private func isLowerCaseWord(_ token: Mark) -> Bool {
    token.kind == .word && token.range.length >= 2
      && UTF16Char.isLower(text[token.range.start - offset])
      && UTF16Char.isLetter(text[token.range.end - offset - 1])
  }

  @inline(__always)
  private func isSentenceInitialFunctionWord(_ token: Token) -> Bool {
    guard token.kind == .word, token.range.length <= longestFunctionWord,
      UTF16Char.isUpper(text[token.range.start - offset])
    else { return false }
    // A word token whose code units are all plain Latin-1 reads as written (joins and cleaning
    // happen only at blanks, soft hyphens and U+2010), so its units can be looked up directly.
    let words = functionWords
    return words.contains(
      text, token.range.start - offset, token.range.end - offset, lowercasing: false)
      ?? words.set.contains(token.text)
  }

  static let longestFunctionWord = GermanClosedClasses.sentenceInitialFunctionWords.map(
    \.utf16.count
  ).max()!

  /// `Der`, `Doch`, `Im`, …: the function words as they are written at a sentence start.
  static let capitalisedFunctionWords = Latin1WordSet(
    Set(
      GermanClosedClasses.sentenceInitialFunctionWords.map {
        $0.prefix(1).uppercased() + $0.dropFirst()
      }))

  @inline(__always)
  private func isCloser(_ token: Mark) -> Bool {
    token.range.length == 1 && UTF16Char.isCloser(text[token.range.start - offset])
  }

  private func isEllipsis(_ token: Mark) -> Bool {
    token.kind == .punctuation
      && (text[token.range.start - offset] == 0x2026 || token.range.length >= 3)
  }

  /// The last code unit of a token.
  @inline(__always)
  private func lastUnit(_ token: Mark) -> UInt16 { text[token.range.end - offset - 1] }

  private func startsUpper(_ token: Token) -> Bool {
    let c = text[token.range.start - offset]
    return UTF16Char.isUpper(c) || UTF16Char.isDigit(c) || c == 0x201E || c == 0x22 || c == 0xBB
      || c == 0x28
  }
}
