// Spoken-syllable counter for German readability formulas (Amstad-Flesch, Wiener
// Sachtextformel, SMOG). See shared spec readability.md §3.0: the syllable convention
// moves FRE by several points, so it is fixed here and versioned (`Syllables.version`).
//
// Method: vowel-nucleus counting over lowercased Unicode scalars, with
//   1. a one-nucleus digraph table (ai ay au ei ey eu äu ie ee aa oo ou oy uy),
//   2. explicit hiatus rules that split some of those digraphs again
//      (Fe-ri-en, I-de-en, Mu-se-um, Li-ni-e, spe-zi-ell, be-en-den),
//   3. a glide rule for the suffix -ion after t/s/x (Na-tion, Si-tu-a-tion) and
//      for -lli- before a/o (Mil-lion, Mil-liar-de),
//   4. a small table of stems whose spelling misleads rule 1-3: English loans with
//      silent e or one-vowel "ea"/"oa" (On-line, Web-site, Team, Coach), prefix
//      boundaries inside a digraph (be-ur-tei-len, ge-impft, Ko-ope-ra-tion) and a few
//      names. Stems are matched anywhere inside a compound part (Teamleitung,
//      Softwareentwicklung), found through a hash of their first four letters so the
//      table costs one probe per letter.
//   5. token-level conventions for acronyms, abbreviations and numbers (below).
//
// Conventions (documented because every readability tool decides them differently):
// - Hiatus vowels count as syllables, as in syllable clapping and hyphenation:
//   Re-gi-on = 3, so-zi-al = 3, Fe-ri-en = 3, Li-ni-e = 3, Fa-mi-li-e = 4, Mu-se-en = 3.
//   Exception: -tion/-sion/-xion and -llion are read with a glide, so
//   Na-tion = 2, Si-tu-a-tion = 4, Mil-lion = 2 (the usual count in German readability work).
// - Joiners are not letters. "E-Mail", "Bürger·innen", "Bürger*innen", "Sachsen-Anhalt"
//   are counted part by part and summed; an inner capital (BürgerInnen, iPhone, EStG)
//   also starts a new part. Apostrophes and soft hyphens are ignored.
// - Acronyms are read letter by letter when they cannot be read as a word:
//   no vowel ("BGB" = 3, "Lkw" = 3), or all capitals and at most three letters
//   ("EU" = 2, "KI" = 2, "USA" = 3; a short stop list keeps "DIE", "UND" … in
//   capitalised headings as words), or longer all-capital forms starting with an
//   impossible consonant cluster ("DSGVO" = 5). Longer ones that can be read as a word
//   are counted as words ("NATO" = 2, "BAMF" = 1). Every spelled letter is one syllable
//   except Y (Yp-si-lon = 3). A trailing plural s is dropped ("PDFs" = 3).
// - Common abbreviations are counted as read aloud: "bzw." = 5 (be-zie-hungs-wei-se),
//   "z. B."/"z.B." = 3, "Nr." = 2, "usw." = 4, "i.V.m." = 5 … Abbreviations that contain
//   a vowel and are also ordinary words ("Abs.", "sog.", "gem.") are only expanded when
//   the token keeps its period.
// - Numbers: a run of digits counts as ONE syllable (LanguageTool's convention, spec §3.0:
//   numbers count as words and score 1 when no vowel is found). Reading numbers aloud
//   ("2026" = zwei-tau-send-sechs-und-zwan-zig = 7) depends on whether the digits are a
//   year, an amount, a paragraph number or a date, which a token-level counter cannot
//   know; counting them as one keeps FRE stable on legal text full of "§ 12 Abs. 3".
//   "3a" = 2 (digits 1 + letter run 1).
// - Tokens without letters or digits return 0; any token with a letter returns ≥ 1.

/// German spoken-syllable counter. Pure Swift, allocation-free per call for tokens up
/// to 256 UTF-8 bytes (longer tokens use one temporary buffer).
public enum Syllables {
  /// Version of the counting convention; print it with every readability report.
  public static let version = "syl-de-1"

  /// Spoken syllables of one token (a word, a hyphenated compound, an abbreviation or a number).
  public static func count(_ word: some StringProtocol) -> Int {
    let capacity = word.utf8.count
    if capacity == 0 { return 0 }
    if capacity <= 256 {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buf in
        countToken(word.unicodeScalars, buf.baseAddress!)
      }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buf in
      countToken(word.unicodeScalars, buf.baseAddress!)
    }
  }
}

// MARK: - Scalar codes

