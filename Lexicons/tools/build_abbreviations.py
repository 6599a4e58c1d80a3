#!/usr/bin/env python3
"""Build Lexicons/abkuerzungen.tsv and Lexicons/gesetze.tsv.

Run from anywhere (reads /work/shared/data, or $LEICHTE_DATA):

    python3 Lexicons/tools/build_abbreviations.py            # check + write both files
    python3 Lexicons/tools/build_abbreviations.py --check    # check only, write nothing
    python3 Lexicons/tools/build_abbreviations.py --belege   # also print the evidence counts per entry

Needs PyICU (`pip install PyICU`) and the `regex` module (used by lexutil.py).

abkuerzungen.tsv comes from the curated table ABK below (reviewed decisions: expansion, `satzende`,
`art`) plus KANDIDATEN, one decision for every row of the two machine-derived candidate lists in
shared/data/abbreviations-de (keep -> which key of ABK it belongs to; reject -> why).  The script

  - refuses to run when a candidate row has no decision (new candidate files must be reviewed),
  - counts every key in the laws corpus (shared/data/gesetze), in simple-german-corpus
    (hand_aligned.tsv) and in the other German corpora of shared/data (counted only); a key
    without any evidence (corpus counts + candidate counts + being an official law abbreviation
    in law_abbreviations.tsv) is an error unless it is listed in OHNE_KORPUSBELEG,
  - checks: NFC, no duplicate keys, allowed `art`/`satzende` values, no expansion equal to its key,
    no expansion that contains an abbreviation (a word ending in ".", a key of the table, or an
    upper-case acronym), no spaceless multi-part keys ("z.B." belongs to "z. B."),
  - sorts with ICU German collation (lexutil.write_tsv) and writes the file.

gesetze.tsv is every `jurabk` of law_abbreviations.tsv with its title (duplicates after NFC and
whitespace clean-up: the first row in collation order wins).
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lexutil  # noqa: E402

DATA = lexutil.DATA
ABBR_DIR = os.path.join(DATA, "abbreviations-de")
OUT_ABK = os.path.join(lexutil.LEXICONS, "abkuerzungen.tsv")
OUT_GES = os.path.join(lexutil.LEXICONS, "gesetze.tsv")

ARTEN = {"allgemein", "recht", "titel", "zeit", "einheit", "ort", "organisation", "sonstiges"}

J, N = "ja", "nein"

# --------------------------------------------------------------------------------------------
# Curated table: (abkuerzung, ausgeschrieben, satzende, art).
# ausgeschrieben: alternatives separated by "|", the first is the default.  The default is a
# plain form that can replace the abbreviation in the sentence; where the plain word would break
# the grammar, the literal form comes first and the plainer word follows as an alternative.
# Compound nouns are written with hyphens (Leichte Sprache).  Adjectives are given in their
# base form or the most frequent inflected form (the rewriter inflects).
# satzende: "ja" = a period after the abbreviation often ends the sentence as well (usw., etc.,
# ff., MwSt., postponed additions such as "e. V."); "nein" = the sentence goes on after it.
# Acronyms without a dot (SGB, EU) are always "ja": a period after them is punctuation.
# --------------------------------------------------------------------------------------------
ABK: list[tuple[str, str, str, str]] = [
    # ---- allgemein: mehrteilig
    ("z. B.", "zum Beispiel", N, "allgemein"),
    ("d. h.", "das heißt", N, "allgemein"),
    ("u. a.", "unter anderem|und andere", N, "allgemein"),
    ("u. a. m.", "und anderes mehr", J, "allgemein"),
    ("o. Ä.", "oder Ähnliches", J, "allgemein"),
    ("o. ä.", "oder Ähnliches", J, "allgemein"),
    ("u. Ä.", "und Ähnliches", J, "allgemein"),
    ("u. ä.", "und Ähnliches", J, "allgemein"),
    ("v. a.", "vor allem", N, "allgemein"),
    ("z. T.", "zum Teil", N, "allgemein"),
    ("u. U.", "unter Umständen|vielleicht", N, "allgemein"),
    ("s. o.", "siehe oben", J, "allgemein"),
    ("s. u.", "siehe unten", J, "allgemein"),
    ("i. d. R.", "in der Regel|meistens", N, "allgemein"),
    ("i. A.", "im Auftrag", N, "allgemein"),
    ("i. V.", "in Vertretung", N, "allgemein"),
    ("z. Hd.", "zu Händen|für", N, "allgemein"),
    ("o. g.", "oben genannt", N, "allgemein"),
    ("o. a.", "oben angegeben", N, "allgemein"),
    ("i. H. v.", "in Höhe von", N, "allgemein"),
    ("p. a.", "pro Jahr|im Jahr", J, "einheit"),
    ("v. H.", "Prozent|vom Hundert", J, "einheit"),
    ("a. n. g.", "anderweit nicht genannt", J, "sonstiges"),
    ("i. Tr.", "in der Trocken-Masse", J, "einheit"),
    ("b. A.", "bestimmter Anbau-Gebiete", J, "sonstiges"),
    # ---- allgemein: einteilig
    ("ggf.", "wenn nötig", N, "allgemein"),
    ("bzw.", "oder", N, "allgemein"),
    ("usw.", "und so weiter", J, "allgemein"),
    ("etc.", "und so weiter", J, "allgemein"),
    ("s.", "siehe", N, "allgemein"),
    ("vgl.", "vergleiche|siehe", N, "allgemein"),
    ("sog.", "so genannt", N, "allgemein"),
    ("inkl.", "inklusive|mit", N, "allgemein"),
    ("exkl.", "exklusive|ohne", N, "allgemein"),
    ("zzgl.", "zuzüglich|plus", N, "allgemein"),
    ("abzgl.", "abzüglich|minus", N, "allgemein"),
    ("evtl.", "vielleicht|eventuell", N, "allgemein"),
    ("bzgl.", "bezüglich|zu", N, "allgemein"),
    ("bezgl.", "bezüglich|zu", N, "allgemein"),
    ("bspw.", "zum Beispiel|beispielsweise", N, "allgemein"),
    ("insb.", "besonders|insbesondere", N, "allgemein"),
    ("insbes.", "besonders|insbesondere", N, "allgemein"),
    ("einschl.", "mit", N, "allgemein"),
    ("gem.", "gemäß|nach", N, "allgemein"),
    ("lt.", "laut|nach", N, "allgemein"),
    ("Betr.", "Betreff|Thema", N, "allgemein"),
    ("u.", "und", N, "allgemein"),
    ("v.", "vom|von", N, "allgemein"),
    ("dgl.", "dergleichen|so etwas", J, "allgemein"),
    ("lfd.", "laufende|laufend", N, "allgemein"),
    ("Lfd.", "laufende|laufend", N, "allgemein"),
    ("Nr.", "Nummer", N, "allgemein"),
    ("Nrn.", "Nummern", N, "allgemein"),
    ("Pkt.", "Punkt", N, "allgemein"),
    ("Pos.", "Position", N, "allgemein"),
    ("Anm.", "Anmerkung", N, "allgemein"),
    ("Bem.", "Bemerkung", N, "allgemein"),
    ("Bsp.", "Beispiel", N, "allgemein"),
    ("Tab.", "Tabelle", N, "allgemein"),
    ("Sp.", "Spalte", N, "allgemein"),
    ("Bl.", "Blatt", N, "allgemein"),
    ("Bd.", "Band", N, "allgemein"),
    ("Hrsg.", "Herausgeber", N, "allgemein"),
    ("Tel.", "Telefon", N, "allgemein"),
    ("Kto.", "Konto", N, "allgemein"),
    ("Amtl.", "amtlich", N, "allgemein"),
    ("amtl.", "amtlich", N, "allgemein"),
    ("Ber.", "Berichtigung|Bericht", N, "recht"),
    ("Fa.", "Firma", N, "organisation"),
    ("Gebr.", "Gebrüder", N, "organisation"),
    ("Inh.", "Inhaber", N, "allgemein"),
    ("geb.", "geboren", N, "allgemein"),
    ("gest.", "gestorben", N, "allgemein"),
    # ---- recht
    ("Abs.", "Absatz", N, "recht"),
    ("Art.", "Artikel", N, "recht"),
    ("S.", "Seite|Satz", N, "recht"),
    ("Ziff.", "Ziffer", N, "recht"),
    ("Ziffn.", "Ziffern", N, "recht"),
    ("Buchst.", "Buchstabe", N, "recht"),
    ("Unterabs.", "Unter-Absatz", N, "recht"),
    ("Hs.", "Halb-Satz", N, "recht"),
    ("Alt.", "Alternative|Möglichkeit", N, "recht"),
    ("Tz.", "Text-Ziffer", N, "recht"),
    ("Rn.", "Rand-Nummer", N, "recht"),
    ("Kap.", "Kapitel", N, "recht"),
    ("Abschn.", "Abschnitt", N, "recht"),
    ("Anl.", "Anlage", N, "recht"),
    ("Az.", "Akten-Zeichen", N, "recht"),
    ("Gz.", "Geschäfts-Zeichen", N, "recht"),
    ("Bek.", "Bekannt-Machung", N, "recht"),
    ("Vfg.", "Verfügung", N, "recht"),
    ("Urt.", "Urteil", N, "recht"),
    ("Epl.", "Einzel-Plan", N, "recht"),
    ("Tit.", "Titel", N, "recht"),
    ("aufgeh.", "aufgehoben", N, "recht"),
    ("f.", "folgende|und die folgende", J, "recht"),
    ("ff.", "folgende|und die folgenden", J, "recht"),
    ("a. F.", "alte Fassung|alter Fassung", N, "recht"),
    ("i. d. F.", "in der Fassung", N, "recht"),
    ("i. V. m.", "in Verbindung mit|zusammen mit", N, "recht"),
    ("i. S.", "im Sinne", N, "recht"),
    ("i. S. d.", "im Sinne des|im Sinne der", N, "recht"),
    ("i. S. v.", "im Sinne von", N, "recht"),
    ("i. e. S.", "im engeren Sinne", N, "recht"),
    ("BGBl.", "Bundes-Gesetz-Blatt", N, "recht"),
    ("BAnz.", "Bundes-Anzeiger", N, "recht"),
    ("GMBl.", "Gemeinsames Ministerial-Blatt", N, "recht"),
    ("GVBl.", "Gesetz- und Verordnungs-Blatt", N, "recht"),
    ("VkBl.", "Verkehrs-Blatt", N, "recht"),
    ("ABl.", "Amts-Blatt", N, "recht"),
    ("RGBl.", "Reichs-Gesetz-Blatt", N, "recht"),
    ("GBl.", "Gesetz-Blatt", N, "recht"),
    ("VO", "Verordnung", J, "recht"),
    ("TOP", "Tages-Ordnungs-Punkt", J, "allgemein"),
    ("Drs.", "Drucksache", N, "allgemein"),
    # Gesetze (Titel in gesetze.tsv; hier die einfache Ausschreibung)
    ("SGB", "Sozial-Gesetz-Buch", J, "recht"),
    ("SGB I", "Sozial-Gesetz-Buch 1", J, "recht"),
    ("SGB II", "Sozial-Gesetz-Buch 2", J, "recht"),
    ("SGB III", "Sozial-Gesetz-Buch 3", J, "recht"),
    ("SGB IV", "Sozial-Gesetz-Buch 4", J, "recht"),
    ("SGB V", "Sozial-Gesetz-Buch 5", J, "recht"),
    ("SGB VI", "Sozial-Gesetz-Buch 6", J, "recht"),
    ("SGB VII", "Sozial-Gesetz-Buch 7", J, "recht"),
    ("SGB VIII", "Sozial-Gesetz-Buch 8", J, "recht"),
    ("SGB IX", "Sozial-Gesetz-Buch 9", J, "recht"),
    ("SGB X", "Sozial-Gesetz-Buch 10", J, "recht"),
    ("SGB XI", "Sozial-Gesetz-Buch 11", J, "recht"),
    ("SGB XII", "Sozial-Gesetz-Buch 12", J, "recht"),
    ("SGB XIV", "Sozial-Gesetz-Buch 14", J, "recht"),
    ("BGB", "Bürgerliches Gesetz-Buch", J, "recht"),
    ("GG", "Grund-Gesetz", J, "recht"),
    ("AO", "Abgaben-Ordnung", J, "recht"),
    ("VwVfG", "Verwaltungs-Verfahrens-Gesetz", J, "recht"),
    ("VwGO", "Verwaltungs-Gerichts-Ordnung", J, "recht"),
    ("VwZG", "Verwaltungs-Zustellungs-Gesetz", J, "recht"),
    ("VwVG", "Verwaltungs-Vollstreckungs-Gesetz", J, "recht"),
    ("EStG", "Einkommen-Steuer-Gesetz", J, "recht"),
    ("UStG", "Umsatz-Steuer-Gesetz", J, "recht"),
    ("KStG", "Körperschaft-Steuer-Gesetz", J, "recht"),
    ("GewStG", "Gewerbe-Steuer-Gesetz", J, "recht"),
    ("ErbStG", "Erbschaft-Steuer-Gesetz", J, "recht"),
    ("GrStG", "Grund-Steuer-Gesetz", J, "recht"),
    ("DSGVO", "Datenschutz-Grund-Verordnung", J, "recht"),
    ("BDSG", "Bundes-Datenschutz-Gesetz", J, "recht"),
    ("BAföG", "Bundes-Ausbildungs-Förderungs-Gesetz", J, "recht"),
    ("StGB", "Straf-Gesetz-Buch", J, "recht"),
    ("StPO", "Straf-Prozess-Ordnung", J, "recht"),
    ("ZPO", "Zivil-Prozess-Ordnung", J, "recht"),
    ("HGB", "Handels-Gesetz-Buch", J, "recht"),
    ("OWiG", "Ordnungs-Widrigkeiten-Gesetz", J, "recht"),
    ("StVO", "Straßen-Verkehrs-Ordnung", J, "recht"),
    ("StVG", "Straßen-Verkehrs-Gesetz", J, "recht"),
    ("StVZO", "Straßen-Verkehrs-Zulassungs-Ordnung", J, "recht"),
    ("FeV", "Fahrerlaubnis-Verordnung", J, "recht"),
    ("BMG", "Bundes-Melde-Gesetz", J, "recht"),
    ("PAuswG", "Personal-Ausweis-Gesetz", J, "recht"),
    ("GewO", "Gewerbe-Ordnung", J, "recht"),
    ("AufenthG", "Aufenthalts-Gesetz", J, "recht"),
    ("AufenthV", "Aufenthalts-Verordnung", J, "recht"),
    ("AsylbLG", "Asylbewerber-Leistungs-Gesetz", J, "recht"),
    ("BEEG", "Bundes-Eltern-Geld- und Eltern-Zeit-Gesetz", J, "recht"),
    ("BKGG", "Bundes-Kinder-Geld-Gesetz", J, "recht"),
    ("WoGG", "Wohn-Geld-Gesetz", J, "recht"),
    ("WoGV", "Wohn-Geld-Verordnung", J, "recht"),
    ("UhVorschG", "Unterhalts-Vorschuss-Gesetz", J, "recht"),
    ("IfSG", "Infektions-Schutz-Gesetz", J, "recht"),
    ("KSchG", "Kündigungs-Schutz-Gesetz", J, "recht"),
    ("ArbZG", "Arbeits-Zeit-Gesetz", J, "recht"),
    ("ArbSchG", "Arbeits-Schutz-Gesetz", J, "recht"),
    ("MuSchG", "Mutter-Schutz-Gesetz", J, "recht"),
    ("TzBfG", "Teilzeit- und Befristungs-Gesetz", J, "recht"),
    ("AGG", "Allgemeines Gleich-Behandlungs-Gesetz", J, "recht"),
    ("BGG", "Behinderten-Gleichstellungs-Gesetz", J, "recht"),
    ("BTHG", "Bundes-Teilhabe-Gesetz", J, "recht"),
    ("MiLoG", "Mindest-Lohn-Gesetz", J, "recht"),
    ("BUrlG", "Bundes-Urlaubs-Gesetz", J, "recht"),
    ("EntgFG", "Entgelt-Fortzahlungs-Gesetz", J, "recht"),
    ("JArbSchG", "Jugend-Arbeits-Schutz-Gesetz", J, "recht"),
    ("JuSchG", "Jugend-Schutz-Gesetz", J, "recht"),
    ("BBiG", "Berufs-Bildungs-Gesetz", J, "recht"),
    ("BetrVG", "Betriebs-Verfassungs-Gesetz", J, "recht"),
    ("BauNVO", "Bau-Nutzungs-Verordnung", J, "recht"),
    ("SGG", "Sozial-Gerichts-Gesetz", J, "recht"),
    ("FamFG", "Gesetz über das Verfahren in Familien-Sachen", J, "recht"),
    ("GVG", "Gerichts-Verfassungs-Gesetz", J, "recht"),
    ("BVG", "Bundes-Versorgungs-Gesetz", J, "recht"),
    ("PStG", "Personen-Stands-Gesetz", J, "recht"),
    ("BWahlG", "Bundes-Wahl-Gesetz", J, "recht"),
    ("EuWG", "Europa-Wahl-Gesetz", J, "recht"),
    ("RDG", "Rechts-Dienstleistungs-Gesetz", J, "recht"),
    ("NamÄndG", "Namens-Änderungs-Gesetz", J, "recht"),
    ("GmbHG", "Gesetz über die Gesellschaften mit beschränkter Haftung", J, "recht"),
    ("AktG", "Aktien-Gesetz", J, "recht"),
    ("InsO", "Insolvenz-Ordnung", J, "recht"),
    ("BImSchG", "Bundes-Immissions-Schutz-Gesetz", J, "recht"),
    ("KrWG", "Kreislauf-Wirtschafts-Gesetz", J, "recht"),
    ("WHG", "Wasser-Haushalts-Gesetz", J, "recht"),
    ("BNatSchG", "Bundes-Natur-Schutz-Gesetz", J, "recht"),
    ("TierSchG", "Tier-Schutz-Gesetz", J, "recht"),
    ("WaffG", "Waffen-Gesetz", J, "recht"),
    ("BBG", "Bundes-Beamten-Gesetz", J, "recht"),
    ("BeamtStG", "Beamten-Status-Gesetz", J, "recht"),
    ("BHO", "Bundes-Haushalts-Ordnung", J, "recht"),
    ("GWB", "Gesetz gegen Wettbewerbs-Beschränkungen", J, "recht"),
    ("VgV", "Vergabe-Verordnung", J, "recht"),
    ("VOB", "Vergabe- und Vertrags-Ordnung für Bau-Leistungen", J, "recht"),
    ("BetrKV", "Betriebs-Kosten-Verordnung", J, "recht"),
    ("RVO", "Reichs-Versicherungs-Ordnung", J, "recht"),
    ("TVöD", "Tarif-Vertrag für den öffentlichen Dienst", J, "recht"),
    ("ZVG", "Zwangs-Versteigerungs-Gesetz", J, "recht"),
    ("FGO", "Finanz-Gerichts-Ordnung", J, "recht"),
    ("ArbGG", "Arbeits-Gerichts-Gesetz", J, "recht"),
    ("GKG", "Gerichts-Kosten-Gesetz", J, "recht"),
    ("RVG", "Rechtsanwalts-Vergütungs-Gesetz", J, "recht"),
    ("AEUV", "Vertrag über die Arbeitsweise der Europäischen Union", J, "recht"),
    ("EUV", "Vertrag über die Europäische Union", J, "recht"),
    ("EMRK", "Europäische Menschenrechts-Konvention", J, "recht"),
    ("UNBRK", "Behinderten-Rechts-Konvention der Vereinten Nationen", J, "recht"),
    ("EEG", "Erneuerbare-Energien-Gesetz", J, "recht"),
    ("JGG", "Jugend-Gerichts-Gesetz", J, "recht"),
    ("BtMG", "Betäubungs-Mittel-Gesetz", J, "recht"),
    ("LuftVG", "Luft-Verkehrs-Gesetz", J, "recht"),
    ("BewG", "Bewertungs-Gesetz", J, "recht"),
    ("GwG", "Geldwäsche-Gesetz", J, "recht"),
    ("GBO", "Grund-Buch-Ordnung", J, "recht"),
    ("WoFG", "Wohn-Raum-Förderungs-Gesetz", J, "recht"),
    ("SchwarzArbG", "Schwarz-Arbeits-Bekämpfungs-Gesetz", J, "recht"),
    ("AÜG", "Arbeitnehmer-Überlassungs-Gesetz", J, "recht"),
    ("BeschV", "Beschäftigungs-Verordnung", J, "recht"),
    ("IntV", "Integrations-Kurs-Verordnung", J, "recht"),
    ("PflegeZG", "Pflege-Zeit-Gesetz", J, "recht"),
    ("FPfZG", "Familien-Pflege-Zeit-Gesetz", J, "recht"),
    ("WBVG", "Wohn- und Betreuungs-Vertrags-Gesetz", J, "recht"),
    ("TKG", "Tele-Kommunikations-Gesetz", J, "recht"),
    ("UWG", "Gesetz gegen den unlauteren Wettbewerb", J, "recht"),
    ("ProdHaftG", "Produkt-Haftungs-Gesetz", J, "recht"),
    ("StBerG", "Steuer-Beratungs-Gesetz", J, "recht"),
    ("GNotKG", "Gerichts- und Notar-Kosten-Gesetz", J, "recht"),
    ("BRAO", "Bundes-Rechtsanwalts-Ordnung", J, "recht"),
    ("UVPG", "Gesetz über die Umwelt-Verträglichkeits-Prüfung", J, "recht"),
    ("TVG", "Tarif-Vertrags-Gesetz", J, "recht"),
    ("BKAG", "Bundes-Kriminal-Amt-Gesetz", J, "recht"),
    ("PflBG", "Pflege-Berufe-Gesetz", J, "recht"),
    ("KHG", "Krankenhaus-Finanzierungs-Gesetz", J, "recht"),
    ("HeimG", "Heim-Gesetz", J, "recht"),
    ("VBVG", "Vormünder- und Betreuer-Vergütungs-Gesetz", J, "recht"),
    ("KJHG", "Kinder- und Jugend-Hilfe-Gesetz", J, "recht"),
    ("BRKG", "Bundes-Reise-Kosten-Gesetz", J, "recht"),
    ("BUKG", "Bundes-Umzugs-Kosten-Gesetz", J, "recht"),
    ("StVollzG", "Straf-Vollzugs-Gesetz", J, "recht"),
    ("FamGKG", "Gesetz über Gerichts-Kosten in Familien-Sachen", J, "recht"),
    ("JVEG", "Justiz-Vergütungs- und Entschädigungs-Gesetz", J, "recht"),
    ("BauO", "Bau-Ordnung", J, "recht"),
    ("UVP", "Umwelt-Verträglichkeits-Prüfung", J, "recht"),
    ("AGB", "Allgemeine Geschäfts-Bedingungen", J, "recht"),
    # Gerichte und Behörden
    ("BVerfG", "Bundes-Verfassungs-Gericht", J, "organisation"),
    ("EuGH", "Europäischer Gerichtshof", J, "organisation"),
    ("EGMR", "Europäischer Gerichtshof für Menschenrechte", J, "organisation"),
    ("OLG", "Ober-Landes-Gericht", J, "organisation"),
    ("LG", "Land-Gericht", J, "organisation"),
    ("LAG", "Landes-Arbeits-Gericht", J, "organisation"),
    ("EU", "Europäische Union", J, "organisation"),
    ("EG", "Europäische Gemeinschaft|Erd-Geschoss", J, "organisation"),
    ("EWG", "Europäische Wirtschafts-Gemeinschaft", J, "organisation"),
    ("EWR", "Europäischer Wirtschafts-Raum", J, "organisation"),
    ("UN", "Vereinte Nationen", J, "organisation"),
    ("UNO", "Vereinte Nationen", J, "organisation"),
    ("NATO", "Nordatlantik-Pakt", J, "organisation"),
    ("WHO", "Welt-Gesundheits-Organisation", J, "organisation"),
    ("OECD", "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung", J, "organisation"),
    ("BA", "Bundes-Agentur für Arbeit", J, "organisation"),
    ("BAMF", "Bundes-Amt für Migration und Flüchtlinge", J, "organisation"),
    ("BMF", "Bundes-Ministerium der Finanzen", J, "organisation"),
    ("BMBF", "Bundes-Ministerium für Bildung und Forschung", J, "organisation"),
    ("BfDI", "Bundes-Beauftragter für den Datenschutz", J, "organisation"),
    ("BSI", "Bundes-Amt für Sicherheit in der Informations-Technik", J, "organisation"),
    ("RKI", "Robert-Koch-Institut", J, "organisation"),
    ("BfArM", "Bundes-Institut für Arznei-Mittel und Medizin-Produkte", J, "organisation"),
    ("BVA", "Bundes-Verwaltungs-Amt", J, "organisation"),
    ("BKA", "Bundes-Kriminal-Amt", J, "organisation"),
    ("THW", "Technisches Hilfs-Werk", J, "organisation"),
    ("DRV", "Deutsche Renten-Versicherung", J, "organisation"),
    ("GKV", "gesetzliche Kranken-Versicherung", J, "organisation"),
    ("PKV", "private Kranken-Versicherung", J, "organisation"),
    ("AOK", "Allgemeine Orts-Kranken-Kasse", J, "organisation"),
    ("KfW", "Kredit-Anstalt für Wieder-Aufbau", J, "organisation"),
    ("IHK", "Industrie- und Handels-Kammer", J, "organisation"),
    ("DIN", "Deutsches Institut für Normung", J, "organisation"),
    ("ISO", "Internationale Organisation für Normung", J, "organisation"),
    ("VDE", "Verband der Elektro-Technik", J, "organisation"),
    ("TÜV", "Technischer Überwachungs-Verein", J, "organisation"),
    ("DB", "Deutsche Bahn", J, "organisation"),
    ("ARD", "Arbeits-Gemeinschaft der Rundfunk-Anstalten", J, "organisation"),
    ("ZDF", "Zweites Deutsches Fernsehen", J, "organisation"),
    ("DGB", "Deutscher Gewerkschafts-Bund", J, "organisation"),
    ("BND", "Bundes-Nachrichten-Dienst", J, "organisation"),
    ("BAFA", "Bundes-Amt für Wirtschaft und Ausfuhr-Kontrolle", J, "organisation"),
    ("BMWi", "Bundes-Ministerium für Wirtschaft", J, "organisation"),
    ("ESF", "Europäischer Sozial-Fonds", J, "organisation"),
    ("UNESCO", "Organisation der Vereinten Nationen für Bildung, Wissenschaft und Kultur", J, "organisation"),
    ("IWF", "Internationaler Währungs-Fonds", J, "organisation"),
    ("DGUV", "Deutsche Gesetzliche Unfall-Versicherung", J, "organisation"),
    ("UdSSR", "Sowjet-Union", J, "ort"),
    ("GmbH", "Gesellschaft mit beschränkter Haftung", J, "organisation"),
    ("gGmbH", "gemeinnützige Gesellschaft mit beschränkter Haftung", J, "organisation"),
    ("G. m. b. H.", "Gesellschaft mit beschränkter Haftung", J, "organisation"),
    ("m. b. H.", "mit beschränkter Haftung", J, "organisation"),
    ("AG", "Aktien-Gesellschaft|Amts-Gericht", J, "organisation"),
    ("KG", "Kommandit-Gesellschaft", J, "organisation"),
    ("KdöR", "Körperschaft des öffentlichen Rechts", J, "organisation"),
    ("e. V.", "eingetragener Verein", J, "organisation"),
    ("Co.", "Kompanie|Partner", N, "organisation"),
    ("Abt.", "Abteilung", N, "organisation"),
    ("Unterabt.", "Unter-Abteilung", N, "organisation"),
    ("Forstabt.", "Forst-Abteilung", N, "sonstiges"),
    ("Kdo.", "Kommando", N, "sonstiges"),
    # ---- allgemein ohne Punkt (Verwaltung, Alltag)
    ("KI", "Künstliche Intelligenz", J, "allgemein"),
    ("IT", "Informations-Technik", J, "allgemein"),
    ("EDV", "elektronische Daten-Verarbeitung", J, "allgemein"),
    ("ÖPNV", "öffentlicher Personen-Nah-Verkehr|Busse und Bahnen", J, "allgemein"),
    ("Kfz", "Kraft-Fahrzeug", J, "allgemein"),
    ("KFZ", "Kraft-Fahrzeug", J, "allgemein"),
    ("Pkw", "Personen-Kraft-Wagen|Auto", J, "allgemein"),
    ("PKW", "Personen-Kraft-Wagen|Auto", J, "allgemein"),
    ("Lkw", "Last-Kraft-Wagen", J, "allgemein"),
    ("LKW", "Last-Kraft-Wagen", J, "allgemein"),
    ("PLZ", "Post-Leit-Zahl", J, "ort"),
    ("IBAN", "internationale Konto-Nummer", J, "allgemein"),
    ("BIC", "internationale Bank-Kennung", J, "allgemein"),
    ("PIN", "Geheim-Zahl", J, "allgemein"),
    ("GdB", "Grad der Behinderung", J, "allgemein"),
    ("MwSt.", "Mehrwert-Steuer", J, "allgemein"),
    ("MdL", "Mitglied des Landtages", J, "titel"),
    # ---- titel
    ("Dr.", "Doktor", N, "titel"),
    ("gez.", "gezeichnet", N, "allgemein"),
    ("Prof.", "Professor|Professorin", N, "titel"),
    ("Hr.", "Herr", N, "titel"),
    ("Hrn.", "Herrn", N, "titel"),
    ("Fr.", "Frau|Freitag", N, "titel"),
    ("Dr. med.", "Doktor der Medizin", N, "titel"),
    ("h. c.", "ehrenhalber", J, "titel"),
    ("M. A.", "Master of Arts|Magister", J, "titel"),
    ("LL. B.", "Bachelor of Laws", J, "titel"),
    ("a. D.", "außer Dienst", N, "titel"),
    ("z. A.", "zur Anstellung", N, "titel"),
    # ---- zeit
    ("Mo.", "Montag", N, "zeit"),
    ("Di.", "Dienstag", N, "zeit"),
    ("Mi.", "Mittwoch", N, "zeit"),
    ("Do.", "Donnerstag", N, "zeit"),
    ("Sa.", "Samstag|Sachsen", N, "zeit"),
    ("So.", "Sonntag", N, "zeit"),
    ("Jan.", "Januar", N, "zeit"),
    ("Feb.", "Februar", N, "zeit"),
    ("Febr.", "Februar", N, "zeit"),
    ("Apr.", "April", N, "zeit"),
    ("Aug.", "August", N, "zeit"),
    ("Sep.", "September", N, "zeit"),
    ("Sept.", "September", N, "zeit"),
    ("Okt.", "Oktober", N, "zeit"),
    ("Nov.", "November", N, "zeit"),
    ("Dez.", "Dezember|Dezernat", N, "zeit"),
    ("Std.", "Stunde|Stunden", J, "zeit"),
    ("Min.", "Minute|Minuten", J, "zeit"),
    ("Sek.", "Sekunde|Sekunden", J, "zeit"),
    ("Jh.", "Jahr-Hundert", J, "zeit"),
    ("Jhdt.", "Jahr-Hundert", J, "zeit"),
    ("v. Chr.", "vor Christus", J, "zeit"),
    ("n. Chr.", "nach Christus", J, "zeit"),
    ("d. J.", "dieses Jahres|der Jüngere", J, "zeit"),
    ("mtl.", "monatlich", N, "zeit"),
    # ---- einheit
    ("Mio.", "Millionen|Million", N, "einheit"),
    ("Mrd.", "Milliarden|Milliarde", N, "einheit"),
    ("Tsd.", "Tausend", N, "einheit"),
    ("max.", "höchstens|maximal", N, "einheit"),
    ("min.", "mindestens|Minuten", N, "einheit"),
    ("mind.", "mindestens", N, "einheit"),
    ("ca.", "ungefähr|circa", N, "einheit"),
    ("rd.", "rund|ungefähr", N, "einheit"),
    ("Stk.", "Stück", J, "einheit"),
    ("EUR", "Euro", J, "einheit"),
    ("DM", "Deutsche Mark", J, "einheit"),
    ("BIP", "Brutto-Inlands-Produkt", J, "allgemein"),
    ("MWh", "Megawatt-Stunde|Megawatt-Stunden", J, "einheit"),
    ("km", "Kilometer", J, "einheit"),
    ("km/h", "Kilometer pro Stunde", J, "einheit"),
    ("kg", "Kilogramm", J, "einheit"),
    ("mg", "Milligramm", J, "einheit"),
    ("cm", "Zentimeter", J, "einheit"),
    ("mm", "Millimeter", J, "einheit"),
    ("qm", "Quadrat-Meter", J, "einheit"),
    ("ha", "Hektar", J, "einheit"),
    ("ml", "Milliliter", J, "einheit"),
    ("kW", "Kilowatt", J, "einheit"),
    ("kWh", "Kilowatt-Stunde|Kilowatt-Stunden", J, "einheit"),
    ("MW", "Megawatt", J, "einheit"),
    ("PS", "Pferde-Stärke|Pferde-Stärken", J, "einheit"),
    # ---- ort
    ("Str.", "Straße", N, "ort"),
    ("St.", "Sankt|Stadt|Stück", N, "ort"),
    ("kfr.", "kreisfrei|kreisfreie", N, "ort"),
    ("Hbf.", "Haupt-Bahnhof", J, "ort"),
    ("Bez.", "Bezirk", N, "ort"),
    ("Wkr.", "Wahl-Kreis", N, "ort"),
    ("OT", "Orts-Teil", J, "ort"),
    ("a. M.", "am Main", J, "ort"),
    ("a. d.", "an der", N, "ort"),
    ("v. d.", "vor der", N, "ort"),
    ("i. d.", "in der", N, "ort"),
    ("i. d. OPf.", "in der Ober-Pfalz", J, "ort"),
    ("O. L.", "Ober-Lausitz", J, "ort"),
    ("Württ.", "Württemberg", J, "ort"),
    ("Westf.", "Westfalen", J, "ort"),
    ("Erzgeb.", "Erzgebirge", J, "ort"),
    ("b.", "bei", N, "ort"),
    ("NRW", "Nordrhein-Westfalen", J, "ort"),
    ("BRD", "Bundes-Republik Deutschland", J, "ort"),
    ("DDR", "Deutsche Demokratische Republik", J, "ort"),
    ("USA", "Vereinigte Staaten von Amerika", J, "ort"),
]

# Candidate rows of the two files in shared/data/abbreviations-de, one decision each:
#   "key"            keep: the key of ABK it belongs to (spaceless "z.B." belongs to "z. B.");
#   "+k1 + k2"       a sequence of separate abbreviations: no own entry, its count is evidence
#                    for each part (all parts must be keys of ABK);
#   "-reason"        rejected.
KANDIDATEN: dict[str, str] = {
    # gesetze_dot_abbreviation_candidates.tsv
    "Abs.": "Abs.", "Nr.": "Nr.", "S.": "S.", "Art.": "Art.", "bzgl.": "bzgl.",
    "VkBl.": "VkBl.", "Ziff.": "Ziff.", "ca.": "ca.", "Abt.": "Abt.", "Nrn.": "Nrn.",
    "max.": "max.", "Buchst.": "Buchst.", "aufgeh.": "aufgeh.", "Vfg.": "Vfg.",
    "Unterabs.": "Unterabs.",
    "äuß.": "-Fachkürzel einer Tarif-/Warenliste (äuß. schw.), Bedeutung unklar",
    "Unterabt.": "Unterabt.", "Forstabt.": "Forstabt.",
    "KUGr.": "-Fachkürzel (Gruppen-Nummer), Bedeutung unklar",
    "min.": "min.",
    "Tgr.": "-Fachkürzel (Gruppe), Bedeutung unklar",
    "KGr.": "-Fachkürzel (Gruppe), Bedeutung unklar",
    "abs.": "-klein geschriebene Variante von Abs. in einer Fassungs-Notiz",
    "Tit.": "Tit.",
    "Eingr.": "-Fachkürzel, Bedeutung unklar",
    "Gl.": "-Fachkürzel (Gliederung?), Bedeutung unklar",
    "Epl.": "Epl.",
    "subsp.": "-lateinisch (Biologie), nicht Verwaltungs-Deutsch",
    "etc.": "etc.", "Str.": "Str.", "Pkt.": "Pkt.", "Bl.": "Bl.", "mind.": "mind.",
    "var.": "-lateinisch (Biologie)",
    "nachzuzahlen.": "-Wort am Satzende",
    "ssp.": "-lateinisch (Biologie)",
    "and.": "-Bedeutung unklar",
    "Sp.": "Sp.",
    "No.": "-englisch/lateinisch, deutsch ist Nr.",
    "geb.": "geb.",
    "Sterbegeld.": "-Wort am Satzende",
    "Alt.": "Alt.",
    "Fkl.": "-Fachkürzel (Klasse), Bedeutung unklar",
    "dgl.": "dgl.",
    "pv.": "-lateinisch (Biologie)",
    "Tab.": "Tab.",
    "auszuzählen.": "-Wort am Satzende",
    "Ziffn.": "Ziffn.", "bezgl.": "bezgl.",
    "nr.": "-klein geschriebene Variante von Nr. in einer Fassungs-Notiz",
    "abziehbar.": "-Wort am Satzende",
    "Sicht.": "-Wort am Satzende",
    "Bem.": "Bem.", "Pos.": "Pos.", "Tel.": "Tel.",
    "Monatslohn.": "-Wort am Satzende",
    "Sammelstelle.": "-Wort am Satzende",
    "Ausnahmen.": "-Wort am Satzende",
    "Urlaub.": "-Wort am Satzende",
    "us.": "-lateinisch (us. vet.)",
    "Tz.": "Tz.", "Bek.": "Bek.", "rd.": "rd.", "gest.": "gest.",
    "auß.": "-Fachkürzel, Bedeutung unklar",
    "Komplexbeh.": "-Fachkürzel einer Gebühren-Ordnung (Komplex-Behandlung), zu speziell",
    "Empfang.": "-Wort am Satzende",
    "Nn.": "-Bedeutung unklar",
    "Q.": "-einzelner Buchstabe, Bedeutung unklar",
    "Husarenstr.": "-Straßen-Name; Str. deckt die Endung ab",
    "Reg.": "-mehrdeutig (Regierung, Register, Regel)",
    "SFkl.": "-Fachkürzel (Klasse), Bedeutung unklar",
    "Baustelle.": "-Wort am Satzende",
    "Fahrkarten.": "-Wort am Satzende",
    "Mit.": "-Wort am Satzende/Satzanfang",
    # gesetze_multidot_abbreviation_candidates.tsv
    "z. B.": "z. B.", "v. H.": "v. H.",
    "lfd. Nr.": "+lfd. + Nr.", "Lfd. Nr.": "+Lfd. + Nr.", "kfr. St.": "+kfr. + St.",
    "i. V. m.": "i. V. m.", "e. V.": "e. V.",
    "Bek. v.": "+Bek. + v.",
    "z.B.": "z. B.", "v.H.": "v. H.",
    "s. Wkr.": "+s. + Wkr.",
    "d. h.": "d. h.", "e.V.": "e. V.",
    "a. n. g.": "a. n. g.", "b.A.": "b. A.",
    "BAnz. Nr.": "+BAnz. + Nr.",
    "a. d.": "a. d.", "u. a.": "u. a.", "a.d.": "a. d.",
    "Kdo. v.": "+Kdo. + v.",
    "gem. Art.": "+gem. + Art.",
    "d. Art.": "-Verbindung (d. = der/des) + Art.",
    "BAnz. S.": "+BAnz. + S.",
    "p.a.": "p. a.",
    "T. v.": "-Bedeutung unklar",
    "i.V.m.": "i. V. m.", "u.a.": "u. a.",
    "gem. Bek. v.": "+gem. + Bek. + v.",
    "z. A.": "z. A.",
    "äuß. schw.": "-Fachkürzel einer Tarif-/Warenliste, Bedeutung unklar",
    "u. ä.": "u. ä.",
    "N.E.U.": "-Eigenname/Kennung, Bedeutung unklar",
    "o. ä.": "o. ä.",
    "n. z.": "-Bedeutung unklar",
    "Amtl. Anm.": "+Amtl. + Anm.",
    "lfd. Nr. II.": "-Verbindung mit Gliederungs-Nummer",
    "GMBl. S.": "+GMBl. + S.",
    "lfd. Nr. III.": "-Verbindung mit Gliederungs-Nummer",
    "d.h.": "d. h.",
    "VkBl. S.": "+VkBl. + S.",
    "GVBl. S.": "+GVBl. + S.",
    "gem. Nrn.": "+gem. + Nrn.",
    "i. V. m. Art.": "+i. V. m. + Art.",
    "I.E.": "-mehrdeutig (Internationale Einheit, id est)",
    "TT.MM.": "-Platzhalter für ein Datum (TT.MM.JJJJ)",
    "N.A.G.": "-Kennung, Bedeutung unklar",
    "od. best.": "-Fachkürzel einer Tarif-/Warenliste",
    "lfd. Nr. I.": "-Verbindung mit Gliederungs-Nummer",
    "M.A.": "M. A.",
    "gem. Nr.": "+gem. + Nr.",
    "www.bsi.bund.": "-Teil einer Internet-Adresse",
    "G.m.b.H.": "G. m. b. H.",
    "GBl. Nr.": "+GBl. + Nr.",
    "UAS.OPEN.": "-Kennung einer EU-Luftfahrt-Regel",
    "i. d.": "i. d.",
    "A. II.": "-Gliederungs-Nummer",
    "b. A.": "b. A.", "i. S.": "i. S.", "o. Ä.": "o. Ä.",
    "Mio. EUR.": "+Mio. + EUR",
    "a. D.": "a. D.",
    "www.zoll.": "-Teil einer Internet-Adresse",
    "v. d.": "v. d.", "i. Tr.": "i. Tr.",
    "BGBl. S.": "+BGBl. + S.",
    "MED.A.": "-Kennung einer EU-Luftfahrt-Regel",
    "u. Ä.": "u. Ä.", "o. g.": "o. g.", "a.M.": "a. M.",
    "i. d. OPf.": "i. d. OPf.",
    "E.V.": "-Großschreibung von e. V. (Satzanfang/Versalien)",
    "i. V. m. lfd. Nr.": "+i. V. m. + lfd. + Nr.",
    "i. d. R.": "i. d. R.", "i. S. d.": "i. S. d.",
    "www.dpma.": "-Teil einer Internet-Adresse",
    "Z.Z.": "-Großschreibung, Bedeutung unklar (z. Z.?)",
    "m. best.": "-Fachkürzel einer Tarif-/Warenliste",
    "J. od.": "-Fachkürzel einer Tarif-/Warenliste",
    "UAS.SPEC.": "-Kennung einer EU-Luftfahrt-Regel",
    "bzw. vgl.": "+bzw. + vgl.",
    "O.L.": "O. L.", "i.d.": "i. d.", "i.d.OPf.": "i. d. OPf.",
    "ARA.FCL.": "-Kennung einer EU-Luftfahrt-Regel",
    "UAS.LUC.": "-Kennung einer EU-Luftfahrt-Regel",
    "L. var.": "-lateinisch (Biologie)",
    "C.I.": "-Kennung (Colour Index), Bedeutung unklar",
    "Ber. GBl.": "+Ber. + GBl.",
    "Z. B.": "-Großschreibung von z. B. am Satzanfang",
    "a. d. W.": "-Ortsname-Zusatz, Bedeutung unklar",
    "www.rki.": "-Teil einer Internet-Adresse",
    "i.Tr.": "i. Tr.",
    "ORA.GEN.": "-Kennung einer EU-Luftfahrt-Regel",
    "z.T.": "z. T.", "i. S. v.": "i. S. v.",
    "bzw. Nr.": "+bzw. + Nr.",
    "m.b.H.": "m. b. H.",
    "zoll.bund.": "-Teil einer Internet-Adresse",
    "sein. b.": "-Wort am Satzende + b.",
    "A. III.": "-Gliederungs-Nummer",
    "ML.A.": "-Kennung einer EU-Luftfahrt-Regel",
    "od. m.": "-Fachkürzel einer Tarif-/Warenliste",
    "oh. best.": "-Fachkürzel einer Tarif-/Warenliste",
    "u.Ä.": "u. Ä.",
    "us. vet.": "-lateinisch (us. vet.)",
    "ABl. Nr.": "+ABl. + Nr.",
    "v. a.": "v. a.", "a. M.": "a. M.",
    "St. A.": "-Bedeutung unklar",
    "i. d. Opf.": "-Schreibvariante von i. d. OPf.",
    "i.V.": "i. V.",
    "e. V. sind.": "-e. V. + Wort am Satzende",
    "i.A.": "i. A.",
    "RGBl. S.": "+RGBl. + S.",
    "A. II. Nr.": "-Gliederungs-Nummer",
    "ARA.MED.": "-Kennung einer EU-Luftfahrt-Regel",
    "m. äuß. schw.": "-Fachkürzel einer Tarif-/Warenliste",
    "oh. äuß. schw.": "-Fachkürzel einer Tarif-/Warenliste",
    "i. d. F.": "i. d. F.",
    "Nr. B.": "-Nr. + Gliederungs-Buchstabe",
    "vgl. Nr.": "+vgl. + Nr.",
    "www.bsh.": "-Teil einer Internet-Adresse",
    "a.G.": "-mehrdeutig (auf Gegenseitigkeit, als Gast)",
    "a.D.": "a. D.",
    "bfdi.bund.": "-Teil einer Internet-Adresse",
    "d. art.": "-Verbindung (d. = der/des) + Art., klein",
    "II. Nr.": "-Gliederungs-Nummer",
    "bdfi.bund.": "-Teil einer Internet-Adresse",
    "LL. B.": "LL. B.",
    "i.d.F.": "i. d. F.",
    "f. sp.": "-lateinisch (Biologie)",
    "CC.TRA.": "-Kennung einer EU-Luftfahrt-Regel",
    "ADR.AR.C.": "-Kennung einer EU-Luftfahrt-Regel",
    "MED.D.": "-Kennung einer EU-Luftfahrt-Regel",
    "äuß. schw. od. schw.": "-Fachkürzel einer Tarif-/Warenliste",
    "Proz. od.": "-Fachkürzel einer Tarif-/Warenliste",
    "Urt. v.": "+Urt. + v.",
    "sind. V.": "-Wort am Satzende + Gliederungs-Nummer",
    "ist. VI.": "-Wort am Satzende + Gliederungs-Nummer",
    "www.vde.": "-Teil einer Internet-Adresse",
}

# Entries kept although the local corpora give no (reliable) hit, with the reason.  Kept short on
# purpose: other unverifiable additions were dropped.  A listed key may have hits that do not
# show the meaning (f. "feminin", BA, OT).
AUFTRAG = "im Auftrag ausdrücklich verlangt"
BRIEF = "übliche Abkürzung in Verwaltungs-Briefen"
RAT = "übliche Abkürzung in Rats-Vorlagen und Sitzungs-Unterlagen"
ADRESSE = "übliche Abkürzung in Anschriften"
OHNE_KORPUSBELEG: dict[str, str] = {
    "Az.": AUFTRAG,
    "Anl.": AUFTRAG,
    "Jan.": AUFTRAG,
    "Feb.": AUFTRAG,
    "Febr.": AUFTRAG,
    "Apr.": AUFTRAG,
    "Aug.": AUFTRAG,
    "Sep.": AUFTRAG,
    "Sept.": AUFTRAG,
    "Nov.": AUFTRAG,
    "Dez.": AUFTRAG,
    "Mo.": AUFTRAG,
    "Di.": AUFTRAG,
    "Mi.": AUFTRAG,
    "Do.": AUFTRAG,
    "So.": AUFTRAG,
    "Std.": AUFTRAG,
    "Hr.": AUFTRAG,
    "Hbf.": AUFTRAG,
    "exkl.": AUFTRAG,
    "zzgl.": AUFTRAG,
    "MwSt.": AUFTRAG,
    "BA": AUFTRAG,
    "f.": AUFTRAG,
    "z. Hd.": AUFTRAG,
    "Betr.": BRIEF,
    "Gz.": BRIEF,
    "PLZ": ADRESSE,
    "Kto.": BRIEF,
    "Hrn.": BRIEF,
    "Sek.": BRIEF,
    "Stk.": BRIEF,
    "abzgl.": BRIEF,
    "mtl.": BRIEF,
    "BAMF": BRIEF,
    "OLG": BRIEF,
    "IHK": BRIEF,
    "Rn.": BRIEF,
    "i. H. v.": BRIEF,
    "TOP": RAT,
    "Drs.": RAT,
    "gez.": BRIEF,
    "OT": ADRESSE,
}

# --------------------------------------------------------------------------------------------


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def read_candidates() -> list[tuple[str, int, str]]:
    """(token, count, file) for both candidate files; count = total evidence in the full corpus."""
    out = []
    for name, cols in (("gesetze_dot_abbreviation_candidates.tsv", (1, 2)),
                       ("gesetze_multidot_abbreviation_candidates.tsv", (1,))):
        with open(os.path.join(ABBR_DIR, name), encoding="utf-8", newline="") as f:
            r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(r)
            for row in r:
                if row and row[0].strip():
                    out.append((nfc(row[0].strip()), sum(int(row[c]) for c in cols), name))
    return out


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX",
          10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV"}


def read_laws() -> list[tuple[str, str]]:
    """(jurabk, title) of law_abbreviations.tsv, NFC, whitespace collapsed."""
    rows = []
    with open(os.path.join(ABBR_DIR, "law_abbreviations.tsv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = " ".join(nfc(row["jurabk"]).split())
            title = " ".join(nfc(row["title"]).split())
            if key and title:
                rows.append((key, title))
    return rows


def law_evidence() -> dict[str, int]:
    """Keys that are official law abbreviations: number of jurabk rows naming them.

    "AO 1977" and "WaffG 2002" count for AO and WaffG (first word), "SGB 2" counts for SGB and
    for the usual written form "SGB II".
    """
    ev: dict[str, int] = {}
    for key, _ in read_laws():
        forms = {key, key.split(" ")[0]}
        m = re.fullmatch(r"SGB (\d+)(?: .*)?", key)
        if m and int(m.group(1)) in _ROMAN:
            forms.add("SGB " + _ROMAN[int(m.group(1))])
        for f in forms:
            ev[f] = ev.get(f, 0) + 1
    return ev


def corpus_texts() -> dict[str, str]:
    """Raw German text of the local corpora, by corpus name (for counting only)."""
    texts: dict[str, list[str]] = {"gesetze": [], "sgc": [], "weitere": []}
    for p in sorted(glob.glob(os.path.join(DATA, "gesetze", "*", "*", "index.md"))):
        with open(p, encoding="utf-8") as f:
            texts["gesetze"].append(f.read())
    with open(os.path.join(DATA, "simple-german-corpus", "hand_aligned.tsv"), encoding="utf-8",
              newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts["sgc"].append(row["complex"])
            texts["sgc"].append(row["simple"])
    for p in sorted(glob.glob(os.path.join(DATA, "deplain-web-sent", "*.tsv"))):
        with open(p, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                texts["weitere"].append(row.get("complex") or "")
                texts["weitere"].append(row.get("simple") or "")
    for p in sorted(glob.glob(os.path.join(DATA, "textcomplexityde", "*.tsv"))):
        with open(p, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for k in ("sentence", "complex", "simple", "original", "simplification"):
                    texts["weitere"].append(row.get(k) or "")
    p = os.path.join(DATA, "klexikon", "test_sample.jsonl")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    texts["weitere"].extend(v for v in d.values() if isinstance(v, str))
    texts["weitere"].extend(lexutil.hurraki_sentences())
    for p in sorted(glob.glob(os.path.join(DATA, "ud-german", "*.conllu"))):
        with open(p, encoding="utf-8") as f:
            texts["weitere"].extend(l[9:] for l in f if l.startswith("# text = "))
    return {k: nfc("\n".join(v)) for k, v in texts.items()}


_SP = "[ \u00a0\u202f]?"


def key_pattern(key: str) -> re.Pattern:
    """Spaced or spaceless form of the key; word boundaries checked by count()."""
    body = _SP.join(re.escape(p) for p in key.split(" "))
    tail = "" if key.endswith(".") else r"(?![\w])"
    return re.compile(body + tail)


def count(key: str, text: str) -> int:
    n = 0
    for m in key_pattern(key).finditer(text):
        s = m.start()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "._"):
            continue
        n += 1
    return n


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def check_entries(entries, problems: list[str]) -> None:
    keys = {e[0] for e in entries}
    seen = set()
    for key, exp, eos, art in entries:
        where = f"{key!r}"
        if key != nfc(key) or exp != nfc(exp):
            problems.append(f"{where}: nicht NFC")
        if key in seen:
            problems.append(f"{where}: doppelt")
        seen.add(key)
        if key != key.strip() or "  " in key or not key:
            problems.append(f"{where}: Leerzeichen")
        if re.search(r"\.\w", key) and not re.search(r"\.-", key):
            problems.append(f"{where}: mehrteilig ohne Leerzeichen")
        if eos not in (J, N):
            problems.append(f"{where}: satzende {eos!r}")
        if art not in ARTEN:
            problems.append(f"{where}: art {art!r}")
        if not key.endswith(".") and eos != J:
            problems.append(f"{where}: ohne Punkt, satzende muss ja sein")
        alts = exp.split("|")
        if any(a != a.strip() or not a for a in alts) or len(set(alts)) != len(alts):
            problems.append(f"{where}: Ausschreibung {exp!r}")
        for a in alts:
            if a == key or a.replace("-", "") == key:
                problems.append(f"{where}: Ausschreibung gleich Schlüssel")
            for w in re.split(r"[\s,]+", a):
                if "." in w:
                    problems.append(f"{where}: Ausschreibung enthält Punkt ({w})")
                if w in keys:
                    problems.append(f"{where}: Ausschreibung enthält Abkürzung {w!r}")
                for p in w.split("-"):
                    if p in keys:
                        problems.append(f"{where}: Ausschreibung enthält Abkürzung {p!r}")
                    if is_acronym(p) and p not in AKRONYM_IN_AUSSCHREIBUNG:
                        problems.append(f"{where}: Ausschreibung enthält Akronym {p!r}")
        if any(ch in key + exp for ch in "\t\r\n"):
            problems.append(f"{where}: Steuerzeichen")


# Upper-case words allowed in expansions (none at present; the check keeps expansions plain).
AKRONYM_IN_AUSSCHREIBUNG: set[str] = set()


HEADER_ABK = """# abkuerzungen.tsv — Abkürzungen der Verwaltungs- und Gesetzes-Sprache: Ausschreibung, Satzende, Art
# Quelle: Kandidaten aus shared/data/abbreviations-de (gesetze_dot_abbreviation_candidates.tsv, gesetze_multidot_abbreviation_candidates.tsv; abgeleitet aus github.com/bundestag/gesetze, Commit 77abca2ceea3b7b89ea70afb13b5dd55415eb124), geprüft und ergänzt; Belege je Eintrag (Ausnahmen in den nächsten Zeilen): Zählung im Gesetze-Korpus (shared/data/gesetze, {n_gesetze} Einträge mit Treffer), in simple-german-corpus hand_aligned.tsv ({n_sgc}), in den übrigen Korpora von shared/data ({n_weitere}; nur gezählt, kein Text übernommen), in den Kandidaten-Listen ({n_kand}) oder als amtliche Gesetzes-Abkürzung in law_abbreviations.tsv ({n_jurabk}); Ausschreibungen, Satzende und Art: eigene Auswahl und Ausschreibung{ohne}
# Lizenz: Kandidaten gemeinfrei (amtliche Werke, § 5 UrhG; Unlicense); Ausschreibungen und Auswahl eigene Arbeit des Projekts
# Erzeugt mit: Lexicons/tools/build_abbreviations.py (re-runnable; Entscheidungen in der Tabelle im Skript)
# Spalten:
#   abkuerzung – die Abkürzung mit Punkten, mehrteilig in der Schreibung mit Leerzeichen (z. B.); die Form ohne Leerzeichen (z.B.) erkennt der Segmentierer selbst
#   ausgeschrieben – Ausschreibung in einfachem Deutsch, Alternativen mit | getrennt, die erste ist Standard; zusammengesetzte Nomen mit Bindestrich
#   satzende – ja: ein Punkt nach der Abkürzung ist oft zugleich das Satzende (usw., etc., ff.; Abkürzungen ohne Punkt immer ja); nein: der Satz geht danach normalerweise weiter
#   art – allgemein, recht, titel, zeit, einheit, ort, organisation oder sonstiges"""

