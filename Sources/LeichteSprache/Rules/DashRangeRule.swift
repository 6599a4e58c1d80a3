/// Flags ranges with a dash (`8–12 Uhr`, `Mo–Fr`): write „von … bis …“.
struct DashRangeRule: Rule {
  let id: RuleID = "bis-strich"
  let title = "Von … bis … statt Strich"
  let rationale = """
    Einen Strich zwischen zwei Zahlen lesen viele nicht als „bis“. Schreiben Sie es aus: von 8 bis \
    12 Uhr, Montag bis Freitag.
    """
  let reference = "LanguageTool (von–bis); Netzwerk Leichte Sprache: Sonderzeichen vermeiden"
  let severity = Severity.warning

  static let weekdays: Set<String> = [
    "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
  ]

  static let weekdayNames: [String: String] = [
    "Mo": "Montag", "Di": "Dienstag", "Mi": "Mittwoch", "Do": "Donnerstag", "Fr": "Freitag",
    "Sa": "Samstag", "So": "Sonntag", "Mo.": "Montag", "Di.": "Dienstag", "Mi.": "Mittwoch",
    "Do.": "Donnerstag", "Fr.": "Freitag", "Sa.": "Samstag", "So.": "Sonntag",
  ]

  /// Words after which „von“ is not added: it is there already (`von 8–12 Uhr`), or another
  /// word governs the range (`für 8–10 Personen`, `zwischen 8–12 Uhr`, `ca. 3–4 Wochen`).
  static let noVonBefore: Set<String> = [
    "von", "vom", "ab", "bis", "zwischen", "ca.", "circa", "etwa", "rund", "ungefähr", "je",
    "jeweils", "insgesamt", "nur", "maximal", "höchstens", "mindestens", "mind.", "max.", "rd.",
  ]