// Every scalar is reduced to one byte: a lowercase ASCII letter, one of the codes below,
// `digit` or `separator`. Bit 0x80 marks an upper-case letter.
@usableFromInline let codeAE: UInt8 = 1  // ä
@usableFromInline let codeOE: UInt8 = 2  // ö
@usableFromInline let codeUE: UInt8 = 3  // ü
@usableFromInline let codeSZ: UInt8 = 4  // ß
@usableFromInline let codeEdia: UInt8 = 5  // ë: a vowel that never joins the previous one (Noël)
@usableFromInline let codeIdia: UInt8 = 6  // ï (naïv)
@usableFromInline let codeOther: UInt8 = 7  // letter of another script
@usableFromInline let codeDigit: UInt8 = 8
@usableFromInline let codeSep: UInt8 = 0
@usableFromInline let upperBit: UInt8 = 0x80

// Character classes as bit masks over the base code (0..<128): bit 1 = letter, bit 2 =
// vowel. Letters: codes 1...7 and a...z; vowels: ä ö ü ë ï and a e i o u y.
private let letterMask: (UInt64, UInt64) = (0xFE, 0x07FF_FFFE_0000_0000)
private let vowelMask: (UInt64, UInt64) = (
  0x6E, (1 << 33) | (1 << 37) | (1 << 41) | (1 << 47) | (1 << 53) | (1 << 57)
)

/// Class flags of a code: 1 = letter, 2 = vowel (same layout as the former lookup table).
@inline(__always)
private func classOf(_ code: UInt8) -> UInt8 {
  let x = UInt64(code & 0x7F)
  let (lm, vm) =
    x < 64
    ? (letterMask.0 >> x, vowelMask.0 >> x) : (letterMask.1 >> (x - 64), vowelMask.1 >> (x - 64))
  return UInt8(truncatingIfNeeded: (lm & 1) | ((vm & 1) << 1))
}

/// Maps a scalar to its code. Latin-1 / Latin Extended-A accents fold to the base letter
/// (é → e, ç → c); ä ö ü keep their identity because they form digraphs of their own.
@inline(__always)
private func code(of s: Unicode.Scalar) -> UInt8 {
  let v = s.value
  if v < 0x80 {
    if v >= 0x61 && v <= 0x7A { return UInt8(v) }
    if v >= 0x41 && v <= 0x5A { return UInt8(v + 0x20) | upperBit }
    if v >= 0x30 && v <= 0x39 { return codeDigit }
    return codeSep
  }
  if v >= 0xC0 && v <= 0xFF && v != 0xD7 && v != 0xF7 {
    let upper = v < 0xE0 && v != 0xDF
    let lower = upper ? v + 0x20 : v
    let base: UInt8
    switch lower {
    case 0xE4: base = codeAE
    case 0xF6: base = codeOE
    case 0xFC: base = codeUE
    case 0xDF: base = codeSZ
    case 0xE0...0xE3, 0xE5: base = UInt8(ascii: "a")
    case 0xE6: base = codeAE  // æ
    case 0xE7: base = UInt8(ascii: "c")
    case 0xE8...0xEA: base = UInt8(ascii: "e")
    case 0xEB: base = codeEdia
    case 0xEC...0xEE: base = UInt8(ascii: "i")
    case 0xEF: base = codeIdia
    case 0xF0: base = UInt8(ascii: "d")
    case 0xF1: base = UInt8(ascii: "n")
    case 0xF2...0xF5: base = UInt8(ascii: "o")
    case 0xF8: base = codeOE  // ø
    case 0xF9...0xFB: base = UInt8(ascii: "u")
    case 0xFD, 0xFF: base = UInt8(ascii: "y")
    case 0xFE: base = UInt8(ascii: "t")
    default: base = codeOther
    }
    return upper ? base | upperBit : base
  }
  switch v {
  case 0x153, 0x152: return v == 0x152 ? codeOE | upperBit : codeOE  // œ
  case 0x1E9E: return codeSZ | upperBit  // ẞ
  default: break
  }
  if v >= 0x100 && v <= 0x17F {
    // Latin Extended-A: fold to the base letter via the pair layout (even = upper).
    let upper = v & 1 == 0
    let base: UInt8
    switch v {
    case 0x100...0x105: base = UInt8(ascii: "a")
    case 0x106...0x10D: base = UInt8(ascii: "c")
    case 0x10E...0x111: base = UInt8(ascii: "d")
    case 0x112...0x11B: base = UInt8(ascii: "e")
    case 0x11C...0x123: base = UInt8(ascii: "g")
    case 0x124...0x127: base = UInt8(ascii: "h")
    case 0x128...0x131: base = UInt8(ascii: "i")
    case 0x134...0x135: base = UInt8(ascii: "j")
    case 0x136...0x138: base = UInt8(ascii: "k")
    case 0x139...0x142: return (v & 1 == 1 ? UInt8(ascii: "l") | upperBit : UInt8(ascii: "l"))
    case 0x143...0x14B: return (v & 1 == 1 ? UInt8(ascii: "n") | upperBit : UInt8(ascii: "n"))
    case 0x14C...0x151: base = UInt8(ascii: "o")
    case 0x154...0x159: base = UInt8(ascii: "r")
    case 0x15A...0x161: base = UInt8(ascii: "s")
    case 0x162...0x167: base = UInt8(ascii: "t")
    case 0x168...0x173: base = UInt8(ascii: "u")
    case 0x174...0x175: base = UInt8(ascii: "w")
    case 0x176...0x178: base = UInt8(ascii: "y")
    case 0x179...0x17E: return (v & 1 == 1 ? UInt8(ascii: "z") | upperBit : UInt8(ascii: "z"))
    default: base = codeOther
    }
    return upper ? base | upperBit : base
  }
  return s.properties.isAlphabetic ? codeOther : codeSep
}

