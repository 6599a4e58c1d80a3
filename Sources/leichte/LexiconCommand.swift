import ArgumentParser
import Foundation
import LeichteSprache

/// Lexicon folders for the word commands: the built-in folder (`--lexicons`, next to the
/// program or package, `$LEICHTE_LEXICONS`) plus user lexicons that extend or override it.
struct LexiconSelection: ParsableArguments {
  @Option(name: .customLong("lexicons"), help: "Ordner mit den Lexikon-Dateien (TSV).")
  var lexiconDirectory: String?

  @Option(
    name: .customLong("user-lexicon"),
    help: ArgumentHelp(
      "Eigener Lexikon-Ordner, der das eingebaute Lexikon ergänzt; gleiche Schlüssel ersetzen die eingebauten Einträge. Mehrfach möglich; zusätzlich: LEICHTE_USER_LEXICONS (Ordner mit : getrennt).",
      valueName: "ORDNER"))
  var userLexicons: [String] = []

  /// The folders in load order: built-in first, then `$LEICHTE_USER_LEXICONS`, then `--user-lexicon`.
  func directories() throws -> [URL] {
    guard let base = LexiconLocator.find(explicit: lexiconDirectory) else {
      reportError(
        "Lexikon-Ordner nicht gefunden. Geben Sie ihn mit --lexicons ORDNER an oder setzen Sie LEICHTE_LEXICONS."
      )
      throw SysExit.config
    }
    var paths: [String] = []
    if let environment = ProcessInfo.processInfo.environment["LEICHTE_USER_LEXICONS"] {
      paths += environment.split(separator: ":").map(String.init)
    }
    paths += userLexicons
    var result = [base]
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        reportError("Eigener Lexikon-Ordner nicht gefunden: \(path)")
        throw SysExit.config
      }
      result.append(URL(fileURLWithPath: path))
    }
    return result
  }

  func load(_ parts: Lexicon.Parts) throws -> Lexicon {
    let folders = try directories()
    do {
      return try Lexicon.load(from: folders, parts: parts)
    } catch {
      reportError("Lexikon fehlerhaft: \(error)")
      throw SysExit.config
    }
  }
}

extension Leichte {
  struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lexicon",
      abstract: "Lexikon-Dateien prüfen und Einträge nachschlagen.",
      subcommands: [Lint.self, Lookup.self]
    )

    struct Lint: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract:
          "Lexikon-Dateien prüfen (Kopf, Spalten, NFC, Dubletten, Sortierung, Ersetzungen).",
        discussion: """
          Prüft jede .tsv-Datei im Ordner (ohne Angabe: das eingebaute Lexikon). Ausgabe: eine Zeile \
          pro Befund als DATEI:ZEILE: [prüfung] meldung. Exit-Code 0 ohne Befund, 65 mit Befunden.
          """
      )

      @Argument(help: "Lexikon-Ordner (ohne Angabe: das eingebaute Lexikon).")
      var directory: String?

      @Option(name: .long, help: "Ausgabeformat: text oder json.")
      var format: OutputFormat = .text

      func run() throws {
        let folder: URL
        if let directory {
          var isDirectory: ObjCBool = false
          guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
          else {
            reportError("\(directory): Ordner nicht gefunden")
            throw SysExit.noInput
          }
          folder = URL(fileURLWithPath: directory)
        } else if let found = LexiconLocator.find(explicit: nil) {
          folder = found
        } else {
          reportError("Lexikon-Ordner nicht gefunden. Geben Sie ihn als Argument an.")
          throw SysExit.config
        }
        let findings: [LexiconLint.Finding]
        do {
          findings = try LexiconLint.lint(directory: folder)
        } catch {
          reportError("\(folder.path): \(error.localizedDescription)")
          throw SysExit.ioError
        }
        let output = FileOutput.standardOutput
        switch format {
        case .text:
          for finding in findings { output.write("\(finding)\n") }
          if findings.isEmpty { output.write("Keine Befunde in \(folder.path).\n") }
        case .json:
          output.write(WordJSON.line(findings) + "\n")
        }
        output.flush()
        if !findings.isEmpty { throw SysExit.dataError }
      }
    }

    struct Lookup: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Alle Lexikon-Einträge zu einem Wort zeigen, mit Datei und Zeile.",
        discussion: """
          Sucht das Wort (und seine Grundform) in woerter.tsv, abkuerzungen.tsv, gesetze.tsv, \
          komposita.tsv, lemmata.tsv, grundwortschatz.tsv und haeufigkeit.tsv und zeigt dazu \
          die Zerlegung des Kompositums. Exit-Code 0, auch wenn nichts gefunden wurde.
          """
      )

      @OptionGroup var lexicons: LexiconSelection

      @Argument(help: "Die Wörter.")
      var words: [String]

      @Option(name: .long, help: "Ausgabeformat: text oder json.")
      var format: OutputFormat = .text

      func run() throws {
        let lexicon = try lexicons.load(.all)
        let splitter = CompoundSplitter(lexicon: lexicon)
        let output = FileOutput.standardOutput
        defer { output.flush() }
        for word in words {
          let results = lexicon.lookup(word)
          let split = splitter.split(word)
          switch format {
          case .text:
            output.write("\(word):\n")
            if results.isEmpty { output.write("  kein Eintrag\n") }
            for result in results {
              let place = result.provenance.map { " \($0)" } ?? ""
              output.write("  \(result.kind)\(place): \(result.text)\n")
            }
            if split.isCompound {
              let place = split.provenance.map { " \($0)" } ?? ""
              output.write(
                "  Zerlegung\(place): \(split.written(.hyphen)) (Sicherheit \(String(format: "%.2f", split.confidence)))\n"
              )
            }
          case .json:
            struct Item: Encodable {
              let word: String
              let entries: [LookupResult]
              let split: CompoundSplit
            }
            output.write(WordJSON.line(Item(word: word, entries: results, split: split)) + "\n")
          }
        }
      }
    }
  }
}

/// JSON for the word commands: sorted keys, no escaped slashes, one line.
enum WordJSON {
  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  static func line(_ value: some Encodable) -> String {
    String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
  }
}
