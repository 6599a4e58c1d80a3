/// How a split compound is written.
public enum CompoundStyle: String, Sendable, Codable, CaseIterable {
  /// `Datenschutz-Folgen-Abschätzung`: parts joined by a hyphen, each part of a noun capitalised
  /// (Netzwerk Leichte Sprache).
  case hyphen
  /// `Datenschutz·folgen·abschätzung`: parts joined by a Mediopunkt, lower case after the dot
  /// (Forschungsstelle Leichte Sprache, Hildesheim).
  case mediopunkt
}

/// The analysis of one word.
public struct CompoundSplit: Hashable, Sendable, Codable {
  public enum Source: String, Sendable, Codable {
    /// From `komposita.tsv` (a known split, or a lexicalised word that stays whole).
    case lexicon
    /// Found by the splitter from the frequency list.
    case statistics
    /// Not split: no analysis into at least two well-attested parts exists.
    case none
  }

  /// The word as given.
  public let word: String
  /// The parts, cut from `word` (original spelling, linking elements on the left part); one part
  /// when the word is not split.
  public let parts: [String]
  /// How sure the splitter is that `parts` is the right analysis, 0…1. A split is certain at
  /// `CompoundSplitter.certainThreshold` or above; the simplifier rewrites only certain splits.
  public let confidence: Double
  public let source: Source
  /// The `komposita.tsv` line the analysis comes from, if any.
  public let provenance: Provenance?

  public var isCompound: Bool { parts.count > 1 }
  public var isCertain: Bool { confidence >= CompoundSplitter.certainThreshold }

  /// The word written in `style`. A noun (capitalised word) gets capitalised parts with a hyphen;
  /// other words keep their case. With a Mediopunkt every part after the first is lower case.
  public func written(_ style: CompoundStyle) -> String {
    guard parts.count > 1 else { return word }
    let noun = word.first?.isUppercase ?? false
    switch style {
    case .hyphen:
      return parts.enumerated().map { index, part in
        index == 0 || !noun ? part : part.prefix(1).uppercased() + part.dropFirst()
      }.joined(separator: "-")
    case .mediopunkt:
      return parts.enumerated().map { index, part in
        index == 0 ? part : part.prefix(1).lowercased() + part.dropFirst()
      }.joined(separator: "·")
    }
  }
}

/// Splits German compounds into their parts, using `komposita.tsv` first and otherwise the
/// word frequencies of `haeufigkeit.tsv` (load the lexicon with `.compounds`).
///
/// Method (details in the README section on compounds):
/// 1. Every substring of the lower-cased word is looked up in the frequency table by hashing its
///    UTF-16 code units (no `String` per probe).
/// 2. A *modifier* (non-final part) is a known word, a known word plus a linking element
///    (-s-, -es-, -n-, -en-, -er-, -e-, -ns-), a noun without its final -e (`Schul-`), or a verb
///    stem (`Wohn-`, `Melde-`); the linking element stays on the left part. The *head* (final
///    part) is a known word of the same word class as the whole (capitalised for nouns); agent
///    nouns and nominalisations also count as known through their verb (`-steller` ← `stellen`),
///    feminine forms through the masculine (`-bearbeiterin` ← `Bearbeiter`).
/// 3. Prefixes, particles, function words and derivational suffixes are never parts, so simplex
///    and derived words (`Verhandlung`, `Unterschrift`, `Gesellschaft`) stay whole.
/// 4. Dynamic programming picks the analysis with the highest sum of (Zipf − 3) over its parts:
///    well-attested parts win, rare fragments cost. The second-best analysis gives the margin.
/// 5. Adjacent parts are joined again when the joined word is lexicalised: it is a known word
///    at most 0.35 Zipf below its rarer part (`Gut·schein`, `Rund·funk`, `Bahn·hof`).
/// 6. Confidence grows with the margin and with the frequency of the rarest part.
public struct CompoundSplitter: Sendable {
  /// Splits at or above this confidence are certain.
  public static let certainThreshold = 0.8

  /// Reward offset: a part adds `zipf − partThreshold` to an analysis.
  static let partThreshold: Float = 3.3
  /// Parts below this Zipf value are not considered (wordfreq noise).
  static let minimumZipf: Float = 2.0
  /// Words that were never seen in running text need this Zipf value to be parts.
  static let unobservedZipf: Float = 3.0
  /// Two parts are joined when the joined word is at most this much rarer than its rarer part.
  static let lexicalisedMargin: Float = 0.35
  /// ... and at least this frequent.
  static let lexicalisedMinimum: Float = 3.95
  /// The value given to parts of `komposita.tsv` entries.
  static let entryZipf: Float = 4.5
  static let minimumPart = 3
  static let maximumWord = 80

