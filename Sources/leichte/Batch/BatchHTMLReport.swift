import Foundation
import LeichteSprache

/// `report.html`: one self-contained page (no scripts, no external files) for accessibility
/// teams. Charts are inline SVG with a text alternative and the same numbers as a table; before
/// and after differ by pattern as well as by colour.
extension BatchReport {
  func html() -> String {
    let metrics = converted.compactMap(\.metrics)
    var page = """
      <!DOCTYPE html>
      <html lang="de">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Bericht der Umwandlung in Leichte Sprache</title>
      <style>
      body { font-family: system-ui, sans-serif; font-size: 1.05rem; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 72rem; padding: 1rem; }
      table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
      caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
      th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; vertical-align: top; }
      thead th { background: #e8e8e8; }
      td.zahl { text-align: right; font-variant-numeric: tabular-nums; }
      .fehler { color: #8b0000; font-weight: bold; }
      figure { margin: 1.5rem 0; }
      svg { max-width: 100%; height: auto; }
      a { color: #0645ad; }
      a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
      </style>
      </head>
      <body>
      <main>
      <h1>Bericht der Umwandlung in Leichte Sprache</h1>
      <p>Die Texte sind Entwürfe. Menschen aus der Zielgruppe müssen sie prüfen.</p>
      <h2>Zusammenfassung</h2>
      <dl>

      """
    let facts = metrics.reduce(0) { $0 + $1.facts }
    let kept = metrics.reduce(0) { $0 + $1.factsKept }
    let summary: [(String, String)] = [
      ("Dokumente", "\(documents.count)"),
      ("Umgewandelt", "\(converted.count)"),
      ("Fehlgeschlagen", "\(failed.count)"),
      ("Übersprungene Dateien", "\(skipped.count)"),
      (
        "LS-Index (Median) vorher → nachher",
        "\(BatchReport.german(BatchReport.median(metrics.compactMap(\.lsIndexBefore)))) → \(BatchReport.german(BatchReport.median(metrics.compactMap(\.lsIndexAfter))))"
      ),
      (
        "Flesch (Median) vorher → nachher",
        "\(BatchReport.german(BatchReport.median(metrics.compactMap(\.fleschBefore)))) → \(BatchReport.german(BatchReport.median(metrics.compactMap(\.fleschAfter))))"
      ),
      ("Fakten behalten", "\(kept) von \(facts)"),
      ("Ausgabeformate", formats.map(\.rawValue).joined(separator: ", ")),
    ]
    for (term, value) in summary {
      page += "<dt>\(BatchReport.escape(term))</dt><dd>\(BatchReport.escape(value))</dd>\n"
    }
    page += "</dl>\n"
    page += "<h2>Verteilung der Werte</h2>\n"
    page += histogram(
      id: "ls-index", title: "LS-Index vorher und nachher",
      explanation: "LS-Index von 0 bis 100; höhere Werte bedeuten leichter lesbar.",
      before: metrics.compactMap(\.lsIndexBefore), after: metrics.compactMap(\.lsIndexAfter))
    page += histogram(
      id: "flesch", title: "Flesch-Lesbarkeit (Amstad) vorher und nachher",
      explanation:
        "Flesch-Wert von 0 bis 100 (Werte außerhalb zählen zum Rand); höhere Werte bedeuten leichter lesbar.",
      before: metrics.compactMap(\.fleschBefore), after: metrics.compactMap(\.fleschAfter))
    page += documentTable()
    page += failureList()
    page += "</main>\n</body>\n</html>\n"
    return page
  }

