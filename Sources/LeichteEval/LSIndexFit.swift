import Foundation
import LeichteSprache

/// Fitting and evaluating the LS-Index (issue "Readability scores"): the rated data in
/// ../shared, a deterministic ridge regression, cross-validation, Pearson r and ROC AUC. Shared
/// by the benchmarks (which print the constants for `LSIndex`) and the tests (which check that
/// the constants in the code are the fit of the data).
public enum LSIndexFit {
  /// One rated text: its text and the human value.
  public struct Item: Sendable {
    public var text: String
    public var target: Double
  }

  /// Reads a TSV file with header; returns the rows as dictionaries by column name.
  public static func readTSV(_ url: URL) throws -> [[String: String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    guard !lines.isEmpty else { return [] }
    let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(
      String.init)
    return lines.map { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      var row: [String: String] = [:]
      for (index, name) in header.enumerated() where index < cells.count {
        row[name] = String(cells[index])
      }
      return row
    }
  }

  /// TextComplexityDE19: the 1,000 sentences with their complexity MOS (1 = very easy … 7),
  /// in file order.
  public static func textComplexity(_ shared: URL) throws -> [Item] {
    try readTSV(shared.appendingPathComponent("data/textcomplexityde/ratings.tsv")).compactMap {
      row in
      guard let sentence = row["sentence"], let mos = row["mos_complexity"].flatMap(Double.init)
      else { return nil }
      return Item(text: sentence, target: mos)
    }
  }

  /// DEplain human ratings: both sides of each rated pair with its simplicity rating
  /// (1 … 5, higher = easier to understand).
  public static func deplainRatings(_ shared: URL) throws -> [Item] {
    var items: [Item] = []
    for row in try readTSV(shared.appendingPathComponent("data/deplain-web-sent/human_ratings.tsv"))
    {
      if let text = row["complex"], let value = row["simplicity_original"].flatMap(Double.init) {
        items.append(Item(text: text, target: value))
      }
      if let text = row["simple"], let value = row["simplicity_simple"].flatMap(Double.init) {
        items.append(Item(text: text, target: value))
      }
    }
    return items
  }

  /// Simple German Corpus, hand-aligned: the distinct simple (Leichte/Einfache Sprache)
  /// sentences and the distinct standard originals.
  public static func handAligned(_ shared: URL) throws -> (simple: [String], original: [String]) {
    var simple: [String] = []
    var original: [String] = []
    var seenSimple: Set<String> = []
    var seenOriginal: Set<String> = []
    for row in try readTSV(
      shared.appendingPathComponent("data/simple-german-corpus/hand_aligned.tsv"))
    {
      if let text = row["simple"], seenSimple.insert(text).inserted { simple.append(text) }
      if let text = row["complex"], seenOriginal.insert(text).inserted { original.append(text) }
    }
    return (simple, original)
  }

  /// Simple German Corpus, hand-aligned: every row as (simple, original), in file order.
  public static func handAlignedPairs(_ shared: URL) throws -> [(simple: String, original: String)]
  {
    try readTSV(shared.appendingPathComponent("data/simple-german-corpus/hand_aligned.tsv"))
      .compactMap { row in
        guard let simple = row["simple"], let original = row["complex"] else { return nil }
        return (simple, original)
      }
  }

  /// The tally of a whole item, all its sentences added (what the model is fitted on).
  public static func tally(_ text: String, segmenter: Segmenter, scorer: inout ReadabilityScorer)
    -> SentenceTally
  {
    scorer.tally(segmenter.segment(text)).counts
  }

  /// A linear model: intercept + weights · features.
  public struct Model: Sendable {
    public var intercept: Double
    public var weights: [Double]

    public func predict(_ x: [Double]) -> Double {
      var sum = intercept
      for (w, v) in zip(weights, x) { sum += w * v }
      return sum
    }
  }

  /// Ridge regression on standardised features (population standard deviation, constant
  /// features dropped), penalty `lambda`, intercept unpenalised; the result is mapped back to
  /// raw features. Deterministic: a closed-form solve with Gaussian elimination.
  public static func ridge(_ x: [[Double]], _ y: [Double], lambda: Double) -> Model {
    let n = Double(x.count)
    let p = x[0].count
    var mean = [Double](repeating: 0, count: p)
    var sd = [Double](repeating: 0, count: p)
    for row in x { for j in 0..<p { mean[j] += row[j] } }
    for j in 0..<p { mean[j] /= n }
    for row in x { for j in 0..<p { sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) } }
    for j in 0..<p { sd[j] = (sd[j] / n).squareRoot() }
    let yMean = y.reduce(0, +) / n
    // Normal equations on centred, scaled features: (ZᵀZ + λI) b = Zᵀ(y − ȳ).
    var a = [[Double]](repeating: [Double](repeating: 0, count: p + 1), count: p)
    for (row, target) in zip(x, y) {
      var z = [Double](repeating: 0, count: p)
      for j in 0..<p where sd[j] > 0 { z[j] = (row[j] - mean[j]) / sd[j] }
      for i in 0..<p {
        for j in 0..<p { a[i][j] += z[i] * z[j] }
        a[i][p] += z[i] * (target - yMean)
      }
    }
    for i in 0..<p { a[i][i] += sd[i] > 0 ? lambda : 1 }
    let b = solve(a)
    var weights = [Double](repeating: 0, count: p)
    var intercept = yMean
    for j in 0..<p where sd[j] > 0 {
      weights[j] = b[j] / sd[j]
      intercept -= weights[j] * mean[j]
    }
    return Model(intercept: intercept, weights: weights)
  }