/// Scalars that are neither letters nor separators: they vanish without splitting the
/// word (apostrophe in "geht's", soft hyphen, zero-width joiners, combining marks).
@inline(__always)
private func isTransparent(_ v: UInt32) -> Bool {
  switch v {
  case 0x27, 0x2019, 0x2BC, 0xAD, 0x200B...0x200D, 0x2060, 0x0300...0x036F: return true
  default: return false
  }
}

// MARK: - Token level

private func countToken(
  _ scalars: some Collection<Unicode.Scalar>, _ buf: UnsafeMutablePointer<UInt8>
) -> Int {
  var n = 0
  var hasDot = false
  for s in scalars {
    let v = s.value
    if isTransparent(v) {
      // Combining diaeresis turns a/o/u into umlauts and e/i into hiatus markers.
      if v == 0x308, n > 0 {
        let p = buf[n - 1] & 0x7F, up = buf[n - 1] & upperBit
        switch p {
        case UInt8(ascii: "a"): buf[n - 1] = codeAE | up
        case UInt8(ascii: "o"): buf[n - 1] = codeOE | up
        case UInt8(ascii: "u"): buf[n - 1] = codeUE | up
        case UInt8(ascii: "e"): buf[n - 1] = codeEdia | up
        case UInt8(ascii: "i"): buf[n - 1] = codeIdia | up
        default: break
        }
      }
      continue
    }
    if v == 0x2E { hasDot = true }
    buf[n] = code(of: s)
    n += 1
  }
  if n == 0 { return 0 }

  // Dotted or vowel-free abbreviations are looked up on the whole token ("z.B.", "i.V.m.").
  if let spoken = abbreviationSyllables(buf, n, hasDot: hasDot) { return spoken }

  var total = 0
  var i = 0
  while i < n {
    let c = buf[i]
    if c == codeDigit {
      total += 1
      while i < n && buf[i] == codeDigit { i += 1 }
      continue
    }
    if classOf(c) & 1 == 0 { i += 1; continue }
    // Letter run, split at a lower→upper transition (BürgerInnen, EStG, iPhone).
    let start = i
    i += 1
    while i < n {
      let d = buf[i]
      if classOf(d) & 1 == 0 { break }
      if d & upperBit != 0 && buf[i - 1] & upperBit == 0 {
        // An "s" directly after capitals is a plural, not a new part (PDFs, KIs).
        break
      }
      i += 1
    }
    total += countPart(buf, start, i)
  }
  return total
}

/// Counts one letter run (already free of joiners).
private func countPart(_ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e0: Int) -> Int {
  let e = e0
  var upper = 0, vowels = 0, other = 0
  for k in s..<e {
    let b = c[k]
    if b & upperBit != 0 { upper += 1 }
    let cls = classOf(b)
    if cls & 2 != 0 { vowels += 1 }
    if b & 0x7F == codeOther { other += 1 }
  }
  let len = e - s
  if other == len { return 1 }  // another script: no rules, count as one
  // All capitals, optionally with a plural s ("PDFs", "KIs"): maybe an acronym.
  var capsEnd = -1
  if len >= 2 && upper == len {
    capsEnd = e
  } else if len >= 3 && upper == len - 1 && c[e - 1] == UInt8(ascii: "s") && c[s] & upperBit != 0 {
    capsEnd = e - 1
  }
  if capsEnd > 0 {
    if capsEnd - s <= 3 {
      if !isCapsWord(c, s, capsEnd) { return spelled(c, s, capsEnd) }
    } else if !hasPronounceableOnset(c, s, capsEnd) {
      return spelled(c, s, capsEnd)
    }
  }
  if vowels == 0 {
    if let a = abbreviationSyllables(c + s, len, hasDot: false) { return a }
    return spelled(c, s, e)
  }
  return max(1, countNuclei(c, s, e))
}

