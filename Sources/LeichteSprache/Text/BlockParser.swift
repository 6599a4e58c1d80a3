/// Finds the block structure of a text from its lines: paragraphs (joining soft-wrapped lines),
/// headings, list items, stand-alone lines (addresses, signatures), table-of-contents lines and
/// page furniture.
///
/// Decisions are local to a line and its neighbours, so the parser runs in linear time.
struct BlockParser {
  /// A block before tokenisation: its ranges and kind.
  struct RawBlock {
    var kind: Block.Kind
    var start: Int
    var end: Int
    var contentStart: Int
    var contentEnd: Int
    var level: Int? = nil
    var marker: String? = nil
  }

  struct Line {
    let start: Int
    let end: Int
    /// First and one-past-last non-blank code unit; equal when the line is blank.
    let contentStart: Int
    let contentEnd: Int
    var isBlank: Bool { contentStart == contentEnd }
    var length: Int { contentEnd - contentStart }
    var indent: Int { contentStart - start }
  }

  enum Marker {
    case none
    case markdownHeading(level: Int, contentStart: Int)
    case bullet(contentStart: Int)
    /// `1.`, `1)`, `(1)`, `a)`, `1.2`, `IV.`; `depth` counts the parts of an outline number.
    case numbered(contentStart: Int, depth: Int, roman: Bool, closingParen: Bool)
  }

  let text: UnsafeBufferPointer<UInt16>

  func lines() -> [Line] {
    var result: [Line] = []
    var start = 0
    let count = text.count
    while start <= count {
      let end = text.firstIndex(of: UTF16Char.newline, from: start, to: count)
      var contentStart = start
      while contentStart < end && UTF16Char.isBlank(text[contentStart]) { contentStart += 1 }
      var contentEnd = end
      while contentEnd > contentStart && UTF16Char.isBlank(text[contentEnd - 1]) { contentEnd -= 1 }
      result.append(
        Line(start: start, end: end, contentStart: contentStart, contentEnd: contentEnd))
      if end == count { break }
      start = end + 1
    }
    return result
  }

