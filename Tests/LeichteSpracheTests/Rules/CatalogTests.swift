import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// The catalogue itself: ids, documentation, examples, message style, registration.
@Suite struct CatalogTests {
  @Test func idsAreUniqueAndKebabCase() {
    let ids = RuleCatalog.all.map(\.id)
    #expect(Set(ids).count == ids.count, "doppelte Regel-Kennungen: \(ids)")
    for id in ids { #expect(id.isWellFormed, "Kennung „\(id)“ ist nicht ASCII-kebab-case") }
    for required: RuleID in [
      "satz-laenge", "nebensatz", "passiv", "genitiv", "konjunktiv", "verneinung", "abkuerzung",
    ] {
      #expect(ids.contains(required), "Pflicht-Regel „\(required)“ fehlt")
    }
  }

  @Test func documentationIsComplete() {
    var rationales = Set<String>()
    for rule in RuleCatalog.all {
      #expect(
        !rule.title.isEmpty && !rule.rationale.isEmpty && !rule.reference.isEmpty,
        "\(rule.id): Titel, Begründung oder Quelle fehlt")
      #expect(rationales.insert(rule.rationale).inserted, "\(rule.id): Begründung ist doppelt")
      #expect(rule.rationale.hasSuffix("."), "\(rule.id): Begründung endet nicht mit Punkt")
      for threshold in rule.thresholds {
        #expect(
          threshold.key.hasPrefix(rule.id.rawValue + "."),
          "\(rule.id): Schwellenwert „\(threshold.key)“ gehört nicht zur Regel")
      }
    }
  }

  @Test func everyRuleHasOkAndFlagsExamples() {
    for rule in RuleCatalog.all {
      #expect(rule.examples.contains { $0.kind == .ok }, "\(rule.id): kein .ok-Beispiel")
      #expect(rule.examples.contains { $0.kind == .flags }, "\(rule.id): kein .flags-Beispiel")
      for example in rule.examples where example.kind == .flags {
        #expect(!example.expectedRanges.isEmpty, "\(rule.id): .flags-Beispiel ohne ⟦⟧: \(example)")
      }
    }
  }

  /// Messages are full German sentences: capital or quote first, period (or colon-free end) last,
  /// no markup.
  @Test func messagesFollowOneStyle() {
    for rule in RuleCatalog.all {
      for example in rule.examples {
        for finding in RuleTestSupport.findings(rule, example.text) {
          let message = finding.message
          let first = message.unicodeScalars.first.map { Character($0) }
          #expect(
            first.map { $0.isUppercase || $0 == "„" } ?? false,
            "\(rule.id): „\(message)“ beginnt nicht groß")
          #expect(message.hasSuffix("."), "\(rule.id): „\(message)“ endet nicht mit Punkt")
          #expect(
            !message.contains("<") && !message.contains("**") && !message.contains("\n"),
            "\(rule.id): Markup in „\(message)“")
        }
      }
    }
  }

  /// Every `*Rule.swift` in Sources/LeichteSprache/Rules is registered in `RuleCatalog.all`.
  @Test func everyRuleFileIsRegistered() throws {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/LeichteSprache/Rules")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix("Rule.swift") && $0 != "Rule.swift" }
    let registered = Set(RuleCatalog.all.map { String(describing: type(of: $0)) })
    #expect(
      files.count == RuleCatalog.all.count,
      "Regel-Dateien: \(files.count), registriert: \(RuleCatalog.all.count)")
    for file in files {
      let type = String(file.dropLast(".swift".count))
      #expect(registered.contains(type), "\(file) ist nicht in RuleCatalog.all eingetragen")
    }
  }
}

