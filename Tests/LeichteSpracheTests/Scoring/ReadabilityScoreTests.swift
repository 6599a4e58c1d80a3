import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

private let lexicon: Lexicon = {
  // The built-in lexicon is part of the repository; a failure here is a broken checkout.
  (try? Lexicon.load(from: Paths.lexicons, parts: [.abbreviations, .frequencies])) ?? Lexicon()
}()

private func score(_ text: String, detail: Readability.Detail = []) -> Readability {
  var scorer = ReadabilityScorer(lexicon: lexicon)
  return scorer.score(Segmenter(lexicon: lexicon).segment(text), detail: detail)
}

private let sharedAbsent = "../shared fehlt: LS-Index-Tests über TextComplexityDE übersprungen"

@Suite struct ScoreCountingTests {
  @Test func compoundsAreOneWordAndJoinersAreNoLetters() {
    let r = score("Die KI-Strategie gilt für Bürger·innen.")
    #expect(r.counts.words == 5)
    #expect(r.counts.sentences == 1)
    // KI-Strategie = 11 letters, Bürger·innen = 11 letters: both long; "gilt", "für", "Die" not.
    #expect(r.counts.longWords == 2)
    #expect(r.counts.letters == 3 + 11 + 4 + 3 + 11)
  }

  @Test func longWordsHaveMoreThanSixLetters() {
    let r = score("Sechse Siebens.")
    #expect(r.counts.longWords == 1)
  }

  @Test func numbersCountAsWords() {
    let r = score("Zahlen Sie 25,50 EUR bis zum 12.11.2026.")
    #expect(r.counts.words == 6)
  }

  @Test func sentenceUnitsEndAtSemicolonAndColon() {
    let r = score("Bitte bringen Sie mit: den Ausweis; die Karte. Danke.")
    #expect(r.counts.sentences == 2)
    #expect(r.counts.sentenceUnits == 4)
  }

  @Test func headingsAndListItemsAreSentences() {
    let r = score("# Wohngeld\n\n- Ausweis\n- Mietvertrag\n")
    #expect(r.counts.sentences == 3)
    #expect(r.counts.words == 3)
  }

  @Test func syllablesAreCountedPerWord() {
    let r = score("Der Ofen ist heiß.")
    #expect(r.counts.syllables == 1 + 2 + 1 + 1)
    #expect(r.counts.monosyllabicWords == 3)
    #expect(r.counts.polysyllabicWords == 0)
  }
}

