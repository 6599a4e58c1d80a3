import Foundation
import ZIPFoundation

/// Reads a Word document (.docx, Office Open XML): unpacks the main document, its styles and its
/// numbering with ZIPFoundation (within `ArchiveLimits`) and reads them with `XMLEvents`.
///
/// - Headings: paragraphs whose style (or a style it is based on) is a heading (`heading 1`,
///   `Überschrift 1`, `Title`) or has an outline level.
/// - Lists: numbered paragraphs (`w:numPr` on the paragraph or its style); bullets become `- `,
///   numbers `1.`, letters `a)`, Roman numerals `I.`, counted per list and level.
/// - Text: runs, tabs (as spaces), line breaks; tracked deletions, field instructions and the
///   fallback copies of `mc:AlternateContent` are left out. Text boxes become paragraphs of
///   their own.
struct DocxReader {
  let limits: ArchiveLimits

  func read(_ bytes: [UInt8]) throws(FormatError) -> String {
    let archive: Archive
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw .notAZipArchive
    }
    try limits.check(archive)
    let main = try mainDocumentPath(archive)
    guard let mainEntry = archive[main] else { throw .missingPart(main) }
    let relations = try relationships(of: main, in: archive)
    var styles = Styles()
    if let path = relations["styles"], let entry = archive[path] {
      styles = try Styles.parse(limits.extract(entry, from: archive), part: path)
    }
    var numbering = Numbering()
    if let path = relations["numbering"], let entry = archive[path] {
      numbering = try Numbering.parse(limits.extract(entry, from: archive), part: path)
    }
    let data = try limits.extract(mainEntry, from: archive)
    return try BodyReader(styles: styles, numbering: numbering).read(data, part: main)
  }

  /// The main part named by the package relationships, else `word/document.xml`.
  private func mainDocumentPath(_ archive: Archive) throws(FormatError) -> String {
    guard let entry = archive["_rels/.rels"] else { return "word/document.xml" }
    var target: String?
    try XMLEvents.parse(limits.extract(entry, from: archive), part: "_rels/.rels") {
      name, _, attributes in
      if name == "Relationship", attributes["Type"]?.hasSuffix("/officeDocument") == true,
        target == nil
      {
        target = attributes["Target"]
      }
    }
    return target.map { DocxReader.resolve($0, base: "") } ?? "word/document.xml"
  }

  /// Targets of the main part's relationships by kind (`styles`, `numbering`), as archive paths.
  private func relationships(of part: String, in archive: Archive) throws(FormatError)
    -> [String: String]
  {
    let folder = DocxReader.folder(of: part)
    let name = String(part.split(separator: "/").last ?? "")
    let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    var result: [String: String] = [:]
    if let entry = archive[path] {
      try XMLEvents.parse(limits.extract(entry, from: archive), part: path) {
        element, _, attributes in
        guard element == "Relationship", attributes["TargetMode"] != "External",
          let type = attributes["Type"], let target = attributes["Target"]
        else { return }
        let kind = String(type.split(separator: "/").last ?? "")
        if result[kind] == nil { result[kind] = DocxReader.resolve(target, base: folder) }
      }
    }
    if result["styles"] == nil {
      result["styles"] = folder.isEmpty ? "styles.xml" : folder + "/styles.xml"
    }
    if result["numbering"] == nil {
      result["numbering"] = folder.isEmpty ? "numbering.xml" : folder + "/numbering.xml"
    }
    return result
  }

  static func folder(of path: String) -> String {
    var parts = path.split(separator: "/")
    if !parts.isEmpty { parts.removeLast() }
    return parts.joined(separator: "/")
  }

  /// A relationship target relative to `base` (or absolute with a leading `/`) as an archive path.
  static func resolve(_ target: String, base: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
    for piece in target.split(separator: "/") {
      if piece == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }
}

/// Paragraph styles: names, inheritance, outline levels and numbering.
struct Styles {
  struct Style {
    var name = ""
    var basedOn: String?
    var outlineLevel: Int?
    var numberingID: String?
    var numberingLevel: Int?
  }

  var styles: [String: Style] = [:]

  static func parse(_ data: Data, part: String) throws(FormatError) -> Styles {
    var result = Styles()
    var currentID: String?
    var current = Style()
    try XMLEvents.parse(
      data, part: part,
      start: { name, namespace, attributes in
        guard namespace == XMLEvents.word else { return }
        switch name {
        case "style":
          currentID = attributes["type"] == "paragraph" ? attributes["styleId"] : nil
          current = Style()
        case "name": current.name = attributes["val"] ?? ""
        case "basedOn": current.basedOn = attributes["val"]
        case "outlineLvl": current.outlineLevel = attributes["val"].flatMap { Int($0) }
        case "numId": current.numberingID = attributes["val"]
        case "ilvl": current.numberingLevel = attributes["val"].flatMap { Int($0) }
        default: break
        }
      },
      end: { name, namespace in
        if name == "style", namespace == XMLEvents.word, let id = currentID {
          result.styles[id] = current
          currentID = nil
        }
      })
    return result
  }

