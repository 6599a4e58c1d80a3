import ArgumentParser
import LeichteSprache

extension Leichte {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Den Regel-Katalog ausgeben (Markdown oder JSON), erzeugt aus den Regeln selbst.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @Option(name: .long, help: "Ausgabeformat: markdown oder json.")
    var format: Format = .markdown

    func run() throws {
      let output = FileOutput.standardOutput
      defer { output.flush() }
      switch format {
      case .markdown: output.write(markdown())
      case .json: output.write(json() + "\n")
      }
    }

    func markdown() -> String {
      var lines = [
        "# Regeln der Leichten Sprache", "", "| Kennung | Titel | Schwere | Quelle |",
        "|---|---|---|---|",
      ]
      for rule in RuleCatalog.all {
        lines.append(
          "| `\(rule.id)` | \(rule.title) | \(rule.severity.germanName) | \(rule.reference) |")
      }
      for rule in RuleCatalog.all {
        lines += [
          "", "## \(rule.title) (`\(rule.id)`)", "", rule.rationale, "",
          "- Quelle: \(rule.reference)", "- Schwere: \(rule.severity.germanName)",
        ]
        for threshold in rule.thresholds {
          lines.append(
            "- Schwellenwert `\(threshold.key)` = \(format(threshold.defaultValue)): \(threshold.description)"
          )
        }
        lines.append("")
        lines.append("Beispiele:")
        for example in rule.examples {
          let mark = example.kind == .ok ? "✓" : "✗"
          lines.append("- \(mark) \(example.marked.replacingOccurrences(of: "\n", with: " ⏎ "))")
        }
      }
      return lines.joined(separator: "\n") + "\n"
    }

    func json() -> String {
      let s = SegmentRenderer.json
      let rules = RuleCatalog.all.map { rule -> String in
        let thresholds = rule.thresholds.map {
          "{\"key\":\(s($0.key)),\"default\":\(format($0.defaultValue)),\"description\":\(s($0.description))}"
        }
        let examples = rule.examples.map { example -> String in
          let kind = example.kind == .ok ? "ok" : "flags"
          let ranges = example.expectedRanges.map { "[\($0.start),\($0.end)]" }.joined(
            separator: ",")
          return "{\"kind\":\"\(kind)\",\"text\":\(s(example.text)),\"ranges\":[\(ranges)]}"
        }
        return
          "{\"id\":\(s(rule.id.rawValue)),\"title\":\(s(rule.title)),\"rationale\":\(s(rule.rationale)),\"reference\":\(s(rule.reference)),\"severity\":\(s(rule.severity.rawValue)),\"thresholds\":[\(thresholds.joined(separator: ","))],\"examples\":[\(examples.joined(separator: ","))]}"
      }
      return "{\"rules\":[\(rules.joined(separator: ","))]}"
    }

    func format(_ value: Double) -> String {
      value == value.rounded() ? String(Int(value)) : String(value)
    }
  }
}
