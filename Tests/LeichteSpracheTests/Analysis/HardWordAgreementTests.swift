import Testing

@testable import LeichteSprache

/// Agreement of hard-word replacements, with forms from `nomenformen.tsv` and `lemmata.tsv`.
@Suite struct HardWordAgreementTests {
  static let lexicon = RuleTestSupport.lexicon
  static let analyzer = RuleTestSupport.analyzer

  /// Hard noun, form in the text, replacement noun, readings → expected replacement form.
  static let nounCases: [(String, String, String, [Cell], String?)] = [
    ("Arbeitslohn", "Arbeitslohnes", "Lohn", [Cell(.genitive, .singular)], "Lohnes"),
    ("Arbeitslohn", "Arbeitslohns", "Lohn", [Cell(.genitive, .singular)], "Lohns"),
    ("Arbeitslohn", "Arbeitslohn", "Lohn", [Cell(.accusative, .singular)], "Lohn"),
    ("Abkömmling", "Abkömmling", "Nachkomme", [Cell(.accusative, .singular)], "Nachkommen"),
    ("Abkömmling", "Abkömmling", "Nachkomme", [Cell(.nominative, .singular)], "Nachkomme"),
    // Nominative or accusative singular of a weak noun: two forms, no replacement.
    (
      "Abkömmling", "Abkömmling", "Nachkomme",
      [Cell(.nominative, .singular), Cell(.accusative, .singular)], nil
    ),
    ("Arbeitslohn", "Arbeitslöhnen", "Lohn", [Cell(.dative, .plural)], "Löhnen"),
    // Gender mismatch: singular never, plural always.
    ("Abweichung", "Abweichung", "Unterschied", [Cell(.nominative, .singular)], nil),
    ("Abweichung", "Abweichungen", "Unterschied", [Cell(.dative, .plural)], "Unterschieden"),
  ]

