import Foundation
import ZIPFoundation

/// ZIP bomb guards for .docx archives. An archive is refused before anything is unpacked when
/// it has too many entries, when the sizes its directory declares exceed the limits, or when a
/// large entry declares a compression ratio no office document reaches; while unpacking, the
/// bytes actually produced are counted, so an archive that lies about its sizes is stopped at
/// the limit too.
public struct ArchiveLimits: Sendable, Hashable {
  /// Most entries in the archive.
  public var maxEntries: Int
  /// Most bytes one unpacked part may have.
  public var maxEntryBytes: UInt64
  /// Most bytes all entries together may declare.
  public var maxTotalBytes: UInt64
  /// Highest ratio of unpacked to packed size for entries of at least `ratioFloor` bytes.
  /// Word's XML parts compress about 5 to 20 times; deflate reaches about 1,000 on filler.
  public var maxRatio: UInt64
  /// Entries smaller than this are not checked for their ratio.
  public var ratioFloor: UInt64

  public init(
    maxEntries: Int = 10_000, maxEntryBytes: UInt64 = 64 << 20, maxTotalBytes: UInt64 = 512 << 20,
    maxRatio: UInt64 = 200, ratioFloor: UInt64 = 1 << 20
  ) {
    self.maxEntries = maxEntries
    self.maxEntryBytes = maxEntryBytes
    self.maxTotalBytes = maxTotalBytes
    self.maxRatio = maxRatio
    self.ratioFloor = ratioFloor
  }

  /// Checks the archive directory before unpacking.
  func check(_ archive: Archive) throws(FormatError) {
    var count = 0
    var total: UInt64 = 0
    for entry in archive {
      count += 1
      if count > maxEntries {
        throw .archiveTooLarge("mehr als \(maxEntries) Einträge")
      }
      let size = entry.uncompressedSize
      let (sum, overflow) = total.addingReportingOverflow(size)
      total = overflow ? .max : sum
      if total > maxTotalBytes {
        throw .archiveTooLarge(
          "ausgepackt mehr als \(ArchiveLimits.megabytes(maxTotalBytes)) insgesamt")
      }
      if size > maxEntryBytes {
        throw .archiveTooLarge(
          "\(entry.path) wäre ausgepackt \(ArchiveLimits.megabytes(size)) groß (erlaubt: \(ArchiveLimits.megabytes(maxEntryBytes)))"
        )
      }
      if size >= ratioFloor {
        let ratio = size / max(entry.compressedSize, 1)
        if ratio > maxRatio {
          throw .archiveTooLarge(
            "\(entry.path) ist \(ratio)-fach komprimiert (erlaubt: \(maxRatio)-fach)")
        }
      }
    }
  }

  /// Unpacks one entry, stopping as soon as it produces more bytes than it declared or than
  /// `maxEntryBytes`.
  func extract(_ entry: Entry, from archive: Archive) throws(FormatError) -> Data {
    let limit = min(entry.uncompressedSize, maxEntryBytes)
    var data = Data()
    data.reserveCapacity(Int(min(limit, 16 << 20)))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if UInt64(data.count + chunk.count) > limit { throw Oversize() }
        data.append(chunk)
      }
    } catch is Oversize {
      throw .archiveTooLarge(
        "\(entry.path) ergibt ausgepackt mehr Bytes als angegeben (\(ArchiveLimits.megabytes(limit)))"
      )
    } catch {
      throw .brokenPart(entry.path, reason: ArchiveLimits.describe(error))
    }
    return data
  }

  private struct Oversize: Error {}

  static func megabytes(_ bytes: UInt64) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) Bytes"
  }

  static func describe(_ error: any Error) -> String {
    switch error {
    case Archive.ArchiveError.invalidCRC32: "Prüfsumme falsch"
    case Archive.ArchiveError.invalidCompressionMethod: "unbekanntes Kompressionsverfahren"
    case Archive.ArchiveError.invalidLocalHeaderDataOffset,
      Archive.ArchiveError.invalidLocalHeaderSize:
      "Dateikopf beschädigt"
    default: "nicht auszupacken (\(error))"
    }
  }
}
