/// Flags insertions in brackets. Rewrites the safe forms: a bracket that holds a main clause
/// becomes its own sentence after the host sentence, and a short name in brackets after the
/// long name (`Wohngeldgesetz (WoGG)`) goes when the text never uses the short name again.
/// Other brackets (glosses, amounts, lists) stay as findings.
struct BracketRule: Rule {
  let id: RuleID = "klammer"
  let title = "Keine Klammern"
  let rationale = """
    Was in Klammern steht, unterbricht den Satz. Der Leser muss zwei Gedanken gleichzeitig behalten. \
    Schreiben Sie den Inhalt der Klammer in einen eigenen Satz.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 6: Einschübe in Klammern vermeiden"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Die Frist beginnt heute. Sie dauert 4 Wochen."),
    .flags("Die Frist ⟦(vier Wochen)⟧ beginnt heute."),
    .rewrites(
      "Wir zahlen das Geld im Mai ⟦(das Amt ist im April geschlossen)⟧.",
      to: "Wir zahlen das Geld im Mai. Das Amt ist im April geschlossen."),
    .rewrites(
      "Der Antrag ⟦(das Formular liegt bei)⟧ muss bis Freitag bei uns sein.",
      to: "Der Antrag muss bis Freitag bei uns sein. Das Formular liegt bei."),
    .rewrites(
      "Sie bekommen Geld. ⟦(Das gilt auch für Ihre Kinder.)⟧",
      to: "Sie bekommen Geld. Das gilt auch für Ihre Kinder."),
    .rewrites(
      "Das regelt das Wohngeldgesetz ⟦(WoGG)⟧.", to: "Das regelt das Wohngeldgesetz."),
    // The short name is used again: it stays.
    .flags("Das regelt das Wohngeldgesetz ⟦(WoGG)⟧. Das WoGG gilt seit 1965."),
    // `sie` at the start could be the polite `Sie` once capitalised: it stays.
    .flags("Die Frau ⟦(sie wohnt hier)⟧ kommt morgen."),
    // A subordinate clause in brackets is no sentence.
    .flags("Wir zahlen ⟦(wenn alles stimmt)⟧ im Mai."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.hasFirstByte(0x28) || sentence.summary.hasFirstByte(0x5B) else {
      return []
    }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    var open: Int? = nil
    for (i, token) in tokens.enumerated() where token.kind == .punctuation {
      if token.text == "(" || token.text == "[" {
        if open == nil { open = i }
      } else if token.text == ")" || token.text == "]", let start = open {
        // A list label such as `1)` or `a)` at the start is no insertion.
        findings.append(
          finding(
            sentence.range(start, i),
            "Das ist ein Einschub in Klammern. Schreiben Sie ihn als eigenen Satz."))
        open = nil
      }
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      let open = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence),
      let close = sentence.tokens.indices.last(where: {
        sentence.tokens[$0].range.end == finding.range.end
      }),
      sentence.tokens[open].text == "(", sentence.tokens[close].text == ")", close > open + 1
    else { return [] }
    let tokens = sentence.tokens
    let inner = (open + 1)..<close
    guard
      !inner.contains(where: { ["(", ")", "[", "]", ";", ":", "„", "“"].contains(tokens[$0].text) })
    else { return [] }
    // `(WoGG)` after the long name.
    if inner.count == 1, open > 0, let edit = shortName(open, sentence, context) {
      return [edit]
    }
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    // `Host. (Das gilt auch für Kinder.)`: the brackets go.
    if open == 0, close == tokens.count - 1, tokens[close - 1].text == ".", sentence.range.start > 0
    {
      let body = open + 1..<(close - 1)
      guard isMainClause(body, parts), sentence.traits[open + 1].contains(.capitalized) else {
        return []
      }
      return [Edit(sentence.range(open, close), parts.text(body) + ".")]
    }
    // `Host (sie beginnt heute).` → `Host. Sie beginnt heute.`
    guard open > 0, let final = sentence.finalPunctuation, tokens[final].text == ".",
      close < final, tokens[open - 1].kind != .punctuation || tokens[open - 1].text == ",",
      isMainClause(inner, parts),
      !["sie", "ihr", "ihre", "ihren", "ihrem", "ihrer"].contains(tokens[open + 1].text),
      let start = parts.sentenceStart(inner)
    else { return [] }
    // The host sentence keeps everything but the bracket; it must still have a finite verb.
    let host = Array(0..<open) + Array((close + 1)..<final)
    guard
      host.contains(where: {
        parts.isVerbForm($0) && !sentence.traits[$0].isDisjoint(with: .anyFinite)
      })
    else { return [] }
    let removal = Edit(TextRange(tokens[open - 1].range.end, tokens[close].range.end), "")
    let append = Edit(
      TextRange(tokens[final].range.end, tokens[final].range.end), " " + start + ".")
    return [removal, append]
  }

  /// Pronouns that stand first in a main clause by themselves.
  static let pronouns: Set<String> = [
    "das", "Das", "dies", "Dies", "es", "Es", "er", "Er", "wir", "Wir", "Sie", "man", "Man",
  ]

  /// A main clause: a first constituent, then the finite verb; at least three words; no comma.
  func isMainClause(_ range: Range<Int>, _ parts: ClauseParts) -> Bool {
    let traits = parts.sentence.traits
    guard range.count >= 3, !range.contains(where: { traits[$0].contains(.comma) }),
      let first = range.first,
      traits[first].isDisjoint(with: [.subordinator, .coordinator, .preposition, .interrogative]),
      let constituent =
        Self.pronouns.contains(parts.sentence.tokens[first].text)
          && parts.isVerbForm(first + 1) ? first..<(first + 1) : parts.firstConstituent(in: range),
      constituent.upperBound < range.upperBound
    else { return false }
    let finite = constituent.upperBound
    return parts.isVerbForm(finite) && !traits[finite].isDisjoint(with: .anyFinite)
      && !traits[finite].contains(.participle)
  }

  /// `Wohngeldgesetz (WoGG)`: the short name goes when it stands for the words before it and the
  /// text does not use it anywhere else.
  func shortName(_ open: Int, _ sentence: AnalyzedSentence, _ context: Context) -> Edit? {
    let tokens = sentence.tokens
    let short = tokens[open + 1].text
    let capitals = short.filter(\.isUppercase)
    guard short.count >= 2, short.count <= 8, short.allSatisfy(\.isLetter), capitals.count >= 2,
      let initial = short.first, tokens[open - 1].kind == .word,
      Analyzer.startsUppercase(tokens[open - 1].text)
    else { return nil }
    // The initial letter starts one of the three words before the bracket.
    let before = max(0, open - 3)..<open
    guard before.contains(where: { tokens[$0].text.first == initial }) else { return nil }
    // Used nowhere else (as a word or inside a word like `WoGG-Antrag`).
    let uses = context.document.sentences.reduce(0) { count, other in
      count + other.tokens.filter { $0.text == short || $0.text.hasPrefix(short + "-") }.count
    }
    guard uses == 1 else { return nil }
    return Edit(TextRange(tokens[open - 1].range.end, tokens[open + 2].range.end), "")
  }
}
