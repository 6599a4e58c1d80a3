import Foundation
import Testing
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#endif

/// A scratch folder for one batch test, removed at the end.
struct BatchFolder {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("leichte-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
  func path(_ relative: String) -> String { url(relative).path }

  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let url = url(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Every file under `relative` with its bytes, by relative path.
  func snapshot(_ relative: String) -> [String: Data] {
    let base = url(relative).path
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
    while let path = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue {
        result[path] = FileManager.default.contents(atPath: base + "/" + path)
      }
    }
    return result
  }

  /// Letters made from a template by varying name, date and amount.
  func letters(_ count: Int, into folder: String) throws {
    for index in 0..<count {
      let text = """
        # Ihr Bescheid über Wohngeld

        Sehr geehrte Frau Muster\(index),

        hiermit wird Ihnen Wohngeld in Höhe von \(100 + index),50 Euro monatlich bewilligt. \
        Der Bewilligungszeitraum beginnt am \(index % 28 + 1).03.2025 und endet am 28.02.2026. \
        Die Zahlung erfolgt unverzüglich nach Eingang der Unterlagen.

        - Bitte reichen Sie die Mietbescheinigung ein.
        - Bitte teilen Sie uns Änderungen mit.

        Mit freundlichen Grüßen
        Ihre Wohngeldstelle
        """
      try write("\(folder)/brief-\(String(format: "%03d", index)).txt", text)
    }
  }
}

extension CLI {
  static func batch(_ arguments: [String]) throws -> Result {
    try run(["batch", "--lexicons", lexicons.path, "--progress", "none"] + arguments)
  }

  /// Starts `leichte batch` without waiting.
  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["batch", "--lexicons", lexicons.path] + arguments
    process.standardOutput = Pipe()
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}

@Suite("leichte batch", .serialized)
struct BatchCommandTests {
  @Test func mirrorsTheTreeAndWritesReports() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.write("in/a/brief.txt", "Der Antrag wurde bewilligt. Sie bekommen 200 Euro.")
    try folder.write("in/b/brief.txt", "Die Sitzung beginnt am 3. Mai 2025 um 18 Uhr.")
    try folder.write(
      "in/b/seite.html", "<h1>Sitzung</h1><p>Die Sitzung ist öffentlich.</p><script>x()</script>")
    try folder.write("in/b/notiz.pdf", "kein unterstütztes Format")
    let result = try CLI.batch([folder.path("in"), "--out", folder.path("out")])
    #expect(result.status == 0, "\(result.stderr)")
    let files = Set(folder.snapshot("out").keys)
    for expected in [
      "a/brief.txt.leicht.md", "a/brief.txt.leicht.json", "b/brief.txt.leicht.md",
      "b/seite.html.leicht.md", "b/seite.html.leicht.json", "report.html", "report.csv",
      "report.json", ".leichte-batch/manifest.json",
    ] {
      #expect(files.contains(expected), "\(expected) fehlt")
    }
    #expect(!files.contains { $0.contains("notiz") })
    let markdown = try String(contentsOf: folder.url("out/b/seite.html.leicht.md"), encoding: .utf8)
    #expect(markdown.contains("# Sitzung"))
    #expect(!markdown.contains("x()"))
    let csv = try String(contentsOf: folder.url("out/report.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 4)
    #expect(csv.hasPrefix("path,format,status,reason,"))
    let html = try String(contentsOf: folder.url("out/report.html"), encoding: .utf8)
    #expect(html.contains("<html lang=\"de\">"))
    #expect(html.contains("<svg id=\"ls-index\" role=\"img\""))
    #expect(!html.contains("<script"))
    let report =
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url("out/report.json")))
      as? [String: Any]
    let summary = report?["summary"] as? [String: Any]
    #expect(summary?["converted"] as? Int == 3)
    #expect(summary?["failed"] as? Int == 0)
  }

  @Test func includeExcludeAndFormats() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.write("in/brief.txt", "Ein Brief.")
    try folder.write("in/entwurf/brief.txt", "Ein Entwurf.")
    try folder.write("in/seite.md", "# Seite\n\nText.")
    let result = try CLI.batch([
      folder.path("in"), "--out", folder.path("out"), "--include", "*.txt", "--exclude",
      "entwurf", "--format", "txt,html",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let files = Set(
      folder.snapshot("out").keys.filter { !$0.hasPrefix(".") && !$0.hasPrefix("report") })
    #expect(files == ["brief.txt.leicht.txt", "brief.txt.leicht.html"])
    let bad = try CLI.batch([folder.path("in"), "--out", folder.path("out"), "--format", "pdf"])
    #expect(bad.status == 64)
  }

  @Test func outputsDoNotDependOnJobs() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.letters(12, into: "in")
    let one = try CLI.batch([folder.path("in"), "--out", folder.path("one"), "--jobs", "1"])
    let four = try CLI.batch([folder.path("in"), "--out", folder.path("four"), "--jobs", "4"])
    #expect(one.status == 0 && four.status == 0)
    let first = folder.snapshot("one")
    #expect(first.count == 12 * 2 + 4)
    #expect(first == folder.snapshot("four"))
  }