/// Letters read one by one: every letter name is one syllable except Y (Ypsilon).
@inline(__always)
private func spelled(_ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
  var n = 0
  for k in s..<e { n += (c[k] & 0x7F) == UInt8(ascii: "y") ? 3 : 1 }
  return n
}

/// Packs up to 12 letters (5 bits each) into a key; nil for longer runs or odd letters.
@inline(__always)
private func packKey(_ c: UnsafeMutablePointer<UInt8>, _ n: Int, skipDots: Bool) -> UInt64? {
  var key: UInt64 = 0
  var letters = 0
  for k in 0..<n {
    let b = c[k] & 0x7F
    let v: UInt64
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt64(b - 96)
    case codeAE: v = 27
    case codeOE: v = 28
    case codeUE: v = 29
    case codeSep where skipDots: continue  // dots and spaces of "z. B."
    default: return nil
    }
    letters += 1
    if letters > 12 { return nil }
    key = key << 5 | v
  }
  return letters == 0 ? nil : key
}

private func key(_ s: String) -> UInt64 {
  var k: UInt64 = 0
  for u in s.unicodeScalars {
    let v: UInt64
    switch u {
    case "ä": v = 27
    case "ö": v = 28
    case "ü": v = 29
    default: v = UInt64(u.value - 96)
    }
    k = k << 5 | v
  }
  return k
}

/// Abbreviations counted as read aloud. `always`: no vowel or never an ordinary word.
/// `dotted`: only with a period (they are also words or word starts: "Abs", "gem").
private let abbreviationsAlways: [UInt64: Int] = {
  let list: [(String, Int)] = [
    ("bzw", 5), ("vgl", 3), ("ggf", 5), ("bspw", 4), ("zzgl", 3), ("bzgl", 3), ("nr", 2),
    ("mrd", 3), ("str", 2), ("dr", 2), ("hr", 1), ("fr", 1), ("jh", 3), ("usw", 4),
    ("etc", 4), ("evtl", 4), ("inkl", 4), ("ca", 2), ("mio", 3), ("kg", 3), ("km", 4),
    ("cm", 4), ("mm", 4), ("hrsg", 4), ("std", 2), ("tsd", 2), ("ff", 3), ("zb", 3),
    ("dh", 2), ("ivm", 5), ("idr", 4), ("isd", 4), ("isv", 4), ("zt", 2), ("uu", 5),
  ]
  return Dictionary(uniqueKeysWithValues: list.map { (key($0.0), $0.1) })
}()

private let abbreviationsDotted: [UInt64: Int] = {
  let list: [(String, Int)] = [
    ("abs", 2), ("sog", 3), ("gem", 2), ("tel", 3), ("art", 3), ("ziff", 2), ("buchst", 3),
    ("prof", 3), ("kap", 3), ("anm", 3), ("ehem", 4), ("max", 3), ("mind", 3), ("min", 3),
    ("ua", 5), ("oä", 5), ("so", 4), ("su", 4), ("va", 3), ("af", 4), ("nf", 4), ("vh", 3),
    ("st", 1), ("f", 3), ("s", 1), ("ggü", 4), ("lit", 3), ("bes", 4),
  ]
  return Dictionary(uniqueKeysWithValues: list.map { (key($0.0), $0.1) })
}()

@inline(__always)
private func abbreviationSyllables(_ c: UnsafeMutablePointer<UInt8>, _ n: Int, hasDot: Bool) -> Int?
{
  if hasDot {
    // Only tokens made of letters and periods ("z.B.", "Abs.", "i.V.m.").
    for k in 0..<n {
      let b = c[k]
      if b == codeSep { continue }
      if classOf(b) & 1 == 0 { return nil }
    }
    guard let k = packKey(c, n, skipDots: true) else { return nil }
    return abbreviationsDotted[k] ?? abbreviationsAlways[k]
  }
  if n > 4 { return nil }
  // Cheap filter: only runs without a vowel or of ≤ 4 letters reach the dictionary.
  guard let k = packKey(c, n, skipDots: false) else { return nil }
  return abbreviationsAlways[k]
}

