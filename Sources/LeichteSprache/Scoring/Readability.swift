import Foundation

/// Readability of a text: counts, components, sentence-length distribution, the German formulas
/// and the LS-Index, with bands and the advisory LS target profile (shared spec readability.md §3).
///
/// JSON keys are snake_case and stable; `conventions` names the counting conventions
/// (`CountingConventions.version`). Fractional values are rounded to two decimals when encoded;
/// values that need at least one word or sentence are `null` without one.
public struct Readability: Sendable, Codable {
  public var conventions = CountingConventions.version
  public var syllableCounter = Syllables.version
  public var lsIndexModel = LSIndex.model
  public var counts: Counts
  public var components: Components
  public var sentenceLengths: SentenceLengths
  public var scores: Scores
  public var bands: Bands
  public var lsProfile: LSProfile
  /// Per block, when asked for (`Detail.blocks`).
  public var blocks: [BlockScore]?
  /// Per sentence, when asked for (`Detail.sentences`).
  public var sentences: [SentenceScore]?

  enum CodingKeys: String, CodingKey {
    case conventions, counts, components, scores, bands, blocks, sentences
    case syllableCounter = "syllable_counter"
    case lsIndexModel = "ls_index_model"
    case sentenceLengths = "sentence_lengths"
    case lsProfile = "ls_profile"
  }

  public init(_ tally: ReadabilityTally) {
    let values = Values(tally)
    counts = values.counts
    components = values.components
    sentenceLengths = values.sentenceLengths
    scores = values.scores
    bands = Bands(values.scores)
    lsProfile = LSProfile(values)
  }

  /// The values a block or a sentence gets.
  public var values: Values {
    Values(counts: counts, components: components, sentenceLengths: sentenceLengths, scores: scores)
  }

