import ArgumentParser
import Foundation
import LeichteFormats
import LeichteSprache

#if canImport(Glibc)
  import Glibc
#endif

extension Leichte {
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Ganze Ordner in Leichte Sprache umwandeln, mit Bericht (HTML, CSV, JSON).",
      discussion: """
        Eingaben sind Dateien und Ordner (rekursiv; versteckte Dateien und Ordner werden \
        übergangen). Gelesen werden .txt, .md, .html und .docx; mit --include und --exclude \
        wählen Sie Dateien über Muster (*, ?, [abc], ** für beliebig viele Ordner; ein Muster ohne / \
        gilt für Namen in jeder Tiefe).

        Ausgabe: Der Ausgabeordner spiegelt den Eingabeordner. Zu DATEI entstehen \
        DATEI.leicht.md, DATEI.leicht.json usw. (--format), dazu report.html, report.csv und \
        report.json für alle Dokumente. Bei mehreren Eingaben bekommt jede einen eigenen \
        Unterordner. Eingaben werden nie verändert; jede Ausgabe wird erst vollständig in eine \
        temporäre Datei geschrieben und dann umbenannt.

        Fortsetzen: --resume überspringt Dokumente, deren Eingabe (Inhalts-Hash), Profil, Lexikon \
        und Formate gleich geblieben sind und deren Ausgaben vollständig vorliegen \
        (Protokoll in AUSGABE/.leichte-batch/). Strg-C beendet den Lauf sauber; angefangene \
        Dokumente werden nicht halb geschrieben.

        Ein Dokument, das nicht gelesen oder umgewandelt werden kann (kein UTF-8, beschädigte \
        .docx-Datei, größer als --max-bytes, länger als --timeout), steht mit Grund im Bericht; \
        die anderen Dokumente werden trotzdem umgewandelt. Verknüpfungen, die aus dem \
        Eingabeordner hinaus zeigen, werden nicht verfolgt. Liegt --out in einem Eingabeordner, \
        wird er beim Lesen übersprungen.

        Exit-Codes: 0 = alle Dokumente umgewandelt, 1 = mindestens ein Dokument fehlgeschlagen, \
        64 = falscher Aufruf, 66 = Eingabe nicht gefunden, 73 = Ausgabeordner nicht anlegbar, \
        75 = ein anderer Lauf schreibt in den Ausgabeordner, 78 = Lexikon oder Profil fehlerhaft, \
        130 = mit Strg-C abgebrochen.
        """
    )

    @Argument(help: "Eingabedateien und -ordner.")
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("Ausgabeordner.", valueName: "ORDNER"))
    var out: String

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Nur Dateien, die zum Muster passen (mehrfach möglich).", valueName: "MUSTER"))
    var include: [String] = []

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Dateien und Ordner auslassen, die zum Muster passen (mehrfach möglich).",
        valueName: "MUSTER"))
    var exclude: [String] = []

    @Option(name: .long, help: "Ausgabeformate, mit Komma getrennt: txt, md, html, json.")
    var format: String = "md,json"

    @Option(name: .long, help: "Dokumente gleichzeitig (Vorgabe: Zahl der Prozessorkerne).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
      name: .long,
      help:
        "Fortschritt: auto (Balken nur im Terminal), bar, json (eine Zeile je Dokument) oder none.")
    var progress: ProgressMode = .auto

    @Flag(name: .long, help: "Fertige, unveränderte Dokumente eines früheren Laufs überspringen.")
    var resume = false

    @Option(name: .customLong("max-bytes"), help: "Größte Eingabedatei in Bytes.")
    var maxBytes: Int = 10_000_000

    @Option(name: .long, help: "Höchste Zeit je Dokument in Sekunden.")
    var timeout: Double = 120

    @Option(
      name: .long,
      help: "Profil-Datei (JSON). Ohne Angabe: .leichte.json im aktuellen Ordner, falls vorhanden.")
    var profile: String?

    @OptionGroup var lexicons: LexiconSelection

    func validate() throws {
      if inputs.isEmpty { throw ValidationError("Geben Sie mindestens eine Eingabe an.") }
      if jobs < 1 { throw ValidationError("--jobs muss mindestens 1 sein.") }
      if maxBytes < 1 { throw ValidationError("--max-bytes muss mindestens 1 sein.") }
      if !(timeout > 0) { throw ValidationError("--timeout muss größer als 0 sein.") }
      if case .failure(let unknown) = DraftFormat.parseList(format) {
        throw ValidationError("Unbekanntes Format „\(unknown.name)“; erlaubt: txt, md, html, json.")
      }
      if case .success(let formats) = DraftFormat.parseList(format), formats.isEmpty {
        throw ValidationError("Geben Sie mindestens ein Format an.")
      }
    }

    func run() throws {
      guard case .success(let formats) = DraftFormat.parseList(format) else { throw SysExit.usage }
      // The output folder: created, resolved, locked against a second run.
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      } catch {
        reportError("\(out): Ausgabeordner kann nicht angelegt werden")
        throw ExitCode(73)
      }
      guard let outputPath = InputWalker.realPath(out) else {
        reportError("\(out): Ausgabeordner nicht lesbar")
        throw ExitCode(73)
      }
      let lockDescriptor = open(outputPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard lockDescriptor >= 0, flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
        reportError("\(out): Ein anderer Lauf schreibt gerade in diesen Ordner.")
        throw ExitCode(75)
      }
      defer { close(lockDescriptor) }
      let outputRoot = URL(fileURLWithPath: outputPath)

      var walker = InputWalker(
        includes: include.map(Glob.init), excludes: exclude.map(Glob.init),
        outputDirectory: outputPath)
      do {
        try walker.collect(inputs)
      } catch {
        reportError(error.message)
        throw ExitCode(error.code)
      }
      for note in walker.notes { reportError(note) }

      let loadedProfile = try ProfileLoader.load(explicit: profile)
      let lexicon = try lexicons.load(Engine.lexiconParts)
      let ruleData = try EngineLoader.loadRuleData(lexicon)
      let settings = try settingsHash(profile: loadedProfile, formats: formats)

      let state = Manifest.folder(in: outputRoot)
      do {
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
      } catch {
        reportError("\(state.path): kann nicht angelegt werden")
        throw ExitCode(73)
      }
      SafeWriter.removeLeftovers(in: outputPath)
      let previous = resume ? Manifest.load(from: outputRoot, settings: settings) : [:]
      if !resume { unlink(Manifest.manifestURL(in: outputRoot).path) }
      let journal: Journal
      do {
        journal = try Journal(
          url: Manifest.journalURL(in: outputRoot), settings: settings, fresh: !resume)
      } catch {
        reportError("\(Manifest.journalURL(in: outputRoot).path): kann nicht geschrieben werden")
        throw SysExit.ioError
      }

      let gate = WriteGate()
      let bar = BatchProgress(mode: progress, total: walker.documents.count)
      let converter = BatchConverter(
        engine: Engine(lexicon: lexicon, ruleData: ruleData, profile: loadedProfile),
        formats: formats)
      let processor = DocumentProcessor(
        converter: converter, reader: DocumentReader(maxTextBytes: maxBytes),
        outputRoot: outputRoot, maxBytes: maxBytes, timeout: timeout, previous: previous,
        gate: gate, journal: journal)
      let signals = BatchInterrupt.install(gate: gate, progress: bar)
      defer { signals.forEach { $0.cancel() } }

      let runner = BatchRunner(processor: processor, jobs: jobs, progress: bar, gate: gate)
      let documents = walker.documents
      let records = BatchRunner.wait { await runner.run(documents) }
      bar.finish()
      if gate.isStopped { throw ExitCode(130) }

      let report = BatchReport(
        documents: records, skipped: walker.skipped, settings: settings, formats: formats)
      do {
        try SafeWriter.write(Array(report.html().utf8), to: outputPath + "/report.html")
        try SafeWriter.write(Array(report.csv().utf8), to: outputPath + "/report.csv")
        try SafeWriter.write(Array(report.json().utf8), to: outputPath + "/report.json")
        let manifest = Manifest(settings: settings, documents: records)
        try SafeWriter.write(
          [UInt8](manifest.encoded()), to: Manifest.manifestURL(in: outputRoot).path)
      } catch {
        reportError(error.message)
        throw SysExit.ioError
      }
      unlink(Manifest.journalURL(in: outputRoot).path)

      let failed = records.filter { $0.status == .failed }
      for record in failed { reportError("\(record.path): \(record.reason ?? "")") }
      if progress != .json {
        FileOutput.standardError.write(
          "leichte: \(records.count) Dokumente: \(records.count - failed.count) umgewandelt, \(failed.count) fehlgeschlagen. Bericht: \(out)/report.html\n"
        )
      } else {
        FileOutput.standardOutput.write(
          "{\"event\":\"summary\",\"documents\":\(records.count),\"converted\":\(records.count - failed.count),\"failed\":\(failed.count),\"report\":\(BatchJSON.string(out + "/report.html"))}\n"
        )
        FileOutput.standardOutput.flush()
      }
      if !failed.isEmpty { throw ExitCode(1) }
    }

    /// Hash of everything besides the input that decides the outputs.
    func settingsHash(profile: Profile, formats: [DraftFormat]) throws -> String {
      var hash = ContentHash()
      hash.add("leichte \(LeichteVersion.string)")
      hash.add("batch \(Manifest.version)")
      hash.add(profile.json())
      hash.add(formats.map(\.rawValue).joined(separator: ","))
      for folder in try lexicons.directories() {
        let names =
          ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
          let path = folder.appendingPathComponent(name).path
          var isDirectory: ObjCBool = false
          guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path)
          else { continue }
          hash.add(name)
          hash.add([UInt8](data))
        }
      }
      return hash.hex
    }
  }
}

extension ProgressMode: ExpressibleByArgument {}

/// Ctrl-C (SIGINT) and SIGTERM: stop starting documents, let those being written finish, then
/// exit with 130 without leaving partial files.
enum BatchInterrupt {
  static func install(gate: WriteGate, progress: BatchProgress) -> [any DispatchSourceSignal] {
    [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        gate.stop()
        progress.finish()
        reportError(
          "Abgebrochen. Fertige Dokumente sind gespeichert; mit --resume geht es weiter.")
        FileOutput.standardOutput.flush()
        exit(130)
      }
      source.resume()
      return source
    }
  }
}

extension BatchRunner {
  /// Runs async work from the synchronous command and waits for it.
  static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let semaphore = DispatchSemaphore(value: 0)
    Task.detached {
      box.value = await work()
      semaphore.signal()
    }
    semaphore.wait()
    return box.value!
  }
}

/// Carries a result from a detached task to the waiting thread (the semaphore orders access).
final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}
