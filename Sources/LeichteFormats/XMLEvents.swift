import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A streaming (SAX) pass over one XML part with FoundationXML's `XMLParser` (libxml2 inside):
/// element names are local names with their namespace, attribute names lose their prefix
/// (`w:val` → `val`). External entities are never resolved.
final class XMLEvents: NSObject, XMLParserDelegate {
  /// Namespace of WordprocessingML (the `w:` prefix).
  static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  /// Namespace of markup compatibility (`mc:AlternateContent`, `mc:Fallback`).
  static let compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
  /// Namespace of package relationships (`_rels/*.rels`).
  static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"

  private let start: (String, String, [String: String]) -> Void
  private let end: (String, String) -> Void
  private let text: (String) -> Void
  /// Open elements, and whether a root element was seen: FoundationXML on Linux reports some
  /// malformed input (an unclosed root) as success, so the balance is checked here too.
  private var depth = 0
  private var sawRoot = false

  private init(
    start: @escaping (String, String, [String: String]) -> Void,
    end: @escaping (String, String) -> Void, text: @escaping (String) -> Void
  ) {
    self.start = start
    self.end = end
    self.text = text
  }

  /// Parses `data`, calling `start(name, namespace, attributes)`, `end(name, namespace)` and
  /// `text(characters)`; throws `FormatError.brokenPart` when the XML is not well-formed.
  static func parse(
    _ data: Data, part: String,
    start: @escaping (String, String, [String: String]) -> Void,
    end: @escaping (String, String) -> Void = { _, _ in },
    text: @escaping (String) -> Void = { _ in }
  ) throws(FormatError) {
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    let events = XMLEvents(start: start, end: end, text: text)
    parser.delegate = events
    let succeeded = parser.parse()
    if !succeeded || parser.parserError != nil {
      throw .brokenPart(
        part,
        reason:
          "kein wohlgeformtes XML (Zeile \(parser.lineNumber), Spalte \(parser.columnNumber))")
    }
    if !events.sawRoot || events.depth != 0 {
      throw .brokenPart(part, reason: "kein wohlgeformtes XML (unvollständig)")
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    var attributes: [String: String] = [:]
    for (key, value) in attributeDict {
      let local = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
      attributes[local] = value
    }
    depth += 1
    sawRoot = true
    start(elementName, namespaceURI ?? "", attributes)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    depth -= 1
    end(elementName, namespaceURI ?? "")
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text(string)
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    text(String(decoding: block, as: UTF8.self))
  }
}
