import Foundation

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
  let table: WordTable
  /// The basic vocabulary (`lexicon.basicVocabulary`) for per-token lookups of the rules.
  let basicWords: ByteWordTable<Bool>
  /// `ruleData.functionVerbs` for per-token lookups.
  let functionVerbs: ByteWordTable<[RuleData.FunctionVerb]>
  /// Extra word data of the rules (`Lexicons/funktionsverben.tsv`, …), loaded by `RuleData`.
  public let ruleData: RuleData

  public init(lexicon: Lexicon, ruleData: RuleData = .empty) {
    self.lexicon = lexicon
    self.ruleData = ruleData
    self.table = VerbMorphology.buildTable(lemmas: lexicon.lemmas)
    self.basicWords = ByteWordTable(
      Dictionary(uniqueKeysWithValues: lexicon.basicVocabulary.map { ($0, true) }))
    self.functionVerbs = ByteWordTable(ruleData.functionVerbs)
  }

  /// The entry of a spelling, or an empty entry for an unknown word.
  public func entry(_ form: String) -> Entry {
    table[form] ?? Entry(traits: [], lemma: nil)
  }

  /// Analyses every sentence of a document.
  public func analyze(_ document: Document) -> AnalyzedDocument {
    var sentences: [AnalyzedSentence] = []
    var memo = EntryMemo()
    for (blockIndex, block) in document.blocks.enumerated() {
      for sentence in block.sentences {
        sentences.append(
          analyze(
            sentence, index: sentences.count, blockIndex: blockIndex, blockKind: block.kind,
            memo: &memo))
      }
    }
    return AnalyzedDocument(document: document, sentences: sentences)
  }

  /// Analyses one sentence: per-token traits and lemmas, then clauses.
  public func analyze(
    _ sentence: Sentence, index: Int = 0, blockIndex: Int = 0, blockKind: Block.Kind = .paragraph
  ) -> AnalyzedSentence {
    var memo = EntryMemo()
    return analyze(
      sentence, index: index, blockIndex: blockIndex, blockKind: blockKind, memo: &memo)
  }

  /// The entries of the word forms seen so far in one document: `table` derives an entry with
  /// several lookups, and a text repeats most of its words. Only forms of ASCII and Latin-1
  /// characters are kept (two such strings are equal exactly when their bytes are, so the
  /// memo's `String` keys cannot merge spellings that the table tells apart).
  struct EntryMemo {
    var entries = ByteWordMemo<Entry?>(capacity: 1024)
  }

  @inline(__always)
  func entry(_ form: String, _ memo: inout EntryMemo) -> Entry? {
    let known = ByteText.withBytes(form) { bytes -> Entry?? in
      guard ByteWordTable<Bool>.isLatin1(bytes) else { return .none }
      return .some(memo.entries.value(bytes) { table[form] })
    }
    if let known { return known }
    return table[form]
  }

  func analyze(
    _ sentence: Sentence, index: Int, blockIndex: Int, blockKind: Block.Kind,
    memo: inout EntryMemo
  ) -> AnalyzedSentence {
    let tokens = sentence.tokens
    // Filled by appending, one value per token: cheaper than arrays made with `repeating:`.
    var traits: [WordTraits] = []
    var lemmas: [String?] = []
    traits.reserveCapacity(tokens.count)
    lemmas.reserveCapacity(tokens.count)
    var seenWord = false
    var summary = SentenceSummary()
    for i in tokens.indices {
      summary.add(tokens[i])
      switch tokens[i].kind {
      case .word:
        let text = tokens[i].text
        let capitalized = Analyzer.startsUppercase(text)
        var entry = self.entry(text, &memo)
        var own: WordTraits = [.word]
        if capitalized { own.insert(.capitalized) }
        if !seenWord {
          own.insert(.sentenceInitial)
          if capitalized, let lower = self.entry(text.lowercased(), &memo) {
            entry = lower
          }
        }
        seenWord = true
        traits.append(own.union(entry?.traits ?? []))
        lemmas.append(entry?.lemma)
      case .punctuation:
        traits.append(Self.punctuationTraits(tokens[i].text))
        lemmas.append(nil)
      default:
        seenWord = true
        traits.append([])
        lemmas.append(nil)
      }
    }
    for t in traits { summary.traits.formUnion(t) }
    let clauses = ClauseSplitter.clauses(tokens: tokens, traits: traits)
    return AnalyzedSentence(
      sentence: sentence, index: index, blockIndex: blockIndex, blockKind: blockKind,
      traits: traits, lemmas: lemmas, clauses: clauses, summary: summary)
  }

  /// The traits of a punctuation token: `,` is a comma and a clause break, the marks of
  /// `GermanGrammar.clausePunctuation` are clause breaks. One ASCII character is looked up in a
  /// bit set (no other string is canonically equivalent to one of those marks), other ASCII
  /// text is none of them, and everything else goes to the set itself.
  @inline(__always)
  static func punctuationTraits(_ text: String) -> WordTraits {
    let ascii = ByteText.withBytes(text) { bytes -> WordTraits? in
      guard bytes.count == 1 else { return bytes.allSatisfy { $0 < 0x80 } ? [] : nil }
      let byte = bytes[0]
      guard byte < 0x80 else { return nil }
      if byte == 0x2C { return [.clauseBreak, .comma] }
      let word = byte < 64 ? asciiClauseBreaks.low : asciiClauseBreaks.high
      return word & (1 << UInt64(byte & 63)) != 0 ? .clauseBreak : []
    }
    if let ascii { return ascii }
    return GermanGrammar.clausePunctuation.contains(text) ? .clauseBreak : []
  }

  /// The one-character ASCII members of `GermanGrammar.clausePunctuation` as a 128-bit set.
  static let asciiClauseBreaks: (low: UInt64, high: UInt64) = {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for mark in GermanGrammar.clausePunctuation {
      let bytes = Array(mark.utf8)
      guard bytes.count == 1, bytes[0] < 0x80 else { continue }
      if bytes[0] < 64 { low |= 1 << UInt64(bytes[0]) } else { high |= 1 << UInt64(bytes[0] - 64) }
    }
    return (low, high)
  }()

  @inline(__always)
  static func startsUppercase(_ text: String) -> Bool {
    guard let first = ByteText.firstByte(text) else { return false }
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
  public var wordCount: Int { sentences.reduce(0) { $0 + $1.wordCount } }
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
  /// What kinds of tokens and characters the sentence has, so that rules can skip it cheaply.
  public let summary: SentenceSummary
  /// Number of word-like tokens (`Sentence.wordCount`, counted once).
  public var wordCount: Int { summary.wordCount }
  private let factCache = FactCache()

  /// The facts of the sentence (`FactExtractor().facts(in: sentence)`), extracted once on first
  /// use: several rules and the simplifier ask for them.
  public var facts: [Fact] { factCache.facts { FactExtractor().facts(in: sentence) } }

  /// The ranges of the legal citations among `facts`, in text order. Taken from `facts` when
  /// they are known; otherwise only the citations are looked for (`FactScanner.lawRanges`),
  /// once, as `check` needs nothing else from most sentences.
  var lawRanges: [TextRange] {
    factCache.lawRanges {
      FactScanner.mayHold(.law, in: sentence.tokens)
        ? FactScanner.lawRanges(in: sentence.tokens) : []
    }
  }

  /// Whether `range` lies inside a legal citation of the sentence.
  func isInsideLaw(_ range: TextRange) -> Bool {
    lawRanges.contains { $0.start <= range.start && range.end <= $0.end }
  }

  /// Takes the facts of `earlier` when they are known and this sentence has the same tokens,
  /// only moved: facts depend on the tokens' texts, kinds and relative positions alone, so they
  /// are the earlier facts moved by the same distance (the simplifier's later passes).
  func reuseFacts(of earlier: AnalyzedSentence) {
    guard let known = earlier.factCache.known,
      let shift = sentence.shift(from: earlier.sentence)
    else { return }
    factCache.seed(
      known.map {
        Fact(
          kind: $0.kind, text: $0.text, key: $0.key,
          range: TextRange($0.range.start + shift, $0.range.end + shift))
      })
  }

  init(
    sentence: Sentence, index: Int, blockIndex: Int, blockKind: Block.Kind, traits: [WordTraits],
    lemmas: [String?], clauses: [Clause], summary: SentenceSummary
  ) {
    self.summary = summary
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

/// A summary of one sentence's tokens, built in the analyser's single pass: the token kinds, the
/// first bytes of all tokens and a few spellings inside words. Rules test it to skip sentences
/// that cannot contain what they look for; it never decides a finding.
public struct SentenceSummary: Sendable {
  /// One bit per `Token.Kind` (`bit(_:)`).
  public private(set) var kinds: UInt32 = 0
  /// First UTF-8 byte of every token, as a 256-bit set.
  var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// Some word contains `*`, `_`, `/` or `:`.
  public private(set) var wordHasGenderMark = false
  /// Some word contains `/`.
  public private(set) var wordHasSlash = false
  /// Some word ends in `In` or `Innen`.
  public private(set) var wordEndsInIn = false
  /// Some word is 1 to 8 bytes of `IVXLCDM` only.
  public private(set) var wordMayBeRoman = false
  /// The union of the traits of all tokens.
  public internal(set) var traits: WordTraits = []
  /// Word-like tokens (`Token.isWordLike`).
  public private(set) var wordCount = 0

  public init() {}

  static func bit(_ kind: Token.Kind) -> UInt32 {
    switch kind {
    case .word: 1 << 0
    case .number: 1 << 1
    case .ordinal: 1 << 2
    case .date: 1 << 3
    case .time: 1 << 4
    case .money: 1 << 5
    case .percent: 1 << 6
    case .section: 1 << 7
    case .abbreviation: 1 << 8
    case .url: 1 << 9
    case .email: 1 << 10
    case .punctuation: 1 << 11
    case .symbol: 1 << 12
    }
  }

  public func has(_ kind: Token.Kind) -> Bool { kinds & Self.bit(kind) != 0 }

  /// True when some token starts with `byte`.
  public func hasFirstByte(_ byte: UInt8) -> Bool {
    let word: UInt64
    switch byte >> 6 {
    case 0: word = firstBytes.0
    case 1: word = firstBytes.1
    case 2: word = firstBytes.2
    default: word = firstBytes.3
    }
    return word & (1 << UInt64(byte & 63)) != 0
  }

  mutating func add(_ token: Token) {
    kinds |= Self.bit(token.kind)
    if token.isWordLike { wordCount += 1 }
    ByteText.withBytes(token.text) { bytes in
      guard let first = bytes.first else { return }
      let mask: UInt64 = 1 << UInt64(first & 63)
      switch first >> 6 {
      case 0: firstBytes.0 |= mask
      case 1: firstBytes.1 |= mask
      case 2: firstBytes.2 |= mask
      default: firstBytes.3 |= mask
      }
      guard token.kind == .word else { return }
      var roman = bytes.count <= 8
      for b in bytes {
        if b == 0x2A || b == 0x5F || b == 0x2F || b == 0x3A {
          wordHasGenderMark = true
          if b == 0x2F { wordHasSlash = true }
        }
        if roman && RomanNumeralRule.digitValue(b) == 0 { roman = false }
      }
      if roman { wordMayBeRoman = true }
      if Self.endsInIn(bytes) { wordEndsInIn = true }
    }
  }

  /// True when the word ends in `In` or `Innen` (compared byte by byte: this runs per token).
  @inline(__always)
  static func endsInIn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    if n >= 2 && bytes[n - 2] == 0x49 && bytes[n - 1] == 0x6E { return true }  // In
    return n >= 5 && bytes[n - 5] == 0x49 && bytes[n - 4] == 0x6E && bytes[n - 3] == 0x6E
      && bytes[n - 2] == 0x65 && bytes[n - 1] == 0x6E  // Innen
  }
}

/// The lazily extracted facts of one analysed sentence. A lock guards the single write, so an
/// `AnalyzedSentence` stays safe to share between tasks.
private final class FactCache: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Fact]?

  /// The facts if they were extracted already.
  var known: [Fact]? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  /// Sets the facts unless they are known already.
  func seed(_ facts: [Fact]) {
    lock.lock()
    defer { lock.unlock() }
    if stored == nil { stored = facts }
  }

  func facts(_ extract: () -> [Fact]) -> [Fact] {
    lock.lock()
    defer { lock.unlock() }
    if let stored { return stored }
    let facts = extract()
    stored = facts
    return facts
  }

  private var storedLawRanges: [TextRange]?

  /// The ranges of the `.law` facts: from the facts when they are known, else from `extract`
  /// (which must find the same), kept.
  func lawRanges(_ extract: () -> [TextRange]) -> [TextRange] {
    lock.lock()
    defer { lock.unlock() }
    if let storedLawRanges { return storedLawRanges }
    let ranges = stored.map { $0.filter { $0.kind == .law }.map(\.range) } ?? extract()
    storedLawRanges = ranges
    return ranges
  }
}

extension Sentence {
  /// The distance this sentence lies from `earlier` when both have the same tokens (texts,
  /// kinds and lengths) at the same relative places, only moved; nil otherwise.
  func shift(from earlier: Sentence) -> Int? {
    guard tokens.count == earlier.tokens.count else { return nil }
    let shift = range.start - earlier.range.start
    for (a, b) in zip(tokens, earlier.tokens) {
      guard a.kind == b.kind, a.range.start == b.range.start + shift,
        a.range.end == b.range.end + shift, a.text == b.text
      else { return nil }
    }
    return shift
  }
}
