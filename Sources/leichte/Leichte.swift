import ArgumentParser
import LeichteSprache

@main
struct Leichte: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "leichte",
    abstract:
      "Leichte Sprache: Texte segmentieren, prüfen, bewerten und vereinfachen – offline und nachvollziehbar.",
    discussion: """
      Ergebnisse von leichte sind Entwürfe. Ein Text in Leichter Sprache muss immer von Menschen \
      aus der Zielgruppe geprüft werden.

      Exit-Codes (sysexits): 0 = in Ordnung, 64 = falscher Aufruf, 65 = ungültige Eingabe \
      (kein UTF-8, Binärdatei), 66 = Datei nicht gefunden oder nicht lesbar, 74 = Ein-/Ausgabefehler, \
      78 = Lexikon oder Profil fehlerhaft.
      """,
    version: LeichteVersion.string,
    subcommands: [
      Segment.self, Check.self, Rules.self, DumpProfile.self, Compounds.self, LexiconCommand.self,
      Score.self, Simplify.self, Batch.self,
    ]
  )
}
