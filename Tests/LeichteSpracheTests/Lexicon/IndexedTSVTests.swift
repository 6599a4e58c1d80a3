import Foundation
import LeichteEval
import Testing

@testable import LeichteSprache

@Suite("Indexed lexicon tables")
struct IndexedTSVTests {
  static let text = """
    # x.tsv — Test
    form\tlemma
    Häuser\tHaus
    gab\tgeben
    Häuser\tHausen
    gaben\tgeben

    """

  static func table(_ text: String = text, unique: Bool = true) throws -> IndexedTSV {
    try IndexedTSV(bytes: Array(text.utf8), name: "x.tsv", key: "form", unique: unique)
  }

  @Test func findsKeysByTheirBytesAndLaterRowsWin() throws {
    let table = try Self.table()
    #expect(table.columns == ["form", "lemma"])
    #expect(table.header == ["# x.tsv — Test"])
    #expect(table.count == 3)
    let row = try #require(table.row("Häuser"))
    #expect(table.field(1, of: row) == "Hausen")
    #expect(table.row("gab").map { table.field(1, of: $0) } == "geben")
    #expect(table.row("Haus") == nil)
    #expect(table.row("häuser") == nil)
    #expect(table.row("Häuse") == nil)
    #expect(table.row("") == nil)
    // A substring key is found as well as a string.
    #expect(table.contains("xgaby".dropFirst().dropLast()))
  }

  @Test func keepsEveryRowWhenKeysNeedNotBeUnique() throws {
    let table = try Self.table(unique: false)
    #expect(table.count == 4)
    #expect(Set(table.rows("Häuser").map { table.field(1, of: $0) }) == ["Haus", "Hausen"])
  }

  @Test func indexesAnyColumn() throws {
    let table = try IndexedTSV(bytes: Array(Self.text.utf8), name: "x.tsv", key: "lemma")
    #expect(table.count == 3)
    #expect(table.contains("geben"))
    #expect(!table.contains("gab"))
  }

