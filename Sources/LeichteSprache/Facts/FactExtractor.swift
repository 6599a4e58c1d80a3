/// Finds the facts of a document (see `Fact.Kind`) from its tokens. Pure and deterministic.
public struct FactExtractor: Sendable {
  public init() {}

  /// All facts of `document`, in text order, each once per occurrence.
  public func facts(in document: Document) -> [Fact] {
    var result: [Fact] = []
    for sentence in document.sentences {
      result += facts(in: sentence)
    }
    return result
  }

  /// The facts of one sentence.
  public func facts(in sentence: Sentence) -> [Fact] {
    var scanner = FactScanner(tokens: sentence.tokens)
    scanner.scan()
    return scanner.facts.sorted { $0.range < $1.range }
  }
}

extension FactScanner {
  /// Whether `tokens` may hold a fact of `kind`: a cheap test that never says no where `scan()`
  /// finds one, so a caller that needs only that kind can skip the extraction. Only two kinds
  /// start at a telling token: a legal citation at `§` or `Art.`/`Artikel` (see `law(at:)`), a
  /// phone number where `phone(at:in:)` finds one. Every other kind: true.
  static func mayHold(_ kind: Fact.Kind, in tokens: [Token]) -> Bool {
    switch kind {
    case .law:
      return tokens.contains {
        $0.kind == .section || $0.text == "Art." || $0.text == "Artikel" || $0.text == "Artikels"
      }
    case .phone:
      // Exactly where `phone(at:)` finds a number; earlier patterns only claim tokens away.
      return tokens.indices.contains { phone(at: $0, in: tokens) != nil }
    default:
      return true
    }
  }
}

extension FactScanner {
  /// `FactVocabulary.phoneLabels.contains(text.lowercased())` without lowercasing most words:
  /// an ASCII word is compared letter by letter, ignoring ASCII case. That is the same test,
  /// because the only non-ASCII character whose lower case is ASCII is the Kelvin sign (→ `k`),
  /// and no label has a `k`. Other words take the full test.
  static func isPhoneLabel(_ text: String) -> Bool {
    let ascii = ByteText.withBytes(text) { bytes -> Bool? in
      guard bytes.count >= phoneLabelLengths.lowerBound,
        bytes.count <= phoneLabelLengths.upperBound
      else { return false }
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return asciiPhoneLabels.contains { label in
        label.count == bytes.count
          && zip(label, bytes).allSatisfy { a, b in
            a == (b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
          }
      }
    }
    return ascii ?? FactVocabulary.phoneLabels.contains(text.lowercased())
  }

  /// The ASCII labels as bytes.
  static let asciiPhoneLabels: [[UInt8]] = FactVocabulary.phoneLabels.sorted()
    .filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

  /// The shortest and longest label in UTF-8 bytes. A word whose lower case is a label has
  /// at least as many bytes as the label (only the Kelvin sign shrinks, see above) and at most
  /// three times as many, which the upper bound allows.
  static let phoneLabelLengths: ClosedRange<Int> = {
    let counts = FactVocabulary.phoneLabels.map(\.utf8.count)
    return (counts.min() ?? 0)...(3 * (counts.max() ?? 0))
  }()
}

/// One pass over a sentence's tokens. Each token is claimed by at most one fact, except that a
/// date inside a deadline is also a date.
struct FactScanner {
  let tokens: [Token]
  /// The tokens' texts in lower case, made once: several patterns compare them.
  let lower: [String]
  var facts: [Fact] = []
  /// Tokens already part of a fact.
  var claimed: [Bool]

  /// `lowercasing: false` leaves `lower` empty, for a caller that needs only the legal
  /// citations (`lawRanges`): they read the lower case of few tokens (`lowerText`).
  init(tokens: [Token], lowercasing: Bool = true) {
    self.tokens = tokens
    lower = lowercasing ? tokens.map { $0.text.lowercased() } : []
    claimed = Array(repeating: false, count: tokens.count)
  }

  /// The lower-case text of token `k`, from `lower` when it was made.
  func lowerText(_ k: Int) -> String { k < lower.count ? lower[k] : tokens[k].text.lowercased() }

