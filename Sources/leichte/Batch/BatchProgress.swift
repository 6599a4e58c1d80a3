import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How progress is shown.
enum ProgressMode: String, CaseIterable, Sendable {
  /// A bar on standard error when it is a terminal, nothing otherwise.
  case auto
  case bar
  /// One JSON object per document on standard output (JSON Lines).
  case json
  case none
}

/// Counts finished documents and shows progress: a redrawn line on a terminal (documents
/// done/total, MB/s, remaining time, failures so far) or JSON lines.
final class BatchProgress: @unchecked Sendable {
  private let lock = NSLock()
  private let mode: ProgressMode
  private let total: Int
  private let start = Date()
  private var done = 0
  private var failures = 0
  private var bytes = 0
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(mode: ProgressMode, total: Int) {
    switch mode {
    case .auto: self.mode = isatty(2) == 1 ? .bar : .none
    default: self.mode = mode
    }
    self.total = total
  }

  func finished(_ record: DocumentRecord, skipped: Bool, seconds: Double) {
    lock.withLock {
      done += 1
      if record.status == .failed { failures += 1 }
      bytes += record.bytes
      switch mode {
      case .json:
        var line =
          "{\"event\":\"document\",\"path\":\(BatchJSON.string(record.path)),\"status\":\"\(skipped ? "skipped" : record.status.rawValue)\""
        if let reason = record.reason { line += ",\"reason\":\(BatchJSON.string(reason))" }
        line +=
          ",\"bytes\":\(record.bytes),\"seconds\":\(BatchText.decimal(seconds, digits: 3)),\"done\":\(done),\"total\":\(total),\"failed\":\(failures)}\n"
        FileOutput.standardOutput.write(line)
        FileOutput.standardOutput.flush()
      case .bar:
        let now = Date()
        if done == total || now.timeIntervalSince(lastDraw) >= 0.1 {
          lastDraw = now
          draw(now)
        }
      case .auto, .none: break
      }
    }
  }

  /// Ends the bar line (before other messages).
  func finish() {
    lock.withLock {
      if mode == .bar && drawn {
        FileOutput.standardError.write("\n")
        drawn = false
      }
    }
  }

  private func draw(_ now: Date) {
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let width = 24
    let filled = total == 0 ? width : done * width / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let rate = Double(bytes) / 1_000_000 / elapsed
    let remaining = done == 0 ? nil : elapsed / Double(done) * Double(total - done)
    let eta = remaining.map { "noch \(BatchText.duration($0))" } ?? "noch –"
    let failed = failures == 1 ? "1 Fehler" : "\(failures) Fehler"
    FileOutput.standardError.write(
      "\r\u{1B}[2K\(bar) \(done)/\(total) · \(BatchText.decimal(rate, digits: 1, german: true)) MB/s · \(eta) · \(failed)"
    )
    drawn = true
  }
}

/// Small formatting helpers for batch output.
enum BatchText {
  static func decimal(_ value: Double, digits: Int, german: Bool = false) -> String {
    let text = String(format: "%.\(digits)f", value)
    return german ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : decimal(value, digits: 1, german: true)
  }

  static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return String(format: "%d:%02d", total / 60, total % 60)
  }
}

/// JSON string literals for hand-written JSON.
enum BatchJSON {
  static func string(_ value: String) -> String { SegmentRenderer.json(value) }
}
