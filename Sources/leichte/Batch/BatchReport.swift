import Foundation
import LeichteSprache

/// The reports of a batch run: `report.json`, `report.csv` and `report.html`. They depend only
/// on the documents (sorted by path) and the settings, never on timing or `--jobs`, so equal
/// inputs give equal bytes.
struct BatchReport {
  let documents: [DocumentRecord]
  let skipped: [SkippedInput]
  let settings: String
  let formats: [DraftFormat]

  var converted: [DocumentRecord] { documents.filter { $0.status == .converted } }
  var failed: [DocumentRecord] { documents.filter { $0.status == .failed } }

  /// Two decimals, as the reports show values.
  static func round(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return (value * 100).rounded() / 100
  }

  // MARK: JSON

  func json() -> String {
    struct Metrics: Encodable {
      let wordsBefore, wordsAfter, sentencesBefore, sentencesAfter: Int
      let fleschBefore, fleschAfter, lsIndexBefore, lsIndexAfter: Double?
      let changes, findings, violations: Int
      let violationsPerHundredWords, findingsPerHundredWords: Double?
      let facts, factsKept, factsMissing, factsInvented: Int
    }
    struct Document: Encodable {
      let path, format, status: String
      let reason: String?
      let bytes: Int
      let outputs: [String]
      let metrics: Metrics?
    }
    struct Summary: Encodable {
      let documents, converted, failed, skipped: Int
      let wordsBefore, wordsAfter: Int
      let medianLsIndexBefore, medianLsIndexAfter, medianFleschBefore, medianFleschAfter: Double?
      let facts, factsKept: Int
    }
    struct Report: Encodable {
      let program: String
      let settings: String
      let formats: [String]
      let summary: Summary
      let documents: [Document]
      let skipped: [SkippedInput]
    }
    let rows = documents.map { record in
      Document(
        path: record.path, format: record.format, status: record.status.rawValue,
        reason: record.reason, bytes: record.bytes, outputs: record.outputs.map(\.path),
        metrics: record.metrics.map { m in
          Metrics(
            wordsBefore: m.wordsBefore, wordsAfter: m.wordsAfter,
            sentencesBefore: m.sentencesBefore, sentencesAfter: m.sentencesAfter,
            fleschBefore: BatchReport.round(m.fleschBefore),
            fleschAfter: BatchReport.round(m.fleschAfter),
            lsIndexBefore: BatchReport.round(m.lsIndexBefore),
            lsIndexAfter: BatchReport.round(m.lsIndexAfter), changes: m.changes,
            findings: m.findings, violations: m.violations,
            violationsPerHundredWords: BatchReport.round(m.violationDensity),
            findingsPerHundredWords: BatchReport.round(m.findingDensity), facts: m.facts,
            factsKept: m.factsKept, factsMissing: m.factsMissing, factsInvented: m.factsInvented)
        })
    }
    let metrics = converted.compactMap(\.metrics)
    let summary = Summary(
      documents: documents.count, converted: converted.count, failed: failed.count,
      skipped: skipped.count, wordsBefore: metrics.reduce(0) { $0 + $1.wordsBefore },
      wordsAfter: metrics.reduce(0) { $0 + $1.wordsAfter },
      medianLsIndexBefore: BatchReport.round(
        BatchReport.median(metrics.compactMap(\.lsIndexBefore))),
      medianLsIndexAfter: BatchReport.round(BatchReport.median(metrics.compactMap(\.lsIndexAfter))),
      medianFleschBefore: BatchReport.round(BatchReport.median(metrics.compactMap(\.fleschBefore))),
      medianFleschAfter: BatchReport.round(BatchReport.median(metrics.compactMap(\.fleschAfter))),
      facts: metrics.reduce(0) { $0 + $1.facts }, factsKept: metrics.reduce(0) { $0 + $1.factsKept }
    )
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let report = Report(
      program: "leichte \(LeichteVersion.string)", settings: settings,
      formats: formats.map(\.rawValue), summary: summary, documents: rows, skipped: skipped)
    return String(decoding: (try? encoder.encode(report)) ?? Data("null".utf8), as: UTF8.self)
      + "\n"
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  // MARK: CSV

  static let csvColumns = [
    "path", "format", "status", "reason", "bytes", "words_before", "words_after",
    "sentences_before", "sentences_after", "flesch_before", "flesch_after", "ls_index_before",
    "ls_index_after", "changes", "findings", "violations", "violations_per_hundred_words", "facts",
    "facts_kept", "facts_missing", "facts_invented",
  ]

  func csv() -> String {
    var lines = [BatchReport.csvColumns.joined(separator: ",")]
    for record in documents {
      var cells = [
        ScoreRenderer.csvField(record.path), record.format, record.status.rawValue,
        ScoreRenderer.csvField(record.reason ?? ""), String(record.bytes),
      ]
      if let m = record.metrics {
        cells += [
          String(m.wordsBefore), String(m.wordsAfter), String(m.sentencesBefore),
          String(m.sentencesAfter),
        ]
        cells += [m.fleschBefore, m.fleschAfter, m.lsIndexBefore, m.lsIndexAfter].map {
          ScoreRenderer.number($0)
        }
        cells += [String(m.changes), String(m.findings), String(m.violations)]
        cells.append(ScoreRenderer.number(m.violationDensity))
        cells += [m.facts, m.factsKept, m.factsMissing, m.factsInvented].map(String.init)
      } else {
        cells += Array(repeating: "", count: BatchReport.csvColumns.count - cells.count)
      }
      lines.append(cells.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
