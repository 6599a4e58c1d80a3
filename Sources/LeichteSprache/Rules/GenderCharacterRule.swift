/// Flags gender characters: `Bürger*innen`, `Bürger:innen`, `Bürger_innen`, `BürgerInnen`,
/// `Antragsteller/in`.
struct GenderCharacterRule: Rule {
  let id: RuleID = "gender-zeichen"
  let title = "Keine Gender-Zeichen"
  let rationale = """
    Zeichen wie * oder : mitten im Wort stören beim Lesen. In Leichter Sprache schreibt man beide \
    Formen aus: Bürger und Bürgerinnen.
    """
  let reference =
    "Netzwerk Leichte Sprache: erst die männliche Form; Hildesheim: Regeln der Leichten Sprache vor gender-gerechter Sprache"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Bürger und Bürgerinnen können kommen."),
    .ok("Das ist die KI-Strategie."),
    .flags("Alle ⟦Bürger*innen⟧ können kommen."),
    .flags("Alle ⟦Bürger:innen⟧ können kommen."),
    .flags("Alle ⟦BürgerInnen⟧ können kommen."),
    .flags("Jeder ⟦Antragsteller/in⟧ bekommt Post."),
    .rewrites(
      "Alle ⟦Bürger*innen⟧ können kommen.", to: "Alle Bürger und Bürgerinnen können kommen."),
    .rewrites(
      "Alle ⟦Bürger:innen⟧ können kommen.", to: "Alle Bürger und Bürgerinnen können kommen."),
    .rewrites("⟦BürgerInnen⟧ können kommen.", to: "Bürger und Bürgerinnen können kommen."),
    .rewrites(
      "Wir sprechen mit den ⟦Mitarbeiter_innen⟧.",
      to: "Wir sprechen mit den Mitarbeitern und Mitarbeiterinnen."),
    .rewrites(
      "Das gilt für ⟦Empfänger/innen⟧ von Wohngeld.",
      to: "Das gilt für Empfänger und Empfängerinnen von Wohngeld."),
    .rewrites(
      "Jeder ⟦Antragsteller/in⟧ bekommt Post.",
      to: "Jeder Antragsteller und jede Antragstellerin bekommt Post."),
    .rewrites(
      "Alle ⟦Student*innen⟧ können kommen.", to: "Alle Studenten und Studentinnen können kommen."),
    // Forms the rule cannot build safely stay findings: umlauts, gendered articles.
    .rewrites("Alle ⟦Ärzt*innen⟧ kommen.", to: "Alle Ärzt*innen kommen."),
    .rewrites("Fragen Sie die*den ⟦Berater*in⟧.", to: "Fragen Sie die*den Berater*in."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard
      sentence.summary.wordHasGenderMark || sentence.summary.wordEndsInIn
        || sentence.summary.hasFirstByte(0x3A) || sentence.summary.hasFirstByte(0x2A)
    else { return [] }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    let message =
      "Hier steht ein Gender-Zeichen. Schreiben Sie beide Formen aus, zum Beispiel „Bürger und Bürgerinnen“."
    for (i, token) in tokens.enumerated() where token.kind == .word {
      let text = token.text
      // Every gender spelling ends in -in/-innen (or continues with `:`/`*` + innen).
      let (hasMark, endsWithN) = ByteText.withBytes(text) { bytes -> (Bool, Bool) in
        var mark = false
        for b in bytes where b == 0x2A || b == 0x5F || b == 0x2F || b == 0x3A { mark = true; break }
        return (mark, bytes.last == 0x6E)
      }
      guard
        hasMark || endsWithN || i + 1 < tokens.count && tokens[i + 1].range.start == token.range.end
      else { continue }
      // Without a mark, a finding needs `-In`/`-Innen` (ends in n) or a following `:`/`*`.
      if !hasMark && !endsWithN {
        guard i + 2 < tokens.count, tokens[i + 1].text.utf8.count == 1 else { continue }
      }
      if hasMark, let mark = text.firstIndex(where: { "*_/:".contains($0) }),
        ["in", "innen", "In", "Innen", "r", "e"].contains(String(text[text.index(after: mark)...]))
          || text.hasSuffix("*innen")
      {
        findings.append(finding(token.range, message))
      } else if ByteText.hasSuffix(text, "Innen") && text.count > 6
        || ByteText.hasSuffix(text, "In") && text.count > 5 && Analyzer.startsUppercase(text)
          && text.dropLast(2).last?.isLowercase == true
      {
        findings.append(finding(token.range, message))
      } else if i + 2 < tokens.count, tokens[i + 1].text == ":" || tokens[i + 1].text == "*",
        tokens[i + 1].range.start == token.range.end,
        tokens[i + 2].range.start == tokens[i + 1].range.end,
        tokens[i + 2].text == "innen" || tokens[i + 2].text == "in"
      {
        findings.append(finding(sentence.range(i, i + 2), message))
      }
    }
    return findings.map { found in
      guard let written = Self.written(sentence, found.range, context.profile.simplify.gender)
      else { return found }
      return finding(found.range, found.message, suggestions: [written])
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    finding.suggestions.first.map { [Edit(finding.range, $0)] } ?? []
  }

  /// Determiners and prepositions before a plural noun that ask for the dative (`mit den
  /// Bürgern`).
  static let dativeCues: Set<String> = [
    "den", "allen", "vielen", "einigen", "mehreren", "beiden", "diesen", "unseren", "ihren",
    "euren", "keinen", "mit", "von", "bei", "aus", "nach", "seit", "zu", "gegenüber",
  ]

  /// `jeder` in its cases and the matching feminine form.
  static let feminineEach = ["jeder": "jede", "jeden": "jede", "jedem": "jeder"]

  /// Determiners after which the masculine singular alone is right (`jeden Antragsteller`).
  static let masculineDeterminers: Set<String> = [
    "jeder", "jedem", "jeden", "jedes", "ein", "einen", "einem", "eines", "kein", "keinen",
    "keinem", "dem", "den", "des",
  ]

  /// The gender form at `range` written out in `style`, or nil when that is not safe.
  static func written(
    _ sentence: AnalyzedSentence, _ range: TextRange, _ style: SimplifyOptions.GenderStyle
  ) -> String? {
    guard style != .keep,
      let first = RewriteSupport.tokenIndex(startingAt: range.start, in: sentence)
    else { return nil }
    let tokens = sentence.tokens
    let text = tokens.filter { range.start <= $0.range.start && $0.range.end <= range.end }
      .map(\.text).joined()
    guard let (stem, plural) = split(text), let forms = masculine(stem) else { return nil }
    let feminine = stem + (plural ? "innen" : "in")
    // Walk back over adjectives to the determiner or preposition that sets the case.
    var cue: String? = nil
    var k = first - 1
    while k >= 0 && first - k <= 3 {
      let word = tokens[k].text
      // A gendered article or adjective (`die*den`, `jede*r`) needs a person.
      let isMark =
        ["*", ":", "_", "/"].contains(word) && k > 0
        && tokens[k - 1].range.end == tokens[k].range.start
      if isMark || tokens[k].kind == .word && word.contains(where: { "*:_/".contains($0) }) {
        return nil
      }
      if tokens[k].kind != .word { break }
      let traits = sentence.traits[k]
      if traits.contains(.preposition) || traits.contains(.definiteArticle)
        || traits.contains(.indefiniteArticle) || traits.contains(.determiner)
        || dativeCues.contains(word.lowercased()) || feminineEach[word.lowercased()] != nil
      {
        cue = word.lowercased()
        break
      }
      if Analyzer.startsUppercase(word) { break }
      k -= 1
    }
    if plural {
      let dative = cue.map { dativeCues.contains($0) } ?? false
      let masculinePlural =
        dative && !forms.plural.hasSuffix("n") ? forms.plural + "n" : forms.plural
      return style == .generic ? masculinePlural : masculinePlural + " und " + feminine
    }
    // Singular: only directly after the determiner; adjectives would need their own forms.
    let direct = cue != nil && k == first - 1
    switch style {
    case .generic:
      guard cue == nil || direct && masculineDeterminers.contains(cue!) else { return nil }
      return forms.singular
    default:
      if let cue, direct, let each = feminineEach[cue] {
        return forms.singular + " und " + each + " " + feminine
      }
      return cue == nil ? forms.singular + " oder " + feminine : nil
    }
  }

  /// `Bürger*innen` → (`Bürger`, plural), `Antragsteller/in` → (`Antragsteller`, singular),
  /// `BürgerInnen` → (`Bürger`, plural); nil for other forms (`jede*r`).
  static func split(_ text: String) -> (stem: String, plural: Bool)? {
    var stem: Substring
    var suffix: Substring
    if let mark = text.firstIndex(where: { "*_/:".contains($0) }) {
      stem = text[..<mark]
      suffix = text[text.index(after: mark)...]
      if suffix.hasPrefix("-") { suffix = suffix.dropFirst() }
    } else if text.hasSuffix("Innen") {
      stem = text.dropLast(5)
      suffix = "innen"
    } else if text.hasSuffix("In") {
      stem = text.dropLast(2)
      suffix = "in"
    } else {
      return nil
    }
    guard suffix == "innen" || suffix == "in", let initial = stem.first, initial.isUppercase,
      stem.count >= 3, stem.allSatisfy(\.isLetter)
    else { return nil }
    return (String(stem), suffix == "innen")
  }

  /// The masculine forms of a stem whose feminine is stem + `in`: agent nouns in `-er`
  /// (`Bürger`, plural `Bürger`) and weak nouns (`Student`, plural `Studenten`; `Kolleg` →
  /// `Kollege`, `Kollegen`). Stems with an umlaut in the feminine (`Ärzt`) are not built.
  static func masculine(_ stem: String) -> (singular: String, plural: String)? {
    if stem.hasSuffix("er") { return (stem, stem) }
    for ending in ["ent", "ant", "ist", "at"] where stem.hasSuffix(ending) {
      return (stem, stem + "en")
    }
    if stem.hasSuffix("og") || stem == "Kund" { return (stem + "e", stem + "en") }
    return nil
  }
}
