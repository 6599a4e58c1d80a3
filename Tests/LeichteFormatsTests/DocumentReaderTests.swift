import Foundation
import Testing

@testable import LeichteFormats

@Suite("Input formats")
struct DocumentReaderTests {
  let reader = DocumentReader()

  @Test func formatsFromExtensions() {
    #expect(InputFormat(pathExtension: "DOCX") == .docx)
    #expect(InputFormat(pathExtension: "htm") == .html)
    #expect(InputFormat(pathExtension: "markdown") == .md)
    #expect(InputFormat(pathExtension: "pdf") == nil)
  }

  @Test func plainTextIsNormalised() throws {
    let text = try reader.read(Array("Zeile eins\r\nZeile zwei\r\n".utf8), format: .txt)
    #expect(text == "Zeile eins\nZeile zwei\n")
    // "e" + combining diaeresis becomes the precomposed "ë" (NFC).
    #expect(try reader.read(Array("Noe\u{308}l".utf8), format: .md) == "No\u{EB}l")
  }

  @Test func invalidTextIsNamed() {
    #expect(throws: FormatError.text(.invalidUTF8(byteOffset: 3))) {
      try reader.read([0x41, 0x42, 0x43, 0xFF, 0x44], format: .txt)
    }
    #expect(throws: FormatError.text(.binary(byteOffset: 1))) {
      try reader.read([0x41, 0x00, 0x42], format: .html)
    }
  }

  @Test func htmlStructure() throws {
    let html = """
      <!DOCTYPE html><html lang="de"><head><title>Titel</title><style>p { color: red }</style>
      <script>var x = "<p>kein Text</p>";</script></head>
      <body><nav><a href="/">Start</a></nav>
      <h1>Ihr   Bescheid</h1>
      <p>Sie bekommen <b>Geld</b>.<br>Ab dem 1. Mai.</p>
      <ul><li>Ausweis</li><li>Antrag <em>mit</em> Unterschrift</li></ul>
      <ol start="3"><li>Erstens</li><li>Zweitens</li></ol>
      <div hidden>versteckt</div><p aria-hidden="true">auch versteckt</p>
      <table><tr><td>Zelle A</td><td>Zelle B</td></tr></table>
      <h3>Fragen &amp; Antworten</h3><p>Rufen Sie an</p>
      </body></html>
      """
    let text = try reader.read(Array(html.utf8), format: .html)
    #expect(
      text == """
        # Ihr Bescheid

        Sie bekommen Geld.
        Ab dem 1. Mai.

        - Ausweis
        - Antrag mit Unterschrift

        3. Erstens
        4. Zweitens

        Zelle A

        Zelle B

        ### Fragen & Antworten

        Rufen Sie an

        """)
  }

  @Test func htmlTagSoupIsRepaired() throws {
    let text = try reader.read(Array("<p>Eins<p>Zwei<li>Drei".utf8), format: .html)
    #expect(text == "Eins\n\nZwei\n\n- Drei\n")
  }

  @Test func htmlWithDeclaredLatin1() throws {
    var bytes = Array(#"<html><head><meta charset="iso-8859-1"></head><body><p>Gr"#.utf8)
    bytes += [0xFC, 0xDF]  // "üß" in Latin-1
    bytes += Array("e</p></body></html>".utf8)
    #expect(try reader.read(bytes, format: .html) == "Grüße\n")
    #expect(throws: FormatError.htmlEncoding) {
      try reader.read(Array("<p>Gr".utf8) + [0xFC] + Array("n</p>".utf8), format: .html)
    }
  }

  @Test func docxHeadingsListsAndParagraphs() throws {
    let body =
      DocxFixture.paragraph("Pressemitteilung", style: "Pressetitel")
      + DocxFixture.paragraph("Die Stadt informiert.")
      + DocxFixture.paragraph("Unterlagen", style: "Heading2")
      + DocxFixture.paragraph("Ausweis", style: "Aufzaehlung")
      + DocxFixture.paragraph("Meldebescheinigung", style: "Aufzaehlung")
      + DocxFixture.paragraph("Antrag stellen", list: (2, 0))
      + DocxFixture.paragraph("online", list: (2, 1))
      + DocxFixture.paragraph("im Amt", list: (2, 1))
      + DocxFixture.paragraph("Termin abwarten", list: (2, 0))
      + #"<w:p><w:r><w:t>Mit</w:t></w:r><w:r><w:tab/><w:t>Tab und</w:t><w:br/><w:t>Umbruch</w:t></w:r>"#
      + #"<w:del><w:r><w:delText>gelöscht</w:delText></w:r></w:del></w:p>"#
      + #"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>"#
      + DocxFixture.paragraph("Im Textfeld")
      + #"</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>"#
      + DocxFixture.paragraph("Im Textfeld")
      + #"</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
    let data = try DocxFixture.docx(body: body)
    let text = try reader.read(Array(data), format: .docx)
    #expect(
      text == """
        # Pressemitteilung

        Die Stadt informiert.

        ## Unterlagen

        - Ausweis
        - Meldebescheinigung

        1. Antrag stellen
        a) online
        b) im Amt
        2. Termin abwarten

        Mit Tab und
        Umbruch

        Im Textfeld

        """)
  }

  @Test func docxThatIsNotAZip() {
    #expect(throws: FormatError.notAZipArchive) {
      try reader.read(Array("Das ist Text, kein Word-Dokument.".utf8), format: .docx)
    }
  }

  @Test func docxWithoutMainPart() throws {
    let data = try DocxFixture.archive([("hallo.txt", Data("Hallo".utf8))])
    #expect(throws: FormatError.missingPart("word/document.xml")) {
      try reader.read(Array(data), format: .docx)
    }
  }

  @Test func docxWithBrokenXML() throws {
    for xml in ["<w:document><w:body><w:p>", "<a><b></a>", "Kein XML", ""] {
      let data = try DocxFixture.archive([("word/document.xml", Data(xml.utf8))])
      #expect {
        try reader.read(Array(data), format: .docx)
      } throws: { error in
        guard case .brokenPart(let part, _) = error as? FormatError else { return false }
        return part == "word/document.xml"
      }
    }
  }

  @Test func zipBombIsRefusedBeforeUnpacking() throws {
    let bomb = try DocxFixture.bomb(megabytes: 8)
    #expect(bomb.count < 100_000)
    #expect {
      try reader.read(Array(bomb), format: .docx)
    } throws: { error in
      guard case .archiveTooLarge(let detail) = error as? FormatError else { return false }
      return detail.contains("word/document.xml") && detail.contains("komprimiert")
    }
  }

  @Test func declaredSizesAboveTheLimitsAreRefused() throws {
    let data = try DocxFixture.docx(body: DocxFixture.paragraph("Ein Satz."))
    let small = DocumentReader(archiveLimits: ArchiveLimits(maxTotalBytes: 100))
    #expect {
      try small.read(Array(data), format: .docx)
    } throws: { error in
      guard case .archiveTooLarge = error as? FormatError else { return false }
      return true
    }
    let few = DocumentReader(archiveLimits: ArchiveLimits(maxEntries: 3))
    #expect(throws: FormatError.archiveTooLarge("mehr als 3 Einträge")) {
      try few.read(Array(data), format: .docx)
    }
  }

  @Test func extractedTextIsLimited() throws {
    let data = try DocxFixture.docx(
      body: DocxFixture.paragraph(String(repeating: "Wort ", count: 400)))
    let small = DocumentReader(maxTextBytes: 1000)
    #expect(throws: FormatError.textTooLarge(bytes: 2000, limit: 1000)) {
      try small.read(Array(data), format: .docx)
    }
  }

  @Test func romanAndLetterMarkers() {
    #expect(BodyReader.roman(1994) == "MCMXCIV")
    #expect(BodyReader.letters(27, uppercase: false) == "aa")
    #expect(BodyReader.marker("upperRoman", 4) == "IV.")
    #expect(BodyReader.marker("bullet", 4) == "-")
  }
}
