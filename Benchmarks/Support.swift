import Foundation
import LeichteEval

#if canImport(Glibc)
  import Glibc
#endif

/// Timing, memory and table helpers for the benchmarks.
enum Bench {
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// CPU time of this process (user + system), for single-thread throughput.
  static func cpuTime() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }

  /// Runs a command and returns its exit status (negative: killed by that signal) and its peak
  /// resident memory in bytes.
  static func runMeasured(_ executable: String, _ arguments: [String], stdin: String? = nil)
    -> (status: Int32, peakBytes: Int, seconds: Double)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    if let stdin { process.standardInput = FileHandle(forReadingAtPath: stdin) }
    let start = now()
    do { try process.run() } catch { return (-999, 0, 0) }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(process.processIdentifier, &status, 0, &usage)
    let seconds = now() - start
    let exited = status & 0x7F == 0
    let code = exited ? (status >> 8) & 0xFF : -(status & 0x7F)
    return (code, Int(usage.ru_maxrss) * 1024, seconds)
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
  static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
  static func fixed(_ value: Double, _ digits: Int = 3) -> String {
    String(format: "%.\(digits)f", value)
  }

  /// Prints a Markdown table.
  static func table(_ title: String, _ header: [String], _ rows: [[String]]) {
    print("\n### \(title)\n")
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in rows { print("| " + row.joined(separator: " | ") + " |") }
  }

  /// Files below a folder, sorted, optionally filtered by extension.
  static func files(below directory: URL, extension wanted: String? = nil) -> [URL] {
    guard let enumerator = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var result: [URL] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else {
        continue
      }
      if let wanted, url.pathExtension != wanted { continue }
      result.append(url)
    }
    return result.sorted { $0.path < $1.path }
  }

  /// The `leichte` executable built next to this benchmark binary.
  static var leichteExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("leichte").path
  }

  static func requireShared() -> URL? {
    if Paths.shared == nil { print("\n(../shared fehlt: Messungen über geteilte Daten übersprungen)") }
    return Paths.shared
  }
}
