internal import CLibXML2
import Foundation
import LeichteSprache

/// Reads HTML with libxml2's HTML parser (which repairs tag soup as browsers do) and walks the
/// tree: headings `h1`…`h6`, paragraphs and other blocks, list items (`ul` → `- `, `ol` →
/// `1. `), table cells as paragraphs, `<br>` as a line break. Scripts, styles, templates, the
/// head, navigation, embedded graphics and elements hidden with `hidden` or `aria-hidden="true"`
/// are skipped.
///
/// Encoding: UTF-8 input is read as UTF-8 whatever it declares; other input needs a declared
/// charset (`<meta charset>`), which libxml2 converts.
struct HTMLReader {
  /// Elements whose content is not text of the document.
  static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "head", "title", "nav", "svg", "math", "canvas",
    "iframe", "object", "embed", "video", "audio", "select", "button", "input", "textarea",
  ]

  /// Elements that start a block of their own.
  static let blocks: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "address", "figure", "figcaption", "caption", "td", "th", "tr", "table", "dl", "dt", "dd",
    "form", "fieldset", "legend", "details", "summary", "hr", "body", "html", "center",
  ]

  func read(_ bytes: [UInt8]) throws(FormatError) -> String {
    var encoding: String? = "UTF-8"
    do {
      _ = try InputDecoder.decode(bytes)
    } catch {
      switch error {
      case .invalidUTF8: encoding = nil  // let libxml2 use the declared charset
      case .binary, .unsupportedEncoding: throw .text(error)
      }
    }
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue)
    let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, options)
      }
    }
    guard let document else {
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "" }
      throw .htmlUnreadable
    }
    defer { xmlFreeDoc(document) }
    if encoding == nil && document.pointee.encoding == nil { throw .htmlEncoding }
    var walker = Walker()
    if let root = xmlDocGetRootElement(document) { walker.visit(root) }
    walker.flush()
    return walker.output.result
  }

  /// Collects inline text into the current block and emits blocks in document order.
  private struct Walker {
    var output = StructuredText()
    var inline = ""
    var kind: StructuredText.Kind = .paragraph
    /// Open lists: ordered or not, and the next number.
    var lists: [(ordered: Bool, next: Int, id: Int)] = []
    var listCount = 0
    var preformatted = 0

    mutating func flush() {
      output.add(kind, inline)
      inline = ""
      kind = .paragraph
    }

    mutating func visit(_ node: xmlNodePtr) {
      var child: xmlNodePtr? = node
      while let current = child {
        switch current.pointee.type {
        case XML_ELEMENT_NODE: element(current)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = current.pointee.content {
            var text = String(cString: content)
            if preformatted > 0 {
              text = text.replacingOccurrences(of: "\n", with: String(StructuredText.lineBreak))
            }
            inline += text
          }
        default: break
        }
        child = current.pointee.next
      }
    }

    mutating func element(_ node: xmlNodePtr) {
      let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
      if HTMLReader.skipped.contains(name) || isHidden(node) { return }
      switch name {
      case "br":
        inline.unicodeScalars.append(StructuredText.lineBreak)
      case "h1", "h2", "h3", "h4", "h5", "h6":
        flush()
        kind = .heading(level: Int(String(name.dropFirst())) ?? 1)
        children(node)
        flush()
      case "ul", "ol", "menu":
        flush()
        listCount += 1
        lists.append((ordered: name == "ol", next: startNumber(node), id: listCount))
        children(node)
        flush()
        lists.removeLast()
      case "li":
        flush()
        if let list = lists.last {
          let marker: String
          if list.ordered {
            marker = "\(list.next)."
            lists[lists.count - 1].next += 1
          } else {
            marker = "-"
          }
          kind = .listItem(marker: marker, list: list.id)
        } else {
          kind = .listItem(marker: "-", list: 0)
        }
        children(node)
        flush()
      case "pre":
        flush()
        preformatted += 1
        children(node)
        preformatted -= 1
        flush()
      default:
        if HTMLReader.blocks.contains(name) {
          // A block inside a list item ends the item's text; what follows is a paragraph.
          flush()
          children(node)
          flush()
        } else {
          children(node)
          if name == "img", let alt = attribute(node, "alt"), !alt.isEmpty { inline += alt }
        }
      }
    }

    mutating func children(_ node: xmlNodePtr) {
      if let first = node.pointee.children { visit(first) }
    }

    func startNumber(_ node: xmlNodePtr) -> Int {
      attribute(node, "start").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
    }

    func isHidden(_ node: xmlNodePtr) -> Bool {
      if property(node, "hidden") != nil { return true }
      return attribute(node, "aria-hidden")?.lowercased() == "true"
    }

    func property(_ node: xmlNodePtr, _ name: String) -> xmlAttrPtr? {
      name.withCString { pointer in
        pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) {
          xmlHasProp(node, $0)
        }
      }
    }

    /// The text value of an attribute (nil when absent).
    func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
      guard let attribute = property(node, name) else { return nil }
      var value = ""
      var child = attribute.pointee.children
      while let current = child {
        if let content = current.pointee.content { value += String(cString: content) }
        child = current.pointee.next
      }
      return value
    }
  }
}