@Suite struct ScoreFormulaTests {
  /// 2 sentences, 8 words, 12 syllables, 2 long words, 1 word with ≥ 3 syllables, 5 monosyllabic.
  @Test func formulasFollowTheirDefinitions() throws {
    let r = score("Der Hund bellt laut. Die Nachbarin ruft heute morgen.")
    let c = r.counts
    #expect(c.words == 9)
    #expect(c.sentences == 2)
    let words = Double(c.words)
    let asl = words / 2
    let asw = Double(c.syllables) / words
    let ms = 100 * Double(c.polysyllabicWords) / words
    let iw = 100 * Double(c.longWords) / words
    let es = 100 * Double(c.monosyllabicWords) / words
    let s = r.scores
    #expect(abs(try #require(s.freAmstad) - (180 - asl - 58.5 * asw)) < 1e-9)
    #expect(
      abs(try #require(s.wstf1) - (0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875))
        < 1e-9)
    #expect(abs(try #require(s.wstf2) - (0.2007 * ms + 0.1682 * asl + 0.1373 * iw - 2.779)) < 1e-9)
    #expect(abs(try #require(s.wstf3) - (0.2963 * ms + 0.1905 * asl - 1.1144)) < 1e-9)
    #expect(abs(try #require(s.wstf4) - (0.2744 * ms + 0.2656 * asl - 1.693)) < 1e-9)
    #expect(abs(try #require(s.lix) - (asl + iw)) < 1e-9)
    #expect(abs(try #require(s.rix) - Double(c.longWords) / 2) < 1e-9)
    #expect(
      abs(try #require(s.gsmog) - ((Double(c.polysyllabicWords) * 30 / 2).squareRoot() - 2)) < 1e-9)
    #expect(abs(try #require(s.gunningFog) - 0.4 * (asl + ms)) < 1e-9)
    let ls = try #require(s.lsIndex)
    #expect(ls >= 0 && ls <= 100)
  }

  @Test func sentenceLengthDistribution() {
    // Lengths 1, 2, 3, 12, 20.
    var histogram = [Int](repeating: 0, count: 21)
    for n in [1, 2, 3, 12, 20] { histogram[n] += 1 }
    let s = Readability.SentenceLengths(histogram)
    #expect(s.median == 3)
    #expect(s.p90 == 20)
    #expect(s.max == 20)
    #expect(s.over10Percent == 40)
    #expect(s.over15Percent == 20)
    histogram[4] += 1  // even count: median is the mean of 3 and 4
    #expect(Readability.SentenceLengths(histogram).median == 3.5)
  }

  @Test func emptyTextHasNoScores() throws {
    let r = score("")
    #expect(r.counts.words == 0)
    #expect(r.scores.freAmstad == nil)
    #expect(r.scores.lsIndex == nil)
    let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
    #expect(json.contains("\"fre_amstad\":null"))
  }

  @Test func tallyOfTwoDocumentsEqualsTallyOfBoth() {
    var scorer = ReadabilityScorer(lexicon: lexicon)
    let segmenter = Segmenter(lexicon: lexicon)
    let a = "Das Amt schickt Ihnen einen Bescheid. Bitte lesen Sie ihn genau."
    let b = "Die Wohngeldbehörde entscheidet über Ihren Antrag innerhalb von drei Monaten."
    var sum = scorer.tally(segmenter.segment(a))
    sum += scorer.tally(segmenter.segment(b))
    let both = scorer.tally(segmenter.segment(a + "\n\n" + b))
    #expect(sum.counts == both.counts)
    #expect(sum.sentenceLengths == both.sentenceLengths)
    #expect(Readability(sum).scores == Readability(both).scores)
  }

  /// The word cache only saves time: a scorer that has grown its table over many forms, and
  /// scores the same text again from the cache, gives the same numbers as a fresh scorer, and the
  /// detailed path (per sentence) adds up to the fast path.
  @Test func wordCacheDoesNotChangeResults() {
    let segmenter = Segmenter(lexicon: lexicon)
    let syllables = ["ka", "bel", "mo", "ri", "tun", "gen", "scha", "ft", "li", "ch"]
    var sentences: [String] = []
    for i in 0..<3_000 {
      var words: [String] = []
      for j in 0..<8 {
        let n = i * 8 + j
        words.append(
          syllables[n % 10] + syllables[(n / 10) % 10] + syllables[(n / 100) % 10]
            + syllables[(n / 1000) % 10] + "\(n % 7 == 0 ? "ung" : "")")
      }
      words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
      sentences.append(
        words.joined(separator: " ") + (i % 3 == 0 ? ", dass Bürger·innen kommen." : "."))
    }
    let document = segmenter.segment(sentences.joined(separator: " "))
    var warm = ReadabilityScorer(lexicon: lexicon)
    let first = warm.tally(document)
    let again = warm.tally(document)
    let detailed = warm.score(document, detail: [.sentences])
    #expect(first == again)
    #expect(detailed.counts == Readability(first).counts)
    #expect(detailed.scores == Readability(first).scores)
    for sentence in document.blocks.flatMap(\.sentences).prefix(50) {
      var fresh = ReadabilityScorer(lexicon: lexicon)
      #expect(warm.tally(sentence) == fresh.tally(sentence))
    }
  }

  @Test func easyTextScoresEasierThanHardText() throws {
    let easy = score("Sie bekommen Geld. Das Geld ist für die Miete. Sie müssen nichts tun.")
    let hard = score(
      "Die Bewilligung des Wohngeldes erfolgt unter dem Vorbehalt der Rückforderung, sofern sich nachträglich herausstellt, dass die Anspruchsvoraussetzungen nicht vorgelegen haben."
    )
    #expect(try #require(easy.scores.lsIndex) > #require(hard.scores.lsIndex))
    #expect(try #require(easy.scores.freAmstad) > #require(hard.scores.freAmstad))
    #expect(try #require(easy.scores.lix) < #require(hard.scores.lix))
    #expect(easy.lsProfile.met > hard.lsProfile.met)
  }
}

@Suite struct ScoreOutputTests {
  @Test func jsonHasTheStableKeys() throws {
    let r = score("Der Antrag ist da. Wir prüfen ihn.", detail: [.blocks, .sentences])
    let data = try JSONEncoder().encode(r)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["conventions"] as? String == CountingConventions.version)
    let counts = try #require(object["counts"] as? [String: Any])
    for key in ["words", "sentences", "syllables", "long_words"] {
      #expect(counts[key] != nil, "counts.\(key)")
    }
    let scores = try #require(object["scores"] as? [String: Any])
    for key in [
      "fre_amstad", "wstf1", "wstf2", "wstf3", "wstf4", "lix", "rix", "gsmog", "ls_index",
    ] {
      #expect(scores[key] is NSNumber, "scores.\(key)")
    }
    let sentences = try #require(object["sentences"] as? [[String: Any]])
    #expect(sentences.count == 2)
    #expect((sentences[0]["scores"] as? [String: Any])?["ls_index"] != nil)
    let blocks = try #require(object["blocks"] as? [[String: Any]])
    #expect(blocks.count == 1)
  }

