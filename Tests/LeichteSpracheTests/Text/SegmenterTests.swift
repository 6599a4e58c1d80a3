import Foundation
import Testing

@testable import LeichteSprache

/// Sentences of `text` as they read, one string each.
private func sentences(_ text: String) -> [String] {
  let document = testSegmenter.segment(text)
  return document.sentences.map(\.text)
}

private func tokens(_ text: String) -> [(String, Token.Kind)] {
  testSegmenter.segment(text).sentences.flatMap(\.tokens).map { ($0.text, $0.kind) }
}

@Suite("Segmenter special cases")
struct SegmenterTests {
  @Test(arguments: [
    ("Bitte bringen Sie z. B. den Ausweis mit. Danke.", 2),
    ("Das regelt § 7 Abs. 2 S. 1 Nr. 3 SGB II i. V. m. § 40 SGB X. Mehr steht im Bescheid.", 2),
    ("Nach Art. 3 Abs. 2 GG sind alle gleich. Das gilt.", 2),
    ("Am 3. Oktober ist das Amt zu. Im 2. Stock ist der Eingang.", 2),
    ("Die Frist endet am 12.11.2026. Danach geht es nicht mehr.", 2),
    ("Wir öffnen um 17.30 Uhr. Kommen Sie pünktlich.", 2),
    ("Wir brauchen Ausweis, Foto usw. Die Liste liegt bei.", 2),
    ("Wir brauchen Ausweis, Foto usw. mit der Post.", 1),
    ("Sie fragte: „Wo ist das Amt?“ Die Antwort kam sofort.", 2),
    ("„Das ist gut“, sagte sie. Dann ging sie.", 2),
    ("Mehr unter www.musterstadt.de/wohngeld. Dort gibt es Formulare.", 2),
    ("Schreiben Sie an info@musterstadt.de. Wir antworten schnell.", 2),
    ("Das dauert (etwa vier Wochen). Danach erhalten Sie Post.", 2),
    ("Es kamen 2025 viele Anträge. 2026 sollen es mehr werden.", 2),
    ("Und dann kam der Brief … Heute ist alles gut.", 2),
    ("Das Amt ist zu; kommen Sie morgen.", 1),
  ])
  func sentenceCount(_ text: String, _ expected: Int) {
    #expect(sentences(text).count == expected, "\(sentences(text))")
  }

  @Test func tokenKinds() {
    let result = tokens(
      "Am 3. Oktober 2026, 12.11.2026 und 2026-03-05 um 9.00 Uhr kostet es 25,50 EUR, 35,- € oder 3,5 % laut § 7a."
    )
    let kinds = Dictionary(result.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    #expect(kinds["3."] == .ordinal)
    #expect(kinds["12.11.2026"] == .date)
    #expect(kinds["2026-03-05"] == .date)
    #expect(kinds["9.00 Uhr"] == .time)
    #expect(kinds["25,50 EUR"] == .money)
    #expect(kinds["35,- €"] == .money)
    #expect(kinds["3,5 %"] == .percent)
    #expect(kinds["§ 7a"] == .section)
    #expect(kinds["2026"] == .number)
  }

  @Test func abbreviationsAndLinks() {
    let result = tokens(
      "Bitte z.B. und i. V. m. lesen, siehe https://example.org/a?b=1 oder a.b@c.de.")
    #expect(result.contains { $0 == ("z.B.", .abbreviation) })
    #expect(result.contains { $0 == ("i. V. m.", .abbreviation) })
    #expect(result.contains { $0 == ("https://example.org/a?b=1", .url) })
    #expect(result.contains { $0 == ("a.b@c.de", .email) })
    #expect(result.last! == (".", .punctuation))
  }

  @Test func compoundsStayOneWord() {
    let result = tokens(
      "Die KI-Strategie der Kreis·verwaltung für Bürger*innen und Antragsteller/in.")
    let words = result.filter { $0.1 == .word }.map(\.0)
    #expect(words.contains("KI-Strategie"))
    #expect(words.contains("Kreis·verwaltung"))
    #expect(words.contains("Bürger*innen"))
    #expect(words.contains("Antragsteller/in"))
    let strategy = testSegmenter.segment("Die KI-Strategie.").sentences[0].tokens[1]
    #expect(strategy.parts == ["KI", "Strategie"])
  }

  @Test func pdfArtefacts() {
    let text =
      "Die Leitlinien sollen operationali-\nsiert werden. Das Bürger-\nund Ordnungsamt hilft beim KI-\nEinsatz.\n\nSeite 2 von 6\n\nEin wei\u{00AD}terer Satz."
    let document = testSegmenter.segment(text)
    let words = document.sentences.flatMap(\.tokens).map(\.text)
    #expect(words.contains("operationalisiert"))
    #expect(words.contains("Bürger-"))
    #expect(words.contains("KI-Einsatz"))
    #expect(words.contains("weiterer"))
    #expect(document.blocks.contains { $0.kind == .pageFurniture })
    #expect(document.sentences.count == 3)
  }

  @Test func softWrappedLinesAreOneSentence() {
    let text =
      "Diese Leitlinien bilden die Grundlage für den Einsatz von Künstlicher\nIntelligenz in der Verwaltung der Freien und Hansestadt Hamburg und ihrer\nBezirke. Sie gelten ab sofort."
    #expect(sentences(text).count == 2)
    #expect(sentences(text)[0].hasSuffix("ihrer Bezirke."))
  }

  @Test func blockStructure() {
    let text = """
      # Wohngeld

      I. Chancen nutzen

      Sie benötigen:
      - einen Ausweis
      - eine Meldebescheinigung

      1. Antrag stellen
      2. Unterlagen einreichen

      Bezirksamt Musterstadt
      Musterstraße 12
      12345 Musterstadt

      Mit freundlichen Grüßen
      """
    let blocks = testSegmenter.segment(text).blocks
    #expect(
      blocks.map(\.kind) == [
        .heading, .heading, .paragraph, .listItem, .listItem, .heading, .listItem, .line, .line,
        .line,
        .line,
      ]
        || blocks.map(\.kind) == [
          .heading, .heading, .paragraph, .listItem, .listItem, .listItem, .listItem, .line, .line,
          .line,
          .line,
        ])
    #expect(blocks[0].level == 1 && blocks[0].marker == "#")
    #expect(blocks[1].level == 1 && blocks[1].marker == "I.")
    #expect(blocks[3].marker == "-")
  }

