import ArgumentParser
import Foundation
import LeichteSprache

/// Options every text-reading subcommand shares.
struct CommonOptions: ParsableArguments {
  @Argument(help: "Eingabedateien (UTF-8). Ohne Datei oder mit - wird die Standardeingabe gelesen.")
  var files: [String] = []

  @OptionGroup var lexicons: LexiconSelection

  @Flag(
    name: .customLong("each-line"),
    help: "Jede Eingabezeile ist ein eigenes Dokument (JSON Lines bei --format json).")
  var eachLine = false

  /// The inputs to read: the files, or standard input.
  var inputs: [String] { files.isEmpty ? ["-"] : files }

  /// Loads `parts` of the built-in lexicon and any user lexicons (see `LexiconSelection`).
  func loadLexicon(_ parts: Lexicon.Parts = .all) throws -> Lexicon {
    try lexicons.load(parts)
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Finds the lexicon folder.
enum LexiconLocator {
  static func find(explicit: String?) -> URL? {
    let fileManager = FileManager.default
    func isLexiconDirectory(_ url: URL) -> Bool {
      var isDirectory: ObjCBool = false
      return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
    if let explicit {
      let url = URL(fileURLWithPath: explicit)
      return isLexiconDirectory(url) ? url : nil
    }
    // Next to the binary, or in the package that built it (…/.build/release/leichte).
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    for _ in 0..<5 {
      let candidate = directory.appendingPathComponent("Lexicons")
      if isLexiconDirectory(candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    if let environment = ProcessInfo.processInfo.environment["LEICHTE_LEXICONS"] {
      let url = URL(fileURLWithPath: environment)
      if isLexiconDirectory(url) { return url }
    }
    return nil
  }
}
