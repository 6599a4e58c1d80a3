import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a run remembers for `--resume`, in `OUT/.leichte-batch/`.
///
/// - `journal.jsonl`: one line per finished document, appended right after its outputs were
///   renamed into place. A run killed at any moment leaves at most one incomplete last line,
///   which is ignored on reading.
/// - `manifest.json`: all documents of a completed run, sorted by path, written (temporary file
///   plus rename) when the run ends; the journal is then removed.
///
/// A document is skipped on `--resume` when the settings (program, profile, lexicon, formats)
/// are the same, its input bytes hash the same, it was converted, and every output it recorded
/// still exists with the recorded hash. Everything else is converted again, so documents that
/// were only partly written when a run stopped are redone.
struct Manifest: Codable {
  static let folder = ".leichte-batch"
  static let version = 1

  var version = Manifest.version
  /// Hash of program version, reader version, profile, lexicon content and formats.
  var settings: String
  var documents: [DocumentRecord]

  static func folder(in output: URL) -> URL { output.appendingPathComponent(folder) }

  static func manifestURL(in output: URL) -> URL {
    folder(in: output).appendingPathComponent("manifest.json")
  }

  static func journalURL(in output: URL) -> URL {
    folder(in: output).appendingPathComponent("journal.jsonl")
  }

  /// One journal line.
  struct JournalLine: Codable {
    let settings: String
    let document: DocumentRecord
  }

  /// The documents a previous run finished with `settings`, by path (journal lines win over the
  /// manifest, being newer).
  static func load(from output: URL, settings: String) -> [String: DocumentRecord] {
    var result: [String: DocumentRecord] = [:]
    let decoder = JSONDecoder()
    if let data = FileManager.default.contents(atPath: manifestURL(in: output).path),
      let manifest = try? decoder.decode(Manifest.self, from: data),
      manifest.version == version, manifest.settings == settings
    {
      for document in manifest.documents { result[document.path] = document }
    }
    if let data = FileManager.default.contents(atPath: journalURL(in: output).path) {
      for line in data.split(separator: UInt8(ascii: "\n")) {
        guard let entry = try? decoder.decode(JournalLine.self, from: Data(line)),
          entry.settings == settings
        else { continue }
        result[entry.document.path] = entry.document
      }
    }
    return result
  }

  /// Whether the outputs recorded for a document are all present with their hashes.
  static func outputsIntact(_ record: DocumentRecord, in output: URL) -> Bool {
    record.outputs.allSatisfy { file in
      guard
        let data = FileManager.default.contents(
          atPath: output.appendingPathComponent(file.path).path)
      else { return false }
      return ContentHash.of([UInt8](data)) == file.hash
    }
  }

  /// The JSON of the manifest: sorted keys, one document per line, stable across runs.
  func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = "{\"documents\":[\n"
    let lines = documents.map {
      String(decoding: (try? encoder.encode($0)) ?? Data("null".utf8), as: UTF8.self)
    }
    text += lines.joined(separator: ",\n")
    text += "\n],\"settings\":\(BatchJSON.string(settings)),\"version\":\(version)}\n"
    return Data(text.utf8)
  }
}

/// The append-only journal of a running batch.
final class Journal: @unchecked Sendable {
  private let lock = NSLock()
  private let descriptor: Int32
  private let settings: String
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// Opens the journal; `fresh` starts it empty (a run without `--resume`).
  init(url: URL, settings: String, fresh: Bool) throws {
    var flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC
    if fresh { flags |= O_TRUNC }
    descriptor = open(url.path, flags, 0o644)
    guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    self.settings = settings
  }

  deinit { close(descriptor) }

  /// Appends one finished document as a single `write`.
  func append(_ document: DocumentRecord) {
    guard
      let data = try? encoder.encode(Manifest.JournalLine(settings: settings, document: document))
    else { return }
    var bytes = [UInt8](data)
    bytes.append(UInt8(ascii: "\n"))
    lock.withLock {
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes {
          write(descriptor, $0.baseAddress! + offset, $0.count - offset)
        }
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
