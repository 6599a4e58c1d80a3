/// Finds URLs (`https://…`, `www.…`) and e-mail addresses, which ICU would cut into pieces.
struct LinkScanner {
  struct Link {
    let start: Int
    let end: Int
    let kind: Token.Kind
  }

  let text: UnsafeBufferPointer<UInt16>

  func links(start: Int, end: Int) -> [Link] {
    var result: [Link] = []
    var i = start
    while i < end {
      let c = text[i]
      if c == 0x68 || c == 0x48 || c == 0x77 || c == 0x57 || c == 0x66,
        i == start || !(UTF16Char.isLetter(text[i - 1]) || UTF16Char.isDigit(text[i - 1])),
        let link = url(at: i, end: end)
      {
        result.append(link)
        i = link.end
        continue
      }
      if c == 0x40, let link = email(at: i, start: result.last?.end ?? start, end: end) {
        if let last = result.last, last.end > link.start { result.removeLast() }
        result.append(link)
        i = link.end
        continue
      }
      i += 1
    }
    return result
  }

  private func url(at i: Int, end: Int) -> Link? {
    let prefixes: [StaticString] = ["https://", "http://", "ftp://", "www."]
    guard
      let prefix = prefixes.first(where: { matchesCaseInsensitive($0, at: i, end: end) })
    else { return nil }
    var j = i + prefix.utf8CodeUnitCount
    guard j < end, isLinkCharacter(text[j]) else { return nil }
    var parentheses = 0
    while j < end {
      let c = text[j]
      if UTF16Char.isWhitespace(c) || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x201E
        || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB
      {
        break
      }
      if c == 0x28 { parentheses += 1 }
      if c == 0x29 {
        if parentheses == 0 { break }
        parentheses -= 1
      }
      j += 1
    }
    j = trimmed(i, j, extra: [])
    return j > i + prefix.utf8CodeUnitCount ? Link(start: i, end: j, kind: .url) : nil
  }

  private func email(at: Int, start: Int, end: Int) -> Link? {
    var left = at
    while left > start && isLocalPartCharacter(text[left - 1]) { left -= 1 }
    while left < at && (text[left] == 0x2E || text[left] == 0x2D) { left += 1 }
    guard left < at else { return nil }
    var right = at + 1
    var dots = 0
    while right < end
      && (isLinkCharacter(text[right]) && text[right] != 0x40 && text[right] != 0x2F)
    {
      if text[right] == 0x2E { dots += 1 }
      right += 1
    }
    right = trimmed(at + 1, right, extra: [0x2D])
    guard dots >= 1, right > at + 3, text[right - 1] != 0x2E else { return nil }
    return Link(start: left, end: right, kind: .email)
  }

  /// Drops sentence punctuation from the end of a link.
  private func trimmed(_ start: Int, _ end: Int, extra: Set<UInt16>) -> Int {
    var j = end
    while j > start {
      let c = text[j - 1]
      if c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x27
        || c == 0x2019 || extra.contains(c)
      {
        j -= 1
      } else {
        break
      }
    }
    return j
  }

  private func isLinkCharacter(_ c: UInt16) -> Bool {
    if UTF16Char.isLetter(c) || UTF16Char.isDigit(c) { return true }
    switch c {
    case 0x21, 0x23...0x2F, 0x3A, 0x3B, 0x3D, 0x3F, 0x40, 0x5F, 0x7E: return true
    default: return false
    }
  }

  private func isLocalPartCharacter(_ c: UInt16) -> Bool {
    UTF16Char.isLetter(c) || UTF16Char.isDigit(c) || c == 0x2E || c == 0x2D || c == 0x5F
      || c == 0x2B || c == 0x25
  }

  private func matchesCaseInsensitive(_ ascii: StaticString, at i: Int, end: Int) -> Bool {
    let count = ascii.utf8CodeUnitCount
    guard i + count <= end else { return false }
    let bytes = ascii.utf8Start
    for k in 0..<count {
      var c = text[i + k]
      if c >= 0x41 && c <= 0x5A { c += 0x20 }
      if c != UInt16(bytes[k]) { return false }
    }
    return true
  }
}
