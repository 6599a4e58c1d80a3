import ArgumentParser
import Foundation
import LeichteSprache

#if canImport(Glibc)
  import Glibc
#endif

/// Reads one input (a file or standard input) in bounded chunks, so inputs of any size are
/// processed in linear time and bounded memory. Errors name the file and exit with sysexits codes.
struct InputReader {
  /// The path as given; `-` is standard input.
  let path: String
  /// Bytes per chunk before a cut is searched (at a paragraph break, else a line break or space).
  var chunkSize = 1 << 20

  var displayName: String { path == "-" ? "<stdin>" : path }

  /// Calls `body` with consecutive normalised chunks of the text; chunks end at paragraph breaks
  /// where possible. Empty input produces no call.
  func forEachChunk(_ body: ([UInt16]) throws -> Void) throws {
    let descriptor = try open()
    defer { if descriptor != 0 { close(descriptor) } }
    var pending: [UInt8] = []
    var consumed = 0  // bytes of the file before `pending`
    var readBuffer = [UInt8](repeating: 0, count: 1 << 16)
    var endOfFile = false
    while !endOfFile {
      while pending.count < chunkSize {
        let count = readBuffer.withUnsafeMutableBytes {
          Glibc.read(descriptor, $0.baseAddress, $0.count)
        }
        if count < 0 {
          if errno == EINTR { continue }
          throw fail(errnoMessage(errno), SysExit.noInput)
        }
        if count == 0 {
          endOfFile = true
          break
        }
        pending.append(contentsOf: readBuffer[0..<count])
      }
      let cut = endOfFile ? pending.count : InputReader.cutPoint(pending)
      guard cut > 0 else { continue }
      let units = try decode(pending, 0..<cut, byteOffset: consumed)
      if !units.isEmpty { try body(units) }
      consumed += cut
      pending.removeFirst(cut)
    }
  }

  /// The whole input, decoded and normalised, for commands that need the complete document
  /// (scores, checks). Memory grows with the input; `segment` streams instead.
  func readAll() throws -> [UInt16] {
    var units: [UInt16] = []
    try forEachChunk { units.append(contentsOf: $0) }
    return units
  }

  /// Calls `body` with each line (without its line break), decoded and normalised, and its
  /// 1-based number.
  func forEachLine(_ body: (Int, [UInt16]) throws -> Void) throws {
    var lineNumber = 0
    var carry: [UInt16] = []
    try forEachChunk { units in
      var start = 0
      for i in units.indices where units[i] == 0x0A {
        lineNumber += 1
        try body(lineNumber, carry + units[start..<i])
        carry.removeAll()
        start = i + 1
      }
      carry.append(contentsOf: units[start...])
    }
    if !carry.isEmpty {
      lineNumber += 1
      try body(lineNumber, carry)
    }
  }

  /// Where to cut `bytes` into a chunk: after the last paragraph break in its second half, else
  /// after the last line break, else after the last space, else at a UTF-8 character boundary.
  static func cutPoint(_ bytes: [UInt8]) -> Int {
    let half = bytes.count / 2
    var i = bytes.count - 1
    while i > half {
      if bytes[i] == 0x0A && bytes[i - 1] == 0x0A { return i + 1 }
      i -= 1
    }
    for separator: UInt8 in [0x0A, 0x20] {
      if let index = bytes[half...].lastIndex(of: separator) { return index + 1 }
    }
    var cut = bytes.count
    while cut > 0 && bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
    // Step back before the lead byte of the cut sequence.
    if cut > 0 && bytes[cut - 1] >= 0xC0 { cut -= 1 }
    return cut > 0 ? cut : bytes.count
  }

  private func decode(_ bytes: [UInt8], _ range: Range<Int>, byteOffset: Int) throws -> [UInt16] {
    do {
      return try bytes[range].withUnsafeBytes { buffer throws(InputError) in
        try InputDecoder.decode(buffer, baseOffset: byteOffset)
      }
    } catch let error as InputError {
      throw fail(error.description, SysExit.dataError)
    }
  }

  private func open() throws -> Int32 {
    if path == "-" { return 0 }
    var info = stat()
    if stat(path, &info) != 0 {
      throw fail(errnoMessage(errno), SysExit.noInput)
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw fail("ist ein Ordner, keine Datei", SysExit.noInput)
    }
    let descriptor = Glibc.open(path, O_RDONLY)
    if descriptor < 0 { throw fail(errnoMessage(errno), SysExit.noInput) }
    return descriptor
  }

  private func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    reportError("\(displayName): \(message)")
    return code
  }

  private func errnoMessage(_ code: Int32) -> String {
    switch code {
    case ENOENT: "Datei nicht gefunden"
    case EACCES: "keine Leseberechtigung"
    case EISDIR: "ist ein Ordner, keine Datei"
    default: String(cString: strerror(code))
    }
  }
}
