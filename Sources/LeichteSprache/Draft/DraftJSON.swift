import Foundation

/// The JSON form of a draft: one object with sorted keys.
///
/// Keys: `source`, `draft` (always true: the text is a draft to be checked), `output` (the draft as
/// plain text, as `--format txt` writes it), `text` (the rewritten text that the ranges of
/// `remaining` and `explanations` refer to), `changes` (audit trail; `range` in the input),
/// `explanations`, `remaining`, `facts` (`complete`, `kept`, `missing`, `invented`), `scores`
/// (`before`, `after`: the readability of input and rewritten text), `findings_per_100_words`
/// (`before`, `after`), `passes`. Ranges are `[start, end)` in UTF-16 code units.
enum DraftJSON {
  struct Record: Encodable {
    let source: String
    let line: Int?
    let draft = true
    let output: String
    let text: String
    let passes: Int
    let changes: [ChangeRecord]
    let explanations: [ExplanationRecord]
    let remaining: [FindingRecord]
    let facts: FactsRecord
    let scores: Pair<Readability>
    let findingsPer100Words: Pair<Double>

    enum CodingKeys: String, CodingKey {
      case source, line, draft, output, text, passes, changes, explanations, remaining, facts,
        scores
      case findingsPer100Words = "findings_per_100_words"
    }
  }

  struct Pair<Value: Encodable>: Encodable {
    let before: Value
    let after: Value
  }

  struct ChangeRecord: Encodable {
    let rule: String
    let status: String
    let pass: Int
    let range: TextRange
    let before: String
    let after: String
    let reason: String
    let evidence: String?
  }

  struct ExplanationRecord: Encodable {
    let term: String
    let headword: String
    let text: String
    let rule: String
    let evidence: String?
    let range: TextRange
  }

  struct FindingRecord: Encodable {
    let rule: String
    let severity: String
    let message: String
    let range: TextRange
    let suggestions: [String]
  }

  struct FactsRecord: Encodable {
    let complete: Bool
    let kept: [Fact]
    let missing: [Fact]
    let invented: [Fact]
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// The JSON text of a draft. The long arrays (changes, findings, facts) are written directly,
  /// byte for byte as `encoder` writes them (sorted keys, the same escapes, nil fields left
  /// out); only the scores, which hold floating-point numbers, go through `encoder`. Writing the
  /// arrays directly is several times faster than building the encoder's value tree for them.
  /// `renderWithEncoder` is the reference the tests compare against.
  static func render(_ draft: Draft, source: String, line: Int? = nil) -> String {
    let s = draft.simplification
    let density = draft.findingDensity
    var json = JSONText()
    json.raw("{\"changes\":[")
    for (n, change) in s.changes.enumerated() {
      if n > 0 { json.raw(",") }
      json.raw("{\"after\":")
      json.string(change.after)
      json.raw(",\"before\":")
      json.string(change.before)
      if let evidence = change.evidence {
        json.raw(",\"evidence\":")
        json.string(evidence.description)
      }
      json.raw(",\"pass\":")
      json.int(change.pass)
      json.raw(",\"range\":")
      json.range(change.range)
      json.raw(",\"reason\":")
      json.string(change.reason)
      json.raw(",\"rule\":")
      json.string(change.rule.rawValue)
      json.raw(",\"status\":")
      json.string(change.status.rawValue)
      json.raw("}")
    }
    json.raw("],\"draft\":true,\"explanations\":[")
    for (n, explanation) in s.explanations.enumerated() {
      if n > 0 { json.raw(",") }
      json.raw("{")
      if let evidence = explanation.evidence {
        json.raw("\"evidence\":")
        json.string(evidence.description)
        json.raw(",")
      }
      json.raw("\"headword\":")
      json.string(explanation.headword)
      json.raw(",\"range\":")
      json.range(explanation.range)
      json.raw(",\"rule\":")
      json.string(explanation.rule.rawValue)
      json.raw(",\"term\":")
      json.string(explanation.term)
      json.raw(",\"text\":")
      json.string(explanation.text)
      json.raw("}")
    }
    json.raw("],\"facts\":{\"complete\":")
    json.raw(s.facts.isComplete ? "true" : "false")
    json.raw(",\"invented\":")
    json.facts(s.facts.invented)
    json.raw(",\"kept\":")
    json.facts(s.facts.kept)
    json.raw(",\"missing\":")
    json.facts(s.facts.missing)
    json.raw("},\"findings_per_100_words\":")
    json.encoded(
      Pair(before: Readability.rounded(density.before), after: Readability.rounded(density.after)))
    if let line {
      json.raw(",\"line\":")
      json.int(line)
    }
    json.raw(",\"output\":")
    json.string(DraftText.render(draft.layout, markdown: false))
    json.raw(",\"passes\":")
    json.int(s.passes)
    json.raw(",\"remaining\":[")
    for (n, finding) in s.remaining.enumerated() {
      if n > 0 { json.raw(",") }
      json.raw("{\"message\":")
      json.string(finding.message)
      json.raw(",\"range\":")
      json.range(finding.range)
      json.raw(",\"rule\":")
      json.string(finding.rule.rawValue)
      json.raw(",\"severity\":")
      json.string(finding.severity.rawValue)
      json.raw(",\"suggestions\":[")
      for (k, suggestion) in finding.suggestions.enumerated() {
        if k > 0 { json.raw(",") }
        json.string(suggestion)
      }
      json.raw("]}")
    }
    json.raw("],\"scores\":")
    json.encoded(Pair(before: draft.before, after: draft.after))
    json.raw(",\"source\":")
    json.string(source)
    json.raw(",\"text\":")
    json.string(s.output.text)
    json.raw("}\n")
    return json.text
  }