  /// What to add beyond the document values.
  public struct Detail: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let blocks = Detail(rawValue: 1)
    public static let sentences = Detail(rawValue: 2)
  }

  /// Counts, components, sentence lengths and scores of a text of any size.
  public struct Values: Sendable, Codable {
    public var counts: Counts
    public var components: Components
    public var sentenceLengths: SentenceLengths
    public var scores: Scores

    enum CodingKeys: String, CodingKey {
      case counts, components, scores
      case sentenceLengths = "sentence_lengths"
    }

    public init(
      counts: Counts, components: Components, sentenceLengths: SentenceLengths, scores: Scores
    ) {
      self.counts = counts
      self.components = components
      self.sentenceLengths = sentenceLengths
      self.scores = scores
    }

    public init(_ tally: ReadabilityTally) {
      counts = Counts(tally.counts)
      components = Components(tally.counts)
      sentenceLengths = SentenceLengths(tally.sentenceLengths)
      scores = Scores(tally)
    }
  }

  public struct Counts: Sendable, Codable, Hashable {
    public var words: Int
    public var sentences: Int
    public var sentenceUnits: Int
    public var syllables: Int
    public var longWords: Int
    public var polysyllabicWords: Int
    public var monosyllabicWords: Int
    public var letters: Int

    enum CodingKeys: String, CodingKey {
      case words, sentences, syllables, letters
      case sentenceUnits = "sentence_units"
      case longWords = "long_words"
      case polysyllabicWords = "polysyllabic_words"
      case monosyllabicWords = "monosyllabic_words"
    }

    public init(_ t: SentenceTally) {
      words = t.words
      sentences = t.sentences
      sentenceUnits = t.sentenceUnits
      syllables = t.syllables
      longWords = t.longWords
      polysyllabicWords = t.polysyllabicWords
      monosyllabicWords = t.monosyllabicWords
      letters = t.letters
    }
  }

  /// The components the formulas are built from. Shares are percentages of all words.
  public struct Components: Sendable, Codable, Hashable {
    /// Words per sentence (ASL).
    public var asl: Double?
    /// Syllables per word (ASW).
    public var asw: Double?
    public var lettersPerWord: Double?
    /// % words with more than 6 letters (IW in the Wiener Sachtextformel).
    public var longWordPercent: Double?
    /// % words with 3 or more syllables (MS).
    public var polysyllabicPercent: Double?
    /// % words with one syllable (ES).
    public var monosyllabicPercent: Double?

    enum CodingKeys: String, CodingKey {
      case asl, asw
      case lettersPerWord = "letters_per_word"
      case longWordPercent = "long_word_percent"
      case polysyllabicPercent = "polysyllabic_percent"
      case monosyllabicPercent = "monosyllabic_percent"
    }

    public init(_ t: SentenceTally) {
      guard t.words > 0, t.sentences > 0 else { return }
      let words = Double(t.words)
      asl = words / Double(t.sentences)
      asw = Double(t.syllables) / words
      lettersPerWord = Double(t.letters) / words
      longWordPercent = 100 * Double(t.longWords) / words
      polysyllabicPercent = 100 * Double(t.polysyllabicWords) / words
      monosyllabicPercent = 100 * Double(t.monosyllabicWords) / words
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      asl = try c.decodeIfPresent(Double.self, forKey: .asl)
      asw = try c.decodeIfPresent(Double.self, forKey: .asw)
      lettersPerWord = try c.decodeIfPresent(Double.self, forKey: .lettersPerWord)
      longWordPercent = try c.decodeIfPresent(Double.self, forKey: .longWordPercent)
      polysyllabicPercent = try c.decodeIfPresent(Double.self, forKey: .polysyllabicPercent)
      monosyllabicPercent = try c.decodeIfPresent(Double.self, forKey: .monosyllabicPercent)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encodeRounded(asl, forKey: .asl)
      try c.encodeRounded(asw, forKey: .asw)
      try c.encodeRounded(lettersPerWord, forKey: .lettersPerWord)
      try c.encodeRounded(longWordPercent, forKey: .longWordPercent)
      try c.encodeRounded(polysyllabicPercent, forKey: .polysyllabicPercent)
      try c.encodeRounded(monosyllabicPercent, forKey: .monosyllabicPercent)
    }
  }

  /// The distribution of sentence lengths in words.
  public struct SentenceLengths: Sendable, Codable, Hashable {
    public var mean: Double?
    /// The median (for an even number of sentences: the mean of the two middle lengths).
    public var median: Double?
    /// The 90th percentile, nearest-rank method: the smallest length that at least 90 % of the
    /// sentences do not exceed.
    public var p90: Int?
    public var max: Int?
    /// % sentences with more than 10 words.
    public var over10Percent: Double?
    /// % sentences with more than 15 words.
    public var over15Percent: Double?

    enum CodingKeys: String, CodingKey {
      case mean, median, p90, max
      case over10Percent = "over_10_percent"
      case over15Percent = "over_15_percent"
    }

    /// From a histogram: `histogram[n]` sentences have n words.
    public init(_ histogram: [Int]) {
      let total = histogram.reduce(0, +)
      guard total > 0 else { return }
      var words = 0
      var over10 = 0
      var over15 = 0
      for (length, number) in histogram.enumerated() where number > 0 {
        words += length * number
        if length > 10 { over10 += number }
        if length > 15 { over15 += number }
        max = length
      }
      mean = Double(words) / Double(total)
      over10Percent = 100 * Double(over10) / Double(total)
      over15Percent = 100 * Double(over15) / Double(total)
      func lengthAt(rank: Int) -> Int {  // 1-based rank in ascending order
        var seen = 0
        for (length, number) in histogram.enumerated() {
          seen += number
          if seen >= rank { return length }
        }
        return histogram.count - 1
      }
      median =
        total % 2 == 1
        ? Double(lengthAt(rank: total / 2 + 1))
        : Double(lengthAt(rank: total / 2) + lengthAt(rank: total / 2 + 1)) / 2
      p90 = lengthAt(rank: Int((0.9 * Double(total)).rounded(.up)))
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      mean = try c.decodeIfPresent(Double.self, forKey: .mean)
      median = try c.decodeIfPresent(Double.self, forKey: .median)
      p90 = try c.decodeIfPresent(Int.self, forKey: .p90)
      max = try c.decodeIfPresent(Int.self, forKey: .max)
      over10Percent = try c.decodeIfPresent(Double.self, forKey: .over10Percent)
      over15Percent = try c.decodeIfPresent(Double.self, forKey: .over15Percent)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encodeRounded(mean, forKey: .mean)
      try c.encodeRounded(median, forKey: .median)
      if let p90 { try c.encode(p90, forKey: .p90) } else { try c.encodeNil(forKey: .p90) }
      if let max { try c.encode(max, forKey: .max) } else { try c.encodeNil(forKey: .max) }
      try c.encodeRounded(over10Percent, forKey: .over10Percent)
      try c.encodeRounded(over15Percent, forKey: .over15Percent)
    }
  }

  /// The readability formulas (spec §3.1–3.6) and the LS-Index (§3.10, `LSIndex`).
  public struct Scores: Sendable, Codable, Hashable {
    /// Flesch Reading Ease after Amstad (1978): 180 − ASL − 58.5 × ASW. Higher is easier.
    public var freAmstad: Double?
    /// Wiener Sachtextformeln 1–4 (Bamberger & Vanecek 1984): a school grade (4 easy … 15 hard).
    public var wstf1: Double?
    public var wstf2: Double?
    public var wstf3: Double?
    public var wstf4: Double?
    /// LIX (Björnsson 1968): words per sentence + % long words.
    public var lix: Double?
    /// RIX (Anderson 1983): long words per sentence unit.
    public var rix: Double?
    /// German SMOG (Bamberger & Vanecek): √(MS × 30 / sentences) − 2.
    public var gsmog: Double?
    /// Gunning Fog, for comparison with English tools only (no German calibration).
    public var gunningFog: Double?
    /// LS-Index: 0 (very hard) … 100 (very easy), see `LSIndex`.
    public var lsIndex: Double?

    /// The order of the scores in tables and CSV, with their JSON keys.
    public static let keys = [
      "fre_amstad", "wstf1", "wstf2", "wstf3", "wstf4", "lix", "rix", "gsmog", "gunning_fog",
      "ls_index",
    ]

    enum CodingKeys: String, CodingKey {
      case wstf1, wstf2, wstf3, wstf4, lix, rix, gsmog
      case freAmstad = "fre_amstad"
      case gunningFog = "gunning_fog"
      case lsIndex = "ls_index"
    }

    public init(_ tally: ReadabilityTally) {
      let t = tally.counts
      guard t.words > 0, t.sentences > 0 else { return }
      let words = Double(t.words)
      let asl = words / Double(t.sentences)
      let asw = Double(t.syllables) / words
      let ms = 100 * Double(t.polysyllabicWords) / words
      let iw = 100 * Double(t.longWords) / words
      let es = 100 * Double(t.monosyllabicWords) / words
      freAmstad = 180 - asl - 58.5 * asw
      wstf1 = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875
      wstf2 = 0.2007 * ms + 0.1682 * asl + 0.1373 * iw - 2.779
      wstf3 = 0.2963 * ms + 0.1905 * asl - 1.1144
      wstf4 = 0.2744 * ms + 0.2656 * asl - 1.693
      lix = asl + iw
      rix = Double(t.longWords) / Double(Swift.max(t.sentenceUnits, t.sentences))
      gsmog = (Double(t.polysyllabicWords) * 30 / Double(t.sentences)).squareRoot() - 2
      gunningFog = 0.4 * (asl + ms)
      if tally.complexityWeight > 0 {
        lsIndex = LSIndex.index(complexity: tally.complexitySum / Double(tally.complexityWeight))
      }
    }

    /// The score with JSON key `key` (one of `keys`).
    public subscript(key: String) -> Double? {
      switch key {
      case "fre_amstad": freAmstad
      case "wstf1": wstf1
      case "wstf2": wstf2
      case "wstf3": wstf3
      case "wstf4": wstf4
      case "lix": lix
      case "rix": rix
      case "gsmog": gsmog
      case "gunning_fog": gunningFog
      case "ls_index": lsIndex
      default: nil
      }
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      freAmstad = try c.decodeIfPresent(Double.self, forKey: .freAmstad)
      wstf1 = try c.decodeIfPresent(Double.self, forKey: .wstf1)
      wstf2 = try c.decodeIfPresent(Double.self, forKey: .wstf2)
      wstf3 = try c.decodeIfPresent(Double.self, forKey: .wstf3)
      wstf4 = try c.decodeIfPresent(Double.self, forKey: .wstf4)
      lix = try c.decodeIfPresent(Double.self, forKey: .lix)
      rix = try c.decodeIfPresent(Double.self, forKey: .rix)
      gsmog = try c.decodeIfPresent(Double.self, forKey: .gsmog)
      gunningFog = try c.decodeIfPresent(Double.self, forKey: .gunningFog)
      lsIndex = try c.decodeIfPresent(Double.self, forKey: .lsIndex)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encodeRounded(freAmstad, forKey: .freAmstad)
      try c.encodeRounded(wstf1, forKey: .wstf1)
      try c.encodeRounded(wstf2, forKey: .wstf2)
      try c.encodeRounded(wstf3, forKey: .wstf3)
      try c.encodeRounded(wstf4, forKey: .wstf4)
      try c.encodeRounded(lix, forKey: .lix)
      try c.encodeRounded(rix, forKey: .rix)
      try c.encodeRounded(gsmog, forKey: .gsmog)
      try c.encodeRounded(gunningFog, forKey: .gunningFog)
      try c.encodeRounded(lsIndex, forKey: .lsIndex)
    }
  }

  /// The values of one block.
  public struct BlockScore: Sendable, Codable {
    /// Index into `Document.blocks`.
    public var index: Int
    public var kind: Block.Kind
    public var range: TextRange
    public var values: Values

    public init(index: Int, kind: Block.Kind, range: TextRange, values: Values) {
      self.index = index
      self.kind = kind
      self.range = range
      self.values = values
    }

    enum CodingKeys: String, CodingKey {
      case index, kind, range, counts, components, scores, sentenceLengths = "sentence_lengths"
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      index = try c.decode(Int.self, forKey: .index)
      kind = try c.decode(Block.Kind.self, forKey: .kind)
      range = try c.decode(TextRange.self, forKey: .range)
      values = try Values(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(index, forKey: .index)
      try c.encode(kind, forKey: .kind)
      try c.encode(range, forKey: .range)
      try values.encode(to: encoder)
    }
  }

  /// The values of one sentence.
  public struct SentenceScore: Sendable, Codable {
    /// Index into `Document.blocks` of the sentence's block.
    public var block: Int
    public var range: TextRange
    /// The sentence on one line (tokens joined by single spaces).
    public var text: String
    public var values: Values

    public init(block: Int, range: TextRange, text: String, values: Values) {
      self.block = block
      self.range = range
      self.text = text
      self.values = values
    }

    enum CodingKeys: String, CodingKey { case block, range, text }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      block = try c.decode(Int.self, forKey: .block)
      range = try c.decode(TextRange.self, forKey: .range)
      text = try c.decode(String.self, forKey: .text)
      values = try Values(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(block, forKey: .block)
      try c.encode(range, forKey: .range)
      try c.encode(text, forKey: .text)
      try values.encode(to: encoder)
    }
  }
}

extension KeyedEncodingContainer {
  /// Encodes a value rounded to two decimals, or `null`.
  mutating func encodeRounded(_ value: Double?, forKey key: Key) throws {
    if let value, value.isFinite {
      try encode(Readability.rounded(value), forKey: key)
    } else {
      try encodeNil(forKey: key)
    }
  }
}

extension Readability {
  /// Rounds to two decimals (half away from zero), the precision of every output.
  public static func rounded(_ value: Double) -> Double {
    let result = (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    return result == 0 ? 0 : result  // no "-0"
  }
}
