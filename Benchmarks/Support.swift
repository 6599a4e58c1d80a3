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

  /// Runs a command (output discarded) and returns its exit status (negative: killed by that
  /// signal), its peak resident memory in bytes and its wall time. Uses posix_spawn and wait4 so
  /// the child's own resource usage is read, not Foundation's.
  static func runMeasured(_ executable: String, _ arguments: [String])
    -> (status: Int32, peakBytes: Int, seconds: Double)
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The peak RSS that wait4 reports for a child spawned from this (large) process includes
    // this process's own peak (Linux records the old address space's high-water mark at exec).
    // GNU time forks the command from its own small image, so its figure is the command's own.
    let report = FileManager.default.temporaryDirectory.appendingPathComponent(
      "leichte-time-\(getpid())"
    ).path
    let useTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
    let command =
      useTime
      ? ["/usr/bin/time", "-f", "%M", "-o", report, executable] + arguments
      : [executable] + arguments
    let argv = command.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else {
      return (-999, 0, 0)
    }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let seconds = now() - start
    let signal = status & 0x7F
    var code = signal == 0 ? (status >> 8) & 0xFF : -signal
    var peak = Int(usage.ru_maxrss) * 1024
    if useTime, let text = try? String(contentsOfFile: report, encoding: .utf8) {
      // GNU time reports "Command terminated by signal N" before the figure when killed.
      let lines = text.split(separator: "\n")
      if let last = lines.last, let kilobytes = Int(last) { peak = kilobytes * 1024 }
      if let first = lines.first, first.contains("signal"),
        let number = first.split(separator: " ").last.flatMap({ Int32($0) })
      {
        code = -number
      }
      try? FileManager.default.removeItem(atPath: report)
    }
    return (code, peak, seconds)
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
    guard
      let enumerator = FileManager.default.enumerator(
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

  /// The laws of `../shared/data/gesetze` as bytes, sorted by path; `LEICHTE_BENCH_FILES` limits
  /// their number (for profiling). Every throughput figure is measured on these.
  static func laws(_ shared: URL) throws -> [Data] {
    var files = files(below: shared.appendingPathComponent("data/gesetze"), extension: "md")
    if let limit = ProcessInfo.processInfo.environment["LEICHTE_BENCH_FILES"].flatMap(Int.init) {
      files = Array(files.prefix(limit))
    }
    return try files.map { try Data(contentsOf: $0) }
  }

  /// The `leichte` executable built next to this benchmark binary.
  static var leichteExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("leichte").path
  }

  static func requireShared() -> URL? {
    if Paths.shared == nil {
      print("\n(../shared fehlt: Messungen über geteilte Daten übersprungen)")
    }
    return Paths.shared
  }
}