  let table: ZipfTable
  let entries: CompoundEntries
  let blocked: ZipfTable

  public init(lexicon: Lexicon) {
    table = lexicon.wordTable
    entries = lexicon.compoundEntries
    blocked = Self.blockedTable
  }

  /// `nonParts` as a table, built once (the rewriting rules create a splitter per word).
  static let blockedTable: ZipfTable = {
    var blocked = ZipfTable(capacity: 256)
    for word in CompoundSplitter.nonParts {
      blocked.insert(word, ZipfTable.Record(zipf: 0, capitalisation: 0))
    }
    return blocked
  }()

  /// Results by word, for callers that split many words (tokens of a text repeat).
  public struct Memo: Sendable {
    var results: [String: CompoundSplit] = [:]
    public init() {}
    public var count: Int { results.count }
  }

  public func split(_ word: String, memo: inout Memo) -> CompoundSplit {
    if let known = memo.results[word] { return known }
    let result = split(word)
    memo.results[word] = result
    return result
  }

  /// Analyses one word. A word that already contains `-` or `·` is analysed piece by piece.
  public func split(_ word: String) -> CompoundSplit {
    let units = Array(word.utf16)
    if units.contains(0x2D) || units.contains(0xB7) {
      var parts: [String] = []
      var confidence = 1.0
      var source = CompoundSplit.Source.none
      var provenance: Provenance? = nil
      for piece in word.split(whereSeparator: { $0 == "-" || $0 == "·" }) {
        let result = split(String(piece))
        parts += result.parts
        if result.isCompound { confidence = min(confidence, result.confidence) }
        if result.source == .lexicon { provenance = provenance ?? result.provenance }
        if result.source != .none { source = source == .lexicon ? .lexicon : result.source }
      }
      if source == .none { confidence = 0.95 }
      return CompoundSplit(
        word: word, parts: parts, confidence: confidence, source: source, provenance: provenance)
    }
    if let entry = entries.entry(for: word) {
      return CompoundSplit(
        word: word, parts: cut(units, at: entry.parts.dropLast().map { $0.utf16.count }),
        confidence: 1, source: .lexicon, provenance: entry.provenance)
    }
    let lower = Array(word.lowercased().utf16)
    guard lower.count == units.count, units.count >= 2 * CompoundSplitter.minimumPart,
      units.count <= CompoundSplitter.maximumWord
    else {
      return CompoundSplit(
        word: word, parts: [word], confidence: 0.6, source: .none, provenance: nil)
    }
    let capitalised = word.first?.isUppercase ?? false
    let analysis = analyse(lower, noun: capitalised)
    var lengths: [Int] = []
    var previous = 0
    for boundary in analysis.boundaries {
      lengths.append(boundary - previous)
      previous = boundary
    }
    return CompoundSplit(
      word: word, parts: cut(units, at: lengths), confidence: analysis.confidence,
      source: analysis.boundaries.isEmpty
        ? (analysis.lexicalised ? .statistics : .none) : analysis.source,
      provenance: analysis.provenance)
  }

  /// Cuts `units` into parts of the given lengths (the rest is the last part).
  private func cut(_ units: [UInt16], at lengths: some Sequence<Int>) -> [String] {
    var parts: [String] = []
    var start = 0
    for length in lengths {
      parts.append(String(decoding: units[start..<start + length], as: UTF16.self))
      start += length
    }
    parts.append(String(decoding: units[start...], as: UTF16.self))
    return parts
  }

  struct Analysis {
    var boundaries: [Int]
    var confidence: Double
    var source: CompoundSplit.Source
    var provenance: Provenance?
    var lexicalised = false
  }

