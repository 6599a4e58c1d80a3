import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

@Suite("Compound splitter")
struct CompoundSplitterTests {
  static let splitter: CompoundSplitter? = {
    (try? Lexicon.load(from: Paths.lexicons, parts: .compounds)).map {
      CompoundSplitter(lexicon: $0)
    }
  }()

  func parts(_ word: String) throws -> [String] {
    try #require(Self.splitter).split(word).parts
  }

  @Test func linkingElementsStayOnTheLeft() throws {
    #expect(try parts("Bundesverwaltungsgericht") == ["Bundes", "verwaltungs", "gericht"])
    #expect(try parts("Kinderbetreuung") == ["Kinder", "betreuung"])
    #expect(try parts("Rentenantrag") == ["Renten", "antrag"])
  }

  @Test func presentParticipleNounsKeepTheirEnding() throws {
    #expect(try parts("Gewerbetreibende") == ["Gewerbe", "treibende"])
    // `Ende` as a noun of its own stays a part.
    #expect(try parts("Jahresende") == ["Jahres", "ende"])
  }

  @Test func simplexAndDerivedWordsStayWhole() throws {
    for word in [
      "Verhandlung", "Unterschrift", "Gesellschaft", "Entscheidung", "Vereinbarung", "Haus",
    ] {
      #expect(try parts(word) == [word])
    }
  }

  @Test func lexiconEntriesWin() throws {
    let split = try #require(Self.splitter).split("Kindergarten")
    #expect(
      split.parts == ["Kindergarten"] && split.source == .lexicon
        && split.provenance?.file == "komposita.tsv")
    #expect(try parts("Amtsgericht") == ["Amtsgericht"])
  }

  @Test func styles() throws {
    let split = try #require(Self.splitter).split("Datenschutzfolgenabschätzung")
    #expect(split.written(.hyphen).hasSuffix("-Folgen-Abschätzung"))
    #expect(split.written(.mediopunkt).hasSuffix("·folgen·abschätzung"))
    let hyphenated = try #require(Self.splitter).split("Bürger-Service")
    #expect(hyphenated.parts == ["Bürger", "Service"])
  }

  @Test func confidenceIsHonest() throws {
    let splitter = try #require(Self.splitter)
    #expect(splitter.split("Krankenversicherung").isCertain)
    #expect(!splitter.split("Xyzqwvbnmrt").isCompound)
    #expect(splitter.split("Xyzqwvbnmrt").confidence < CompoundSplitter.certainThreshold)
  }

  @Test func memoGivesTheSameResult() throws {
    let splitter = try #require(Self.splitter)
    var memo = CompoundSplitter.Memo()
    for word in ["Antragsformular", "Antragsformular", "Wohngeldantrag"] {
      #expect(splitter.split(word, memo: &memo) == splitter.split(word))
    }
    #expect(memo.count == 2)
  }

  @Test("Gold cases in ../shared/eval/compound_cases.tsv (quality bar)")
  func goldCases() throws {
    guard let url = Paths.shared("eval/compound_cases.tsv") else {
      print("Hinweis: ../shared fehlt – Gold-Komposita übersprungen.")
      return
    }
    let splitter = try #require(Self.splitter)
    let cases = try CompoundGold.cases(tsv: url)
    let score = CompoundGold.score(cases) { splitter.split($0).parts }
    #expect(score.exactRate >= 0.93, "\(score.misses)")
    #expect(score.f1 >= 0.93)
    #expect(score.simplexSplit == 0)
  }
}
