import ArgumentParser
import Foundation
import LeichteSprache

extension Leichte {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Text nach den Regeln der Leichten Sprache prüfen.",
      discussion: """
        Textausgabe: eine Zeile pro Fund im Format DATEI:ZEILE:SPALTE: SCHWERE: MELDUNG [regel-id], \
        danach eine Zusammenfassung je Regel und die Dichte (Funde pro 100 Wörter). Zeile und Spalte \
        zählen ab 1; die Spalte zählt Zeichen (Graphem-Cluster, wie ein Editor sie zeigt) im \
        normalisierten Text. SCHWERE ist error (Verstoß), warning (Warnung) oder note (Hinweis), wie \
        bei Compilern, damit Editoren und CI die Zeilen erkennen.

        JSON-Ausgabe: ein Objekt pro Datei mit "source", "findings" (je Fund "rule", "severity", \
        "message", "range", "line", "column", "suggestions") und "summary". "range" ist \
        [Anfang, Ende) in UTF-16-Codeeinheiten des normalisierten Textes. Mit --each-line ist jede \
        Eingabezeile ein eigenes Dokument (JSON Lines, ein Objekt pro Zeile mit "line").

        Profil: --profile DATEI, sonst .leichte.json im aktuellen Ordner, sonst die Vorgaben \
        (leichte dump-profile). Exit-Code 1, wenn Funde ab der Schwere von --fail-on bleiben.
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Ausgabeformat: text oder json.")
    var format: OutputFormat = .text

    @Option(
      name: .long,
      help: "Profil-Datei (JSON). Ohne Angabe: .leichte.json im aktuellen Ordner, falls vorhanden.")
    var profile: String?

    @Option(
      name: .customLong("fail-on"),
      help: "Exit-Code 1 ab dieser Schwere: violation, warning, hint oder never.")
    var failOn: FailLevel = .violation

    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
      case violation, warning, hint, never
      var threshold: Severity? {
        switch self {
        case .violation: .violation
        case .warning: .warning
        case .hint: .hint
        case .never: nil
        }
      }
    }

    func run() throws {
      let loadedProfile = try ProfileLoader.load(explicit: profile)
      let lexicon = try common.loadLexicon([.abbreviations, .lemmas, .basicVocabulary])
      let ruleData = try EngineLoader.loadRuleData(lexicon)
      let segmenter = Segmenter(lexicon: lexicon)
      let checker = RuleChecker(
        analyzer: Analyzer(lexicon: lexicon, ruleData: ruleData), profile: loadedProfile)
      let output = FileOutput.standardOutput
      defer { output.flush() }
      var failing = false
      var total = CheckSummary()
      for path in common.inputs {
        let reader = InputReader(path: path)
        if common.eachLine {
          try reader.forEachLine { number, units in
            let document = segmenter.segment(utf16: units)
            let findings = checker.check(document)
            var summary = CheckSummary()
            summary.add(findings, words: document.sentences.reduce(0) { $0 + $1.wordCount })
            total.merge(summary)
            failing = failing || isFailing(findings)
            let lines = LineIndex(document.text, firstLine: number)
            switch format {
            case .text: CheckRenderer.writeText(reader.displayName, findings, lines, to: output)
            case .json:
              output.write(
                CheckRenderer.json(
                  source: reader.displayName, line: number, findings, lines, summary) + "\n")
            }
          }
        } else {
          let document = segmenter.segment(utf16: try reader.readAll())
          let findings = checker.check(document)
          var summary = CheckSummary()
          summary.add(findings, words: document.sentences.reduce(0) { $0 + $1.wordCount })
          total.merge(summary)
          failing = failing || isFailing(findings)
          let lines = LineIndex(document.text, firstLine: 1)
          switch format {
          case .text: CheckRenderer.writeText(reader.displayName, findings, lines, to: output)
          case .json:
            output.write(
              CheckRenderer.json(source: reader.displayName, line: nil, findings, lines, summary)
                + "\n")
          }
        }
      }
      if format == .text { output.write(total.text()) }
      if failing { throw ExitCode(1) }
    }

    func isFailing(_ findings: [Finding]) -> Bool {
      guard let level = failOn.threshold else { return false }
      return findings.contains { $0.severity >= level }
    }
  }
}

/// Finds and reads the profile: `--profile FILE`, else `.leichte.json` in the current folder.
enum ProfileLoader {
  static func load(explicit: String?) throws -> Profile {
    let path: String
    if let explicit {
      path = explicit
    } else if FileManager.default.fileExists(atPath: ".leichte.json") {
      path = ".leichte.json"
    } else {
      return .default
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      reportError("Profil \(path) nicht gefunden oder nicht lesbar.")
      throw SysExit.config
    }
    do {
      return try Profile.parse(data)
    } catch {
      reportError("Profil \(path) fehlerhaft: \(error.description)")
      throw SysExit.config
    }
  }
}

/// Line and column (1-based, columns in characters) of UTF-16 offsets.
struct LineIndex {
  let units: [UInt16]
  let lineStarts: [Int]
  let firstLine: Int

  init(_ text: String, firstLine: Int) {
    units = Array(text.utf16)
    var starts = [0]
    for (i, unit) in units.enumerated() where unit == 0x0A { starts.append(i + 1) }
    lineStarts = starts
    self.firstLine = firstLine
  }

  func position(_ offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    let prefix = String(decoding: units[lineStarts[low]..<min(offset, units.count)], as: UTF16.self)
    return (firstLine + low, prefix.count + 1)
  }
}

/// Counts per rule and severity, and words, for the summary.
struct CheckSummary {
  var words = 0
  var byRule: [RuleID: [Severity: Int]] = [:]

  var findings: Int { byRule.values.reduce(0) { $0 + $1.values.reduce(0, +) } }
  func count(_ severity: Severity) -> Int { byRule.values.reduce(0) { $0 + ($1[severity] ?? 0) } }
  var density: Double { words == 0 ? 0 : Double(findings) * 100 / Double(words) }
  var violationDensity: Double { words == 0 ? 0 : Double(count(.violation)) * 100 / Double(words) }

  mutating func add(_ findings: [Finding], words: Int) {
    self.words += words
    for finding in findings {
      byRule[finding.rule, default: [:]][finding.severity, default: 0] += 1
    }
  }

  mutating func merge(_ other: CheckSummary) {
    words += other.words
    for (rule, counts) in other.byRule {
      for (severity, n) in counts { byRule[rule, default: [:]][severity, default: 0] += n }
    }
  }

  /// Rules in catalogue order.
  var orderedRules: [RuleID] {
    let order = RuleCatalog.all.map(\.id)
    return order.filter { byRule[$0] != nil }
  }

  func text() -> String {
    var lines = [
      "",
      "Zusammenfassung: \(findings) Funde in \(words) Wörtern (\(String(format: "%.1f", density)) pro 100 Wörter; Verstöße: \(String(format: "%.1f", violationDensity)) pro 100 Wörter).",
    ]
    for rule in orderedRules {
      let counts = byRule[rule] ?? [:]
      let parts = Severity.allCases.reversed().compactMap { s in
        counts[s].map { "\($0) \(s.germanName)" }
      }
      lines.append("  \(rule): \(parts.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

enum CheckRenderer {
  static func compilerName(_ severity: Severity) -> String {
    switch severity {
    case .violation: "error"
    case .warning: "warning"
    case .hint: "note"
    }
  }

  static func writeText(
    _ source: String, _ findings: [Finding], _ lines: LineIndex, to output: FileOutput
  ) {
    for finding in findings {
      let (line, column) = lines.position(finding.range.start)
      output.write(
        "\(source):\(line):\(column): \(compilerName(finding.severity)): \(finding.message) [\(finding.rule)]\n"
      )
    }
  }

  static func json(
    source: String, line: Int?, _ findings: [Finding], _ lines: LineIndex, _ summary: CheckSummary
  ) -> String {
    var parts: [String] = []
    for finding in findings {
      let (l, c) = lines.position(finding.range.start)
      parts.append(
        "{\"rule\":\(string(finding.rule.rawValue)),\"severity\":\(string(finding.severity.rawValue)),\"message\":\(string(finding.message)),\"range\":[\(finding.range.start),\(finding.range.end)],\"line\":\(l),\"column\":\(c),\"suggestions\":[\(finding.suggestions.map(string).joined(separator: ","))]}"
      )
    }
    let rules = summary.orderedRules.map { rule -> String in
      let counts = summary.byRule[rule] ?? [:]
      return "\(string(rule.rawValue)):{"
        + Severity.allCases.map { "\"\($0.rawValue)\":\(counts[$0] ?? 0)" }.joined(separator: ",")
        + "}"
    }
    let summaryJSON =
      "{\"words\":\(summary.words),\"findings\":\(summary.findings),\"violations\":\(summary.count(.violation)),\"warnings\":\(summary.count(.warning)),\"hints\":\(summary.count(.hint)),\"per100Words\":\(String(format: "%.2f", summary.density)),\"violationsPer100Words\":\(String(format: "%.2f", summary.violationDensity)),\"rules\":{\(rules.joined(separator: ","))}}"
    let lineField = line.map { ",\"line\":\($0)" } ?? ""
    return
      "{\"source\":\(string(source))\(lineField),\"findings\":[\(parts.joined(separator: ","))],\"summary\":\(summaryJSON)}"
  }

  static func string(_ value: String) -> String { SegmentRenderer.json(value) }
}
