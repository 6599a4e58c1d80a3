import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

@Suite("Lexicon lint")
struct LexiconLintTests {
  @Test("The repository's Lexicons/ pass the lint")
  func repositoryLexicons() throws {
    let findings = try LexiconLint.lint(directory: Paths.lexicons)
    #expect(findings.isEmpty, "\(findings.prefix(20).map(\.description).joined(separator: "\n"))")
  }

  static let header = """
    # test.tsv — Testdaten
    # Quelle: Test
    # Lizenz: Test
    # Erzeugt mit: von Hand gepflegt
    # Spalten:
    #   wort – das Wort
    #   ersatz – leichter Ersatz, sonst leer

    """

  func lint(_ body: String, name: String = "woerter.tsv") -> [String] {
    let abbreviations = Abbreviations([
      .init(
        abbreviation: "z. B.", expansions: ["zum Beispiel"], canEndSentence: false,
        kind: "allgemein",
        provenance: Provenance(file: "abkuerzungen.tsv", line: 1))
    ])
    return LexiconLint.lint(
      data: Data((Self.header + body).utf8), name: name, abbreviations: abbreviations
    )
    .map(\.check)
  }

  @Test func acceptsAWellFormedFile() {
    #expect(lint("wort\tersatz\nÄrger\tWut\nbeantragen\t\nZahl\tNummer\n").isEmpty)
  }

  @Test func findsEachProblem() {
    #expect(lint("wort\tersatz\nb\t\na\t\n") == ["order"])
    #expect(lint("wort\tersatz\na\t\na\tb\n").contains("duplicate"))
    #expect(lint("wort\tersatz\na\tb\tc\n") == ["columns"])
    #expect(lint("wort\tersatz\nKaffe\u{301}\tx\n").contains("nfc"))
    #expect(lint("wort\tersatz\nWagen\tWagen\n") == ["self-replacement"])
    #expect(lint("wort\tersatz\nKfz\tKraftfahrzeugversicherung\n") == ["long-word"])
    #expect(lint("wort\tersatz\nbsp\tz. B. so\n") == ["abbreviation"])
    #expect(lint("wort\tersatz\nx\t y\n") == ["whitespace"])
  }

  @Test func emptyCellsOnlyWhereOptional() {
    let strict = Self.header.replacingOccurrences(of: ", sonst leer", with: "")
    let findings = LexiconLint.lint(
      data: Data((strict + "wort\tersatz\na\t\n").utf8), name: "woerter.tsv", abbreviations: .empty)
    #expect(findings.map(\.check) == ["empty-cell"])
  }

  @Test func missingHeaderFields() {
    let findings = LexiconLint.lint(
      data: Data("wort\nx\n".utf8), name: "x.tsv", abbreviations: .empty)
    #expect(findings.filter { $0.check == "header" }.count >= 4)
  }
}

@Suite("Lexicon loading")
struct LexiconLoadingTests {
  @Test func wordsWithInflectedFormsAndProvenance() throws {
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .words)
    #expect(lexicon.hardWords.count >= 1500)
    let entry = try #require(lexicon.hardWords.entry(for: "unverzüglich"))
    #expect(entry.provenance.file == "woerter.tsv")
    #expect(entry.provenance.line > 10)
    // An inflected form finds its lemma's entry.
    let lemma = try #require(lexicon.hardWords.entries.values.first { $0.word == "Bescheid" })
    #expect(lexicon.hardWords.entry(for: "Bescheide")?.word == lemma.word)
  }

  @Test func userLexiconOverridesAndExtends() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leichte-user-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = """
      # woerter.tsv — eigene Wörter
      # Quelle: Test
      # Lizenz: Test
      # Erzeugt mit: von Hand gepflegt
      # Spalten: wie im eingebauten Lexikon
      wort\twortart\tgenus\tersatz\tersatz_genus\terklaerung\tbereich
      Quartiersmanagement\tNomen\tn\t\t\tLeute helfen im Stadtteil.\tWohnen
      unverzüglich\tAdverb\t\tgleich\t\tGleich.\tAllgemein

      """
    try text.write(
      to: folder.appendingPathComponent("woerter.tsv"), atomically: true, encoding: .utf8)
    let lexicon = try Lexicon.load(from: [Paths.lexicons, folder], parts: .words)
    #expect(lexicon.hardWords.entry(for: "Quartiersmanagement")?.provenance.line == 7)
    let overridden = try #require(lexicon.hardWords.entry(for: "unverzüglich"))
    #expect(overridden.replacement == "gleich")
    #expect(overridden.provenance.file.hasSuffix("/woerter.tsv"))
    #expect(lexicon.sources.count == 2)
  }

  @Test func lookupListsEntriesWithFileAndLine() throws {
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .all)
    let results = lexicon.lookup("Abs.")
    #expect(
      results.contains { $0.kind == "abkuerzungen" && $0.provenance?.file == "abkuerzungen.tsv" })
    #expect(lexicon.lookup("Kindergarten").contains { $0.kind == "komposita" })
  }
}
