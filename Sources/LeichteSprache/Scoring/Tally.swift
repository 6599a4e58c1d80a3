/// The raw counts of one sentence (or of several sentences added together): everything the
/// formulas and the LS-Index features need. Sums only, so tallies add up.
public struct SentenceTally: Hashable, Sendable, Codable {
  public var sentences = 0
  /// Sentence units for RIX: sentences plus inner `;` and `:` breaks.
  public var sentenceUnits = 0
  public var words = 0
  public var syllables = 0
  /// Words with more than 6 letters.
  public var longWords = 0
  /// Words with 3 or more syllables.
  public var polysyllabicWords = 0
  /// Words with exactly 1 syllable.
  public var monosyllabicWords = 0
  public var letters = 0
  /// The longest word in letters.
  public var maxLetters = 0
  /// Words of kind `.word` (letters, not numbers or abbreviations): the base of the frequency
  /// features.
  public var lexicalWords = 0
  /// Sum of the Zipf frequencies of the lexical words (unknown forms count 0).
  public var zipfSum = 0.0
  /// Lexical words with Zipf < 3 (rarer than about once per million words).
  public var rareWords = 0
  /// Lexical words with Zipf < 4.
  public var uncommonWords = 0
  public var commas = 0
  /// Opening brackets.
  public var brackets = 0
  public var subordinators = 0
  /// Relative pronouns (or wo-/wobei-adverbs) right after a comma.
  public var relativeClauses = 0
  /// Words with a nominalising suffix (-ung, -heit, -keit, -tion, …).
  public var nominalWords = 0
  /// Capitalised words that do not start the sentence (nouns and names).
  public var capitalizedWords = 0

  public init() {}

  public static func += (lhs: inout SentenceTally, rhs: SentenceTally) {
    lhs.sentences += rhs.sentences
    lhs.sentenceUnits += rhs.sentenceUnits
    lhs.words += rhs.words
    lhs.syllables += rhs.syllables
    lhs.longWords += rhs.longWords
    lhs.polysyllabicWords += rhs.polysyllabicWords
    lhs.monosyllabicWords += rhs.monosyllabicWords
    lhs.letters += rhs.letters
    lhs.maxLetters = max(lhs.maxLetters, rhs.maxLetters)
    lhs.lexicalWords += rhs.lexicalWords
    lhs.zipfSum += rhs.zipfSum
    lhs.rareWords += rhs.rareWords
    lhs.uncommonWords += rhs.uncommonWords
    lhs.commas += rhs.commas
    lhs.brackets += rhs.brackets
    lhs.subordinators += rhs.subordinators
    lhs.relativeClauses += rhs.relativeClauses
    lhs.nominalWords += rhs.nominalWords
    lhs.capitalizedWords += rhs.capitalizedWords
  }
}

/// The counts of a text (a document, a block, several documents): the sentence tallies added up,
/// the histogram of sentence lengths and the word-weighted LS-Index accumulator. Tallies add up,
/// so the total of several files is exact, not an average of averages.
public struct ReadabilityTally: Hashable, Sendable {
  public var counts = SentenceTally()
  /// `sentenceLengths[n]` = number of sentences with n words.
  public var sentenceLengths: [Int] = []
  /// Σ words × predicted complexity over the sentences, and Σ words.
  public var complexitySum = 0.0
  public var complexityWeight = 0

  public init() {}

  /// Adds one sentence.
  public mutating func add(sentence tally: SentenceTally) {
    guard tally.words > 0 else { return }
    counts += tally
    if sentenceLengths.count <= tally.words {
      sentenceLengths.append(
        contentsOf: repeatElement(0, count: tally.words + 1 - sentenceLengths.count))
    }
    sentenceLengths[tally.words] += 1
    complexitySum += Double(tally.words) * LSIndex.complexity(tally)
    complexityWeight += tally.words
  }

  public static func += (lhs: inout ReadabilityTally, rhs: ReadabilityTally) {
    lhs.counts += rhs.counts
    if lhs.sentenceLengths.count < rhs.sentenceLengths.count {
      lhs.sentenceLengths.append(
        contentsOf: repeatElement(0, count: rhs.sentenceLengths.count - lhs.sentenceLengths.count))
    }
    for (length, number) in rhs.sentenceLengths.enumerated() {
      lhs.sentenceLengths[length] += number
    }
    lhs.complexitySum += rhs.complexitySum
    lhs.complexityWeight += rhs.complexityWeight
  }
}