  /// The analysis of a lower-cased word: inner boundaries (offsets in UTF-16 units).
  func analyse(_ w: [UInt16], noun: Bool) -> Analysis {
    let n = w.count
    let width = n + 1
    let maximumPart = min(max(table.maximumLength, 1), 40)
    // Zipf and capitalisation of every substring [i, j) found in the table; -1 when absent.
    var zipf = [Float](repeating: -1, count: n * width)
    var capital = [UInt8](repeating: 0, count: n * width)
    var isBlocked = [Bool](repeating: false, count: n * width)
    // Entries of komposita.tsv inside the word: boundaries they force or forbid.
    var forbidden = [Bool](repeating: false, count: n + 1)
    var forced = [Bool](repeating: false, count: n + 1)
    var entryPart: [Int: Float] = [:]
    var usedEntry: Provenance? = nil
    let checkEntries = entries.count > 0
    for i in 0..<n {
      var hash = ZipfTable.offsetBasis
      let end = min(n, i + maximumPart)
      var j = i
      while j < end {
        hash = ZipfTable.step(hash, w[j])
        j += 1
        let length = j - i
        if length < 2 { continue }
        if let record = table.lookup(hash: hash, length: length) {
          zipf[i * width + j] = record.zipf
          capital[i * width + j] = record.capitalisation
        }
        if length <= 8, blocked.lookup(hash: hash, length: length) != nil {
          isBlocked[i * width + j] = true
        }
        if checkEntries, length >= 6, entries.table.lookup(hash: hash, length: length) != nil,
          let entry = entries.entry(for: String(decoding: w[i..<j], as: UTF16.self))
        {
          usedEntry = usedEntry ?? entry.provenance
          var offset = i
          var inner: [Int] = []
          for part in entry.parts.dropLast() {
            offset += part.utf16.count
            inner.append(offset)
          }
          for p in (i + 1)..<j where !inner.contains(p) { forbidden[p] = true }
          for p in inner { forced[p] = true }
          var start = i
          for p in inner + [j] {
            entryPart[start * width + p] = CompoundSplitter.entryZipf
            start = p
          }
        }
      }
    }
    // A forced boundary stays forbidden if another entry forbids it (overlapping entries).
    for p in 0...n where forbidden[p] { forced[p] = false }

    @inline(__always) func z(_ i: Int, _ j: Int) -> Float { zipf[i * width + j] }
    /// Whether [i, j) may be a part (or the base of one): frequent enough and seen in running
    /// text; three-letter parts must be frequent nouns (Amt, Bau, Hof), which keeps out
    /// fragments and foreign noise of the frequency list (usw, ach, sur).
    @inline(__always) func usable(_ i: Int, _ j: Int) -> Bool {
      let value = zipf[i * width + j]
      guard value >= CompoundSplitter.minimumZipf, !isBlocked[i * width + j] else { return false }
      let kind = capital[i * width + j]
      switch j - i {
      case ...3: return kind == 1 && value >= 4.0
      case 4...5: return kind != 0 ? value >= 2.5 : value >= 4.0
      default: return kind != 0 || value >= CompoundSplitter.unobservedZipf
      }
    }
    /// Extra cost of short parts: a split into short pieces needs more evidence.
    @inline(__always) func shortCost(_ length: Int) -> Float {
      length == 3 ? 0.5 : (length == 4 ? 0.2 : 0)
    }
    func probe(_ i: Int, _ j: Int, _ suffix: [UInt16]) -> ZipfTable.Record? {
      var hash = ZipfTable.offsetBasis
      for k in i..<j { hash = ZipfTable.step(hash, w[k]) }
      for unit in suffix { hash = ZipfTable.step(hash, unit) }
      return table.lookup(hash: hash, length: j - i + suffix.count)
    }
    func endsWith(_ j: Int, _ suffix: [UInt16]) -> Bool {
      guard j >= suffix.count else { return false }
      for k in 0..<suffix.count where w[j - suffix.count + k] != suffix[k] { return false }
      return true
    }

    /// Zipf value of [i, n) as the head, or nil.
    func head(_ i: Int) -> Float? {
      guard n - i >= CompoundSplitter.minimumPart else { return nil }
      if let value = entryPart[i * width + n] { return max(value, z(i, n)) }
      // The last part of an entry followed by an inflection ending (-s, -n, -en, -es, -e, -er).
      for k in 1...2 where n - k - i >= CompoundSplitter.minimumPart {
        if let value = entryPart[i * width + n - k] { return value }
      }
      if isBlocked[i * width + n] { return nil }
      var best: Float = -1
      if usable(i, n) {
        let kind = capital[i * width + n]
        if noun ? kind != 2 : kind != 1 { best = z(i, n) }
      }
      if noun {
        // Feminine forms: -in after a known masculine noun (Bearbeiterin ← Bearbeiter).
        if endsWith(n, Self.suffixIn), n - 2 - i >= 4, usable(i, n - 2),
          capital[i * width + n - 2] == 1
        {
          best = max(best, z(i, n - 2) - 0.3)
        }
        // Agent nouns and nominalisations: -er, -erin, -ung after a verb stem (-steller ← stellen).
        for suffix in [Self.suffixEr, Self.suffixErin, Self.suffixUng] where endsWith(n, suffix) {
          let stemEnd = n - suffix.count
          guard stemEnd - i >= 3, !isBlocked[i * width + stemEnd] else { continue }
          if let verb = probe(i, stemEnd, Self.suffixEn), verb.isObserved,
            verb.zipf >= CompoundSplitter.unobservedZipf
          {
            best = max(best, verb.zipf - 0.7)
          }
        }
      }
      return best >= CompoundSplitter.minimumZipf ? best : nil
    }

    /// Zipf value of [i, j) as a modifier (non-final part), or nil.
    func modifier(_ i: Int, _ j: Int) -> Float? {
      let length = j - i
      guard length >= CompoundSplitter.minimumPart else { return nil }
      if let value = entryPart[i * width + j] { return max(value, z(i, j)) }
      for link in Self.links where length - link.units.count >= 4 {
        if endsWith(j, link.units), let value = entryPart[i * width + j - link.units.count] {
          return value - link.cost
        }
      }
      if isBlocked[i * width + j] { return nil }
      var best: Float = -1
      if usable(i, j) { best = z(i, j) }
      for link in Self.links where length - link.units.count >= CompoundSplitter.minimumPart {
        let baseEnd = j - link.units.count
        guard endsWith(j, link.units), usable(i, baseEnd), link.fits(w[baseEnd - 1]) else {
          continue
        }
        // Linking -s-/-es- only after nouns.
        if link.nounOnly && capital[i * width + baseEnd] != 1 { continue }
        var cost = link.cost
        if link.units == Self.suffixS, Self.obligatoryS.contains(where: { endsWith(baseEnd, $0) }) {
          cost = 0
        }
        best = max(best, z(i, baseEnd) - cost)
      }
      if w[j - 1] != 0x65 {
        // A noun without its final -e: Schul-, Sprach-, Sach-.
        if let noun = probe(i, j, Self.suffixE), noun.capitalisation == 1,
          noun.zipf >= CompoundSplitter.unobservedZipf
        {
          best = max(best, noun.zipf - 0.2)
        }
        // A verb stem: Wohn-, Park-.
        if let verb = probe(i, j, Self.suffixEn), verb.capitalisation == 2,
          verb.zipf >= CompoundSplitter.unobservedZipf
        {
          best = max(best, verb.zipf - 0.3)
        }
      } else if let verb = probe(i, j, Self.suffixN), verb.capitalisation == 2,
        verb.zipf >= CompoundSplitter.unobservedZipf
      {
        // Melde-, Hilfe- (as a verb stem with -e).
        best = max(best, verb.zipf - 0.3)
      }
      return best >= CompoundSplitter.minimumZipf ? best : nil
    }

    // Dynamic programming over boundaries, keeping the best and second-best score per position.
    let threshold = CompoundSplitter.partThreshold
    var best1 = [Float](repeating: -.infinity, count: n + 1)
    var best2 = [Float](repeating: -.infinity, count: n + 1)
    var back = [Int](repeating: -1, count: n + 1)
    var partValue = [Float](repeating: 0, count: n + 1)
    best1[0] = 0
    func crossesForced(_ i: Int, _ j: Int) -> Bool {
      var p = i + 1
      while p < j {
        if forced[p] { return true }
        p += 1
      }
      return false
    }
    for j in CompoundSplitter.minimumPart..<n where !forbidden[j] {
      for i in stride(from: j - CompoundSplitter.minimumPart, through: 0, by: -1)
      where best1[i] > -.infinity {
        if j - i > maximumPart { break }
        if i > 0 && forbidden[i] { continue }
        if crossesForced(i, j) { continue }
        guard let value = modifier(i, j) else { continue }
        let reward = value - threshold - shortCost(j - i)
        let candidate1 = best1[i] + reward
        let candidate2 = best2[i] + reward
        if candidate1 > best1[j] {
          best2[j] = max(best1[j], candidate2)
          best1[j] = candidate1
          back[j] = i
          partValue[j] = value
        } else {
          best2[j] = max(best2[j], candidate1)
        }
      }
    }
    var top: Float = -.infinity
    var second: Float = -.infinity
    var headStart = -1
    var headValue: Float = 0
    for i in CompoundSplitter.minimumPart...(n - CompoundSplitter.minimumPart)
    where best1[i] > -.infinity && !forbidden[i] && !crossesForced(i, n) {
      guard let value = head(i) else { continue }
      let candidate1 = best1[i] + value - threshold - shortCost(n - i)
      let candidate2 = best2[i] + value - threshold - shortCost(n - i)
      if candidate1 > top {
        second = max(top, candidate2)
        top = candidate1
        headStart = i
        headValue = value
      } else {
        second = max(second, candidate1)
      }
    }
    guard headStart > 0 else {
      let whole = z(0, n)
      return Analysis(
        boundaries: [], confidence: whole >= 3 ? 0.95 : (whole > 0 ? 0.85 : 0.6), source: .none)
    }
    // The parts of the best analysis: (start, end, value).
    var parts: [(start: Int, end: Int, value: Float)] = [(headStart, n, headValue)]
    var position = headStart
    while position > 0 {
      let start = back[position]
      parts.insert((start, position, partValue[position]), at: 0)
      position = start
    }
    // Join lexicalised neighbours (Gut·schein, Rund·funk), the most lexicalised pair first.
    var merged = false
    while parts.count > 1 {
      var bestPair = -1
      var bestGain: Float = -.infinity
      var bestValue: Float = 0
      for k in 0..<(parts.count - 1) where !forced[parts[k].end] {
        let start = parts[k].start
        let end = parts[k + 1].end
        let value: Float?
        if end == n {
          value =
            usable(start, n) && (noun ? capital[start * width + n] == 1 : true) ? z(start, n) : nil
        } else {
          value = modifier(start, end)
        }
        guard let value, value >= CompoundSplitter.lexicalisedMinimum else { continue }
        // Compare with the parts' own frequencies (not a linked or derived reading).
        func own(_ part: (start: Int, end: Int, value: Float)) -> Float {
          usable(part.start, part.end) ? z(part.start, part.end) : part.value
        }
        let gain =
          value - (min(own(parts[k]), own(parts[k + 1])) - CompoundSplitter.lexicalisedMargin)
        if gain >= 0 && gain > bestGain {
          bestGain = gain
          bestPair = k
          bestValue = value
        }
      }
      guard bestPair >= 0 else { break }
      parts[bestPair] = (parts[bestPair].start, parts[bestPair + 1].end, bestValue)
      parts.remove(at: bestPair + 1)
      merged = true
    }
    // A noun made from a present participle (`Gewerbe·treibende`, not `Gewerbe·treib·ende`):
    // the last part `ende`/`enden`/… joins the part before it when that part + `en` is a verb.
    if parts.count >= 2 {
      let last = parts[parts.count - 1]
      let before = parts[parts.count - 2]
      let ending = String(decoding: w[last.start..<n], as: UTF16.self)
      if ["ende", "enden", "ender", "endes", "endem"].contains(ending) {
        var hash = ZipfTable.offsetBasis
        for unit in w[before.start..<before.end] { hash = ZipfTable.step(hash, unit) }
        hash = ZipfTable.step(ZipfTable.step(hash, 0x65), 0x6E)  // + "en"
        if let verb = table.lookup(hash: hash, length: before.end - before.start + 2),
          verb.zipf >= 3
        {
          parts[parts.count - 2] = (before.start, n, before.value)
          parts.removeLast()
          merged = true
        }
      }
    }
    if parts.count == 1 {
      return Analysis(boundaries: [], confidence: 0.85, source: .statistics, lexicalised: true)
    }
    let fromEntry = parts.contains { entryPart[$0.start * width + $0.end] != nil }
    let margin = second > -.infinity ? Double(top - second) : 2.0
    var confidence = min(0.99, 0.55 + 0.2 * margin)
    let rarest = parts.map(\.value).min() ?? 0
    if rarest < 3.0 { confidence *= 0.85 }
    if rarest < 2.5 { confidence *= 0.85 }
    if merged { confidence = min(confidence, 0.9) }
    if fromEntry { confidence = max(confidence, 0.9) }
    return Analysis(
      boundaries: parts.dropFirst().map(\.start), confidence: confidence,
      source: fromEntry ? .lexicon : .statistics, provenance: fromEntry ? usedEntry : nil)
  }

