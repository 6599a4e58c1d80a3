import ArgumentParser
import Foundation
import LeichteSprache

extension Leichte {
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Lesbarkeit messen: Flesch, Wiener Sachtextformeln, LIX, RIX, G-SMOG, LS-Index.",
      discussion: """
        Zählt Wörter, Sätze, Silben und lange Wörter nach einer festen, versionierten Zählweise \
        (leichte score --explain) und berechnet daraus die Lesbarkeitsformeln mit ihren \
        Bändern, die Satzlängen und das LS-Zielprofil. Das Zielprofil ist Orientierung, keine \
        Prüfung: Formeln bescheinigen keine Leichte Sprache.

        Formate: text (Tabelle), json (ein Objekt pro Dokument und Zeile, JSON Lines; Schlüssel \
        in snake_case, immer mit "conventions"), csv (eine Zeile pro Datei und eine Zeile \
        "gesamt" über alle Dateien; Dezimalpunkt, Komma als Trenner).
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Ausgabeformat: text, json oder csv.")
    var format: ScoreFormat = .text

    @Flag(name: .customLong("per-sentence"), help: "Zusätzlich die Werte jedes Satzes ausgeben.")
    var perSentence = false

    @Flag(name: .customLong("per-block"), help: "Zusätzlich die Werte jedes Abschnitts ausgeben.")
    var perBlock = false

    @Flag(name: .long, help: "Die Zählweise erklären (Wörter, Sätze, Silben, Formeln) und beenden.")
    var explain = false

    func run() throws {
      let output = FileOutput.standardOutput
      defer { output.flush() }
      if explain {
        output.write(CountingConventions.explanation + "\n")
        return
      }
      let lexicon = try common.loadLexicon([.abbreviations, .frequencies])
      let segmenter = Segmenter(lexicon: lexicon)
      var scorer = ReadabilityScorer(lexicon: lexicon)
      var detail: Readability.Detail = []
      if perSentence { detail.insert(.sentences) }
      if perBlock { detail.insert(.blocks) }
      var csv = CSVState(perSentence: perSentence)
      var total = ReadabilityTally()
      var documents = 0
      let showNames = common.inputs.count > 1
      for path in common.inputs {
        let reader = InputReader(path: path)
        // Scores one document (a file, or a line with --each-line) and writes its result.
        func emit(_ units: [UInt16], line: Int?) {
          let (readability, tally) = scorer.evaluate(
            blocks: segmenter.blocks(utf16: units, offset: 0), detail: detail)
          total += tally
          documents += 1
          switch format {
          case .json:
            output.write(
              ScoreRenderer.json(readability, source: reader.displayName, line: line) + "\n")
          case .csv: csv.write(readability, source: reader.displayName, line: line, to: output)
          case .text:
            if let line {
              output.write(
                ScoreRenderer.line(
                  readability, source: showNames ? reader.displayName : nil, line: line))
            } else {
              if showNames {
                output.write((documents > 1 ? "\n" : "") + "==> \(reader.displayName) <==\n")
              }
              output.write(ScoreRenderer.text(readability))
            }
          }
        }
        if common.eachLine {
          try reader.forEachLine { number, units in emit(units, line: number) }
          continue
        }
        let units = try reader.readAll()
        guard !units.isEmpty else { continue }
        emit(units, line: nil)
      }
      if format == .csv && documents > 0 {
        csv.write(Readability(total), source: "gesamt", line: nil, to: output)
      }
    }
  }
}

enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, csv
}

/// The CSV table: a header before the first row.
struct CSVState {
  let perSentence: Bool
  var wroteHeader = false

  static let columns: [String] = {
    var columns: [String] = [
      "source", "line", "block", "sentence", "words", "sentences", "sentence_units", "syllables",
      "long_words", "polysyllabic_words", "monosyllabic_words", "asl", "asw", "long_word_percent",
      "median_sentence_length", "p90_sentence_length", "over_15_percent",
    ]
    columns += Readability.Scores.keys
    columns.append("conventions")
    return columns
  }()

  mutating func write(_ r: Readability, source: String, line: Int?, to output: FileOutput) {
    if !wroteHeader {
      output.write(CSVState.columns.joined(separator: ",") + "\n")
      wroteHeader = true
    }
    output.write(row(source: source, line: line, block: nil, sentence: nil, r.values) + "\n")
    if perSentence, let sentences = r.sentences {
      for (index, sentence) in sentences.enumerated() {
        output.write(
          row(
            source: source, line: line, block: sentence.block, sentence: index + 1, sentence.values)
            + "\n")
      }
    }
  }

  private func row(source: String, line: Int?, block: Int?, sentence: Int?, _ v: Readability.Values)
    -> String
  {
    let c = v.counts
    var cells: [String] = [ScoreRenderer.csvField(source)]
    cells.append(line.map(String.init) ?? "")
    cells.append(block.map(String.init) ?? "")
    cells.append(sentence.map(String.init) ?? "")
    let counts: [Int] = [
      c.words, c.sentences, c.sentenceUnits, c.syllables, c.longWords, c.polysyllabicWords,
      c.monosyllabicWords,
    ]
    cells += counts.map(String.init)
    cells.append(ScoreRenderer.number(v.components.asl))
    cells.append(ScoreRenderer.number(v.components.asw))
    cells.append(ScoreRenderer.number(v.components.longWordPercent))
    cells.append(ScoreRenderer.number(v.sentenceLengths.median))
    cells.append(v.sentenceLengths.p90.map(String.init) ?? "")
    cells.append(ScoreRenderer.number(v.sentenceLengths.over15Percent))
    cells += Readability.Scores.keys.map { ScoreRenderer.number(v.scores[$0]) }
    cells.append(CountingConventions.version)
    return cells.joined(separator: ",")
  }
}

/// Renders scores as German text, JSON and CSV cells.
enum ScoreRenderer {
  static let names: [String: String] = [
    "fre_amstad": "Flesch (Amstad)",
    "wstf1": "1. Wiener Sachtextformel",
    "wstf2": "2. Wiener Sachtextformel",
    "wstf3": "3. Wiener Sachtextformel",
    "wstf4": "4. Wiener Sachtextformel",
    "lix": "LIX",
    "rix": "RIX",
    "gsmog": "G-SMOG",
    "gunning_fog": "Gunning Fog (nur Vergleich)",
    "ls_index": "LS-Index",
  ]

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// One JSON object on one line, with the source (and the line number with --each-line).
  static func json(_ r: Readability, source: String, line: Int?) -> String {
    struct Record: Encodable {
      let source: String
      let line: Int?
      let readability: Readability
      enum Keys: String, CodingKey { case source, line }
      func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(source, forKey: .source)
        if let line { try c.encode(line, forKey: .line) }
        try readability.encode(to: encoder)
      }
    }
    // Encoding plain values cannot fail.
    let data =
      (try? encoder.encode(Record(source: source, line: line, readability: r))) ?? Data("null".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// A number with two decimals and a decimal point (CSV), empty when missing.
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return String(format: "%.2f", Readability.rounded(value))
  }

  /// A number with two decimals and a German decimal comma, "–" when missing.
  static func german(_ value: Double?, digits: Int = 2) -> String {
    guard let value, value.isFinite else { return "–" }
    return String(format: "%.\(digits)f", Readability.rounded(value)).replacingOccurrences(
      of: ".", with: ",")
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private static func padLeft(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  /// The readable table of one document.
  static func text(_ r: Readability) -> String {
    var out = "Lesbarkeit (Zählweise \(r.conventions), Erklärung: leichte score --explain)\n"
    let c = r.counts
    out += "\nZählung\n"
    let countRows: [(String, Int)] = [
      ("Wörter", c.words), ("Sätze", c.sentences), ("Satzeinheiten (für RIX)", c.sentenceUnits),
      ("Silben", c.syllables), ("Lange Wörter (mehr als 6 Buchstaben)", c.longWords),
      ("Wörter mit 3 oder mehr Silben", c.polysyllabicWords),
      ("Einsilbige Wörter", c.monosyllabicWords),
    ]
    for (name, value) in countRows { out += "  " + pad(name, 40) + padLeft("\(value)", 10) + "\n" }
    guard c.words > 0 else {
      return out + "\nKein Wort gefunden: Es gibt keine Werte.\n"
    }
    let k = r.components
    out += "\nKennwerte\n"
    let componentRows: [(String, String)] = [
      ("Wörter je Satz (ASL)", german(k.asl)), ("Silben je Wort (ASW)", german(k.asw)),
      ("Buchstaben je Wort", german(k.lettersPerWord)),
      ("Anteil lange Wörter", german(k.longWordPercent) + " %"),
      ("Anteil Wörter mit 3 oder mehr Silben", german(k.polysyllabicPercent) + " %"),
      ("Anteil einsilbige Wörter", german(k.monosyllabicPercent) + " %"),
    ]
    for (name, value) in componentRows { out += "  " + pad(name, 40) + padLeft(value, 10) + "\n" }
    let s = r.sentenceLengths
    out += "\nSatzlängen (Wörter je Satz)\n"
    out +=
      "  Mittelwert \(german(s.mean)), Median \(german(s.median, digits: 1)), 90. Perzentil \(s.p90.map(String.init) ?? "–"), längster Satz \(s.max.map(String.init) ?? "–")\n"
    out +=
      "  Sätze mit mehr als 10 Wörtern: \(german(s.over10Percent)) %, mit mehr als 15 Wörtern: \(german(s.over15Percent)) %\n"
    out += "\n" + pad("Formeln", 32) + padLeft("Wert", 8) + "  " + pad("Band", 18) + "Bedeutung\n"
    for key in Readability.Scores.keys {
      let band = r.bands[key]
      out +=
        "  " + pad(names[key] ?? key, 30) + padLeft(german(r.scores[key]), 8) + "  "
        + pad(band?.label ?? "–", 18) + (band?.interpretation ?? "") + "\n"
    }
    out += "\nLS-Zielprofil – \(r.lsProfile.note)\n"
    for target in r.lsProfile.targets {
      let status = target.met.map { $0 ? "erfüllt" : "nicht erfüllt" } ?? "kein Wert"
      let goal =
        "\(target.label) \(target.comparison == "<=" ? "≤" : "≥") \(german(target.threshold, digits: target.threshold == target.threshold.rounded() ? 0 : 1))"
      out += "  " + pad(status, 15) + pad(goal, 52) + padLeft(german(target.value), 8) + "\n"
    }
    out += "  \(r.lsProfile.met) von \(r.lsProfile.measured) Zielen erfüllt.\n"
    if let blocks = r.blocks {
      out += "\nAbschnitte\n"
      for block in blocks {
        out +=
          "  " + padLeft("\(block.index + 1)", 4) + "  " + summary(block.values)
          + "  (\(block.kind.rawValue))\n"
      }
    }
    if let sentences = r.sentences {
      out += "\nSätze\n"
      for (index, sentence) in sentences.enumerated() {
        out +=
          "  " + padLeft("\(index + 1)", 4) + "  " + summary(sentence.values) + "  │ "
          + sentence.text + "\n"
      }
    }
    return out
  }

  /// One line of values: words, FRE, WSTF1, LIX, LS-Index.
  static func summary(_ v: Readability.Values) -> String {
    padLeft("\(v.counts.words)", 4) + " Wörter · Flesch "
      + padLeft(german(v.scores.freAmstad, digits: 1), 6)
      + " · WSTF1 " + padLeft(german(v.scores.wstf1, digits: 1), 5) + " · LIX "
      + padLeft(german(v.scores.lix, digits: 1), 5)
      + " · LS-Index " + padLeft(german(v.scores.lsIndex, digits: 1), 5)
  }

  /// --each-line with text output: one line per input line.
  static func line(_ r: Readability, source: String?, line: Int) -> String {
    var out = source.map { "\($0):" } ?? ""
    out += "Zeile \(line): "
    out += summary(r.values) + "\n"
    if let sentences = r.sentences {
      for (index, sentence) in sentences.enumerated() {
        out +=
          "  " + padLeft("\(index + 1)", 4) + "  " + summary(sentence.values) + "  │ "
          + sentence.text + "\n"
      }
    }
    return out
  }
}
