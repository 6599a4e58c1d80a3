/// Turns the ICU word segments of one block into tokens: joins what ICU splits (hyphen compounds,
/// words hyphenated at a line end, abbreviations, dates, times, amounts, `§` references, URLs,
/// e-mail addresses) and classifies each token.
struct Tokenizer {
  /// A token before its text is built.
  struct Piece {
    var start: Int
    var end: Int
    var kind: Token.Kind
  }

  let text: UnsafeBufferPointer<UInt16>
  let abbreviations: Abbreviations
  /// Added to every token range: the position of `text` in the whole document.
  let offset: Int
  /// Whether `text` has an `@` anywhere; most texts have none, and their blocks need no scan.
  let textHasAt: Bool

  init(text: UnsafeBufferPointer<UInt16>, abbreviations: Abbreviations, offset: Int) {
    self.text = text
    self.abbreviations = abbreviations
    self.offset = offset
    textHasAt = text.containsUnit(0x40)
  }

  // MARK: Raw pieces from ICU

  /// ICU word segments inside `start..<end` as pieces, whitespace dropped, into `pieces` (emptied
  /// first; one array serves all blocks of a text).
  func rawPieces(
    _ boundaries: ArraySlice<(Int, Int32)>, start: Int, end: Int, into pieces: inout [Piece]
  ) {
    pieces.removeAll(keepingCapacity: true)
    pieces.reserveCapacity(boundaries.count)
    var previous = start
    for (position, status) in boundaries {
      let segmentEnd = min(position, end)
      // A single space, the most common segment, needs no further look.
      if segmentEnd > previous && !(segmentEnd - previous == 1 && text[previous] == UTF16Char.space)
      {
        appendSegment(previous, segmentEnd, status: status, to: &pieces)
      }
      previous = max(previous, segmentEnd)
      if position >= end { break }
    }
    if previous < end { appendSegment(previous, end, status: 0, to: &pieces) }
  }

  private func appendSegment(_ start: Int, _ end: Int, status: Int32, to pieces: inout [Piece]) {
    let first = text[start]
    if UTF16Char.isWhitespace(first) {
      // ICU groups whitespace; a segment may still hold a stray non-blank unit after it.
      var i = start
      while i < end && UTF16Char.isWhitespace(text[i]) { i += 1 }
      if i < end { appendSegment(i, end, status: 0, to: &pieces) }
      return
    }
    if status >= 100 && status < 200 {
      pieces.append(Piece(start: start, end: end, kind: .number))
    } else if status >= 200 {
      pieces.append(Piece(start: start, end: end, kind: .word))
    } else if UTF16Char.isLetter(first) {
      // Latin letters (ICU's status is not asked for them); ICU keeps digits that follow in the
      // same segment (`a1`), as it keeps letters after digits (`7a`, classified below).
      pieces.append(Piece(start: start, end: end, kind: .word))
    } else if UTF16Char.isDigit(first) {
      var hasLetter = false
      for i in start..<end where UTF16Char.isLetter(text[i]) {
        hasLetter = true
        break
      }
      pieces.append(Piece(start: start, end: end, kind: hasLetter ? .word : .number))
    } else {
      // ICU may return several punctuation marks in one segment; keep one per token.
      var i = start
      while i < end {
        var next = i + 1
        if next < end && UTF16.isLeadSurrogate(text[i]) && UTF16.isTrailSurrogate(text[next]) {
          next += 1
        }
        // A Markdown escape (`129\.`, `1\.` at a line start in converted laws) belongs to the
        // mark it escapes: one piece, which counts as that mark.
        if Tokenizer.isPunctuation(text[i]), let last = pieces.last, last.end == i,
          last.end - last.start == 1, text[last.start] == 0x5C
        {
          pieces[pieces.count - 1] = Piece(start: last.start, end: next, kind: .punctuation)
          i = next
          continue
        }
        pieces.append(
          Piece(
            start: i, end: next, kind: Tokenizer.isPunctuation(text[i]) ? .punctuation : .symbol))
        i = next
      }
    }
  }