  /// The JSON text built by `encoder` from the record types: the reference for `render`.
  static func renderWithEncoder(_ draft: Draft, source: String, line: Int? = nil) -> String {
    let s = draft.simplification
    let density = draft.findingDensity
    let record = Record(
      source: source, line: line, output: DraftText.render(draft.layout, markdown: false),
      text: s.output.text,
      passes: s.passes,
      changes: s.changes.map {
        ChangeRecord(
          rule: $0.rule.rawValue, status: $0.status.rawValue, pass: $0.pass, range: $0.range,
          before: $0.before, after: $0.after, reason: $0.reason, evidence: $0.evidence?.description)
      },
      explanations: s.explanations.map {
        ExplanationRecord(
          term: $0.term, headword: $0.headword, text: $0.text, rule: $0.rule.rawValue,
          evidence: $0.evidence?.description, range: $0.range)
      },
      remaining: s.remaining.map {
        FindingRecord(
          rule: $0.rule.rawValue, severity: $0.severity.rawValue, message: $0.message,
          range: $0.range, suggestions: $0.suggestions)
      },
      facts: FactsRecord(
        complete: s.facts.isComplete, kept: s.facts.kept, missing: s.facts.missing,
        invented: s.facts.invented),
      scores: Pair(before: draft.before, after: draft.after),
      findingsPer100Words: Pair(
        before: Readability.rounded(density.before), after: Readability.rounded(density.after)))
    // Encoding plain values cannot fail.
    let data = (try? encoder.encode(record)) ?? Data("null".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

/// JSON text written byte by byte the way `DraftJSON.encoder` writes it.
struct JSONText {
  private(set) var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(1 << 16) }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

  mutating func range(_ range: TextRange) {
    bytes.append(0x5B)
    int(range.start)
    bytes.append(0x2C)
    int(range.end)
    bytes.append(0x5D)
  }

  static let hexDigits = Array("0123456789abcdef".utf8)

  /// A string in quotes: `"` and `\` escaped, control characters as `\b \t \n \f \r` or
  /// `\u00xx`; `/` and everything from U+007F on as it is (UTF-8).
  mutating func string(_ value: String) {
    bytes.append(0x22)
    var value = value
    value.withUTF8 { utf8 in
      var start = 0
      for (k, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<k]))
        start = k + 1
        bytes.append(0x5C)
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(0x62)  // b
        case 0x09: bytes.append(0x74)  // t
        case 0x0A: bytes.append(0x6E)  // n
        case 0x0C: bytes.append(0x66)  // f
        case 0x0D: bytes.append(0x72)  // r
        default:
          bytes.append(contentsOf: [0x75, 0x30, 0x30])  // u00
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    bytes.append(0x22)
  }

  /// Facts in the order given, with sorted keys.
  mutating func facts(_ facts: [Fact]) {
    bytes.append(0x5B)
    for (n, fact) in facts.enumerated() {
      if n > 0 { bytes.append(0x2C) }
      raw("{\"key\":")
      string(fact.key)
      raw(",\"kind\":")
      string(fact.kind.rawValue)
      raw(",\"range\":")
      range(fact.range)
      raw(",\"text\":")
      string(fact.text)
      bytes.append(0x7D)
    }
    bytes.append(0x5D)
  }

  /// A value written by `DraftJSON.encoder` (for floating-point numbers).
  mutating func encoded(_ value: some Encodable) {
    // Encoding plain values cannot fail.
    bytes.append(contentsOf: (try? DraftJSON.encoder.encode(value)) ?? Data("null".utf8))
  }
}
