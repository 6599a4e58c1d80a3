/// The rewriting engine: rules propose edits, the simplifier applies them in passes until the
/// text stops changing, and records every change.
///
/// Order and overlaps: within a pass, edits are taken in catalogue order (the order of `rules`),
/// and within a rule in text order. An edit that overlaps one already taken in the pass is not
/// applied but recorded as `skipped_overlap`; the next pass sees the rewritten text and may
/// propose it again. Edits are applied from the end of the text backwards so earlier ranges stay
/// valid. After each pass the text is segmented and analysed anew. The simplifier stops when a
/// pass proposes no edit, when a pass leaves the text unchanged, or after `maximumPasses`; in the
/// first two cases the findings of that last pass are the remaining findings.
public struct Simplifier: Sendable {
  public let segmenter: Segmenter
  public let analyzer: Analyzer
  public let profile: Profile
  public let rules: [any Rule]
  public var maximumPasses: Int
  /// Word analyses (compound splits) kept between passes and, when the engine passes its own,
  /// between documents: they depend on the word and the lexicon alone.
  public let words: WordMemo

  public init(
    segmenter: Segmenter, analyzer: Analyzer, profile: Profile, rules: [any Rule],
    maximumPasses: Int = 6, words: WordMemo = WordMemo()
  ) {
    self.segmenter = segmenter
    self.analyzer = analyzer
    self.profile = profile
    self.rules = rules
    self.maximumPasses = maximumPasses
    self.words = words
  }

  /// Simplifies `text`.
  public func simplify(_ text: String) -> Simplification {
    let input = segmenter.segment(text)
    var profile = self.profile
    switch profile.simplify.letterMode {
    case .auto: profile.simplify.letter = Self.looksLikeLetter(input)
    case .on: profile.simplify.letter = true
    case .off: profile.simplify.letter = false
    }
    var current = input
    var changes: [Change] = []
    var mapping = ComposedOffsetMap()
    var pass = 0
    var findingsBefore: [Finding] = []
    var inputSentences: [AnalyzedSentence] = []
    // The analysis and findings by rule of a pass after which the text stayed the same.
    var unchanged: (analyzed: AnalyzedDocument, found: [[Finding]])? = nil
    // The sentences of the previous pass by text: an unchanged sentence keeps its facts.
    var previous: [TextKey: AnalyzedSentence] = [:]
    func analyze(_ document: Document) -> AnalyzedDocument {
      let analyzed = analyzer.analyze(document)
      for sentence in analyzed.sentences {
        if let earlier = previous[TextKey(sentence.sentence.text)] {
          sentence.reuseFacts(of: earlier)
        }
      }
      return analyzed
    }
    func remember(_ analyzed: AnalyzedDocument) {
      previous.removeAll(keepingCapacity: true)
      for sentence in analyzed.sentences { previous[TextKey(sentence.sentence.text)] = sentence }
    }
    // Which rules check sentence by sentence only; their findings in the sentences of the last
    // pass, for sentences that stay the same.
    let local = rules.map { $0 is any SentenceLocalCheck }
    var localBefore = SentenceFindings()
    while pass < maximumPasses {
      pass += 1
      let analyzed = analyze(current)
      if pass == 1 { inputSentences = analyzed.sentences }
      var localNow = SentenceFindings()
      defer {
        remember(analyzed)
        localBefore = localNow
      }
      let context = Context(
        document: analyzed, analyzer: analyzer, profile: profile, words: words)
      var texts: [String] = []
      var earlier: [(entry: SentenceFindings.Entry, shift: Int)?] = []
      if local.contains(true) {
        for sentence in analyzed.sentences {
          let text = String(analyzed.document[sentence.range])
          texts.append(text)
          earlier.append(localBefore.earlier(sentence, text: text))
        }
      }
      var accepted: [(edit: Edit, change: Change)] = []
      var foundByRule: [[Finding]] = []
      for (order, rule) in rules.enumerated() {
        var found: [Finding] = []
        if local[order] {
          // The default document check, sentence by sentence, with the findings of unchanged
          // sentences taken over from the last pass.
          for (n, sentence) in analyzed.sentences.enumerated() {
            let inSentence: [Finding]
            if let (entry, shift) = earlier[n], let known = entry.byRule[order] {
              inSentence = SentenceFindings.shifted(known, by: shift)
            } else {
              inSentence = rule.check(sentence, in: context)
            }
            localNow.record(sentence, text: texts[n], order, inSentence)
            found.append(contentsOf: inSentence)
          }
        } else {
          found = rule.check(analyzed, in: context)
        }
        foundByRule.append(found)
        if pass == 1 { findingsBefore.append(contentsOf: found) }
        for finding in found {
          let edits = rule.rewrite(finding, in: context)
          guard !edits.isEmpty else { continue }
          let evidence =
            (rule as? any EvidenceProviding)?.evidence(for: finding, in: context)
            ?? .pattern(rule.reference)
          for edit in edits {
            let before = String(current[edit.range])
            guard before != edit.replacement else { continue }
            let overlaps = accepted.contains {
              $0.edit.range.overlaps(edit.range)
                || (edit.range.isEmpty && $0.edit.range.contains(edit.range.start))
            }
            let change = Change(
              pass: pass, rule: rule.id, range: mapping.original(edit.range), before: before,
              after: edit.replacement, reason: finding.message, evidence: evidence,
              status: overlaps ? .skippedOverlap : .applied)
            if overlaps {
              changes.append(change)
            } else {
              accepted.append((edit, change))
            }
          }
        }
      }
      guard !accepted.isEmpty else {
        unchanged = (analyzed, foundByRule)
        break
      }
      let rewritten = apply(accepted.map(\.edit), to: current.text)
      changes.append(contentsOf: accepted.map(\.change).sorted { $0.range < $1.range })
      mapping.prepend(
        OffsetMap(edits: accepted.map { ($0.edit.range, $0.edit.replacement.utf16.count) }))
      if rewritten == current.text {
        unchanged = (analyzed, foundByRule)
        break
      }
      current = segmenter.segment(rewritten)
    }
    // When the last pass left the text as it was, its analysis and findings are the final ones
    // (rules are pure); otherwise the rewritten text is analysed and checked once more.
    let final = unchanged?.analyzed ?? analyze(current)
    let context = Context(document: final, analyzer: analyzer, profile: profile, words: words)
    var remaining: [Finding] = []
    var explanations: [String: Explanation] = [:]
    for (order, rule) in rules.enumerated() {
      for finding in unchanged?.found[order] ?? rule.check(final, in: context) {
        remaining.append(finding)
        guard profile.simplify.glossary, let explanation = rule.explain(finding, in: context)
        else { continue }
        let key = explanation.headword.lowercased()
        if let known = explanations[key], known.range <= explanation.range { continue }
        explanations[key] = explanation
      }
    }
    remaining.sort { $0.range < $1.range }
    findingsBefore.sort { $0.range < $1.range }
    // The analysed sentences keep the facts the rules already extracted (without a pass, the
    // output is the input).
    let facts = FactReport(
      input: (pass == 0 ? final.sentences : inputSentences).flatMap(\.facts),
      output: final.sentences.flatMap(\.facts))
    return Simplification(
      input: input, output: current, passes: pass, changes: changes,
      findingsBefore: findingsBefore, remaining: remaining,
      explanations: explanations.values.sorted {
        ($0.range, $0.headword) < ($1.range, $1.headword)
      },
      facts: facts)
  }

