import Foundation
import Testing

@testable import LeichteSprache

/// The fast paths behind the speed bars must give exactly what the plain code gives.
@Suite("Speed helpers give the same results")
struct PerformanceHelperTests {
  /// `String(utf16Units:)` equals the standard library's decoding, also for surrogate pairs,
  /// unpaired surrogates (repaired to U+FFFD) and units at the UTF-8 length boundaries.
  @Test func utf16TranscodingMatchesStandardLibrary() {
    let samples: [[UInt16]] = [
      [],
      Array("Größere Übergänge kosten 25,50 € – 🙂 ok".utf16),
      [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF],
      [0xD83D, 0xDE42, 0x41],  // a pair
      [0xD83D, 0x41],  // high surrogate alone
      [0xDE42, 0x41],  // low surrogate alone
      [0x41, 0xD83D],  // high surrogate at the end
      [0xDBFF, 0xDFFF, 0xD800, 0xDC00],
    ]
    var generator = SystemRandomNumberGenerator()
    var random: [[UInt16]] = []
    for _ in 0..<200 {
      random.append(
        (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
          // Bias towards the interesting ranges: ASCII, 2-byte, surrogates.
          [
            UInt16.random(in: 0...0x7F, using: &generator),
            UInt16.random(in: 0x80...0x7FF, using: &generator),
            UInt16.random(in: 0xD800...0xDFFF, using: &generator),
            UInt16.random(in: 0...0xFFFF, using: &generator),
          ][Int.random(in: 0..<4, using: &generator)]
        })
    }
    for units in samples + random {
      #expect(String(utf16Units: units) == String(decoding: units, as: UTF16.self), "\(units)")
      #expect(
        Array(String(utf16Units: units).utf8)
          == Array(String(decoding: units, as: UTF16.self).utf8))
    }
  }

  /// Facts taken over from an earlier pass equal freshly extracted ones, moved to the new place.
  @Test func reusedFactsEqualFreshFacts() {
    let analyzer = Analyzer(lexicon: testLexicon)
    let sentence = "Zahlen Sie 250 Euro bis zum 12.11.2026 auf DE12 5001 0517 0648 4898 90 ein."
    let before = analyzer.analyze(testSegmenter.segment(sentence))
    let after = analyzer.analyze(testSegmenter.segment("Neu am Anfang. " + sentence))
    let earlier = before.sentences[0]
    #expect(!earlier.facts.isEmpty)
    let moved = after.sentences[1]
    moved.reuseFacts(of: earlier)
    #expect(moved.facts == FactExtractor().facts(in: moved.sentence))
    #expect(moved.facts.map(\.range.start) == earlier.facts.map { $0.range.start + 15 })
    // A different sentence with the same length takes nothing over.
    let other = analyzer.analyze(testSegmenter.segment("Neu am Anfang. Heute nichts."))
    other.sentences[1].reuseFacts(of: earlier)
    #expect(other.sentences[1].facts == [])
  }

  /// The frequency loader's decimal parser equals `Double(String)` bit for bit, and leaves every
  /// other form to it.
  @Test func decimalParsingMatchesDouble() {
    var samples = [
      "3.76", "0", "0.0", "7", "8.1", "1.25", "0.01", "6.999", "123456789012345", "0.3", "2.675",
      "5.", ".5", "", "1.2.3", "-1.5", "1e3", "nan", "1234567890123456",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let whole = Int.random(in: 0...99_999, using: &generator)
      let fraction = Int.random(in: 0...999_999, using: &generator)
      samples.append(
        "\(whole).\(String(fraction).prefix(Int.random(in: 1...6, using: &generator)))")
    }
    for text in samples {
      var copy = text
      let parsed = copy.withUTF8 { Lexicon.decimal($0, 0..<$0.count) }
      if let parsed {
        #expect(parsed.bitPattern == Double(text)?.bitPattern, "\(text)")
      } else {
        #expect(
          ["5.", ".5", "", "1.2.3", "-1.5", "1e3", "nan", "1234567890123456"].contains(text),
          "\(text)")
      }
    }
  }

  /// The pre-test for legal citations and phone numbers never misses one that the extraction
  /// finds: in the corpus letters and in written-out samples.
  @Test func factPretestNeverMissesLawsOrPhones() throws {
    var texts = [
      "Tel.: 0761 201-0. Fax (0761) 201 65 43. Mobil: +49 170 1234567.",
      "Telefon 2016543, Rufnummer: 42 17 99.",
      "Nach § 12 Abs. 1 WoGG und §§ 13 bis 18 WoGG, Art. 3 Abs. 2 GG, Artikel 20 GG.",
    ]
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Corpus")
    for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path)
    where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      texts.append(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8))
    }
    var found: Set<Fact.Kind> = []
    for text in texts {
      for sentence in testSegmenter.segment(text).sentences {
        for fact in FactExtractor().facts(in: sentence) where [.law, .phone].contains(fact.kind) {
          found.insert(fact.kind)
          #expect(FactScanner.mayHold(fact.kind, in: sentence.tokens), "\(sentence.text)")
        }
      }
    }
    #expect(found == [.law, .phone])
    #expect(
      !FactScanner.mayHold(.law, in: testSegmenter.segment("Heute um 14 Uhr.").sentences[0].tokens))
    #expect(
      !FactScanner.mayHold(
        .phone, in: testSegmenter.segment("Zahlen Sie 250 Euro.").sentences[0].tokens))
  }

  /// `Document.index(utf16Offset:)` and the subscript equal the standard library's UTF-16 view
  /// at every offset, around the table's checkpoints, with 2-, 3- and 4-byte characters.
  @Test func documentIndexMatchesStandardLibrary() {
    let pieces = ["a", "ä", "€", "🙂", " ", "\n", "Straße"]
    var generator = SystemRandomNumberGenerator()
    var texts = [
      "", "a", "🙂", String(repeating: "x", count: 64), String(repeating: "🙂", count: 70),
    ]
    for _ in 0..<40 {
      texts.append(
        (0..<Int.random(in: 1..<400, using: &generator)).map { _ in
          pieces[Int.random(in: 0..<pieces.count, using: &generator)]
        }.joined())
    }
    for text in texts {
      let document = Document(text: text, blocks: [])
      let view = text.utf16
      var boundaries: [Int] = [0]
      var offset = 0
      for scalar in text.unicodeScalars {
        offset += UTF16.width(scalar)
        boundaries.append(offset)
      }
      for start in boundaries {
        #expect(
          document.index(utf16Offset: start) == view.index(view.startIndex, offsetBy: start),
          "\(start) in \(text.debugDescription)")
      }
      for _ in 0..<20 where boundaries.count > 1 {
        let a = boundaries.randomElement(using: &generator)!
        let b = boundaries.randomElement(using: &generator)!
        let range = TextRange(min(a, b), max(a, b))
        let lower = view.index(view.startIndex, offsetBy: range.start)
        let upper = view.index(view.startIndex, offsetBy: range.end)
        #expect(document[range] == text[lower..<upper])
      }
    }
  }

  /// The legal citations found alone are the `.law` facts of the full extraction.
  @Test func lawRangesAreTheLawFacts() {
    let analyzer = Analyzer(lexicon: testLexicon)
    let texts = [
      "Nach § 7 Abs. 2 Satz 1 Nr. 3 SGB II und Art. 3 GG gilt das, siehe §§ 45 und 46 BGB.",
      "Das regelt Artikel 116 des Grundgesetzes; die Frist (§ 28 des Wohngeldgesetzes) läuft.",
      "Zahlen Sie 250 Euro bis zum 12.11.2026, Az.: 50.3-WG, Tel. 0761 201 65 43.",
      "Ohne Zitat: Der Antrag ist da.",
    ]
    var found = 0
    for text in texts {
      for sentence in analyzer.analyze(testSegmenter.segment(text)).sentences {
        let expected = FactExtractor().facts(in: sentence.sentence).filter { $0.kind == .law }
          .map(\.range)
        #expect(FactScanner.lawRanges(in: sentence.tokens) == expected, "\(text)")
        #expect(sentence.lawRanges == expected)
        found += expected.count
        // Taken from the facts once they are known.
        let again = analyzer.analyze(testSegmenter.segment(text)).sentences
        for s in again {
          _ = s.facts
          #expect(s.lawRanges == FactScanner.lawRanges(in: s.tokens))
        }
      }
    }
    #expect(found >= 5)
  }

  /// `ByteWordTable` answers as the dictionary it is built from, also for words outside
  /// Latin-1 and for spellings that are only canonically equivalent (decomposed umlauts).
  @Test func byteWordTableMatchesDictionary() {
    var dictionary: [String: Int] = [:]
    for (n, word) in RuleTestSupport.lexicon.basicVocabulary.sorted().enumerated() {
      dictionary[word] = n
      dictionary[word.prefix(1).uppercased() + word.dropFirst()] = -n
    }
    for (n, word) in ["Straße", "Ärger", "Cafe\u{301}", "€uro", "🙂", "Łódź", "ΑΒΓ"].enumerated() {
      dictionary[word] = 100_000 + n
    }
    #expect(dictionary.count > 100)
    let table = ByteWordTable(dictionary)
    var words = Array(dictionary.keys.prefix(3000))
    words += words.prefix(500).map { $0.uppercased() }
    words += words.prefix(500).map { $0 + "x" }
    words += words.prefix(500).map { String($0.dropLast()) }
    words += words.prefix(500).map { $0.decomposedStringWithCanonicalMapping }
    words += ["", "Straße", "Ärger", "A\u{308}rger", "Maße", "€", "🙂", "Café", "Cafe\u{301}"]
    for word in words {
      #expect(table[word] == dictionary[word], "\(word)")
    }
    // Lower-casing lookups, for every Latin-1 character and for words beyond it.
    var lowerKeys: [String: Int] = [:]
    var probes: [String] = [
      "ÄRGER", "Straße", "ẞ", "İstanbul", "ΑΒΓ", "Ǆ", String(repeating: "Ä", count: 40),
    ]
    for code in 0x20...0xFF {
      let text = "X" + String(Character(Unicode.Scalar(UInt8(code)))) + "Y"
      probes.append(text)
      lowerKeys[text.lowercased(), default: code] = code
    }
    for probe in probes { lowerKeys[probe.lowercased()] = lowerKeys[probe.lowercased()] ?? 1 }
    let lowerTable = ByteWordTable(lowerKeys)
    for probe in probes + ["Nichts", "xäy"] {
      #expect(lowerTable[lowercasing: probe] == lowerKeys[probe.lowercased()], "\(probe)")
    }
    let small = ByteWordTable(["a\u{308}b": 1, "Ä": 2, "x": 3, "€": 4])
    #expect(small["äb"] == 1 && small["a\u{308}b"] == 1)
    #expect(small["Ä"] == 2 && small["A\u{308}"] == 2)
    #expect(small["x"] == 3 && small["€"] == 4 && small["y"] == nil && small[""] == nil)
  }

  /// `ByteText.LetterPairs` finds the same pairs as `ByteText.containsPair`.
  @Test func letterPairsMatchContainsPair() {
    let pairs: [(UInt8, UInt8)] = ["sh", "th", "oo", "ea", "ay", "ey", "ow"].map {
      (Array($0.utf8)[0], Array($0.utf8)[1])
    }
    let set = ByteText.LetterPairs(pairs)
    var words = ["Workshop", "THEMA", "Boot", "Meeting", "Straße", "Shöp", "o-o", "oO", "", "s"]
    var generator = SystemRandomNumberGenerator()
    let letters = Array("sShHtToOeEaAyYwW-äÄ1 ".unicodeScalars).map(String.init)
    for _ in 0..<500 {
      words.append(
        (0..<Int.random(in: 0..<8, using: &generator)).map { _ in
          letters[Int.random(in: 0..<letters.count, using: &generator)]
        }.joined())
    }
    for word in words {
      let found = ByteText.withBytes(word) { set.occur(in: $0) }
      #expect(found == ByteText.containsPair(word, pairs), "\(word)")
    }
  }
}
