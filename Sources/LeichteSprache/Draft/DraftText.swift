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
        let text = markdown ? escape(line.text) : line.text
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
    if block.kind == .heading { return false }
    if offset == 0 && (block.kind == .glossary || block.kind == .checklist) { return false }
    if case .check = next.kind { return false }
    if case .item = next.kind { return false }
    if case .check = line.kind { return false }
    return true
  }

  /// Escapes the characters that would start Markdown syntax.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for (index, character) in text.enumerated() {
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
