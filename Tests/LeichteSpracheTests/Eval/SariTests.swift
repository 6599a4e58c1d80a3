import LeichteEval
import Testing

@Suite struct SariTests {
  /// Source `a b c`, output `a d`, reference `a d`, by hand:
  /// add P/R per order 1,1,0,0 → 0.5 / 0.5, F1 0.5; keep 1,0,0,0 → F1 0.25;
  /// delete 1,1,1,0 → F1 0.75; SARI = 100 × (0.5 + 0.25 + 0.75) / 3 = 50.
  @Test func handComputedCase() {
    let score = Sari.corpus(sources: ["A b c"], outputs: ["a d"], references: [["a D"]])
    #expect(abs(score.add - 50) < 1e-9)
    #expect(abs(score.keep - 25) < 1e-9)
    #expect(abs(score.delete - 75) < 1e-9)
    #expect(abs(score.sari - 50) < 1e-9)
  }

  /// Copying the source adds and deletes nothing: only the keep part scores.
  @Test func identityScoresOnlyKeep() {
    let score = Sari.corpus(
      sources: ["Der Hund bellt laut."], outputs: ["Der Hund bellt laut."],
      references: [["Der Hund bellt."]])
    #expect(score.add == 0)
    #expect(score.delete == 0)
    #expect(score.keep > 0)
  }

  @Test func tokenisesLike13a() {
    #expect(
      Sari.normalize("Das kostet 1.250,50 Euro.") == ["das", "kostet", "1.250,50", "euro", "."])
    #expect(Sari.normalize("(siehe S. 3)") == ["(", "siehe", "s", ".", "3", ")"])
    #expect(Sari.normalize("8-12 Uhr") == ["8", "-", "12", "uhr"])
  }
}
