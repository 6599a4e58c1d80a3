import Foundation
import Testing

@testable import LeichteSprache

/// The byte-level fast paths of `check` give exactly what the plain code they replace gives.
@Suite("Check fast paths give the same results")
struct CheckSpeedHelperTests {
  /// Words of ASCII and Latin-1 characters, random, with many repeats.
  static func latin1Words(_ count: Int) -> [String] {
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCZäöüßÄÖÜéèà-.")
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
      String(
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in
          letters[Int.random(in: 0..<letters.count, using: &generator)]
        })
    }
  }

  /// `ByteWordMemo` stores and finds values as a dictionary does, across its growth.
  @Test func byteWordMemoMatchesDictionary() {
    var memo = ByteWordMemo<Int?>(capacity: 4)
    var dictionary: [String: Int?] = [:]
    let words = Self.latin1Words(6000) + ["", "Straße", "Strasse", "STRASSE", "ä", "a"]
    for (n, word) in words.enumerated() {
      let fresh: Int? = n % 3 == 0 ? nil : n
      let stored = ByteText.withBytes(word) { bytes in memo.value(bytes) { fresh } }
      if let known = dictionary[word] {
        #expect(stored == known, "\(word)")
      } else {
        #expect(stored == fresh, "\(word)")
        dictionary[word] = .some(fresh)
      }
    }
    #expect(memo.count == dictionary.count)
    for (word, value) in dictionary {
      #expect(ByteText.withBytes(word) { memo.value($0) } == .some(value), "\(word)")
    }
    #expect(ByteText.withBytes("nie gesehen") { memo.value($0) } == nil)
  }

  /// The analyser's word entries through the memo equal the table's own entries.
  @Test func analyserMemoKeepsEntries() {
    let analyzer = Analyzer(lexicon: RuleTestSupport.lexicon)
    var memo = Analyzer.EntryMemo()
    let words =
      ["Antrag", "Anträge", "gestellt", "stellen", "Sie", "Ihnen", "ihr", "und", "Straße"]
      + Self.latin1Words(500)
    for word in words + words {
      let memoised = analyzer.entry(word, &memo)
      let direct = analyzer.table[word]
      #expect(memoised?.traits == direct?.traits && memoised?.lemma == direct?.lemma, "\(word)")
    }
  }

  /// A filled `MessagePattern` renders the same string as interpolation, with zero, one or two
  /// places at the start, in the middle and at the end, and arguments of any script (an
  /// argument's own `{}` stays as it is).
  @Test func messagePatternMatchesInterpolation() {
    let pieces = ["", "„", "Straße", "“ hat ", "17", "a\u{308}", "🙂", "Übergangs-Regel", "{}", "x"]
    #expect(MessagePattern("Ein Satz ohne Platz.")("x").rendered == "Ein Satz ohne Platz.")
    #expect(MessagePattern("{")("x").rendered == "{")
    #expect(MessagePattern("{{}}")("x").rendered == "{x}")
    for a in pieces {
      #expect(MessagePattern("„{}“ mitten")(a).rendered == "„\(a)“ mitten")
      #expect(MessagePattern("{} und ü")(a).rendered == "\(a) und ü")
      #expect(MessagePattern("Ende: {}")(a).rendered == "Ende: \(a)")
      for b in pieces {
        let built = MessagePattern("{}Ä“ mitten {}")(a, b).rendered
        #expect(built == "\(a)Ä“ mitten \(b)")
        #expect(Array(built.utf8) == Array("\(a)Ä“ mitten \(b)".utf8))
      }
    }
  }

  /// `ByteText.Suffixes` answers as `hasAnySuffix` with the same suffixes.
  @Test func suffixSetMatchesBytewiseTest() {
    let suffixes = ["ung", "ungen", "ität", "itäten", "ness", "ive", "iv", "abcdefgh", "ß"]
    let set = ByteText.Suffixes(suffixes)
    let bytes = suffixes.map { Array($0.utf8) }
    var words = Self.latin1Words(400)
    words += suffixes + ["", "g", "ng", "Zeitung", "Realitäten", "aktiv", "Abcdefgh", "xabcdefgh"]
    words += ["Fuß", "Fußß", "Übung", "Prüfung-Tag", "🙂ung", "a\u{308}tät"]
    for word in words {
      let expected = ByteText.withBytes(word) { ByteText.hasAnySuffix($0, bytes) }
      #expect(ByteText.withBytes(word) { set.match($0) } == expected, "\(word)")
    }
  }

  /// A pattern filled with an excerpt renders the text `Document` gives for the range.
  @Test func messageExcerptMatchesDocumentText() {
    let document = Segmenter(lexicon: RuleTestSupport.lexicon).segment(
      "🙂 Nach § 7 Abs. 2 SGB II gilt: Straße\nund Weg.")
    let pattern = MessagePattern("„{}“ ist ein Zitat.")
    let units = document.text.utf16.count
    for start in [0, 2, 3, 8, units - 4, units] {
      for end in [start, start + 1, start + 5, units] where end <= units {
        let range = TextRange(start, end)
        #expect(
          pattern(excerpt: range, of: document.text).rendered
            == "„\(String(document[range]))“ ist ein Zitat.")
      }
    }
  }

  /// A finding with a pattern message equals, hashes and encodes as the finding with the
  /// rendered text, and differs when the text differs (even with the same pattern).
  @Test func findingWithPatternMessageActsAsText() throws {
    let pattern = MessagePattern("„{}“ hat {} Buchstaben.")
    let range = TextRange(3, 9)
    let lazy = Finding(rule: "langes-wort", range: range, text: pattern("Wort", "4"))
    let plain = Finding(rule: "langes-wort", range: range, message: "„Wort“ hat 4 Buchstaben.")
    #expect(lazy.message == "„Wort“ hat 4 Buchstaben.")
    #expect(lazy == plain && plain == lazy)
    #expect(lazy.hashValue == plain.hashValue)
    #expect(Set([lazy, plain]).count == 1)
    // Same text from other arguments of the same pattern.
    let split = MessagePattern("{}{}")
    #expect(
      Finding(rule: "x", range: range, text: split("ab", "c"))
        == Finding(rule: "x", range: range, text: split("a", "bc")))
    #expect(lazy != Finding(rule: "langes-wort", range: range, text: pattern("Wort", "5")))
    #expect(lazy.with(range: TextRange(0, 1)).message == lazy.message)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try encoder.encode(lazy)
    #expect(json == (try encoder.encode(plain)))
    #expect(
      String(decoding: json, as: UTF8.self)
        == #"{"message":"„Wort“ hat 4 Buchstaben.","range":[3,9],"rule":"langes-wort","severity":"warning","suggestions":[]}"#
    )
    #expect(try JSONDecoder().decode(Finding.self, from: json) == lazy)
  }

  /// `isPhoneLabel` answers as the label set with the lower-cased word.
  @Test func phoneLabelMatchesSet() {
    var words = Array(FactVocabulary.phoneLabels)
    words += words.map { $0.uppercased() } + words.map { $0.capitalized }
    words += [
      "", "Tel", "TEL.", "Te", "Telefonnummern", "BEHÖRDENNUMMER", "Beho\u{308}rdennummer",
      "\u{212A}", "Fax:", "faX", "Handy", "Nummer", "Straße", "İ",
      String(repeating: "x", count: 50),
    ]
    words += Self.latin1Words(300)
    for word in words {
      #expect(
        FactScanner.isPhoneLabel(word) == FactVocabulary.phoneLabels.contains(word.lowercased()),
        "\(word)")
    }
  }

  /// `startsWithZero` and `isText` answer as the `Character` and `String` comparisons.
  @Test func byteComparisonsMatchStrings() {
    let texts = [
      "", "0", "01", "0\u{301}", "0,5", "10", "00", "+", "+49", ":", "(", "\u{37E}", ";", "a",
      "0\r\n", "٠",
    ]
    for text in texts {
      #expect(FactScanner.startsWithZero(text) == (text.first == "0"), "\(text)")
      #expect(FactScanner.isText(text, 0x2B) == (text == "+"), "\(text)")
      #expect(FactScanner.isText(text, 0x3A) == (text == ":"), "\(text)")
      #expect(FactScanner.isText(text, 0x28) == (text == "("), "\(text)")
    }
  }

  /// The punctuation traits by byte equal the set lookup they replace.
  @Test func punctuationTraitsMatchSet() {
    var marks = Array(GermanGrammar.clausePunctuation) + ["..", "--", "*", "&", "§", "\u{37E}", ""]
    for code in 0x20...0x7E { marks.append(String(Character(Unicode.Scalar(UInt8(code))))) }
    for mark in marks {
      let expected: WordTraits =
        mark == ","
        ? [.clauseBreak, .comma]
        : GermanGrammar.clausePunctuation.contains(mark) ? .clauseBreak : []
      #expect(Analyzer.punctuationTraits(mark) == expected, "\(mark)")
    }
  }

  /// The digits of a number token, by byte, equal the character loop they replace.
  @Test func largeNumberDigitsMatchCharacters() {
    var texts = [
      "", "0", "1.250", "14.795", "3,5", "2 500", "12345678901234567890", "1234567890123456",
      "0761", "1.000.000,50", "5a", "1\r\n2", "1\u{301}2", "١٢", "12.", ".5",
    ]
    let characters = Array("0123456789.., ab")
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      texts.append(
        String(
          (0..<Int.random(in: 0...22, using: &generator)).map { _ in
            characters[Int.random(in: 0..<characters.count, using: &generator)]
          }))
    }
    for text in texts {
      let fast = LargeNumberRule.digits(text)
      let slow = LargeNumberRule.characterDigits(text)
      #expect(fast.value == slow.value && fast.count == slow.count, "\(text)")
      #expect(fast.hasDot == slow.hasDot && fast.leadingZero == slow.leadingZero, "\(text)")
    }
  }
}
