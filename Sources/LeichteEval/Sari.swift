/// SARI (Xu et al. 2016) as EASSE and EASSE-DE compute it on a corpus: sentences lower-cased
/// and tokenised like sacreBLEU's `13a`; n-grams of order 1–4; additions counted as sets,
/// keeps and deletions as counts; precision and recall averaged over the orders, then one F1
/// each for add, keep and delete; the score is their mean times 100.
public enum Sari {
  public struct Score: Sendable {
    public let sari: Double
    public let add: Double
    public let keep: Double
    public let delete: Double
  }

  public static let order = 4

  /// The corpus score of system outputs against one or more references per source.
  public static func corpus(sources: [String], outputs: [String], references: [[String]]) -> Score {
    var stats = [[Int]](repeating: [Int](repeating: 0, count: 9), count: order)
    for k in sources.indices {
      let source = ngrams(normalize(sources[k]))
      let output = ngrams(normalize(outputs[k]))
      let refs = references[k].map { ngrams(normalize($0)) }
      let count = refs.count
      for n in 0..<order {
        var ref: [String: Int] = [:]
        for r in refs { ref.merge(r[n]) { $0 + $1 } }
        let o = source[n].mapValues { $0 * count }
        let s = output[n].mapValues { $0 * count }
        // Add: binary.
        let added = Set(s.keys).subtracting(o.keys)
        stats[n][0] += added.intersection(ref.keys).count
        stats[n][1] += added.count
        stats[n][2] += Set(ref.keys).subtracting(o.keys).count
        // Keep: weighted.
        let keptBySystem = intersect(o, s)
        let keptByReference = intersect(o, ref)
        stats[n][3] += total(intersect(keptBySystem, keptByReference))
        stats[n][4] += total(keptBySystem)
        stats[n][5] += total(keptByReference)
        // Delete: weighted.
        let deletedBySystem = subtract(o, s)
        let deletedByReference = subtract(o, ref)
        stats[n][6] += total(intersect(deletedBySystem, deletedByReference))
        stats[n][7] += total(deletedBySystem)
        stats[n][8] += total(deletedByReference)
      }
    }
    func f1(_ base: Int) -> Double {
      var precision = 0.0
      var recall = 0.0
      for n in 0..<order {
        let (correct, system, reference) = (stats[n][base], stats[n][base + 1], stats[n][base + 2])
        if system > 0 { precision += Double(correct) / Double(system) }
        if reference > 0 { recall += Double(correct) / Double(reference) }
      }
      precision /= Double(order)
      recall /= Double(order)
      return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
    let (add, keep, delete) = (f1(0), f1(3), f1(6))
    return Score(
      sari: 100 * (add + keep + delete) / 3, add: 100 * add, keep: 100 * keep,
      delete: 100 * delete)
  }

  /// Lower case and sacreBLEU `13a` tokenisation: ASCII symbols become tokens; `.` and `,`
  /// too unless they stand between digits; `-` after a digit.
  public static func normalize(_ text: String) -> [String] {
    let characters = Array(text.lowercased().replacingOccurrences(of: "-\n", with: ""))
    var spaced = ""
    func isDigit(_ c: Character?) -> Bool { c.map { $0.isASCII && $0.isNumber } ?? false }
    for (i, c) in characters.enumerated() {
      let previous: Character? = i > 0 ? characters[i - 1] : nil
      let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
      let split: Bool
      if c == "." || c == "," {
        split = (previous != nil && !isDigit(previous)) || (next != nil && !isDigit(next))
      } else if c == "-" {
        split = isDigit(previous)
      } else if let ascii = c.asciiValue {
        split = symbols.contains(ascii)
      } else {
        split = false
      }
      if split { spaced += " \(c) " } else { spaced.append(c == "\n" ? " " : c) }
    }
    return spaced.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }

  /// The characters `13a` pads with spaces (besides `.`, `,` and `-`).
  static let symbols: Set<UInt8> = Set(Array("{|}~[\\]^_`!\"#$%&()*+:;<=>?@/".utf8))

  static func ngrams(_ tokens: [String]) -> [[String: Int]] {
    (1...order).map { n in
      var counts: [String: Int] = [:]
      if tokens.count >= n {
        for i in 0...(tokens.count - n) {
          counts[tokens[i..<(i + n)].joined(separator: " "), default: 0] += 1
        }
      }
      return counts
    }
  }

  static func intersect(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] {
    var result: [String: Int] = [:]
    for (key, value) in a { if let other = b[key] { result[key] = min(value, other) } }
    return result
  }

  static func subtract(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] {
    var result: [String: Int] = [:]
    for (key, value) in a {
      let rest = value - (b[key] ?? 0)
      if rest > 0 { result[key] = rest }
    }
    return result
  }

  static func total(_ counts: [String: Int]) -> Int { counts.values.reduce(0, +) }
}