  private func documentTable() -> String {
    var html = """
      <h2>Alle Dokumente</h2>
      <table>
      <caption>Lesbarkeit vorher und nachher, Verstöße und Fakten je Dokument</caption>
      <thead><tr><th scope="col">Dokument</th><th scope="col">Status</th>\
      <th scope="col">Wörter vorher / nachher</th><th scope="col">LS-Index vorher</th>\
      <th scope="col">LS-Index nachher</th><th scope="col">Flesch vorher</th>\
      <th scope="col">Flesch nachher</th><th scope="col">Änderungen</th>\
      <th scope="col">Verstöße je 100 Wörter</th><th scope="col">Fakten behalten</th></tr></thead>
      <tbody>

      """
    for record in documents {
      let name: String
      if let first = formats.first(where: { $0 != .json }) ?? formats.first,
        record.status == .converted
      {
        let link = DocumentProcessor.outputPath(record.path, first)
        name =
          "<a href=\"\(BatchReport.escape(BatchReport.urlPath(link)))\">\(BatchReport.escape(record.path))</a>"
      } else {
        name = BatchReport.escape(record.path)
      }
      html += "<tr><th scope=\"row\">\(name)</th>"
      guard let m = record.metrics else {
        html +=
          "<td class=\"fehler\" colspan=\"9\">Fehler: \(BatchReport.escape(record.reason ?? ""))</td></tr>\n"
        continue
      }
      let cells = [
        "\(m.wordsBefore) / \(m.wordsAfter)", BatchReport.german(m.lsIndexBefore),
        BatchReport.german(m.lsIndexAfter), BatchReport.german(m.fleschBefore),
        BatchReport.german(m.fleschAfter), "\(m.changes)", BatchReport.german(m.violationDensity),
        "\(m.factsKept) von \(m.facts)",
      ]
      html += "<td>umgewandelt</td>"
      for cell in cells { html += "<td class=\"zahl\">\(BatchReport.escape(cell))</td>" }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html
  }

  private func failureList() -> String {
    var html = "<h2>Fehler</h2>\n"
    if failed.isEmpty {
      html += "<p>Alle Dokumente wurden umgewandelt.</p>\n"
    } else {
      html += "<ul>\n"
      for record in failed {
        html +=
          "<li><strong>\(BatchReport.escape(record.path))</strong>: \(BatchReport.escape(record.reason ?? ""))</li>\n"
      }
      html += "</ul>\n"
    }
    if !skipped.isEmpty {
      html += "<h2>Übersprungene Dateien</h2>\n<ul>\n"
      for item in skipped {
        html +=
          "<li><strong>\(BatchReport.escape(item.path))</strong>: \(BatchReport.escape(item.reason))</li>\n"
      }
      html += "</ul>\n"
    }
    return html
  }

  /// Counts of values in ten bins of width 10 from 0 to 100 (values outside go to the edge bins).
  static func bins(_ values: [Double]) -> [Int] {
    var counts = Array(repeating: 0, count: 10)
    for value in values where value.isFinite {
      counts[min(max(Int((value / 10).rounded(.down)), 0), 9)] += 1
    }
    return counts
  }

  /// A grouped bar chart of the distributions before and after, with its data table.
  private func histogram(
    id: String, title: String, explanation: String, before: [Double], after: [Double]
  )
    -> String
  {
    let first = BatchReport.bins(before)
    let second = BatchReport.bins(after)
    let highest = max(first.max() ?? 0, second.max() ?? 0, 1)
    let width = 640
    let height = 280
    let left = 48
    let bottom = 40
    let top = 20
    let plotHeight = height - bottom - top
    let slot = (width - left - 10) / 10
    let bar = (slot - 8) / 2
    var description = "\(explanation) Anzahl der Dokumente je Bereich, vorher / nachher: "
    description += (0..<10).map { "\($0 * 10) bis \($0 * 10 + 10): \(first[$0]) / \(second[$0])" }
      .joined(separator: "; ")
    var svg = """
      <figure>
      <svg id="\(id)" role="img" aria-labelledby="\(id)-titel \(id)-beschreibung" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">
      <title id="\(id)-titel">\(BatchReport.escape(title))</title>
      <desc id="\(id)-beschreibung">\(BatchReport.escape(description)).</desc>
      <defs><pattern id="\(id)-schraffur" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#4d4d4d"/></pattern></defs>
      <line x1="\(left)" y1="\(top + plotHeight)" x2="\(width - 10)" y2="\(top + plotHeight)" stroke="#1a1a1a"/>
      <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(top + plotHeight)" stroke="#1a1a1a"/>
      <text x="\(left - 6)" y="\(top + 4)" text-anchor="end" font-size="12">\(highest)</text>
      <text x="\(left - 6)" y="\(top + plotHeight)" text-anchor="end" font-size="12">0</text>

      """
    for index in 0..<10 {
      let x = left + index * slot + 4
      for (offset, counts, fill) in [
        (0, first, "url(#\(id)-schraffur)"), (bar, second, "#005a9c"),
      ] {
        let barHeight = counts[index] * plotHeight / highest
        let y = top + plotHeight - barHeight
        svg +=
          "<rect x=\"\(x + offset)\" y=\"\(y)\" width=\"\(bar)\" height=\"\(barHeight)\" fill=\"\(fill)\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>\n"
        if counts[index] > 0 {
          svg +=
            "<text x=\"\(x + offset + bar / 2)\" y=\"\(y - 4)\" text-anchor=\"middle\" font-size=\"11\">\(counts[index])</text>\n"
        }
      }
      svg +=
        "<text x=\"\(x + bar)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\" font-size=\"12\">\(index * 10)–\(index * 10 + 10)</text>\n"
    }
    let legendY = height - 8
    svg += """
      <rect x="\(left)" y="\(legendY - 11)" width="14" height="12" fill="url(#\(id)-schraffur)" stroke="#1a1a1a"/>
      <text x="\(left + 20)" y="\(legendY)" font-size="12">vorher (schraffiert)</text>
      <rect x="\(left + 170)" y="\(legendY - 11)" width="14" height="12" fill="#005a9c" stroke="#1a1a1a"/>
      <text x="\(left + 190)" y="\(legendY)" font-size="12">nachher (blau)</text>
      </svg>
      <figcaption>\(BatchReport.escape(title)). \(BatchReport.escape(explanation))</figcaption>
      </figure>
      <table>
      <caption>Daten zum Diagramm: \(BatchReport.escape(title))</caption>
      <thead><tr><th scope="col">Bereich</th><th scope="col">Dokumente vorher</th><th scope="col">Dokumente nachher</th></tr></thead>
      <tbody>

      """
    for index in 0..<10 {
      svg +=
        "<tr><th scope=\"row\">\(index * 10) bis \(index * 10 + 10)</th><td class=\"zahl\">\(first[index])</td><td class=\"zahl\">\(second[index])</td></tr>\n"
    }
    svg += "</tbody>\n</table>\n"
    return svg
  }

  static func german(_ value: Double?) -> String {
    guard let value = round(value) else { return "–" }
    return String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
  }

  static func escape(_ text: String) -> String { HTML.escape(text) }

  /// A relative path as a URL path (each part percent-encoded).
  static func urlPath(_ path: String) -> String {
    path.split(separator: "/").map {
      String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"]))
        ?? String($0)
    }.joined(separator: "/")
  }
}
