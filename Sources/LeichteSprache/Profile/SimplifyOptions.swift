/// How `simplify` writes its draft: the profile's `simplify` object.
///
///     "simplify": {"joiner": "mediopunkt", "letter": true, "draft_header": true,
///                  "checklist": false, "disclaimer": true, "gender": "pair", "glossary": true}
public struct SimplifyOptions: Hashable, Sendable {
  /// The character that makes the parts of a split compound visible.
  public enum Joiner: String, Hashable, Sendable, CaseIterable {
    /// `Miet-Vertrag` (each part capitalised, Netzwerk Leichte Sprache).
    case hyphen
    /// `Miet·vertrag` (Hildesheim).
    case mediopunkt
  }

  /// How gender characters (`Bürger*innen`, `BürgerInnen`, `Antragsteller/in`) are written.
  public enum GenderStyle: String, Hashable, Sendable, CaseIterable {
    /// Both forms, masculine first: `Bürger und Bürgerinnen`.
    case pair
    /// The masculine form only: `Bürger`.
    case generic
    /// Left as written (the finding remains).
    case keep
  }

  /// When letter mode applies.
  public enum LetterMode: String, Hashable, Sendable, CaseIterable {
    /// Letter mode for texts that read as letters: a salutation, or the reader addressed as
    /// *Sie* several times (`Simplifier.looksLikeLetter`).
    case auto
    case on
    case off
  }

  public var joiner: Joiner = .hyphen
  /// Letter mode as configured (`"letter": "auto"`, `true` or `false`).
  public var letterMode: LetterMode = .auto
  /// Letter mode in effect: the reader is addressed as *Sie*, the sender speaks as *wir*, and
  /// exact amounts and dates are kept (no rounding). The simplifier sets it from `letterMode`.
  public var letter: Bool = true
  /// A header that marks the text as a draft to be checked by readers of the target group.
  public var draftHeader: Bool = true
  /// A checklist for the reviewer at the end of the draft.
  public var checklist: Bool = false
  /// A note that only the original is legally binding; nil when none is written.
  public var disclaimer: String? = nil
  public var gender: GenderStyle = .pair
  /// Explanations of hard words after their first use and in a Wörter-Buch at the end.
  public var glossary: Bool = true

  public init() {}

  /// The disclaimer written when the profile says `"disclaimer": true`.
  public static let defaultDisclaimer =
    "Der Text in Leichter Sprache soll Sie nur informieren. Gültig ist der Text in schwerer Sprache."

  public static let keys: [(String, String)] = [
    (
      "joiner",
      "Trenn-Zeichen in langen Wörtern: hyphen (Miet-Vertrag) oder mediopunkt (Miet·vertrag)."
    ),
    (
      "letter",
      "Brief-Modus: Anrede mit Sie, Absender als wir, genaue Beträge und Daten bleiben; "
        + "\"auto\" (Vorgabe: bei Briefen mit Anrede), true oder false."
    ),
    ("draft_header", "Hinweis am Anfang: Der Text ist ein Entwurf und muss geprüft werden."),
    ("checklist", "Prüf-Liste für die Prüfer am Ende."),
    ("disclaimer", "Hinweis für rechtlich bindende Texte: false, true oder ein eigener Text."),
    ("gender", "Gender-Zeichen: pair (Bürger und Bürgerinnen), generic (Bürger) oder keep."),
    ("glossary", "Erklärungen schwerer Wörter und Wörter-Buch am Ende."),
  ]

  /// Reads the `simplify` object of a profile file.
  static func parse(_ value: Any) throws(ProfileError) -> SimplifyOptions {
    guard let table = value as? [String: Any] else {
      throw ProfileError("„simplify“ muss ein Objekt sein.")
    }
    let allowed = Set(keys.map(\.0))
    var options = SimplifyOptions()
    for (key, value) in table.sorted(by: { $0.key < $1.key }) {
      guard allowed.contains(key) else {
        throw ProfileError(
          "Unbekannter Schlüssel „simplify.\(key)“. Erlaubt sind: "
            + keys.map(\.0).joined(separator: ", ") + ".")
      }
      switch key {
      case "joiner":
        guard let name = value as? String, let joiner = Joiner(rawValue: name) else {
          throw ProfileError("„simplify.joiner“ muss hyphen oder mediopunkt sein.")
        }
        options.joiner = joiner
      case "gender":
        guard let name = value as? String, let style = GenderStyle(rawValue: name) else {
          throw ProfileError("„simplify.gender“ muss pair, generic oder keep sein.")
        }
        options.gender = style
      case "disclaimer":
        if let flag = value as? Bool {
          options.disclaimer = flag ? defaultDisclaimer : nil
        } else if let text = value as? String, !text.allSatisfy(\.isWhitespace) {
          options.disclaimer = text
        } else {
          throw ProfileError("„simplify.disclaimer“ muss true, false oder ein Text sein.")
        }
      case "letter":
        if let flag = value as? Bool {
          options.letterMode = flag ? .on : .off
          options.letter = flag
        } else if value as? String == "auto" {
          options.letterMode = .auto
        } else {
          throw ProfileError("„simplify.letter“ muss \"auto\", true oder false sein.")
        }
      default:
        guard let flag = value as? Bool else {
          throw ProfileError("„simplify.\(key)“ muss true oder false sein.")
        }
        switch key {
        case "draft_header": options.draftHeader = flag
        case "checklist": options.checklist = flag
        default: options.glossary = flag
        }
      }
    }
    return options
  }

  /// The object as JSON lines (sorted keys), for `dump-profile`.
  var jsonMembers: [String] {
    let disclaimerValue: String =
      switch disclaimer {
      case nil: "false"
      case SimplifyOptions.defaultDisclaimer: "true"
      case let text?:
        {
          var quoted = ""
          DocumentJSON.appendString(text, to: &quoted)
          return quoted
        }()
      }
    return [
      "\"checklist\": \(checklist)",
      "\"disclaimer\": \(disclaimerValue)",
      "\"draft_header\": \(draftHeader)",
      "\"gender\": \"\(gender.rawValue)\"",
      "\"glossary\": \(glossary)",
      "\"joiner\": \"\(joiner.rawValue)\"",
      "\"letter\": "
        + (letterMode == .auto ? "\"auto\"" : letterMode == .on ? "true" : "false"),
    ]
  }
}
