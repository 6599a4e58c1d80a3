import Foundation

/// The LS-Index: one score of how easy a sentence or a text is, 0 (very hard) … 100 (very easy).
///
/// A linear model predicts, for each sentence, the complexity that learners of German gave it on
/// the 7-point scale of TextComplexityDE (1 = very easy, 7 = very hard). The index maps that
/// prediction linearly: LS-Index = 100 × (7 − complexity) / 6, clamped to 0 … 100. A block or a
/// document gets the word-weighted mean complexity of its sentences.
///
/// The features are deterministic counts over the engine's own tokens (`SentenceTally`): sentence
/// length, syllables, long words, word frequency (Zipf from `Lexicons/haeufigkeit.tsv`), commas,
/// brackets, subordinating conjunctions, relative clauses, nominal style and capitalised nouns.
public enum LSIndex {
  /// Name and version of the model; printed in every JSON output as `"ls_index_model"`.
  public static let model = "ls-index/1 (TextComplexityDE, Ridge)"

  /// Feature names, in the order of `features(_:)` and `weights`.
  public static let featureNames = [
    "log_words", "sqrt_words", "syllables_per_word", "long_word_share", "mean_zipf",
    "rare_share", "uncommon_share", "commas", "log1p_syllables", "log1p_long_words",
    "log1p_uncommon", "log1p_rare", "sqrt_long_words", "subordinators", "relative_clauses",
    "nominal_words", "capitalized_words", "brackets", "max_letters", "polysyllabic_share",
    "letters_per_word",
  ]

  /// The feature vector of a sentence (or of several sentences tallied together).
  public static func features(_ t: SentenceTally) -> [Double] {
    var result = [Double](repeating: 0, count: featureNames.count)
    forEachFeature(t) { index, value in result[index] = value }
    return result
  }

  /// Calls `body` with the index and value of every feature, without allocating (the scorer
  /// computes the complexity of every sentence).
  @inline(__always)
  static func forEachFeature(_ t: SentenceTally, _ body: (Int, Double) -> Void) {
    let words = Double(max(t.words, 1))
    let lexical = Double(max(t.lexicalWords, 1))
    body(0, log(words))
    body(1, words.squareRoot())
    body(2, Double(t.syllables) / words)
    body(3, Double(t.longWords) / words)
    body(4, t.lexicalWords > 0 ? t.zipfSum / lexical : 0)
    body(5, Double(t.rareWords) / lexical)
    body(6, Double(t.uncommonWords) / lexical)
    body(7, Double(t.commas))
    body(8, log1p(Double(t.syllables)))
    body(9, log1p(Double(t.longWords)))
    body(10, log1p(Double(t.uncommonWords)))
    body(11, log1p(Double(t.rareWords)))
    body(12, Double(t.longWords).squareRoot())
    body(13, Double(t.subordinators))
    body(14, Double(t.relativeClauses))
    body(15, Double(t.nominalWords))
    body(16, Double(t.capitalizedWords))
    body(17, Double(t.brackets))
    body(18, Double(t.maxLetters))
    body(19, Double(t.polysyllabicWords) / words)
    body(20, Double(t.letters) / words)
  }

  // Fitted by `swift run -c release Benchmarks score-fit` (Benchmarks/ScoreBenchmark.swift,
  // fitting code in Sources/LeichteEval/LSIndexFit.swift): ridge regression (λ = `lambda` on
  // standardised features, coefficients mapped back to raw features) of `mos_complexity` on
  // the features above, over all 1,000 rated sentences of TextComplexityDE19
  // (../shared/data/textcomplexityde/ratings.tsv; Naderi et al. 2019, MIT). The DEplain ratings
  // are NOT used: they are the held-out check. A test re-fits and compares with these constants.
  // Features depend on Syllables (syl-de-1), the segmenter and haeufigkeit.tsv: re-run the
  // fit when those change and bump `model`.

  /// The ridge penalty used for the fit (on standardised features).
  public static let lambda = 10.0

  public static let intercept = 0.1054837153885031

  public static let weights: [Double] = [
    0.15051085619348867,  // log_words
    0.338770802575089,  // sqrt_words
    -0.5915030742868267,  // syllables_per_word
    -1.4014594799305473,  // long_word_share
    -0.23464667040246184,  // mean_zipf
    0.5522545143243683,  // rare_share
    -0.4529298817484462,  // uncommon_share
    -0.03860506479596832,  // commas
    0.1883570125755669,  // log1p_syllables
    0.09053959328310743,  // log1p_long_words
    0.40664058065390246,  // log1p_uncommon
    0.20711205184859435,  // log1p_rare
    0.464862933842225,  // sqrt_long_words
    -0.007998065256074058,  // subordinators
    0.0170385032056902,  // relative_clauses
    0.13461603955724855,  // nominal_words
    -0.11250003425243013,  // capitalized_words
    -0.12701678703966607,  // brackets
    -0.017906259250210825,  // max_letters
    -0.0004585011906064211,  // polysyllabic_share
    0.3257569996680957,  // letters_per_word
  ]

  /// Predicted complexity on the TextComplexityDE scale (about 1 … 7).
  public static func complexity(_ features: [Double]) -> Double {
    var sum = intercept
    for (weight, value) in zip(weights, features) { sum += weight * value }
    return sum
  }

  /// Predicted complexity of a sentence tally (the same as `complexity(features(tally))`).
  public static func complexity(_ tally: SentenceTally) -> Double {
    var sum = intercept
    weights.withUnsafeBufferPointer { w in
      forEachFeature(tally) { index, value in sum += w[index] * value }
    }
    return sum
  }

  /// Maps a complexity on the 1 … 7 scale to the LS-Index (100 × (7 − c) / 6, clamped to 0 … 100).
  public static func index(complexity: Double) -> Double {
    min(100, max(0, 100 * (7 - complexity) / 6))
  }

  /// The LS-Index of one sentence tally.
  public static func index(_ tally: SentenceTally) -> Double {
    index(complexity: complexity(tally))
  }
}