/// All-caps words of ≤ 3 letters that are ordinary words in capitalised headings, or
/// acronyms that are pronounced as a word.
private let capsWords: Set<UInt64> = {
  let words = [
    "der", "die", "das", "und", "ein", "mit", "von", "für", "auf", "aus", "bei", "zum",
    "zur", "den", "dem", "des", "ist", "im", "in", "an", "am", "zu", "es", "er", "sie",
    "wir", "ihr", "nur", "als", "wie", "was", "wer", "ob", "so", "ja", "um", "vor", "neu",
    "oft", "nie", "hat", "war", "tun", "wo", "du", "ich", "man", "gut", "alt", "tag",
    "pin", "tüv", "dax", "gau", "uno", "ufo",
  ]
  return Set(words.map(key))
}()

@inline(__always)
private func isCapsWord(_ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
  guard let k = packKey(c + s, e - s, skipDots: false) else { return false }
  return capsWords.contains(k)
}

/// Word onsets that German or English allow; an all-caps run starting with anything
/// else ("DSGVO", "BMAS") is spelled out.
private let validOnsets: Set<UInt64> = {
  let list = [
    "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn",
    "kr", "kw", "pf", "ph", "pl", "pr", "ps", "qu", "sc", "sh", "sk", "sl", "sm", "sn",
    "sp", "st", "sw", "sz", "th", "tr", "ts", "tw", "wh", "wr", "zw", "sch", "spr", "str",
    "spl", "chr", "thr", "scr", "skr", "schl", "schm", "schn", "schr", "schw", "pfl", "pfr",
  ]
  return Set(list.map(key))
}()

private func hasPronounceableOnset(_ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
  var k = s
  while k < e && classOf(c[k]) & 2 == 0 { k += 1 }
  if k - s <= 1 { return true }
  guard let key = packKey(c + s, k - s, skipDots: false) else { return false }
  return validOnsets.contains(key)
}

// MARK: - Exception stems

// Stems matched anywhere in a part (unless flagged). Their syllable count replaces the
// rule-based count for the matched letters. Kept short and sorted by kind; each entry
// fixes a pattern that the rules cannot see from spelling alone.
private struct StemFlags: OptionSet {
  let rawValue: UInt8
  static let atEnd = StemFlags(rawValue: 1)  // must end the part (Makel ≠ make, Tuben ≠ tube)
  static let notAfterVowel = StemFlags(rawValue: 2)  // Visite ≠ site, ideal ≠ deal, Olive ≠ live
  static let atStart = StemFlags(rawValue: 4)  // must start the part (Serie, not Karosserie)
}

private let stemList: [(String, Int, StemFlags)] = [
  // English loans: silent final e
  ("online", 2, []), ("offline", 2, []), ("hotline", 2, []), ("deadline", 2, []),
  ("timeline", 2, []), ("pipeline", 2, []), ("headline", 2, []), ("airline", 2, []),
  ("guideline", 3, []), ("baseline", 2, []), ("skyline", 2, []), ("inline", 2, []),
  ("home", 1, []), ("page", 1, []), ("site", 1, [.notAfterVowel]), ("phone", 1, [.notAfterVowel]),
  ("software", 2, []), ("hardware", 2, []), ("freeware", 2, []), ("malware", 2, []),
  ("shareware", 2, []), ("firmware", 2, []), ("code", 1, []), ("update", 2, []),
  ("time", 1, [.atEnd]), ("care", 1, []), ("life", 1, []), ("style", 1, []),
  ("service", 2, []), ("office", 2, []), ("management", 3, []), ("make", 1, [.atEnd]),
  ("skate", 1, []), ("stake", 1, []), ("bike", 1, []), ("trade", 1, []),
  ("image", 2, []), ("tube", 1, [.atEnd]), ("fake", 1, []), ("hate", 1, [.atEnd]),
  ("guide", 1, []), ("change", 1, []), ("challenge", 2, []), ("voice", 1, []),
  ("house", 1, []), ("live", 1, [.notAfterVowel]), ("notebook", 2, []),
  ("facebook", 2, []), ("interface", 3, []), ("compliance", 3, []), ("governance", 3, []),
  ("performance", 3, []), ("business", 2, []), ("social", 2, []), ("point", 1, [.atEnd]),
  ("release", 2, []), ("feature", 2, []), ("recruiting", 3, []),
  // English loans: one-vowel ea / oa / oi
  ("team", 1, []), ("leasing", 2, []), ("stream", 1, []), ("deal", 1, [.notAfterVowel]),
  ("lead", 1, []), ("head", 1, []), ("speaker", 2, []), ("research", 2, []),
  ("jeans", 1, []), ("clean", 1, []), ("coach", 1, []), ("load", 1, []),
  ("board", 1, []), ("road", 1, []), ("toast", 1, []), ("boiler", 2, []), ("joint", 1, []),
  // French / Italian loans
  ("portemonnaie", 3, []), ("toilette", 3, []), ("konvoi", 2, []), ("croissant", 2, []),
  ("ciao", 1, []), ("barriere", 4, []), ("karriere", 4, []), ("premiere", 4, []),
  // Unstressed final -ie after r (Se-ri-e), where stressed -rie (Bat-te-rie) is the rule
  ("serie", 3, [.atStart, .atEnd]), ("materie", 4, [.atEnd]),
  ("historie", 4, [.atEnd]), ("glorie", 3, [.atEnd]),
  // Learned words with hiatus inside a digraph
  ("naiv", 2, []), ("protein", 3, []), ("koffein", 3, []), ("hygien", 3, []),
  ("ietät", 3, []), ("koop", 2, []), ("koord", 2, []), ("zoolog", 3, []),
  ("reintegr", 3, []), ("reinvest", 3, []), ("reinfekt", 3, []),
  // Prefix be-/ge- before a vowel-initial stem that would otherwise form a digraph
  ("beinhalt", 3, []), ("beirr", 2, []), ("geirr", 2, []), ("geimpf", 2, []),
  ("beur", 2, []), ("beun", 2, []), ("geur", 2, []), ("beerd", 2, []), ("beerb", 2, []),
  ("geehr", 2, []), ("beehr", 2, []),
  // Names whose spelling hides the vowel
  ("goethe", 2, []), ("duisburg", 2, []), ("daniel", 3, []), ("gabriel", 3, []),
  ("troisdorf", 2, []), ("voigt", 1, []),
]

