import Foundation
import Testing

@testable import LeichteSprache

@Suite("Document model and offsets")
struct DocumentModelTests {
  /// Offsets are UTF-16 code units: a prefix with an emoji (2 units) and umlauts (1 unit each)
  /// must still map every plain token back to its text.
  @Test func utf16OffsetsWithMultibytePrefix() {
    let text = "🙂 Ein Satz davor. Größere Übergänge kosten 25,50 € am 3. März."
    let document = testSegmenter.segment(text)
    for token in document.sentences.flatMap(\.tokens) {
      #expect(String(document[token.range]) == token.text)
    }
    #expect(document.sentences[1].range.start == 19)
  }

  @Test func codableRoundTrip() throws {
    let document = testSegmenter.segment(
      "# Titel\n\nEin Satz. Noch einer mit § 3 und z. B. mehr.\n- Punkt")
    let data = try JSONEncoder().encode(document)
    let decoded = try JSONDecoder().decode(Document.self, from: data)
    #expect(decoded == document)
  }

  /// The fast JSON writer of the CLI and the `Codable` conformance describe the same values.
  @Test func fastJSONMatchesCodable() throws {
    let document = testSegmenter.segment(
      "## 2. Ziele\n\nEin „Satz“ mit \\ und \t Tab. Noch einer.\n- Punkt\n\nSeite 2 von 3\n")
    for block in document.blocks {
      var json = ""
      DocumentJSON.append(block, to: &json)
      #expect(try JSONDecoder().decode(Block.self, from: Data(json.utf8)) == block)
    }
  }

  @Test func invalidRangeIsRejectedWhenDecoding() {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(TextRange.self, from: Data("[5,2]".utf8))
    }
  }

  /// Chunked segmentation (as the CLI does for large inputs) gives the same ranges as segmenting
  /// the whole text, when chunks end at paragraph breaks.
  @Test func chunkedSegmentationMatchesWhole() {
    let first = "Erster Absatz mit z. B. einer Abkürzung.\n\n"
    let second = "Zweiter Absatz. Er hat 2 Sätze.\n"
    let whole = testSegmenter.segment(first + second).blocks
    let part1 = testSegmenter.blocks(utf16: Array(first.utf16), offset: 0)
    let part2 = testSegmenter.blocks(utf16: Array(second.utf16), offset: first.utf16.count)
    #expect(part1 + part2 == whole)
  }

  @Test func emptyAndBlankInput() {
    #expect(testSegmenter.segment("").blocks.isEmpty)
    #expect(testSegmenter.segment(" \n\n\t\n").blocks.isEmpty)
  }

  @Test func lineEndingsAndNormalisation() {
    let composed = testSegmenter.segment("Gr\u{00FC}n.\r\nBlau.\rRot.")
    let decomposed = testSegmenter.segment("\u{FEFF}Gru\u{0308}n.\nBlau.\nRot.")
    #expect(composed.text == "Grün.\nBlau.\nRot.")
    #expect(decomposed.text == composed.text)
    #expect(decomposed.sentences.count == 3)
  }
}

@Suite("Input decoding")
struct InputDecoderTests {
  @Test func invalidUTF8NamesTheByteOffset() {
    let bytes: [UInt8] = Array("Gültig".utf8) + [0xC3, 0x28] + Array(" weiter".utf8)
    #expect(throws: InputError.invalidUTF8(byteOffset: 7)) { try InputDecoder.decode(bytes) }
  }

  @Test func nulByteMeansBinary() {
    let bytes: [UInt8] = [0x41, 0x42, 0x00, 0x43]
    #expect(throws: InputError.binary(byteOffset: 2)) { try InputDecoder.decode(bytes) }
  }

  @Test func utf16IsRefused() {
    #expect(throws: InputError.unsupportedEncoding("UTF-16")) {
      try InputDecoder.decode([0xFF, 0xFE, 0x41, 0x00])
    }
  }

  @Test func bomAndLineEndings() throws {
    let units = try InputDecoder.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8))
    #expect(String(decoding: units, as: UTF16.self) == "a\nb\nc\n")
  }

  @Test func emptyInput() throws {
    #expect(try InputDecoder.decode([]).isEmpty)
  }

  @Test func errorMessagesAreGerman() {
    #expect(InputError.invalidUTF8(byteOffset: 7).description == "ungültiges UTF-8 bei Byte 7")
  }
}
