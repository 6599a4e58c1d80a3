import Foundation
import LeichteSprache

/// The input formats batch mode reads.
public enum InputFormat: String, CaseIterable, Sendable, Codable {
  case txt, md, html, docx

  /// The format for a file name extension (case-insensitive), or nil when it is not supported.
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "text": self = .txt
    case "md", "markdown": self = .md
    case "html", "htm", "xhtml": self = .html
    case "docx": self = .docx
    default: return nil
    }
  }

  /// The extensions recognised, for help texts.
  public static let extensions = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx"]
}

/// Why a file cannot be read. The descriptions are German sentences for reports.
public enum FormatError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not UTF-8 text (or binary).
  case text(InputError)
  /// The HTML declares an encoding the parser cannot convert, or is not UTF-8 and declares none.
  case htmlEncoding
  /// libxml2 could not build a document from the HTML.
  case htmlUnreadable
  /// The .docx file is not a ZIP archive.
  case notAZipArchive
  /// The ZIP archive lacks a part a Word document needs.
  case missingPart(String)
  /// A part of the archive is damaged (checksum, compression) or not well-formed XML.
  case brokenPart(String, reason: String)
  /// A ZIP bomb guard tripped: declared or extracted sizes exceed the limits.
  case archiveTooLarge(String)
  /// The extracted text is larger than allowed.
  case textTooLarge(bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .text(let error): "keine lesbare Textdatei: \(error.description)"
    case .htmlEncoding:
      "HTML-Datei ist nicht in UTF-8 und nennt keine lesbare Kodierung (meta charset)"
    case .htmlUnreadable: "HTML-Datei nicht lesbar"
    case .notAZipArchive: "keine gültige .docx-Datei: kein ZIP-Archiv"
    case .missingPart(let part): "keine gültige .docx-Datei: Teil \(part) fehlt"
    case .brokenPart(let part, let reason): "beschädigte .docx-Datei: \(part): \(reason)"
    case .archiveTooLarge(let detail): "verdächtiges ZIP-Archiv (ZIP-Bombe?): \(detail)"
    case .textTooLarge(let bytes, let limit):
      "Text zu groß: \(bytes) Bytes nach dem Auspacken, erlaubt sind \(limit) Bytes"
    }
  }
}

/// Reads a document file into text with the structure the segmenter understands (see
/// `StructuredText`): plain text and Markdown as they are, HTML and Word documents from their
/// markup. The result is normalised like every other input (`InputDecoder`: NFC, LF line ends).
public struct DocumentReader: Sendable {
  /// Limits for .docx archives.
  public var archiveLimits: ArchiveLimits
  /// The largest text (UTF-8 bytes) a reader may produce.
  public var maxTextBytes: Int

  public init(archiveLimits: ArchiveLimits = .init(), maxTextBytes: Int = 64 << 20) {
    self.archiveLimits = archiveLimits
    self.maxTextBytes = maxTextBytes
  }

  /// The text of a file's bytes in `format`.
  public func read(_ bytes: [UInt8], format: InputFormat) throws(FormatError) -> String {
    let text: String
    switch format {
    case .txt, .md:
      return try DocumentReader.normalize(bytes)
    case .html:
      text = try HTMLReader().read(bytes)
    case .docx:
      text = try DocxReader(limits: archiveLimits).read(bytes)
    }
    let size = text.utf8.count
    if size > maxTextBytes { throw .textTooLarge(bytes: size, limit: maxTextBytes) }
    return try DocumentReader.normalize(Array(text.utf8))
  }

  /// Decodes UTF-8 bytes into normalised text.
  static func normalize(_ bytes: [UInt8]) throws(FormatError) -> String {
    do {
      return String(decoding: try InputDecoder.decode(bytes), as: UTF16.self)
    } catch {
      throw .text(error)
    }
  }
}
