import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// The JSON of a draft is written directly for speed; it must be the same text, byte for byte,
/// as `JSONEncoder` writes from the record types (`DraftJSON.renderWithEncoder`).
@Suite("Draft JSON: direct writer equals the encoder")
struct DraftJSONWriterTests {
  static let engine = Engine(
    lexicon: RuleTestSupport.lexicon,
    ruleData: (try? RuleData.load(from: Paths.lexicons)) ?? .empty)

  static func encoded(_ text: String) -> String {
    let data = (try? DraftJSON.encoder.encode([text])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func stringEscapesMatchTheEncoder() {
    var all = ""
    for value in 0..<0x80 { all.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
    let samples = [
      all, "", "\"", "\\", "a/b", "Zeile\r\nZeile", "é§·–„“\u{2028}\u{FEFF}👍🏽", "\u{7F}\u{1F}",
    ]
    for sample in samples {
      var json = JSONText()
      json.raw("[")
      json.string(sample)
      json.raw("]")
      #expect(json.text == Self.encoded(sample), "\(sample.debugDescription)")
    }
  }

  @Test func corpusDraftsMatchTheEncoder() throws {
    let urls = try CorpusFacts.load().map(\.text)
    #expect(urls.count >= 20)
    for url in urls.prefix(6) {
      let text = try String(contentsOf: url, encoding: .utf8)
      let draft = Self.engine.draft(text)
      #expect(!draft.simplification.changes.isEmpty)
      let source = url.lastPathComponent
      #expect(
        DraftJSON.render(draft, source: source)
          == DraftJSON.renderWithEncoder(draft, source: source), "\(source)")
    }
  }

  /// Quotes, backslashes, control characters and a line number (`--each-line`).
  @Test func unusualTextsMatchTheEncoder() {
    let texts = [
      "Sie bekommen gemäß § 7 WoGG \"Wohngeld\" \\ 1.000 € (Az.: 50/3)\t– bis zum 31.12.2026.",
      "",
      "Der Antrag\u{0B}ist da.\u{0C} Die Frist beträgt 2 Wochen.",
    ]
    for (n, text) in texts.enumerated() {
      let draft = Self.engine.draft(text)
      for line in [nil, n + 1] {
        #expect(
          DraftJSON.render(draft, source: "a\"b/c\\d.txt", line: line)
            == DraftJSON.renderWithEncoder(draft, source: "a\"b/c\\d.txt", line: line))
      }
    }
  }
}