private struct StemTable: Sendable {
  // Open addressing over the first four letters; value = index range in `order`.
  var slotKey: [UInt32]
  var slotFirst: [UInt16]
  var slotCount: [UInt8]
  var order: [UInt16]  // stem indices, longest first within a bucket
  var letters: [UInt8]
  var offset: [Int32]
  var length: [UInt8]
  var syllables: [UInt8]
  var flags: [UInt8]
  static let bits = 11
}

@inline(__always)
private func slot(_ key: UInt32) -> Int {
  Int((key &* 2_654_435_761) >> UInt32(32 - StemTable.bits))
}

private let stems: StemTable = {
  var letters: [UInt8] = [], offset: [Int32] = [], length: [UInt8] = []
  var syl: [UInt8] = [], flags: [UInt8] = []
  var groups: [UInt32: [Int]] = [:]
  for (i, (s, n, f)) in stemList.enumerated() {
    let codes = s.unicodeScalars.map { code(of: $0) }
    precondition(codes.count >= 4, "stem too short: \(s)")
    offset.append(Int32(letters.count))
    letters += codes
    length.append(UInt8(codes.count))
    syl.append(UInt8(n))
    flags.append(f.rawValue)
    let k =
      UInt32(codes[0]) | UInt32(codes[1]) << 8 | UInt32(codes[2]) << 16 | UInt32(codes[3]) << 24
    groups[k, default: []].append(i)
  }
  let size = 1 << StemTable.bits
  var slotKey = [UInt32](repeating: 0, count: size)
  var slotFirst = [UInt16](repeating: 0, count: size)
  var slotCount = [UInt8](repeating: 0, count: size)
  var order: [UInt16] = []
  for (k, members) in groups.sorted(by: { $0.key < $1.key }) {
    var h = slot(k)
    while slotKey[h] != 0 { h = (h + 1) & (size - 1) }
    slotKey[h] = k
    slotFirst[h] = UInt16(order.count)
    slotCount[h] = UInt8(members.count)
    order += members.sorted { length[$0] > length[$1] }.map { UInt16($0) }
  }
  return StemTable(
    slotKey: slotKey, slotFirst: slotFirst, slotCount: slotCount, order: order,
    letters: letters, offset: offset, length: length, syllables: syl, flags: flags)
}()

// MARK: - Nucleus counting

@inline(__always) private func ch(_ c: UnsafeMutablePointer<UInt8>, _ i: Int) -> UInt8 {
  c[i] & 0x7F
}

private let a = UInt8(ascii: "a"), eLetter = UInt8(ascii: "e"), iLetter = UInt8(ascii: "i")
private let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")

