import Foundation

/// Counts of a detection against gold data, with the usual derived rates.
public protocol PrecisionRecallCounts {
  var truePositives: Int { get }
  var falsePositives: Int { get }
  var falseNegatives: Int { get }
}

extension PrecisionRecallCounts {
  public var precision: Double {
    truePositives + falsePositives == 0
      ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  public var recall: Double {
    truePositives + falseNegatives == 0
      ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  public var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}

/// The data rows of an evaluation TSV file: `#` comment lines and the column-name row skipped,
/// fields split at tabs.
enum EvalTSV {
  static func rows(_ url: URL) throws -> [[String]] {
    var rows: [[String]] = []
    var sawHeader = false
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    where !line.hasPrefix("#") {
      if !sawHeader {
        sawHeader = true
        continue
      }
      rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
    return rows
  }
}
