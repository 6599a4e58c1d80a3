import Foundation

/// Which rules run, how strict they are, and their thresholds. Read from a versioned JSON file
/// (`--profile FILE` or `.leichte.json`):
///
///     {"version": 1, "disabled": ["frage-im-text"], "thresholds": {"satz-laenge.warnung": 12},
///      "severities": {"passiv": "violation"}}
///
/// Unknown keys, rule ids and threshold keys are errors, so a typo never goes unnoticed.
public struct Profile: Hashable, Sendable {
  public static let currentVersion = 1
  public var version: Int = Profile.currentVersion
  public var disabled: Set<RuleID> = []
  public var thresholds: [String: Double] = [:]
  public var severities: [RuleID: Severity] = [:]
  /// How `simplify` writes its draft.
  public var simplify = SimplifyOptions()

  public init() {}

  public static let `default` = Profile()

  public func isEnabled(_ rule: RuleID) -> Bool { !disabled.contains(rule) }

  /// The value of a threshold: the profile's setting or the default.
  public func value(_ threshold: Threshold) -> Double {
    thresholds[threshold.key] ?? threshold.defaultValue
  }

  /// The severity a rule's finding gets: the profile's override, or the finding's own.
  public func severity(of finding: Finding) -> Severity {
    severities[finding.rule] ?? finding.severity
  }

  /// The keys a profile file may contain, with their German descriptions.
  public static let keys: [(String, String)] = [
    ("version", "Version des Profil-Formats (zurzeit 1)."),
    ("disabled", "Liste der ausgeschalteten Regeln (Regel-Kennungen)."),
    ("thresholds", "Schwellenwerte: Schlüssel „regel.name“ und Zahl."),
    ("severities", "Schwere je Regel: hint (Hinweis), warning (Warnung) oder violation (Verstoß)."),
    ("simplify", "Wie „simplify“ den Entwurf schreibt (siehe unten)."),
  ]

  /// Reads a profile file and checks it against the rule catalogue.
  public static func parse(_ data: Data, rules: [any Rule] = RuleCatalog.all) throws(ProfileError)
    -> Profile
  {
    guard let object = try? JSONSerialization.jsonObject(with: data),
      let root = object as? [String: Any]
    else { throw ProfileError("Das Profil ist kein JSON-Objekt.") }
    let allowed = Set(keys.map(\.0))
    for key in root.keys.sorted() where !allowed.contains(key) {
      throw ProfileError(
        "Unbekannter Schlüssel „\(key)“. Erlaubt sind: \(keys.map(\.0).joined(separator: ", ")).")
    }
    guard let version = root["version"] as? Int else {
      throw ProfileError("Der Schlüssel „version“ fehlt oder ist keine ganze Zahl.")
    }
    guard version == currentVersion else {
      throw ProfileError(
        "Profil-Version \(version) wird nicht unterstützt (erwartet: \(currentVersion)).")
    }
    let ids = Set(rules.map(\.id))
    var profile = Profile()
    if let disabled = root["disabled"] {
      guard let list = disabled as? [String] else {
        throw ProfileError("„disabled“ muss eine Liste von Regel-Kennungen sein.")
      }
      for id in list {
        guard ids.contains(RuleID(id)) else {
          throw ProfileError("Unbekannte Regel „\(id)“ in „disabled“.")
        }
        profile.disabled.insert(RuleID(id))
      }
    }
    if let thresholds = root["thresholds"] {
      guard let table = thresholds as? [String: Any] else {
        throw ProfileError("„thresholds“ muss ein Objekt aus Schlüsseln und Zahlen sein.")
      }
      let known = Set(rules.flatMap { $0.thresholds.map(\.key) })
      for (key, value) in table.sorted(by: { $0.key < $1.key }) {
        guard known.contains(key) else {
          throw ProfileError(
            "Unbekannter Schwellenwert „\(key)“. Alle Werte zeigt: leichte dump-profile.")
        }
        guard let number = value as? NSNumber, !(value is Bool), number.doubleValue.isFinite else {
          throw ProfileError("Der Schwellenwert „\(key)“ muss eine Zahl sein.")
        }
        profile.thresholds[key] = number.doubleValue
      }
    }
    if let severities = root["severities"] {
      guard let table = severities as? [String: Any] else {
        throw ProfileError("„severities“ muss ein Objekt aus Regel-Kennungen und Schweren sein.")
      }
      for (key, value) in table.sorted(by: { $0.key < $1.key }) {
        guard ids.contains(RuleID(key)) else {
          throw ProfileError("Unbekannte Regel „\(key)“ in „severities“.")
        }
        guard let name = value as? String, let severity = Severity(rawValue: name) else {
          throw ProfileError("Die Schwere von „\(key)“ muss hint, warning oder violation sein.")
        }
        profile.severities[RuleID(key)] = severity
      }
    }
    if let simplify = root["simplify"] {
      profile.simplify = try SimplifyOptions.parse(simplify)
    }
    return profile
  }

  /// The profile as JSON (sorted keys), as `dump-profile` writes it.
  public func json(rules: [any Rule] = RuleCatalog.all) -> String {
    var lines = ["{", "  \"version\": \(version),"]
    lines.append(
      "  \"disabled\": [\(disabled.sorted().map { "\"\($0)\"" }.joined(separator: ", "))],")
    var values: [(String, Double)] = []
    for rule in rules {
      for threshold in rule.thresholds { values.append((threshold.key, value(threshold))) }
    }
    lines.append("  \"thresholds\": {")
    lines.append(
      values.map { "    \"\($0.0)\": \(Profile.format($0.1))" }.joined(separator: ",\n"))
    lines.append("  },")
    let overrides = severities.sorted { $0.key < $1.key }
    lines.append(
      "  \"severities\": {"
        + overrides.map { "\"\($0.key)\": \"\($0.value.rawValue)\"" }
        .joined(separator: ", ") + "},")
    lines.append("  \"simplify\": {")
    lines.append(simplify.jsonMembers.map { "    " + $0 }.joined(separator: ",\n"))
    lines.append("  }")
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

/// A profile file that cannot be used; `description` is a German sentence for the user.
public struct ProfileError: Error, CustomStringConvertible, Equatable {
  public let description: String
  public init(_ description: String) { self.description = description }
}
