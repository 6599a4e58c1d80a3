import Foundation
import Testing

@testable import LeichteSprache

/// A test rule that explains `Widerspruch` and `Ämter` (without rewriting them).
private struct ExplainRule: Rule {
  let id: RuleID = "test-erklaeren"
  let title = "Test"
  let rationale = "Nur für Tests."
  let reference = "Test"
  let examples: [Example] = []
  static let words = ["Widerspruch": "Sie sagen: Ich bin nicht einverstanden.", "Ämter": "Büros."]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    sentence.tokens.filter { Self.words[$0.text] != nil }.map {
      Finding(rule: id, range: $0.range, message: "Erklären Sie „\($0.text)“.")
    }
  }

  func explain(_ finding: Finding, in context: Context) -> Explanation? {
    let word = String(context.text(finding.range))
    return Explanation(
      term: word, headword: word, text: Self.words[word] ?? "", rule: id,
      evidence: .pattern("Test"), range: finding.range)
  }
}

private func draft(_ text: String, rules: [any Rule], options: SimplifyOptions = SimplifyOptions())
  -> Draft
{
  var profile = Profile()
  profile.simplify = options
  let simplification = Simplifier(
    segmenter: RuleTestSupport.segmenter, analyzer: RuleTestSupport.analyzer, profile: profile,
    rules: rules
  ).simplify(text)
  var scorer = ReadabilityScorer(lexicon: RuleTestSupport.lexicon)
  return Draft(
    simplification: simplification, before: scorer.score(simplification.input),
    after: scorer.score(simplification.output), options: options)
}

private var plain: SimplifyOptions {
  var options = SimplifyOptions()
  options.draftHeader = false
  return options
}

@Suite("Draft layout and renderers")
struct DraftTests {
  static let letter = """
    # Ihr Antrag

    Wir haben Ihren Antrag bekommen. Wir prüfen ihn.
    Bitte schicken Sie uns:

    - den Ausweis
    - den Miet-Vertrag

    Stadt Musterstadt
    Rathausplatz 1
    12345 Musterstadt
    """

  @Test func plainTextHasOneSentencePerLineAndBlocks() {
    let text = draft(Self.letter, rules: [], options: plain).render(.txt, source: "brief.txt")
    #expect(
      text == """
        # Ihr Antrag

        Wir haben Ihren Antrag bekommen.
        Wir prüfen ihn.
        Bitte schicken Sie uns:

        - den Ausweis
        - den Miet-Vertrag

        Stadt Musterstadt
        Rathausplatz 1
        12345 Musterstadt

        """)
  }

  @Test func draftNoticeDisclaimerAndChecklist() {
    var options = SimplifyOptions()
    options.checklist = true
    options.disclaimer = SimplifyOptions.defaultDisclaimer
    let text = draft("Der Termin ist am 3. März 2026.", rules: [], options: options)
      .render(.txt, source: "x")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Array(lines.prefix(2)) == DraftLayout.draftNotice)
    #expect(lines.contains("Gültig ist der Text in schwerer Sprache."))
    #expect(lines.contains("## Prüf-Liste"))
    #expect(
      lines.contains {
        $0.hasPrefix("[ ] Alle Daten") && $0.contains("automatisch gefunden: 1 von 1")
      })
  }

  @Test func explanationsFollowTheFirstUseAndFillTheGlossary() {
    let text = """
      Gegen den Bescheid ist Widerspruch möglich. Die Ämter prüfen den Widerspruch.
      """
    let result = draft(text, rules: [ExplainRule()], options: plain)
    #expect(result.simplification.explanations.map(\.headword) == ["Widerspruch", "Ämter"])
    #expect(
      result.render(.txt, source: "x") == """
        Gegen den Bescheid ist Widerspruch möglich.
          Das schwere Wort ist: Widerspruch.
          Das heißt: Sie sagen: Ich bin nicht einverstanden.
        Die Ämter prüfen den Widerspruch.
          Das schwere Wort ist: Ämter.
          Das heißt: Büros.

        ## Wörter-Buch
        Ämter
          Büros.
        Widerspruch
          Sie sagen: Ich bin nicht einverstanden.

        """)
    var noGlossary = plain
    noGlossary.glossary = false
    let bare = draft(text, rules: [ExplainRule()], options: noGlossary)
    #expect(bare.simplification.explanations.isEmpty)
    #expect(!bare.render(.txt, source: "x").contains("Wörter-Buch"))
  }

  @Test func markdownEscapesSyntaxAndBreaksLines() {
    let text = draft("# Titel\n\nDas ist *wichtig*. Das ist klar.\n", rules: [], options: plain)
      .render(.md, source: "x")
    #expect(text == "# Titel\n\nDas ist \\*wichtig\\*.\\\nDas ist klar.\n")
    #expect(DraftText.escape("1. Mai ist frei.") == "1\\. Mai ist frei.")
    #expect(DraftText.escape("- kein Punkt") == "\\- kein Punkt")
    #expect(DraftText.escape("a_b [c]") == "a\\_b \\[c\\]")
  }

  @Test func htmlIsACompleteAccessiblePage() {
    let html = draft(Self.letter + "\n\nA < B & C.", rules: [], options: SimplifyOptions())
      .render(.html, source: "brief.txt")
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
    for property in [
      "sans-serif", "font-size: 1.25em", "line-height: 1.6", "text-align: left", "hyphens: none",
    ] {
      #expect(html.contains(property), "\(property)")
    }
    #expect(!html.contains("<script"))
    #expect(html.contains("<h1>Ihr Antrag</h1>"))
    #expect(html.contains("<span class=\"satz\">Wir prüfen ihn.</span>"))
    #expect(html.contains("<ul>\n<li><span class=\"satz\">den Ausweis</span></li>"))
    #expect(html.contains("A &lt; B &amp; C."))
    #expect(html.contains("role=\"note\""))
  }

  @Test func jsonCarriesTheWholeAuditTrail() throws {
    let rule = try #require(RuleCatalog.rule("datum-format"))
    let json = draft("Bitte zahlen Sie bis zum 01.02.2026.", rules: [rule], options: plain)
      .render(.json, source: "brief.txt")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "source", "draft", "output", "text", "passes", "changes", "explanations", "remaining",
        "facts", "scores", "findings_per_100_words",
      ])
    #expect(object["output"] as? String == "Bitte zahlen Sie bis zum 1. Februar 2026.\n")
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.count == 1)
    #expect(changes.first?["rule"] as? String == "datum-format")
    #expect(changes.first?["before"] as? String == "01.02.2026")
    #expect(changes.first?["range"] as? [Int] == [25, 35])
    let facts = try #require(object["facts"] as? [String: Any])
    #expect(facts["complete"] as? Bool == true)
    let scores = try #require(object["scores"] as? [String: Any])
    #expect(scores["before"] != nil && scores["after"] != nil)
  }

  @Test func bytesDoNotDependOnThreads() async {
    let text = Self.letter + "\n\nBitte antworten Sie bis zum 01.02.2026."
    let reference = DraftFormat.allCases.map {
      draft(text, rules: RuleCatalog.all, options: SimplifyOptions()).render($0, source: "x")
    }
    let results = await withTaskGroup(of: [String].self) { group in
      for _ in 0..<4 {
        group.addTask {
          DraftFormat.allCases.map {
            draft(text, rules: RuleCatalog.all, options: SimplifyOptions()).render($0, source: "x")
          }
        }
      }
      var all: [[String]] = []
      for await result in group { all.append(result) }
      return all
    }
    for result in results { #expect(result == reference) }
  }
}

