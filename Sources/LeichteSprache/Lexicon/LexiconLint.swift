import Foundation
import LeichteICU

/// Checks the lexicon files of a folder against the format of `Lexicons/README.md`.
///
/// Every `.tsv` file: a header with `Quelle`, `Lizenz`, `Erzeugt mit` and `Spalten`; a column
/// row; the same number of cells in every row; empty cells only in columns the header calls
/// optional (its description contains „leer“ or „optional“); UTF-8 in NFC; no space at the start
/// or end of a cell; no duplicate keys (first column); rows sorted by the first column with ICU's
/// German collation, ties by the whole line.
///
/// Replacement columns (`woerter.tsv` `ersatz`, `abkuerzungen.tsv` `ausgeschrieben`): no
/// replacement equal to its key, none with a word of more than 13 letters without a hyphen (it
/// would itself trigger the long-word rule) unless the word belongs to the basic vocabulary
/// (`grundwortschatz.tsv`: readers know it), none containing an abbreviation of
/// `abkuerzungen.tsv`, and written-out abbreviations of at most 6 words. Names of laws and
/// organisations (`art` recht or organisation) are proper names: they are written out as they
/// are officially called, so neither length check applies to them. `komposita.tsv`: the
/// parts must give the word. `gesetze.tsv` titles are official names and are not checked as
/// replacements.
public enum LexiconLint {
  public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// Stable check id: header, columns, empty-cell, utf8, nfc, whitespace, duplicate, order,
    /// self-replacement, long-word, abbreviation, too-long, split.
    public let check: String
    public let message: String

