import Foundation

/// Values that rules derive from the analysed document of one `Context` and share between their
/// findings: the citation moves of `gesetzes-zitat`, the compound split of a flagged word. Rules
/// are pure, so such a value depends only on the document, the profile and its key; it is
/// computed on first use and then reused. A lock guards the table, so a context stays safe to
/// share between tasks; two tasks that compute the same value at once get equal results, and the
/// first one stored is kept.
public final class DocumentMemo: @unchecked Sendable {
  struct Key: Hashable {
    let name: String
    let range: TextRange
  }

  private let lock = NSLock()
  private var values: [Key: any Sendable] = [:]

  public init() {}

  /// The value stored under `name` and `range`, computed by `make` when it is not known yet.
  /// `make` runs without the lock held, so it may ask the memo for other values.
  func value<Value: Sendable>(
    _ name: String, _ range: TextRange = TextRange(0, 0), _ make: () -> Value
  ) -> Value {
    let key = Key(name: name, range: range)
    // An entry's type is fixed by its name; the optional is unwrapped before the cast, so a
    // stored nil (a `Value` that is itself optional) is a known value, not a missing one.
    lock.lock()
    let known = values[key]
    lock.unlock()
    if let known { return known as! Value }
    let value = make()
    lock.lock()
    defer { lock.unlock() }
    if let stored = values[key] { return stored as! Value }
    values[key] = value
    return value
  }
}

/// Analyses of single word forms that hold for every text under one lexicon, shared by all
/// passes of a simplification (the same long words come back in every pass). Bounded: past
/// `capacity` forms, new ones are computed each time and not stored, so results never depend on
/// what was stored before.
public final class WordMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var compounds: [String: CompoundSplit] = [:]
  let capacity: Int

  public init(capacity: Int = 20_000) {
    self.capacity = capacity
  }

  /// The analysis of `word` by `CompoundSplitter(lexicon:)`.
  func compound(_ word: String, lexicon: Lexicon) -> CompoundSplit {
    lock.lock()
    let known = compounds[word]
    lock.unlock()
    if let known { return known }
    let split = CompoundSplitter(lexicon: lexicon).split(word)
    lock.lock()
    defer { lock.unlock() }
    if compounds.count < capacity { compounds[word] = split }
    return split
  }
}