  static func isPunctuation(_ c: UInt16) -> Bool {
    switch c {
    case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D,
      0x7B,
      0x7D, 0xAB, 0xBB, 0x2010...0x2027, 0x2039, 0x203A, 0x2026, 0xB7:
      return true
    default:
      return false
    }
  }

  // MARK: Merging

  /// Calls `body` with each token of `start..<end`, in order. `pieces` is scratch space.
  func forEachToken(
    _ boundaries: ArraySlice<(Int, Int32)>, start: Int, end: Int, pieces: inout [Piece],
    _ body: (Token) -> Void
  ) {
    rawPieces(boundaries, start: start, end: end, into: &pieces)
    mergeLinks(&pieces, start: start, end: end)
    pieces.withUnsafeBufferPointer { p in
      var i = 0
      while i < p.count {
        let (token, next) = merged(p, at: i)
        body(token)
        i = next
      }
    }
  }

  /// Merges pieces covered by URLs and e-mail addresses into one piece each.
  private func mergeLinks(_ pieces: inout [Piece], start: Int, end: Int) {
    // Only blocks with an `@` or a word starting like `http`, `www`, `ftp` can hold a link.
    // ICU may keep `name@example.org` in one segment, so look for the `@` in the text itself.
    var hasAt = false
    if textHasAt {
      for k in start..<end where text[k] == 0x40 {
        hasAt = true
        break
      }
    }
    let mayHoldLink =
      hasAt
      || pieces.contains { piece in
        let c = text[piece.start]
        guard piece.kind == .word, piece.end - piece.start >= 3,
          c | 0x20 == 0x68 || c | 0x20 == 0x77 || c | 0x20 == 0x66
        else { return false }
        let second = text[piece.start + 1] | 0x20
        let third = text[piece.start + 2] | 0x20
        return (second == 0x74 && third == 0x74) || (second == 0x77 && third == 0x77)
          || (second == 0x74 && third == 0x70)  // ht(tp), ww(w), ft(p)
      }
    guard mayHoldLink else { return }
    let links = LinkScanner(text: text).links(start: start, end: end)
    guard !links.isEmpty else { return }
    var result: [Piece] = []
    var linkIndex = 0
    var i = 0
    while i < pieces.count {
      while linkIndex < links.count && links[linkIndex].end <= pieces[i].start { linkIndex += 1 }
      if linkIndex < links.count && links[linkIndex].start <= pieces[i].start
        && pieces[i].start < links[linkIndex].end
      {
        let link = links[linkIndex]
        var j = i
        while j < pieces.count && pieces[j].start < link.end { j += 1 }
        // A piece may stick out of the link (`hamburg.de.` ends with the sentence dot).
        let last = pieces[j - 1]
        result.append(Piece(start: link.start, end: link.end, kind: link.kind))
        if last.end > link.end {
          result.append(Piece(start: link.end, end: last.end, kind: .punctuation))
        }
        i = j
      } else {
        result.append(pieces[i])
        i += 1
      }
    }
    pieces = result
  }

  /// The token starting at piece `i` and the index after it.
  private func merged(_ p: UnsafeBufferPointer<Piece>, at i: Int) -> (Token, Int) {
    let piece = p[i]
    switch piece.kind {
    case .url, .email:
      return (
        Token(
          text: surface(piece.start, piece.end),
          range: TextRange(piece.start + offset, piece.end + offset), kind: piece.kind), i + 1
      )
    case .word:
      return word(p, at: i)
    case .number:
      return number(p, at: i)
    case .punctuation, .symbol:
      if let result = section(p, at: i) ?? prefixMoney(p, at: i) ?? ellipsis(p, at: i) {
        return result
      }
      return (make(piece.start, piece.end, piece.kind), i + 1)
    default:
      return (make(piece.start, piece.end, piece.kind), i + 1)
    }
  }

  // MARK: Words

