// Counting conventions of the readability scores (shared spec readability.md §3.0).
//
// Readability tools disagree mostly because they count words, sentences and syllables
// differently and never say how. Ours are fixed here, versioned (`CountingConventions.version`)
// and printed by `leichte score --explain`. Change the version whenever a change below can move
// a number, so reports from different releases can be compared honestly.

/// The counting conventions: their version and their German explanation.
public enum CountingConventions {
  /// Printed in every JSON output as `"conventions"`.
  public static let version = "leichte-zaehlung/1"

  /// Long words (LIX, RIX, Wiener Sachtextformel "IW") have more than this many letters.
  public static let longWordLetters = 6

  /// The conventions in German, as printed by `leichte score --explain`.
  public static let explanation = """
    Zählweise \(version) (Silbenzählung \(Syllables.version), LS-Index-Modell \(LSIndex.model))

    Wörter
    - Ein Wort ist jedes Token außer Satzzeichen und Symbolen: Wörter aus Buchstaben, Zahlen, \
    Datums- und Uhrzeitangaben, Geldbeträge, Prozentangaben, Paragrafen (§ 7), Abkürzungen, \
    Internet- und E-Mail-Adressen.
    - Ein mit Bindestrich oder Mediopunkt verbundenes Wort zählt als ein Wort: \
    KI-Strategie, Bürger·innen.
    - Eine Menge mit Einheit ist ein Wort: 14.30 Uhr, 25,50 EUR, 3,5 %. Eine Abkürzung mit \
    Leerzeichen ist ein Wort: z. B.

    Sätze
    - Die Sätze kommen aus der Segmentierung (leichte segment): ein Satz endet an . ! ? \
    (nicht nach Abkürzungen, Ordnungszahlen oder in Datumsangaben).
    - Überschriften, Listenpunkte und einzelne Zeilen (zum Beispiel Adresszeilen) zählen als \
    eigene Sätze, auch ohne Satzzeichen am Ende. So ist es in Leichter Sprache üblich.
    - Nicht gezählt werden Zeilen aus Inhaltsverzeichnissen und Seitenangaben aus PDF-Auszügen \
    (Seite 3 von 6) sowie Sätze ohne Wort.
    - Satzeinheiten (nur für RIX): jeder Satz ist eine Einheit; ein Semikolon oder \
    Doppelpunkt, nach dem im selben Satz noch ein Wort folgt, beginnt eine weitere Einheit. \
    Eine Zeile, die mit Doppelpunkt endet, ist schon ein eigener Satz.

    Lange Wörter
    - Ein Wort ist lang, wenn es mehr als \(longWordLetters) Buchstaben hat (also 7 oder mehr). \
    Gezählt werden nur Buchstaben: Bindestriche, Mediopunkte, Apostrophe, Punkte und Ziffern \
    zählen nicht (E-Mail hat 5 Buchstaben, Bürger·innen 11).

    Silben
    - Gesprochene Silben, gezählt von leichtes eigenem Silbenzähler (\(Syllables.version)): \
    Zwielaute (ei, au, eu, äu, ie) sind eine Silbe; Vokale am Wortanfang zählen (O-fen, \
    A-bend, I-dee); getrennt gesprochene Vokale zählen einzeln (Mu-se-um, Po-e-sie, \
    Fa-mi-li-e); -tion ist eine Silbe (Na-tion); häufige Lehnwörter wie gesprochen \
    (Ser-vice, On-line, Team).
    - Zusammengesetzte Wörter: die Silben der Teile werden addiert.
    - Abkürzungen wie gesprochen (bzw. = 5, z. B. = 3); Kurzwörter ohne lesbare Form werden \
    buchstabiert (BGB = 3, EU = 2).
    - Eine Ziffernfolge zählt als eine Silbe (2026 = 1, 12.11.2026 = 3).
    - Einsilbig: genau 1 Silbe. Mehrsilbig (Wiener Sachtextformel, SMOG, Fog): 3 Silben oder mehr.

    Kennwerte
    - Wörter je Satz (ASL) = Wörter / Sätze. Silben je Wort (ASW) = Silben / Wörter.
    - Anteile (lange, mehrsilbige, einsilbige Wörter) in Prozent aller Wörter.
    - Satzlängen: Median und 90. Perzentil (nächster Rang) der Wörter je Satz, Anteil der Sätze \
    mit mehr als 10 und mehr als 15 Wörtern.

    Formeln
    - Flesch (Amstad 1978): 180 − ASL − 58,5 × ASW. Nicht auf 0 bis 100 begrenzt.
    - Wiener Sachtextformeln (Bamberger und Vanecek 1984), MS = % Wörter mit 3 oder mehr Silben, \
    SL = ASL, IW = % lange Wörter, ES = % einsilbige Wörter:
      1. WSTF = 0,1935 × MS + 0,1672 × SL + 0,1297 × IW − 0,0327 × ES − 0,875
      2. WSTF = 0,2007 × MS + 0,1682 × SL + 0,1373 × IW − 2,779
      3. WSTF = 0,2963 × MS + 0,1905 × SL − 1,1144
      4. WSTF = 0,2744 × MS + 0,2656 × SL − 1,693
    - LIX (Björnsson 1968) = Wörter / Sätze + 100 × lange Wörter / Wörter.
    - RIX (Anderson 1983) = lange Wörter / Satzeinheiten.
    - G-SMOG (Bamberger und Vanecek) = Wurzel aus (mehrsilbige Wörter × 30 / Sätze) − 2.
    - Gunning Fog = 0,4 × (ASL + 100 × mehrsilbige Wörter / Wörter). Nur zum Vergleich mit \
    englischen Werkzeugen: Es gibt keine deutsche Eichung.
    - LS-Index: 0 (sehr schwer) bis 100 (sehr leicht). Ein lineares Modell schätzt für jeden \
    Satz, wie schwer Lernende ihn finden (angepasst an 1.000 bewertete Sätze aus \
    TextComplexityDE, Skala 1 bis 7); LS-Index = 100 × (7 − Schätzung) / 6, begrenzt auf 0 bis \
    100. Für Abschnitte und Dokumente: Mittelwert der Sätze, gewichtet mit ihrer Wortzahl. \
    Merkmale: Satzlänge, Silben, lange Wörter, Worthäufigkeit (Zipf-Werte aus \
    haeufigkeit.tsv), Kommas, Klammern, Nebensatz-Einleitungen, Relativsätze, \
    Substantive und Nominalstil (-ung, -heit, -keit …).

    Ausgabe
    - Ohne Wörter gibt es keine Werte (JSON: null). Kommazahlen sind auf 2 Nachkommastellen \
    gerundet. Die Bänder und das LS-Zielprofil sind Orientierung: Formeln bescheinigen keine \
    Leichte Sprache. Das kann nur die Prüfung durch Menschen aus der Zielgruppe.
    """
}