  let examples: [Example] = [
    .ok("Wir haben von 8 bis 12 Uhr geöffnet."),
    .ok("Das ist die KI-Strategie."),
    .flags("Wir haben ⟦8–12 Uhr⟧ geöffnet."),
    .flags("Wir haben ⟦Mo–Fr⟧ geöffnet."),
    // Telephone extensions and file numbers are not ranges.
    .ok("Rufen Sie 0123 5678-321 an."),
    .ok("Das steht in Drs. 22-3017."),
    .ok("Das steht in §§ 3–5 WoGG."),
    .ok("Wir wohnen in 79098 Freiburg."),
    .rewrites("Wir haben ⟦8–12 Uhr⟧ geöffnet.", to: "Wir haben von 8 bis 12 Uhr geöffnet."),
    .rewrites("Wir haben ⟦Mo–Fr⟧ geöffnet.", to: "Wir haben Montag bis Freitag geöffnet."),
    .rewrites("Wir haben ⟦Mo.–Fr.⟧ geöffnet.", to: "Wir haben Montag bis Freitag geöffnet."),
    .rewrites(
      "Sprechzeiten: ⟦Mo–Fr⟧ ⟦8:00–12:00 Uhr⟧.",
      to: "Sprechzeiten: Montag bis Freitag von 8:00 bis 12:00 Uhr."),
    .rewrites("Wir haben ⟦8 – 12 Uhr⟧ geöffnet.", to: "Wir haben von 8 bis 12 Uhr geöffnet."),
    .rewrites("Wir haben von ⟦8–12 Uhr⟧ geöffnet.", to: "Wir haben von 8 bis 12 Uhr geöffnet."),
    .rewrites("Die Messe ist vom ⟦1.–3.⟧ März.", to: "Die Messe ist vom 1. bis 3. März."),
    .rewrites("Der Plan gilt ⟦2025–2027⟧.", to: "Der Plan gilt von 2025 bis 2027."),
    .rewrites("Das dauert ⟦3–4⟧ Wochen.", to: "Das dauert 3 bis 4 Wochen."),
    .rewrites("Es kommen ca. ⟦10–20⟧ Personen.", to: "Es kommen ca. 10 bis 20 Personen."),
    .rewrites("Wir sind zwischen ⟦8–12 Uhr⟧ da.", to: "Wir sind zwischen 8 und 12 Uhr da."),
    .rewrites("⟦8–12 Uhr⟧: Sprechstunde.", to: "Von 8 bis 12 Uhr: Sprechstunde."),
    .rewrites(
      "Sie bekommen Geld ⟦1. Februar 2026 – 31. Januar 2027⟧.",
      to: "Sie bekommen Geld vom 1. Februar 2026 bis 31. Januar 2027."),
    .rewrites(
      "Die Ferien sind ⟦1. März – 3. April⟧.", to: "Die Ferien sind vom 1. März bis 3. April."),
    // Dashes between more than two dates separate a list; phone numbers are no ranges.
    .ok("Zahlen Sie am 15.02.2026 – 15.05.2026 – 15.08.2026."),
    .ok("Telefon: 0123/456-2214"),
    .ok("Neu ab 01.08.2026 – 5. Satzung zur Änderung."),
    .ok("Sie finden uns in der Kreishausstraße 4–6."),
    .ok("Jobcenter – Bahnhofsplatz 2 – 12345 Musterstadt"),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.hasFirstByte(0x2D) || sentence.summary.hasFirstByte(0xE2) else {
      return []
    }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    var facts: [Fact]? = nil
    var i = 1
    while i + 1 < tokens.count {
      let dash = tokens[i]
      guard Self.isDash(dash) else { i += 1; continue }
      let left = tokens[i - 1]
      let right = tokens[i + 1]
      let (first, last) = Self.span(tokens, i)
      let isRange =
        Self.compatible(Self.category(tokens, first, i - 1), Self.category(tokens, i + 1, last))
        || Self.weekdays.contains(left.text) && Self.weekdays.contains(right.text)
      // Phone numbers and ids (0761-2016543, 5678-321 after an area code, Drs. 22-3017) are not
      // ranges; neither is a pair of numbers that does not ascend.
      let isIdentifier =
        left.kind == .number && first == i - 1
        && (left.text.hasPrefix("0") || (i >= 2 && tokens[i - 2].kind == .number)
          || (i >= 2 && tokens[i - 2].text == "/")
          || FactVocabulary.followsReferenceLabel(tokens, i - 1)
          || (right.kind == .number && (Double(right.text) ?? 0) <= (Double(left.text) ?? 0)))
      // An address: house numbers after a street (`Kreishausstraße 4–6`), a postcode after the
      // dash (`Bahnhofsplatz 2 – 12345 Musterstadt`).
      let isAddress =
        first >= 1 && Self.isStreet(tokens[first - 1].text)
        || right.kind == .number && right.text.count == 5 && right.text.allSatisfy(\.isNumber)
      // `15.02. – 15.05. – 15.08.`: dashes between more than two items separate a list.
      let isList =
        first >= 1 && Self.isDash(tokens[first - 1])
        || last + 1 < tokens.count && Self.isDash(tokens[last + 1])
      if isRange, !isIdentifier, !isList, !isAddress {
        let range = sentence.range(first, last)
        if facts == nil { facts = sentence.facts }
        let inFact = facts!.contains {
          [.phone, .reference, .iban, .law].contains($0.kind)
            && $0.range.start <= range.start && range.end <= $0.range.end
        }
        if !inFact {
          let written = Self.written(sentence, i, first, last, in: context)
          findings.append(
            finding(
              range, "Schreiben Sie „\(written)“ statt eines Strichs.", suggestions: [written]))
          i = last + 1
          continue
        }
      }
      i += 1
    }
    return findings
  }

  enum Category { case date, ordinal, clock, amount, other }

  /// What the tokens `first...last` on one side of a dash are.
  static func category(_ tokens: [Token], _ first: Int, _ last: Int) -> Category {
    if first < last || tokens[first].kind == .date { return .date }
    switch tokens[first].kind {
    case .ordinal: return .ordinal
    // `0.10` without „Uhr“ may be a room number; `8.30` becomes `8:30` first (uhrzeit-format).
    case .time:
      let text = tokens[first].text
      return text.contains(".") && !text.hasSuffix("Uhr") && !text.hasSuffix("h") ? .other : .clock
    case .number, .money: return .amount
    default: return .other
    }
  }

