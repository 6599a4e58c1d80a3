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

  /// `MessageText.concat` builds the same string as interpolation.
  @Test func messageTextMatchesInterpolation() {
    let pieces = ["", "„", "Straße", "“ hat ", "17", "a\u{308}", "🙂", "Übergangs-Regel", "x"]
    for a in pieces {
      for b in pieces {
        for c in pieces {
          let built = MessageText.concat(a, b, "“ mitten ", c)
          #expect(built == "\(a)\(b)“ mitten \(c)")
          #expect(Array(built.utf8) == Array("\(a)\(b)“ mitten \(c)".utf8))
        }
      }
    }
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
