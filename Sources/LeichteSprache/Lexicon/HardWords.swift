/// Hard words of administrative German with an easy replacement and/or an explanation in
/// Leichte Sprache, from `Lexicons/woerter.tsv`. Entries are lemmas; inflected forms are found
/// through `lemmata.tsv` (see `Lexicon.wordEntry(for:)`).
public struct HardWords: Sendable {
  public struct Entry: Hashable, Sendable, Codable {
    /// The lemma (nouns capitalised; multi-word expressions allowed).
    public let word: String
    /// Nomen, Verb, Adjektiv, Adverb, Präposition or Wendung.
    public let partOfSpeech: String
    /// m, f, n or pl for nouns, else empty.
    public let gender: String
    /// An easy word with the same grammar that can replace the word directly; empty when the
    /// word must stay and be explained.
    public let replacement: String
    public let replacementGender: String
    /// A short explanation in Leichte Sprache.
    public let explanation: String
    /// Domain tags (Soziales, Wohnen, …).
    public let domains: [String]
    public let provenance: Provenance

    /// Number of words of the lemma (more than one for a `Wendung`).
    public var wordCount: Int { word.split(separator: " ").count }
  }

  /// Entries by lower-cased lemma.
  public private(set) var entries: [String: Entry] = [:]
  /// Lower-cased inflected forms whose lemma has an entry → that lemma (lower case); filled
  /// from `lemmata.tsv` at load time so a lookup needs no lemma table.
  public private(set) var forms: [String: String] = [:]

  /// Multi-word entries (`Abhilfe schaffen`) by their lower-cased first word, longest first.
  public private(set) var phrases: [String: [Entry]] = [:]

  public init() {}

  public static let empty = HardWords()

  public var count: Int { entries.count }

  /// Reads `woerter.tsv`. Entries of later files (a user lexicon) replace those with the same key.
  public mutating func add(tsv file: TSVFile) throws(LexiconError) {
    let word = try file.column("wort")
    let partOfSpeech = try file.column("wortart")
    let gender = try file.column("genus")
    let replacement = try file.column("ersatz")
    let replacementGender = try file.column("ersatz_genus")
    let explanation = try file.column("erklaerung")
    let domains = try file.column("bereich")
    entries.reserveCapacity(entries.count + file.rows.count)
    for row in file.rows {
      let entry = Entry(
        word: row[word], partOfSpeech: row[partOfSpeech], gender: row[gender],
        replacement: row[replacement], replacementGender: row[replacementGender],
        explanation: row[explanation],
        domains: row[domains].split(separator: ",").map { String($0) },
        provenance: row.provenance)
      entries[entry.word.lowercased()] = entry
    }
    phrases = [:]
    for entry in entries.values where entry.word.contains(" ") {
      let first = entry.word.prefix { $0 != " " }.lowercased()
      phrases[first, default: []].append(entry)
    }
    for key in phrases.keys {
      phrases[key]?.sort { ($0.wordCount, $0.word) > ($1.wordCount, $1.word) }
    }
  }

  /// Records the inflected forms of entries, given the `form → lemma` table.
  public mutating func addForms(_ lemmas: [String: String]) {
    for (form, lemma) in lemmas { addForm(form, lemma: lemma) }
  }

  /// Records the inflected forms of entries from `lemmata.tsv`. Most rows belong to no entry;
  /// they are skipped on their bytes: a lemma of ASCII and Latin-1 characters is lower-cased on
  /// its bytes (exactly what `lowercased()` gives for those characters) and tested against a bit
  /// set of the hashes of the entry keys, so `String`s are made only for the rows that may match.
  public mutating func addForms(_ lemmas: LemmaTable) {
    // A bit per hash value modulo 2¹⁶: with ≈ 2·10³ keys, 97 % of the other rows stop here.
    var keyBits = [UInt64](repeating: 0, count: 1 << 10)
    for key in entries.keys {
      let hash = IndexedTSV.withUTF8(key) { IndexedTSV.hash($0) }
      keyBits[Int(hash >> 6 & 0x3FF)] |= 1 << (hash & 63)
    }
    let lemmaBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    let formBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    defer {
      lemmaBuffer.deallocate()
      formBuffer.deallocate()
    }
    lemmas.forEach { form, lemma in
      guard let count = Self.lowercaseLatin1(lemma, into: lemmaBuffer) else {
        addForm(
          String(decoding: form, as: UTF8.self), lemma: String(decoding: lemma, as: UTF8.self))
        return
      }
      let lower = UnsafeBufferPointer(rebasing: lemmaBuffer[..<count])
      let hash = IndexedTSV.hash(lower)
      guard keyBits[Int(hash >> 6 & 0x3FF)] & (1 << (hash & 63)) != 0 else { return }
      let key = String(decoding: lower, as: UTF8.self)
      guard entries[key] != nil else { return }
      if let count = Self.lowercaseLatin1(form, into: formBuffer) {
        addLowercasedForm(
          String(decoding: UnsafeBufferPointer(rebasing: formBuffer[..<count]), as: UTF8.self),
          lemmaKey: key)
      } else {
        addForm(String(decoding: form, as: UTF8.self), lemmaKey: key)
      }
    }
  }

