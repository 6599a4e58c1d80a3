/// Looks up the grammatical traits of every token and finds clauses: the shared, cheap analysis
/// the rules read (no tagger). Build one per lexicon and reuse it; it is immutable and `Sendable`.
public struct Analyzer: Sendable {
  /// Traits and lemma of one word form.
  public struct Entry: Sendable {
    public var traits: WordTraits
    public var lemma: String?
  }

  public let lexicon: Lexicon
  /// Entries by exact spelling; closed-class words and verb forms in lower case, nouns capitalised.
  let table: [String: Entry]
  /// Extra word data of the rules (`Lexicons/funktionsverben.tsv`, …), loaded by `RuleData`.
  public let ruleData: RuleData

  public init(lexicon: Lexicon, ruleData: RuleData = .empty) {
    self.lexicon = lexicon
    self.ruleData = ruleData
    self.table = VerbMorphology.buildTable(lemmas: lexicon.lemmas)
  }

  /// The entry of a spelling, or an empty entry for an unknown word.
  public func entry(_ form: String) -> Entry {
    table[form] ?? Entry(traits: [], lemma: nil)
  }

  /// Analyses every sentence of a document.
  public func analyze(_ document: Document) -> AnalyzedDocument {
    var sentences: [AnalyzedSentence] = []
    for (blockIndex, block) in document.blocks.enumerated() {
      for sentence in block.sentences {
        sentences.append(
          analyze(sentence, index: sentences.count, blockIndex: blockIndex, blockKind: block.kind))
      }
    }
    return AnalyzedDocument(document: document, sentences: sentences)
  }

  /// Analyses one sentence: per-token traits and lemmas, then clauses.
  public func analyze(
    _ sentence: Sentence, index: Int = 0, blockIndex: Int = 0, blockKind: Block.Kind = .paragraph
  ) -> AnalyzedSentence {
    let tokens = sentence.tokens
    var traits = [WordTraits](repeating: [], count: tokens.count)
    var lemmas = [String?](repeating: nil, count: tokens.count)
    var seenWord = false
    for (i, token) in tokens.enumerated() {
      switch token.kind {
      case .word:
        let capitalized = Analyzer.startsUppercase(token.text)
        var entry = table[token.text]
        var own: WordTraits = [.word]
        if capitalized { own.insert(.capitalized) }
        if !seenWord {
          own.insert(.sentenceInitial)
          if capitalized, let lower = table[token.text.lowercased()] {
            entry = lower
          }
        }
        seenWord = true
        traits[i] = own.union(entry?.traits ?? [])
        lemmas[i] = entry?.lemma
      case .punctuation:
        let text = token.text
        if text == "," {
          traits[i] = [.clauseBreak, .comma]
        } else if GermanGrammar.clausePunctuation.contains(text) {
          traits[i] = .clauseBreak
        }
      case .abbreviation:
        seenWord = true
      default:
        seenWord = true
      }
    }
    let clauses = ClauseSplitter.clauses(tokens: tokens, traits: traits)
    return AnalyzedSentence(
      sentence: sentence, index: index, blockIndex: blockIndex, blockKind: blockKind,
      traits: traits, lemmas: lemmas, clauses: clauses)
  }

  @inline(__always)
  static func startsUppercase(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    if first < 0x80 { return first >= 0x41 && first <= 0x5A }
    return text.unicodeScalars.first?.properties.isUppercase ?? false
  }
}

/// A document with its analysed sentences.
public struct AnalyzedDocument: Sendable {
  public let document: Document
  public let sentences: [AnalyzedSentence]

  public var blocks: [Block] { document.blocks }
  public var text: String { document.text }
  /// Number of word-like tokens.
  public var wordCount: Int { sentences.reduce(0) { $0 + $1.sentence.wordCount } }
}

/// A sentence with per-token traits, lemmas and clauses. A class, so that the rules share one
/// immutable instance instead of copying its arrays.
public final class AnalyzedSentence: Sendable {
  public let sentence: Sentence
  /// Position of the sentence in the document.
  public let index: Int
  public let blockIndex: Int
  public let blockKind: Block.Kind
  /// Traits of each token (same indices as `tokens`).
  public let traits: [WordTraits]
  /// Lemma of each token when the lemma table knows it.
  public let lemmas: [String?]
  public let clauses: [Clause]

  init(
    sentence: Sentence, index: Int, blockIndex: Int, blockKind: Block.Kind, traits: [WordTraits],
    lemmas: [String?], clauses: [Clause]
  ) {
    self.sentence = sentence
    self.index = index
    self.blockIndex = blockIndex
    self.blockKind = blockKind
    self.traits = traits
    self.lemmas = lemmas
    self.clauses = clauses
  }

  public var tokens: [Token] { sentence.tokens }
  public var range: TextRange { sentence.range }

  /// The range from token `first` through token `last`.
  public func range(_ first: Int, _ last: Int) -> TextRange {
    TextRange(sentence.tokens[first].range.start, sentence.tokens[last].range.end)
  }

  /// True when token `i` is probably a noun or name: capitalised inside the sentence (or a known
  /// noun at its start) and not a polite pronoun.
  public func isNounLike(_ i: Int) -> Bool {
    let t = traits[i]
    guard t.contains(.word), t.contains(.capitalized) else { return false }
    if t.contains(.politeAddress) { return false }
    if t.contains(.sentenceInitial) { return t.contains(.noun) }
    return true
  }

  /// The clause that contains token `i`.
  public func clause(containing i: Int) -> Clause? {
    clauses.first { $0.tokens.contains(i) }
  }
}