  struct Link {
    let units: [UInt16]
    let cost: Float
    let nounOnly: Bool
    /// Which last letters of the base take this linking element: -n- after -e, -el, -er
    /// (Rente·n, Regel·n); -s- not after s, ß, x, z; -en-, -es-, -er-, -e- after a consonant.
    func fits(_ last: UInt16) -> Bool {
      let vowels: [UInt16] = [0x61, 0x65, 0x69, 0x6F, 0x75, 0xE4, 0xF6, 0xFC, 0x79]
      switch units {
      case CompoundSplitter.suffixN: return last == 0x65 || last == 0x6C || last == 0x72
      case CompoundSplitter.suffixS, CompoundSplitter.suffixNs:
        return ![0x73, 0xDF, 0x78, 0x7A].contains(last)
      default: return !vowels.contains(last)
      }
    }
  }

  static let suffixS = Array("s".utf16)
  static let suffixNs = Array("ns".utf16)
  static let suffixN = Array("n".utf16)
  static let suffixE = Array("e".utf16)
  static let suffixEn = Array("en".utf16)
  static let suffixEr = Array("er".utf16)
  static let suffixErin = Array("erin".utf16)
  static let suffixIn = Array("in".utf16)
  static let suffixUng = Array("ung".utf16)

  /// Linking elements (Fugenelemente); the cost makes the plain form win when both exist.
  static let links: [Link] = [
    Link(units: Array("s".utf16), cost: 0.3, nounOnly: true),
    Link(units: Array("es".utf16), cost: 0.3, nounOnly: true),
    Link(units: Array("ns".utf16), cost: 0.2, nounOnly: true),
    Link(units: Array("n".utf16), cost: 0.1, nounOnly: false),
    Link(units: Array("en".utf16), cost: 0.1, nounOnly: false),
    Link(units: Array("er".utf16), cost: 0.3, nounOnly: true),
    Link(units: Array("e".utf16), cost: 0.3, nounOnly: false),
  ]

