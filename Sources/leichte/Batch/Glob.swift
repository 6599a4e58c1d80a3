#if canImport(Glibc)
  import Glibc
#endif

/// A path pattern for `--include` and `--exclude`, matched against paths relative to the input
/// folder with `/` between parts.
///
/// Each part is matched with `fnmatch(3)` (`*`, `?`, `[abc]`; `*` never crosses `/`); a part
/// `**` matches any number of folders. A pattern without `/` matches the name of a file or
/// folder at any depth (`*.docx`, `entwurf*`), as in `.gitignore`.
struct Glob: Hashable, Sendable {
  let pattern: String
  private let parts: [String]

  init(_ pattern: String) {
    self.pattern = pattern
    var trimmed = pattern
    while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
    if trimmed.hasPrefix("/") { trimmed.removeFirst() }
    var parts = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    if !pattern.contains("/") { parts.insert("**", at: 0) }
    self.parts = parts
  }

  /// Whether `path` (relative, `/`-separated) matches.
  func matches(_ path: String) -> Bool {
    let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    return Glob.match(parts[...], segments[...])
  }

  private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      let rest = pattern.dropFirst()
      var tail = path
      while true {
        if match(rest, tail) { return true }
        guard !tail.isEmpty else { return false }
        tail = tail.dropFirst()
      }
    }
    guard let segment = path.first else { return false }
    guard fnmatch(first, segment, FNM_PERIOD) == 0 else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }
}
