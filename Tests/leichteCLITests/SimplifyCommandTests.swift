import Foundation
import Testing

@Suite("leichte simplify")
struct SimplifyCommandTests {
  static let letter = "Sehr geehrte Frau Muster,\n\nbitte zahlen Sie bis zum 01.02.2026. Danke.\n"

  func simplify(_ arguments: [String], stdin: String? = nil) throws -> CLI.Result {
    try CLI.run(
      ["simplify", "--lexicons", CLI.lexicons.path] + arguments, stdin: stdin.map { Data($0.utf8) })
  }

  @Test func writesADraftWithOneSentencePerLine() throws {
    let result = try simplify([], stdin: Self.letter)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Entwurf in Leichter Sprache: noch nicht geprüft.")
    #expect(lines.contains("bitte zahlen Sie bis zum 1. Februar 2026."))
    #expect(lines.contains("Danke."))
  }

  @Test func explainListsEveryChangeWithRuleAndEvidence() throws {
    let result = try simplify(["--explain", "--no-draft-header"], stdin: Self.letter)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Änderungen ("))
    #expect(result.stdout.contains("[datum-format] „01.02.2026“ → „1. Februar 2026“"))
    #expect(result.stdout.contains("Fakten: "))
  }

  @Test func jsonAndEachLine() throws {
    let result = try simplify(
      ["--format", "json", "--each-line"], stdin: "Am 01.02.2026 ist Schluss.\n\nNeu.\n")
    #expect(result.status == 0)
    let objects = try result.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    // One object per input line, empty lines included, so outputs align with inputs.
    #expect(objects.map { $0["line"] as? Int } == [1, 2, 3])
    #expect(objects.first?["text"] as? String == "Am 1. Februar 2026 ist Schluss.")
    let plain = try simplify(["--each-line"], stdin: "Am 01.02.2026 ist Schluss.\n\nNeu.\n")
    #expect(plain.stdout == "Am 1. Februar 2026 ist Schluss.\n\nNeu.\n")
  }

  @Test func writesAnHTMLFileAtomically() throws {
    let input = try CLI.temporaryFile(Array(Self.letter.utf8))
    let target = input.deletingLastPathComponent().appendingPathComponent("entwurf.html")
    let result = try simplify([input.path, "--format", "html", "-o", target.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: target, encoding: .utf8)
    #expect(html.contains("<html lang=\"de\">"))
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: input.deletingLastPathComponent().path)
    #expect(leftovers.sorted() == ["eingabe.txt", "entwurf.html"])
  }

  @Test func refusesBadInputAndBadUsage() throws {
    let broken = try CLI.temporaryFile([0x61, 0xFF, 0x62])
    let invalid = try simplify([broken.path])
    #expect(invalid.status == 65)
    #expect(invalid.stderr.contains(broken.path))
    let html = try simplify([broken.path, broken.path, "--format", "html"])
    #expect(html.status == 64)
    let explain = try simplify(["--format", "json", "--explain"], stdin: "Hallo.")
    #expect(explain.status == 64)
    let missing = try simplify(["/nonexistent/brief.txt"])
    #expect(missing.status == 66)
  }

  @Test func emptyInputGivesOnlyTheNotice() throws {
    let result = try simplify(["--no-draft-header"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }
}
