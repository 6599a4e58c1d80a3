import Foundation

/// A complete, accessible HTML page of a draft: `lang="de"`, one sans-serif font at 1.25 em,
/// line height 1.6, left aligned, no hyphenation, no italics, one sentence per line, headings and
/// lists as real HTML structure. No scripts, no external resources.
enum DraftHTML {
  static let style = """
    body { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 1.25em; \
    line-height: 1.6; text-align: left; hyphens: none; -webkit-hyphens: none; \
    overflow-wrap: normal; word-break: keep-all; color: #111; background: #fff; \
    max-width: 40em; margin: 1em auto; padding: 0 1em; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.3; margin: 1.2em 0 0.4em; }
    p { margin: 0 0 1em; }
    .satz { display: block; }
    ul, ol { padding-left: 1.5em; margin: 0 0 1em; }
    li { margin: 0 0 0.3em; }
    li.marke { list-style: none; }
    .erklaerung { display: block; margin-left: 1.5em; }
    .hinweis { border: 2px solid #333; padding: 0.5em 0.8em; margin: 0 0 1.5em; }
    dt { font-weight: bold; margin-top: 0.6em; }
    dd { margin-left: 1.5em; }
    em, i { font-style: normal; }
    table { border-collapse: collapse; margin: 0 0 1em; }
    th, td { border: 1px solid #666; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
    """

  static func render(_ layout: DraftLayout, title: String) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="de">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title.isEmpty ? "Entwurf in Leichter Sprache" : title)) – Entwurf in Leichter Sprache</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <main>

      """
    for block in layout.blocks {
      switch block.kind {
      case .notice, .disclaimer:
        html += "<div class=\"hinweis\" role=\"note\">\n"
        html += paragraph(block.lines)
        html += "</div>\n"
      case .heading:
        let level = max(1, min(6, block.level ?? 1))
        html += "<h\(level)>\(escape(block.lines.first?.text ?? ""))</h\(level)>\n"
        html += explanationSpans(block.lines.dropFirst())
      case .paragraph, .lines:
        html += paragraph(block.lines)
      case .list:
        html += list(block.lines)
      case .table:
        html += table(block.lines)
      case .glossary:
        html += "<section aria-labelledby=\"woerter-buch\">\n"
        html +=
          "<h2 id=\"woerter-buch\">\(escape(block.lines.first?.text ?? DraftLayout.glossaryTitle))</h2>\n<dl>\n"
        for line in block.lines.dropFirst() {
          switch line.kind {
          case .term: html += "<dt>\(escape(line.text))</dt>\n"
          default: html += "<dd>\(escape(line.text))</dd>\n"
          }
        }
        html += "</dl>\n</section>\n"
      case .checklist:
        html += "<section aria-labelledby=\"pruef-liste\">\n"
        html +=
          "<h2 id=\"pruef-liste\">\(escape(block.lines.first?.text ?? DraftLayout.checklistTitle))</h2>\n<ul>\n"
        for line in block.lines.dropFirst() {
          html += "<li>\(escape(line.text))</li>\n"
        }
        html += "</ul>\n</section>\n"
      }
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  /// One `<p>` per block, each sentence on its own line.
  static func paragraph(_ lines: [DraftLayout.Line]) -> String {
    var html = "<p>\n"
    for line in lines {
      let cls = line.kind == .explanation ? "erklaerung" : "satz"
      html += "<span class=\"\(cls)\">\(escape(line.text))</span>\n"
    }
    return html + "</p>\n"
  }

  static func explanationSpans(_ lines: ArraySlice<DraftLayout.Line>) -> String {
    guard !lines.isEmpty else { return "" }
    return paragraph(Array(lines))
  }

  /// Bullets as `<ul>`; numbered markers as `<ol>` with the marker kept visible in the text
  /// when it is not a plain number.
  static func list(_ lines: [DraftLayout.Line]) -> String {
    var items: [(marker: String, lines: [DraftLayout.Line])] = []
    for line in lines {
      if case .item(let marker) = line.kind {
        items.append((marker, [line]))
      } else if !items.isEmpty {
        items[items.count - 1].lines.append(line)
      }
    }
    // Plain numbers (`1.`, `2)`) make an ordered list; letters and other markers stay visible
    // as text in front of the item.
    func number(_ marker: String) -> Int? {
      guard let last = marker.last, last == "." || last == ")" else { return nil }
      return Int(marker.dropLast())
    }
    let ordered = !items.isEmpty && items.allSatisfy { number($0.marker) != nil }
    var html = ordered ? "<ol>\n" : "<ul>\n"
    for item in items {
      if ordered, let value = number(item.marker) {
        html += "<li value=\"\(value)\">"
      } else {
        html += item.marker == "-" ? "<li>" : "<li class=\"marke\">"
      }
      for (index, line) in item.lines.enumerated() {
        let cls = line.kind == .explanation ? "erklaerung" : "satz"
        var text = escape(line.text)
        if index == 0, !ordered, item.marker != "-" { text = escape(item.marker) + " " + text }
        html += "<span class=\"\(cls)\">\(text)</span>"
      }
      html += "</li>\n"
    }
    return html + (ordered ? "</ol>\n" : "</ul>\n")
  }

  /// Markdown table rows as an HTML table; the first row is the header, `|---|` rows are
  /// dropped. Bold markers inside cells are removed.
  static func table(_ lines: [DraftLayout.Line]) -> String {
    let rows = lines.map { line -> [String] in
      var cells = line.text.split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if cells.first == "" { cells.removeFirst() }
      if cells.last == "" { cells.removeLast() }
      return cells.map { DraftText.removeEmphasis($0) }
    }.filter { row in !row.allSatisfy { $0.allSatisfy { "-:".contains($0) } } }
    guard let header = rows.first else { return "" }
    var html = "<table>\n<thead><tr>"
    for cell in header { html += "<th scope=\"col\">\(escape(cell))</th>" }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows.dropFirst() {
      html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  static func escape(_ text: String) -> String { HTML.escape(text) }
}

/// HTML text escaping shared by the draft page and the batch report.
public enum HTML {
  /// `&`, `<`, `>` and `"` as entities; everything else as it is.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
