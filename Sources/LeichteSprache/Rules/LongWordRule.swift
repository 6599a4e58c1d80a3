/// Flags long words without a visible split (`Bundesgleichstellungsgesetz`).
/// Rewrites a compound when the splitter is certain (`CompoundSplitter.certainThreshold`,
/// overrides in `komposita.tsv`), joined per the profile: `Miet-Vertrag` or `Miet·vertrag`.
struct LongWordRule: Rule, EvidenceProviding {
  let id: RuleID = "langes-wort"
  let title = "Kurze Wörter, lange Wörter trennen"
  let rationale = """
    Lange Wörter sind schwer zu lesen. Zusammengesetzte Wörter trennt man mit Binde-Strich oder \
    Medio-Punkt, damit man die Teile erkennt: Bundes-Gleichstellungs-Gesetz.
    """
  let reference =
    "BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache: Bindestrich; Hildesheim: Mediopunkt"
  let severity = Severity.warning

  static let maxLetters = Threshold(
    "langes-wort.buchstaben", 13, "Höchstzahl Buchstaben eines Wortes ohne Binde-Strich")
  var thresholds: [Threshold] { [Self.maxLetters] }

  let examples: [Example] = [
    .ok("Das ist ein Bundes-Gleichstellungs-Gesetz."),
    .ok("Die Kreis·verwaltung hilft Ihnen."),
    .ok("Wir schicken Ihnen einen Brief."),
    .flags("Das steht im ⟦Bundesgleichstellungsgesetz⟧."),
    .rewrites(
      "Das steht im ⟦Bundesgleichstellungsgesetz⟧.",
      to: "Das steht im Bundes-Gleichstellungs-Gesetz."),
    .rewrites(
      "Bitte schicken Sie uns die ⟦Arbeitsunfähigkeitsbescheinigung⟧.",
      to: "Bitte schicken Sie uns die Arbeits-Unfähigkeits-Bescheinigung."),
    // Names stay whole: a street before its house number, a town after its postcode.
    .flags("Das Amt ist in der ⟦Gemeindeverbandsstraße⟧ 12."),
    .flags("Schreiben Sie an 88045 ⟦Friedrichshafen⟧."),
    // Feminine forms and fragments are never split by statistics.
    .rewrites(
      "Wir begrüßen alle ⟦Festbesucherinnen⟧ herzlich.",
      to: "Wir begrüßen alle Festbesucherinnen herzlich."),
    .rewrites("Die ⟦Arbeitgeberbescheinigung⟧ fehlt.", to: "Die Arbeitgeberbescheinigung fehlt."),
    .rewrites("Es droht die ⟦Zwangsvollstreckung⟧.", to: "Es droht die Zwangs-Vollstreckung."),
    .rewrites(
      "Die Geldbuße beträgt bis zu ⟦Zweitausendfünfhundert⟧ Euro.",
      to: "Die Geldbuße beträgt bis zu Zweitausendfünfhundert Euro."),
  ]

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let split = certainSplit(finding, in: context) else { return [] }
    let style: CompoundStyle = context.profile.simplify.joiner == .hyphen ? .hyphen : .mediopunkt
    return [Edit(finding.range, split.written(style))]
  }

  func evidence(for finding: Finding, in context: Context) -> Evidence? {
    guard let split = certainSplit(finding, in: context) else { return nil }
    return split.provenance.map { .lexicon($0) }
      ?? .pattern("Zerleger: Teile aus haeufigkeit.tsv, Sicherheit \(split.confidence)")
  }

  /// The certain split of a flagged noun, or nil for names, words the hard-word rule replaces
  /// and uncertain or lexicalised words.
  func certainSplit(_ finding: Finding, in context: Context) -> CompoundSplit? {
    // `rewrite` and `evidence` ask for the same finding.
    context.memo.value("langes-wort.split", finding.range) {
      computeCertainSplit(finding, in: context)
    }
  }

  func computeCertainSplit(_ finding: Finding, in context: Context) -> CompoundSplit? {
    guard
      !finding.range.isEmpty,
      let sentence = RewriteSupport.sentence(containing: finding.range, in: context),
      let i = sentence.tokens.firstIndex(where: { $0.range == finding.range }),
      sentence.traits[i].contains(.capitalized), !isName(i, in: sentence),
      // A number word (`Zweitausendfünfhundert`) is no compound of words.
      NumberWords.value(sentence.tokens[i].text.lowercased()) == nil
    else { return nil }
    // A hard word with a replacement that fits is replaced, not split.
    if let match = HardWordMatcher(context: context).match(at: i, in: sentence),
      match.replacement != nil
    {
      return nil
    }
    let split = context.words.compound(sentence.tokens[i].text, lexicon: context.lexicon)
    guard split.isCompound, split.isCertain else { return nil }
    // A statistical split is written only when every part is a known word (a lemma or form of
    // lemmata.tsv, with or without a linking element) and the word does not look like a place
    // name: fragments such as `Arbeit-Geb-Erb-Esch-Einigung` must never reach the reader.
    if split.source != .lexicon {
      // Feminine forms (`Festbesucherinnen`) fool the statistics (`Fest-Besuche-Rinnen`).
      let lower = sentence.tokens[i].text.lowercased()
      guard !lower.hasSuffix("innen"), !lower.hasSuffix("erin"),
        split.parts.allSatisfy({ isKnownPart($0, in: context.lexicon) }),
        let last = split.parts.last?.lowercased(),
        !Self.placeNameEndings.contains(where: { last == $0 })
      else { return nil }
      // A verb prefix is no part of its own: `Zwangs-Vollstreckung`, not `Zwangs-Voll-Streckung`.
      var parts: [String] = []
      for part in split.parts {
        if let previous = parts.last, Self.prefixParts.contains(previous.lowercased()) {
          parts[parts.count - 1] = previous + part.lowercased()
        } else {
          parts.append(part)
        }
      }
      guard parts.count >= 2 else { return nil }
      if parts.count < split.parts.count {
        return CompoundSplit(
          word: split.word, parts: parts, confidence: split.confidence, source: split.source,
          provenance: split.provenance)
      }
    }
    return split
  }

  /// Verb prefixes that form nouns with the next part (`Vollstreckung`, `Übernahme`).
  static let prefixParts: Set<String> = [
    "ab", "an", "auf", "aus", "bei", "durch", "ein", "mit", "nach", "über", "um", "unter", "voll",
    "vor", "wider", "wieder", "zu", "zurück",
  ]

  /// Endings of German place names (`Beispielhausen`, `Tübingen`).
  static let placeNameEndings = ["hausen", "ingen", "leben", "rode", "weiler"]

  /// Whether a compound part is a known word, possibly with a linking element (`Betreuungs`).
  func isKnownPart(_ part: String, in lexicon: Lexicon) -> Bool {
    guard part.count >= 3 else { return false }
    func known(_ word: String) -> Bool {
      let capitalised = word.prefix(1).uppercased() + word.dropFirst()
      // Longer parts may also be attested by the frequency list (`Gleichstellung`).
      if word.count >= 5, lexicon.zipf(word) >= 2.0 { return true }
      return lexicon.lemmas[word] != nil || lexicon.lemmas[word.lowercased()] != nil
        || lexicon.lemmas[capitalised] != nil
        || lexicon.basicVocabulary.contains(word)
        || lexicon.basicVocabulary.contains(word.lowercased())
    }
    if known(part) { return true }
    for link in ["s", "es", "n", "en", "er", "e"]
    where part.count > link.count + 2 && part.hasSuffix(link) {
      if known(String(part.dropLast(link.count))) { return true }
    }
    return false
  }

  /// True for a word that is (part of) a name: after a postcode or a title, before a house
  /// number, or inside a fact that must stay as written (a name, an office, a law citation).
  func isName(_ i: Int, in sentence: AnalyzedSentence) -> Bool {
    let tokens = sentence.tokens
    if i + 1 < tokens.count, tokens[i + 1].kind == .number { return true }
    if i > 0,
      tokens[i - 1].kind == .number || FactVocabulary.personTitles.contains(tokens[i - 1].text)
    {
      return true
    }
    let range = tokens[i].range
    return HardWordMatcher.isProtected(range, by: sentence.facts)
  }

  static let message = MessagePattern(
    "„{}“ hat {} Buchstaben. Nehmen Sie ein kürzeres Wort oder trennen Sie die Teile mit Binde-Strich."
  )

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    let limit = Int(context.value(Self.maxLetters))
    var findings: [Finding] = []
    let tokens = sentence.tokens
    for i in tokens.indices where tokens[i].kind == .word {
      // Letters (Unicode scalars) before the first `-` or `·` (U+00B7 = C2 B7); -1 when split.
      let letters = ByteText.withBytes(tokens[i].text) { bytes -> Int in
        guard bytes.count > limit else { return -1 }
        var n = 0
        var k = 0
        while k < bytes.count {
          let b = bytes[k]
          if b == 0x2D || b == 0xC2 && k + 1 < bytes.count && bytes[k + 1] == 0xB7 { return -1 }
          if b & 0xC0 != 0x80 { n &+= 1 }
          k &+= 1
        }
        return n
      }
      guard letters > limit else { continue }
      findings.append(
        finding(
          tokens[i].range,
          Self.message(tokens[i].text, String(letters))
        ))
    }
    return findings
  }
}