HEADER_GES = """# gesetze.tsv — amtliche Kurztitel und Abkürzungen der Bundesgesetze (jurabk) mit vollem Titel
# Quelle: shared/data/abbreviations-de/law_abbreviations.tsv (aus github.com/bundestag/gesetze, Commit 77abca2ceea3b7b89ea70afb13b5dd55415eb124, YAML-Kopf jurabk/title); Leerraum vereinheitlicht, NFC; doppelte Abkürzungen: die erste Zeile in Sortier-Reihenfolge bleibt ({n_dup} entfernt)
# Lizenz: gemeinfrei (amtliche Werke, § 5 UrhG; Repository unter Unlicense)
# Erzeugt mit: Lexicons/tools/build_abbreviations.py (re-runnable)
# Spalten:
#   abkuerzung – amtliche Abkürzung (jurabk), z. B. BGB, SGB 2, AO 1977
#   titel – amtlicher Titel des Gesetzes oder der Verordnung"""


def build_abk(write: bool, belege: bool) -> int:
    problems: list[str] = []
    entries = [tuple(nfc(c) for c in e) for e in ABK]
    keys = {e[0] for e in entries}
    check_entries(entries, problems)

    # candidate decisions
    cand = read_candidates()
    cand_count: dict[str, int] = {}
    for tok, n, name in cand:
        d = KANDIDATEN.get(tok)
        if d is None:
            problems.append(f"Kandidat ohne Entscheidung: {tok!r} ({name})")
        elif not d.startswith("-"):
            parts = d[1:].split(" + ") if d.startswith("+") else [d]
            for part in parts:
                if part not in keys:
                    problems.append(f"Kandidat {tok!r} verweist auf fehlenden Schlüssel {part!r}")
                cand_count[part] = cand_count.get(part, 0) + n
    cand_tokens = {t for t, _, _ in cand}
    for tok in KANDIDATEN:
        if tok not in cand_tokens:
            problems.append(f"Entscheidung für unbekannten Kandidaten {tok!r}")

    # evidence
    texts = corpus_texts()
    laws = law_evidence()
    stats = {"gesetze": 0, "sgc": 0, "weitere": 0, "kand": 0, "jurabk": 0}
    for key, exp, eos, art in sorted(entries):
        c = {name: count(key, t) for name, t in texts.items()}
        k = cand_count.get(key, 0)
        lw = laws.get(key, 0)
        for name in texts:
            stats[name] += c[name] > 0
        stats["kand"] += k > 0
        stats["jurabk"] += lw > 0
        total = sum(c.values()) + k + lw
        if belege:
            print(f"{key}\tgesetze={c['gesetze']}\tsgc={c['sgc']}\tweitere={c['weitere']}"
                  f"\tkandidaten={k}\tjurabk={lw}")
        if total == 0 and key not in OHNE_KORPUSBELEG:
            problems.append(f"{key!r}: kein Beleg in den Korpora")
    for key in OHNE_KORPUSBELEG:
        if key not in keys:
            problems.append(f"OHNE_KORPUSBELEG: unbekannter Schlüssel {key!r}")

    if problems:
        for p in problems:
            print("FEHLER abkuerzungen:", p, file=sys.stderr)
        return 1
    ohne = ""
    by_reason: dict[str, list[str]] = {}
    for k, v in OHNE_KORPUSBELEG.items():
        by_reason.setdefault(v, []).append(k)
    for reason in sorted(by_reason):
        ohne += f"\n# Ohne sicheren Korpus-Beleg aufgenommen ({reason}): " + ", ".join(sorted(by_reason[reason]))
    header = HEADER_ABK.format(n_gesetze=stats["gesetze"], n_sgc=stats["sgc"],
                               n_weitere=stats["weitere"], n_kand=stats["kand"],
                               n_jurabk=stats["jurabk"], ohne=ohne)
    n_ja = sum(e[2] == J for e in entries)
    print(f"abkuerzungen.tsv: {len(entries)} Einträge (satzende ja: {n_ja}); mit Treffer: "
          f"gesetze {stats['gesetze']}, sgc {stats['sgc']}, weitere {stats['weitere']}, "
          f"Kandidaten {stats['kand']}, jurabk {stats['jurabk']}")
    if write:
        nbytes = lexutil.write_tsv(OUT_ABK, header.split("\n"),
                                   ["abkuerzung", "ausgeschrieben", "satzende", "art"], entries)
        print(f"geschrieben: {OUT_ABK} ({nbytes} Bytes)")
    return 0


