/// A fast JSON writer for the document model, for the streaming output of `leichte segment`
/// (Foundation's `JSONEncoder` took 26 s for 30 MB of laws). It writes the same keys as the
/// `Codable` conformance, sorted, with ranges as `[start, end]`.
public enum DocumentJSON {
  /// Appends `block` as a JSON object to `output`.
  public static func append(_ block: Block, to output: inout String) {
    output += "{\"kind\":\""
    output += block.kind.rawValue
    output += "\""
    if let level = block.level {
      output += ",\"level\":"
      output += String(level)
    }
    if let marker = block.marker {
      output += ",\"marker\":"
      appendString(marker, to: &output)
    }
    output += ",\"range\":"
    append(block.range, to: &output)
    output += ",\"sentences\":["
    for (index, sentence) in block.sentences.enumerated() {
      if index > 0 { output += "," }
      output += "{\"range\":"
      append(sentence.range, to: &output)
      output += ",\"tokens\":["
      for (tokenIndex, token) in sentence.tokens.enumerated() {
        if tokenIndex > 0 { output += "," }
        output += "{\"kind\":\""
        output += token.kind.rawValue
        output += "\",\"range\":"
        append(token.range, to: &output)
        output += ",\"text\":"
        appendString(token.text, to: &output)
        output += "}"
      }
      output += "]}"
    }
    output += "]}"
  }

  static func append(_ range: TextRange, to output: inout String) {
    output += "["
    output += String(range.start)
    output += ","
    output += String(range.end)
    output += "]"
  }

  /// Appends `string` as a JSON string literal: quotes, backslashes and control characters
  /// escaped, everything else as UTF-8.
  public static func appendString(_ string: String, to output: inout String) {
    output += "\""
    var needsEscaping = false
    for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      needsEscaping = true
      break
    }
    if !needsEscaping {
      output += string
    } else {
      for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