/// What the engine knows about one word form, computed once per distinct form.
struct WordInfo: Sendable {
  var syllables: Int32
  var letters: Int32
  /// Zipf frequency of the form (lower-cased), 0 when unknown. Hyphen or Mediopunkt compounds
  /// that are not listed as a whole take their rarest part.
  var zipf: Float
  var flags: Flags

  struct Flags: OptionSet, Sendable {
    let rawValue: UInt8
    /// Starts with an upper-case letter (a noun or a name in running German text).
    static let capitalized = Flags(rawValue: 1 << 0)
    /// Ends in a nominalising suffix: -ung, -heit, -keit, -tion, -ität, -ismus, -schaft.
    static let nominal = Flags(rawValue: 1 << 1)
    /// A subordinating conjunction (dass, weil, obwohl …).
    static let subordinator = Flags(rawValue: 1 << 2)
    /// A form that starts a relative clause after a comma (der, die, welche, wobei …).
    static let relative = Flags(rawValue: 1 << 3)
  }
}

/// Closed word classes the LS-Index features look for (grammar, so they live in code).
enum ScoringWordClasses {
  static let subordinators: Set<String> = [
    "dass", "daß", "weil", "obwohl", "obgleich", "wenngleich", "nachdem", "bevor", "ehe",
    "während", "sobald", "solange", "sofern", "soweit", "falls", "damit", "indem", "sodass",
    "ob", "wenn", "als", "da", "seitdem", "bis", "wohingegen", "insofern", "inwieweit",
  ]
  static let relatives: Set<String> = [
    "der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher", "welches",
    "welchem", "welchen", "wo", "wobei", "womit", "wodurch", "worin", "worauf", "wozu", "was",
  ]
  static let nominalSuffixes: [String] = [
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "tion", "tionen", "sion", "sionen", "ität",
    "itäten", "ismus", "ismen", "schaft", "schaften",
  ]
  /// The suffixes as UTF-8 bytes, for a comparison without String indexing.
  static let nominalSuffixBytes: [[UInt8]] = nominalSuffixes.map { Array($0.utf8) }

