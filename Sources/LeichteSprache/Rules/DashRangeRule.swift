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
    "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Montag", "Dienstag", "Mittwoch", "Donnerstag",
    "Freitag", "Samstag", "Sonntag",
  ]

  let examples: [Example] = [
    .ok("Wir haben von 8 bis 12 Uhr geöffnet."),
    .ok("Das ist die KI-Strategie."),
    .flags("Wir haben ⟦8–12 Uhr⟧ geöffnet."),
    .flags("Wir haben ⟦Mo–Fr⟧ geöffnet."),
    // Telephone extensions and file numbers are not ranges.
    .ok("Rufen Sie 0123 5678-321 an."),
    .ok("Das steht in Drs. 22-3017."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.hasFirstByte(0x2D) || sentence.summary.hasFirstByte(0xE2) else {
      return []
    }
    let tokens = sentence.tokens
    var findings: [Finding] = []
    var i = 1
    while i + 1 < tokens.count {
      let dash = tokens[i]
      guard dash.kind == .punctuation, dash.text == "–" || dash.text == "-" || dash.text == "—"
      else { i += 1; continue }
      let left = tokens[i - 1]
      let right = tokens[i + 1]
      let numeric: Set<Token.Kind> = [.number, .time, .date, .ordinal, .money]
      let isRange =
        numeric.contains(left.kind) && numeric.contains(right.kind)
        || Self.weekdays.contains(left.text) && Self.weekdays.contains(right.text)
      // Phone numbers and ids (0761-2016543, 5678-321 after an area code, Drs. 22-3017) are not
      // ranges; neither is a pair of numbers that does not ascend.
      let isIdentifier =
        left.kind == .number
        && (left.text.hasPrefix("0") || (i >= 2 && tokens[i - 2].kind == .number)
          || FactVocabulary.followsReferenceLabel(tokens, i - 1)
          || (right.kind == .number && (Double(right.text) ?? 0) <= (Double(left.text) ?? 0)))
      if isRange, !isIdentifier {
        findings.append(
          finding(
            sentence.range(i - 1, i + 1),
            "Schreiben Sie „von \(left.text) bis \(right.text)“ statt eines Strichs."))
        i += 2
        continue
      }
      i += 1
    }
    return findings
  }
}