  @Test(arguments: nounCases.indices)
  func nounForms(_ index: Int) throws {
    let (hardWord, form, target, cells, expected) = Self.nounCases[index]
    let forms = Self.lexicon.nounForms
    let hard = try #require(forms.entry(hardWord), "\(hardWord) fehlt in nomenformen.tsv")
    let replacement = try #require(forms.entry(target), "\(target) fehlt in nomenformen.tsv")
    #expect(hard.cells(of: form).contains(cells[0]))
    #expect(
      NounAgreement.replacementForm(for: form, hard: hard, replacement: replacement, cells: cells)
        == expected, "\(form) → \(target) in \(cells)")
  }

  /// The readings of a form come from the paradigm, narrowed by the determiner.
  static let readingCases: [(String, [Cell])] = [
    ("Wir lesen den Bescheid.", [Cell(.accusative, .singular)]),
    ("Das steht in dem Bescheid.", [Cell(.dative, .singular)]),
    ("Der Bescheid ist da.", [Cell(.nominative, .singular)]),
    ("Die Bescheide sind da.", [Cell(.nominative, .plural), Cell(.accusative, .plural)]),
    ("Wir lesen den neuen Bescheid.", [Cell(.accusative, .singular)]),
    (
      "Wir schicken Bescheide.",
      [Cell(.nominative, .plural), Cell(.genitive, .plural), Cell(.accusative, .plural)]
    ),
  ]

  @Test(arguments: readingCases.indices)
  func determinerNarrowsReadings(_ index: Int) throws {
    let (text, expected) = Self.readingCases[index]
    let document = Self.analyzer.analyze(RuleTestSupport.segmenter.segment(text))
    let sentence = try #require(document.sentences.first)
    let i = try #require(sentence.tokens.firstIndex { $0.text.hasPrefix("Bescheid") })
    let forms = Self.lexicon.nounForms
    let hard = try #require(forms.entry("Bescheid"), "Bescheid fehlt in nomenformen.tsv")
    let cells = NounAgreement.cells(of: sentence.tokens[i].text, entry: hard, at: i, in: sentence)
    #expect(Set(cells) == Set(expected), "\(text)")
  }

  /// Adjective endings and verb forms carried over only when the lemma table lists them.
  static let inflectionCases: [(String, String?)] = [
    ("angemessenen|angemessen|passend", "passenden"),
    ("angemessenem|angemessen|passend", "passendem"),
    ("angemessen|angemessen|passend", "passend"),
    // kurz has the comparative kürzer: -er is ambiguous.
    ("längerer|lang|kurz", nil),
    ("angemessenere|angemessen|passend", nil),
  ]

  @Test(arguments: inflectionCases.indices)
  func adjectiveEndings(_ index: Int) {
    let (spec, expected) = Self.inflectionCases[index]
    let parts = spec.split(separator: "|").map(String.init)
    let inflection = WordInflection(analyzer: Self.analyzer)
    #expect(inflection.adjective(parts[0], lemma: parts[1], replacement: parts[2]) == expected)
  }

  @Test func verbForms() {
    let inflection = WordInflection(analyzer: Self.analyzer)
    #expect(inflection.weakParticiple("bestrafen") == "bestraft")
    #expect(inflection.weakParticiple("prüfen") == "geprüft")
    #expect(inflection.weakParticiple("anmelden") == "angemeldet")
    // Strong verbs: the participle cannot be produced by rule.
    #expect(inflection.weakParticiple("bekommen") == nil)
    #expect(inflection.weakPresentT("bestrafen") == "bestraft")
    #expect(inflection.weakPresentT("anmelden") == nil)
    #expect(inflection.zuInfinitive("abgeben") == "abzugeben")
    #expect(inflection.zuInfinitive("sagen") == "zu sagen")
    #expect(inflection.zuInfinitive("krank werden") == "krank zu werden")
    #expect(inflection.particle("antworten") == nil)
  }

  /// A short letter simplified with the three word rules: replacements with agreement, splits,
  /// and one explanation per headword at its first use.
  @Test func letterEndToEnd() throws {
    let rules = ["schweres-wort", "langes-wort", "fremdwort"].compactMap {
      RuleCatalog.rule(RuleID($0))
    }
    let simplifier = Simplifier(
      segmenter: RuleTestSupport.segmenter, analyzer: Self.analyzer, profile: .default,
      rules: rules)
    let text = """
      Sehr geehrte Frau Graf,

      bitte nennen Sie uns Ihre Anschrift. Den Bescheid schicken wir an die Anschrift.
      Gegen den Bescheid können Sie Widerspruch einlegen. Der Bescheid gilt ab Mai.
      Das Meeting beginnt um 9 Uhr. Die Arbeitsunfähigkeitsbescheinigung schicken Sie bitte mit.
      """
    let result = simplifier.simplify(text)
    let output = result.output.text
    #expect(output.contains("Ihre Adresse"))
    #expect(output.contains("an die Adresse"))
    #expect(output.contains("Das Treffen beginnt"))
    #expect(output.contains("Arbeits-Unfähigkeits-Bescheinigung"))
    #expect(!output.contains("Anschrift"))
    #expect(result.facts.isComplete)
    let headwords = result.explanations.map(\.headword)
    #expect(Set(headwords).count == headwords.count, "one explanation per headword")
    let bescheid = try #require(result.explanations.first { $0.headword == "Bescheid" })
    // First use: "Den Bescheid" in the second sentence of the body.
    let first = try #require(output.range(of: "Bescheid"))
    #expect(
      bescheid.range.start == output.utf16.distance(from: output.startIndex, to: first.lowerBound))
    #expect(bescheid.evidence?.description.hasPrefix("woerter.tsv:") == true)
    #expect(headwords.contains("Arbeitsunfähigkeitsbescheinigung"))
    #expect(
      result.explanations.first { $0.headword == "Arbeitsunfähigkeitsbescheinigung" }?.term
        == "Arbeits-Unfähigkeits-Bescheinigung")
  }
}