  /// Noun endings after which the linking -s- is obligatory (Verwaltungs-, Zuständigkeits-).
  static let obligatoryS: [[UInt16]] = [
    "ung", "heit", "keit", "schaft", "ion", "tät", "tum", "ling", "ts",
  ].map {
    Array($0.utf16)
  }

  /// Strings that are never compound parts: prefixes and verb particles, function words and
  /// derivational suffixes. Grammar, not vocabulary, so they live in code.
  static let nonParts: [String] = [
    // prefixes and particles
    "ab", "an", "auf", "aus", "be", "bei", "dar", "durch", "ein", "ent", "emp", "er", "fort", "ge",
    "gegen", "her", "hin", "hinter", "los", "miss", "mit", "nach", "neben", "nieder", "über", "um",
    "un", "unter", "ur", "ver", "vor", "voran", "voraus", "vorbei", "weg", "wider", "wieder", "zer",
    "zu", "zurück", "zusammen", "zwischen", "dazu", "hinzu", "heraus", "herein", "hinaus", "herab",
    "entgegen", "empor", "inne", "miß", "ob", "vorher", "nachher", "aller", "ander", "gleich",
    // function words
    "der", "die", "das", "dem", "den", "des", "eine", "einer", "eines", "einem", "einen", "und",
    "oder", "als", "wie", "was", "wer", "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "wir",
    "ich", "uns", "man", "sich", "nicht", "auch", "noch", "nur", "sehr", "schon", "hier", "dort",
    "dies", "diese", "dieser", "dieses", "jede", "jeder", "jedes", "alle", "allen", "mehr",
    "sein", "seine", "seiner", "seinen", "kein", "keine", "für", "von", "vom", "zum", "zur", "beim",
    "ins", "bis", "seit", "ohne", "sind", "ist", "war", "hat", "wird", "dass", "daß", "wenn",
    "denn", "doch", "also", "nun", "mal", "etwa", "eben", "gar", "ganz", "gern", "bitte", "gen",
    // derivational suffixes and suffix-like endings
    "schaft", "schaften", "heit", "heiten", "keit", "keiten", "ung", "ungen", "nis", "nisse",
    "tum", "tümer", "ling", "linge", "sal", "sel", "erei", "ion", "ionen", "ität", "itäten",
    "ismus", "isten", "ant", "anten", "enten", "lerin", "innen", "chen", "lein", "lose",
    "losen", "loser", "loses", "bar", "bare", "baren", "barer", "sam", "same", "samen", "lich",
    "liche", "lichen", "licher", "isch", "ische", "ischen", "haft", "hafte", "haften", "mäßig",
    "mäßige", "mäßigen", "ieren", "ierung", "ierungen", "tion", "tionen", "artig", "artige",
    "weise", "halber", "wärts", "lei",
  ]
}