  mutating func scan() {
    // Order matters: longer, more specific patterns claim their tokens first.
    for i in tokens.indices where !claimed[i] { if let end = law(at: i) { claim(.law, i, end) } }
    for i in tokens.indices where !claimed[i] {
      if let end = labelledReference(at: i) { claim(.reference, i, end) }
    }
    for i in tokens.indices where !claimed[i] { if let end = iban(at: i) { claim(.iban, i, end) } }
    for i in tokens.indices where !claimed[i] {
      if let end = phone(at: i) { claim(.phone, i, end) }
    }
    for i in tokens.indices where !claimed[i] {
      if let end = yearSpan(at: i) { claim(.date, i, end) }
    }
    for i in tokens.indices where !claimed[i] {
      if let end = code(at: i) { claim(.reference, i, end) }
    }
    for i in tokens.indices { deadline(at: i) }
    for i in tokens.indices where !claimed[i] {
      if let end = writtenDate(at: i) { claim(.date, i, end) }
    }
    for i in tokens.indices where !claimed[i] {
      switch tokens[i].kind {
      case .date: claim(.date, i, i)
      case .time: claim(.time, i, i)
      case .percent: claim(.percent, i, i)
      case .email: claim(.email, i, i)
      case .url: claim(.url, i, i)
      case .money: claim(.money, i, i)
      case .word:
        // `zweihundert Euro`: an amount in words; `sechs Prozent`: a percentage in words.
        if let end = scaledMoney(at: i) {
          claim(.money, i, end)
        } else if i + 1 < tokens.count, tokens[i + 1].text == "Prozent",
          NumberWords.value(tokens[i].text) != nil
        {
          claim(.percent, i, i + 1)
        }
      case .number:
        if let end = scaledMoney(at: i) {
          claim(.money, i, end)
        } else if i + 1 < tokens.count, FactVocabulary.percentWords.contains(tokens[i + 1].text) {
          claim(.percent, i, i + 1)
        } else if isBareAmount(i) {
          claim(.money, i, i)
        } else if isYear(i) {
          claim(.date, i, i)
        }
      default: break
      }
    }
    for i in tokens.indices where !claimed[i] {
      if let end = fraction(at: i) { claim(.percent, i, end) }
    }
    for i in tokens.indices where !claimed[i] {
      if let end = person(at: i) { claim(.person, i, end) }
    }
    for i in tokens.indices where !claimed[i] {
      if let end = office(at: i) { claim(.office, i, end) }
    }
  }

  // MARK: Recording

  mutating func claim(_ kind: Fact.Kind, _ start: Int, _ end: Int) {
    let text = joined(start, end)
    guard let key = FactKeys.key(kind, text: text, tokens: Array(tokens[start...end])) else {
      return
    }
    facts.append(
      Fact(
        kind: kind, text: text, key: key,
        range: TextRange(tokens[start].range.start, tokens[end].range.end)))
    for k in start...end { claimed[k] = true }
  }

  /// The ranges of the legal citations, in text order: the `.law` facts of `scan()` without
  /// their texts and keys. Citations are claimed first there and a citation's key is never nil,
  /// so each one found at an unclaimed token claims up to its end.
  static func lawRanges(in tokens: [Token]) -> [TextRange] {
    let scanner = FactScanner(tokens: tokens, lowercasing: false)
    var ranges: [TextRange] = []
    var i = 0
    while i < tokens.count {
      if let end = scanner.law(at: i) {
        ranges.append(TextRange(tokens[i].range.start, tokens[end].range.end))
        i = end + 1
      } else {
        i += 1
      }
    }
    return ranges
  }

  /// Tokens `start...end` as written, one space where the source had whitespace.
  func joined(_ start: Int, _ end: Int) -> String {
    var text = ""
    for k in start...end {
      if k > start && tokens[k - 1].range.end < tokens[k].range.start { text += " " }
      text += tokens[k].text
    }
    return text
  }

