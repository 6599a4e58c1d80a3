import Foundation
import LeichteSprache

/// Locations of the repository and of the shared evaluation data next to it.
public enum Paths {
  /// The package root, found from this source file (tests and benchmarks run from a checkout).
  public static let repository: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the checkout, or `$LEICHTE_SHARED`; nil when absent (a plain clone).
  public static let shared: URL? = {
    let fileManager = FileManager.default
    if let environment = ProcessInfo.processInfo.environment["LEICHTE_SHARED"],
      fileManager.fileExists(atPath: environment)
    {
      return URL(fileURLWithPath: environment)
    }
    let sibling = repository.deletingLastPathComponent().appendingPathComponent("shared")
    return fileManager.fileExists(atPath: sibling.path) ? sibling : nil
  }()

  public static var lexicons: URL { repository.appendingPathComponent("Lexicons") }
  public static var corpus: URL { repository.appendingPathComponent("Corpus") }
  public static var fixtures: URL {
    repository.appendingPathComponent("Tests/Fixtures")
  }

  /// A file below `../shared`, or nil when the shared data is absent.
  public static func shared(_ relative: String) -> URL? {
    shared.map { $0.appendingPathComponent(relative) }
  }

  /// The built-in lexicon of the repository.
  public static func loadLexicon() throws -> Lexicon {
    try Lexicon.load(from: lexicons)
  }
}