  /// A text that reads as a letter to the reader: a salutation line, or the reader addressed
  /// as *Sie*/*Ihr* at least three times in the middle of sentences.
  public static func looksLikeLetter(_ document: Document) -> Bool {
    let salutations = ["sehr geehrte", "liebe ", "lieber ", "guten tag", "hallo "]
    var address = 0
    for block in document.blocks {
      guard let first = block.sentences.first else { continue }
      let start = first.text.prefix(14).lowercased()
      if salutations.contains(where: { start.hasPrefix($0) }) { return true }
      // At a sentence start `Sie` and `Ihr` may be `sie` and `ihr`; the other forms may not.
      for sentence in block.sentences {
        for (index, token) in sentence.tokens.enumerated()
        where ["Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen"].contains(
          token.text)
          && (index > 0 || !["Sie", "Ihr", "Ihre"].contains(token.text))
        {
          address += 1
        }
      }
    }
    return address >= 3
  }

  /// `text` with `edits` applied (non-overlapping), from the end backwards.
  func apply(_ edits: [Edit], to text: String) -> String {
    var units = Array(text.utf16)
    for edit in edits.sorted(by: { $0.range > $1.range }) {
      units.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.replacement.utf16))
    }
    return String(utf16Units: units)
  }
}

/// The result of simplifying a text: the draft, the audit trail, what is left to do and the
/// fact check.
public struct Simplification: Sendable, Codable {
  public let input: Document
  public let output: Document
  public let passes: Int
  /// Applied and skipped changes, pass by pass, in text order within a pass.
  public let changes: [Change]
  /// Findings in the input, before any rewrite (ranges in the input).
  public let findingsBefore: [Finding]
  /// Findings in the output that a person still has to resolve (ranges in the output).
  public let remaining: [Finding]
  /// Terms that stay and are explained, at their first use in the output, in text order.
  public let explanations: [Explanation]
  public let facts: FactReport
}
