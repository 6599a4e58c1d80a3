/// A score's band with its plain-German interpretation.
public struct Band: Sendable, Codable, Hashable {
  /// 1 = easiest band … higher = harder.
  public var level: Int
  /// Short German name of the band ("mittelschwer").
  public var label: String
  /// One plain-German sentence: what the value means for readers.
  public var interpretation: String

  public init(level: Int, label: String, interpretation: String) {
    self.level = level
    self.label = label
    self.interpretation = interpretation
  }
}

/// The band of every score (nil without a value). Sources of the cut points in spec
/// readability.md §3.1–3.6 and §3.9.
public struct Bands: Sendable, Codable, Hashable {
  public var freAmstad: Band?
  public var wstf1: Band?
  public var wstf2: Band?
  public var wstf3: Band?
  public var wstf4: Band?
  public var lix: Band?
  public var rix: Band?
  public var gsmog: Band?
  public var gunningFog: Band?
  public var lsIndex: Band?

  enum CodingKeys: String, CodingKey {
    case wstf1, wstf2, wstf3, wstf4, lix, rix, gsmog
    case freAmstad = "fre_amstad"
    case gunningFog = "gunning_fog"
    case lsIndex = "ls_index"
  }

  public init(_ scores: Readability.Scores) {
    freAmstad = scores.freAmstad.map(Bands.fre)
    wstf1 = scores.wstf1.map(Bands.schoolGrade)
    wstf2 = scores.wstf2.map(Bands.schoolGrade)
    wstf3 = scores.wstf3.map(Bands.schoolGrade)
    wstf4 = scores.wstf4.map(Bands.schoolGrade)
    lix = scores.lix.map(Bands.lix)
    rix = scores.rix.map(Bands.rix)
    gsmog = scores.gsmog.map(Bands.schoolGrade)
    gunningFog = scores.gunningFog.map(Bands.fog)
    lsIndex = scores.lsIndex.map(Bands.lsIndex)
  }

  /// The band of the score with JSON key `key`.
  public subscript(key: String) -> Band? {
    switch key {
    case "fre_amstad": freAmstad
    case "wstf1": wstf1
    case "wstf2": wstf2
    case "wstf3": wstf3
    case "wstf4": wstf4
    case "lix": lix
    case "rix": rix
    case "gsmog": gsmog
    case "gunning_fog": gunningFog
    case "ls_index": lsIndex
    default: nil
    }
  }

  /// Amstad's Flesch bands (tuwort.net, the levels of LanguageTool).
  public static func fre(_ value: Double) -> Band {
    switch value {
    case 90...:
      Band(
        level: 1, label: "sehr leicht", interpretation: "Verständlich für Kinder ab etwa 11 Jahren."
      )
    case 80..<90:
      Band(level: 2, label: "leicht", interpretation: "Für die meisten Menschen leicht zu lesen.")
    case 70..<80:
      Band(
        level: 3, label: "mittelleicht",
        interpretation: "Gut lesbar für Jugendliche und Erwachsene.")
    case 60..<70:
      Band(
        level: 4, label: "mittel",
        interpretation: "Verständlich für Jugendliche von 13 bis 15 Jahren.")
    case 50..<60:
      Band(level: 5, label: "mittelschwer", interpretation: "Braucht geübte Leserinnen und Leser.")
    case 30..<50:
      Band(level: 6, label: "schwer", interpretation: "Schwer zu lesen, etwa wie Fachtexte.")
    default:
      Band(
        level: 7, label: "sehr schwer",
        interpretation: "Sehr schwer zu lesen, etwa wie wissenschaftliche Texte.")
    }
  }

  /// Wiener Sachtextformel and G-SMOG: an Austrian school grade (Schulstufe), 4 very easy … 15
  /// very hard (Bamberger & Vanecek 1984).
  public static func schoolGrade(_ value: Double) -> Band {
    let grade = Int(value.rounded())
    let stage =
      grade < 1
      ? "Verständlich schon in den ersten Schuljahren."
      : "Entspricht etwa der \(grade). Schulstufe."
    switch value {
    case ..<4: return Band(level: 1, label: "sehr leicht", interpretation: stage)
    case 4..<6: return Band(level: 2, label: "leicht", interpretation: stage)
    case 6..<8: return Band(level: 3, label: "eher leicht", interpretation: stage)
    case 8..<10: return Band(level: 4, label: "mittel", interpretation: stage)
    case 10..<12: return Band(level: 5, label: "eher schwer", interpretation: stage)
    case 12..<15:
      return Band(
        level: 6, label: "schwer",
        interpretation: stage + " Ab 12 wird ein Text schwer verständlich.")
    default:
      return Band(
        level: 7, label: "sehr schwer", interpretation: stage + " Sehr schwer verständlich.")
    }
  }

