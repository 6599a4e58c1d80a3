// CICU is imported implementation-only: its ICU headers define the same C types as the copy of
// ICU inside Foundation, and Clang rejects both in one module. Hiding CICU keeps it out of every
// client; no declaration here exposes a CICU type, so no type layout depends on it (the
// compiler's warning about library evolution concerns such layouts).
@_implementationOnly import CICU

/// Swift wrappers over the few ICU services the engine uses. Everything ICU-specific stays here.
///
/// This module must not import Foundation: Foundation brings its own copy of the ICU headers,
/// and Clang refuses two definitions of the same ICU types in one Swift module. The wrappers
/// therefore expose only Swift types, and `CICU` is imported internally.
public enum ICU {
  /// Kinds of break iterator.
  // No declaration of this module may mention a CICU type: clients would then have to load
  // CICU beside Foundation's own ICU headers, which Clang rejects. CICU appears only in bodies.
  public enum BreakKind: Sendable {
    case word, sentence
  }

  /// Boundaries of `text` (UTF-16) in ascending order, including 0 and `text.count`, each with
  /// ICU's rule status for the segment that ends there (for words: 0 none, 100… number, 200…
  /// letter, 300… kana, 400… ideographic). The status is asked only for segments that start with
  /// a non-ASCII character; for ASCII ones it is -1 and the caller classifies
  /// them from their first character, which saves a quarter of the iteration time.
  public static func boundaries(
    _ kind: BreakKind, in text: UnsafeBufferPointer<UInt16>, into result: inout [(Int, Int32)]
  ) {
    result.removeAll(keepingCapacity: true)
    guard let base = text.baseAddress, !text.isEmpty else { return }
    var status = U_ZERO_ERROR
    let type = kind == .word ? UBRK_WORD : UBRK_SENTENCE
    guard let iterator = cicu_ubrk_open(type, "de", base, Int32(text.count), &status),
      status.rawValue <= U_ZERO_ERROR.rawValue
    else {
      // ICU data missing: fall back to a single segment rather than failing.
      result.append((0, 0))
      result.append((text.count, 0))
      return
    }
    defer { cicu_ubrk_close(iterator) }
    var position = cicu_ubrk_first(iterator)
    var segmentStart = Int(position)
    result.append((segmentStart, -1))
    position = cicu_ubrk_next(iterator)
    while position != UBRK_DONE {
      let status = text[segmentStart] >= 0x80 ? cicu_ubrk_getRuleStatus(iterator) : -1
      result.append((Int(position), status))
      segmentStart = Int(position)
      position = cicu_ubrk_next(iterator)
    }
  }

  /// UTF-8 bytes as UTF-16 code units, or nil when the bytes are not valid UTF-8.
  public static func utf16(fromUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
    guard !bytes.isEmpty else { return [] }
    var status = U_ZERO_ERROR
    var length: Int32 = 0
    // UTF-16 never needs more code units than UTF-8 has bytes.
    let result = [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      bytes.withMemoryRebound(to: CChar.self) { source in
        _ = cicu_u_strFromUTF8(
          buffer.baseAddress, Int32(buffer.count), &length, source.baseAddress,
          Int32(source.count), &status)
      }
      count = status.rawValue <= 0 ? Int(length) : 0
    }
    return status.rawValue <= 0 ? result : nil
  }

  /// `text` in Unicode normalisation form C. Returns nil when the text already is NFC.
  public static func nfc(_ text: [UInt16]) -> [UInt16]? {
    var status = U_ZERO_ERROR
    guard let normalizer = cicu_nfc_instance(&status), status.rawValue <= 0 else { return nil }
    let prefix = text.withUnsafeBufferPointer {
      cicu_unorm2_spanQuickCheckYes(normalizer, $0.baseAddress, Int32($0.count), &status)
    }
    if status.rawValue > 0 || Int(prefix) == text.count { return nil }
    // Normalisation can grow text; NFC of NFD input rarely exceeds 3x.
    var capacity = text.count * 3 + 16
    while true {
      var output = [UInt16](repeating: 0, count: capacity)
      status = U_ZERO_ERROR
      let length = text.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { destination in
          cicu_unorm2_normalize(
            normalizer, source.baseAddress, Int32(source.count), destination.baseAddress,
            Int32(capacity), &status)
        }
      }
      if status == U_BUFFER_OVERFLOW_ERROR {
        capacity = Int(length) + 16
        continue
      }
      guard status.rawValue <= 0 else { return nil }
      output.removeSubrange(Int(length)...)
      return output
    }
  }

  /// German collation (ICU locale `de`), used to keep lexicon files sorted.
  public final class Collator: @unchecked Sendable {
    // A UCollator is safe for concurrent `ucol_strcoll` calls once opened (ICU docs: "thread-safe
    // for const operations"), so one instance is shared.
    private let collator: OpaquePointer?

    public init(locale: String = "de") {
      var status = U_ZERO_ERROR
      collator = cicu_ucol_open(locale, &status)
    }

    deinit { if let collator { cicu_ucol_close(collator) } }

    public func compare(_ lhs: String, _ rhs: String) -> Int {
      guard let collator else { return lhs < rhs ? -1 : (lhs == rhs ? 0 : 1) }
      let left = Array(lhs.utf16)
      let right = Array(rhs.utf16)
      let result = left.withUnsafeBufferPointer { l in
        right.withUnsafeBufferPointer { r in
          cicu_ucol_strcoll(collator, l.baseAddress, Int32(l.count), r.baseAddress, Int32(r.count))
        }
      }
      return Int(result.rawValue)
    }
  }
}
