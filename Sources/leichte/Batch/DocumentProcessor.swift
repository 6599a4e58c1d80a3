import Foundation
import LeichteFormats
import LeichteSprache

#if canImport(Glibc)
  import Glibc
#endif

/// Converts one document: reads it (never writing to it), checks size and format, converts the
/// text, writes the outputs safely and records the result in the journal.
///
/// Each document runs on a thread of its own, outside Swift's cooperative pool, so a document
/// that exceeds `--timeout` can be given up: it is reported as failed, the run goes on, and the
/// abandoned work can no longer write anything.
struct DocumentProcessor: Sendable {
  let converter: BatchConverter
  let reader: DocumentReader
  let outputRoot: URL
  let maxBytes: Int
  let timeout: Double
  let previous: [String: DocumentRecord]
  let gate: WriteGate
  let journal: Journal

  /// How a document ended.
  enum Outcome: Sendable {
    case done(DocumentRecord, skipped: Bool)
    /// Stopped by Ctrl-C before its outputs were written.
    case interrupted
  }

  /// Output paths of a document, relative to the output folder.
  static func outputPath(_ relative: String, _ format: DraftFormat) -> String {
    relative + ".leicht." + format.rawValue
  }

  /// Runs `input` on its own thread, racing the timeout.
  func process(_ input: BatchInput) async -> Outcome {
    let race = Race()
    return await withCheckedContinuation { continuation in
      race.continuation = continuation
      let thread = Thread { [self] in
        let outcome = self.work(input, race: race)
        race.finish(outcome)
      }
      thread.stackSize = 16 << 20
      thread.start()
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
        let reason =
          "Zeitlimit überschritten (mehr als \(BatchText.seconds(timeout)) Sekunden, --timeout)"
        race.finish(
          .done(
            DocumentRecord.failed(
              input, format: DocumentProcessor.formatName(input), bytes: 0, hash: "", reason),
            skipped: false),
          timedOut: true)
      }
    }
  }

  static func formatName(_ input: BatchInput) -> String {
    InputFormat(pathExtension: (input.path as NSString).pathExtension)?.rawValue
      ?? (input.path as NSString).pathExtension.lowercased()
  }

  /// The whole job of one document, synchronously.
  func work(_ input: BatchInput, race: Race) -> Outcome {
    let formatName = DocumentProcessor.formatName(input)
    func failed(_ reason: String, bytes: Int = 0, hash: String = "") -> Outcome {
      .done(
        DocumentRecord.failed(input, format: formatName, bytes: bytes, hash: hash, reason),
        skipped: false)
    }
    let bytes: [UInt8]
    switch readInput(input.path) {
    case .success(let read): bytes = read
    case .failure(let reason): return failed(reason.message)
    }
    let hash = ContentHash.of(bytes)
    if let record = previous[input.relative], record.status == .converted,
      record.inputHash == hash, Manifest.outputsIntact(record, in: outputRoot)
    {
      return .done(record, skipped: true)
    }
    guard let format = InputFormat(pathExtension: (input.path as NSString).pathExtension) else {
      return failed(
        "Format nicht unterstützt (erlaubt: \(InputFormat.extensions.map { "." + $0 }.joined(separator: ", ")))",
        bytes: bytes.count, hash: hash)
    }
    let text: String
    do {
      text = try reader.read(bytes, format: format)
    } catch {
      return failed(error.description, bytes: bytes.count, hash: hash)
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      return failed("enthält keinen Text", bytes: bytes.count, hash: hash)
    }
    let (outputs, metrics) = converter.convert(text, source: input.relative)
    guard race.claimForWriting(), gate.enter() else { return .interrupted }
    defer { gate.leave() }
    var files: [OutputFile] = []
    for (format, content) in outputs {
      let relative = DocumentProcessor.outputPath(input.relative, format)
      let data = Array(content.utf8)
      do {
        try SafeWriter.write(data, to: outputRoot.appendingPathComponent(relative).path)
      } catch {
        return failed(error.message, bytes: bytes.count, hash: hash)
      }
      files.append(OutputFile(path: relative, hash: ContentHash.of(data)))
    }
    let record = DocumentRecord(
      path: input.relative, format: format.rawValue, bytes: bytes.count, inputHash: hash,
      status: .converted, reason: nil, outputs: files, metrics: metrics)
    journal.append(record)
    return .done(record, skipped: false)
  }

  struct ReadFailure: Error {
    let message: String
  }

  /// The bytes of a regular file of at most `maxBytes`, opened read-only.
  func readInput(_ path: String) -> Result<[UInt8], ReadFailure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      return .failure(ReadFailure(message: "nicht lesbar: \(String(cString: strerror(errno)))"))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return .failure(ReadFailure(message: "keine normale Datei"))
    }
    let size = Int(info.st_size)
    if size > maxBytes {
      return .failure(
        ReadFailure(
          message: "zu groß: \(size) Bytes, erlaubt sind \(maxBytes) Bytes (--max-bytes)"))
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var offset = 0
    while offset < size {
      let count = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + offset, size - offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(ReadFailure(message: "Lesefehler: \(String(cString: strerror(errno)))"))
      }
      if count == 0 { break }
      offset += count
    }
    if offset < size { bytes.removeSubrange(offset...) }
    // A file that grew while being read: read what is there up to the limit.
    return .success(bytes)
  }
}

/// The race between a document's work and its timeout: whoever finishes first resumes the
/// waiting task; work that lost may not write.
final class Race: @unchecked Sendable {
  private let lock = NSLock()
  var continuation: CheckedContinuation<DocumentProcessor.Outcome, Never>?
  private var state = State.running

  private enum State { case running, writing, finished }

  /// The work wants to write its outputs; false when the timeout already ended the document.
  func claimForWriting() -> Bool {
    lock.withLock {
      guard state == .running else { return false }
      state = .writing
      return true
    }
  }

  func finish(_ outcome: DocumentProcessor.Outcome, timedOut: Bool = false) {
    let waiting: CheckedContinuation<DocumentProcessor.Outcome, Never>? = lock.withLock {
      if timedOut {
        guard state == .running else { return nil }
      } else if state == .finished {
        return nil
      }
      state = .finished
      defer { continuation = nil }
      return continuation
    }
    waiting?.resume(returning: outcome)
  }
}
