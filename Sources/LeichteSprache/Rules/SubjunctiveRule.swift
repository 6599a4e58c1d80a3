/// Flags Konjunktiv I and II (`wäre`, `könnte`, `würde`, `sei`); `möchte` only as a hint.
/// Rewrites the polite request `Würden/Könnten Sie … senden?` to `Bitte senden Sie ….` and the
/// polite `Wir würden uns freuen` to `Wir freuen uns` (a closed list of verbs of politeness).
struct SubjunctiveRule: Rule {
  let id: RuleID = "konjunktiv"
  let title = "Kein Konjunktiv"
  let rationale = """
    Der Konjunktiv (wäre, könnte, würde) macht unsicher, ob etwas wirklich so ist. Schreiben Sie \
    klar, was gilt: Morgen regnet es vielleicht.
    """
  let reference = "BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache: Konjunktiv vermeiden"
  let severity = Severity.violation

  let examples: [Example] = [
    .ok("Morgen regnet es vielleicht."),
    .ok("Ich habe das Formular ausgefüllt."),
    .ok("Sie können uns anrufen."),
    .flags("Morgen ⟦könnte⟧ es regnen."),
    .flags("Es ⟦wäre⟧ schön, wenn Sie kommen ⟦würden⟧."),
    .flags("Er sagt, er ⟦sei⟧ krank."),
    .flags("Sie sagt, sie ⟦habe⟧ keine Zeit."),
    .flags("Wenn er Zeit ⟦hätte⟧, ⟦käme⟧ er."),
    .flags("Ich ⟦möchte⟧ einen Termin."),
    .rewrites(
      "⟦Würden⟧ Sie uns bitte die Unterlagen senden?", to: "Bitte senden Sie uns die Unterlagen."),
    .rewrites(
      "⟦Könnten⟧ Sie das Formular bis zum 3. März ausfüllen?",
      to: "Bitte füllen Sie das Formular bis zum 3. März aus."),
    .rewrites(
      "Wir ⟦würden⟧ uns über Ihren Besuch freuen.", to: "Wir freuen uns über Ihren Besuch."),
    // `schnelle` could be a subjunctive of `schnellen`; between article and noun it is an
    // adjective: no finding, and it does not block the rewrite.
    .rewrites(
      "Wir ⟦würden⟧ uns über eine schnelle Antwort freuen.",
      to: "Wir freuen uns über eine schnelle Antwort."),
    .rewrites(
      "Wir ⟦würden⟧ Ihnen empfehlen, den Antrag bald zu stellen.",
      to: "Wir empfehlen Ihnen, den Antrag bald zu stellen."),
    // A condition in the question: the request stays as it is.
    .flags("⟦Würden⟧ Sie kommen, wenn Sie Zeit ⟦hätten⟧?"),
    // Two verbs at the end: no safe imperative.
    .flags("⟦Könnten⟧ Sie uns die Unterlagen schicken lassen?"),
    // A wish that may not come true stays.
    .flags("Wir ⟦würden⟧ das Geld gern zahlen."),
  ]

  /// Verbs of politeness after `wir würden`: the indicative says the same.
  static let politeVerbs: Set<String> = [
    "freuen", "bitten", "empfehlen", "raten", "vorschlagen", "danken", "begrüßen",
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    Constructions.subjunctives(in: sentence).filter { !isAttributive($0.index, sentence) }.map {
      match in
      let range = sentence.tokens[match.index].range
      let word = sentence.tokens[match.index].text
      if match.isMoechte {
        return finding(
          range,
          "„\(word)“ ist Konjunktiv, aber gut bekannt. Prüfen Sie, ob „will“ oder „wollen“ passt.",
          severity: .hint)
      }
      let kind = match.isKonjunktivI ? "Konjunktiv I (indirekte Rede)" : "Konjunktiv II"
      return finding(range, "„\(word)“ ist \(kind). Schreiben Sie klar, was gilt.")
    }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      let i = RewriteSupport.tokenIndex(startingAt: finding.range.start, in: sentence)
    else { return [] }
    let tokens = sentence.tokens
    let parts = ClauseParts(sentence, analyzer: context.analyzer)
    guard let last = tokens.indices.last, tokens[last].kind == .punctuation,
      !tokens.contains(where: { [";", ":", "(", "–", "„"].contains($0.text) }),
      !Constructions.subjunctives(in: sentence).contains(where: {
        $0.index != i && !isAttributive($0.index, sentence)
      })
    else { return [] }
    let word = tokens[i].text
    if word == "Würden" || word == "Könnten", i == 0, tokens[last].text == "?", last >= 3,
      tokens[1].text == "Sie", !tokens.contains(where: { $0.text == "," })
    {
      // `Würden Sie uns bitte die Unterlagen senden?` → `Bitte senden Sie uns die Unterlagen.`
      let verb = last - 1
      guard parts.isVerbForm(verb), !isVerbLike(verb - 1, sentence),
        tokens[verb].text != "sein", tokens[verb].text != "werden",
        let split = parts.splitInfinitive(verb),
        !(2..<verb).contains(where: {
          !sentence.traits[$0].isDisjoint(with: .anyFinite) && !isNounOrName($0, sentence)
        })
      else { return [] }
      // `bitte` moves to the front.
      var runs: [String] = []
      var runStart = 2
      for k in 2...verb where k == verb || tokens[k].text.lowercased() == "bitte" {
        if k > runStart { runs.append(parts.text(runStart..<k)) }
        runStart = k + 1
      }
      let text = ClauseParts.join(["Bitte", split.verb, "Sie"] + runs + [split.particle ?? ""])
      return [Edit(sentence.range(0, last), text + ".")]
    }
    // `Wir würden uns über Ihren Besuch freuen.` → `Wir freuen uns über Ihren Besuch.`
    if word == "würden", i == 1, tokens[0].text == "Wir", tokens[last].text == "." {
      let end = tokens.firstIndex(where: { $0.text == "," }) ?? last
      let verb = end - 1
      guard verb > i + 1, parts.isVerbForm(verb), Self.politeVerbs.contains(tokens[verb].text),
        !isVerbLike(verb - 1, sentence), let split = parts.splitInfinitive(verb)
      else { return [] }
      let text = ClauseParts.join(
        ["Wir", split.verb, parts.text((i + 1)..<verb), split.particle ?? ""])
      return [Edit(sentence.range(0, verb), text)]
    }
    return []
  }

  /// A form between a determiner and a noun is an adjective (`eine schnelle Antwort`), not a
  /// verb in the subjunctive.
  func isAttributive(_ k: Int, _ sentence: AnalyzedSentence) -> Bool {
    let traits = sentence.traits
    guard k > 0, k + 1 < traits.count, sentence.isNounLike(k + 1) else { return false }
    return !traits[k - 1].isDisjoint(with: [
      .definiteArticle, .indefiniteArticle, .determiner, .genitiveArticle,
    ])
  }

  func isVerbLike(_ k: Int, _ sentence: AnalyzedSentence) -> Bool {
    let t = sentence.traits[k]
    return t.contains(.word) && !t.contains(.capitalized)
      && (t.contains(.infinitive) || t.contains(.participle) || t.contains(.zuInfinitive)
        || t.contains(.zu))
  }

  func isNounOrName(_ k: Int, _ sentence: AnalyzedSentence) -> Bool {
    sentence.traits[k].contains(.capitalized) || sentence.tokens[k].kind != .word
  }
}