  @Test func hostileFolder() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.write("in/gut.txt", "Der Antrag wurde bewilligt.")
    try folder.write("in/binaer.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01])
    try folder.write("in/latin1.txt", Array("Gr".utf8) + [0xFC, 0xDF, 0x65])
    try folder.write("in/leer.md", [])
    try folder.write("in/keinzip.docx", "Das ist kein Word-Dokument.")
    try folder.write("in/bombe.docx", [UInt8](try BatchCommandTests.zipBomb(megabytes: 16)))
    // A 50 MB single line, written sparsely in pieces.
    let big = folder.path("in/riesig.txt")
    FileManager.default.createFile(atPath: big, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
    let piece = Data(String(repeating: "Wort ", count: 200_000).utf8)
    for _ in 0..<50 { handle.write(piece) }
    try handle.close()
    symlink("/etc/hostname", folder.path("in/draussen.txt"))
    let result = try CLI.batch([folder.path("in"), "--out", folder.path("out")])
    #expect(result.status == 1)
    let report =
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url("out/report.json")))
      as? [String: Any]
    let documents = try #require(report?["documents"] as? [[String: Any]])
    var reasons: [String: String] = [:]
    for document in documents {
      reasons[document["path"] as? String ?? ""] = document["reason"] as? String ?? "ok"
    }
    #expect(reasons.count == 7)
    #expect(reasons["gut.txt"] == "ok")
    #expect(reasons["binaer.txt"]?.contains("Binärdaten") == true)
    #expect(reasons["latin1.txt"]?.contains("ungültiges UTF-8") == true)
    #expect(reasons["leer.md"] == "enthält keinen Text")
    #expect(reasons["keinzip.docx"]?.contains("kein ZIP-Archiv") == true)
    #expect(reasons["bombe.docx"]?.contains("ZIP-Bombe") == true)
    #expect(reasons["riesig.txt"]?.contains("--max-bytes") == true)
    let skipped = try #require(report?["skipped"] as? [[String: Any]])
    #expect(skipped.first?["path"] as? String == "draussen.txt")
    for name in reasons.keys where name != "gut.txt" {
      #expect(result.stderr.contains(name), "\(name) fehlt in der Fehlerausgabe")
    }
    // Inputs are untouched.
    #expect(FileManager.default.contents(atPath: folder.path("in/leer.md")) == Data())
  }

  @Test func timeoutFailsTheDocumentAndTheRunGoesOn() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.letters(2, into: "in")
    let result = try CLI.batch([
      folder.path("in"), "--out", folder.path("out"), "--timeout", "0.0001",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Zeitlimit überschritten"))
    let csv = try String(contentsOf: folder.url("out/report.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 3)
  }

  @Test func outputInsideTheInputIsSkippedAndInputInsideTheOutputRefused() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.write("in/brief.txt", "Ein Brief an Sie.")
    let first = try CLI.batch([folder.path("in"), "--out", folder.path("in/leicht")])
    #expect(first.status == 0, "\(first.stderr)")
    let second = try CLI.batch([folder.path("in"), "--out", folder.path("in/leicht")])
    #expect(second.status == 0)
    let files = Set(folder.snapshot("in/leicht").keys.filter { $0.hasSuffix(".md") })
    #expect(files == ["brief.txt.leicht.md"])
    let refused = try CLI.batch([folder.path("in/leicht"), "--out", folder.path("in")])
    #expect(refused.status == 64)
  }

  @Test func resumeSkipsFinishedDocumentsAndRedoesChangedOnes() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.letters(3, into: "in")
    let arguments = [folder.path("in"), "--out", folder.path("out"), "--resume"]
    #expect(try CLI.batch(arguments).status == 0)
    try folder.write("in/brief-001.txt", "Ein neuer Brief.")
    try FileManager.default.removeItem(at: folder.url("out/brief-002.txt.leicht.json"))
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments =
      ["batch", "--lexicons", CLI.lexicons.path, "--progress", "json"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    var status: [String: String] = [:]
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      if let path = object?["path"] as? String { status[path] = object?["status"] as? String }
    }
    #expect(
      status == [
        "brief-000.txt": "skipped", "brief-001.txt": "converted", "brief-002.txt": "converted",
      ])
  }

  @Test func killedRunResumesToIdenticalOutput() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.letters(60, into: "in")
    let reference = try CLI.batch([folder.path("in"), "--out", folder.path("ganz"), "--jobs", "2"])
    #expect(reference.status == 0)
    let process = try CLI.start([folder.path("in"), "--out", folder.path("teil"), "--jobs", "2"])
    // Kill as soon as some documents are written.
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      let done = folder.snapshot("teil").keys.filter { $0.hasSuffix(".md") }.count
      if done >= 10 { break }
      usleep(5_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let partial = folder.snapshot("teil").keys.filter { $0.hasSuffix(".md") }.count
    #expect(partial < 60, "der Lauf war schon fertig")
    let resumed = try CLI.batch([folder.path("in"), "--out", folder.path("teil"), "--resume"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(folder.snapshot("ganz") == folder.snapshot("teil"))
  }

  @Test func interruptStopsWithoutPartialFiles() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.letters(60, into: "in")
    let process = try CLI.start([folder.path("in"), "--out", folder.path("out"), "--jobs", "2"])
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      if folder.snapshot("out").keys.contains(where: { $0.hasSuffix(".md") }) { break }
      usleep(5_000)
    }
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let files = folder.snapshot("out")
    #expect(!files.keys.contains { $0.hasSuffix(".leichte-tmp") })
    #expect(!files.keys.contains("report.html"))
    // Every document either has both outputs or none (the journal lists the complete ones).
    let journal = String(decoding: files[".leichte-batch/journal.jsonl"] ?? Data(), as: UTF8.self)
    for line in journal.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let document = object?["document"] as? [String: Any]
      let path = try #require(document?["path"] as? String)
      #expect(files[path + ".leicht.md"] != nil && files[path + ".leicht.json"] != nil)
    }
  }

  /// A .docx whose main part unpacks to `megabytes` MiB of spaces.
  static func zipBomb(megabytes: Int) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    let chunk = Data(repeating: 0x20, count: 1 << 16)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(megabytes << 20),
      modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
    ) { _, size in chunk.prefix(size) }
    return archive.data ?? Data()
  }
}
