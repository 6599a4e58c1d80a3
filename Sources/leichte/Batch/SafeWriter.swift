import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes output files so that a file is either absent, its previous version, or complete:
/// the bytes go to a hidden temporary file in the same folder (`.NAME.leichte-tmp`), which is
/// then renamed over the target.
enum SafeWriter {
  static let temporarySuffix = ".leichte-tmp"

  struct Failure: Error {
    let message: String
  }

  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(
      "." + url.lastPathComponent + temporarySuffix
    ).path
  }

  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw Failure(message: "Ordner \(folder) kann nicht angelegt werden")
    }
    let temporary = temporaryPath(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw Failure(
        message: "\(path) kann nicht geschrieben werden: \(String(cString: strerror(errno)))")
    }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let message = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw Failure(message: "\(path) kann nicht geschrieben werden: \(message)")
      }
      offset += written
    }
    if close(descriptor) != 0 || rename(temporary, path) != 0 {
      let message = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(message: "\(path) kann nicht geschrieben werden: \(message)")
    }
  }

  /// Removes temporary files a killed run left in `folder` (recursively).
  static func removeLeftovers(in folder: String) {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") && name.hasSuffix(temporarySuffix) {
        unlink(folder + "/" + relative)
      }
    }
  }
}

/// Lets Ctrl-C stop a run between documents: writers announce themselves, and stopping waits
/// until the documents being written are complete, so no document is left half-written.
final class WriteGate: @unchecked Sendable {
  private let condition = NSCondition()
  private var active = 0
  private var stopped = false

  var isStopped: Bool { condition.withLock { stopped } }

  /// Starts writing one document; false once the run is stopping.
  func enter() -> Bool {
    condition.withLock {
      guard !stopped else { return false }
      active += 1
      return true
    }
  }

  func leave() {
    condition.withLock {
      active -= 1
      if active == 0 { condition.broadcast() }
    }
  }

  /// Refuses new writers and waits for those at work.
  func stop() {
    condition.lock()
    stopped = true
    while active > 0 { condition.wait() }
    condition.unlock()
  }
}