  func parse() -> [RawBlock] {
    let lines = lines()
    var blocks: [RawBlock] = []
    var group: [Line] = []  // consecutive plain lines, not yet assigned to blocks
    // The last block when it is a row set in columns: its index, its indent and, when it starts
    // with a numbering or bullet (`Ö 3.1`, `TOP 4`, `2.`), the column where its text begins.
    var openRow: (block: Int, indent: Int, textIndent: Int?)? = nil
    var index = 0

    func flushGroup() {
      if !group.isEmpty { blocks.append(contentsOf: blocksForPlainGroup(group)) }
      group.removeAll()
    }

    while index < lines.count {
      let line = lines[index]
      if line.isBlank {
        if let resume = continuationAcrossBlank(group, lines, from: index) {
          index = resume
          continue
        }
        flushGroup()
        index += 1
        continue
      }
      let previousBlank = index == 0 || lines[index - 1].isBlank
      let nextBlank = index + 1 >= lines.count || lines[index + 1].isBlank
      if isPageFurniture(line) && (previousBlank || nextBlank) {
        flushGroup()
        blocks.append(simpleBlock(.pageFurniture, line))
        index += 1
        continue
      }
      if isTableOfContentsLine(line) {
        flushGroup()
        blocks.append(simpleBlock(.tocEntry, line))
        index += 1
        continue
      }
      if isRuler(line) {
        // ------- or ======= under a table or a letterhead: decoration, not text.
        flushGroup()
        blocks.append(simpleBlock(.pageFurniture, line))
        index += 1
        continue
      }
      // A row set in columns, and a short, far indented line right under such a row (the last
      // cell of a table row wrapped onto its own line: `…Ausschuss⏎          Drs. 22-3021`;
      // nested list items are indented less).
      if isTableRow(line) || isColumnLayout(line)
        || (line.indent >= 24 && wordCount(line) <= 4 && index > 0 && !lines[index - 1].isBlank
          && isColumnLayout(lines[index - 1]))
      {
        flushGroup()
        if let row = openRow, row.block == blocks.count - 1, !lines[index - 1].isBlank,
          !isTableRow(line), case .none = marker(of: line), line.indent > row.indent,
          line.indent == row.textIndent || UTF16Char.isLower(text[line.contentStart])
            || endsOpen(lines[index - 1])
            || (row.textIndent != nil && !isColumnLayout(line) && line.indent >= 24)
        {
          // The item of an agenda set in columns goes on in a line indented under its text
          // (`Ö 3.1    Nachwahl …⏎         für Mobilität      Drs. 22-3017`), in a lower-case
          // line, or in its last cell alone far to the right (`Drs. 22-3021`); another row of a
          // table (`Summe:   240,00 EUR` under the amounts) starts elsewhere.
          blocks[row.block].end = line.contentEnd
          blocks[row.block].contentEnd = line.contentEnd
        } else {
          blocks.append(simpleBlock(.line, line))
          var textIndent: Int? = nil
          switch marker(of: line) {
          case .numbered(let contentStart, _, _, _), .bullet(let contentStart):
            textIndent = contentStart - line.start
          default: break
          }
          openRow = (blocks.count - 1, line.indent, textIndent)
        }
        index += 1
        continue
      }
      let marker = marker(of: line)
      let markerAllowed: Bool = {
        guard let previous = group.last else { return true }
        // After a sentence end or a colon, or after a short title line of its own
        // (`Öffentlicher Teil` / `1. Eröffnung der Sitzung`).
        return endsSentenceOrIntro(previous)
          || (group.count == 1 && wordCount(previous) <= 4 && isHeadingLike(previous, alone: true))
      }()
      if case .none = marker {
        group.append(line)
        index += 1
        continue
      }
      if !markerAllowed {
        if case .markdownHeading = marker {
        } else {
          group.append(line)
          index += 1
          continue
        }
      }
      var previousIndex = index - 1
      while previousIndex >= 0 && lines[previousIndex].isBlank { previousIndex -= 1 }
      let precedingLine = previousIndex >= 0 ? lines[previousIndex] : nil
      flushGroup()
      // Continuation lines of a list item or heading.
      var last = index
      while last + 1 < lines.count {
        let next = lines[last + 1]
        if next.isBlank || !isContinuation(of: lines[last], next: next, itemIndent: line.indent) {
          break
        }
        // A marker-like start (`6.00 bis 10.00 Uhr`) after a line ending in a function word or a
        // hyphen continues the item; after anything else it starts the next item.
        if case .none = self.marker(of: next) {} else if !endsInWordOrHyphen(lines[last]) { break }
        last += 1
      }
      blocks.append(
        markedBlock(
          marker, first: line, last: lines[last], previous: precedingLine,
          previousBlock: blocks.last))
      index = last + 1
    }
    flushGroup()
    // Numbered lines that follow each other without a blank line are a list (an agenda), not a
    // series of numbered headings.
    var i = 0
    while i < blocks.count {
      guard blocks[i].kind == .heading, isNumberedMarker(blocks[i].marker) else {
        i += 1
        continue
      }
      var j = i
      while j + 1 < blocks.count, blocks[j + 1].kind == .heading || blocks[j + 1].kind == .listItem,
        isNumberedMarker(blocks[j + 1].marker),
        !text.containsBlankLine(from: blocks[j].contentEnd, to: blocks[j + 1].start)
      {
        j += 1
      }
      if j > i {
        for k in i...j {
          blocks[k].kind = .listItem
          blocks[k].level = nil
        }
      }
      i = j + 1
    }
    // A title-like line after a letter's closing (`Mit freundlichen Grüßen`, `Im Auftrag`) is
    // the signature, not a heading.
    for i in blocks.indices.dropFirst() where blocks[i].kind == .heading && blocks[i].marker == nil
    {
      let previous = blocks[i - 1]
      if let formula = letterFormula(previous.contentStart, previous.contentEnd),
        formula != "sehr geehrte" && !formula.hasPrefix("liebe")
      {
        blocks[i].kind = .line
        blocks[i].level = nil
      }
    }
    return blocks
  }

