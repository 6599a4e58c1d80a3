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
///
/// Two safeguards keep the facts (dates, amounts, citations, …) of the text:
/// - Before the first pass, a line break inside a fact (`bis zum 31.⏎Juli 2016`) becomes a space,
///   so a rewrite that shortens the line cannot make the segmenter read the rest of the sentence
///   as a new block and break the fact in two. This is layout, not a change of the text: it is
///   not in the audit trail, and the ranges of changes and findings still point into the input.
/// - After each pass, the facts of the rewritten text are compared with those of the text before
///   the pass. An edit next to a fact that went missing, or next to a fact that appeared, is taken
///   back and recorded as `skipped_fact`; the pass is applied again without it.
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
    // Each text of a pass is segmented with the segmentation of the text before it: blocks a
    // pass left as they were keep their sentences and tokens (equal to a full segmentation).
    let (input, inputSegmentation) = segmenter.segment(text, reusing: nil)
    var segmentation = inputSegmentation
    var profile = self.profile
    switch profile.simplify.letterMode {
    case .auto: profile.simplify.letter = Self.looksLikeLetter(input)
    case .on: profile.simplify.letter = true
    case .off: profile.simplify.letter = false
    }
    var current = input
    var changes: [Change] = []
    var mapping = ComposedOffsetMap()
    // Analyses of the texts of the passes, moved over for sentences a pass left as they were.
    var analysis = PassAnalysis(analyzer: analyzer)
    let inputAnalysis = analysis.analyze(input, after: nil).analyzed
    // The analysis of the text a pass starts with, when it is known already (the input's, or
    // the one the fact check of the pass before made), and for each of its sentences the index
    // of the sentence of the pass before whose analysis it took over (empty: none).
    var next: AnalyzedDocument? = nil
    var nextOrigins: [Int?] = []
    let joins = Self.softWrapsInFacts(inputAnalysis)
    let joinMap = OffsetMap(edits: joins.map { ($0.range, $0.replacement.utf16.count) })
    if joins.isEmpty {
      next = inputAnalysis
    } else {
      (current, segmentation) = segmenter.segment(
        apply(joins, to: input.text), reusing: inputSegmentation)
      mapping.prepend(joinMap)
      analysis.remember(inputAnalysis)
      next = analysis.analyze(current, after: joins).analyzed
    }
    var pass = 0
    var findingsBefore: [Finding] = []
    var inputSentences: [AnalyzedSentence] = []
    // The analysis and findings by rule of a pass after which the text stayed the same.
    var unchanged: (analyzed: AnalyzedDocument, found: [[Finding]])? = nil
    // Which rules check sentence by sentence only; their findings in the sentences of the last
    // pass, for sentences that stay the same.
    let local = rules.map { $0 is any SentenceLocalCheck }
    let evidenceProviders = rules.map { $0 as? any EvidenceProviding }
    var localBefore = SentenceFindings()
    // Edits taken back by the fact check, by rule, range in the input and replacement.
    struct Refused: Hashable {
      let rule: RuleID
      let range: TextRange
      let after: String
    }
    var refused: Set<Refused> = []
    while pass < maximumPasses {
      pass += 1
      let analyzed = next ?? analysis.analyze(current, after: nil).analyzed
      let origins = next == nil ? [] : nextOrigins
      next = nil
      nextOrigins = []
      if pass == 1 { inputSentences = analyzed.sentences }
      var localNow = SentenceFindings(analyzed.sentences, rules: rules.count)
      let context = Context(
        document: analyzed, analyzer: analyzer, profile: profile, words: words)
      var accepted: [(edit: Edit, change: Change)] = []
      var foundByRule: [[Finding]] = []
      for (order, rule) in rules.enumerated() {
        var found: [Finding] = []
        if local[order] {
          // The default document check, sentence by sentence, with the findings of unchanged
          // sentences taken over from the last pass.
          for (n, sentence) in analyzed.sentences.enumerated() {
            let inSentence: [Finding]
            if !origins.isEmpty, let origin = origins[n],
              let known = localBefore.earlier(origin, for: sentence, order)
            {
              inSentence = known
            } else {
              inSentence = rule.check(sentence, in: context)
            }
            localNow.record(n, order, inSentence)
            found.append(contentsOf: inSentence)
          }
        } else {
          found = rule.check(analyzed, in: context)
        }
        foundByRule.append(found)
        if pass == 1 {
          findingsBefore.append(
            contentsOf: joins.isEmpty
              ? found : found.map { $0.with(range: mapping.original($0.range)) })
        }
        for finding in found {
          let edits = rule.rewrite(finding, in: context)
          guard !edits.isEmpty else { continue }
          let evidence =
            evidenceProviders[order]?.evidence(for: finding, in: context)
            ?? .pattern(rule.reference)
          for edit in edits {
            let before = String(current[edit.range])
            guard before != edit.replacement else { continue }
            let original = mapping.original(edit.range)
            // An edit taken back for a fact in an earlier pass is not tried again.
            guard
              !refused.contains(Refused(rule: rule.id, range: original, after: edit.replacement))
            else { continue }
            let overlaps = accepted.contains {
              $0.edit.range.overlaps(edit.range)
                || (edit.range.isEmpty && $0.edit.range.contains(edit.range.start))
            }
            let change = Change(
              pass: pass, rule: rule.id, range: original, before: before,
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
      analysis.remember(analyzed)
      localBefore = localNow
      // The fact check: take back the edits next to a fact that the pass lost or made up.
      var rewritten = current.text
      var rewrittenDocument = current
      var rewrittenSegmentation = segmentation
      while !accepted.isEmpty {
        rewritten = apply(accepted.map(\.edit), to: current.text)
        (rewrittenDocument, rewrittenSegmentation) = segmenter.segment(
          rewritten, reusing: segmentation)
        let (after, origins) = analysis.analyze(rewrittenDocument, after: accepted.map(\.edit))
        next = after
        nextOrigins = origins
        let culprits = Self.factCulprits(of: accepted.map(\.edit), before: analyzed, after: after)
        guard !culprits.isEmpty else { break }
        for index in culprits.reversed() {
          let change = accepted.remove(at: index).change
          changes.append(change.with(status: .skippedFact))
          refused.insert(Refused(rule: change.rule, range: change.range, after: change.after))
        }
        next = nil
      }
      guard !accepted.isEmpty else {
        unchanged = (analyzed, foundByRule)
        break
      }
      changes.append(contentsOf: accepted.map(\.change).sorted { $0.range < $1.range })
      mapping.prepend(
        OffsetMap(edits: accepted.map { ($0.edit.range, $0.edit.replacement.utf16.count) }))
      if rewritten == current.text {
        unchanged = (analyzed, foundByRule)
        break
      }
      current = rewrittenDocument
      segmentation = rewrittenSegmentation
    }
    // When the last pass left the text as it was, its analysis and findings are the final ones
    // (rules are pure); otherwise the rewritten text is analysed and checked once more.
    let final = unchanged?.analyzed ?? next ?? analysis.analyze(current, after: nil).analyzed
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
    let inputFacts = (pass == 0 ? final.sentences : inputSentences).flatMap(\.facts)
    let facts = FactReport(
      input: joins.isEmpty
        ? inputFacts
        : inputFacts.map {
          Fact(kind: $0.kind, text: $0.text, key: $0.key, range: joinMap.original($0.range))
        },
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
    var words = 0
    for block in document.blocks {
      guard let first = block.sentences.first else { continue }
      let start = first.text.prefix(14).lowercased()
      if salutations.contains(where: { start.hasPrefix($0) }) { return true }
      // At a sentence start `Sie` and `Ihr` may be `sie` and `ihr`; the other forms may not.
      for sentence in block.sentences {
        words += sentence.tokens.count
        for (index, token) in sentence.tokens.enumerated()
        where ["Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen"].contains(
          token.text)
          && (index > 0 || !["Sie", "Ihr", "Ihre"].contains(token.text))
        {
          address += 1
        }
      }
    }
    // A letter speaks to its reader throughout: a few `Ihr` in the forms of a long law are no
    // letter (at least one polite form per 200 tokens).
    return address >= 3 && address * 200 >= words
  }

  /// Edits that put a fact broken over two lines of running text (a paragraph or a list item)
  /// back on one line: the line break with the blanks around it becomes one space in
  /// `bis zum 31.⏎Juli 2016`, `§⏎19 Absatz 2`, `250⏎Euro`. Other line breaks stay
  /// (`i. A.⏎Petra Muster`, an office name above its street), and so do breaks inside a token
  /// (`Wirt-⏎schaft`).
  static func softWrapsInFacts(_ document: Document) -> [Edit] {
    let sentences = document.blocks.flatMap { block in block.sentences.map { (block.kind, $0) } }
    return softWraps(in: document.text, sentences) { FactExtractor().facts(in: sentences[$0].1) }
  }

  /// `softWrapsInFacts(_:)` of an analysed document, with the facts its sentences keep.
  static func softWrapsInFacts(_ analyzed: AnalyzedDocument) -> [Edit] {
    softWraps(in: analyzed.text, analyzed.sentences.map { ($0.blockKind, $0.sentence) }) {
      analyzed.sentences[$0].facts
    }
  }

  /// The soft-wrap edits of `sentences` (with the kind of their block) in `text`; `facts(n)`
  /// gives the facts of sentence `n`.
  private static func softWraps(
    in text: String, _ sentences: [(Block.Kind, Sentence)], facts: (Int) -> [Fact]
  ) -> [Edit] {
    let units = Array(text.utf16)
    var edits: [Edit] = []
    for (n, (kind, sentence)) in sentences.enumerated()
    where kind == .paragraph || kind == .listItem {
      // Only sentences with a line break between two tokens pay for the fact scan.
      guard units[sentence.range.start..<sentence.range.end].contains(0x0A) else { continue }
      let gaps = zip(sentence.tokens, sentence.tokens.dropFirst()).map {
        TextRange($0.range.end, $1.range.start)
      }.filter { gap in
        let gapUnits = units[gap.start..<gap.end]
        return gapUnits.contains(0x0A)
          && gapUnits.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
      }
      guard !gaps.isEmpty else { continue }
      // Names are left out: an office on one line and a street on the next are two lines.
      let facts = facts(n).filter {
        [.date, .time, .money, .percent, .deadline, .law].contains($0.kind)
      }
      for gap in gaps
      where facts.contains(where: { $0.range.start < gap.start && gap.end < $0.range.end }) {
        edits.append(Edit(gap, " "))
      }
    }
    return edits
  }

  /// The indices (ascending) of the `edits` of a pass that stand next to a fact that the pass
  /// lost (a fact of `before` missing from `after`) or made up (a fact of `after` missing from
  /// `before`). A fact touches an edit when their ranges overlap or meet.
  static func factCulprits(of edits: [Edit], before: AnalyzedDocument, after: AnalyzedDocument)
    -> [Int]
  {
    let report = FactReport(
      input: before.sentences.flatMap(\.facts), output: after.sentences.flatMap(\.facts))
    guard !report.isComplete else { return [] }
    func touches(_ a: TextRange, _ b: TextRange) -> Bool { a.start <= b.end && b.start <= a.end }
    // Where each edit's replacement lies in the rewritten text.
    let order = edits.indices.sorted { edits[$0].range < edits[$1].range }
    var rewritten = [TextRange](repeating: TextRange(0, 0), count: edits.count)
    var shift = 0
    for index in order {
      let edit = edits[index]
      let start = edit.range.start + shift
      rewritten[index] = TextRange(start, start + edit.replacement.utf16.count)
      shift += edit.replacement.utf16.count - edit.range.length
    }
    return edits.indices.filter { index in
      report.missing.contains { touches($0.range, edits[index].range) }
        || report.invented.contains { touches($0.range, rewritten[index]) }
    }
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