@Suite("Letter mode")
struct LetterModeTests {
  @Test(arguments: [
    ("Sehr geehrte Frau Muster,\n\nman muss den Antrag stellen.", true),
    ("Wir haben Ihren Antrag. Ihnen fehlt ein Papier. Bitte schicken Sie es.", true),
    ("Man kann im Sommer gut wandern. Die Berge sind schön.", false),
    // Three polite forms in the forms of a long law make no letter.
    (
      String(
        repeating: "Der Antrag ist bei der zuständigen Stelle schriftlich zu stellen. ", count: 60)
        + "Ihr Name: Ihre Anschrift: Ihre Unterschrift:", false
    ),
  ])
  func autoDetection(_ text: String, _ isLetter: Bool) {
    #expect(Simplifier.looksLikeLetter(RuleTestSupport.segmenter.segment(text)) == isLetter)
  }

  @Test func manBecomesSieOnlyInLetters() throws {
    let rule = try #require(RuleCatalog.rule("unpersoenlich"))
    let news = draft("Man kann im Sommer gut wandern.", rules: [rule], options: plain)
    #expect(news.simplification.output.text == "Man kann im Sommer gut wandern.")
    let letter = draft(
      "Sehr geehrte Frau Muster,\n\nman muss den Antrag stellen.", rules: [rule], options: plain)
    #expect(letter.simplification.output.text.contains("Sie müssen den Antrag stellen."))
  }
}

@Suite("Profile: simplify options")
struct SimplifyOptionsTests {
  @Test func readsAndWritesTheOptions() throws {
    let profile = try Profile.parse(
      Data(
        """
        {"version": 1, "simplify": {"joiner": "mediopunkt", "letter": false, "checklist": true,
         "disclaimer": "Nur der Bescheid gilt.", "gender": "generic", "glossary": false}}
        """.utf8))
    #expect(profile.simplify.joiner == .mediopunkt)
    #expect(profile.simplify.letterMode == .off)
    #expect(profile.simplify.checklist)
    #expect(profile.simplify.disclaimer == "Nur der Bescheid gilt.")
    #expect(profile.simplify.gender == .generic)
    #expect(!profile.simplify.glossary)
    let again = try Profile.parse(Data(profile.json().utf8))
    #expect(again.simplify == profile.simplify)
  }

  @Test(arguments: [
    #"{"version": 1, "simplify": {"joiner": "punkt"}}"#,
    #"{"version": 1, "simplify": {"letter": "ja"}}"#,
    #"{"version": 1, "simplify": {"farbe": true}}"#,
    #"{"version": 1, "simplify": {"disclaimer": 3}}"#,
    #"{"version": 1, "simplify": []}"#,
  ])
  func rejectsBadOptions(_ json: String) {
    #expect(throws: ProfileError.self) { try Profile.parse(Data(json.utf8)) }
  }
}