/// Counts vowel nuclei in c[s..<e] (lowercase codes with upper bit).
private func countNuclei(_ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
  @inline(__always) func isV(_ k: Int) -> Bool { classOf(c[k]) & 2 != 0 }

  var n = 0
  var i = s
  var stemEnd = -1  // end of the last matched stem: a stem may follow it directly
  while i < e {
    // Exception stems (only at letters that can start one: cheap 4-letter hash probe).
    if e - i >= 4 {
      let k =
        UInt32(ch(c, i)) | UInt32(ch(c, i + 1)) << 8 | UInt32(ch(c, i + 2)) << 16
        | UInt32(ch(c, i + 3)) << 24
      var h = slot(k)
      var matched = false
      while stems.slotKey[h] != 0 {
        if stems.slotKey[h] == k {
          let first = Int(stems.slotFirst[h])
          for j in first..<first + Int(stems.slotCount[h]) {
            let idx = Int(stems.order[j])
            let len = Int(stems.length[idx])
            if i + len > e { continue }
            let f = StemFlags(rawValue: stems.flags[idx])
            if f.contains(.atEnd) && i + len != e { continue }
            if f.contains(.atStart) && i != s { continue }
            if f.contains(.notAfterVowel) && i > s && stemEnd != i && isV(i - 1) { continue }
            let off = Int(stems.offset[idx])
            var ok = true
            var q = 4
            while q < len {
              if stems.letters[off + q] != ch(c, i + q) { ok = false; break }
              q += 1
            }
            if ok {
              n += Int(stems.syllables[idx])
              i += len
              stemEnd = i
              matched = true
              break
            }
          }
          break
        }
        h = (h + 1) & ((1 << StemTable.bits) - 1)
      }
      if matched { continue }
    }

    let v = ch(c, i)
    if classOf(v) & 2 == 0 { i += 1; continue }
    // Consonantal vowel letters.
    if v == u && i > s && ch(c, i - 1) == UInt8(ascii: "q") { i += 1; continue }  // Quelle
    if v == y && i == s && i + 1 < e && isV(i + 1) { i += 1; continue }  // Yacht, Yoga
    if v == iLetter && isGlide(c, s, e, i) { i += 1; continue }
    n += 1
    i += nucleusLength(c, s, e, i, nucleiBefore: n - 1)
  }
  return n
}

/// i read as a glide: -tion/-sion/-xion (Nation, Version, Reflexion) and -lli- before
/// o or in -lliard- (Million, Milliarde).
@inline(__always)
private func isGlide(_ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int, _ i: Int) -> Bool {
  guard i > s, i + 1 < e else { return false }
  let p = ch(c, i - 1), nx = ch(c, i + 1)
  if nx == o && i + 2 < e && ch(c, i + 2) == UInt8(ascii: "n")
    && (p == UInt8(ascii: "t") || p == UInt8(ascii: "s") || p == UInt8(ascii: "x"))
    && i - 1 > s  // "Sion", "Tion" alone are hiatus words
  {
    return true
  }
  if p == UInt8(ascii: "l") && i - 2 >= s && ch(c, i - 2) == UInt8(ascii: "l")
    && (nx == o
      || (nx == a && i + 3 < e && ch(c, i + 2) == UInt8(ascii: "r")
        && ch(c, i + 3) == UInt8(ascii: "d")))
  {
    return true  // Mil-lion, Pa-vil-lon, Mil-liar-de (but Pal-li-a-tiv)
  }
  return false
}

