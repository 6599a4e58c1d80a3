/// A Leichte-Sprache draft: the simplification, the readability before and after, and the
/// options it is written with. Render it with `render(_:source:)`.
public struct Draft: Sendable {
  public let simplification: Simplification
  /// Readability of the input and of the rewritten text (the body, without the generated
  /// header, explanations and Wörter-Buch).
  public let before: Readability
  public let after: Readability
  public let options: SimplifyOptions

  public init(
    simplification: Simplification, before: Readability, after: Readability,
    options: SimplifyOptions
  ) {
    self.simplification = simplification
    self.before = before
    self.after = after
    self.options = options
  }

  /// A fact of the input is missing from the output, or the output has one the input lacks.
  public var hasFactErrors: Bool { !simplification.facts.isComplete }

  /// Findings per 100 words of the input (all severities) and of the output.
  public var findingDensity: (before: Double, after: Double) {
    func density(_ findings: Int, _ words: Int) -> Double {
      words == 0 ? 0 : Double(findings) * 100 / Double(words)
    }
    return (
      density(simplification.findingsBefore.count, before.counts.words),
      density(simplification.remaining.count, after.counts.words)
    )
  }

  /// The layout of the draft: blocks of lines (LS-Text v1).
  public var layout: DraftLayout { DraftLayout(self) }

  /// The JSON form with the input line number (`--each-line`: one object per input line).
  public func renderJSON(source: String, line: Int?) -> String {
    DraftJSON.render(self, source: source, line: line)
  }

  /// The draft as text in one of the output formats; `source` names the input (file name).
  public func render(_ format: DraftFormat, source: String) -> String {
    switch format {
    case .txt: DraftText.render(layout, markdown: false)
    case .md: DraftText.render(layout, markdown: true)
    case .html: DraftHTML.render(layout, title: source)
    case .json: DraftJSON.render(self, source: source)
    }
  }
}

/// The output formats of `simplify` and `batch`.
public enum DraftFormat: String, CaseIterable, Sendable, Hashable {
  /// Plain text, one sentence per line (LS-Text v1).
  case txt
  /// Markdown: headings, lists, hard line breaks after each sentence.
  case md
  /// A complete accessible HTML page.
  case html
  /// The draft with its changes, remaining findings, facts and scores.
  case json

  /// The file name extension.
  public var fileExtension: String { rawValue }
}