  private func word(_ p: UnsafeBufferPointer<Piece>, at i: Int) -> (Token, Int) {
    var text = surface(p[i].start, p[i].end)
    var end = p[i].end
    var j = i + 1
    var truncated = false
    // Hyphen chains: KI-Strategie, Social-Media-Übergänge, Wirt-\nschaft, Bürger- und …
    while j < p.count, isHyphen(p[j]), p[j].start == end {
      let hyphenEnd = p[j].end
      guard j + 1 < p.count, p[j + 1].kind == .word || p[j + 1].kind == .number else {
        // `Bürger-` before a list end or punctuation: a truncated compound.
        truncated = true
        end = hyphenEnd
        text += "-"
        j += 1
        break
      }
      let next = p[j + 1]
      let nextText = surface(next.start, next.end)
      if next.start == hyphenEnd {
        text += "-" + nextText
        end = next.end
        j += 2
        continue
      }
      // Whitespace between hyphen and next word.
      let lowerNext = nextText.lowercased()
      if GermanClosedClasses.truncationConjunctions.contains(lowerNext)
        || lowerNext.hasPrefix("bzw")
      {
        truncated = true
        end = hyphenEnd
        text += "-"
        j += 1
        break
      }
      guard containsNewline(hyphenEnd, next.start), next.kind == .word else { break }
      if UTF16Char.isLower(self.text[next.start]) {
        text += nextText  // Wirt-\nschaft → Wirtschaft
      } else {
        text += "-" + nextText  // KI-\nGovernance → KI-Governance
      }
      end = next.end
      j += 2
    }
    // A word that ends in a soft hyphen at a line end: join with the next line's word.
    if !truncated, end > 0, self.text[end - 1] == UTF16Char.softHyphen, j < p.count,
      p[j].kind == .word, containsNewline(end, p[j].start)
    {
      text += surface(p[j].start, p[j].end)
      end = p[j].end
      j += 1
    }
    // Gender forms: Bürger*innen, Antragsteller/in.
    if !truncated, j + 1 < p.count, p[j].start == end,
      p[j].end - p[j].start == 1, self.text[p[j].start] == 0x2A || self.text[p[j].start] == 0x2F,
      p[j + 1].start == p[j].end, p[j + 1].kind == .word,
      GermanClosedClasses.genderSuffixes.contains(surface(p[j + 1].start, p[j + 1].end))
    {
      text += surface(p[j].start, p[j + 1].end)
      end = p[j + 1].end
      j += 2
    }
    if truncated {
      return (
        Token(text: text, range: TextRange(p[i].start + offset, end + offset), kind: .word), j
      )
    }
    // Roman ordinals: `XXII. Wahlperiode`, `II. Weltkrieg` (but `SGB XII.` ends a sentence).
    if j + 1 < p.count, isPeriod(p[j]), p[j].start == end, j == i + 1,
      RomanNumeral.value(self.text, p[i].start, end) != nil, end - p[i].start >= 2,
      !followsAcronymOrNumber(p, i), p[j + 1].kind == .word, p[j + 1].start > p[j].end,
      UTF16Char.isUpper(self.text[p[j + 1].start])
    {
      return (make(p[i].start, p[j].end, .ordinal), j + 1)
    }
    // A numbering that opens a block: `II. - Festsetzung`, `4a. Unterlagen`.
    if i == 0, j == i + 1, j + 1 < p.count, isPeriod(p[j]), p[j].start == end,
      RomanNumeral.value(self.text, p[i].start, end) != nil
        || UTF16Char.isDigit(self.text[p[i].start])
    {
      return (make(p[i].start, p[j].end, .ordinal), j + 1)
    }
    // Abbreviations: z. B., i. V. m., Abs., Kunden-Nr.
    if let (abbreviationEnd, next) = abbreviation(p, wordStart: i, wordEnd: end, lastPiece: j - 1) {
      return (
        Token(
          text: surface(p[i].start, abbreviationEnd),
          range: TextRange(p[i].start + offset, abbreviationEnd + offset),
          kind: .abbreviation), next
      )
    }
    return (Token(text: text, range: TextRange(p[i].start + offset, end + offset), kind: .word), j)
  }