  /// Whether a lower-case form ends in one of `nominalSuffixes`.
  static func hasNominalSuffix(_ lower: String) -> Bool {
    var lower = lower
    return lower.withUTF8 { bytes in
      nominalSuffixBytes.contains { suffix in
        suffix.count <= bytes.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
      }
    }
  }
}

/// A cache of `WordInfo` by the UTF-8 bytes of a token's text. Open addressing over small slots
/// (32-bit hash tag and entry number, 8 bytes), the entries (key place in one byte arena and the
/// info) in insertion order: frequent forms come early, so their entries and key bytes share a
/// few cache lines, and a repeated word costs one hash, one slot, one entry and one compare, with
/// no allocation. The results do not depend on the cache; it only saves time.
struct ScoringWordCache: Sendable {
  private struct Slot {
    var tag: UInt32 = 0
    /// Entry number + 1; 0 marks an empty slot.
    var entry: UInt32 = 0
  }

  private struct Entry {
    var keyStart: UInt32
    var keyLength: UInt32
    var info: WordInfo
  }

  private var slots: [Slot]
  private var entries: [Entry] = []
  private var arena: [UInt8] = []
  private let frequencies: FrequencyTable
  /// The table is cleared when it holds this many forms, bounding memory on huge inputs.
  private static let limit = 1 << 19

  init(frequencies: FrequencyTable) {
    self.frequencies = frequencies
    slots = [Slot](repeating: Slot(), count: 1 << 15)
    entries.reserveCapacity(1 << 14)
    arena.reserveCapacity(1 << 17)
  }

