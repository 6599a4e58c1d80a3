/// The message of a finding, kept as a pattern and its arguments and rendered to a `String` only
/// when it is read (`Finding.message`). `check` makes a message for every finding, about 1.3
/// million on the laws of the benchmark, and most are never read there; making each `String`
/// up front cost a copy and, for the non-ASCII text of German messages, a UTF-8 validation of
/// the whole message (Swift validates every string it builds from bytes).
///
/// A message made from a pattern renders to the same text as the interpolation of its pieces:
/// `MessagePattern("„{}“ hat {} Buchstaben.")("Wort", "4")` reads `„Wort“ hat 4 Buchstaben.`.
struct MessageText: Sendable {
  private enum Storage: Sendable {
    case text(String)
    case pattern(MessagePattern, String, String)
    /// A pattern whose argument is the text of a range of a document's text (copied on render).
    case excerpt(MessagePattern, String, TextRange)
  }

  private let storage: Storage

  /// A message with a fixed text.
  init(_ text: String) { storage = .text(text) }

  fileprivate init(_ pattern: MessagePattern, _ first: String, _ second: String) {
    storage = .pattern(pattern, first, second)
  }

  fileprivate init(_ pattern: MessagePattern, excerpt range: TextRange, of text: String) {
    storage = .excerpt(pattern, text, range)
  }

  /// The message as text.
  var rendered: String {
    switch storage {
    case .text(let text): text
    case .pattern(let pattern, let first, let second): pattern.render(first, second)
    case .excerpt(let pattern, let text, let range):
      pattern.render(MessagePattern.excerpt(range, of: text), "")
    }
  }

  /// True when both messages read the same. Two messages of one pattern with the same arguments
  /// are equal without rendering; anything else is compared as text.
  func reads(like other: MessageText) -> Bool {
    if case .pattern(let p, let a, let b) = storage,
      case .pattern(let q, let c, let d) = other.storage,
      p.isSame(as: q), a == c, b == d
    {
      return true
    }
    return rendered == other.rendered
  }
}

/// A message text with up to two places for arguments, written `{}`: `„{}“ ist ein Fremdwort.`.
/// Make one per message (a `static let` of the rule) and fill it for each finding. The pattern is
/// a string literal (`StaticString`: no reference count, nothing to copy), so a filled message
/// costs no more than keeping its arguments; it is split at its places when it is rendered.
struct MessagePattern: Sendable {
  let template: StaticString

  /// A pattern; `{}` marks the places of the arguments, in order (at most two).
  init(_ template: StaticString) {
    self.template = template
  }

  /// The message with its arguments in place (as many as the pattern has places).
  func callAsFunction(_ first: String, _ second: String = "") -> MessageText {
    MessageText(self, first, second)
  }

  /// The message with the text of `range` (UTF-16 offsets into `text`, a document's text) as
  /// its argument, as `pattern(String(document[range]))` gives, without copying the excerpt
  /// before the message is read.
  func callAsFunction(excerpt range: TextRange, of text: String) -> MessageText {
    MessageText(self, excerpt: range, of: text)
  }

  /// True for the same literal.
  func isSame(as other: MessagePattern) -> Bool {
    template.utf8Start == other.template.utf8Start
      && template.utf8CodeUnitCount == other.template.utf8CodeUnitCount
  }

  /// The text of `range` of `text`, as `Document`'s subscript gives it.
  fileprivate static func excerpt(_ range: TextRange, of text: String) -> String {
    let utf16 = text.utf16
    let lower = utf16.index(utf16.startIndex, offsetBy: range.start)
    let upper = range.length == 0 ? lower : utf16.index(utf16.startIndex, offsetBy: range.end)
    return String(text[lower..<upper])
  }

  /// The text: the literal pieces with the arguments at the places (`{}`, left to right; a
  /// third place and beyond stay empty).
  fileprivate func render(_ first: String, _ second: String) -> String {
    template.withUTF8Buffer { bytes in
      var text = ""
      text.reserveCapacity(bytes.count + first.utf8.count + second.utf8.count)
      var pieceStart = 0
      var places = 0
      var k = 0
      while k < bytes.count {
        if bytes[k] == 0x7B, k + 1 < bytes.count, bytes[k + 1] == 0x7D {
          text += String(
            decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<k]), as: UTF8.self)
          text += places == 0 ? first : places == 1 ? second : ""
          places += 1
          k += 2
          pieceStart = k
        } else {
          k += 1
        }
      }
      text += String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart...]), as: UTF8.self)
      return text
    }
  }
}
