import LeichteICU
import Testing

@testable import LeichteSprache

/// The segmenter's fast paths answer exactly as the general code they shortcut.
@Suite("Segmenter fast paths")
struct SegmenterFastPathTests {
  /// Byte sequences around every boundary of table 3-7 of the Unicode Standard.
  static func utf8Samples() -> [[UInt8]] {
    var samples: [[UInt8]] = []
    let continuation: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
    for lead in UInt8(0x01)...0xFF {
      samples.append([lead])
      for second in continuation {
        samples.append([lead, second])
        for third in continuation {
          samples.append([lead, second, third])
          samples.append([lead, second, third, 0x80])
          samples.append([lead, second, third, 0xBF])
          samples.append([lead, second, third, 0x41])
        }
      }
    }
    return samples
  }

  @Test func transcodingAgreesWithICU() {
    for sample in Self.utf8Samples() {
      // Short and long ASCII around the sample: the byte-wise and the eight-byte path.
      for bytes in [
        [0x61] + sample + [0x62], Array("Abschnitt\r".utf8) + sample + Array(" Satz 1, Nr. 2".utf8),
      ] {
        let ours = bytes.withUnsafeBufferPointer { InputDecoder.transcode($0)?.units }
        let icu =
          bytes.contains(0) ? nil : bytes.withUnsafeBufferPointer { ICU.utf16(fromUTF8: $0) }
        #expect(ours == icu, "\(sample.map { String($0, radix: 16) })")
      }
    }
  }

  @Test func transcodingEveryScalar() {
    var text = ""
    for value in stride(from: 1, through: 0x10FFFF, by: 3) {
      if let scalar = Unicode.Scalar(UInt32(value)) { text.unicodeScalars.append(scalar) }
    }
    let bytes = Array(text.utf8)
    let decoded = bytes.withUnsafeBufferPointer { InputDecoder.transcode($0) }
    #expect(decoded?.units == Array(text.utf16))
    #expect(decoded?.needsNFCCheck == true)
    #expect(decoded?.hasCR == true)
    let plain = Array("Straße – „Grün“ … 3 €\nEnde".utf8)
    let simple = plain.withUnsafeBufferPointer { InputDecoder.transcode($0) }
    #expect(simple?.needsNFCCheck == false && simple?.hasCR == false)
  }

  /// The decoder skips the NFC check for text of characters that pass ICU's quick check alone
  /// and have canonical combining class 0: all below U+0300 and the listed signs above.
  @Test func nfcStartersAreNFCAnywhere() {
    var starters = (UInt16(1)..<0x300).map { $0 }
    starters += (UInt16(0x300)...0xFFFF).filter { InputDecoder.isNFCStarter($0) }
    for unit in starters {
      let scalar = Unicode.Scalar(unit)!
      #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(unit)")
      #expect(ICU.nfc([unit]) == nil, "\(unit)")
      #expect(ICU.nfc([0x41, unit, 0x61]) == nil, "\(unit)")
    }
    #expect(ICU.nfc(starters) == nil)
    #expect(ICU.nfc(starters.reversed()) == nil)
    // A + combining grave composes, a singleton decomposes: the check can fail.
    #expect(ICU.nfc([0x41, 0x300]) != nil)
    #expect(ICU.nfc([0x2000]) != nil)
    #expect(!InputDecoder.isNFCStarter(0x2000) && !InputDecoder.isNFCStarter(0x300))
  }

