import ArgumentParser
import Foundation
import LeichteSprache

extension Leichte {
  struct Simplify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Einen Entwurf in Leichter Sprache schreiben, mit allen Änderungen und Fakten-Prüfung.",
      discussion: """
        Die Regeln schlagen Änderungen vor; leichte wendet sie in Durchgängen an, bis sich nichts \
        mehr ändert. Jede Änderung nennt ihre Regel, den Text vorher und nachher, die Stelle in der \
        Eingabe und ihren Beleg (Lexikon-Datei:Zeile oder Muster). Was nicht sicher umgeschrieben \
        werden kann, bleibt als Hinweis stehen.

        Formate: txt (ein Satz pro Zeile), md (Markdown), html (eine barrierearme Seite), json \
        (Schlüssel output, text, changes, explanations, remaining, facts, scores, \
        findings_per_100_words; Bereiche in UTF-16-Codeeinheiten). --explain hängt an txt und md \
        eine lesbare Liste der Änderungen an.

        Fakten: Daten, Uhrzeiten, Beträge, Prozente, Fristen, Telefon-Nummern, E-Mails, Links, \
        Aktenzeichen, Paragrafen und Namen der Eingabe müssen in der Ausgabe stehen. Fehlt einer \
        oder ist einer erfunden, meldet leichte das auf der Standardfehlerausgabe und endet mit \
        Exit-Code 1 (die Ausgabe wird trotzdem geschrieben).

        Der Text ist immer ein Entwurf: Menschen aus der Ziel-Gruppe müssen ihn prüfen.
        """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Ausgabeformat: txt, md, html oder json.")
    var format: DraftFormat = .txt

    @Option(
      name: [.short, .long], help: "Ausgabe in diese Datei schreiben statt auf die Standardausgabe."
    )
    var output: String?

    @Flag(name: .long, help: "Die Änderungen als lesbare Liste anhängen (nur txt und md).")
    var explain = false

    @Option(
      name: .long,
      help: "Profil-Datei (JSON). Ohne Angabe: .leichte.json im aktuellen Ordner, falls vorhanden.")
    var profile: String?

    @Option(
      name: .long,
      help: "Trenn-Zeichen in langen Wörtern: hyphen oder mediopunkt (Vorgabe: Profil).")
    var joiner: SimplifyOptions.Joiner?

    @Flag(name: .customLong("no-draft-header"), help: "Ohne den Entwurfs-Hinweis am Anfang.")
    var noDraftHeader = false

    @Flag(name: .long, help: "Eine Prüf-Liste für die Prüfer anhängen.")
    var checklist = false

    @Flag(
      name: .long,
      help: "Den Hinweis anhängen, dass nur der Text in schwerer Sprache gilt (für Bescheide).")
    var disclaimer = false

    @Flag(name: .customLong("no-glossary"), help: "Ohne Erklärungen und ohne Wörter-Buch.")
    var noGlossary = false

    func validate() throws {
      if explain && (format == .html || format == .json) {
        throw ValidationError(
          "--explain geht nur mit --format txt oder md; JSON enthält die Änderungen schon.")
      }
      if format == .html && common.inputs.count > 1 {
        throw ValidationError(
          "HTML wird für eine Datei geschrieben. Für viele Dateien: leichte batch.")
      }
      if format == .html && common.eachLine {
        throw ValidationError("--each-line geht mit txt, md oder json.")
      }
    }

    func run() throws {
      var loadedProfile = try ProfileLoader.load(explicit: profile)
      if let joiner { loadedProfile.simplify.joiner = joiner }
      if noDraftHeader { loadedProfile.simplify.draftHeader = false }
      if checklist { loadedProfile.simplify.checklist = true }
      if disclaimer, loadedProfile.simplify.disclaimer == nil {
        loadedProfile.simplify.disclaimer = SimplifyOptions.defaultDisclaimer
      }
      if noGlossary { loadedProfile.simplify.glossary = false }
      let engine = try EngineLoader.load(common, profile: loadedProfile)
      let sink = try OutputSink(path: output)
      var factErrors = false
      for (index, path) in common.inputs.enumerated() {
        let reader = InputReader(path: path)
        if common.eachLine {
          try reader.forEachLine { number, units in
            let draft = engine.draft(String(decoding: units, as: UTF16.self))
            factErrors = report(draft, reader.displayName, line: number) || factErrors
            sink.write(renderLine(draft, source: reader.displayName, line: number))
          }
        } else {
          let draft = engine.draft(String(decoding: try reader.readAll(), as: UTF16.self))
          factErrors = report(draft, reader.displayName, line: nil) || factErrors
          if common.inputs.count > 1 && format != .json {
            sink.write((index > 0 ? "\n" : "") + "==> \(reader.displayName) <==\n")
          }
          var text = draft.render(format, source: reader.displayName)
          if explain { text += "\n" + ChangeList.render(draft, markdown: format == .md) }
          sink.write(text)
        }
      }
      try sink.finish()
      if factErrors { throw ExitCode(1) }
    }