  /// Writes the lower-case spelling of `word` to the start of `result` and returns its length
  /// when `word` has only ASCII and Latin-1 characters (U+0000…U+00FF) and fits; nil otherwise.
  /// For those characters `lowercased()` keeps the length in bytes.
  static func lowercaseLatin1(
    _ word: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    guard word.count <= result.count else { return nil }
    var i = 0
    while i < word.count {
      let byte = word[i]
      if byte < 0x80 {
        result[i] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        i += 1
      } else if byte == 0xC3, i + 1 < word.count, word[i + 1] >= 0x80, word[i + 1] <= 0xBF {
        // U+00C0…U+00DE except × (U+00D7) are capitals whose small letter is 32 higher.
        let next = word[i + 1]
        result[i] = 0xC3
        result[i + 1] = next <= 0x9E && next != 0x97 ? next + 0x20 : next
        i += 2
      } else if byte == 0xC2, i + 1 < word.count, word[i + 1] >= 0x80, word[i + 1] <= 0xBF {
        // U+0080…U+00BF: signs and µ; `lowercased()` keeps them.
        result[i] = byte
        result[i + 1] = word[i + 1]
        i += 2
      } else {
        return nil
      }
    }
    return word.count
  }

  /// Records the case and number forms of the nouns of `nounForms` that have an entry.
  public mutating func addForms(_ nounForms: NounForms) {
    for noun in nounForms.entries.values {
      let key = noun.word.lowercased()
      guard entries[key] != nil else { continue }
      for forms in noun.cells {
        for form in forms where form != noun.word { addForm(form, lemmaKey: key) }
      }
    }
  }

  private mutating func addForm(_ form: String, lemma: String) {
    let key = lemma.lowercased()
    guard entries[key] != nil else { return }
    addForm(form, lemmaKey: key)
  }

  /// Records `form` of the entry with lower-case key `key`.
  private mutating func addForm(_ form: String, lemmaKey key: String) {
    addLowercasedForm(form.lowercased(), lemmaKey: key)
  }

  /// Records the form with lower-case spelling `formKey` of the entry with key `key`.
  private mutating func addLowercasedForm(_ formKey: String, lemmaKey key: String) {
    guard entries[formKey] == nil else { return }
    // Two lemmas for one lower-cased form (`Automatisierte`, `automatisierte`): the table is
    // read in hash order, so keep the first in sort order to stay deterministic.
    if let known = forms[formKey], known <= key { return }
    forms[formKey] = key
  }

  /// The entry of a compound written with `-` or `·` (`Abfall-Gebühren-Satzung`), found through
  /// its closed spelling; nil for other words.
  public func entry(forJoined form: some StringProtocol) -> Entry? {
    // Byte test first: `-` is 0x2D, `·` (U+00B7) is 0xC2 0xB7 in UTF-8.
    guard form.utf8.contains(where: { $0 == 0x2D || $0 == 0xB7 }) else { return nil }
    return entry(for: String(form.filter { $0 != "-" && $0 != "·" }))
  }

  /// The entry for a word form: the form itself, then its lemma.
  public func entry(for form: some StringProtocol) -> Entry? {
    let key = form.lowercased()
    if let entry = entries[key] { return entry }
    if let lemma = forms[key] { return entries[lemma] }
    return nil
  }
}