def build_gesetze(write: bool) -> int:
    import icu

    coll = icu.Collator.createInstance(icu.Locale("de"))
    rows = read_laws()
    rows.sort(key=lambda kt: (coll.getSortKey(kt[0]), coll.getSortKey(kt[0] + "\t" + kt[1]),
                              kt[0] + "\t" + kt[1]))
    seen, out, dup = set(), [], 0
    for key, title in rows:
        if key in seen:
            dup += 1
            continue
        seen.add(key)
        out.append((key, title))
    print(f"gesetze.tsv: {len(out)} Einträge ({dup} doppelte entfernt)")
    if write:
        header = HEADER_GES.format(n_dup=dup)
        nbytes = lexutil.write_tsv(OUT_GES, header.split("\n"), ["abkuerzung", "titel"], out)
        print(f"geschrieben: {OUT_GES} ({nbytes} Bytes)")
        if nbytes >= 2_000_000:
            print("FEHLER gesetze: Datei größer als 2 MB", file=sys.stderr)
            return 1
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="nur prüfen, nichts schreiben")
    ap.add_argument("--belege", action="store_true", help="Belegzahlen je Eintrag ausgeben")
    a = ap.parse_args()
    rc = build_abk(not a.check, a.belege)
    rc |= build_gesetze(not a.check and rc == 0)
    return rc


if __name__ == "__main__":
    sys.exit(main())