/// `RuleChecker` runs the sentence check of every rule that does not check the whole document,
/// sentence by sentence; its result must be the one of the rules' document checks.
@Suite struct CheckerTests {
  /// The rule examples and the corpus letters.
  static let texts: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path)) ?? []
    let corpus = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
      try? String(contentsOf: Paths.corpus.appendingPathComponent($0), encoding: .utf8)
    }
    return RuleCatalog.all.flatMap { $0.examples.map(\.text) } + corpus
  }()

  /// A rule that keeps the default document check must give the findings of its sentences in
  /// order; one that overrides it must say so (`checksWholeDocument`).
  @Test func documentCheckIsTheSentenceChecks() {
    #expect(Self.texts.count > 100)
    for text in Self.texts {
      let document = RuleTestSupport.analyzer.analyze(RuleTestSupport.segmenter.segment(text))
      let context = Context(document: document, analyzer: RuleTestSupport.analyzer)
      for rule in RuleCatalog.all where !rule.checksWholeDocument {
        let bySentence = document.sentences.flatMap { rule.check($0, in: context) }
        #expect(
          rule.check(document, in: context) == bySentence,
          "\(rule.id): Dokumentprüfung weicht von den Satzprüfungen ab in „\(text.prefix(60))“")
      }
    }
  }

  /// The checker's findings are the rules' document findings, ordered by start, catalogue order
  /// and end, equal keys in the order the rule gave them.
  @Test func checkerOrdersTheRulesFindings() {
    let checker = RuleChecker(analyzer: RuleTestSupport.analyzer)
    var total = 0
    for text in Self.texts {
      let document = RuleTestSupport.analyzer.analyze(RuleTestSupport.segmenter.segment(text))
      let context = Context(document: document, analyzer: RuleTestSupport.analyzer)
      var keyed: [(start: Int, order: Int, end: Int, finding: Finding)] = []
      for (order, rule) in RuleCatalog.all.enumerated() {
        for finding in rule.check(document, in: context) {
          keyed.append((finding.range.start, order, finding.range.end, finding))
        }
      }
      let expected = keyed.enumerated().sorted { a, b in
        (a.element.start, a.element.order, a.element.end, a.offset)
          < (b.element.start, b.element.order, b.element.end, b.offset)
      }.map(\.element.finding)
      let found = checker.check(document)
      total += found.count
      #expect(found == expected, "Reihenfolge oder Funde weichen ab in „\(text.prefix(60))“")
    }
    #expect(total > 1000)
  }
}

@Suite struct ProfileTests {
  @Test func defaultsRoundTrip() throws {
    let json = Profile.default.json()
    let parsed = try Profile.parse(Data(json.utf8))
    #expect(parsed.disabled.isEmpty)
    #expect(parsed.value(SentenceLengthRule.warnAbove) == 10)
  }

  @Test func settingsApply() throws {
    let profile = try Profile.parse(
      Data(
        #"{"version": 1, "disabled": ["passiv"], "thresholds": {"satz-laenge.warnung": 5}, "severities": {"verneinung": "violation"}}"#
          .utf8))
    #expect(!profile.isEnabled("passiv"))
    #expect(profile.value(SentenceLengthRule.warnAbove) == 5)
    let findings = RuleChecker(analyzer: RuleTestSupport.analyzer, profile: profile)
      .check(
        RuleTestSupport.segmenter.segment("Morgen wird nicht gewählt, weil alle im Urlaub sind."))
    #expect(!findings.contains { $0.rule == "passiv" })
    #expect(findings.contains { $0.rule == "verneinung" && $0.severity == .violation })
    #expect(findings.contains { $0.rule == "satz-laenge" })
  }

  @Test(arguments: [
    #"{"version": 1, "disabeld": []}"#,
    #"{"version": 2}"#,
    #"{"disabled": []}"#,
    #"{"version": 1, "disabled": ["gibt-es-nicht"]}"#,
    #"{"version": 1, "thresholds": {"satz-laenge.unbekannt": 3}}"#,
    #"{"version": 1, "thresholds": {"satz-laenge.warnung": "zehn"}}"#,
    #"{"version": 1, "severities": {"passiv": "schlimm"}}"#,
    "[1, 2]",
  ])
  func invalidProfilesAreRejected(_ json: String) {
    #expect(throws: ProfileError.self) { try Profile.parse(Data(json.utf8)) }
  }
}