  /// Whether two sides make a range: the same kind of value, or a bare number before a time or
  /// an amount (`8–12 Uhr`, `10–20 €`). A date and an ordinal (`01.08.2026 – 5. Satzung`) do not.
  static func compatible(_ left: Category, _ right: Category) -> Bool {
    guard left != .other, right != .other else { return false }
    return left == right || left == .amount && right == .clock
      || left == .clock && right == .amount
  }

  static let streetEndings = [
    "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "markt",
    "chaussee", "steig", "pfad",
  ]

  /// A street name before house numbers: `Kreishausstraße`, `Am Markt`, `Hauptstr.`.
  static func isStreet(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase else { return false }
    let lower = word.lowercased()
    return streetEndings.contains { lower.hasSuffix($0) }
  }

  static func isDash(_ token: Token) -> Bool {
    token.kind == .punctuation && (token.text == "–" || token.text == "-" || token.text == "—")
  }

  /// The tokens on both sides of the dash at `i`: one token each, or a whole written date
  /// (`1. Februar 2026 – 31. Januar 2027`, `1. März – 3. April`).
  static func span(_ tokens: [Token], _ i: Int) -> (first: Int, last: Int) {
    var first = i - 1
    if tokens[first].kind == .number, first >= 2, FactKeys.month(tokens[first - 1].text) != nil,
      tokens[first - 2].kind == .ordinal
    {
      first -= 2
    } else if tokens[first].kind == .word, FactKeys.month(tokens[first].text) != nil, first >= 1,
      tokens[first - 1].kind == .ordinal
    {
      first -= 1
    }
    var last = i + 1
    if tokens[last].kind == .ordinal, last + 1 < tokens.count,
      FactKeys.month(tokens[last + 1].text) != nil, first < i - 1
    {
      last += 1
      if last + 1 < tokens.count, tokens[last + 1].kind == .number,
        tokens[last + 1].text.count == 4
      {
        last += 1
      }
    }
    return (first, last)
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// The range around the dash at `i` written out: `von 8 bis 12 Uhr`, `Montag bis Freitag`,
  /// `3 bis 4` after a word that governs the range, `8 und 12 Uhr` after `zwischen`.
  static func written(
    _ sentence: AnalyzedSentence, _ i: Int, _ first: Int, _ last: Int, in context: Context
  ) -> String {
    let tokens = sentence.tokens
    let left = tokens[i - 1]
    let right = tokens[i + 1]
    let from =
      weekdayNames[left.text]
      ?? String(context.text(TextRange(tokens[first].range.start, left.range.end)))
    let to =
      weekdayNames[right.text]
      ?? String(context.text(TextRange(right.range.start, tokens[last].range.end)))
    let before = first >= 1 ? tokens[first - 1] : nil
    let previous = before?.text.lowercased() ?? ""
    if previous == "zwischen" { return "\(from) und \(to)" }
    // A weekday range reads well without „von“; a count before a noun (`3–4 Wochen`) too.
    let isWeekday = weekdays.contains(left.text)
    let countsNoun =
      left.kind == .number && right.kind == .number && i + 2 < tokens.count
      && tokens[i + 2].kind == .word && Analyzer.startsUppercase(tokens[i + 2].text)
      && !DateFormatRule.months.contains(tokens[i + 2].text)
    let governed =
      before.map {
        noVonBefore.contains(previous)
          || $0.kind == .word && !Analyzer.startsUppercase($0.text)
            && sentence.traits[first - 1].contains(.preposition)
          || sentence.traits[first - 1].contains(.definiteArticle)
          || sentence.traits[first - 1].contains(.indefiniteArticle)
          || sentence.traits[first - 1].contains(.determiner)
      } ?? false
    if isWeekday || countsNoun || governed || first == i - 1 && left.kind == .ordinal {
      return RewriteSupport.atSentenceStart("\(from) bis \(to)", sentence, first)
    }
    // A written date reads „vom 1. Februar 2026 bis 31. Januar 2027“.
    let von = tokens[first].kind == .ordinal ? "vom" : "von"
    return RewriteSupport.atSentenceStart("\(von) \(from) bis \(to)", sentence, first)
  }
}
