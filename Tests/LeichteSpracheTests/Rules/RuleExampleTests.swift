import Testing

@testable import LeichteSprache

/// Every example of every rule in the catalogue, once as written and once after a prefix with
/// an emoji (two UTF-16 units) and a sentence, which catches offset errors.
@Suite struct RuleExampleTests {
  static let prefix = "🙂 Ein Satz davor. "

  @Test(arguments: RuleCatalog.all.map(\.id))
  func examples(_ id: RuleID) throws {
    let rule = try #require(RuleCatalog.rule(id))
    for example in rule.examples {
      for prefix in ["", Self.prefix] {
        let text = prefix + example.text
        let shift = prefix.utf16.count
        let found = RuleTestSupport.findings(rule, text).map(\.range).sorted()
        let location = SourceLocation(
          fileID: "LeichteSprache/\(example.file.split(separator: "/").last ?? "")",
          filePath: example.file, line: example.line, column: 1)
        switch example.kind {
        case .ok:
          #expect(
            found.isEmpty, "\(id): „\(text)“ sollte nichts melden, meldet \(describe(found, text))",
            sourceLocation: location)
        case .flags, .rewrites:
          let expected = example.expectedRanges.map { $0.shifted(by: shift) }.sorted()
          #expect(
            found == expected,
            "\(id): „\(text)“ erwartet \(describe(expected, text)), gefunden \(describe(found, text))",
            sourceLocation: location)
          if case .rewrites(let rewritten) = example.kind {
            checkRewrite(rule, text, expected: prefix + rewritten, at: location)
          }
        }
      }
    }
  }

  /// The rule alone rewrites `text` to `expected`, keeps every fact, and leaves `expected`
  /// as it is (idempotence).
  func checkRewrite(
    _ rule: any Rule, _ text: String, expected: String, at location: SourceLocation
  ) {
    let result = RuleTestSupport.simplified(rule, text)
    #expect(
      result.output.text == expected,
      "\(rule.id): „\(text)“ wird zu „\(result.output.text)“, erwartet „\(expected)“",
      sourceLocation: location)
    #expect(
      result.facts.isComplete,
      "\(rule.id): „\(text)“ verliert \(result.facts.missing.map(\.text)) oder erfindet \(result.facts.invented.map(\.text))",
      sourceLocation: location)
    let again = RuleTestSupport.simplified(rule, expected).output.text
    #expect(
      again == expected, "\(rule.id): nicht idempotent: „\(expected)“ wird zu „\(again)“",
      sourceLocation: location)
  }

  func describe(_ ranges: [TextRange], _ text: String) -> String {
    let units = Array(text.utf16)
    return "["
      + ranges.map { r in
        let end = min(r.end, units.count)
        let start = min(r.start, end)
        return "„" + String(decoding: units[start..<end], as: UTF16.self) + "“ \(r)"
      }.joined(separator: ", ") + "]"
  }
}
