import Foundation
import LeichteSprache

/// One row of `../shared/eval/compound_cases.tsv`.
public struct CompoundCase: Sendable {
  public let word: String
  /// The gold analysis, parts lower-cased.
  public let gold: [String]
  /// Further accepted analyses.
  public let alternatives: [[String]]
  /// `compound` or `simplex`.
  public let type: String

  public var accepted: [[String]] { [gold] + alternatives }
}

/// Scores of a splitter against the compound gold cases.
public struct CompoundScore: Sendable {
  public var total = 0
  public var exact = 0
  public var simplexTotal = 0
  public var simplexSplit = 0
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0
  public var misses: [String] = []

  public var exactRate: Double { total == 0 ? 0 : Double(exact) / Double(total) }
}

extension CompoundScore: PrecisionRecallCounts {}

public enum CompoundGold {
  /// Reads the gold file (columns word, gold, alternatives, type; `#` comments).
  public static func cases(tsv url: URL) throws -> [CompoundCase] {
    var cases: [CompoundCase] = []
    for fields in try EvalTSV.rows(url) {
      guard fields.count >= 4 else { continue }
      func parts(_ text: String) -> [String] {
        text.lowercased().split(separator: "|").map(String.init)
      }
      cases.append(
        CompoundCase(
          word: fields[0], gold: parts(fields[1]),
          alternatives: fields[2].split(separator: ";").map { parts(String($0)) }, type: fields[3]))
    }
    return cases
  }

  /// Cut offsets (in characters) of an analysis.
  static func cuts(_ parts: [String]) -> Set<Int> {
    var result: Set<Int> = []
    var offset = 0
    for part in parts.dropLast() {
      offset += part.count
      result.insert(offset)
    }
    return result
  }

  /// Exact match against gold or an alternative (case-insensitive); cut precision and recall
  /// against the accepted analysis that agrees best with the prediction (the gold analysis when
  /// tied), summed over all cases.
  public static func score(_ cases: [CompoundCase], split: (String) -> [String]) -> CompoundScore {
    var score = CompoundScore()
    for item in cases {
      let predicted = split(item.word).map { $0.lowercased() }
      score.total += 1
      if item.type == "simplex" {
        score.simplexTotal += 1
        if predicted.count > 1 { score.simplexSplit += 1 }
      }
      if item.accepted.contains(predicted) {
        score.exact += 1
      } else {
        score.misses.append(
          "\(item.word) → \(predicted.joined(separator: "|")) (Gold \(item.gold.joined(separator: "|")))"
        )
      }
      let predictedCuts = cuts(predicted)
      var bestReference = cuts(item.gold)
      var bestOverlap =
        predictedCuts.intersection(bestReference).count
        - predictedCuts.symmetricDifference(bestReference).count
      for alternative in item.alternatives {
        let reference = cuts(alternative)
        let overlap =
          predictedCuts.intersection(reference).count
          - predictedCuts.symmetricDifference(reference).count
        if overlap > bestOverlap {
          bestOverlap = overlap
          bestReference = reference
        }
      }
      score.truePositives += predictedCuts.intersection(bestReference).count
      score.falsePositives += predictedCuts.subtracting(bestReference).count
      score.falseNegatives += bestReference.subtracting(predictedCuts).count
    }
    return score
  }
}