  /// Follows `basedOn` from a style id (at most 20 steps, so a cycle cannot hang the reader).
  func chain(_ id: String?) -> [(id: String, style: Style)] {
    var result: [(String, Style)] = []
    var next = id
    while let current = next, let style = styles[current], result.count < 20 {
      result.append((current, style))
      next = style.basedOn
    }
    return result
  }

  /// The heading level (1…6) of a paragraph with this style and outline level, or nil.
  func headingLevel(style id: String?, outlineLevel: Int?) -> Int? {
    if let outlineLevel { return outlineLevel < 9 ? min(outlineLevel + 1, 6) : nil }
    if let id, let level = Styles.headingLevel(name: id) { return level }
    for (id, style) in chain(id) {
      if let level = style.outlineLevel { return level < 9 ? min(level + 1, 6) : nil }
      if let level = Styles.headingLevel(name: style.name) ?? Styles.headingLevel(name: id) {
        return level
      }
    }
    return nil
  }

  /// The level of a built-in heading name or id: `heading 1`, `Heading1`, `Überschrift 2`,
  /// `berschrift2` (Word's id for the German name), `Title`, `Titel`.
  static func headingLevel(name: String) -> Int? {
    let compact = name.lowercased().replacingOccurrences(of: " ", with: "")
    if compact == "title" || compact == "titel" { return 1 }
    for prefix in ["heading", "überschrift", "berschrift"] where compact.hasPrefix(prefix) {
      if let level = Int(compact.dropFirst(prefix.count)), (1...9).contains(level) {
        return min(level, 6)
      }
    }
    return nil
  }

  /// The numbering of a paragraph's style chain: list id and level.
  func numbering(style id: String?) -> (id: String, level: Int?)? {
    for (_, style) in chain(id) {
      if let numberingID = style.numberingID { return (numberingID, style.numberingLevel) }
    }
    return nil
  }
}

/// Lists: number formats per list and level, and the counters while reading.
struct Numbering {
  struct Level {
    var format = "decimal"
    var start = 1
  }

  /// `w:abstractNum` levels by abstract id.
  var abstract: [String: [Int: Level]] = [:]
  /// `w:num` id → abstract id, and start overrides per level.
  var lists: [String: (abstract: String, starts: [Int: Int])] = [:]

  static func parse(_ data: Data, part: String) throws(FormatError) -> Numbering {
    var result = Numbering()
    var abstractID: String?
    var numID: String?
    var level: Int?
    var overrideLevel: Int?
    try XMLEvents.parse(
      data, part: part,
      start: { name, namespace, attributes in
        guard namespace == XMLEvents.word else { return }
        switch name {
        case "abstractNum": abstractID = attributes["abstractNumId"]
        case "num":
          numID = attributes["numId"]
          if let numID { result.lists[numID] = (abstract: "", starts: [:]) }
        case "abstractNumId":
          if let numID, let value = attributes["val"] { result.lists[numID]?.abstract = value }
        case "lvl":
          level = attributes["ilvl"].flatMap { Int($0) }
          if let abstractID, let level {
            result.abstract[abstractID, default: [:]][level] = Level()
          }
        case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap { Int($0) }
        case "startOverride":
          if let numID, let overrideLevel, let value = attributes["val"].flatMap({ Int($0) }) {
            result.lists[numID]?.starts[overrideLevel] = value
          }
        case "numFmt":
          if let abstractID, let level, let value = attributes["val"] {
            result.abstract[abstractID]?[level]?.format = value
          }
        case "start":
          if let abstractID, let level, let value = attributes["val"].flatMap({ Int($0) }) {
            result.abstract[abstractID]?[level]?.start = value
          }
        default: break
        }
      },
      end: { name, namespace in
        guard namespace == XMLEvents.word else { return }
        switch name {
        case "abstractNum": abstractID = nil
        case "num": numID = nil
        case "lvl": level = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
      })
    return result
  }

  func level(list: String, level: Int) -> Level {
    guard let entry = lists[list] else { return Level(format: "bullet") }
    var result = abstract[entry.abstract]?[level] ?? Level(format: "bullet")
    if let start = entry.starts[level] { result.start = start }
    return result
  }
}

/// Reads `word/document.xml` into `StructuredText`.
struct BodyReader {
  let styles: Styles
  let numbering: Numbering

  /// One paragraph being read (text boxes nest paragraphs inside paragraphs).
  private struct Paragraph {
    var text = ""
    var style: String?
    var outlineLevel: Int?
    var numberingID: String?
    var numberingLevel: Int?
  }