  /// Solves an augmented system [A | b] by Gaussian elimination with partial pivoting.
  static func solve(_ augmented: [[Double]]) -> [Double] {
    var a = augmented
    let n = a.count
    for column in 0..<n {
      var pivot = column
      for row in column + 1..<n where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
      a.swapAt(column, pivot)
      let p = a[column][column]
      for row in column + 1..<n {
        let factor = a[row][column] / p
        if factor == 0 { continue }
        for k in column...n { a[row][k] -= factor * a[column][k] }
      }
    }
    var result = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = a[row][n]
      for k in row + 1..<n { sum -= a[row][k] * result[k] }
      result[row] = sum / a[row][row]
    }
    return result
  }

  /// k-fold cross-validated predictions: item i is in fold i mod k (file order, deterministic).
  public static func crossValidated(
    _ x: [[Double]], _ y: [Double], folds k: Int = 10, lambda: Double
  ) -> [Double] {
    var predictions = [Double](repeating: 0, count: x.count)
    for fold in 0..<k {
      let train = x.indices.filter { $0 % k != fold }
      let model = ridge(train.map { x[$0] }, train.map { y[$0] }, lambda: lambda)
      for i in x.indices where i % k == fold { predictions[i] = model.predict(x[i]) }
    }
    return predictions
  }

  public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
    let n = Double(a.count)
    let ma = a.reduce(0, +) / n
    let mb = b.reduce(0, +) / n
    var sab = 0.0
    var saa = 0.0
    var sbb = 0.0
    for (x, y) in zip(a, b) {
      sab += (x - ma) * (y - mb)
      saa += (x - ma) * (x - ma)
      sbb += (y - mb) * (y - mb)
    }
    return sab / (saa * sbb).squareRoot()
  }

  /// ROC AUC: the probability that a random positive scores higher than a random negative
  /// (ties count one half), by ranks (Mann–Whitney U).
  public static func auc(positives: [Double], negatives: [Double]) -> Double {
    let all = (positives.map { ($0, true) } + negatives.map { ($0, false) }).sorted { $0.0 < $1.0 }
    var rankSum = 0.0
    var i = 0
    while i < all.count {
      var j = i
      while j + 1 < all.count && all[j + 1].0 == all[i].0 { j += 1 }
      let rank = Double(i + j) / 2 + 1
      for k in i...j where all[k].1 { rankSum += rank }
      i = j + 1
    }
    let p = Double(positives.count)
    let q = Double(negatives.count)
    return (rankSum - p * (p + 1) / 2) / (p * q)
  }

  /// The LS-Index of a text as `leichte score` computes it for a document.
  public static func lsIndex(_ text: String, segmenter: Segmenter, scorer: inout ReadabilityScorer)
    -> Double?
  {
    Readability(scorer.tally(segmenter.segment(text))).scores.lsIndex
  }
}
