/// Plain text (LS-Text v1) and Markdown renderings of a draft layout.
///
/// Plain text: `#` headings, one sentence per line, `- ` list items, explanations indented by two
/// spaces, a blank line between blocks. Markdown: the same, with a hard line break (`\`) after
/// each line inside a block and Markdown syntax in the text escaped.
enum DraftText {
  static func render(_ layout: DraftLayout, markdown: Bool) -> String {
    var output = ""
    for (index, block) in layout.blocks.enumerated() {
      if index > 0 { output += "\n" }
      var lines: [String] = []
      for (offset, line) in block.lines.enumerated() {
        if block.kind == .table {
          lines.append(line.text)
          continue
        }
        let text = markdown ? escape(line.text) : removeEmphasis(line.text)
        let isTitle = offset == 0 && (block.kind == .glossary || block.kind == .checklist)
        if block.kind == .heading || isTitle {
          lines.append(String(repeating: "#", count: max(1, min(6, block.level ?? 1))) + " " + text)
          continue
        }
        switch line.kind {
        case .sentence:
          lines.append(block.kind == .list ? "  " + text : text)
        case .item(let marker):
          lines.append((markdown ? escapeMarker(marker) : marker) + " " + text)
        case .explanation:
          lines.append("  " + text)
        case .term:
          lines.append(markdown ? "**" + text + "**" : text)
        case .check:
          lines.append(markdown ? "- [ ] " + text : "[ ] " + text)
        }
      }
      // Markdown joins the lines of a paragraph; a trailing backslash keeps each on its own line.
      // Headings, list items and checklist items are lines of their own already.
      for (offset, line) in lines.enumerated() {
        output += line
        if markdown, offset + 1 < lines.count, needsHardBreak(block, offset, lines) {
          output += "\\"
        }
        output += "\n"
      }
    }
    return output
  }

  static func needsHardBreak(_ block: DraftLayout.Block, _ offset: Int, _ lines: [String]) -> Bool {
    let line = block.lines[offset]
    let next = block.lines[offset + 1]
    if block.kind == .heading || block.kind == .table { return false }
    if offset == 0 && (block.kind == .glossary || block.kind == .checklist) { return false }
    if case .check = next.kind { return false }
    if case .item = next.kind { return false }
    if case .check = line.kind { return false }
    return true
  }

  /// A cheap test before Foundation's search: `**` as two adjacent bytes (no other form of it
  /// exists, so without them `contains("**")` is false).
  static func hasDoubleAsterisk(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x2A && previous == 0x2A { return true }
      previous = byte
    }
    return false
  }

  /// Plain text drops balanced Markdown bold markers (`**wichtig**` → `wichtig`).
  static func removeEmphasis(_ text: String) -> String {
    guard hasDoubleAsterisk(text), text.contains("**") else { return text }
    let parts = text.components(separatedBy: "**")
    return parts.count % 2 == 1 ? parts.joined() : text
  }

  /// Escapes the characters that would start Markdown syntax; balanced `**` bold markers from
  /// Markdown input stay.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let keepBold =
      hasDoubleAsterisk(text) && text.contains("**")
      && text.components(separatedBy: "**").count % 2 == 1
    var skipNext = false
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if skipNext {
        skipNext = false
        continue
      }
      if keepBold, character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
        result += "**"
        skipNext = true
        continue
      }
      switch character {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "|":
        result.append("\\")
      case "#", "+", "-", "=":
        if index == 0 { result.append("\\") }
      default: break
      }
      result.append(character)
    }
    // `1. ` at the start of a line would become an ordered list.
    if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex,
      result[dot] == "." || result[dot] == ")"
    {
      let after = result.index(after: dot)
      if after == result.endIndex || result[after] == " " {
        result.insert("\\", at: dot)
      }
    }
    return result
  }

  /// List markers: numbers stay (`1.` is a Markdown ordered list), letters are escaped text.
  static func escapeMarker(_ marker: String) -> String {
    if marker == "-" || marker.first?.isNumber == true { return marker }
    return "- " + escape(marker)
  }
}
