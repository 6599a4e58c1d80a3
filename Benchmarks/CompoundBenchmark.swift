import Foundation
import LeichteEval
import LeichteSprache

/// Issue 6: compound splitter quality on the gold cases, throughput on the long words of the
/// laws, and lexicon coverage of the standard-German originals of the Simple German Corpus.
enum CompoundBenchmark {
  static func run() throws {
    print("## Komposita und Lexikon")
    let loadStart = Bench.now()
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .compounds)
    let splitter = CompoundSplitter(lexicon: lexicon)
    let loadSeconds = Bench.now() - loadStart
    print(
      "\nLaden von `.compounds` (haeufigkeit.tsv + komposita.tsv): \(Bench.fixed(loadSeconds * 1000, 1)) ms"
    )
    guard let shared = Bench.requireShared() else { return }
    quality(shared, splitter)
    try speed(shared, splitter)
    try coverage(shared)
  }

  static func quality(_ shared: URL, _ splitter: CompoundSplitter) {
    guard
      let cases = try? CompoundGold.cases(
        tsv: shared.appendingPathComponent("eval/compound_cases.tsv"))
    else {
      print("\n(compound_cases.tsv fehlt)")
      return
    }
    let score = CompoundGold.score(cases) { splitter.split($0).parts }
    let compounds = cases.filter { $0.type != "simplex" }
    let certain = compounds.filter { splitter.split($0.word).isCertain }
    let certainRight = certain.filter {
      $0.accepted.contains(splitter.split($0.word).parts.map { $0.lowercased() })
    }
    Bench.table(
      "Qualität (compound_cases.tsv)",
      [
        "Fälle", "exakt", "exakt %", "Schnitt-Präzision", "Schnitt-Recall", "Schnitt-F1",
        "Simplex gespalten", "sicher (≥ 0,8)", "davon richtig",
      ],
      [
        [
          "\(score.total)", "\(score.exact)", Bench.percent(score.exactRate),
          Bench.fixed(score.precision),
          Bench.fixed(score.recall), Bench.fixed(score.f1),
          "\(score.simplexSplit) von \(score.simplexTotal)",
          "\(certain.count) von \(compounds.count)", "\(certainRight.count)",
        ]
      ])
    print(
      "\nExakt = Zerlegung gleich Gold oder einer erlaubten Alternative (ohne Groß/klein). Schnitt-F1 über alle"
    )
    print(
      "Schnittstellen, verglichen mit der erlaubten Zerlegung, die der Vorhersage am nächsten ist.")
    for miss in score.misses { print("- Abweichung: \(miss)") }
  }

  /// Long words (≥ 12 letters) of every law, in text order.
  static func longWords(_ shared: URL) throws -> [String] {
    var words: [String] = []
    for url in Bench.files(below: shared.appendingPathComponent("data/gesetze"), extension: "md") {
      let text = try String(contentsOf: url, encoding: .utf8)
      var current = ""
      for character in text {
        if character.isLetter {
          current.append(character)
        } else {
          if current.count >= 12 { words.append(current) }
          current = ""
        }
      }
      if current.count >= 12 { words.append(current) }
    }
    return words
  }

  static func speed(_ shared: URL, _ splitter: CompoundSplitter) throws {
    let words = try longWords(shared)
    let types = Array(Set(words)).sorted()
    var rows: [[String]] = []
    var splitCount = 0
    // Tokens in text order with a memo per round (as a command over a text does).
    var best = Double.infinity
    for _ in 0..<3 {
      var memo = CompoundSplitter.Memo()
      let start = Bench.cpuTime()
      var count = 0
      for word in words where splitter.split(word, memo: &memo).isCompound { count += 1 }
      best = min(best, Bench.cpuTime() - start)
      splitCount = count
    }
    rows.append([
      "Tokens mit Memo", "\(words.count)", Bench.fixed(best, 3),
      String(format: "%.0f", Double(words.count) / best),
    ])
    // Each distinct word once, no memo: the cost of a first analysis.
    var coldBest = Double.infinity
    for _ in 0..<2 {
      let start = Bench.cpuTime()
      var count = 0
      for word in types where splitter.split(word).isCompound { count += 1 }
      coldBest = min(coldBest, Bench.cpuTime() - start)
    }
    rows.append([
      "verschiedene Wörter ohne Memo", "\(types.count)", Bench.fixed(coldBest, 3),
      String(format: "%.0f", Double(types.count) / coldBest),
    ])
    Bench.table(
      "Geschwindigkeit (lange Wörter ≥ 12 Buchstaben aus shared/data/gesetze, ein Kern, CPU-Zeit, beste von 3)",
      ["Messung", "Wörter", "Sekunden", "Wörter/s"], rows)
    print("\nGespalten: \(splitCount) von \(words.count) Tokens.")
  }

  /// Coverage of the hard vocabulary of the standard-German originals of hand_aligned.tsv.
  static func coverage(_ shared: URL) throws {
    let url = shared.appendingPathComponent("data/simple-german-corpus/hand_aligned.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
    let lexicon = try Lexicon.load(from: Paths.lexicons, parts: .all)
    let splitter = CompoundSplitter(lexicon: lexicon)
    var sentences: [String] = []
    var seen: Set<String> = []
    for (index, line) in text.split(separator: "\n").enumerated() where index > 0 {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count > 1 else { continue }
      let sentence = String(fields[1])
      if seen.insert(sentence).inserted { sentences.append(sentence) }
    }
    // Word types: letter runs of ≥ 2 letters, case-insensitive; note whether a type ever
    // occurs in lower case.
    var spellings: [String: String] = [:]
    var lowerSeen: Set<String> = []
    for sentence in sentences {
      var current = ""
      for character in sentence + " " {
        if character.isLetter {
          current.append(character)
          continue
        }
        if current.count >= 2 {
          let key = current.lowercased()
          if spellings[key] == nil { spellings[key] = current }
          if current.first?.isLowercase == true { lowerSeen.insert(key) }
        }
        current = ""
      }
    }
    var basic = 0
    var names: [String] = []
    var covered = 0
    var uncovered: [String] = []
    var byKind: [String: Int] = [:]
    var basicWords: [String] = []
    var coveredWords: [String] = []
    // Lemmas (lemmata.tsv values), for the name test.
    let lemmaValues = lexicon.lemmas.allLemmas
    /// A capitalised word whose last part (≥ 4 letters) is a known common noun form or lemma
    /// (Atemwegs|krankheiten), or that ends in a common-noun suffix, is a common noun, not a name.
    func hasCommonNounEnd(_ word: String) -> Bool {
      let lower = word.lowercased()
      let suffixes = [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ion", "ionen",
        "tät", "täten", "nis", "nisse", "ismus", "ling", "linge",
      ]
      if suffixes.contains(where: { lower.hasSuffix($0) }) && lower.count >= 7 { return true }
      let characters = Array(word)
      guard characters.count >= 7 else { return false }
      for start in 2...(characters.count - 4) {
        let tail = String(characters[start...])
        let capitalised = tail.prefix(1).uppercased() + tail.dropFirst()
        if let lemma = lexicon.lemmas[capitalised], lemma.first?.isUppercase == true { return true }
        if lemmaValues.contains(capitalised) { return true }
      }
      return false
    }
    for key in spellings.keys.sorted() {
      let word = spellings[key]!
      let candidates = lexicon.lemmaCandidates(of: word)
      if lexicon.isBasicVocabulary(word) {
        basic += 1
        basicWords.append(word)
        continue
      }
      var kind: String? = nil
      if lexicon.hardWordEntry(for: word) != nil {
        kind = "woerter.tsv"
      } else if lexicon.abbreviations.entry(for: word) != nil {
        kind = "abkuerzungen.tsv"
      } else if lexicon.laws.entry(for: word) != nil {
        kind = "gesetze.tsv"
      } else if candidates.contains(where: { lexicon.compoundEntries.entry(for: $0) != nil }) {
        kind = "komposita.tsv"
      } else if candidates.contains(where: { splitter.split($0).isCompound }) {
        // The word or one of its lemmas (Atemwegskrankheiten → Atemwegskrankheit) splits.
        kind = "zerlegt"
      }
      let knownForm =
        lexicon.lemmas[word] != nil || lexicon.lemmas[key] != nil
        || lemmaValues.contains(word) || hasCommonNounEnd(word)
      if kind == nil, !lowerSeen.contains(key), word.first?.isUppercase == true, !knownForm {
        names.append(word)
        continue
      }
      if let kind {
        covered += 1
        byKind[kind, default: 0] += 1
        coveredWords.append("\(word)\t\(kind)")
      } else {
        uncovered.append(word)
      }
    }
    if let dump = ProcessInfo.processInfo.environment["LEICHTE_COVERAGE_DUMP"] {
      // For curation: every word type with its class (grundwortschatz, name, covered kind, offen).
      let lines =
        basicWords.map { "\($0)\tgrundwortschatz" } + names.map { "\($0)\tname" } + coveredWords
        + uncovered.map { "\($0)\toffen" }
      try lines.joined(separator: "\n").appending("\n").write(
        toFile: dump, atomically: true, encoding: .utf8)
    }
    let measured = covered + uncovered.count
    Bench.table(
      "Abdeckung (Originale in simple-german-corpus/hand_aligned.tsv)",
      ["Worttypen", "Grundwortschatz", "Namen", "gemessen", "abgedeckt", "Abdeckung"],
      [
        [
          "\(spellings.count)", "\(basic)", "\(names.count)", "\(measured)", "\(covered)",
          Bench.percent(measured == 0 ? 0 : Double(covered) / Double(measured)),
        ]
      ])
    print(
      """

      Worttyp = verschiedene Buchstabenfolge (≥ 2 Buchstaben, ohne Groß/klein) der Standard-Seite; jeder \
      Originalsatz einmal. Grundwortschatz = Wort oder eines seiner Lemmata in grundwortschatz.tsv \
      (LemmaLookup: Wortform, Kleinschreibung am Satzanfang, Lemma aus lemmata.tsv und dessen Lemma \
      – Partizipien zweimal –, Adjektiv ohne Endung -e/-en/-er/-es/-em, wenn der Stamm bekannt ist). \
      Name = nur großgeschrieben belegt, weder Wortform noch Lemma in lemmata.tsv (spaCy-Lemmatabelle \
      des allgemeinen Wortschatzes), nicht auf ein bekanntes Nomen oder Nomen-Suffix endend \
      (Atemwegs|krankheiten, -ung, -heit, -keit …) und ohne Lexikoneintrag oder Zerlegung. Abgedeckt = \
      Eintrag in woerter.tsv (Wort oder Lemma), abkuerzungen.tsv, gesetze.tsv, komposita.tsv, oder der \
      Zerleger teilt das Wort oder eines seiner Lemmata in bekannte Teile.
      """)
    print(
      "\nAbgedeckt durch: "
        + byKind.keys.sorted().map { "\($0) \(byKind[$0]!)" }.joined(separator: ", "))
    print("\nNamen (Beispiele): " + names.prefix(40).joined(separator: ", "))
    print(
      "\nNicht abgedeckt (\(uncovered.count), Beispiele): "
        + uncovered.prefix(80).joined(separator: ", "))
  }
}