    /// One output line per input line: the rewritten sentences joined by a space (txt, md), or
    /// one JSON object with `line` (JSON Lines).
    func renderLine(_ draft: Draft, source: String, line: Int) -> String {
      switch format {
      case .json:
        return draft.renderJSON(source: source, line: line)
      default:
        let sentences = draft.simplification.output.blocks.flatMap(\.sentences).map(\.text)
        return sentences.joined(separator: " ") + "\n"
      }
    }

    /// Writes fact errors to standard error; true when there were any.
    func report(_ draft: Draft, _ source: String, line: Int?) -> Bool {
      let facts = draft.simplification.facts
      guard !facts.isComplete else { return false }
      let place = line.map { "\(source):\($0)" } ?? source
      for fact in facts.missing {
        reportError("\(place): Fehler: \(fact.kindName) „\(fact.text)“ fehlt in der Ausgabe.")
      }
      for fact in facts.invented {
        reportError("\(place): Fehler: \(fact.kindName) „\(fact.text)“ steht nicht in der Eingabe.")
      }
      return true
    }
  }
}

extension DraftFormat: ExpressibleByArgument {}
extension SimplifyOptions.Joiner: ExpressibleByArgument {}

/// Builds the engine from the common options: all lexicon parts plus the rule data.
enum EngineLoader {
  static func load(_ common: CommonOptions, profile: Profile) throws -> Engine {
    let lexicon = try common.loadLexicon(Engine.lexiconParts)
    return Engine(lexicon: lexicon, ruleData: try loadRuleData(lexicon), profile: profile)
  }

  /// The rule data next to the lexicon; a broken file exits with 78.
  static func loadRuleData(_ lexicon: Lexicon) throws -> RuleData {
    do {
      return try RuleData.load(from: lexicon.sources.first ?? URL(fileURLWithPath: "."))
    } catch {
      reportError("Lexikon fehlerhaft: \(error)")
      throw SysExit.config
    }
  }
}

/// A readable list of the changes of a draft (`--explain`).
enum ChangeList {
  static func render(_ draft: Draft, markdown: Bool) -> String {
    let changes = draft.simplification.changes
    var lines = [(markdown ? "## " : "") + "Änderungen (\(changes.count))"]
    if changes.isEmpty { lines.append("Keine Änderungen.") }
    for (index, change) in changes.enumerated() {
      let status =
        change.status == .applied ? "" : " (übersprungen: überlappt eine andere Änderung)"
      lines.append(
        "\(index + 1). [\(change.rule)] „\(change.before)“ → „\(change.after)“\(status)")
      lines.append("   Stelle: \(change.range), Durchgang \(change.pass)")
      lines.append("   Grund: \(change.reason)")
      if let evidence = change.evidence { lines.append("   Beleg: \(evidence)") }
    }
    let explanations = draft.simplification.explanations
    if !explanations.isEmpty {
      lines.append("")
      lines.append((markdown ? "## " : "") + "Erklärte Wörter (\(explanations.count))")
      for explanation in explanations {
        let evidence = explanation.evidence.map { " – Beleg: \($0)" } ?? ""
        lines.append("- \(explanation.headword) [\(explanation.rule)]\(evidence)")
      }
    }
    let facts = draft.simplification.facts
    lines.append("")
    lines.append(
      (markdown ? "## " : "")
        + "Fakten: \(facts.kept.count) erhalten, \(facts.missing.count) fehlen, "
        + "\(facts.invented.count) erfunden")
    lines.append(
      "Offene Hinweise: \(draft.simplification.remaining.count) "
        + "(vorher \(draft.simplification.findingsBefore.count))")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Standard output, or a file written atomically (temporary file, then rename).
final class OutputSink {
  let path: String?
  private var buffer = ""
  private let output: FileOutput?

  init(path: String?) throws {
    self.path = path
    output = path == nil ? FileOutput.standardOutput : nil
  }

  func write(_ string: String) {
    if let output { output.write(string) } else { buffer += string }
  }

  func finish() throws {
    if let output {
      output.flush()
      return
    }
    guard let path else { return }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try Data(buffer.utf8).write(to: temporary)
      // rename(2) replaces the target atomically; readers see the old or the new file.
      guard rename(temporary.path, url.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      reportError("\(path): kann nicht geschrieben werden: \(error.localizedDescription)")
      throw SysExit.ioError
    }
  }
}
