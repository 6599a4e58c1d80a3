import Foundation

/// A rule whose `check(_ sentence:in:)` reads nothing but the sentence (its text, tokens,
/// traits, lemmas, clauses, facts and block kind), the lexicon, the rule data and the profile,
/// and whose document check is the default (the sentence findings in text order). Its findings
/// in a sentence that a pass left as it was are the findings of the previous pass, moved with
/// the sentence: the simplifier reuses them instead of checking the sentence again.
///
/// A rule may only be listed here after reading its check path: no `context.document`, no text
/// outside the sentence's range, no sentence index or neighbours. `SentenceLocalRuleTests`
/// checks the default document check on the corpus.
protocol SentenceLocalCheck: Rule {}

extension HardWordRule: SentenceLocalCheck {}
extension ForeignWordRule: SentenceLocalCheck {}
extension LargeNumberRule: SentenceLocalCheck {}
extension NominalStyleRule: SentenceLocalCheck {}
extension FunctionVerbRule: SentenceLocalCheck {}
extension PhoneFormatRule: SentenceLocalCheck {}
extension LongWordRule: SentenceLocalCheck {}

/// The findings of the sentence-local rules in the sentences of one pass, by the sentence's
/// text as written (so line breaks and hyphenation count), for the next pass.
struct SentenceFindings {
  struct Entry {
    let sentence: AnalyzedSentence
    /// Findings by rule position in the rule list (sentence-local rules only).
    var byRule: [Int: [Finding]] = [:]
  }

  var entries: [TextKey: Entry] = [:]

  /// The entry of an earlier sentence with the same text, tokens, analysis and block kind as
  /// `sentence`, and the distance it moved.
  func earlier(_ sentence: AnalyzedSentence, text: String) -> (entry: Entry, shift: Int)? {
    guard let entry = entries[TextKey(text)], Self.sameAnalysis(sentence, entry.sentence) else {
      return nil
    }
    return (entry, sentence.range.start - entry.sentence.range.start)
  }

  /// Keeps `findings` of the rule at `order` for `sentence` (the first sentence with a text).
  mutating func record(
    _ sentence: AnalyzedSentence, text: String, _ order: Int, _ findings: [Finding]
  ) {
    let key = TextKey(text)
    if var entry = entries[key] {
      guard entry.sentence === sentence else { return }
      entry.byRule[order] = findings
      entries[key] = entry
    } else {
      entries[key] = Entry(sentence: sentence, byRule: [order: findings])
    }
  }

  static func sameAnalysis(_ a: AnalyzedSentence, _ b: AnalyzedSentence) -> Bool {
    let shift = a.range.start - b.range.start
    guard a.blockKind == b.blockKind, a.range.length == b.range.length,
      a.tokens.count == b.tokens.count, a.traits == b.traits, a.lemmas == b.lemmas
    else { return false }
    for (x, y) in zip(a.tokens, b.tokens) {
      guard x.kind == y.kind, x.range.start == y.range.start + shift,
        x.range.end == y.range.end + shift, x.text == y.text
      else { return false }
    }
    return true
  }

  static func shifted(_ findings: [Finding], by shift: Int) -> [Finding] {
    guard shift != 0 else { return findings }
    return findings.map {
      Finding(
        rule: $0.rule, range: TextRange($0.range.start + shift, $0.range.end + shift),
        message: $0.message, severity: $0.severity, suggestions: $0.suggestions)
    }
  }
}

/// A text as a dictionary key compared and hashed by its UTF-8 bytes: cheaper than `String`'s
/// hashing, which normalises non-ASCII text first, and stricter (canonically equivalent texts in
/// different forms are different keys), so a lookup never finds more than a `String` key would.
struct TextKey: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (a: TextKey, b: TextKey) -> Bool {
    var x = a.text
    var y = b.text
    return x.withUTF8 { p in
      y.withUTF8 { q in
        p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
