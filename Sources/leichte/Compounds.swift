import ArgumentParser
import Foundation
import LeichteSprache

extension Leichte {
  struct Compounds: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Zusammengesetzte Wörter in ihre Teile zerlegen.",
      discussion: """
        Wörter als Argumente oder, ohne Argument, von der Standardeingabe (ein Wort pro Zeile). \
        Textausgabe: WORT → ZERLEGUNG, ein Wort pro Zeile; nicht zerlegte Wörter erscheinen \
        unverändert auf beiden Seiten. JSON-Ausgabe (JSON Lines): "word", "parts", "written", \
        "confidence" (0 bis 1; ab 0,8 gilt die Zerlegung als sicher), "certain", "source" \
        (lexicon = komposita.tsv, statistics = Zerleger, none = nicht zerlegt) und "provenance".
        """
    )

    @OptionGroup var lexicons: LexiconSelection

    @Argument(help: "Die Wörter (ohne Angabe: Standardeingabe, ein Wort pro Zeile).")
    var words: [String] = []

    @Option(
      name: .long,
      help:
        "Schreibweise: hyphen (Bindestrich, Teile groß) oder mediopunkt (Mediopunkt, klein nach dem Punkt)."
    )
    var style: CompoundStyle = .hyphen

    @Option(name: .long, help: "Ausgabeformat: text oder json.")
    var format: OutputFormat = .text

    func run() throws {
      let lexicon = try lexicons.load(.compounds)
      let splitter = CompoundSplitter(lexicon: lexicon)
      var memo = CompoundSplitter.Memo()
      let output = FileOutput.standardOutput
      defer { output.flush() }
      func emit(_ word: String) {
        let result = splitter.split(word, memo: &memo)
        switch format {
        case .text:
          output.write("\(word) → \(result.written(style))\n")
        case .json:
          struct Item: Encodable {
            let word: String
            let parts: [String]
            let written: String
            let confidence: Double
            let certain: Bool
            let source: CompoundSplit.Source
            let provenance: String?
          }
          output.write(
            WordJSON.line(
              Item(
                word: word, parts: result.parts, written: result.written(style),
                confidence: (result.confidence * 100).rounded() / 100, certain: result.isCertain,
                source: result.source, provenance: result.provenance?.description)) + "\n")
        }
      }
      if !words.isEmpty {
        for word in words { emit(word) }
        return
      }
      try InputReader(path: "-").forEachLine { _, units in
        let line = String(decoding: units, as: UTF16.self).trimmingCharacters(in: .whitespaces)
        if !line.isEmpty { emit(line) }
      }
    }
  }
}

extension CompoundStyle: ExpressibleByArgument {}