  /// An abbreviation starting at piece `wordStart`: the longest run of `word .` pairs (with
  /// optional spaces between) that the lexicon knows, a compound ending in a known abbreviation
  /// (`Kunden-Nr.`, `Schloßstr.`), or a single letter with a dot.
  private func abbreviation(
    _ p: UnsafeBufferPointer<Piece>, wordStart i: Int, wordEnd: Int, lastPiece: Int
  ) -> (
    Int, Int
  )? {
    let j = lastPiece + 1
    guard j < p.count, isPeriod(p[j]), p[j].start == wordEnd else { return nil }
    let start = p[i].start
    let length = p[j].end - start
    var best: (Int, Int)? = nil
    if length == 2 && UTF16Char.isLetter(text[start]) && !followsAcronymOrNumber(p, i) {
      // An initial (`J. Schulman`) or a letter item (`lit. e`); but `SGB X.` ends a sentence.
      best = (p[j].end, j + 1)
    } else if length <= abbreviations.maximumKeyLength, isKnownAbbreviation(start, p[j].end) {
      best = (p[j].end, j + 1)
    } else if length > 5, let hyphen = lastHyphen(start, wordEnd),
      isKnownAbbreviation(hyphen + 1, p[j].end)
    {
      best = (p[j].end, j + 1)
    } else if length > 5,
      Tokenizer.compoundAbbreviationSuffixes.contains(where: { endsWith($0, at: p[j].end) })
    {
      best = (p[j].end, j + 1)  // Schloßstr., Kundennr.
    }
    // Multi-part: up to four short `word .` pairs.
    guard length <= 6 else { return best }
    var k = j + 1
    guard k + 1 < p.count, p[k].kind == .word, p[k].end - p[k].start <= 4, isPeriod(p[k + 1]),
      p[k + 1].start == p[k].end, p[k].start - p[k - 1].end <= 1
    else { return best }
    // The key is the parts' surfaces joined without the blanks between them, as Latin-1 code
    // units when they allow it (6 units for the first part, 4 + 2 for each further one).
    return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 24) { buffer in
      var count = 0
      var latin1 = appendKey(start, p[j].end, to: buffer, count: &count)
      var key = latin1 ? "" : surface(start, p[j].end)
      var parts = 1
      while parts < 4, k + 1 < p.count, p[k].kind == .word, p[k].end - p[k].start <= 4,
        isPeriod(p[k + 1]), p[k + 1].start == p[k].end, p[k].start - p[k - 1].end <= 1
      {
        if latin1 && !appendKey(p[k].start, p[k + 1].end, to: buffer, count: &count) {
          latin1 = false
          key = surface(start, p[j].end)
          var m = j + 1
          while m < k {
            key += surface(p[m].start, p[m + 1].end)
            m += 2
          }
        }
        parts += 1
        let known: Bool
        if latin1 {
          known = abbreviations.hasEntry(latin1: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        } else {
          key += surface(p[k].start, p[k + 1].end)
          known = abbreviations.entry(for: key) != nil
        }
        if known { best = (p[k + 1].end, k + 2) }
        k += 2
      }
      return best
    }
  }

