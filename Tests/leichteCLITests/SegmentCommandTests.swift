import Foundation
import Testing

/// Runs the `leichte` executable built next to the test bundle.
struct CLI {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static let executable: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = directory.appendingPathComponent("leichte")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: "/nonexistent/leichte")
  }()

  static let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons")

  static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
    // Standard input, output and error go through files, not pipes: a large input or output
    // cannot block the test and the command on a full pipe.
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("leichte-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = ["in", "out", "err"].map { directory.appendingPathComponent($0) }
    try (stdin ?? Data()).write(to: files[0])
    for file in files.dropFirst() { try Data().write(to: file) }
    let handles = try [
      FileHandle(forReadingFrom: files[0]), FileHandle(forWritingTo: files[1]),
      FileHandle(forWritingTo: files[2]),
    ]
    defer { for handle in handles { try? handle.close() } }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = handles[0]
    process.standardOutput = handles[1]
    process.standardError = handles[2]
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: files[1]), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: files[2]), as: UTF8.self))
  }

  static func temporaryFile(_ bytes: [UInt8], name: String = "eingabe.txt") throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("leichte-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }
}

@Suite("leichte segment")
struct SegmentCommandTests {
  @Test func textOutputOneSentencePerLine() throws {
    let result = try CLI.run(
      ["segment", "--lexicons", CLI.lexicons.path],
      stdin: Data(
        "Erster Satz mit z. B. einer\nAbkürzung. Zweiter Satz.\n\n- Punkt eins\n- Punkt zwei\n".utf8
      ))
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "Erster Satz mit z. B. einer Abkürzung.\nZweiter Satz.\n\n- Punkt eins\n- Punkt zwei\n")
  }

  @Test func jsonOutputIsTheDocumentModel() throws {
    let result = try CLI.run(
      ["segment", "--format", "json", "--lexicons", CLI.lexicons.path],
      stdin: Data("Ein Satz. Noch einer.".utf8))
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let blocks = try #require(object?["blocks"] as? [[String: Any]])
    let sentences = try #require(blocks.first?["sentences"] as? [[String: Any]])
    #expect(sentences.count == 2)
    #expect(object?["text"] as? String == "Ein Satz. Noch einer.")
    #expect(sentences[1]["range"] as? [Int] == [10, 21])
  }

  @Test func jsonTextOfAnInputLargerThanOneChunkIsWhole() throws {
    // About 1.3 MB with umlauts, quotes and backslashes: more than one chunk of the reader.
    let paragraph = "Die Größe der Straße „Am Bach“ ist 12,5 m \\ breit.\nSie wird geprüft.\n\n"
    let text = String(repeating: paragraph, count: 19_000)
    let result = try CLI.run(
      ["segment", "--format", "json", "--lexicons", CLI.lexicons.path], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["text"] as? String == text)
    #expect((object?["blocks"] as? [Any])?.count == 19_000)
  }

  @Test func eachLineGivesJSONLinesInOrder() throws {
    let result = try CLI.run(
      ["segment", "--each-line", "--format", "json", "--lexicons", CLI.lexicons.path],
      stdin: Data("Eins. Zwei.\n\nDrei.\n".utf8))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains("\"blocks\":[]"))
    #expect(lines[2].contains("\"line\":3"))
  }

  @Test func invalidUTF8IsRejectedWithFileAndOffset() throws {
    let file = try CLI.temporaryFile(Array("Gut".utf8) + [0xFF] + Array(" nicht".utf8))
    let result = try CLI.run(["segment", "--lexicons", CLI.lexicons.path, file.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains(file.path))
    #expect(result.stderr.contains("Byte 3"))
  }

  @Test func binaryIsRejected() throws {
    let file = try CLI.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
    let result = try CLI.run(["segment", "--lexicons", CLI.lexicons.path, file.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("Binärdaten"))
  }

  @Test func missingFileAndDirectory() throws {
    let missing = try CLI.run([
      "segment", "--lexicons", CLI.lexicons.path, "/nonexistent/brief.txt",
    ])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("Datei nicht gefunden"))
    let directory = try CLI.run([
      "segment", "--lexicons", CLI.lexicons.path, FileManager.default.temporaryDirectory.path,
    ])
    #expect(directory.status == 66)
    #expect(directory.stderr.contains("Ordner"))
  }

  @Test func emptyInputGivesEmptyOutput() throws {
    let result = try CLI.run(["segment", "--lexicons", CLI.lexicons.path], stdin: Data())
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test func missingLexiconFolderIsAConfigurationError() throws {
    let result = try CLI.run(
      ["segment", "--lexicons", "/nonexistent/lexika"], stdin: Data("Satz.".utf8))
    #expect(result.status == 78)
  }

  @Test func versionAndHelp() throws {
    #expect(try CLI.run(["--version"]).stdout.contains("."))
    let help = try CLI.run(["segment", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--each-line"))
  }
}