  func adjacent(_ k: Int) -> Bool { k > 0 && tokens[k - 1].range.end == tokens[k].range.start }
  func text(_ k: Int) -> String { k < tokens.count ? tokens[k].text : "" }
  func hasDigit(_ k: Int) -> Bool { tokens[k].text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

  // MARK: Legal citations

  /// `§ 12 Abs. 1 S. 2 WoGG`, `§§ 13 bis 18 WoGG`, `Art. 3 Abs. 2 GG`, `§ 28 des Wohngeldgesetzes`.
  func law(at i: Int) -> Int? {
    var k: Int
    if tokens[i].kind == .section {
      k = i
    } else if ["Art.", "Artikel", "Artikels"].contains(text(i)), i + 1 < tokens.count,
      tokens[i + 1].kind == .number
    {
      k = i + 1
    } else {
      return nil
    }
    while k + 1 < tokens.count {
      let next = tokens[k + 1]
      let word = next.text
      if FactVocabulary.citationParts.contains(word), k + 2 < tokens.count, isCitationNumber(k + 2)
      {
        k += 2
      } else if FactVocabulary.citationJoiners.contains(word), k + 2 < tokens.count,
        isCitationNumber(k + 2)
      {
        k += 2
      } else if word == ",", k + 2 < tokens.count, isCitationNumber(k + 2) {
        k += 2
      } else if isLawName(k + 1) {
        k += 1
        if k + 1 < tokens.count, isRomanOrNumber(k + 1) { k += 1 }  // SGB II, SGB 5
        break
      } else if (word == "des" || word == "der"), k + 2 < tokens.count, isWrittenLawName(k + 2) {
        k += 2
        break
      } else {
        break
      }
    }
    return k
  }

  func isCitationNumber(_ k: Int) -> Bool {
    tokens[k].kind == .number || tokens[k].kind == .section
      || (tokens[k].kind == .word && tokens[k].text.utf8.count <= 4 && hasDigit(k))
      || (tokens[k].kind == .word && tokens[k].text.count == 1)  // lit. e
  }

  func isRomanOrNumber(_ k: Int) -> Bool {
    let word = tokens[k].text
    return tokens[k].kind == .number
      || (!word.isEmpty && word.count <= 5 && word.allSatisfy { "IVXL".contains($0) })
  }

  /// A law's short name: `WoGG`, `SGB`, `BauGB`, `VwVfG`, `GG`: capitals and lower case letters
  /// with at least two capitals, ending in a capital.
  func isLawName(_ k: Int) -> Bool {
    let word = tokens[k].text
    guard tokens[k].kind == .word || tokens[k].kind == .abbreviation, word.count >= 2,
      word.count <= 12
    else { return false }
    let capitals = word.filter(\.isUppercase).count
    return capitals >= 2 && (word.last?.isUppercase ?? false) && word.allSatisfy(\.isLetter)
  }

  func isWrittenLawName(_ k: Int) -> Bool {
    let word = lowerText(k)
    return FactVocabulary.lawNameEndings.contains { word.hasSuffix($0) }
  }

  // MARK: References and codes

  /// `Az.: 50.3-WG-2026/0815`, `Kunden-Nr. 4711`, `Drs. 22-3017`, `Kassenzeichen: 2.4410.012345.7`.
  func labelledReference(at i: Int) -> Int? {
    guard isReferenceLabel(i) else { return nil }
    var k = i + 1
    if k < tokens.count && tokens[k].text == ":" { k += 1 }
    guard k < tokens.count,
      hasDigit(k) || (k + 1 < tokens.count && adjacent(k + 1) && hasDigit(k + 1))
    else { return nil }
    var end = k
    while end + 1 < tokens.count && adjacent(end + 1) && !isClosingPunctuation(end + 1) { end += 1 }
    return end
  }

  func isReferenceLabel(_ k: Int) -> Bool { FactVocabulary.isReferenceLabel(lowercased: lower[k]) }

  /// An unlabelled code: adjacent tokens with a digit and a letter, slash or hyphen
  /// (`12345//0067890`, `MU-AP 318` is not one), at least five characters.
  func code(at i: Int) -> Int? {
    // A code starts with a letter or digit (not `(` before a phone number or a citation) and
    // does not take in tokens of another fact.
    guard !adjacent(i) || i == 0, tokens[i].kind != .punctuation else { return nil }
    var end = i
    while end + 1 < tokens.count && adjacent(end + 1) && !isClosingPunctuation(end + 1)
      && !claimed[end + 1]
    {
      end += 1
    }
    // A dash at the end belongs to a range (`8.221- 8.740 Euro`), not to the code.
    while end > i, ["-", "–", "—"].contains(tokens[end].text) { end -= 1 }
    guard end > i || tokens[i].kind == .word else { return nil }
    let text = joined(i, end)
    guard text.count >= 5, text.contains(where: \.isNumber),
      text.contains(where: { $0 == "/" || $0 == "-" || $0.isLetter }),
      !(i...end).contains(where: {
        [.date, .time, .money, .percent, .url, .email].contains(tokens[$0].kind)
      })
    else { return nil }
    return end
  }

  func isClosingPunctuation(_ k: Int) -> Bool {
    let word = tokens[k].text
    return tokens[k].kind == .punctuation
      && [",", ";", ")", "]", "“", "\"", "!", "?"].contains(word)
      || (word == "." && (k + 1 == tokens.count || !adjacent(k + 1)))
      || (word == ":" && (k + 1 == tokens.count || !adjacent(k + 1)))
  }

  // MARK: Numbers with meaning

  /// `DE17 1234 5678 0004 7110 00`.
  func iban(at i: Int) -> Int? {
    let word = tokens[i].text
    let scalars = Array(word.unicodeScalars)
    guard scalars.count == 4, scalars[0].properties.isUppercase, scalars[1].properties.isUppercase,
      scalars[2].properties.numericType != nil, scalars[3].properties.numericType != nil
    else { return nil }
    var end = i
    while end + 1 < tokens.count && tokens[end + 1].kind == .number
      && tokens[end + 1].text.count <= 4
    {
      end += 1
    }
    return end - i >= 3 ? end : nil
  }

  /// `0761/2016543`, `040 428 04-0`, `+49 40 42828-0`, `Tel.: 115`.
  func phone(at i: Int) -> Int? { Self.phone(at: i, in: tokens) }

  /// The last token of the phone number that starts at token `i`, if one does (without regard
  /// to tokens claimed by earlier patterns). Static, so that `mayHold(.phone, in:)` asks exactly
  /// this question without a scanner.
  static func phone(at i: Int, in tokens: [Token]) -> Int? {
    // Only a `+` or a number starts a phone number (see the guard below); most tokens are
    // words, told apart by their kind before their text is read.
    let number = tokens[i].kind == .number
    let plus = !number && tokens[i].kind != .word && Self.isText(tokens[i].text, 0x2B)
    guard plus || number else { return nil }
    let first = tokens[i]
    var labelled = false
    var back = i - 1
    while back >= 0
      && (Self.isText(tokens[back].text, 0x3A) || Self.isText(tokens[back].text, 0x28))
    {
      back -= 1
    }
    if back >= 0 { labelled = isPhoneLabel(tokens[back].text) }
    var k = i
    if plus, i + 1 < tokens.count, tokens[i + 1].kind == .number,
      tokens[i].range.end == tokens[i + 1].range.start
    {
      k = i + 1
    } else {
      guard first.kind == .number, Self.startsWithZero(first.text) || labelled else { return nil }
    }
    var digits = tokens[k].text.filter(\.isNumber).count
    var end = k
    while end + 1 < tokens.count {
      let next = tokens[end + 1]
      if next.kind == .number && next.text.allSatisfy(\.isNumber) && digits + next.text.count <= 16
      {
        end += 1
        digits += next.text.count
      } else if (next.text == "/" || next.text == "-"), end + 2 < tokens.count,
        tokens[end + 2].kind == .number
      {
        end += 1
      } else if next.text == "(", end + 3 < tokens.count, tokens[end + 2].text == "0",
        tokens[end + 3].text == ")"
      {
        end += 3
      } else {
        break
      }
    }
    if tokens[end].kind != .number { end -= 1 }
    let minimum = labelled ? 3 : 7
    return digits >= minimum && (end > k || labelled) ? end : nil
  }

  /// `text == String(UnicodeScalar(byte))` for `:`, `(` or `+`, by its bytes: no other string
  /// is canonically equivalent to one of them (only `;`, `K` and `` ` `` among the ASCII
  /// characters have a singleton decomposition pointing at them).
  @inline(__always)
  static func isText(_ text: String, _ byte: UInt8) -> Bool {
    ByteText.withBytes(text) { $0.count == 1 && $0[0] == byte }
  }

  /// `text.first == "0"`, by its bytes where they decide it: a `0` followed by nothing or by an
  /// ASCII character is a character of its own (no grapheme cluster joins them).
  @inline(__always)
  static func startsWithZero(_ text: String) -> Bool {
    let decided = ByteText.withBytes(text) { bytes -> Bool? in
      guard let lead = bytes.first else { return false }
      if lead != 0x30 { return lead < 0x80 ? false : nil }
      return bytes.count == 1 || bytes[1] < 0x80 ? true : nil
    }
    return decided ?? (text.first == "0")
  }

  /// `1,2 Mio. Euro`, `18,5 Mrd. Euro`, `250 Euro` written apart.
  func scaledMoney(at i: Int) -> Int? {
    var k = i + 1
    if k < tokens.count, FactVocabulary.moneyScales[tokens[k].text] != nil { k += 1 }
    guard k < tokens.count, ["Euro", "EUR", "€", "Cent"].contains(tokens[k].text) else {
      return nil
    }
    // The number word test last: it is the costly one, and most words are followed by no unit.
    if tokens[i].kind == .word && NumberWords.value(tokens[i].text) == nil { return nil }
    return k
  }

  /// `die Hälfte der Kosten`, `ein Viertel des Betrags`: a fraction before a genitive is a
  /// percentage (the rewrite of `50 % der Kosten`).
  func fraction(at i: Int) -> Int? {
    guard i + 2 < tokens.count, ["der", "des"].contains(tokens[i + 2].text),
      FactKeys.fractions[(tokens[i].text + " " + tokens[i + 1].text).lowercased()] != nil
    else { return nil }
    return i + 1
  }

  /// `563,00` in a table of amounts: a number with two decimals after a comma is money.
  func isBareAmount(_ i: Int) -> Bool {
    // `0,50 v. H.` is a percentage, not an amount.
    if i + 1 < tokens.count, FactVocabulary.percentWords.contains(tokens[i + 1].text) {
      return false
    }
    let text = tokens[i].text
    guard let comma = text.lastIndex(of: ","), text.distance(from: comma, to: text.endIndex) == 3
    else { return false }
    return text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
  }

  /// A year on its own: `2026` in `im Jahr 2026`, `bis 2030`.
  func isYear(_ i: Int) -> Bool {
    let text = tokens[i].text
    guard text.count == 4, let value = Int(text) else { return false }
    return (1900...2100).contains(value)
  }

  /// `2026/27` and `2027/2028` (school and budget years).
  func yearSpan(at i: Int) -> Int? {
    guard tokens[i].kind == .number, isYear(i), i + 2 < tokens.count, tokens[i + 1].text == "/",
      adjacent(i + 1), adjacent(i + 2), tokens[i + 2].kind == .number,
      [2, 4].contains(tokens[i + 2].text.count)
    else { return nil }
    return i + 2
  }

  /// `3. Oktober 2026`, `31. Dez. 2026`, `3. Oktober`, and a month with its year: `Februar 2026`.
  func writtenDate(at i: Int) -> Int? {
    if tokens[i].kind == .word || tokens[i].kind == .abbreviation,
      FactKeys.monthNames[lower[i]] != nil, i + 1 < tokens.count,
      tokens[i + 1].kind == .number, isYear(i + 1)
    {
      return i + 1
    }
    guard tokens[i].kind == .ordinal, i + 1 < tokens.count,
      FactKeys.monthNames[lower[i + 1]] != nil
    else { return nil }
    var end = i + 1
    if end + 1 < tokens.count, tokens[end + 1].kind == .number, tokens[end + 1].text.count == 4 {
      end += 1
    }
    return end
  }

  /// `bis zum 30.06.2027`, `spätestens am 3. März`, `innerhalb eines Monats`, `binnen 14 Tagen`.
  mutating func deadline(at i: Int) {
    let word = lower[i]
    guard FactVocabulary.deadlineStarts.contains(word) else { return }
    // `von 8 bis 12 Uhr`, `vom 1. bis 3. März`, `3 bis 4 Wochen`: the end of a range.
    if word == "bis", i > 0,
      [.number, .ordinal, .date, .time].contains(tokens[i - 1].kind)
        || FactKeys.numberValue(tokens[i - 1].text) != nil
        || FactKeys.monthNames[lower[i - 1]] != nil
    {
      return
    }
    var k = i + 1
    // `Frist endet am 30. Juni`: the same deadline as `Frist am 30. Juni` once a split has put
    // the verb of the former subordinate clause in second position.
    if word == "frist" || word == "fristablauf", k < tokens.count,
      FactVocabulary.deadlineVerbs.contains(lower[k])
    {
      k += 1
    }
    while k < tokens.count && FactVocabulary.deadlineFillers.contains(lower[k]) {
      k += 1
    }
    guard k < tokens.count else { return }
    if tokens[k].kind == .date {
      recordDeadline(i, k)
    } else if let end = writtenDate(at: k) {
      recordDeadline(i, end)
    } else if let end = duration(at: k) {
      recordDeadline(i, end)
    }
  }

  /// `eines Monats`, `14 Tagen`, `zwei Wochen`, `einem Jahr`.
  func duration(at k: Int) -> Int? {
    var unit = k
    if FactKeys.numberValue(tokens[k].text) != nil { unit = k + 1 }
    guard unit < tokens.count, FactKeys.durationUnit(tokens[unit].text) != nil else { return nil }
    return unit
  }

  mutating func recordDeadline(_ start: Int, _ end: Int) {
    let text = joined(start, end)
    guard let key = FactKeys.key(.deadline, text: text, tokens: Array(tokens[start...end])) else {
      return
    }
    facts.append(
      Fact(
        kind: .deadline, text: text, key: key,
        range: TextRange(tokens[start].range.start, tokens[end].range.end)))
  }

  // MARK: Names

  /// `Frau Petra Muster`, `Herrn Dr. Jonas Beispiel`, `gez. Marion Beispielberg`.
  func person(at i: Int) -> Int? {
    guard FactVocabulary.personTitles.contains(tokens[i].text) else { return nil }
    var k = i + 1
    while k < tokens.count && FactVocabulary.personTitles.contains(tokens[k].text) { k += 1 }
    var end = k - 1
    while end + 1 < tokens.count && end + 1 - k < 3 && isName(end + 1) { end += 1 }
    return end >= k ? end : nil
  }

  func isName(_ k: Int) -> Bool {
    let word = tokens[k].text
    guard tokens[k].kind == .word, let first = word.first, first.isUppercase, word.count >= 2 else {
      return false
    }
    return !FactVocabulary.notNames.contains(word) && !word.allSatisfy(\.isUppercase)
  }

  /// `Stadt Musterstadt`, `Bezirksamt Musterstadt-Nord`, `Wohngeldstelle`, `Jobcenter Musterstadt`.
  func office(at i: Int) -> Int? {
    let word = tokens[i].text
    guard tokens[i].kind == .word, let first = word.first, first.isUppercase else { return nil }
    let lower = self.lower[i]
    let isHead = FactVocabulary.officeHeads.contains(word)
    let isCompound =
      lower.count > 6 && FactVocabulary.officeEndings.contains { lower.hasSuffix($0) }
    guard isHead || isCompound else { return nil }
    var end = i
    if end + 1 < tokens.count, isName(end + 1),
      !FactVocabulary.officeHeads.contains(tokens[end + 1].text)
    {
      end += 1
    }
    return end > i || isCompound ? end : nil
  }
}