  /// Whether the lexicon knows the abbreviation `surface(start, end)`.
  private func isKnownAbbreviation(_ start: Int, _ end: Int) -> Bool {
    let length = end - start
    guard length <= 32 else { return abbreviations.entry(for: surface(start, end)) != nil }
    return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: length) { buffer in
      var count = 0
      guard appendKey(start, end, to: buffer, count: &count) else {
        return abbreviations.entry(for: surface(start, end)) != nil
      }
      return abbreviations.hasEntry(latin1: UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
  }

  /// Appends the lookup key of `surface(start, end)` (`Abbreviations.key`: its characters without
  /// blanks) to `key`, one code unit per Latin-1 character. False, with `key` unusable, when a
  /// unit is neither plain Latin-1 nor a blank or soft hyphen that the surface drops, or when
  /// `key` is full.
  private func appendKey(
    _ start: Int, _ end: Int, to key: UnsafeMutableBufferPointer<UInt16>, count: inout Int
  ) -> Bool {
    for i in start..<end {
      let c = text[i]
      if Latin1WordSet.isPlain(c) {
        guard count < key.count else { return false }
        key[count] = c
        count += 1
      } else if !(c == UTF16Char.softHyphen || c == 0x20 || c == 0x0A || c == 0x09 || c == 0xA0) {
        return false
      }
    }
    return true
  }

  /// Whether piece `i` follows an all-capital acronym (`SGB`) or a number: a single letter there is
  /// a Roman numeral or a label, not an initial.
  private func followsAcronymOrNumber(_ p: UnsafeBufferPointer<Piece>, _ i: Int) -> Bool {
    guard i > 0 else { return false }
    let previous = p[i - 1]
    if previous.kind == .number { return true }
    guard previous.kind == .word, previous.end - previous.start >= 2 else { return false }
    for k in previous.start..<previous.end where !UTF16Char.isUpper(text[k]) { return false }
    return true
  }

  private func lastHyphen(_ start: Int, _ end: Int) -> Int? {
    var i = end - 1
    while i > start {
      if text[i] == UTF16Char.hyphen { return i }
      i -= 1
    }
    return nil
  }

  /// Whether the text before `end` ends with `suffix` (ASCII, compared case-insensitively).
  private func endsWith(_ suffix: [UInt16], at end: Int) -> Bool {
    guard end - suffix.count >= 0 else { return false }
    for (k, unit) in suffix.enumerated() {
      var c = text[end - suffix.count + k]
      if c >= 0x41 && c <= 0x5A { c += 0x20 }
      if c != unit { return false }
    }
    return true
  }

  /// Abbreviations written as the last part of a compound: `Hauptstr.`, `Kundennr.`.
  static let compoundAbbreviationSuffixes: [[UInt16]] = [Array("str.".utf16), Array("nr.".utf16)]

  private func isSingleLetterAbbreviation(_ start: Int, _ end: Int) -> Bool {
    end - start == 1 && UTF16Char.isLetter(text[start])
  }

  // MARK: Numbers

  private func number(_ p: UnsafeBufferPointer<Piece>, at i: Int) -> (Token, Int) {
    let start = p[i].start
    var end = p[i].end
    var j = i + 1
    let shape = NumberShape(text, start, end)

    // ISO date 2026-03-05
    if end - start == 4, j + 3 < p.count, isHyphen(p[j]), p[j].start == end,
      p[j + 1].kind == .number, p[j + 1].start == p[j].end, p[j + 1].end - p[j + 1].start == 2,
      isHyphen(p[j + 2]), p[j + 2].start == p[j + 1].end, p[j + 3].kind == .number,
      p[j + 3].start == p[j + 2].end, p[j + 3].end - p[j + 3].start == 2
    {
      return (make(start, p[j + 3].end, .date), j + 4)
    }
    // 17:30 (ICU splits at the colon)
    if j + 1 < p.count, p[j].end - p[j].start == 1, text[p[j].start] == 0x3A, p[j].start == end,
      p[j + 1].kind == .number, p[j + 1].start == p[j].end,
      NumberShape(text, start, p[j + 1].end).isTime(colon: true)
    {
      end = p[j + 1].end
      j += 2
      let (unitEnd, next) = unit(p, after: end, at: j, units: NumberShapes.clockUnits)
      return (make(start, unitEnd ?? end, .time), next)
    }
    if shape.isDate {
      return (make(start, end, .date), j)
    }
    let dottedTime = shape.isTime(colon: false)
    if dottedTime || shape.isHour {
      let (unitEnd, next) = unit(p, after: end, at: j, units: NumberShapes.clockUnits)
      if let unitEnd { return (make(start, unitEnd, .time), next) }
      if dottedTime, j + 1 < p.count, isDash(p[j]), p[j + 1].kind == .number,
        NumberShape(text, p[j + 1].start, p[j + 1].end).isTime(colon: false)
      {
        return (make(start, end, .time), j)
      }
    }
    // Ordinals: am 3. Oktober, im 2. Stock, vom 1.–3. März
    if j < p.count, isPeriod(p[j]), p[j].start == end, isOrdinal(p, number: i, period: j) {
      return (make(start, p[j].end, .ordinal), j + 1)
    }
    // 35,- € and 35,-- EUR
    var amountEnd = end
    var k = j
    if k + 1 < p.count, p[k].end - p[k].start == 1, text[p[k].start] == 0x2C, p[k].start == end,
      isDash(p[k + 1]), p[k + 1].start == p[k].end
    {
      amountEnd = p[k + 1].end
      k += 2
      if k < p.count, isDash(p[k]), p[k].start == amountEnd {
        amountEnd = p[k].end
        k += 1
      }
    }
    let (moneyEnd, afterMoney) = unit(p, after: amountEnd, at: k, units: NumberShapes.currencies)
    if let moneyEnd { return (make(start, moneyEnd, .money), afterMoney) }
    let (percentEnd, afterPercent) = unit(p, after: end, at: j, units: NumberShapes.percentUnits)
    if let percentEnd { return (make(start, percentEnd, .percent), afterPercent) }
    return (make(start, end, .number), j)
  }

  /// A unit word or sign right after a number (same line, at most one space).
  private func unit(_ p: UnsafeBufferPointer<Piece>, after end: Int, at j: Int, units: [[UInt16]])
    -> (Int?, Int)
  {
    guard j < p.count, p[j].start - end <= 1, !containsNewline(end, p[j].start) else {
      return (nil, j)
    }
    let matches = units.contains { text.equals(p[j].start, p[j].end, $0) }
    return matches ? (p[j].end, j + 1) : (nil, j)
  }

  private func isOrdinal(_ p: UnsafeBufferPointer<Piece>, number i: Int, period j: Int) -> Bool {
    let digits = p[i].end - p[i].start
    guard digits <= 3, j + 1 < p.count else { return false }
    // A number opening a block is its numbering: `2. Ziele der Strategie`.
    if i == 0 { return true }
    let next = p[j + 1]
    // vom 1.–3. März
    if isDash(next) { return next.start - p[j].end <= 1 }
    guard next.kind == .word else { return false }
    if next.start == p[j].end { return false }
    if isListed(Tokenizer.months, next) { return true }
    if isListed(Tokenizer.monthAbbreviations, next), j + 2 < p.count, isPeriod(p[j + 2]) {
      return true
    }
    if UTF16Char.isLower(text[next.start]) { return true }
    if isListed(Tokenizer.ordinalNouns, next) { return true }
    guard i > 0, p[i - 1].kind == .word else { return false }
    return isListed(Tokenizer.ordinalDeterminers, p[i - 1])
  }

  /// Whether the lower-cased text of `piece` is in `words`.
  private func isListed(_ words: Latin1WordSet, _ piece: Piece) -> Bool {
    words.contains(text, piece.start, piece.end, lowercasing: true)
      ?? words.set.contains(surface(piece.start, piece.end).lowercased())
  }

  static let months = Latin1WordSet(GermanClosedClasses.months)
  static let monthAbbreviations = Latin1WordSet(GermanClosedClasses.monthAbbreviations)
  static let ordinalNouns = Latin1WordSet(GermanClosedClasses.ordinalNouns)
  static let ordinalDeterminers = Latin1WordSet(GermanClosedClasses.ordinalDeterminers)

  // MARK: Signs

  /// `§ 7`, `§§ 3a`.
  private func section(_ p: UnsafeBufferPointer<Piece>, at i: Int) -> (Token, Int)? {
    guard text[p[i].start] == 0xA7 else { return nil }
    var j = i + 1
    if j < p.count, text[p[j].start] == 0xA7, p[j].start == p[i].end { j += 1 }
    guard j < p.count,
      p[j].kind == .number || (p[j].kind == .word && UTF16Char.isDigit(text[p[j].start])),
      p[j].start - p[j - 1].end <= 1
    else { return nil }
    return (make(p[i].start, p[j].end, .section), j + 1)
  }

  /// `€ 25,50`.
  private func prefixMoney(_ p: UnsafeBufferPointer<Piece>, at i: Int) -> (Token, Int)? {
    guard p[i].end - p[i].start == 1, text[p[i].start] == 0x20AC || text[p[i].start] == 0x24,
      i + 1 < p.count, p[i + 1].kind == .number, p[i + 1].start - p[i].end <= 1
    else { return nil }
    return (make(p[i].start, p[i + 1].end, .money), i + 2)
  }

  /// `...` as one token.
  private func ellipsis(_ p: UnsafeBufferPointer<Piece>, at i: Int) -> (Token, Int)? {
    guard isPeriod(p[i]), i + 2 < p.count, isPeriod(p[i + 1]), isPeriod(p[i + 2]),
      p[i + 1].start == p[i].end, p[i + 2].start == p[i + 1].end
    else { return nil }
    var j = i + 3
    while j < p.count && isPeriod(p[j]) && p[j].start == p[j - 1].end { j += 1 }
    return (make(p[i].start, p[j - 1].end, .punctuation), j)
  }

  // MARK: Helpers

  /// A full stop, also escaped as `\.`.
  private func isPeriod(_ piece: Piece) -> Bool {
    text[piece.end - 1] == UTF16Char.period
      && (piece.end - piece.start == 1
        || (piece.end - piece.start == 2 && text[piece.start] == 0x5C))
  }

  private func isHyphen(_ piece: Piece) -> Bool {
    piece.end - piece.start == 1
      && (text[piece.start] == UTF16Char.hyphen || text[piece.start] == 0x2010)
  }

  private func isDash(_ piece: Piece) -> Bool {
    piece.end - piece.start == 1 && UTF16Char.isDash(text[piece.start])
  }

  private func containsNewline(_ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end {
      if text[i] == UTF16Char.newline { return true }
      i += 1
    }
    return false
  }

  private func make(_ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
    if kind == .punctuation && end - start == 2 && text[start] == 0x5C {
      return Token(
        text: text.string(start + 1, end), range: TextRange(start + offset, end + offset),
        kind: kind)
    }
    var surface = surface(start, end)
    if kind == .ordinal, surface.hasSuffix("\\.") {
      surface.remove(at: surface.index(surface.endIndex, offsetBy: -2))
    }
    return Token(text: surface, range: TextRange(start + offset, end + offset), kind: kind)
  }

  /// The text of `start..<end` with soft hyphens removed and whitespace runs collapsed to one space.
  func surface(_ start: Int, _ end: Int) -> String {
    // A short token of printable ASCII, the common case, is copied into a small string while it
    // is checked; a longer one (a heap string) is checked first, below, to allocate only once.
    if end - start <= 15 {
      var plain = true
      let string = String(unsafeUninitializedCapacity: end - start) { bytes in
        var i = start
        while i < end {
          let c = text[i]
          guard c > 0x20 && c < 0x80 else {
            plain = false
            return 0
          }
          bytes[i &- start] = UInt8(truncatingIfNeeded: c)
          i &+= 1
        }
        return end &- start
      }
      if plain { return string }
    }
    var previous: UInt16 = 0
    var ascii = true
    for i in start..<end {
      let c = text[i]
      if c < 0x80 && c > 0x20 {
        previous = c
        continue
      }
      if c == UTF16Char.softHyphen || (c != UTF16Char.space && UTF16Char.isWhitespace(c))
        || (c == UTF16Char.space && previous == UTF16Char.space)
      {
        return cleanedSurface(start, end)
      }
      if c >= 0x80 { ascii = false }
      previous = c
    }
    return ascii ? text.asciiString(start, end) : text.transcodedString(start, end)
  }

  private func cleanedSurface(_ start: Int, _ end: Int) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(end - start)
    var lastWasSpace = false
    for i in start..<end {
      let c = text[i]
      if c == UTF16Char.softHyphen { continue }
      if UTF16Char.isWhitespace(c) {
        if !lastWasSpace { units.append(UTF16Char.space) }
        lastWasSpace = true
      } else {
        units.append(c)
        lastWasSpace = false
      }
    }
    return units.withUnsafeBufferPointer { $0.string(0, $0.count) }
  }
}