  func read(_ data: Data, part: String) throws(FormatError) -> String {
    var output = StructuredText()
    var stack: [Paragraph] = []
    var inPropertyChange = 0  // inside w:pPrChange / w:rPrChange (old formatting)
    var inFallback = 0  // inside mc:Fallback (a copy of the mc:Choice content)
    var inDeletion = 0  // inside w:del / w:moveFrom (tracked deletions)
    var inRun = 0
    var inText = false
    var counters: [String: [Int: Int]] = [:]  // list id → level → last number

    func emit(_ paragraph: Paragraph) {
      let heading = styles.headingLevel(
        style: paragraph.style, outlineLevel: paragraph.outlineLevel)
      var list: (id: String, level: Int)?
      if let id = paragraph.numberingID {
        if id != "0" { list = (id, paragraph.numberingLevel ?? 0) }
      } else if let inherited = styles.numbering(style: paragraph.style), inherited.id != "0" {
        list = (inherited.id, paragraph.numberingLevel ?? inherited.level ?? 0)
      }
      if let level = heading {
        output.add(.heading(level: level), paragraph.text)
        return
      }
      guard let list, !StructuredText.collapse(paragraph.text).isEmpty else {
        output.add(.paragraph, paragraph.text)
        return
      }
      let format = numbering.level(list: list.id, level: list.level)
      var levels = counters[list.id, default: [:]]
      let number = levels[list.level].map { $0 + 1 } ?? format.start
      levels[list.level] = number
      for deeper in levels.keys where deeper > list.level { levels[deeper] = nil }
      counters[list.id] = levels
      output.add(
        .listItem(marker: BodyReader.marker(format.format, number), list: Int(list.id) ?? -1),
        paragraph.text)
    }

    try XMLEvents.parse(
      data, part: part,
      start: { name, namespace, attributes in
        if namespace == XMLEvents.compatibility && name == "Fallback" {
          inFallback += 1
          return
        }
        guard namespace == XMLEvents.word, inFallback == 0 else { return }
        switch name {
        case "p": stack.append(Paragraph())
        case "pPrChange", "rPrChange", "sectPrChange", "tblPrChange": inPropertyChange += 1
        case "del", "moveFrom": inDeletion += 1
        case "r": inRun += 1
        case "t": inText = true
        default:
          guard !stack.isEmpty, inPropertyChange == 0 else { return }
          switch name {
          case "pStyle": stack[stack.count - 1].style = attributes["val"]
          case "outlineLvl":
            stack[stack.count - 1].outlineLevel = attributes["val"].flatMap { Int($0) }
          case "numId": stack[stack.count - 1].numberingID = attributes["val"]
          case "ilvl": stack[stack.count - 1].numberingLevel = attributes["val"].flatMap { Int($0) }
          case "tab" where inRun > 0 && inDeletion == 0: stack[stack.count - 1].text += " "
          case "br", "cr":
            if inRun > 0 && inDeletion == 0 {
              stack[stack.count - 1].text.unicodeScalars.append(StructuredText.lineBreak)
            }
          case "noBreakHyphen" where inRun > 0 && inDeletion == 0:
            stack[stack.count - 1].text += "-"
          default: break
          }
        }
      },
      end: { name, namespace in
        if namespace == XMLEvents.compatibility && name == "Fallback" {
          inFallback -= 1
          return
        }
        guard namespace == XMLEvents.word, inFallback == 0 else { return }
        switch name {
        case "p": if let paragraph = stack.popLast() { emit(paragraph) }
        case "pPrChange", "rPrChange", "sectPrChange", "tblPrChange": inPropertyChange -= 1
        case "del", "moveFrom": inDeletion -= 1
        case "r": inRun -= 1
        case "t": inText = false
        default: break
        }
      },
      text: { characters in
        if inText && inFallback == 0 && inDeletion == 0 && !stack.isEmpty {
          stack[stack.count - 1].text += characters
        }
      })
    return output.result
  }

  /// The list marker for a Word number format.
  static func marker(_ format: String, _ number: Int) -> String {
    switch format {
    case "bullet", "none", "": "-"
    case "lowerLetter": letters(number, uppercase: false) + ")"
    case "upperLetter": letters(number, uppercase: true) + ")"
    case "upperRoman": roman(number) + "."
    default: "\(number)."
    }
  }

  /// a, b, …, z, aa, bb, … as Word counts letters.
  static func letters(_ number: Int, uppercase: Bool) -> String {
    let n = max(number, 1) - 1
    let letter = Character(Unicode.Scalar(UInt8((uppercase ? 65 : 97) + n % 26)))
    return String(repeating: letter, count: n / 26 + 1)
  }

  static func roman(_ number: Int) -> String {
    guard number > 0 && number < 4000 else { return "\(number)" }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = number
    var result = ""
    for (value, symbol) in table {
      while rest >= value {
        result += symbol
        rest -= value
      }
    }
    return result
  }
}