  /// Where a sentence goes on after blank lines: a paragraph that stops mid-sentence (no final
  /// punctuation, no comma, not a letter formula) followed by a lower-case line, or by one short
  /// line set apart (an amount, `218,00 EUR`) and then a lower-case line. Letters set the amount
  /// of a decision on its own line: `… in Höhe von monatlich / 218,00 EUR / bewilligt.`
  private func continuationAcrossBlank(_ group: [Line], _ lines: [Line], from blank: Int) -> Int? {
    guard let last = group.last, let first = group.first, !isLetterFormula(first),
      group.count >= 2 || wordCount(last) >= 6 || endsInWordOrHyphen(last),
      let i = lastSignificant(last), UTF16Char.isLetter(text[i]) || UTF16Char.isDigit(text[i]),
      !endsWithTerminal(last)
    else { return nil }
    func nextNonBlank(_ start: Int) -> Int? {
      var j = start
      while j < lines.count && lines[j].isBlank { j += 1 }
      return j < lines.count ? j : nil
    }
    func continuesLowercase(_ j: Int) -> Bool {
      guard case .none = marker(of: lines[j]) else { return false }
      return UTF16Char.isLower(text[lines[j].contentStart])
    }
    guard let j = nextNonBlank(blank) else { return nil }
    if continuesLowercase(j) { return j }
    // `… bitte kommen Sie am / Dienstag, 17. Februar 2026 …`: a function word cannot end it.
    if endsInWordOrHyphen(last), case .none = marker(of: lines[j]), !isPageFurniture(lines[j]) {
      return j
    }
    let short = lines[j]
    // A salutation (`Guten Tag,`) stands on its own line.
    guard wordCount(short) <= 4, !endsWithTerminal(short), !isPageFurniture(short),
      !isLetterFormula(short),
      j + 1 < lines.count, lines[j + 1].isBlank, let k = nextNonBlank(j + 1), continuesLowercase(k)
    else { return nil }
    if case .none = marker(of: short) { return j }
    return nil
  }

  // MARK: Plain lines

  private func blocksForPlainGroup(_ group: [Line]) -> [RawBlock] {
    if group.count >= 2 && isLineBlock(group) {
      return group.map { line in
        var block = simpleBlock(.line, line)
        if isHeadingLike(line, alone: true) && !isLetterFormula(line) && line.length > 0
          && group.count == 1
        {
          block.kind = .heading
        }
        return block
      }
    }
    var result: [RawBlock] = []
    var paragraphStart = 0
    for i in 0..<group.count {
      let isLast = i == group.count - 1
      if isLast || isHardBreak(group[i], group[i + 1], atParagraphStart: i == paragraphStart) {
        result.append(paragraph(Array(group[paragraphStart...i])))
        paragraphStart = i + 1
      }
    }
    return result
  }

  private func paragraph(_ lines: [Line]) -> RawBlock {
    let first = lines[0]
    let last = lines[lines.count - 1]
    var block = RawBlock(
      kind: .paragraph, start: first.contentStart, end: last.contentEnd,
      contentStart: first.contentStart, contentEnd: last.contentEnd)
    if lines.count == 1 {
      if isEmphasisWrapped(first) {
        // `**Titel**`: the stars stay in the sentence, as closing quotes do.
        block.kind = .heading
        block.level = 2
      } else if isLetterFormula(first) || isDataLine(first) {
        block.kind = .line
      } else if isHeadingLike(first, alone: true) {
        block.kind = .heading
        block.level = 2
      }
    }
    return block
  }

  /// Whether the break between `line` and `next` ends a block (true) or is a soft wrap.
  private func isHardBreak(_ line: Line, _ next: Line, atParagraphStart: Bool) -> Bool {
    let first = text[next.contentStart]
    if UTF16Char.isLower(first) || UTF16Char.isDigit(first) { return false }
    if endsOpen(line) { return false }
    if endsWithTerminal(line) { return false }
    // A short line without final punctuation at the start of a paragraph, followed by a longer
    // line: a heading or title line (`Vom Schreckgespenst zur Chance`).
    if atParagraphStart && wordCount(line) <= 12 && Double(line.length) < 0.7 * Double(next.length)
    {
      return true
    }
    return false
  }

  /// A group of short lines that each stand alone: an address, a signature, a date line.
  private func isLineBlock(_ group: [Line]) -> Bool {
    var terminalCount = 0
    for (i, line) in group.enumerated() {
      if line.length > 50 && !isContactLine(line) { return false }
      // A lower-case start continues a sentence, unless the line is one word (an e-mail address).
      if i > 0 && UTF16Char.isLower(text[line.contentStart]) && wordCount(line) > 1
        && !isLetterFormula(line)
      {
        return false
      }
      if endsOpen(line) { return false }
      let last = text[line.contentEnd - 1]
      if last == 0x2C || last == 0x3B { return false }  // , ;
      if endsWithTerminal(line) && !isLetterFormula(line) { terminalCount += 1 }
    }
    return terminalCount * 2 < group.count
  }