/// Shapes of numeric tokens, read from their code units without allocating.
struct NumberShape {
  /// A run of digits: how many, and their value (the first nine digits).
  struct Group {
    var digits = 0
    var value = 0
  }

  /// The first three digit groups; every test below looks at no more. `groupCount` counts all
  /// of them.
  private var first = Group()
  private var second = Group()
  private var third = Group()
  private(set) var groupCount = 0
  private(set) var separator: UInt16 = 0
  /// False when the token mixes separators or contains anything but digits and one separator.
  private(set) var isSimple = true

  init(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) {
    var digits = 0
    var value = 0
    for i in start..<end {
      let c = text[i]
      if UTF16Char.isDigit(c) {
        digits += 1
        value = digits <= 9 ? value * 10 + Int(c - 0x30) : value
      } else if (c == 0x2E || c == 0x3A || c == 0x2C) && digits > 0
        && (separator == 0 || separator == c)
      {
        separator = c
        append(Group(digits: digits, value: value))
        digits = 0
        value = 0
      } else {
        isSimple = false
        return
      }
    }
    if digits == 0 { isSimple = false }
    append(Group(digits: digits, value: value))
  }

  private mutating func append(_ group: Group) {
    switch groupCount {
    case 0: first = group
    case 1: second = group
    case 2: third = group
    default: break
    }
    groupCount += 1
  }

