import Testing

@testable import LeichteSprache

/// A split of a sentence in a hard-wrapped paragraph keeps the paragraph one block: the new
/// text is wrapped like the lines around it.
@Suite struct SplitWrapTests {
  static let text = """
    (3) Die meldepflichtige Person hat sich zu der bestimmten Zeit zu
    melden. Sie kann sich auch zu einer anderen Zeit am selben Tag melden,
    wenn der Zweck der Meldung erreicht wird. Ist die meldepflichtige
    Person am Meldetermin krank, so wirkt die Meldeaufforderung auf den
    ersten Tag fort.
    """

  @Test func wrappedSplitStaysInItsBlock() throws {
    let rule = try #require(RuleCatalog.rule("nebensatz"))
    let result = RuleTestSupport.simplified(rule, Self.text)
    #expect(result.output.text.contains("krank? Dann wirkt"))
    #expect(result.output.blocks.count == result.input.blocks.count)
    let longest = Self.text.split(separator: "\n").map(\.count).max() ?? 0
    for line in result.output.text.split(separator: "\n") {
      #expect(line.count <= longest, "zu lange Zeile: \(line)")
    }
  }

  @Test func unwrappedSentenceStaysOneLine() throws {
    let rule = try #require(RuleCatalog.rule("nebensatz"))
    let text =
      "Ist die meldepflichtige Person am Meldetermin krank, so wirkt die Meldeaufforderung auf den ersten Tag der Arbeitsfähigkeit fort."
    let result = RuleTestSupport.simplified(rule, text)
    #expect(
      result.output.text
        == "Die meldepflichtige Person ist am Meldetermin krank? Dann wirkt die Meldeaufforderung auf den ersten Tag der Arbeitsfähigkeit fort."
    )
  }
}
