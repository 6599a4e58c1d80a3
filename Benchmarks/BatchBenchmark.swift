import Foundation
import LeichteEval
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 8's bars for `leichte batch`: 1,000 letters made from `Corpus/` (names, dates and
/// amounts varied) with `--jobs 1` and `--jobs 2` (wall time, speed-up, peak memory of the
/// child), identical bytes for both, a run killed with SIGKILL halfway and resumed, and the
/// hostile folder. Needs the release `leichte` next to this binary.
enum BatchBenchmark {
  static let surnames = [
    "Yılmaz", "Schneider", "Nowak", "Fischer", "Kowalski", "Weber", "Öztürk", "Becker", "Wagner",
    "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun",
    "Zimmermann", "Krüger",
  ]

  /// Letter `index`: a corpus text with its names, dates and amounts varied.
  static func letter(_ template: String, index: Int) -> String {
    var text = template
    func replace(_ pattern: String, _ transform: ([String]) -> String) {
      guard let regex = try? NSRegularExpression(pattern: pattern) else { return }
      let source = text as NSString
      var result = ""
      var last = 0
      for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
        result += source.substring(
          with: NSRange(location: last, length: match.range.location - last))
        let groups = (0..<match.numberOfRanges).map {
          match.range(at: $0).location == NSNotFound
            ? "" : source.substring(with: match.range(at: $0))
        }
        result += transform(groups)
        last = match.range.location + match.range.length
      }
      result += source.substring(from: last)
      text = result
    }
    replace(#"\b(Frau|Herr|Herrn) ([A-ZÄÖÜ][a-zäöüß]+)"#) {
      "\($0[1]) \(surnames[(index + $0[2].count) % surnames.count])"
    }
    replace(#"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b"#) {
      let day = ((Int($0[1]) ?? 1) + index) % 28 + 1
      return String(format: "%02d.%@.%@", day, $0[2], $0[3])
    }
    replace(#"\b(\d{1,3}),(\d\d) (Euro|EUR|€)"#) {
      "\((Int($0[1]) ?? 0) + index % 97),\($0[2]) \($0[3])"
    }
    return text
  }

  static func run() throws {
    let executable = Bench.leichteExecutable
    guard FileManager.default.isExecutableFile(atPath: executable) else {
      print("Hinweis: \(executable) fehlt; erst `swift build -c release` ausführen.")
      return
    }
    let templates = try CorpusFacts.load().map { try String(contentsOf: $0.text, encoding: .utf8) }
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leichte-batch-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: base) }
    let input = base.appendingPathComponent("briefe")
    var bytes = 0
    for index in 0..<1000 {
      let folder = input.appendingPathComponent("stapel-\(index / 100)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let text = letter(templates[index % templates.count], index: index)
      bytes += text.utf8.count
      try Data(text.utf8).write(
        to: folder.appendingPathComponent(String(format: "brief-%04d.txt", index)))
    }
    let lexicons = ["--lexicons", Paths.lexicons.path, "--progress", "none"]
    func batch(_ out: String, _ extra: [String]) -> (status: Int32, peakBytes: Int, seconds: Double)
    {
      Bench.runMeasured(
        executable,
        ["batch", input.path, "--out", base.appendingPathComponent(out).path] + lexicons + extra)
    }
    let one = batch("jobs1", ["--jobs", "1"])
    let two = batch("jobs2", ["--jobs", "2"])
    let identical =
      snapshot(base.appendingPathComponent("jobs1"))
      == snapshot(base.appendingPathComponent("jobs2"))
    Bench.table(
      "leichte batch: 1.000 Briefe aus Corpus/ (\(Bench.megabytes(bytes))), Formate md+json",
      ["Lauf", "Exit", "Wandzeit", "Spitzenspeicher"],
      [
        [
          "--jobs 1", "\(one.status)", "\(Bench.fixed(one.seconds, 2)) s",
          Bench.megabytes(one.peakBytes),
        ],
        [
          "--jobs 2", "\(two.status)", "\(Bench.fixed(two.seconds, 2)) s",
          Bench.megabytes(two.peakBytes),
        ],
      ])
    print(
      "Beschleunigung --jobs 1 → 2: \(Bench.fixed(one.seconds / two.seconds, 2))× (Ziel ≥ 1,7); "
        + "Wandzeit --jobs 2 \(Bench.fixed(two.seconds, 2)) s (Ziel ≤ 10 s); "
        + "Spitzenspeicher \(Bench.megabytes(max(one.peakBytes, two.peakBytes))) (Ziel ≤ 300 MB); "
        + "Ausgaben gleich: \(identical ? "ja" : "NEIN")")

    // Killed halfway with SIGKILL, then resumed: identical to the uninterrupted run.
    let killed = base.appendingPathComponent("abgebrochen")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["batch", input.path, "--out", killed.path, "--jobs", "2"] + lexicons
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    var written = 0
    while Date() < deadline && process.isRunning {
      written = countFiles(killed, suffix: ".leicht.md")
      if written >= 500 { break }
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let resumed = batch("abgebrochen", ["--jobs", "2", "--resume"])
    let same = snapshot(killed) == snapshot(base.appendingPathComponent("jobs2"))
    print(
      "SIGKILL nach \(written) von 1.000 Dokumenten, dann --resume (Exit \(resumed.status), "
        + "\(Bench.fixed(resumed.seconds, 2)) s): Ausgabe byte-gleich mit dem ununterbrochenen Lauf: "
        + (same ? "ja" : "NEIN"))

    try hostile(base: base, executable: executable, lexicons: lexicons)
  }

  /// The hostile folder: every file must be in the report, failures with a reason, no crash.
  static func hostile(base: URL, executable: String, lexicons: [String]) throws {
    let folder = base.appendingPathComponent("feindlich")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func write(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    try write("gut.txt", Array("Der Antrag wurde bewilligt. Sie bekommen 120 Euro.".utf8))
    try write("binaer.txt", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    try write("kein-utf8.txt", Array("Gr".utf8) + [0xFC, 0xDF, 0x65])
    try write("leer.md", [])
    try write("kein-zip.docx", Array("Das ist kein Word-Dokument.".utf8))
    try write("seite.html", Array("<h1>Titel<p>Offenes <b>Tag-Chaos".utf8))
    let line = folder.appendingPathComponent("eine-zeile-50mb.txt")
    FileManager.default.createFile(atPath: line.path, contents: nil)
    let handle = try FileHandle(forWritingTo: line)
    let piece = Data(String(repeating: "Wort ", count: 200_000).utf8)
    for _ in 0..<50 { handle.write(piece) }
    try handle.close()
    try write("zip-bombe.docx", zipBomb())
    let out = base.appendingPathComponent("feindlich-aus")
    let result = Bench.runMeasured(
      executable, ["batch", folder.path, "--out", out.path] + lexicons)
    let report =
      (try? JSONSerialization.jsonObject(
        with: Data(contentsOf: out.appendingPathComponent("report.json"))))
      as? [String: Any]
    let documents = report?["documents"] as? [[String: Any]] ?? []
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).count
    let failures = documents.filter { $0["status"] as? String == "failed" }
    let named = failures.allSatisfy { ($0["reason"] as? String).map { !$0.isEmpty } ?? false }
    var rows: [[String]] = []
    for document in documents {
      rows.append([
        document["path"] as? String ?? "?", document["status"] as? String ?? "?",
        document["reason"] as? String ?? "",
      ])
    }
    Bench.table("Feindlicher Ordner", ["Datei", "Status", "Grund"], rows)
    print(
      "Feindlicher Ordner: Exit \(result.status) (\(result.status < 0 ? "ABSTURZ" : "kein Absturz")), "
        + "\(documents.count) von \(files) Dateien im Bericht (verloren: \(files - documents.count)), "
        + "\(failures.count) Fehler, alle mit Grund: \(named ? "ja" : "NEIN")")
  }

  /// A .docx whose main part would unpack to 64 MiB of spaces (about 64 KB packed).
  static func zipBomb() throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    let chunk = Data(repeating: 0x20, count: 1 << 16)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(64 << 20),
      modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
    ) { _, size in chunk.prefix(size) }
    return [UInt8](archive.data ?? Data())
  }

  static func countFiles(_ folder: URL, suffix: String) -> Int {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return 0 }
    var count = 0
    while let path = enumerator.nextObject() as? String {
      if path.hasSuffix(suffix) { count += 1 }
    }
    return count
  }

  static func snapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
      return result
    }
    while let path = enumerator.nextObject() as? String {
      let full = folder.appendingPathComponent(path).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[path] = FileManager.default.contents(atPath: full)
      }
    }
    return result
  }
}