  @inline(__always)
  mutating func info(_ text: String) -> WordInfo {
    var text = text
    let (found, hash) = text.withUTF8 { bytes -> (WordInfo?, UInt64) in
      let h = ScoringWordCache.hash(bytes)
      return (lookup(bytes, h), h)
    }
    if let found { return found }
    return insert(text, hash: hash)
  }

  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return h ^ (h >> 29)
  }

  @inline(__always)
  private func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> WordInfo? {
    let tag = UInt32(truncatingIfNeeded: h >> 32)
    return slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        arena.withUnsafeBufferPointer { arena in
          let mask = slots.count - 1
          var index = Int(truncatingIfNeeded: h) & mask
          while true {
            let slot = slots[index]
            if slot.entry == 0 { return nil }
            if slot.tag == tag {
              let entry = entries[Int(slot.entry) - 1]
              if Int(entry.keyLength) == bytes.count
                && equalBytes(
                  arena.baseAddress! + Int(entry.keyStart), bytes.baseAddress, bytes.count)
              {
                return entry.info
              }
            }
            index = (index + 1) & mask
          }
        }
      }
    }
  }

  private mutating func insert(_ text: String, hash h: UInt64) -> WordInfo {
    if entries.count >= ScoringWordCache.limit { self = ScoringWordCache(frequencies: frequencies) }
    let info = ScoringWordCache.analyse(text, frequencies: frequencies)
    let start = UInt32(arena.count)
    // Copied from the string's storage: the generic append walks `String.UTF8View` indices.
    if text.utf8.withContiguousStorageIfAvailable({ arena.append(contentsOf: $0) }) == nil {
      arena.append(contentsOf: text.utf8)
    }
    entries.append(Entry(keyStart: start, keyLength: UInt32(arena.count) - start, info: info))
    if entries.count * 2 > slots.count {
      grow()  // places every entry, the new one too
    } else {
      place(Slot(tag: UInt32(truncatingIfNeeded: h >> 32), entry: UInt32(entries.count)), hash: h)
    }
    return info
  }

  private mutating func place(_ slot: Slot, hash h: UInt64) {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: h) & mask
    while slots[index].entry != 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    slots = [Slot](repeating: Slot(), count: slots.count * 2)
    let count = entries.count
    for number in 0..<count {
      let entry = entries[number]
      let h = arena.withUnsafeBufferPointer {
        ScoringWordCache.hash(
          UnsafeBufferPointer(
            rebasing: $0[Int(entry.keyStart)..<Int(entry.keyStart + entry.keyLength)]))
      }
      place(Slot(tag: UInt32(truncatingIfNeeded: h >> 32), entry: UInt32(number + 1)), hash: h)
    }
  }

  /// Computes the facts about one form (called once per distinct form).
  static func analyse(_ text: String, frequencies: FrequencyTable) -> WordInfo {
    var letters: Int32 = 0
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let v = scalar.value | 0x20  // ASCII letters fold to lower case
        if v >= 0x61 && v <= 0x7A { letters += 1 }
      } else if scalar.properties.isAlphabetic {
        letters += 1
      }
    }
    var flags: WordInfo.Flags = []
    if let first = text.unicodeScalars.first,
      first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
    {
      flags.insert(.capitalized)
    }
    // Lower-case only when there is something to lower (ASCII capitals or non-ASCII letters):
    // most forms in running text are already lower case.
    let needsLowering = anyUTF8Byte(text) { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0xC0 }
    let lower = needsLowering ? ScoringWordCache.lowercased(text) : text
    let length = lower.utf8.count
    if length <= 10 {
      if ScoringWordCache.subordinators.contains(lower) { flags.insert(.subordinator) }
      if ScoringWordCache.relatives.contains(lower) { flags.insert(.relative) }
    }
    if length > 5, ScoringWordClasses.hasNominalSuffix(lower) { flags.insert(.nominal) }
    var zipf = frequencies[lower] ?? 0
    // Joiners: "-" (0x2D) and "·" (U+00B7, UTF-8 C2 B7); checked on bytes, not on Characters.
    if zipf == 0, anyUTF8Byte(lower, { $0 == 0x2D || $0 == 0xB7 }) {
      let parts = lower.split(whereSeparator: { $0 == "-" || $0 == "·" })
      if !parts.isEmpty { zipf = parts.map { frequencies[String($0)] ?? 0 }.min() ?? 0 }
    }
    return WordInfo(
      syllables: Int32(Syllables.count(text)), letters: letters, zipf: Float(zipf), flags: flags)
  }

  static let subordinators = Latin1WordSet(ScoringWordClasses.subordinators)
  static let relatives = Latin1WordSet(ScoringWordClasses.relatives)

  /// `text.lowercased()`, computed on the UTF-8 bytes when every character is Latin-1 (bytes
  /// below 0x80, or C2/C3 and one more): their lower case is one Latin-1 character each (A–Z,
  /// À–Ö and Ø–Þ move by 0x20, in UTF-8 C3 80–9E to C3 A0–BE); other text asks the standard
  /// library, whose full case mapping is far slower.
  static func lowercased(_ text: String) -> String {
    var text = text
    let lowered = text.withUTF8 { bytes -> String? in
      String(unsafeUninitializedCapacity: bytes.count) { output in
        var previous: UInt8 = 0
        for k in 0..<bytes.count {
          var byte = bytes[k]
          if byte >= 0x80 {
            if byte & 0xC0 == 0x80 {
              // A continuation byte: only after C2 or C3 (Latin-1), moved for C3 80–9E but D7.
              guard previous == 0xC2 || previous == 0xC3 else { return 0 }
              if previous == 0xC3 && byte <= 0x9E && byte != 0x97 { byte |= 0x20 }
            } else if byte != 0xC2 && byte != 0xC3 {
              return 0
            }
          } else if byte >= 0x41 && byte <= 0x5A {
            byte |= 0x20
          }
          output[k] = byte
          previous = bytes[k]
        }
        return bytes.count
      }
    }
    // An empty result from non-empty text means it left Latin-1.
    if let lowered, lowered.utf8.count == text.utf8.count { return lowered }
    return text.lowercased()
  }
}

@inline(__always)
private func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool
{
  guard let b else { return count == 0 }
  var i = 0
  while i < count {
    if a[i] != b[i] { return false }
    i &+= 1
  }
  return true
}

/// Whether some UTF-8 byte of `text` passes `test`, read from the string's storage (the generic
/// `contains(where:)` of `String.UTF8View` steps through string indices, several times slower).
@inline(__always)
private func anyUTF8Byte(_ text: String, _ test: (UInt8) -> Bool) -> Bool {
  text.utf8.withContiguousStorageIfAvailable { bytes in
    var i = 0
    while i < bytes.count {
      if test(bytes[i]) { return true }
      i &+= 1
    }
    return false
  } ?? text.utf8.contains(where: test)
}
