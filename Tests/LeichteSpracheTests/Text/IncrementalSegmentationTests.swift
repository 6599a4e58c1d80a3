import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

/// `Segmenter.segment(_:reusing:)`, which takes over the blocks that stayed the same, always
/// gives the document of a full segmentation.
@Suite struct IncrementalSegmentationTests {
  static let segmenter = RuleTestSupport.segmenter

  /// Segments `texts` one after the other, each with the cache of the one before, and compares
  /// each document with a full segmentation. Returns how many blocks were taken over.
  @discardableResult
  static func expectChainMatchesFullSegmentation(_ texts: [String], _ label: String) -> Int {
    var cache: SegmentationCache? = nil
    var reused = 0
    for (n, text) in texts.enumerated() {
      let (document, next) = segmenter.segment(text, reusing: cache)
      let full = segmenter.segment(text)
      if document != full {
        let differing = zip(document.blocks, full.blocks).first { $0 != $1 }
        let first = String(describing: differing)
        Issue.record(
          "\(label), Schritt \(n): \(document.blocks.count) statt \(full.blocks.count) Blöcke, erster Unterschied: \(first)"
        )
      }
      reused += next.reusedBlocks
      cache = next
    }
    return reused
  }

  /// For every corpus text, the texts the simplifier's passes produce (the output after 0, 1, …
  /// passes), segmented one after the other.
  @Test(arguments: CorpusRewriteTests.texts)
  func simplifierPassesOfCorpusText(_ name: String) throws {
    let text = try String(contentsOf: Paths.corpus.appendingPathComponent(name), encoding: .utf8)
    var simplifier = CorpusRewriteTests.simplifier()
    let passes = simplifier.simplify(text).passes
    var texts = [text]
    for limit in 0...passes {
      simplifier.maximumPasses = limit
      texts.append(simplifier.simplify(text).output.text)
    }
    let reused = Self.expectChainMatchesFullSegmentation(texts, name)
    // The passes leave most blocks as they are: most are taken over.
    #expect(passes < 2 || reused > 0, "\(name): kein Block übernommen")
  }

  /// Edits that change how the block parser reads the blocks around them.
  @Test(arguments: [
    // A blank line removed: two paragraphs become one.
    [
      "Erster Absatz hier.\n\nZweiter Absatz dort.\n\nDritter.",
      "Erster Absatz hier.\nZweiter Absatz dort.\n\nDritter.",
    ],
    // A line becomes a list item, and the list item a line of running text again.
    [
      "Bitte bringen Sie mit:\n\nden Ausweis\n\nSchluss.",
      "Bitte bringen Sie mit:\n\n- den Ausweis\n\nSchluss.",
    ],
    ["Die Liste:\n- eins\n- zwei\nWeiter im Text.", "Die Liste:\n- eins\nzwei\nWeiter im Text."],
    // A heading made from a short line, and a Markdown heading.
    [
      "Einleitung\n\nDer Text beginnt hier. Er geht weiter.",
      "# Einleitung\n\nDer Text beginnt hier. Er geht weiter.",
    ],
    // Soft-wrapped paragraph lines joined and split.
    [
      "Die Frist endet am 31.\nJuli 2026. Bitte\nantworten Sie.\n\nEnde.",
      "Die Frist endet am 31. Juli 2026. Bitte\nantworten Sie.\n\nEnde.",
    ],
    // Page furniture and a table-of-contents line.
    [
      "Text vorne.\n\nSeite 3 von 6\n\nText hinten.",
      "Text vorne neu.\n\nSeite 3 von 6\n\nText hinten.",
    ],
    [
      "Inhalt\nEinleitung ........ 3\nSchluss ........ 9\n\nText.",
      "Inhalt\nEinleitung ........ 3\nSchluss ........ 10\n\nText.",
    ],
    // The same block twice; indentation changed; a block removed; text made empty.
    ["Gleich.\n\nGleich.\n\nAnders.", "Gleich.\n\n  Gleich.\n\nAnders und neu.\n\nGleich."],
    [
      "Mit freundlichen Grüßen\n\ni. A. Petra Muster",
      "Mit freundlichen Grüßen\ni. A.\nPetra Muster",
    ],
    ["\n\nNur ein Satz.\n\n", "", "\n\nNur ein Satz.\n\n"],
    // A URL, an e-mail address and a hyphenated word at a line end.
    [
      "Siehe www.hamburg.de und\npost@amt.de. Die Wirt-\nschaft.",
      "Siehe www.hamburg.de und post@amt.de.\n\nDie Wirt-\nschaft.",
    ],
  ])
  func editsAcrossBlocks(_ texts: [String]) {
    Self.expectChainMatchesFullSegmentation(texts + texts.reversed(), texts[0])
  }

  /// Random edits (deterministic) at line breaks, markers and words of corpus texts.
  @Test func randomEditsOfCorpusTexts() throws {
    var random = SplitMix(seed: 0x5eed)
    let inserts = ["\n", "\n\n", "- ", "1. ", " ", "Wort", ".", "\n# ", "§ 3 ", "31.12.2026"]
    for name in CorpusRewriteTests.texts.prefix(12) {
      var text = try String(
        contentsOf: Paths.corpus.appendingPathComponent(name), encoding: .utf8)
      var texts = [text]
      for _ in 0..<12 {
        var units = Array(text.utf16)
        for _ in 0..<(1 + Int(random.next() % 4)) where !units.isEmpty {
          let at = Int(random.next() % UInt64(units.count))
          let length = min(Int(random.next() % 6), units.count - at)
          // Keep surrogate pairs whole.
          guard !UTF16.isTrailSurrogate(units[at]),
            at + length == units.count || !UTF16.isTrailSurrogate(units[at + length])
          else { continue }
          let insert = random.next() % 3 == 0 ? [] : Array(inserts[Int(random.next() % 10)].utf16)
          units.replaceSubrange(at..<(at + length), with: insert)
        }
        text = String(decoding: units, as: UTF16.self)
        texts.append(text)
      }
      Self.expectChainMatchesFullSegmentation(texts, name)
    }
  }

  /// A small deterministic generator (SplitMix64).
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
