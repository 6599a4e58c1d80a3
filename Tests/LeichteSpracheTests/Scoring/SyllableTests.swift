import Foundation
import Testing

@testable import LeichteSprache

/// Gold list: Tests/Fixtures/syllables_gold.tsv (wort, silben, kategorie).
private func goldEntries() throws -> [(word: String, syllables: Int, category: String)] {
  let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Scoring
    .deletingLastPathComponent()  // LeichteSpracheTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Fixtures/syllables_gold.tsv")
  let text = try String(contentsOf: url, encoding: .utf8)
  var rows: [(String, Int, String)] = []
  for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
    if line.hasPrefix("#") || line.hasPrefix("wort\t") { continue }
    let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard cols.count >= 2, let n = Int(cols[1]) else { continue }
    rows.append((String(cols[0]), n, cols.count > 2 ? String(cols[2]) : ""))
  }
  return rows
}

@Test func goldListAccuracy() throws {
  let gold = try goldEntries()
  #expect(gold.count >= 450)
  var misses: [String] = []
  for (word, expected, category) in gold {
    let got = Syllables.count(word)
    if got != expected { misses.append("\(word) (\(category)): expected \(expected), got \(got)") }
  }
  let accuracy = Double(gold.count - misses.count) / Double(gold.count)
  #expect(
    accuracy >= 0.97,
    "syllable accuracy \(accuracy) on \(gold.count) words; misses:\n\(misses.joined(separator: "\n"))"
  )
}

@Test(arguments: [
  ("Ofen", 2), ("Abend", 2), ("Idee", 2), ("Ideen", 3), ("Europa", 3), ("Ehe", 2),
  ("Museum", 3), ("Museen", 3), ("Poesie", 3), ("Ferien", 3), ("Linie", 3), ("Aktie", 3),
  ("beeinflussen", 4), ("Theater", 3), ("Situation", 4), ("Koalition", 4), ("Region", 3),
  ("Chaos", 2), ("Ruine", 3), ("neue", 2), ("Gebäude", 3), ("Quelle", 2),
  ("Datenschutzfolgenabschätzung", 8), ("Homepage", 2), ("Website", 2), ("Service", 2),
  ("Team", 1), ("Queen", 1), ("Bayern", 2), ("Typ", 1), ("Handy", 2), ("E-Mail", 2),
  ("BGB", 3), ("EU", 2), ("KI", 2), ("2026", 1), ("bzw.", 5), ("Pflegedienst", 3),
  ("Bedienstete", 4), ("vielleicht", 2), ("finanziell", 4), ("beurteilen", 4), ("geimpft", 2),
])
func hardCase(_ word: String, _ expected: Int) {
  #expect(Syllables.count(word) == expected, "\(word)")
}

@Test func edgeCases() {
  #expect(Syllables.count("") == 0)
  #expect(Syllables.count("§") == 0)
  #expect(Syllables.count("Bürger·innen") == 4)
  #expect(Syllables.count("Bürger*innen") == 4)
  #expect(Syllables.count("geht's") == 1)
  #expect(Syllables.count("SCHULE") == 2)
  #expect(Syllables.count(Substring("Kooperation")) == 5)
}