  @Test func valuesAreRoundedToTwoDecimals() {
    #expect(Readability.rounded(42.914999) == 42.91)
    #expect(Readability.rounded(2.125) == 2.13)
    #expect(Readability.rounded(-0.001) == 0)
  }

  @Test func explanationNamesTheVersionAndEveryFormula() {
    let text = CountingConventions.explanation
    #expect(text.contains(CountingConventions.version))
    for name in [
      "Flesch", "WSTF", "LIX", "RIX", "G-SMOG", "Gunning Fog", "LS-Index", "Silben", "Sätze",
    ] {
      #expect(text.contains(name), "\(name)")
    }
  }

  @Test func bandsCoverTheirScales() {
    #expect(Bands.fre(95).label == "sehr leicht")
    #expect(Bands.fre(55).label == "mittelschwer")
    #expect(Bands.fre(-20).label == "sehr schwer")
    #expect(Bands.lix(36).label == "eher leicht")
    #expect(Bands.schoolGrade(10.4).interpretation.contains("10. Schulstufe"))
    #expect(Bands.rix(2.2).label == "leicht")
    #expect(Bands.lsIndex(90).level == 1)
  }
}

@Suite struct ScoreLSIndexTests {
  @Test func weightsMatchFeatures() {
    #expect(LSIndex.weights.count == LSIndex.featureNames.count)
    let tally = SentenceTally()
    #expect(LSIndex.features(tally).count == LSIndex.featureNames.count)
    #expect(abs(LSIndex.complexity(tally) - LSIndex.complexity(LSIndex.features(tally))) < 1e-12)
  }

  /// The constants in `LSIndex.swift` are the fit of TextComplexityDE with the engine's own
  /// features; when this fails, re-run `swift run -c release Benchmarks score-fit`.
  @Test(.enabled(if: Paths.shared != nil, Comment(rawValue: sharedAbsent)))
  func constantsAreTheFitOfTextComplexityDE() throws {
    let shared = try #require(Paths.shared)
    let segmenter = Segmenter(lexicon: lexicon)
    var scorer = ReadabilityScorer(lexicon: lexicon)
    let items = try LSIndexFit.textComplexity(shared)
    #expect(items.count == 1000)
    let x = items.map {
      LSIndex.features(LSIndexFit.tally($0.text, segmenter: segmenter, scorer: &scorer))
    }
    let y = items.map(\.target)
    let model = LSIndexFit.ridge(x, y, lambda: LSIndex.lambda)
    #expect(abs(model.intercept - LSIndex.intercept) < 1e-6)
    for (fitted, constant) in zip(model.weights, LSIndex.weights) {
      #expect(abs(fitted - constant) < 1e-6)
    }
    let r = LSIndexFit.pearson(LSIndexFit.crossValidated(x, y, lambda: LSIndex.lambda), y)
    #expect(r >= 0.80, "10-fold cross-validated r = \(r)")
  }

  @Test func aucAndPearsonHelpers() {
    #expect(LSIndexFit.auc(positives: [3, 4], negatives: [1, 2]) == 1)
    #expect(LSIndexFit.auc(positives: [1], negatives: [1]) == 0.5)
    #expect(abs(LSIndexFit.pearson([1, 2, 3], [2, 4, 6]) - 1) < 1e-12)
  }
}
