/// Flags semicolons: end the sentence instead.
struct SemicolonRule: Rule {
  let id: RuleID = "semikolon"
  let title = "Kein Semikolon"
  let rationale = """
    Das Semikolon verbindet zwei Sätze zu einem langen Satz. Ein Punkt ist klarer: Das Amt ist zu. \
    Kommen Sie morgen.
    """
  let reference = "Hildesheim: kein Semikolon; Netzwerk Leichte Sprache: Sonderzeichen vermeiden"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Das Amt ist zu. Kommen Sie morgen."),
    .rewrites("Das Amt ist zu⟦;⟧ kommen Sie morgen.", to: "Das Amt ist zu. Kommen Sie morgen."),
    .rewrites(
      "Der Antrag ist vollständig⟦;⟧ wir prüfen ihn jetzt.",
      to: "Der Antrag ist vollständig. Wir prüfen ihn jetzt."),
    // Items of a list have no verb: the semicolon stays a finding.
    .flags("Bitte bringen Sie mit: den Ausweis⟦;⟧ das Formular."),
    // `genügt` may be a participle; after the first part of the clause it is the verb.
    .rewrites(
      "Die Schriftform kann durch die elektronische Form ersetzt werden⟦;⟧ eine einfache E-Mail genügt dafür nicht.",
      to:
        "Die Schriftform kann durch die elektronische Form ersetzt werden. Eine einfache E-Mail genügt dafür nicht."
    ),
    // `beträgt` is no participle (it has an umlaut the infinitive lacks).
    .rewrites(
      "Die Höhe richtet sich nach dem Einkommen⟦;⟧ bei 35 Stunden beträgt der Beitrag 312 Euro.",
      to: "Die Höhe richtet sich nach dem Einkommen. Bei 35 Stunden beträgt der Beitrag 312 Euro."),
    // A list item that goes on with the sentence before it, a part with only a relative
    // clause: no sentences of their own.
    .flags("durch sichere Verfahren, die festgelegt werden⟦;⟧ der Rat gibt Empfehlungen ab."),
    .flags(
      "Personen, die als arbeitnehmerähnlich anzusehen sind⟦;⟧ zu diesen gehören auch Heimarbeiter."
    ),
    // Without a verb after the semicolon the parts are no sentences.
    .rewrites(
      "Zu Unrecht erhaltenes Wohngeld ist zu erstatten⟦;⟧ vorsätzlich getroffene Entscheidungen.",
      to: "Zu Unrecht erhaltenes Wohngeld ist zu erstatten; vorsätzlich getroffene Entscheidungen."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    guard sentence.summary.hasFirstByte(0x3B) else { return [] }
    return sentence.tokens.filter { $0.kind == .punctuation && $0.text == ";" }.map {
      finding(
        $0.range, "Machen Sie statt des Semikolons einen Punkt und beginnen Sie einen neuen Satz.",
        suggestions: ["."])
    }
  }

  /// A semicolon between two clauses with a finite verb each becomes a full stop.
  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      sentence.startsAsSentence(in: context),
      let i = sentence.tokens.firstIndex(where: { $0.range == finding.range }),
      let final = sentence.finalPunctuation, i + 1 < final,
      sentence.traits[i + 1].contains(.word)
    else { return [] }
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    // The part before needs a finite verb of a main clause (not only of a relative clause:
    // `Personen, die … anzusehen sind; zu diesen gehören …`).
    let relatives = sentence.clauses.filter { $0.kind == .relative }.map(\.tokens)
    let onlyRelative =
      !relatives.isEmpty
      && (0..<i).allSatisfy { t in
        !(parts.isVerbForm(t) && !sentence.traits[t].isDisjoint(with: .anyFinite))
          || relatives.contains { $0.contains(t) }
      }
    guard !onlyRelative, hasClause(parts, 0..<i), hasClause(parts, (i + 1)..<final),
      let start = parts.sentenceStart((i + 1)..<(i + 2))
    else { return [] }
    return [Edit(sentence.range(i, i + 1), ". " + start)]
  }

  /// At least two words and a lower-case finite verb that is not only a participle, and no
  /// further semicolon.
  func hasClause(_ parts: ClauseParts, _ range: Range<Int>) -> Bool {
    let traits = parts.sentence.traits
    let words = range.filter { traits[$0].contains(.word) }.count
    guard words >= 2, !range.contains(where: { parts.sentence.tokens[$0].text == ";" }) else {
      return false
    }
    if range.contains(where: {
      parts.isVerbForm($0) && !traits[$0].isDisjoint(with: .anyFinite)
        && !traits[$0].contains(.participle)
    }) {
      return true
    }
    // A form that may be a participle or a finite verb (`genügt`, `beträgt`) right after the
    // first constituent is the finite verb in second position.
    guard let first = parts.firstConstituent(in: range), first.upperBound < range.upperBound
    else { return false }
    let verb = first.upperBound
    return parts.isVerbForm(verb) && traits[verb].contains(.participle)
      && parts.sentence.tokens[verb].text.hasSuffix("t")
  }
}
