/// A fact of a text that a simplification must keep: a date, an amount, a deadline, a phone
/// number, a legal reference, a name, …
public struct Fact: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case date, time, money, percent, deadline, phone, email, url, iban
    /// File numbers, Aktenzeichen, customer and document numbers: `Az.: 50.3-WG-2026/0815`.
    case reference
    /// Legal citations: `§ 12 Abs. 1 WoGG`, `Art. 3 Abs. 2 GG`.
    case law
    case person
    case office
  }

  public let kind: Kind
  /// The fact as written in the text.
  public let text: String
  /// The comparison key: the same fact written another way has the same key
  /// (`12.11.2026` and `12. November 2026` are both `2026-11-12`).
  public let key: String
  public let range: TextRange

  public init(kind: Kind, text: String, key: String, range: TextRange) {
    self.kind = kind
    self.text = text
    self.key = key
    self.range = range
  }

  /// German name of the kind, for reports.
  public var kindName: String {
    switch kind {
    case .date: "Datum"
    case .time: "Uhrzeit"
    case .money: "Betrag"
    case .percent: "Prozent"
    case .deadline: "Frist"
    case .phone: "Telefon"
    case .email: "E-Mail"
    case .url: "Internet-Adresse"
    case .iban: "IBAN"
    case .reference: "Aktenzeichen/Nummer"
    case .law: "Rechtsgrundlage"
    case .person: "Person"
    case .office: "Behörde"
    }
  }
}

/// Which facts of an input a derived text kept, lost or added.
public struct FactReport: Hashable, Sendable, Codable {
  public let kept: [Fact]
  public let missing: [Fact]
  /// Facts of the output that the input does not have.
  public let invented: [Fact]

  public var isComplete: Bool { missing.isEmpty && invented.isEmpty }

  /// A law key without the joiners of split compounds (`Einigungs-Vertrags-Gesetzes`).
  static func lawKey(_ key: String) -> String {
    String(key.filter { $0 != "-" && $0 != "·" }).lowercased()
  }

  /// Compares the facts of `input` with those of `output` by key. A date without a year counts
  /// as kept when the output has the same day and month.
  public init(input: [Fact], output: [Fact]) {
    let outputKeys = Set(output.map { "\($0.kind.rawValue):\($0.key)" })
    let inputKeys = Set(input.map { "\($0.kind.rawValue):\($0.key)" })
    func present(_ fact: Fact, in keys: Set<String>, others: [Fact]) -> Bool {
      if keys.contains("\(fact.kind.rawValue):\(fact.key)") { return true }
      if fact.kind == .date && fact.key.hasPrefix("----") {
        return others.contains { $0.kind == .date && $0.key.hasSuffix(fact.key.dropFirst(4)) }
      }
      // A citation read with more or fewer trailing parts (`§§ 14, 37` and `§§ 14, 37 Abs. 1`,
      // `… des Gesetzes` at a line end) or with a split law name is the same citation.
      if fact.kind == .law {
        let key = Self.lawKey(fact.key)
        return others.contains {
          guard $0.kind == .law else { return false }
          let other = Self.lawKey($0.key)
          return other == key || other.hasPrefix(key + " ") || key.hasPrefix(other + " ")
        }
      }
      return false
    }
    kept = input.filter { present($0, in: outputKeys, others: output) }
    missing = input.filter { !present($0, in: outputKeys, others: output) }
    invented = output.filter { !present($0, in: inputKeys, others: input) }
  }
}
