/// Flags function-verb phrases (`zur Verfügung stellen`, `in Anspruch nehmen`) listed in
/// `Lexicons/funktionsverben.tsv`.
struct FunctionVerbRule: Rule {
  let id: RuleID = "funktionsverb"
  let title = "Einfache Verben statt Funktions-Verben"
  let rationale = """
    In Wendungen wie „zur Verfügung stellen“ steckt die Bedeutung im Nomen, das Verb ist leer. Ein \
    einfaches Verb ist kürzer und klarer: geben.
    """
  let reference = "Netzwerk Leichte Sprache: Verben benutzen; Hildesheim: Nominalstil vermeiden"
  let severity = Severity.warning

  let examples: [Example] = [
    .ok("Wir geben Ihnen das Geld."),
    .flags("Wir ⟦stellen⟧ Ihnen das Geld zur ⟦Verfügung⟧."),
    .flags("Sie können eine Beratung in ⟦Anspruch nehmen⟧."),
  ]

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let table = context.analyzer.functionVerbs
    guard !table.dictionary.isEmpty else { return [] }
    var findings: [Finding] = []
    let tokens = sentence.tokens
    // By index: most tokens fail the first test, before the token is copied.
    for i in tokens.indices where tokens[i].kind == .word {
      guard context.analyzer.ruleData.mayBeFunctionVerbNoun(tokens[i].text),
        let entries = table[tokens[i].text], let clause = sentence.clause(containing: i)
      else { continue }
      let token = tokens[i]
      let group = sentence.clauses.filter { $0.group == clause.group }.flatMap { Array($0.tokens) }
      for entry in entries {
        guard
          let verb = group.first(where: { j in
            j != i && (sentence.lemmas[j] == entry.verb || sentence.tokens[j].text == entry.verb)
          })
        else { continue }
        let message =
          "„\(entry.noun) … \(entry.verb)“ ist eine Funktions-Verb-Wendung. Schreiben Sie einfach: „\(entry.replacement)“."
        if abs(verb - i) == 1 {
          findings.append(
            finding(
              sentence.range(min(i, verb), max(i, verb)), message, suggestions: [entry.replacement])
          )
        } else {
          findings.append(
            finding(sentence.tokens[verb].range, message, suggestions: [entry.replacement]))
          findings.append(finding(token.range, message, suggestions: [entry.replacement]))
        }
        break
      }
    }
    return findings
  }
}
