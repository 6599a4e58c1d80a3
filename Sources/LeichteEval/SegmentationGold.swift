import Foundation
import LeichteSprache

/// A text with its gold sentence boundaries (UTF-16 offsets where a sentence ends, except the last).
public struct SegmentationCase: Sendable, CustomStringConvertible {
  public let id: String
  public let category: String
  public let text: String
  public let boundaries: Set<Int>

  public var description: String { id }
}

/// Readers for the two segmentation gold formats and the boundary metrics.
public enum SegmentationGold {
  /// `eval/segmentation_cases.tsv`: `id, category, marked_text`, where `¦` marks a boundary and
  /// `\n` stands for a line break.
  public static func cases(tsv url: URL) throws -> [SegmentationCase] {
    var result: [SegmentationCase] = []
    for fields in try EvalTSV.rows(url) {
      guard fields.count == 3 else { continue }
      let marked = fields[2].replacingOccurrences(of: "\\n", with: "\n")
      var plain = ""
      var boundaries = Set<Int>()
      var offset = 0
      for character in marked {
        if character == "¦" {
          boundaries.insert(offset)
        } else {
          plain.append(character)
          offset += character.utf16.count
        }
      }
      result.append(
        SegmentationCase(
          id: String(fields[0]), category: String(fields[1]), text: plain, boundaries: boundaries))
    }
    return result
  }

  /// `data/ud-german/segmentation_*_test.jsonl`: `text` with `spans` in code points.
  public static func cases(jsonl url: URL) throws -> [SegmentationCase] {
    struct Row: Decodable {
      let id: String
      let text: String
      let spans: [[Int]]
    }
    let decoder = JSONDecoder()
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
      let row = try decoder.decode(Row.self, from: Data(line.utf8))
      let scalars = Array(row.text.unicodeScalars)
      var utf16Offsets = [0]
      utf16Offsets.reserveCapacity(scalars.count + 1)
      for scalar in scalars { utf16Offsets.append(utf16Offsets.last! + scalar.utf16.count) }
      let ends = row.spans.dropLast().map { utf16Offsets[$0[1]] }
      return SegmentationCase(id: row.id, category: "ud", text: row.text, boundaries: Set(ends))
    }
  }

  /// Predicted boundaries: where each sentence but the last ends.
  public static func boundaries(of document: Document) -> Set<Int> {
    Set(document.sentences.dropLast().map(\.range.end))
  }

  /// Exact-case rate and boundary precision, recall and F1 over `cases`.
  public struct Score: Sendable, PrecisionRecallCounts {
    public var exact = 0
    public var total = 0
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var misses: [String] = []

    public var exactRate: Double { total == 0 ? 0 : Double(exact) / Double(total) }
  }

  public static func score(_ cases: [SegmentationCase], segmenter: Segmenter) -> Score {
    var score = Score()
    for gold in cases {
      let predicted = boundaries(of: segmenter.segment(gold.text))
      score.total += 1
      score.truePositives += predicted.intersection(gold.boundaries).count
      score.falsePositives += predicted.subtracting(gold.boundaries).count
      score.falseNegatives += gold.boundaries.subtracting(predicted).count
      if predicted == gold.boundaries {
        score.exact += 1
      } else {
        score.misses.append(gold.id)
      }
    }
    return score
  }
}