  @Test func reportsStructuralProblemsWithTheirLine() {
    #expect(throws: LexiconError(file: "x.tsv", line: 4, "1 Spalten statt 2 (form, lemma)")) {
      try Self.table("# Kopf\nform\tlemma\na\tb\nc\n")
    }
    #expect(throws: LexiconError(file: "x.tsv", line: 1, "keine Zeile mit Spaltennamen gefunden")) {
      try Self.table("# nur Kopf\n")
    }
    #expect(throws: LexiconError(file: "x.tsv", line: 2, "Spalte „form“ fehlt")) {
      try Self.table("# Kopf\nwort\tlemma\na\tb\n")
    }
  }

  @Test func mergedTablesTakeEachKeyFromTheLastFolder() throws {
    let base = try Self.table()
    let user = try Self.table("lemma\tform\tx\nHäusle\tHäuser\t1\nneu\tneue\t2\n")
    let merged = try IndexedTSV.merged([base, user], columns: ["form", "lemma"], name: "x.tsv")
    #expect(merged.count == 4)
    #expect(merged.row("Häuser").map { merged.field(1, of: $0) } == "Häusle")
    #expect(merged.row("neue").map { merged.field(1, of: $0) } == "neu")
    #expect(merged.row("gaben").map { merged.field(1, of: $0) } == "geben")
    // The overridden rows are gone, not only hidden.
    let lemmas = try IndexedTSV(bytes: merged.bytes, name: "x.tsv", key: "lemma")
    #expect(!lemmas.contains("Haus") && !lemmas.contains("Hausen"))
  }

  @Test("The lemma table gives every lemma of lemmata.tsv, as a dictionary of it would")
  func lemmaTableMatchesTheFile() throws {
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .lemmas)
    let file = try #require(try Lexicon.readTSV(Paths.lexicons, "lemmata.tsv"))
    let form = try file.column("form")
    let lemma = try file.column("lemma")
    var expected: [String: String] = [:]
    for row in file.rows { expected[row[form]] = row[lemma] }
    #expect(lexicon.lemmas.count == expected.count)
    var mismatches = 0
    for (key, value) in expected where lexicon.lemmas[key] != value { mismatches += 1 }
    #expect(mismatches == 0)
    let values = Set(expected.values)
    #expect(lexicon.lemmas.allLemmas == values)
    #expect(values.allSatisfy { lexicon.lemmas.lemmaSet.contains($0) })
    #expect(!lexicon.lemmas.lemmaSet.contains("Häuserx"))
  }

  @Test func userLexiconOverridesLemmasAndFrequencies() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leichte-indexed-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# Kopf\nform\tlemma\nBescheide\tBescheidung\nQuartiere\tQuartier\n".write(
      to: folder.appendingPathComponent("lemmata.tsv"), atomically: true, encoding: .utf8)
    try "# Kopf\nwort\tzipf\tgross\nbescheid\t1.25\t\nquartierchen\t2.5\t\n".write(
      to: folder.appendingPathComponent("haeufigkeit.tsv"), atomically: true, encoding: .utf8)
    let base = try Lexicon.load(from: Paths.lexicons, parts: [.lemmas, .frequencies])
    let lexicon = try Lexicon.load(
      from: [Paths.lexicons, folder], parts: [.lemmas, .frequencies, .compounds])
    #expect(lexicon.lemmas["Bescheide"] == "Bescheidung")
    #expect(lexicon.lemmas["Quartiere"] == "Quartier")
    #expect(lexicon.lemmas["gab"] == base.lemmas["gab"])
    #expect(lexicon.lemmas.count == base.lemmas.count + (base.lemmas["Quartiere"] == nil ? 1 : 0))
    #expect(lexicon.frequencies["bescheid"] == 1.25)
    #expect(lexicon.frequencies["quartierchen"] == 2.5)
    #expect(lexicon.frequencies["haus"] == base.frequencies["haus"])
    #expect(lexicon.wordTable.lookup("quartierchen")?.zipf == 2.5)
  }

  @Test("Frequencies are parsed as Double(text) parses them")
  func frequenciesMatchTheFile() throws {
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .frequencies)
    let file = try #require(try Lexicon.readTSV(Paths.lexicons, "haeufigkeit.tsv"))
    let word = try file.column("wort")
    let zipf = try file.column("zipf")
    #expect(lexicon.frequencies.count == file.rows.count)
    var mismatches = 0
    for row in file.rows where lexicon.frequencies[row[word]] != Double(row[zipf]) ?? 0 {
      mismatches += 1
    }
    #expect(mismatches == 0)
  }

  @Test("The analyser's word table derives traits on lookup")
  func wordTableEntries() throws {
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .lemmas)
    let analyzer = Analyzer(lexicon: lexicon)
    #expect(analyzer.entry("geprüft").traits.contains(.participle))
    #expect(analyzer.entry("prüfen").traits.isSuperset(of: [.infinitive, .finiteVerb]))
    #expect(analyzer.entry("gab").traits.contains(.pastTense))
    #expect(analyzer.entry("gab").lemma == "geben")
    #expect(!analyzer.entry("die").traits.contains(.finiteVerb))
    #expect(analyzer.entry("die").traits.contains(.definiteArticle))
    #expect(analyzer.entry("Ihnen").lemma == "Sie")
    #expect(analyzer.entry("Ihnen").traits.contains(.politeAddress))
    #expect(analyzer.entry("Häuser").traits.contains(.noun))
    #expect(analyzer.entry("Xyzzyquux").traits.isEmpty)
    // An inseparable prefix: `bezahlt` is participle and present form, `beträgt`, `ergibt`
    // only present forms, `verstanden`, `erkannt` participles.
    #expect(analyzer.entry("bezahlt").traits.isSuperset(of: [.participle, .finiteVerb]))
    for present in ["beträgt", "enthält", "entfällt", "ergibt", "entspricht"] {
      #expect(!analyzer.entry(present).traits.contains(.participle), "\(present)")
      #expect(analyzer.entry(present).traits.contains(.finiteVerb), "\(present)")
    }
    for participle in ["verstanden", "erkannt", "verbracht", "beantwortet"] {
      #expect(analyzer.entry(participle).traits.contains(.participle), "\(participle)")
    }
  }

  @Test func latin1LowerCaseMatchesLowercased() {
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 32)
    defer { buffer.deallocate() }
    func lower(_ word: String) -> String? {
      Array(word.utf8).withUnsafeBufferPointer { bytes in
        HardWords.lowercaseLatin1(bytes, into: buffer).map {
          String(decoding: UnsafeBufferPointer(rebasing: buffer[..<$0]), as: UTF8.self)
        }
      }
    }
    for word in ["ÄRGER", "Straße", "ÜBER-µ", "Zoë", "abc", "ÀÉÎÕÜÝÞ×", "ÿ"] {
      #expect(lower(word) == word.lowercased())
    }
    #expect(lower("ΣΟΦΙΑ") == nil)
    #expect(lower("İstanbul") == nil)
    #expect(lower(String(repeating: "A", count: 33)) == nil)
  }
}
