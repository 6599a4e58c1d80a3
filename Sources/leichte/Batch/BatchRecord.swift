import Foundation
import LeichteSprache

extension DraftFormat {
  struct UnknownFormat: Error {
    let name: String
  }

  /// Parses `txt,md,json` into formats in their fixed order.
  static func parseList(_ text: String) -> Result<[DraftFormat], UnknownFormat> {
    var formats: [DraftFormat] = []
    for part in text.split(separator: ",") {
      let name = part.trimmingCharacters(in: .whitespaces).lowercased()
      guard let format = DraftFormat(rawValue: name) else {
        return .failure(UnknownFormat(name: name))
      }
      if !formats.contains(format) { formats.append(format) }
    }
    return .success(DraftFormat.allCases.filter(formats.contains))
  }
}

/// The figures of one converted document for the reports.
struct DocumentMetrics: Hashable, Sendable, Codable {
  var wordsBefore: Int
  var wordsAfter: Int
  var sentencesBefore: Int
  var sentencesAfter: Int
  /// Flesch reading ease (Amstad), higher is easier.
  var fleschBefore: Double?
  var fleschAfter: Double?
  /// LS-Index (0–100, higher is easier).
  var lsIndexBefore: Double?
  var lsIndexAfter: Double?
  /// Applied changes.
  var changes: Int
  /// Remaining findings in the draft, and those of severity violation.
  var findings: Int
  var violations: Int
  /// Facts of the input, and those found unchanged in the draft.
  var facts: Int
  var factsKept: Int
  var factsMissing: Int
  var factsInvented: Int

  /// Violations per 100 words of the draft.
  var violationDensity: Double {
    wordsAfter == 0 ? 0 : Double(violations) * 100 / Double(wordsAfter)
  }

  /// Findings per 100 words of the draft.
  var findingDensity: Double {
    wordsAfter == 0 ? 0 : Double(findings) * 100 / Double(wordsAfter)
  }
}

/// One output file and the hash of its bytes.
struct OutputFile: Hashable, Sendable, Codable {
  let path: String
  let hash: String
}

/// The result for one document: converted, or failed with a German reason.
struct DocumentRecord: Hashable, Sendable, Codable {
  enum Status: String, Sendable, Codable { case converted, failed }

  let path: String
  let format: String
  let bytes: Int
  let inputHash: String
  let status: Status
  let reason: String?
  let outputs: [OutputFile]
  let metrics: DocumentMetrics?

  static func failed(
    _ input: BatchInput, format: String, bytes: Int, hash: String, _ reason: String
  )
    -> DocumentRecord
  {
    DocumentRecord(
      path: input.relative, format: format, bytes: bytes, inputHash: hash, status: .failed,
      reason: reason, outputs: [], metrics: nil)
  }
}