  @Test func headingWithoutBlankLine() {
    let text =
      "Vom Schreckgespenst zur Chance\nKünstliche Intelligenz ist längst kein Zukunftsthema mehr."
    let blocks = testSegmenter.segment(text).blocks
    #expect(blocks.count == 2)
    #expect(blocks[0].kind == .heading)
  }

  /// Numbered paragraphs of laws wrap without indentation; a line starting with a time or a
  /// Markdown-escaped number continues the sentence.
  @Test func wrappedListItemsAndLawParagraphs() {
    let law = """
      (1) Das Bundesamt für Migration und Flüchtlinge nimmt Anträge nach §
      18f entgegen und leitet diese Anträge an die zuständige
      Ausländerbehörde weiter. Es teilt dem Antragsteller die Behörde mit.
      """
    #expect(sentences(law).count == 2)
    let item =
      "3. Ausgenommen ist der Lieferverkehr in der Zeit von\n   6.00 bis 10.00 Uhr. Anwohner dürfen fahren."
    #expect(sentences(item.replacingOccurrences(of: "\\n", with: "\n")).count == 2)
    #expect(
      sentences("- den Antrag\nBitte schicken Sie alles bis Freitag an uns zurück.").count == 2)
    let escaped = testSegmenter.segment("Nach § 128 gilt § 129\\. Die Frist ist gewahrt.")
    #expect(escaped.sentences.count == 2)
    #expect(escaped.sentences[0].tokens.last?.text == ".")
    #expect(sentences("II. - Festsetzungsverjährung").count == 1)
  }

  @Test func abbreviationBeforeCitationContinues() {
    #expect(
      sentences(
        "Die Regeln s. o. Nr. 3 gelten. Wir brauchen Ausweis, Foto usw. Die Liste liegt bei."
      ).count == 3)
  }

  @Test func tableOfContents() {
    let text = "Inhalt\n\n1 Einleitung .......... 3\n2 Ziele ............... 7\n"
    let blocks = testSegmenter.segment(text).blocks
    #expect(blocks.filter { $0.kind == .tocEntry }.count == 2)
  }
}

@Suite("Block structure of letters")
struct LetterBlockTests {
  func blocks(_ text: String) -> [(Block.Kind, String)] {
    testSegmenter.segment(text).blocks.map { block in
      (block.kind, block.sentences.map(\.text).joined(separator: " "))
    }
  }

