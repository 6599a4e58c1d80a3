/// Flags abbreviations from `abkuerzungen.tsv` and unknown acronyms; well-known ones
/// (`bekannte-abkuerzungen.tsv`) pass.
struct AbbreviationRule: Rule, EvidenceProviding {
  let id: RuleID = "abkuerzung"
  let title = "Keine Abkürzungen"
  let rationale = """
    Abkürzungen muss man kennen. Ausgeschriebene Wörter kann jeder lesen. Nur sehr bekannte \
    Abkürzungen wie WC oder LKW dürfen bleiben.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Keine Abkürzungen"
  let severity = Severity.violation

  let examples: [Example] = [
    .ok("Bringen Sie zum Beispiel Ihren Ausweis mit."),
    .ok("Das kostet 5 Euro."),
    .ok("Die Toilette heißt auch WC."),
    .flags("Bringen Sie ⟦z. B.⟧ Ihren Ausweis mit."),
    .flags("Das steht in § 5 ⟦Abs.⟧ 2."),
    .flags("Fragen Sie beim ⟦BAMF⟧ nach."),
    .rewrites(
      "Bringen Sie ⟦z. B.⟧ Ihren Ausweis mit.", to: "Bringen Sie zum Beispiel Ihren Ausweis mit."),
    .rewrites("⟦Z. B.⟧ den Ausweis.", to: "Zum Beispiel den Ausweis."),
    .rewrites("⟦Ggf.⟧ rufen wir Sie an.", to: "Wenn nötig rufen wir Sie an."),
    .rewrites("Das kostet ⟦ca.⟧ 20 Euro.", to: "Das kostet ungefähr 20 Euro."),
    .rewrites("Sie wohnen in Zimmer ⟦Nr.⟧ 5.", to: "Sie wohnen in Zimmer Nummer 5."),
    .rewrites("⟦Tel.⟧: 0761 201 65 43", to: "Telefon: 0761 201 65 43"),
    .rewrites("Wir brauchen Brot, Milch ⟦usw.⟧", to: "Wir brauchen Brot, Milch und so weiter."),
    .rewrites("Die Frist endet am 31. ⟦Dez.⟧ 2026.", to: "Die Frist endet am 31. Dezember 2026."),
    .rewrites("Wir haben ⟦Fr.⟧ 8 Uhr offen.", to: "Wir haben Freitag 8 Uhr offen."),
    .rewrites("Die Pause dauert 30 ⟦Min.⟧", to: "Die Pause dauert 30 Minuten."),
    .rewrites("Es grüßt Sie ⟦i. A.⟧\nPetra Muster", to: "Es grüßt Sie im Auftrag\nPetra Muster"),
    // A citation stays for the law rule; an ambiguous abbreviation and an acronym stay too.
    .rewrites("Das steht in § 7 ⟦Abs.⟧ 2 ⟦SGB⟧ II.", to: "Das steht in § 7 Abs. 2 SGB II."),
    .rewrites("Das gilt ⟦v.⟧ heute an.", to: "Das gilt v. heute an."),
    .rewrites("Fragen Sie beim ⟦BAMF⟧ nach.", to: "Fragen Sie beim BAMF nach."),
    .rewrites("Geben Sie das ⟦o. g.⟧ Zeichen an.", to: "Geben Sie das o. g. Zeichen an."),
    .rewrites("Mit freundlichen Grüßen ⟦i. A.⟧", to: "Mit freundlichen Grüßen im Auftrag"),
  ]

  /// Abbreviations whose written-out form depends on the context: resolved by `resolve`, or
  /// left as findings.
  static let contextual: Set<String> = [
    "Fr.", "Sa.", "Dez.", "S.", "min.", "Min.", "u. a.", "v.", "d. J.", "St.", "Ber.", "f.",
    "ff.", "a. F.", "i. S. d.", "kfr.", "lfd.", "Lfd.", "M. A.", "Co.", "Prof.", "Alt.",
  ]

  static let expansionMessage = MessagePattern("Schreiben Sie „{}“ aus: „{}“.")
  static let writeOutMessage = MessagePattern("Schreiben Sie die Abkürzung „{}“ aus.")
  static let acronymMessage = MessagePattern(
    "Erklären Sie die Abkürzung „{}“ oder schreiben Sie sie aus.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let known = context.analyzer.ruleData.knownAbbreviations
    var findings: [Finding] = []
    let tokens = sentence.tokens
    for i in tokens.indices {
      // Most tokens are words that cannot be acronyms: test that before copying the token.
      let kind = tokens[i].kind
      guard kind == .abbreviation || kind == .word && Self.mayBeAcronym(tokens[i]) else {
        continue
      }
      let token = tokens[i]
      if token.kind == .abbreviation {
        guard !known.contains(token.text) else { continue }
        let expansions = context.lexicon.abbreviations.entry(for: token.text)?.expansions ?? []
        let message =
          expansions.first.map {
            Self.expansionMessage(token.text, $0)
          }
          ?? Self.writeOutMessage(token.text)
        let written = Self.written(sentence, i, in: context)
        findings.append(
          finding(token.range, message, suggestions: written.map { [$0] } ?? expansions))
      } else if token.kind == .word, isAcronym(token.text), !known.contains(token.text),
        !RomanNumeralRule.isRoman(token.text), !sentence.traits[i].contains(.known)
      {
        let expansions = context.lexicon.abbreviations.entry(for: token.text)?.expansions ?? []
        findings.append(
          finding(
            token.range,
            Self.acronymMessage(token.text),
            severity: .warning, suggestions: expansions))
      }
    }
    return findings
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    // Only dotted abbreviations get an edit; the suggestion is then the resolved form.
    guard let sentence = RewriteSupport.sentence(containing: finding.range, in: context),
      let i = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence),
      sentence.tokens[i].kind == .abbreviation, let written = Self.written(sentence, i, in: context)
    else { return [] }
    return [Edit(finding.range, written)]
  }

  func evidence(for finding: Finding, in context: Context) -> Evidence? {
    context.lexicon.abbreviations.entry(for: context.text(finding.range)).map {
      .lexicon($0.provenance)
    }
  }

  /// The abbreviation at `i` written out, or nil when that is not safe: inside a legal
  /// citation (the law rule handles it), with a meaning that depends on the context and cannot
  /// be resolved, or without an entry. Capitalised at a sentence start; the full stop that the
  /// abbreviation's dot also stood for is kept.
  static func written(_ sentence: AnalyzedSentence, _ i: Int, in context: Context) -> String? {
    let tokens = sentence.tokens
    let token = tokens[i]
    guard token.kind == .abbreviation,
      !context.analyzer.ruleData.knownAbbreviations.contains(token.text),
      let entry = context.lexicon.abbreviations.entry(for: token.text),
      let first = entry.expansions.first,
      !sentence.isInsideLaw(token.range)
    else { return nil }
    var expansion = first
    if contextual.contains(entry.abbreviation) {
      guard let resolved = resolve(entry.abbreviation, tokens, i) else { return nil }
      expansion = resolved
    } else if entry.expansions.count == 2, let number = numberForms(entry.expansions) {
      // `Std.` → `Stunde`/`Stunden`, `Mio.` → `Million`/`Millionen`: by the count before it.
      let count = i > 0 ? tokens[i - 1].text.lowercased() : ""
      expansion = ["1", "ein", "eine", "einer", "einen"].contains(count) ? number.one : number.many
    }
    if entry.kind == "titel" && !["Hr.", "Hrn.", "Fr."].contains(entry.abbreviation) {
      return nil
    }
    // `o. g. Antrag`, `sog. Kosten`, `amtl. Formular`: before a word the adjective would need an
    // ending („oben genannten Antrags“) that depends on case and gender.
    let words = expansion.split(separator: " ")
    if let last = words.last, let initial = last.first, initial.isLowercase,
      last.hasSuffix("nannt")
        || words.count == 1 && ["lich", "isch", "ig"].contains(where: { last.hasSuffix($0) }),
      i + 1 < tokens.count, tokens[i + 1].kind == .word
    {
      return nil
    }
    expansion = RewriteSupport.atSentenceStart(expansion, sentence, i)
    if i == tokens.count - 1 && token.text.hasSuffix(".")
      && (entry.canEndSentence
        || endsParagraph(token.range.end, in: context)
          && sentence.traits.contains { $0.contains(.finiteVerb) })
    {
      expansion += "."
    }
    return expansion
  }

  /// Whether only whitespace up to a blank line or the end of the text follows `offset` (the
  /// abbreviation's dot also ended the sentence; `i. A.` above a name does not).
  static func endsParagraph(_ offset: Int, in context: Context) -> Bool {
    // The characters tested are ASCII, so the UTF-8 bytes from the offset on tell the same.
    let document = context.document.document
    let bytes = document.text.utf8
    var index = document.index(utf16Offset: offset)
    var newlines = 0
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A {
        newlines += 1
        if newlines == 2 { return true }
      } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
        return false
      }
      index = bytes.index(after: index)
    }
    return true
  }

  /// Singular and plural of a unit: (`Stunde`, `Stunden`) in either order.
  static func numberForms(_ forms: [String]) -> (one: String, many: String)? {
    if forms[1].hasPrefix(forms[0]) && forms[1].count <= forms[0].count + 2 {
      return (forms[0], forms[1])
    }
    if forms[0].hasPrefix(forms[1]) && forms[0].count <= forms[1].count + 2 {
      return (forms[1], forms[0])
    }
    return nil
  }

  static let weekdayContext: Set<Token.Kind> = [.ordinal, .date, .time, .number]

  /// The meaning of an ambiguous abbreviation from its neighbours, or nil.
  static func resolve(_ abbreviation: String, _ tokens: [Token], _ i: Int) -> String? {
    let next = i + 1 < tokens.count ? tokens[i + 1] : nil
    let previous = i > 0 ? tokens[i - 1] : nil
    let nextIsCount = next.map { weekdayContext.contains($0.kind) } ?? false
    let previousIsNumber = previous.map { $0.kind == .number } ?? false
    switch abbreviation {
    case "Fr.":
      if nextIsCount || next.map({ ["–", "-", ","].contains($0.text) }) == true {
        return "Freitag"
      }
      if let next, next.kind == .word, Analyzer.startsUppercase(next.text),
        !FactVocabulary.notNames.contains(next.text)
      {
        return "Frau"
      }
      return nil
    case "Sa.":
      return nextIsCount || next.map({ ["–", "-", ","].contains($0.text) }) == true
        ? "Samstag" : nil
    case "Dez.":
      return previous?.kind == .ordinal || next.map({ $0.kind == .number }) == true
        ? "Dezember" : nil
    case "S.":
      return next?.kind == .number && !previousIsNumber ? "Seite" : nil
    case "min.", "Min.":
      if previousIsNumber { return previous?.text == "1" ? "Minute" : "Minuten" }
      return abbreviation == "min." && next?.kind == .number ? "mindestens" : nil
    case "u. a.":
      // `Müller u. a.` at the end lists people; inside a sentence it means „unter anderem“.
      return next == nil || next?.kind == .punctuation ? "und andere" : "unter anderem"
    default:
      return nil
    }
  }

  /// Two to six capital letters (and digits), at least two letters: `BAMF`, `SGB`, `A1`.
  /// False when the token is surely no acronym: 2 to 6 UTF-8 bytes (see `isAcronym`), first
  /// an upper-case ASCII letter or a digit.
  @inline(__always)
  static func mayBeAcronym(_ token: Token) -> Bool {
    let bytes = token.text.utf8
    guard bytes.count >= 2, bytes.count <= 6, let first = bytes.first else { return false }
    return first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39
  }

  func isAcronym(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count >= 2, bytes.count <= 6 else { return false }
    var letters = 0
    for byte in bytes {
      if byte >= 0x41 && byte <= 0x5A {
        letters += 1
      } else if !(byte >= 0x30 && byte <= 0x39) {
        return false
      }
    }
    return letters >= 2
  }
}