  /// LIX bands for German after Bamberger & Vanecek.
  public static func lix(_ value: Double) -> Band {
    switch value {
    case ..<30:
      Band(level: 1, label: "sehr leicht", interpretation: "So leicht wie Bücher für Kinder.")
    case 30..<35:
      Band(level: 2, label: "leicht", interpretation: "So leicht wie Kinder- und Jugendbücher.")
    case 35..<40:
      Band(
        level: 3, label: "eher leicht",
        interpretation: "Leichte Texte, wie Leichte Sprache (etwa 36).")
    case 40..<45:
      Band(level: 4, label: "mittel", interpretation: "Wie Romane und Erzählungen für Erwachsene.")
    case 45..<50:
      Band(
        level: 5, label: "durchschnittlich",
        interpretation: "Wie durchschnittliche Sachtexte und Zeitungen.")
    case 50..<55:
      Band(
        level: 6, label: "eher schwer",
        interpretation: "Wie Sachbücher und Texte von Behörden (etwa 51).")
    case 55..<60:
      Band(level: 7, label: "schwer", interpretation: "Schwer, wie anspruchsvolle Sachliteratur.")
    case 60..<65: Band(level: 8, label: "sehr schwer", interpretation: "Wie Fachliteratur.")
    default:
      Band(
        level: 9, label: "extrem schwer",
        interpretation: "Wie schwierige Fachtexte, zum Beispiel Gesetze.")
    }
  }

  /// RIX bands: no verified grade table exists for Anderson's RIX in German, so the cut points
  /// come from our calibration (spec §3.9: Leichte Sprache 2.2–2.4, standard originals 5.1–5.7).
  public static func rix(_ value: Double) -> Band {
    switch value {
    case ..<1.5:
      Band(level: 1, label: "sehr leicht", interpretation: "Kaum lange Wörter in kurzen Sätzen.")
    case 1.5..<2.5:
      Band(
        level: 2, label: "leicht",
        interpretation: "Wie Texte in Leichter Sprache (etwa 2,2 bis 2,4).")
    case 2.5..<4:
      Band(
        level: 3, label: "mittel",
        interpretation: "Mehr lange Wörter je Satz als in Leichter Sprache.")
    case 4..<6:
      Band(
        level: 4, label: "schwer", interpretation: "Wie Texte in Standardsprache (etwa 5 bis 6).")
    default:
      Band(
        level: 5, label: "sehr schwer",
        interpretation: "Sehr viele lange Wörter je Satz, wie in Fachtexten.")
    }
  }

  /// Gunning Fog: years of (US) schooling; no German calibration, for comparison only.
  public static func fog(_ value: Double) -> Band {
    let note = " Nur zum Vergleich mit englischen Werkzeugen: Für Deutsch ist der Wert zu hoch."
    switch value {
    case ..<8:
      return Band(level: 1, label: "leicht", interpretation: "Unter 8 Schuljahren (USA)." + note)
    case 8..<12:
      return Band(level: 2, label: "mittel", interpretation: "8 bis 12 Schuljahre (USA)." + note)
    case 12..<17:
      return Band(
        level: 3, label: "schwer",
        interpretation: "12 bis 17 Schuljahre (USA), Oberstufe bis Studium." + note)
    default:
      return Band(
        level: 4, label: "sehr schwer",
        interpretation: "17 oder mehr Schuljahre (USA), Hochschulniveau." + note)
    }
  }