  @Test func decodingFindsTheSameErrors() {
    #expect(throws: InputError.invalidUTF8(byteOffset: 3)) {
      try InputDecoder.decode([0x61, 0x62, 0x63, 0xED, 0xA0, 0x80])
    }
    #expect(throws: InputError.binary(byteOffset: 1)) { try InputDecoder.decode([0x61, 0x00]) }
    let decomposed = try? InputDecoder.decode(Array("Gru\u{308}n\r\n".utf8))
    #expect(decomposed.map { String(decoding: $0, as: UTF16.self) } == "Grün\n")
  }

  static let words: [String] = {
    var words: [String] = []
    for set in [
      GermanClosedClasses.months, GermanClosedClasses.continuationWords,
      GermanClosedClasses.ordinalNouns, GermanClosedClasses.sentenceInitialFunctionWords,
    ] {
      for word in set {
        words += [
          word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst(),
          word.decomposedStringWithCanonicalMapping, word + "s", String(word.dropLast()),
          word + "\u{AD}", word + "\u{301}",
        ]
      }
    }
    return words + ["", "Ä", "ẞ", "a b", "İm", "über\u{A0}", "Straße", "µ", "ÿ", "Þ"]
  }()

  @Test func latin1WordSetAgreesWithSet() {
    let sets = [
      GermanClosedClasses.months, GermanClosedClasses.continuationWords,
      Set(["Über", "ab", "u\u{308}ber", "ǅ", "€"]),
    ]
    for set in sets {
      let fast = Latin1WordSet(set)
      for word in Self.words {
        #expect(fast.contains(word) == set.contains(word), "\(word)")
        let units = Array(word.utf16)
        units.withUnsafeBufferPointer { buffer in
          if let found = fast.contains(buffer, 0, buffer.count, lowercasing: false) {
            #expect(found == set.contains(word), "\(word)")
          }
          if let found = fast.contains(buffer, 0, buffer.count, lowercasing: true) {
            #expect(found == set.contains(word.lowercased()), "\(word)")
          }
        }
      }
    }
    // The fast path answers for plain Latin-1 words and leaves the rest to the set.
    let months = Latin1WordSet(GermanClosedClasses.months)
    Array("März".utf16).withUnsafeBufferPointer {
      #expect(months.contains($0, 0, $0.count, lowercasing: true) == true)
    }
    Array("Ma\u{308}rz".utf16).withUnsafeBufferPointer {
      #expect(months.contains($0, 0, $0.count, lowercasing: true) == nil)
    }
  }

  @Test func abbreviationLookupAgreesWithEntry() {
    let abbreviations = testLexicon.abbreviations
    var spellings = abbreviations.all.map(\.abbreviation)
    spellings += spellings.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    spellings += spellings.map { $0.uppercased() }
    spellings += ["Abs.", "abs.", "ABS.", "Nr.", "z.B.", "Z.B.", "Übers.", "Ärztl.", "xyz."]
    for spelling in spellings {
      let key = Array(spelling.utf16.filter { $0 != 0x20 })
      guard key.allSatisfy(Latin1WordSet.isPlain) else { continue }
      let fast = key.withUnsafeBufferPointer { abbreviations.hasEntry(latin1: $0) }
      #expect(fast == (abbreviations.entry(for: spelling) != nil), "\(spelling)")
    }
  }

  @Test func blanksAreTheListedSpaces() {
    let listed = Set<UInt16>([0x20, 0x09, 0xA0, 0x0B, 0x0C, 0x0D, 0x202F, 0x205F, 0x3000, 0xFEFF])
      .union(0x2000...0x200B)
    let wrong = (UInt16(0)...0xFFFF).filter { UTF16Char.isBlank($0) != listed.contains($0) }
    #expect(wrong.isEmpty)
  }

  @Test func scoringLowerCaseAgreesWithStandardLibrary() {
    var samples = (UInt32(1)...0xFF).map { String(Unicode.Scalar($0)!) }
    samples += Self.words + ["ÄÖÜ", "STRASSE", "Straße", "ÀÉÎÕÜÝÞ×", "İstanbul", "ΣΟΦΙΑ", "Ǆemal"]
    for sample in samples {
      #expect(ScoringWordCache.lowercased(sample) == sample.lowercased(), "\(sample)")
    }
  }

  /// `BlockParser.mayBeDataLine` takes these as the Latin-1 numbers.
  @Test func latin1Numbers() {
    let numbers = (UInt32(0)...0xFF).filter { Character(Unicode.Scalar($0)!).isNumber }
    #expect(numbers == Array(0x30...0x39) + [0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE])
  }

  @Test func dataLinesStayLines() {
    let document = testSegmenter.segment(
      "Musterstadt, 12. März 2026\n\nDatum: 21.01.2026\n\nDrs. 22-3021\n\nAnwendungsbereich\n\nZiffer ½"
    )
    #expect(document.blocks.map(\.kind) == [.line, .line, .line, .heading, .heading])
  }

  @Test func tokensOfAbbreviationsAndOrdinals() {
    let document = testSegmenter.segment(
      "Nach § 3 Abs. 2 S. 1 i. V. m. Nr. 4 gilt am 3. März Folgendes. Z. B. am 1. Mai.\nDer 2. Weltkrieg endete. Im Jänner 2026 s.\u{AD}o. Sehr viele."
    )
    let abbreviations = document.sentences.flatMap(\.tokens).filter { $0.kind == .abbreviation }
    #expect(abbreviations.map(\.text) == ["Abs.", "S.", "i. V. m.", "Nr.", "Z. B.", "s.o."])
    let ordinals = document.sentences.flatMap(\.tokens).filter { $0.kind == .ordinal }
    #expect(ordinals.map(\.text) == ["3.", "1.", "2."])
  }

  /// The vector search for a code unit finds what a plain loop finds, at every position and
  /// alignment, at the ends of the buffer and of the searched range.
  @Test func unitSearchMatchesLoop() {
    for length in [0, 1, 15, 16, 17, 31, 32, 33, 100] {
      for position in [-1, 0, 1, 14, 15, 16, 17, 31, 32, 33, 64, 99] where position < length {
        var units = [UInt16](repeating: 0x61, count: length)
        if position >= 0 { units[position] = 0x0A }
        units.withUnsafeBufferPointer { buffer in
          #expect(buffer.containsUnit(0x0A) == units.contains(0x0A))
          for start in [0, 1, 3, 16] where start <= length {
            for end in Set([start, length, max(start, length - 1), min(length, start + 17)]) {
              let expected = units[start..<end].firstIndex(of: 0x0A) ?? end
              #expect(buffer.firstIndex(of: 0x0A, from: start, to: end) == expected)
            }
          }
        }
      }
    }
  }

  /// Wherever a tab or three blanks in a row stand, the vector pre-test says they may.
  @Test func columnGapPretestNeverMisses() {
    let blanks: [UInt16] = [
      0x20, 0x09, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000, 0x2007, 0x200B, 0x202F,
      0x205F, 0x3000, 0xFEFF,
    ]
    let others: [UInt16] = [0x61, 0x0A, 0xE4, 0x201E, 0x1FFF, 0x200C, 0x2E, 0x9F]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      let length = Int.random(in: 0...70, using: &generator)
      var units = (0..<length).map { _ in others.randomElement(using: &generator)! }
      // Mostly single spaces; sometimes one other blank or a run.
      for k in stride(from: 0, to: length, by: 5) { units[k] = 0x20 }
      if length > 0 && Bool.random(using: &generator) {
        let k = Int.random(in: 0..<length, using: &generator)
        units[k] = blanks.randomElement(using: &generator)!
        if k + 1 < length && Bool.random(using: &generator) { units[k + 1] = 0x20 }
      }
      var expected = false
      var run = 0
      for c in units {
        run = UTF16Char.isBlank(c) ? run + 1 : 0
        if c == 0x09 || run >= 3 { expected = true }
      }
      let plainSpaces = !units.indices.contains { k in
        (units[k] != 0x20 && UTF16Char.isBlank(units[k]))
          || (units[k] == 0x20 && k + 1 < length && units[k + 1] == 0x20)
      }
      units.withUnsafeBufferPointer { buffer in
        for start in [0, 1] where start <= length {
          let found = buffer.mayHoldColumnGap(start, length)
          if start == 0 {
            if expected { #expect(found, "\(units)") }
            #expect(found == !plainSpaces, "\(units)")
          }
        }
      }
    }
  }
}
