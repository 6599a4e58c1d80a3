import ArgumentParser
import Foundation
import LeichteSprache

extension Leichte {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Text in Abschnitte, Sätze und Wörter zerlegen.",
      discussion: """
        Textausgabe: ein Satz pro Zeile, Leerraum und weiche Zeilenumbrüche zu einem Leerzeichen \
        zusammengefasst, am Zeilenende getrennte Wörter wieder verbunden, eine Leerzeile zwischen \
        Abschnitten (Listenpunkte und Adresszeilen stehen ohne Leerzeile untereinander). \
        Seitenangaben aus PDF-Auszügen (Seite 3 von 6) erscheinen nur in der JSON-Ausgabe.

        JSON-Ausgabe: ein Objekt pro Dokument und Zeile (JSON Lines) mit "source", "blocks" und \
        "text". Alle Bereiche ("range") sind [Anfang, Ende) in UTF-16-Codeeinheiten von "text".
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Ausgabeformat: text oder json.")
    var format: OutputFormat = .text

    func run() throws {
      let lexicon = try common.loadLexicon(.abbreviations)
      let segmenter = Segmenter(lexicon: lexicon)
      let output = FileOutput.standardOutput
      defer { output.flush() }
      let showNames = common.inputs.count > 1 && format == .text
      for (index, path) in common.inputs.enumerated() {
        let reader = InputReader(path: path)
        if showNames {
          if index > 0 { output.write("\n") }
          output.write("==> \(reader.displayName) <==\n")
        }
        if common.eachLine {
          try reader.forEachLine { number, units in
            let blocks = segmenter.blocks(utf16: units, offset: 0)
            switch format {
            case .text: SegmentRenderer.writeText(blocks, to: output, separator: "\n")
            case .json:
              SegmentRenderer.writeJSON(
                source: reader.displayName, line: number, blocks: blocks,
                text: String(decoding: units, as: UTF16.self), to: output)
            }
          }
          continue
        }
        var offset = 0
        // The escaped JSON string content of the whole input comes after the blocks: it is kept
        // in an anonymous temporary file (in memory only if none can be made), so memory stays
        // near the size of one chunk.
        let spool = format == .json ? tmpfile() : nil
        defer { if let spool { fclose(spool) } }
        var text = ""
        var renderer = SegmentRenderer.TextState()
        if format == .json {
          output.write("{\"source\":\(SegmentRenderer.json(reader.displayName)),\"blocks\":[")
        }
        var firstBlock = true
        try reader.forEachChunk { units in
          let blocks = segmenter.blocks(utf16: units, offset: offset)
          offset += units.count
          switch format {
          case .text:
            renderer.write(blocks, to: output)
          case .json:
            // The text is kept only as its escaped JSON form, chunk by chunk, so memory stays
            // near the size of the input.
            var escaped = ""
            DocumentJSON.appendString(String(decoding: units, as: UTF16.self), to: &escaped)
            let content = escaped.utf8.dropFirst().dropLast()
            if let spool {
              let bytes = Array(content)
              guard fwrite(bytes, 1, bytes.count, spool) == bytes.count else {
                reportError(
                  "\(reader.displayName): Die Zwischendatei für den Text ist nicht schreibbar.")
                throw SysExit.ioError
              }
            } else {
              text += String(decoding: content, as: UTF8.self)
            }
            var json = ""
            for block in blocks {
              if !firstBlock { json += "," }
              firstBlock = false
              DocumentJSON.append(block, to: &json)
              if json.utf8.count >= 1 << 16 {
                output.write(json)
                json = ""
              }
            }
            output.write(json)
          }
        }
        if format == .json {
          output.write("],\"text\":\"")
          if let spool {
            rewind(spool)
            var piece = [UInt8](repeating: 0, count: 1 << 16)
            while true {
              let count = fread(&piece, 1, piece.count, spool)
              if count == 0 { break }
              output.write(utf8: piece[0..<count])
            }
          } else {
            output.write(text)
          }
          output.write("\"}\n")
        }
      }
    }
  }
}

/// Renders segmentation results.
enum SegmentRenderer {
  /// Tracks the previous block so blank lines fall between blocks across chunks.
  struct TextState {
    var previous: Block.Kind? = nil

    mutating func write(_ blocks: [Block], to output: FileOutput) {
      var text = ""
      for block in blocks where block.kind != .pageFurniture {
        if let previous,
          !(previous == block.kind && (block.kind == .listItem || block.kind == .line))
        {
          text += "\n"
        }
        previous = block.kind
        for (index, sentence) in block.sentences.enumerated() {
          if index == 0, let marker = block.marker {
            text += marker
            text += " "
          }
          sentence.appendText(to: &text)
          text += "\n"
        }
      }
      output.write(text)
    }
  }

  static func writeText(_ blocks: [Block], to output: FileOutput, separator: String) {
    var state = TextState()
    state.write(blocks, to: output)
    output.write(separator)
  }

  static func writeJSON(
    source: String, line: Int, blocks: [Block], text: String, to output: FileOutput
  ) {
    var json = "{\"source\":"
    DocumentJSON.appendString(source, to: &json)
    json += ",\"line\":\(line),\"blocks\":["
    for (index, block) in blocks.enumerated() {
      if index > 0 { json += "," }
      DocumentJSON.append(block, to: &json)
    }
    json += "],\"text\":"
    DocumentJSON.appendString(text, to: &json)
    json += "}\n"
    output.write(json)
  }

  static func json(_ string: String) -> String {
    var json = ""
    DocumentJSON.appendString(string, to: &json)
    return json
  }
}