  /// LS-Index bands (see `LSIndex`); cut points from the calibration in the README.
  public static func lsIndex(_ value: Double) -> Band {
    switch value {
    case 85...:
      Band(
        level: 1, label: "sehr leicht",
        interpretation: "So leicht wie gute Texte in Leichter Sprache.")
    case 75..<85:
      Band(
        level: 2, label: "leicht",
        interpretation: "Leicht, etwa wie Texte in Leichter oder Einfacher Sprache.")
    case 60..<75:
      Band(
        level: 3, label: "mittel",
        interpretation:
          "Für geübte Leserinnen und Leser gut verständlich, für die Zielgruppe Leichter Sprache zu schwer."
      )
    case 45..<60:
      Band(level: 4, label: "schwer", interpretation: "Schwer, wie Lexikon- und Behördentexte.")
    default:
      Band(
        level: 5, label: "sehr schwer", interpretation: "Sehr schwer, wie Gesetze und Fachtexte.")
    }
  }
}

/// The LS target profile: advisory targets for a text in Leichte Sprache (spec §3.9, our own
/// proposal from the calibration on parallel texts, not a published norm). Formulas do not
/// certify Leichte Sprache: only the check by readers of the target group does.
public struct LSProfile: Sendable, Codable, Hashable {
  public struct Target: Sendable, Codable, Hashable {
    /// JSON key of the measured value (`asl`, `fre_amstad`, …).
    public var id: String
    /// German name of the value.
    public var label: String
    /// `<=` or `>=`.
    public var comparison: String
    public var threshold: Double
    public var value: Double?
    /// nil when the value is missing (no words).
    public var met: Bool?

    public init(id: String, label: String, comparison: String, threshold: Double, value: Double?) {
      self.id = id
      self.label = label
      self.comparison = comparison
      self.threshold = threshold
      self.value = value
      if let value {
        let rounded = Readability.rounded(value)
        met = comparison == "<=" ? rounded <= threshold : rounded >= threshold
      }
    }

    enum CodingKeys: String, CodingKey { case id, label, comparison, threshold, value, met }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      label = try c.decode(String.self, forKey: .label)
      comparison = try c.decode(String.self, forKey: .comparison)
      threshold = try c.decode(Double.self, forKey: .threshold)
      value = try c.decodeIfPresent(Double.self, forKey: .value)
      met = try c.decodeIfPresent(Bool.self, forKey: .met)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(label, forKey: .label)
      try c.encode(comparison, forKey: .comparison)
      try c.encode(threshold, forKey: .threshold)
      try c.encodeRounded(value, forKey: .value)
      if let met { try c.encode(met, forKey: .met) } else { try c.encodeNil(forKey: .met) }
    }
  }

  /// Always says that the profile is guidance, not a certification.
  public var note = LSProfile.guidance
  public var targets: [Target]
  /// How many targets are met, of how many with a value.
  public var met: Int
  public var measured: Int

  public static let guidance =
    "Orientierung, keine Prüfung: Formeln bescheinigen keine Leichte Sprache. Ob ein Text leicht verständlich ist, zeigt nur die Prüfung durch Menschen aus der Zielgruppe."

  public init(_ values: Readability.Values) {
    let s = values.scores
    targets = [
      Target(
        id: "asl", label: "Wörter je Satz", comparison: "<=", threshold: 10,
        value: values.components.asl),
      Target(
        id: "fre_amstad", label: "Flesch (Amstad)", comparison: ">=", threshold: 60,
        value: s.freAmstad),
      Target(id: "lix", label: "LIX", comparison: "<=", threshold: 40, value: s.lix),
      Target(
        id: "wstf1", label: "1. Wiener Sachtextformel", comparison: "<=", threshold: 7,
        value: s.wstf1),
      Target(id: "rix", label: "RIX", comparison: "<=", threshold: 2.5, value: s.rix),
      Target(id: "gsmog", label: "G-SMOG", comparison: "<=", threshold: 6, value: s.gsmog),
      Target(
        id: "over_15_percent", label: "Anteil Sätze mit mehr als 15 Wörtern (%)", comparison: "<=",
        threshold: 10, value: values.sentenceLengths.over15Percent),
      Target(id: "ls_index", label: "LS-Index", comparison: ">=", threshold: 75, value: s.lsIndex),
    ]
    met = targets.filter { $0.met == true }.count
    measured = targets.filter { $0.met != nil }.count
  }
}
