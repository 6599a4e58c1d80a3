import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

private func facts(_ text: String) -> [(Fact.Kind, String, String)] {
  FactExtractor().facts(in: testSegmenter.segment(text)).map { ($0.kind, $0.text, $0.key) }
}

@Suite("Fact extraction")
struct FactExtractorTests {
  @Test func datesInAllForms() {
    let keys = facts(
      "Am 12.11.2026, am 05.03.26, am 2026-03-05 und am Freitag, 30. Januar 2026 sowie am 3. Oktober."
    )
    .filter { $0.0 == .date }.map(\.2)
    #expect(keys == ["2026-11-12", "2026-03-05", "2026-03-05", "2026-01-30", "----10-03"])
    // A month with its year, the month abbreviated or not.
    #expect(
      facts("Die Messung (Okt. 1992) und die Prüfung im Oktober 1992.").filter { $0.0 == .date }
        .map(\.2) == ["1992-10", "1992-10"])
  }

  @Test func amountsTimesPercentages() {
    let found = facts(
      "Es kostet 18,40 EUR, 35,- €, 1.250,00 € und 1,2 Mio. Euro um 9.00 Uhr oder 17:30 Uhr bei 4,8 %."
    )
    #expect(
      found.filter { $0.0 == .money }.map(\.2) == [
        "EUR 1840", "EUR 3500", "EUR 125000", "EUR 120000000",
      ])
    #expect(found.filter { $0.0 == .time }.map(\.2) == ["09:00", "17:30"])
    #expect(found.filter { $0.0 == .percent }.map(\.2) == ["4.8"])
  }

  @Test func contactsAndReferences() {
    let found = facts(
      "Rufen Sie an: Tel. 0761/2016543 oder +49 40 42828-0. Az.: 50.3-WG-2026/0815, Kunden-Nr. 4711A008154, IBAN DE17 1234 5678 0004 7110 00, info@musterstadt.de, https://www.musterstadt.de/wohngeld/."
    )
    #expect(found.contains { $0.0 == .phone && $0.2 == "07612016543" })
    #expect(found.contains { $0.0 == .phone && $0.2 == "040428280" })
    #expect(found.contains { $0.0 == .reference && $0.2 == "50.3-WG-2026/0815" })
    #expect(found.contains { $0.0 == .reference && $0.2 == "4711A008154" })
    #expect(found.contains { $0.0 == .iban && $0.2 == "DE17123456780004711000" })
    #expect(found.contains { $0.0 == .email && $0.2 == "info@musterstadt.de" })
    #expect(found.contains { $0.0 == .url && $0.2 == "musterstadt.de/wohngeld" })
  }

  @Test func percentagesInWordsAndDigitsHaveOneKey() {
    let words = facts("Bei den Vätern sind es nur sechs Prozent.").filter { $0.0 == .percent }
    let digits = facts("Bei den Vätern sind es nur 6 Prozent.").filter { $0.0 == .percent }
    #expect(words.map(\.2) == ["6"])
    #expect(digits.map(\.2) == words.map(\.2))
  }

  @Test func vomHundertIsAPercentage() {
    let found = facts("Der Gehalt darf höchstens 0,50 v. H. des Gewichts betragen.")
    #expect(!found.contains { $0.0 == .money })
    #expect(found.filter { $0.0 == .percent }.map(\.2) == ["0.5"])
    let written = facts("Der Gehalt darf höchstens 0,50 Prozent des Gewichts betragen.")
    #expect(written.filter { $0.0 == .percent }.map(\.2) == ["0.5"])
  }

  @Test func withEffectFromIsTheDeadlineOfAb() {
    let before = facts("Das gilt mit Wirkung vom 1. Mai 1992.").filter { $0.0 == .deadline }
    let after = facts("Das gilt ab 1. Mai 1992.").filter { $0.0 == .deadline }
    #expect(before.map(\.2) == after.map(\.2))
    #expect(!before.isEmpty)
  }

  @Test func citationsMatchWithMoreOrFewerPartsAndSplitNames() {
    let input = FactExtractor().facts(
      in: testSegmenter.segment(
        "Das regeln §§ 14, 37 Abs. 1 Satz 2 und Artikel 4 des Einigungsvertragsgesetzes."))
    let output = FactExtractor().facts(
      in: testSegmenter.segment(
        "Das regeln §§ 14, 37. Das steht in Artikel 4 des Einigungs-Vertrags-Gesetzes."))
    let report = FactReport(input: input, output: output)
    #expect(report.isComplete, "\(report.missing.map(\.text)) \(report.invented.map(\.text))")
    let genitive = FactExtractor().facts(
      in: testSegmenter.segment("Deutscher im Sinne des Artikels 116 Abs. 1 des Grundgesetzes."))
    let dative = FactExtractor().facts(
      in: testSegmenter.segment(
        "Deutscher im Sinne von dem Artikel 116 Absatz 1 des Grundgesetzes."))
    #expect(FactReport(input: genitive, output: dative).isComplete)
    let other = FactExtractor().facts(in: testSegmenter.segment("Das regelt § 15."))
    #expect(!FactReport(input: input, output: other).isComplete)
  }

  @Test func aRangeOfAmountsHasNoFileNumber() {
    let found = facts("Bei einem Einkommen von 8.221- 8.740 Euro zahlen Sie 20 Euro.")
    #expect(!found.contains { $0.0 == .reference }, "\(found)")
  }

  @Test func legalCitations() {
    let found = facts(
      "Nach § 7 Abs. 2 S. 1 Nr. 3 SGB II i. V. m. § 40 SGB X und Art. 3 Abs. 2 GG sowie §§ 13 bis 18 WoGG."
    )
    .filter { $0.0 == .law }.map(\.1)
    #expect(found.contains("§ 7 Abs. 2 S. 1 Nr. 3 SGB II"))
    #expect(found.contains("§ 40 SGB X"))
    #expect(found.contains("Art. 3 Abs. 2 GG"))
    #expect(found.contains("§§ 13 bis 18 WoGG"))
    // Written out and abbreviated citations compare equal.
    let written = facts("Nach § 12 Absatz 1 WoGG.").first { $0.0 == .law }?.2
    let short = facts("Nach § 12 Abs. 1 WoGG.").first { $0.0 == .law }?.2
    #expect(written != nil && written == short)
  }

  @Test func deadlinesNamesOffices() {
    let found = facts(
      "Frau Petra Muster muss bis zum 30.06.2027 und innerhalb eines Monats an die Wohngeldstelle der Stadt Musterstadt schreiben."
    )
    #expect(found.contains { $0.0 == .person && $0.2 == "Petra Muster" })
    #expect(found.contains { $0.0 == .deadline && $0.2 == "datum:2027-06-30" })
    #expect(found.contains { $0.0 == .deadline && $0.2 == "dauer:1 monat" })
    #expect(found.contains { $0.0 == .office && $0.1 == "Wohngeldstelle" })
    #expect(found.contains { $0.0 == .office && $0.1 == "Stadt Musterstadt" })
  }

  @Test func reportComparesByKey() {
    let input = FactExtractor().facts(
      in: testSegmenter.segment("Zahlen Sie 35,- € bis 01.02.2026."))
    let output = FactExtractor().facts(
      in: testSegmenter.segment("Zahlen Sie 35 Euro bis zum 1. Februar 2026."))
    let report = FactReport(input: input, output: output)
    #expect(report.missing.isEmpty)
    #expect(report.kept.count == input.count)
    let lost = FactReport(
      input: input, output: FactExtractor().facts(in: testSegmenter.segment("Zahlen Sie bald.")))
    #expect(!lost.missing.isEmpty && !lost.isComplete)
  }

  /// The hand-listed facts of every `Corpus/` text are found.
  @Test func corpusRecall() throws {
    let recall = try CorpusFacts.recall(segmenter: testSegmenter)
    for kind in ["datum", "uhrzeit", "betrag", "prozent", "telefon", "email", "url", "iban"] {
      #expect(
        recall.rate(kind) >= 0.95,
        "\(kind): \(recall.rate(kind)) – \(recall.misses.filter { $0.contains(": \(kind) ") })")
    }
    for kind in ["paragraf", "aktenzeichen"] {
      #expect(
        recall.rate(kind) >= 0.85,
        "\(kind): \(recall.rate(kind)) – \(recall.misses.filter { $0.contains(": \(kind) ") })")
    }
  }
}