  /// A line of data that stands alone without being a title: place and date
  /// (`Musterstadt, 12. März 2026`), a file number (`Objekt-Nr. 0815-221-0003`, `Drs. 22-3021`)
  /// or a short label with a date, number or address (`Datum: 21.01.2026`,
  /// `Objekt: Eichenstraße 21, 12351 Musterstadt`).
  private func isDataLine(_ line: Line) -> Bool {
    guard wordCount(line) <= 12, !endsWithTerminal(line) else { return false }
    guard mayBeDataLine(line) else { return false }
    let content = text.string(line.contentStart, line.contentEnd)
    let words = content.split(separator: " ")
    guard let lastWord = words.last else { return false }
    func isDigits(_ s: Substring) -> Bool {
      !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }
    }
    // A code: digits with a hyphen, or with two or more dots or slashes (`22-3021`, `32.2/07/26`).
    if lastWord.contains(where: \.isNumber) {
      let separators = lastWord.filter { $0 == "." || $0 == "/" }.count
      if lastWord.dropFirst().dropLast().contains("-") || separators >= 2 { return true }
    }
    let endsInYear =
      lastWord.count == 4 && isDigits(lastWord)
      && (lastWord.hasPrefix("19") || lastWord.hasPrefix("20"))
    if endsInYear && content.contains(", ") { return true }
    if let colon = content.range(of: ": ") {
      let label = content[..<colon.lowerBound]
      let value = content[colon.upperBound...]
      guard label.split(separator: " ").count <= 2, let first = value.first else { return false }
      if first.isASCII && first.isNumber { return true }
      return value.split(whereSeparator: { $0 == " " || $0 == "," }).contains {
        $0.count == 5 && isDigits($0)
      }
    }
    return false
  }

  /// False when `isDataLine` certainly fails, read from the code units: its patterns need a
  /// number in the last word (a code, a year) or `: `. For Latin-1 text (one code unit per
  /// character) the last word is the text after the last space; a number is a digit or one of
  /// ¹ ² ³ ¼ ½ ¾ (`Character.isNumber` in Latin-1). Other text is left to the full test.
  private func mayBeDataLine(_ line: Line) -> Bool {
    var lastWordHasNumber = false
    for i in line.contentStart..<line.contentEnd {
      let c = text[i]
      if c > 0xFF { return true }
      if c == 0x3A && i + 1 < line.contentEnd && text[i + 1] == 0x20 { return true }
      if c == 0x20 {
        lastWordHasNumber = false
      } else if UTF16Char.isDigit(c) || c == 0xB2 || c == 0xB3 || c == 0xB9
        || (c >= 0xBC && c <= 0xBE)
      {
        lastWordHasNumber = true
      }
    }
    return lastWordHasNumber
  }

  /// A letterhead line of contact data, which may be long: it holds an e-mail address, a web
  /// address or fields set apart by a middle dot or a bar (`Tel.: 040 … · E-Mail: …`).
  private func isContactLine(_ line: Line) -> Bool {
    guard wordCount(line) <= 10, !endsWithTerminal(line) else { return false }
    for i in line.contentStart..<line.contentEnd {
      switch text[i] {
      case 0x40, 0xB7, 0x7C: return true  // @ · |
      case 0x2F where i + 1 < line.contentEnd && text[i + 1] == 0x2F: return true  // https://
      default: continue
      }
    }
    return false
  }

  /// `1.`, `2)`, `IV.`, `a)`: a numbering, not a Markdown `#` or a bullet.
  private func isNumberedMarker(_ marker: String?) -> Bool {
    guard let marker else { return false }
    return marker.contains { $0.isNumber || $0.isLetter }
  }

  // MARK: Marked lines

  private func markedBlock(
    _ marker: Marker, first: Line, last: Line, previous: Line?, previousBlock: RawBlock?
  ) -> RawBlock {
    switch marker {
    case .none:
      preconditionFailure("plain lines are handled by blocksForPlainGroup")
    case .markdownHeading(let level, let contentStart):
      return RawBlock(
        kind: .heading, start: first.contentStart, end: last.contentEnd, contentStart: contentStart,
        contentEnd: last.contentEnd, level: level,
        marker: text.string(first.contentStart, markerEnd(first.contentStart, contentStart)))
    case .bullet(let contentStart):
      return RawBlock(
        kind: .listItem, start: first.contentStart, end: last.contentEnd,
        contentStart: contentStart, contentEnd: last.contentEnd,
        marker: text.string(first.contentStart, markerEnd(first.contentStart, contentStart)))
    case .numbered(let contentStart, let depth, let roman, let closingParen):
      let markerText = text.string(first.contentStart, markerEnd(first.contentStart, contentStart))
      var block = RawBlock(
        kind: .listItem, start: first.contentStart, end: last.contentEnd,
        contentStart: contentStart, contentEnd: last.contentEnd, marker: markerText)
      let introducedAsList = previous.map { endsWithColon($0) } ?? false
      let continuesList = previousBlock?.kind == .listItem
      let content = Line(
        start: contentStart, end: last.contentEnd, contentStart: contentStart,
        contentEnd: last.contentEnd)
      if !closingParen && !introducedAsList && !continuesList
        && (roman || depth > 1 || isHeadingLike(content, alone: true))
      {
        block.kind = .heading
        block.level = roman ? 1 : min(depth + 1, 6)
      }
      return block
    }
  }

  private func markerEnd(_ start: Int, _ contentStart: Int) -> Int {
    var end = contentStart
    while end > start && UTF16Char.isBlank(text[end - 1]) { end -= 1 }
    return end
  }

  /// - • * – ▪ ◦ ‣ ● ○ ■ □ ► ➢ → · + ⁃ and the Symbol-font bullet of Word exports.
  static func isBullet(_ c: UInt16) -> Bool {
    switch c {
    case 0x2D, 0x2022, 0x2A, 0x2013, 0x25AA, 0x25E6, 0x2023, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25BA,
      0x27A2, 0x2192, 0xB7, 0x2B, 0x2043, 0xF0B7:
      return true
    default:
      return false
    }
  }

  /// I V X L C
  static func isRomanLetter(_ c: UInt16) -> Bool {
    c == 0x49 || c == 0x56 || c == 0x58 || c == 0x4C || c == 0x43
  }

  func marker(of line: Line) -> Marker {
    let s = line.contentStart
    let e = line.contentEnd
    guard s < e else { return .none }
    let c = text[s]
    func blankAt(_ i: Int) -> Bool { i < e && UTF16Char.isBlank(text[i]) }
    func skipBlanks(_ i: Int) -> Int {
      var i = i
      while i < e && UTF16Char.isBlank(text[i]) { i += 1 }
      return i
    }
    // Markdown heading
    if c == 0x23 {
      var i = s
      while i < e && text[i] == 0x23 { i += 1 }
      let level = i - s
      if level <= 6 && blankAt(i) {
        return .markdownHeading(level: level, contentStart: skipBlanks(i))
      }
      return .none
    }
    // Bullets: - • * – ▪ ◦ ‣ ● ○ ■ □ ► ➢ → · +
    if BlockParser.isBullet(c) && blankAt(s + 1) && skipBlanks(s + 1) < e {
      return .bullet(contentStart: skipBlanks(s + 1))
    }
    // (1) (a)
    if c == 0x28 {
      var i = s + 1
      while i < e && i - s <= 3 && (UTF16Char.isDigit(text[i]) || UTF16Char.isLower(text[i])) {
        i += 1
      }
      if i > s + 1 && i < e && text[i] == 0x29 && blankAt(i + 1) {
        return .numbered(
          contentStart: skipBlanks(i + 1), depth: 1, roman: false, closingParen: true)
      }
      return .none
    }
    // 1. 1) 1.2 1.2.3.
    if UTF16Char.isDigit(c) {
      var i = s
      var depth = 0
      while true {
        let digitsStart = i
        while i < e && UTF16Char.isDigit(text[i]) { i += 1 }
        let digits = i - digitsStart
        guard digits >= 1 && digits <= 3 else { return .none }
        depth += 1
        guard i < e else { return .none }
        if text[i] == 0x29 {  // )
          return blankAt(i + 1) && depth == 1
            ? .numbered(contentStart: skipBlanks(i + 1), depth: 1, roman: false, closingParen: true)
            : .none
        }
        if text[i] == UTF16Char.period {
          if blankAt(i + 1) {
            // `31. August 2026` at a line start is a date, not a list item.
            if depth == 1 && startsWithMonth(skipBlanks(i + 1), e) { return .none }
            return .numbered(
              contentStart: skipBlanks(i + 1), depth: depth, roman: false, closingParen: false)
          }
          if i + 1 < e && UTF16Char.isDigit(text[i + 1]) && depth < 4 {
            i += 1
            continue
          }
          return .none
        }
        if UTF16Char.isBlank(text[i]) && depth >= 2 {
          return .numbered(
            contentStart: skipBlanks(i), depth: depth, roman: false, closingParen: false)
        }
        return .none
      }
    }
    // Agenda items of council papers: `TOP 3`, `Ö 3.1`, `N 2`, `NÖ 1`.
    if UTF16Char.isUpper(c) {
      var i = s
      while i < e && UTF16Char.isUpper(text[i]) && i - s < 3 { i += 1 }
      if blankAt(i) {
        let numberStart = skipBlanks(i)
        var j = numberStart
        var depth = 0
        while j < e && UTF16Char.isDigit(text[j]) {
          while j < e && UTF16Char.isDigit(text[j]) { j += 1 }
          depth += 1
          if j + 1 < e && text[j] == UTF16Char.period && UTF16Char.isDigit(text[j + 1]) { j += 1 }
        }
        if depth > 0 && j - numberStart <= 8 && blankAt(j) && isAgendaLabel(s, i) {
          return .numbered(contentStart: skipBlanks(j), depth: 1, roman: false, closingParen: true)
        }
      }
    }
    // a) b)
    if UTF16Char.isLower(c) && s + 1 < e && text[s + 1] == 0x29 && blankAt(s + 2) {
      return .numbered(contentStart: skipBlanks(s + 2), depth: 1, roman: false, closingParen: true)
    }
    // I. II. IV.
    if BlockParser.isRomanLetter(c) {
      var i = s
      while i < e && BlockParser.isRomanLetter(text[i]) && i - s < 6 { i += 1 }
      if i < e && text[i] == UTF16Char.period && blankAt(i + 1) && isRomanNumeral(s, i) {
        return .numbered(
          contentStart: skipBlanks(i + 1), depth: 1, roman: true, closingParen: false)
      }
    }
    return .none
  }

  /// Whether the text at `start` begins with a month name (`August`, `Dez.`).
  private func startsWithMonth(_ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end && UTF16Char.isLetter(text[i]) { i += 1 }
    guard i > start, i - start <= 9 else { return false }
    if let isMonth = BlockParser.months.contains(text, start, i, lowercasing: true) {
      if isMonth { return true }
      guard i < end && text[i] == UTF16Char.period else { return false }
      return BlockParser.monthAbbreviations.contains(text, start, i, lowercasing: true) ?? false
    }
    let word = text.string(start, i).lowercased()
    return GermanClosedClasses.months.contains(word)
      || (i < end && text[i] == UTF16Char.period
        && GermanClosedClasses.monthAbbreviations.contains(word))
  }

  /// `TOP`, `Ö` (öffentlich), `N`/`NÖ` (nichtöffentlich): labels of agenda items.
  private func isAgendaLabel(_ start: Int, _ end: Int) -> Bool {
    ["TOP", "Ö", "N", "NÖ", "Top"].contains(text.string(start, end))
  }

  private func isRomanNumeral(_ start: Int, _ end: Int) -> Bool {
    let valid: Set<String> = [
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
      "XVI", "XVII", "XVIII", "XIX", "XX",
    ]
    return valid.contains(text.string(start, end))
  }

  /// Whether `next` continues the list item or heading whose last line is `line`: it starts in
  /// lower case, `line` ends open, it is indented under the item, or `line` reads as a wrapped
  /// line (the test for paragraphs: not a short line before a longer one; after a full stop only
  /// a long line, as a new paragraph may follow a list item directly).
  private func isContinuation(of line: Line, next: Line, itemIndent: Int) -> Bool {
    if UTF16Char.isLower(text[next.contentStart]) { return true }
    if endsOpen(line) { return true }
    if next.indent > itemIndent && !endsWithTerminal(line) { return true }
    if isColumnLayout(next) || isTableOfContentsLine(next) || isPageFurniture(next) { return false }
    if endsWithTerminal(line) { return line.length >= 60 }
    return !isHardBreak(line, next, atParagraphStart: true)
  }

  // MARK: Line properties

  private func simpleBlock(_ kind: Block.Kind, _ line: Line) -> RawBlock {
    RawBlock(
      kind: kind, start: line.contentStart, end: line.contentEnd, contentStart: line.contentStart,
      contentEnd: line.contentEnd)
  }

  /// The last code unit before trailing closing quotes, brackets and emphasis stars.
  private func lastSignificant(_ line: Line) -> Int? {
    var i = line.contentEnd - 1
    while i >= line.contentStart && UTF16Char.isCloser(text[i]) { i -= 1 }
    return i >= line.contentStart ? i : nil
  }

  func endsWithTerminal(_ line: Line) -> Bool {
    guard let i = lastSignificant(line) else { return false }
    return UTF16Char.isTerminal(text[i])
  }

  private func endsWithColon(_ line: Line) -> Bool {
    guard let i = lastSignificant(line) else { return false }
    return text[i] == 0x3A
  }

  /// A sentence end or a colon: after such a line a marker starts a list item.
  private func endsSentenceOrIntro(_ line: Line) -> Bool {
    guard let i = lastSignificant(line) else { return true }
    let c = text[i]
    return UTF16Char.isTerminal(c) || c == 0x3A || c == 0x3B
  }

  /// A line ending in a function word or a hyphen (not a comma): it certainly goes on.
  private func endsInWordOrHyphen(_ line: Line) -> Bool {
    text[line.contentEnd - 1] != 0x2C && endsOpen(line)
  }

  /// A line that cannot end there: it ends with a comma, a hyphen after a letter (a word broken
  /// at the line end or a truncated compound) or a function word.
  func endsOpen(_ line: Line) -> Bool {
    let last = text[line.contentEnd - 1]
    if last == 0x2C { return true }
    if last == UTF16Char.hyphen || last == UTF16Char.softHyphen {
      return line.length >= 2 && UTF16Char.isLetter(text[line.contentEnd - 2])
    }
    var start = line.contentEnd
    while start > line.contentStart && UTF16Char.isLetter(text[start - 1]) { start -= 1 }
    guard start < line.contentEnd, line.contentEnd - start <= 12 else { return false }
    if start > line.contentStart && !UTF16Char.isBlank(text[start - 1]) { return false }
    return BlockParser.continuationWords.contains(text, start, line.contentEnd, lowercasing: true)
      ?? GermanClosedClasses.continuationWords.contains(
        text.string(start, line.contentEnd).lowercased())
  }

  static let continuationWords = Latin1WordSet(GermanClosedClasses.continuationWords)
  static let months = Latin1WordSet(GermanClosedClasses.months)
  static let monthAbbreviations = Latin1WordSet(GermanClosedClasses.monthAbbreviations)

  private func wordCount(_ line: Line) -> Int {
    var count = 0
    var inWord = false
    for i in line.contentStart..<line.contentEnd {
      let blank = UTF16Char.isBlank(text[i])
      if !blank && !inWord { count += 1 }
      inWord = !blank
    }
    return count
  }

  /// A line that reads as a title: short, no final punctuation, not ending open.
  private func isHeadingLike(_ line: Line, alone: Bool) -> Bool {
    guard line.length > 0, wordCount(line) <= 15, !endsOpen(line) else { return false }
    guard let i = lastSignificant(line) else { return false }
    let c = text[i]
    if UTF16Char.isTerminal(c) || c == 0x3A || c == 0x3B || c == 0x2C { return false }
    let first = text[line.contentStart]
    // `(Fundstelle: BGBl. I 2010, 2015)`, `(zu § 5 Absatz 2)`: a note in brackets, not a title.
    return !UTF16Char.isLower(first) && first != 0x28
  }

  private func isLetterFormula(_ line: Line) -> Bool {
    letterFormula(line.contentStart, line.contentEnd) != nil
  }

  /// The first of `GermanClosedClasses.letterFormulaPrefixes` that the lower-cased text at
  /// `start` (at most 20 code units, not past `end`) begins with.
  private func letterFormula(_ start: Int, _ end: Int) -> String? {
    let windowEnd = min(end, start + 20)
    var latin1 = true
    for i in start..<windowEnd where text[i] > 0xFF {
      latin1 = false
      break
    }
    guard latin1 else {
      let prefix = text.string(start, windowEnd).lowercased()
      return GermanClosedClasses.letterFormulaPrefixes.first { prefix.hasPrefix($0) }
    }
    // Latin-1 characters are one code unit and one `Character` each, and lower-case to one
    // Latin-1 character: comparing lower-cased code units is what `hasPrefix` does.
    for (index, prefix) in BlockParser.letterFormulaUnits.enumerated()
    where prefix.count <= windowEnd - start {
      var matches = true
      for k in 0..<prefix.count where Latin1WordSet.lower(text[start + k]) != prefix[k] {
        matches = false
        break
      }
      if matches { return GermanClosedClasses.letterFormulaPrefixes[index] }
    }
    return nil
  }

  /// `GermanClosedClasses.letterFormulaPrefixes` as code units (all Latin-1, lower case).
  static let letterFormulaUnits = GermanClosedClasses.letterFormulaPrefixes.map { Array($0.utf16) }

  /// `**Titel**` or `__Titel__`.
  private func isEmphasisWrapped(_ line: Line) -> Bool {
    let s = line.contentStart
    let e = line.contentEnd
    guard e - s > 4 else { return false }
    for mark: UInt16 in [0x2A, 0x5F] {
      let opens = text[s] == mark && text[s + 1] == mark
      let closes = text[e - 1] == mark && text[e - 2] == mark
      if opens && closes { return true }
    }
    return false
  }

  /// `Seite 3 von 6`, `- 3 -`, `3 / 6`, `Seite 3`.
  func isPageFurniture(_ line: Line) -> Bool {
    guard line.length <= 24, line.length >= 3 else { return false }
    let first = text[line.contentStart]
    guard first == 0x53 || first == 0x2D || first == 0x2013 || UTF16Char.isDigit(first) else {
      return false
    }
    let content = text.string(line.contentStart, line.contentEnd)
    guard content.count <= 24 else { return false }
    let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
    func isNumber(_ s: Substring) -> Bool { !s.isEmpty && s.count <= 4 && s.allSatisfy(\.isNumber) }
    switch words.count {
    case 1: return false
    case 2: return (words[0] == "Seite" || words[0] == "S.") && isNumber(words[1])
    case 3:
      if (words[0] == "-" || words[0] == "–") && isNumber(words[1]) && words[2] == words[0] {
        return true
      }
      return isNumber(words[0]) && words[1] == "/" && isNumber(words[2])
    case 4:
      return words[0] == "Seite" && isNumber(words[1]) && (words[2] == "von" || words[2] == "/")
        && isNumber(words[3])
    default: return false
    }
  }

  /// `Einleitung ........ 3` or `1.2 Ziele …… 12`.
  private func isTableOfContentsLine(_ line: Line) -> Bool {
    var i = line.contentEnd - 1
    var digits = 0
    while i > line.contentStart && UTF16Char.isDigit(text[i]) {
      i -= 1
      digits += 1
    }
    guard digits >= 1 && digits <= 4 else { return false }
    while i > line.contentStart && UTF16Char.isBlank(text[i]) { i -= 1 }
    var leaders = 0
    while i > line.contentStart && (text[i] == UTF16Char.period || text[i] == 0x2026) {
      leaders += text[i] == 0x2026 ? 3 : 1
      i -= 1
    }
    return leaders >= 4 && i > line.contentStart
  }

  /// A line of only `-`, `=`, `_`, `*` or box-drawing dashes, at least five long.
  private func isRuler(_ line: Line) -> Bool {
    guard line.length >= 5 else { return false }
    for i in line.contentStart..<line.contentEnd {
      let c = text[i]
      if !(c == 0x2D || c == 0x3D || c == 0x5F || c == 0x2A || c == 0x2500 || c == 0x2501
        || UTF16Char.isBlank(c))
      {
        return false
      }
    }
    return true
  }

  /// Text set in columns (a PDF extract of a letterhead or a table): a run of three or more
  /// blanks, or a tab, between two pieces of text. Such a line stands on its own.
  private func isColumnLayout(_ line: Line) -> Bool {
    guard text.mayHoldColumnGap(line.contentStart, line.contentEnd) else { return false }
    var blanks = 0
    for i in line.contentStart..<line.contentEnd {
      let c = text[i]
      if c > 0x20 && c < 0x80 {
        blanks = 0  // the common case first: printable ASCII
      } else if c == UTF16Char.tab {
        return true
      } else if UTF16Char.isBlank(c) {
        blanks += 1
        if blanks >= 3 { return true }
      } else {
        blanks = 0
      }
    }
    return false
  }

  /// Markdown table rows: `| a | b |`.
  private func isTableRow(_ line: Line) -> Bool {
    line.length >= 2 && text[line.contentStart] == 0x7C && text[line.contentEnd - 1] == 0x7C
  }
}
