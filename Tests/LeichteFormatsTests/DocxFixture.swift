import Foundation
import ZIPFoundation

/// Builds small Word documents in memory for the tests (no binary fixtures in the repository).
enum DocxFixture {
  static let namespaces =
    #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

  /// A paragraph with an optional style and numbering.
  static func paragraph(_ text: String, style: String? = nil, list: (id: Int, level: Int)? = nil)
    -> String
  {
    var properties = ""
    if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
    if let list {
      properties +=
        #"<w:numPr><w:ilvl w:val="\#(list.level)"/><w:numId w:val="\#(list.id)"/></w:numPr>"#
    }
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  static func document(_ body: String) -> String {
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespaces)><w:body>\#(body)</w:body></w:document>"#
  }

  static let styles = """
    <?xml version="1.0" encoding="UTF-8"?><w:styles \(namespaces)>\
    <w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Normal"/></w:style>\
    <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>\
    <w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Pressetitel"><w:name w:val="Pressetitel"/>\
    <w:basedOn w:val="berschrift1"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Aufzaehlung"><w:name w:val="Aufzählung"/>\
    <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
    </w:styles>
    """

  static let numbering = """
    <?xml version="1.0" encoding="UTF-8"?><w:numbering \(namespaces)>\
    <w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
    <w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
    <w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>\
    <w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>\
    </w:numbering>
    """

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    </Types>
    """

  static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    </Relationships>
    """

  static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
    </Relationships>
    """

  /// A complete .docx with `body` as the content of `w:body`.
  static func docx(body: String) throws -> Data {
    try archive([
      ("[Content_Types].xml", Data(contentTypes.utf8)),
      ("_rels/.rels", Data(packageRelationships.utf8)),
      ("word/_rels/document.xml.rels", Data(documentRelationships.utf8)),
      ("word/document.xml", Data(document(body).utf8)),
      ("word/styles.xml", Data(styles.utf8)),
      ("word/numbering.xml", Data(numbering.utf8)),
    ])
  }

  /// A ZIP archive of the given entries, deflated.
  static func archive(_ entries: [(String, Data)]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in entries {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return archive.data ?? Data()
  }

  /// A ZIP bomb: a Word document whose main part unpacks to `megabytes` MiB of spaces.
  static func bomb(megabytes: Int) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in [
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
    ] {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    let total = megabytes << 20
    let chunk = Data(repeating: 0x20, count: 1 << 16)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(total),
      modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
    ) { _, size in chunk.prefix(size) }
    return archive.data ?? Data()
  }
}