    public var description: String { "\(file):\(line): [\(check)] \(message)" }
  }

  /// Longest word (letters) a replacement may contain without a hyphen.
  public static let maximumLetters = 13
  /// Longest written-out abbreviation in words, unless it is the name of a law or organisation.
  public static let maximumExpansionWords = 6

  /// Lints every `.tsv` file of `directory`, in name order.
  public static func lint(directory: URL) throws -> [Finding] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".tsv") }.sorted()
    var basicVocabulary: Set<String> = []
    if let file = try? Lexicon.readTSV(directory, "grundwortschatz.tsv"),
      let word = try? file.column("wort")
    {
      basicVocabulary = Set(file.rows.map { $0[word].lowercased() })
    }
    var abbreviations = Abbreviations.empty
    if let file = try? Lexicon.readTSV(directory, "abkuerzungen.tsv") {
      abbreviations = (try? Abbreviations(tsv: file)) ?? .empty
    }
    let collator = ICU.Collator(locale: "de")
    var findings: [Finding] = []
    for name in names {
      let data = try Data(contentsOf: directory.appendingPathComponent(name))
      findings += lint(
        data: data, name: name, abbreviations: abbreviations, basicVocabulary: basicVocabulary,
        collator: collator)
    }
    return findings
  }

  /// Lints one file's bytes.
  public static func lint(
    data: Data, name: String, abbreviations: Abbreviations, basicVocabulary: Set<String> = [],
    collator: ICU.Collator = ICU.Collator(locale: "de")
  ) -> [Finding] {
    var findings: [Finding] = []
    func add(_ line: Int, _ check: String, _ message: String) {
      findings.append(Finding(file: name, line: line, check: check, message: message))
    }
    guard let text = String(validating: Array(data), as: UTF8.self) else {
      add(1, "utf8", "keine gültige UTF-8-Datei")
      return findings
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var header: [String] = []
    var index = 0
    while index < lines.count, lines[index].hasPrefix("#") {
      header.append(lines[index])
      index += 1
    }
    for field in ["Quelle:", "Lizenz:", "Erzeugt mit:", "Spalten:"]
    where !header.contains(where: {
      $0.dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix(field)
    }) {
      add(1, "header", "Kopfzeile „# \(field) …“ fehlt")
    }
    guard index < lines.count, !lines[index].isEmpty else {
      add(index + 1, "columns", "Zeile mit den Spaltennamen fehlt")
      return findings
    }
    let columns = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(
      String.init)
    // Column descriptions: "#   name – text".
    var optional = Set<Int>()
    for (column, columnName) in columns.enumerated() {
      let description = header.first { line in
        let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
        return body.hasPrefix(columnName + " –") || body.hasPrefix(columnName + " -")
      }
      if description == nil {
        add(index + 1, "header", "Spalte „\(columnName)“ ist im Kopf nicht beschrieben")
      } else if let description, description.contains("leer") || description.contains("optional") {
        optional.insert(column)
      }
    }
    let column = { (name: String) in columns.firstIndex(of: name) }
    var seen: [String: Int] = [:]
    var previous: (key: String, line: String)? = nil
    for lineIndex in (index + 1)..<lines.count {
      let line = lines[lineIndex]
      let number = lineIndex + 1
      if line.isEmpty {
        if lineIndex != lines.count - 1 { add(number, "columns", "leere Zeile") }
        continue
      }
      if line.hasPrefix("#") {
        add(number, "header", "Kommentarzeile nach dem Kopf")
        continue
      }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if cells.count != columns.count {
        add(number, "columns", "\(cells.count) Spalten statt \(columns.count)")
        continue
      }
      let units = Array(line.utf16)
      if let normalised = ICU.nfc(units), normalised != units { add(number, "nfc", "nicht in NFC") }
      for (position, cell) in cells.enumerated() {
        if cell.isEmpty {
          if !optional.contains(position) {
            add(number, "empty-cell", "Spalte „\(columns[position])“ ist leer")
          }
        } else if cell.first!.isWhitespace || cell.last!.isWhitespace {
          add(number, "whitespace", "Leerraum am Anfang oder Ende von „\(columns[position])“")
        }
      }
      let key = cells[0]
      if let first = seen[key] {
        add(number, "duplicate", "„\(key)“ steht schon in Zeile \(first)")
      } else {
        seen[key] = number
      }
      if let previous {
        let order = collator.compare(previous.key, key)
        if order > 0 || (order == 0 && collator.compare(previous.line, line) > 0) {
          add(number, "order", "„\(key)“ steht nach „\(previous.key)“ (deutsche Sortierung)")
        }
      }
      previous = (key, line)

      // Replacement checks.
      if name == "woerter.tsv", let replacement = column("ersatz") {
        checkReplacements(
          cells[replacement], key: key, line: number, isName: false, abbreviations: abbreviations,
          basicVocabulary: basicVocabulary, add: add)
      }
      if name == "abkuerzungen.tsv", let expansion = column("ausgeschrieben") {
        let kind = column("art").map { cells[$0] } ?? ""
        checkReplacements(
          cells[expansion], key: key, line: number,
          isName: kind == "recht" || kind == "organisation",
          abbreviations: abbreviations, basicVocabulary: basicVocabulary, add: add)
      }
      if name == "komposita.tsv", let split = column("zerlegung") {
        let parts = cells[split].split(separator: "·")
        if parts.joined().lowercased() != key.lowercased() {
          add(number, "split", "Zerlegung „\(cells[split])“ ergibt nicht „\(key)“")
        }
        if parts.dropFirst().contains(where: { $0.first?.isUppercase == true }) {
          add(number, "split", "nach dem Mediopunkt klein schreiben: „\(cells[split])“")
        }
      }
    }
    return findings
  }

  /// A word of the basic vocabulary, or an inflected form of one (adjective endings).
  static func isBasic(_ word: String, _ basicVocabulary: Set<String>) -> Bool {
    if basicVocabulary.contains(word) { return true }
    for ending in ["e", "en", "er", "es", "em"] where word.hasSuffix(ending) {
      if basicVocabulary.contains(String(word.dropLast(ending.count))) { return true }
    }
    return false
  }

  static func checkReplacements(
    _ cell: String, key: String, line: Int, isName: Bool, abbreviations: Abbreviations,
    basicVocabulary: Set<String>, add: (Int, String, String) -> Void
  ) {
    guard !cell.isEmpty else { return }
    for alternative in cell.split(separator: "|").map(String.init) {
      if alternative.lowercased() == key.lowercased() {
        add(line, "self-replacement", "„\(key)“ wird durch sich selbst ersetzt")
      }
      let words = alternative.split(separator: " ")
      if !isName && words.count > maximumExpansionWords {
        add(
          line, "too-long",
          "„\(alternative)“ hat \(words.count) Wörter (höchstens \(maximumExpansionWords))")
      }
      for word in words {
        let letters = word.filter(\.isLetter)
        if !isName && letters.count > maximumLetters && !word.contains("-") && !word.contains("·")
          && !isBasic(String(letters).lowercased(), basicVocabulary)
        {
          add(
            line, "long-word",
            "„\(word)“ in „\(alternative)“ ist länger als \(maximumLetters) Buchstaben ohne Bindestrich"
          )
        }
      }
      for (position, word) in words.enumerated() {
        let single = abbreviations.entry(
          for: word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:")))
        let pair =
          position + 1 < words.count
          ? abbreviations.entry(for: word + " " + words[position + 1]) : nil
        if let entry = pair ?? single,
          entry.abbreviation.contains(".")
            || entry.abbreviation.allSatisfy({ $0.isUppercase || $0.isNumber })
        {
          if entry.abbreviation.lowercased() != key.lowercased() || pair != nil || single != nil {
            add(
              line, "abbreviation", "„\(alternative)“ enthält die Abkürzung „\(entry.abbreviation)“"
            )
            break
          }
        }
      }
    }
  }
}
