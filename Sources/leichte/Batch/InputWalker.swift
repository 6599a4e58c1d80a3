import Foundation
import LeichteFormats

#if canImport(Glibc)
  import Glibc
#endif

/// One document to convert: where it is read and where its outputs go.
struct BatchInput: Hashable, Sendable {
  /// The path to open.
  let path: String
  /// The path in the mirrored output tree (and in the reports), `/`-separated.
  let relative: String
}

/// A file that is not converted, with the reason (reported, not a failure).
struct SkippedInput: Hashable, Sendable, Codable {
  let path: String
  let reason: String
}

/// Why the inputs cannot be collected at all; the command stops with a message.
struct InputSelectionError: Error {
  let message: String
  let code: Int32
}

/// Collects the documents of a batch run from files and folders.
///
/// - Folders are read recursively in name order; hidden files and folders (`.name`) are left
///   out. Without `--include`, files with a supported extension are taken; with it, files
///   matching an include pattern. `--exclude` removes files and whole folders.
/// - One folder as the only input is mirrored at the top of `--out`; with several inputs each
///   gets a top-level entry named after it (`-2`, `-3` … when names repeat), so equal file names
///   from different folders never collide.
/// - Symbolic links are followed only when their target lies inside the input folder; a folder
///   reached twice (a link cycle) is read once. Devices, pipes and sockets are never opened.
/// - The output folder, when it lies inside an input folder, is not read; an input folder inside
///   (or equal to) the output folder is refused.
struct InputWalker {
  var includes: [Glob] = []
  var excludes: [Glob] = []
  /// The real path of the output folder.
  var outputDirectory: String

  private(set) var documents: [BatchInput] = []
  private(set) var skipped: [SkippedInput] = []
  private(set) var notes: [String] = []

  init(includes: [Glob], excludes: [Glob], outputDirectory: String) {
    self.includes = includes
    self.excludes = excludes
    self.outputDirectory = outputDirectory
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func isInside(_ path: String, _ folder: String) -> Bool {
    path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }

  mutating func collect(_ inputs: [String]) throws(InputSelectionError) {
    var usedNames: Set<String> = []
    func uniqueName(_ name: String, isFile: Bool) -> String {
      var candidate = name
      var counter = 2
      while usedNames.contains(candidate) {
        if isFile, let dot = name.lastIndex(of: "."), dot != name.startIndex {
          candidate = name[..<dot] + "-\(counter)" + name[dot...]
        } else {
          candidate = name + "-\(counter)"
        }
        counter += 1
      }
      usedNames.insert(candidate)
      return candidate
    }
    let single = inputs.count == 1
    for input in inputs {
      var info = stat()
      guard stat(input, &info) == 0 else {
        throw InputSelectionError(
          message: "\(input): Eingabe nicht gefunden oder nicht lesbar", code: 66)
      }
      let kind = info.st_mode & S_IFMT
      let name = URL(fileURLWithPath: input).standardizedFileURL.lastPathComponent
      if kind == S_IFDIR {
        guard let root = InputWalker.realPath(input) else {
          throw InputSelectionError(message: "\(input): Ordner nicht lesbar", code: 66)
        }
        if InputWalker.isInside(root, outputDirectory) {
          throw InputSelectionError(
            message:
              "\(input): Der Eingabeordner liegt im Ausgabeordner (--out). Wählen Sie einen Ausgabeordner außerhalb der Eingaben.",
            code: 64)
        }
        if InputWalker.isInside(outputDirectory, root) {
          notes.append(
            "Der Ausgabeordner liegt im Eingabeordner \(input); er wird beim Lesen übersprungen.")
        }
        let prefix = single ? "" : uniqueName(name.isEmpty ? "eingabe" : name, isFile: false)
        var visited: Set<String> = [root]
        walk(directory: input, root: root, relative: "", prefix: prefix, visited: &visited)
      } else if kind == S_IFREG {
        documents.append(BatchInput(path: input, relative: uniqueName(name, isFile: true)))
      } else {
        skipped.append(SkippedInput(path: input, reason: "keine normale Datei"))
      }
    }
  }

  private mutating func walk(
    directory: String, root: String, relative: String, prefix: String, visited: inout Set<String>
  ) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted {
        Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
      }
    } catch {
      skipped.append(
        SkippedInput(path: join(prefix, relative), reason: "Ordner nicht lesbar"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let path = directory + "/" + name
      let rel = relative.isEmpty ? name : relative + "/" + name
      let shown = join(prefix, rel)
      if excludes.contains(where: { $0.matches(rel) }) { continue }
      var info = stat()
      guard lstat(path, &info) == 0 else {
        skipped.append(SkippedInput(path: shown, reason: "nicht lesbar"))
        continue
      }
      var kind = info.st_mode & S_IFMT
      if kind == S_IFLNK {
        guard let target = InputWalker.realPath(path) else {
          skipped.append(SkippedInput(path: shown, reason: "Verknüpfung ohne Ziel"))
          continue
        }
        guard InputWalker.isInside(target, root) else {
          skipped.append(
            SkippedInput(
              path: shown, reason: "Verknüpfung zeigt aus dem Eingabeordner hinaus (nicht gefolgt)"
            ))
          continue
        }
        // A link into the output folder would read this run's own outputs.
        if InputWalker.isInside(target, outputDirectory) { continue }
        guard stat(path, &info) == 0 else { continue }
        kind = info.st_mode & S_IFMT
      }
      if kind == S_IFDIR {
        guard let real = InputWalker.realPath(path) else { continue }
        if InputWalker.isInside(real, outputDirectory) { continue }
        guard visited.insert(real).inserted else { continue }
        walk(directory: path, root: root, relative: rel, prefix: prefix, visited: &visited)
      } else if kind == S_IFREG {
        if includes.isEmpty {
          guard InputFormat(pathExtension: (name as NSString).pathExtension) != nil else {
            continue
          }
        } else if !includes.contains(where: { $0.matches(rel) }) {
          continue
        }
        documents.append(BatchInput(path: path, relative: shown))
      } else if includes.contains(where: { $0.matches(rel) })
        || InputFormat(pathExtension: (name as NSString).pathExtension) != nil
      {
        skipped.append(SkippedInput(path: shown, reason: "keine normale Datei"))
      }
    }
  }

  private func join(_ prefix: String, _ relative: String) -> String {
    prefix.isEmpty ? relative : relative.isEmpty ? prefix : prefix + "/" + relative
  }
}
