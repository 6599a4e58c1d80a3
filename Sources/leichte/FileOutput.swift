import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Buffered writing to a file descriptor; standard output is written in 64 KiB pieces.
/// Calls are serialised by a lock, so tasks may share one output.
final class FileOutput: @unchecked Sendable {
  private let lock = NSLock()
  static let standardOutput = FileOutput(descriptor: 1)
  static let standardError = FileOutput(descriptor: 2, bufferLimit: 0)

  private let descriptor: Int32
  private let bufferLimit: Int
  private var buffer: [UInt8] = []

  init(descriptor: Int32, bufferLimit: Int = 1 << 16) {
    self.descriptor = descriptor
    self.bufferLimit = bufferLimit
    buffer.reserveCapacity(bufferLimit)
  }

  func write(_ string: String) {
    lock.withLock {
      buffer.append(contentsOf: string.utf8)
      if buffer.count >= bufferLimit { flushLocked() }
    }
  }

  /// Writes bytes that are already UTF-8 (a piece may end inside a character).
  func write(utf8 bytes: some Collection<UInt8>) {
    lock.withLock {
      buffer.append(contentsOf: bytes)
      if buffer.count >= bufferLimit { flushLocked() }
    }
  }

  func flush() {
    lock.withLock { flushLocked() }
  }

  private func flushLocked() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        break  // a closed pipe: nothing more can be written
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
