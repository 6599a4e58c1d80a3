import ArgumentParser
import LeichteSprache

extension Leichte {
  struct DumpProfile: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dump-profile",
      abstract: "Das Standard-Profil mit allen Schwellenwerten und ihren Beschreibungen ausgeben.",
      discussion: """
        Ohne Option: eine Tabelle mit Schlüsseln, Vorgaben und Beschreibungen. Mit --format json: \
        ein ladbares Profil (leichte dump-profile --format json > .leichte.json).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: "Ausgabeformat: text (mit Beschreibungen) oder json (ladbar).")
    var format: Format = .text

    func run() throws {
      let output = FileOutput.standardOutput
      defer { output.flush() }
      if format == .json {
        output.write(Profile.default.json())
        return
      }
      var lines = [
        "Profil-Datei: --profile DATEI oder .leichte.json im aktuellen Ordner. Unbekannte Schlüssel sind ein Fehler.",
        "",
      ]
      for (key, description) in Profile.keys { lines.append("\(key): \(description)") }
      lines += ["", "Regeln (für \"disabled\" und \"severities\"):"]
      for rule in RuleCatalog.all {
        lines.append("  \(rule.id) – \(rule.title) (Vorgabe: \(rule.severity.rawValue))")
      }
      lines += ["", "Schwellenwerte (für \"thresholds\"):"]
      for rule in RuleCatalog.all {
        for threshold in rule.thresholds {
          lines.append(
            "  \(threshold.key) = \(format(threshold.defaultValue)) – \(threshold.description)")
        }
      }
      lines += ["", "Entwurf (für \"simplify\"):"]
      for (key, description) in SimplifyOptions.keys { lines.append("  \(key): \(description)") }
      lines += ["", "Vorgaben als JSON:", Profile.default.json()]
      output.write(lines.joined(separator: "\n"))
    }

    func format(_ value: Double) -> String {
      value == value.rounded() ? String(Int(value)) : String(value)
    }
  }
}