  @Test func anAmountSetApartStaysInItsSentence() {
    let text = """
      Wir bewilligen Ihnen Wohngeld in Höhe von monatlich

                 218,00 EUR

      ab dem 1. Oktober. Das Geld kommt jeden Monat.
      """
    let found = blocks(text)
    #expect(found.count == 1)
    #expect(
      found.first?.1
        == "Wir bewilligen Ihnen Wohngeld in Höhe von monatlich 218,00 EUR ab dem 1. Oktober. Das Geld kommt jeden Monat."
    )
  }

  @Test func aSentenceGoesOnAfterAFunctionWord() {
    let found = blocks("Bitte kommen Sie am\n\nDienstag, 17. Februar 2026 um 9 Uhr.\n")
    #expect(found.map(\.1) == ["Bitte kommen Sie am Dienstag, 17. Februar 2026 um 9 Uhr."])
  }

  @Test func salutationAndTitlesStayApart() {
    let found = blocks(
      "Sehr geehrte Frau Muster,\n\nbitte zahlen Sie.\n\nZahlung\n\nDas Geld kommt.\n")
    #expect(found.count == 4)
    // A short salutation after a line without final punctuation is not its continuation.
    let short = blocks("am 26. März 2026 im Raum 101\n\nGuten Tag,\n\nbitte kommen Sie.\n")
    #expect(short.map(\.1) == ["am 26. März 2026 im Raum 101", "Guten Tag,", "bitte kommen Sie."])
  }

  @Test func anAgendaAfterATitleLineIsAList() {
    let found = blocks(
      "Öffentlicher Teil\n1. Eröffnung der Sitzung\n2. Genehmigung der Niederschrift\n3. Anfragen\n"
    )
    #expect(found.map(\.0) == [.heading, .listItem, .listItem, .listItem])
  }

  @Test func closingAndOnBehalfAreTwoLines() {
    let found = blocks("Mit freundlichen Grüßen\ni. A.\n\nSabine Probe\n")
    #expect(found.map(\.0) == [.line, .line, .line])
  }

  @Test func aNoteInBracketsIsNoHeading() {
    let found = blocks("(zu § 5 Absatz 2)\n\nDer Antrag ist schriftlich zu stellen.\n")
    #expect(found.map(\.0) == [.paragraph, .paragraph])
  }

  @Test func aSignatureIsNoHeading() {
    let found = blocks("Mit freundlichen Grüßen\nIm Auftrag\n\nJonas Beispiel\n")
    #expect(found.allSatisfy { $0.0 == .line })
  }

  @Test func anEmailLineBelongsToTheAddressBlock() {
    let found = blocks(
      "Telefon: 0123 456\nFax: 0123 457\ninfo@musterstadt.de\nDatum: 3. März 2026\n")
    #expect(found.map(\.0) == [.line, .line, .line, .line])
  }

  @Test func aLetterheadWithALongContactLineIsAnAddressBlock() {
    let found = blocks(
      """
      Bezirksamt Musterstadt-Nord
      Geschäftsstelle der Bezirksversammlung
      Nordring 40, 12360 Musterstadt
      Tel.: 040 428 99-2310 · E-Mail: geschaeftsstelle-bv@musterstadt-nord.example.org
      """)
    #expect(found.map(\.0) == [.line, .line, .line, .line])
    // A sentence with an e-mail address in it is still a paragraph.
    let prose = blocks(
      "Schreiben Sie uns eine E-Mail an info@musterstadt.de\noder rufen Sie uns an.\n")
    #expect(prose.map(\.0) == [.paragraph])
  }

  @Test func anAgendaItemSetInColumnsGoesOnInItsIndentedLines() {
    let found = blocks(
      "Ö 3.1    Nachwahl eines Mitglieds für den Ausschuss\n"
        + "         für Mobilität (Vorschlag der SPD-Fraktion)          Drs. 22-3017\n"
        + "Ö 3.2    Wahl eines Stellvertreters in den Ausschuss\n"
        + "                                          Drs. 22-3021\n"
        + "Ö 4      Genehmigung der Niederschrift\n")
    #expect(
      found.map(\.1) == [
        "Ö 3.1 Nachwahl eines Mitglieds für den Ausschuss für Mobilität (Vorschlag der SPD-Fraktion) Drs. 22-3017",
        "Ö 3.2 Wahl eines Stellvertreters in den Ausschuss Drs. 22-3021",
        "Ö 4 Genehmigung der Niederschrift",
      ])
    #expect(found.allSatisfy { $0.0 == .line })
    // Rows of a table without numbering stay one block each.
    let table = blocks("Grundbetrag        218,00 EUR\n   Zuschlag        12,00 EUR\n")
    #expect(table.count == 2)
    let sum = blocks(
      "2. Hund     Beagle      Nr. 0194      144,00 EUR\n"
        + "                        Summe:        240,00 EUR\n")
    #expect(sum.count == 2)
  }

  @Test(arguments: [
    "Musterstadt, 12. März 2026", "Musterstadt, im Oktober 2026", "Datum: 21.01.2026",
    "Objekt-Nr. 0815-221-0003", "Akten-Zeichen: 32.2-VR-0731/2026",
    "Objekt: Eichenstraße 21, 12351 Musterstadt",
  ])
  func aDataLineIsNoHeading(_ line: String) {
    let found = blocks(line + "\n\nDas Amt hat entschieden.\n")
    #expect(found.map(\.0) == [.line, .paragraph])
  }

  @Test(arguments: ["Hundesteuerbescheid 2026", "Bürgergeld: Das ändert sich 2026", "Einladung"])
  func aTitleStaysAHeading(_ line: String) {
    let found = blocks(line + "\n\nDas Amt hat entschieden.\n")
    #expect(found.map(\.0) == [.heading, .paragraph])
  }
}
