/// A configurable value of a rule, set in the profile under `thresholds`.
///
///     static let warnAbove = Threshold("satz-laenge.warnung", 10, "Warnung ab mehr als … Wörtern")
public struct Threshold: Hashable, Sendable, Codable {
  /// Profile key: `<rule-id>.<name>`.
  public let key: String
  public let defaultValue: Double
  /// German description shown by `leichte dump-profile`.
  public let description: String

  public init(_ key: String, _ defaultValue: Double, _ description: String) {
    self.key = key
    self.defaultValue = defaultValue
    self.description = description
  }
}
