/// Small helpers that rewriting rules share: sentence starts, capitalisation, fact spans.
enum RewriteSupport {
  /// Whether token `i` is the first word of its sentence (only opening punctuation, list
  /// markers or quotes before it).
  static func isSentenceStart(_ sentence: AnalyzedSentence, _ i: Int) -> Bool {
    let tokens = sentence.tokens
    for k in 0..<i {
      let token = tokens[k]
      if token.kind == .punctuation
        && ["„", "\"", "(", "-", "–", "•", "*", "‚", "»", "«"].contains(token.text)
      {
        continue
      }
      return false
    }
    return true
  }

  /// `text` with its first letter in upper case.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// `text` capitalised when it replaces the sentence's first word.
  static func atSentenceStart(_ text: String, _ sentence: AnalyzedSentence, _ i: Int) -> String {
    isSentenceStart(sentence, i) ? capitalized(text) : text
  }

  /// The token index at `offset` (a token's start), or nil.
  static func tokenIndex(startingAt offset: Int, in sentence: AnalyzedSentence) -> Int? {
    let tokens = sentence.tokens
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].range.start < offset { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low].range.start == offset ? low : nil
  }

  /// The sentence of the document that contains `range`.
  static func sentence(containing range: TextRange, in context: Context) -> AnalyzedSentence? {
    let sentences = context.document.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let mid = (low + high) / 2
      if sentences[mid].range.end <= range.start { low = mid + 1 } else { high = mid }
    }
    guard low < sentences.count, sentences[low].range.start <= range.start,
      range.end <= sentences[low].range.end
    else { return nil }
    return sentences[low]
  }

  /// Whether `range` lies inside a fact of one of `kinds` in its sentence.
  static func isInside(_ range: TextRange, _ kinds: Set<Fact.Kind>, of sentence: AnalyzedSentence)
    -> Bool
  {
    guard kinds.contains(where: { FactScanner.mayHold($0, in: sentence.tokens) }) else {
      return false
    }
    return sentence.facts.contains {
      kinds.contains($0.kind) && $0.range.start <= range.start && range.end <= $0.range.end
    }
  }
}