  /// `12.11.2026`, `5.3.26`.
  var isDate: Bool {
    guard isSimple, separator == 0x2E, groupCount == 3, first.digits <= 2, second.digits <= 2,
      third.digits == 2 || third.digits == 4
    else { return false }
    return (1...31).contains(first.value) && (1...12).contains(second.value)
  }

  /// `17.30`, `9.00` (dot) or `17:30` (colon, `colon: true`).
  func isTime(colon: Bool) -> Bool {
    guard isSimple, separator == (colon ? 0x3A : 0x2E), groupCount == 2, first.digits <= 2,
      second.digits == 2
    else { return false }
    return first.value <= 24 && second.value <= 59
  }

  /// A whole number up to 24: `9` in `9 Uhr`.
  var isHour: Bool {
    isSimple && groupCount == 1 && first.digits <= 2 && first.value <= 24
  }
}

/// Units that join a number into one token.
enum NumberShapes {
  static let currencies = units("€", "EUR", "Euro", "Cent", "ct", "$", "USD", "CHF", "£")
  static let clockUnits = units("Uhr", "h")
  static let percentUnits = units("%", "Prozent", "‰")

  private static func units(_ words: String...) -> [[UInt16]] { words.map { Array($0.utf16) } }
}

/// Roman numerals up to 3999 in their standard form.
enum RomanNumeral {
  /// The value of `text[start..<end]` when it is a well-formed Roman numeral.
  static func value(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Int? {
    guard end > start, end - start <= 15 else { return nil }
    func digit(_ c: UInt16) -> Int? {
      switch c {
      case 0x49: 1
      case 0x56: 5
      case 0x58: 10
      case 0x4C: 50
      case 0x43: 100
      case 0x44: 500
      case 0x4D: 1000
      default: nil
      }
    }
    var total = 0
    var values: [Int] = []
    for i in start..<end {
      guard let value = digit(text[i]) else { return nil }
      values.append(value)
    }
    for (k, value) in values.enumerated() {
      total += k + 1 < values.count && value < values[k + 1] ? -value : value
    }
    // Accept only the canonical spelling of the value (rejects `IIII`, `IC`, `VX`).
    return canonical(total)
      == String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF16.self)
      ? total : nil
  }

  static func canonical(_ number: Int) -> String {
    guard number > 0 && number < 4000 else { return "" }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var remaining = number
    var result = ""
    for (value, symbol) in table {
      while remaining >= value {
        result += symbol
        remaining -= value
      }
    }
    return result
  }
}