/// Letters taken by the nucleus starting at i (1, 2 or 3).
@inline(__always)
private func nucleusLength(
  _ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int, _ i: Int, nucleiBefore: Int
) -> Int {
  guard i + 1 < e else { return 1 }
  let v = ch(c, i), w = ch(c, i + 1)
  @inline(__always) func at(_ k: Int) -> UInt8 { k >= s && k < e ? ch(c, k) : 0 }
  @inline(__always) func consonantOrEnd(_ k: Int) -> Bool {
    k >= e || classOf(ch(c, k)) & 2 == 0
  }
  switch (v, w) {
  case (a, iLetter), (a, y), (a, u), (eLetter, y), (o, y), (u, y), (a, a), (o, o), (o, u):
    return 2
  case (codeAE, u):
    // Jubiläum: -äum is hiatus.
    if at(i + 2) == UInt8(ascii: "m") && (i + 3 == e || at(i + 3) == UInt8(ascii: "s")) { return 1 }
    return 2
  case (eLetter, iLetter):
    return 2
  case (eLetter, u):
    // Museum, Museums-: -eum is hiatus.
    if at(i + 2) == UInt8(ascii: "m") && (i + 3 == e || at(i + 3) == UInt8(ascii: "s")) { return 1 }
    return 2
  case (eLetter, a):
    // French -eau (Niveau, Plateaus) is one vowel; otherwise e-a is hiatus (The-a-ter).
    if at(i + 2) == u
      && (i + 3 == e
        || ((at(i + 3) == UInt8(ascii: "s") || at(i + 3) == UInt8(ascii: "x")) && i + 4 == e))
    {
      return 3
    }
    return 1
  case (a, eLetter):
    // Transliterated ä in names (Baerbock, Gaertner, Schaeuble); otherwise hiatus (Is-ra-el).
    if at(i + 2) == u { return 3 }
    if at(i + 2) == UInt8(ascii: "r") && i + 3 < e && consonantOrEnd(i + 3) { return 2 }
    return 1
  case (o, eLetter):
    // Initial Oe- in names is ö (Oetker); elsewhere hiatus (Po-et, Po-e-sie).
    if i == s && i + 2 < e && consonantOrEnd(i + 2) { return 2 }
    return 1
  case (eLetter, eLetter):
    // -een before a consonant or the end: I-de-en, Mu-se-en, be-en-den, Se-en-plat-te.
    // English -een after r, w, t, qu stays one vowel (Screen, Queen, Teen).
    if at(i + 2) == UInt8(ascii: "n") && consonantOrEnd(i + 3) {
      let p = at(i - 1)
      if !(p == UInt8(ascii: "r") || p == UInt8(ascii: "w") || p == u || p == UInt8(ascii: "t")) {
        return 1
      }
    }
    return 2
  case (iLetter, eLetter):
    return ieIsHiatus(c, s, e, i, nucleiBefore: nucleiBefore) ? 1 : 2
  default:
    return 1
  }
}

/// German ie is one long i; loan words split it where the i is an unstressed syllable.
private func ieIsHiatus(
  _ c: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int, _ i: Int, nucleiBefore: Int
) -> Bool {
  @inline(__always) func at(_ k: Int) -> UInt8 { k >= s && k < e ? ch(c, k) : 0 }
  @inline(__always) func isV(_ k: Int) -> Bool { k >= s && k < e && classOf(ch(c, k)) & 2 != 0 }
  let p1 = at(i - 1), p2 = at(i - 2)
  let n = UInt8(ascii: "n"), l = UInt8(ascii: "l"), d = UInt8(ascii: "d")
  // -ien before a consonant, the end or a compound boundary (a vowel other than the e
  // of native -iene/-ienen): Fe-ri-en, Me-di-en, Pa-ti-ent, Ef-fi-zi-enz,
  // Fa-mi-li-en-an-ge-hö-ri-ge. Native "dien" (Dienst, be-dien-stet, ge-dient) and a
  // first-syllable ie at the end (Wien, schien) stay one vowel.
  if at(i + 2) == n && (!isV(i + 3) || at(i + 3) != eLetter || at(i + 4) == iLetter) {
    if nucleiBefore == 0
      && (i + 3 == e || (i + 4 == e && at(i + 3) == UInt8(ascii: "s")) || isV(i + 3))
    {
      return false
    }
    if p1 == d {
      if !isV(i - 2) { return false }
      // Pflege-dienst
      if at(i + 3) == UInt8(ascii: "s") && at(i + 4) == UInt8(ascii: "t") { return false }
      if p2 == eLetter && (at(i - 3) == UInt8(ascii: "b") || at(i - 3) == UInt8(ascii: "g"))
        && !isV(i - 4)
      {
        return false
      }
    }
    return true
  }
  // Elsewhere a first-syllable ie is native (die, Liebe, Spiel).
  if nucleiBefore == 0 { return false }
  // -iell: spe-zi-ell, fi-nan-zi-el-le (but viel-leicht).
  if at(i + 2) == l && at(i + 3) == l {
    if i + 4 == e { return true }
    if at(i + 4) == eLetter && at(i + 5) != iLetter { return true }
    return false
  }
  // Unstressed final -ie: Fa-mi-li-e, Stu-di-e, Ak-ti-e, Li-ni-e, Prä-mi-e, Gra-zi-e.
  if i + 2 == e {
    switch p1 {
    case l: return true
    case d: return p2 == u || p2 == codeOE
    case UInt8(ascii: "t"): return p2 == UInt8(ascii: "k") || p2 == UInt8(ascii: "s")
    case n: return p2 == iLetter || p2 == a
    case UInt8(ascii: "z"): return p2 == a
    case UInt8(ascii: "m"): return p2 == codeAE
    default: return false
    }
  }
  return false
}
