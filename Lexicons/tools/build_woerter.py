#!/usr/bin/env python3
"""Validate, normalise and sort Lexicons/woerter.tsv (the hard -> easy word lexicon).

woerter.tsv itself is the curated source: editors change it directly (one entry per line,
any order), then run

    python3 Lexicons/tools/build_woerter.py            # normalise + validate + sort in place
    python3 Lexicons/tools/build_woerter.py --check    # validate only, exit 1 on problems
    python3 Lexicons/tools/build_woerter.py --add new.txt   # merge new rows, then as above

--add accepts files with the same 7 columns, separated by TAB or by `|` (handy for drafting).
The script rewrites the comment header, normalises to NFC, trims spaces inside cells and sorts
by `wort` with ICU's German collation (ties by the whole line).  It refuses to write when a rule
below is broken and lists every problem with its line number.

Rules checked (they mirror the lexicon lint):
  - exactly 7 columns; NFC; no empty `wort`, `wortart`, `erklaerung`, `bereich`
  - no duplicate `wort` (compared case-insensitively)
  - `wortart` in Nomen, Verb, Adjektiv, Adverb, Präposition, Wendung
  - `genus` m/f/n/pl for nouns, empty otherwise; `ersatz_genus` likewise for a noun `ersatz`
  - `ersatz` differs from `wort`, has at most 3 words, no word longer than 14 letters unless
    it is hyphenated
  - `erklaerung` ends with `.`; no abbreviations and no gender characters in `ersatz` or
    `erklaerung`
  - `bereich`: comma-separated tags from the fixed list
"""
import argparse
import os
import re
import sys
import unicodedata

import icu

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "woerter.tsv")

COLUMNS = ["wort", "wortart", "genus", "ersatz", "ersatz_genus", "erklaerung", "bereich"]

HEADER = """# woerter.tsv — schwere Wörter der Verwaltungs-Sprache mit leichtem Ersatz und Erklärung in Leichter Sprache
# Quelle: eigene Arbeit; Auswahl nach Häufigkeit in shared/data/gesetze (638 Bundesgesetze), Corpus/ und der Standard-Seite von simple-german-corpus (Lexicons/tools/rank_hard_words.py); Parallel-Korpora (simple-german-corpus, DEplain-web, TextComplexityDE, Hurraki-Glossar) nur als Beleg gelesen, keine Texte übernommen
# Lizenz: wie das Projekt (eigene Arbeit)
# Erzeugt mit: von Hand gepflegt; geprüft und sortiert mit Lexicons/tools/build_woerter.py
# Spalten:
#   wort – Lemma (Nomen groß, Mehrwort-Ausdrücke erlaubt)
#   wortart – Nomen, Verb, Adjektiv, Adverb, Präposition oder Wendung
#   genus – m, f, n oder pl (nur Plural) bei Nomen, sonst leer
#   ersatz – leichtes Wort mit gleicher Grammatik, das das Wort direkt ersetzen kann; leer, wenn das Wort bleiben muss und erklärt wird
#   ersatz_genus – Genus des Ersatz-Nomens (m, f, n, pl), sonst leer
#   erklaerung – kurze Erklärung in Leichter Sprache (1 bis 2 Sätze)
#   bereich – Themen, mit Komma getrennt: Soziales, Wohnen, Bauen, Steuern und Gebühren, Recht, Gesundheit, Schule und Kita, Digitales, Politik und Verwaltung, Allgemein"""

WORTARTEN = {"Nomen", "Verb", "Adjektiv", "Adverb", "Präposition", "Wendung"}
GENERA = {"m", "f", "n", "pl"}
BEREICHE = ["Soziales", "Wohnen", "Bauen", "Steuern und Gebühren", "Recht", "Gesundheit",
            "Schule und Kita", "Digitales", "Politik und Verwaltung", "Allgemein"]

ABBR = {"z. B.", "z.B.", "bzw.", "ggf.", "d. h.", "d.h.", "usw.", "u. a.", "u.a.", "i. d. R.", "ca.",
        "Nr.", "Abs.", "Art.", "S.", "inkl.", "evtl.", "zzgl.", "lt.", "vgl.", "sog.", "etc.", "bspw.",
        "Tel.", "Str.", "v.", "o.", "u.", "Dr.", "Std.", "Min.", "Mio.", "Mrd.", "max.", "min.", "gem.",
        "i. V.", "Jh.", "z. T.", "o. Ä.", "u. U.", "s. o.", "s. u."}
ACRONYM_OK = {"WC", "LKW", "ICE", "PIN", "TV", "USB", "PC", "SMS", "WLAN", "TÜV", "DNA"}
ABBR_RE = re.compile(r"(?<![\wÄÖÜäöüß])(?:[A-Za-zÄÖÜäöüß]{1,5}\.\s?){1,3}")
ACRONYM_RE = re.compile(r"\b[A-ZÄÖÜ]{2,6}\b")
GENDER_RE = re.compile(r"[A-Za-zäöüß][*_:·/][a-zäöü]|[a-zäöüß]In(?:nen)?\b")
WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


def collator():
    return icu.Collator.createInstance(icu.Locale("de"))


def parse_line(line):
    if "\t" in line:
        cols = line.split("\t")
    else:
        cols = line.split("|")
    cols = [unicodedata.normalize("NFC", re.sub(r"\s+", " ", c).strip()) for c in cols]
    return cols


def read_body(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as fh:
        header_seen = False
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = parse_line(line)
            if not header_seen and cols == COLUMNS:
                header_seen = True
                continue
            header_seen = True
            rows.append((f"{os.path.basename(path)}:{n}", cols, line))
    return rows


def find_abbr(text):
    hits = []
    for a in ABBR:
        if re.search(r"(?<![\wÄÖÜäöüß])" + re.escape(a), text):
            hits.append(a)
    for m in ACRONYM_RE.finditer(text):
        if m.group(0) not in ACRONYM_OK:
            hits.append(m.group(0))
    return hits


def check(rows):
    problems = []
    seen = {}
    for where, cols, raw in rows:
        def bad(msg):
            problems.append(f"{where}: {msg}: {raw[:80]}")
        if raw != unicodedata.normalize("NFC", raw):
            bad("not NFC")
        if len(cols) != len(COLUMNS):
            bad(f"{len(cols)} columns, expected {len(COLUMNS)}")
            continue
        wort, wortart, genus, ersatz, egenus, erkl, bereich = cols
        if not wort or not wortart or not erkl or not bereich:
            bad("empty required cell")
        key = wort.lower()
        if key in seen:
            bad(f"duplicate of {seen[key]}")
        seen[key] = where
        if wortart not in WORTARTEN:
            bad(f"unknown wortart {wortart!r}")
        if wortart == "Nomen":
            if genus not in GENERA:
                bad("noun without valid genus")
            if not wort[0].isupper():
                bad("noun not capitalised")
        elif genus:
            bad("genus on a non-noun")
        if ersatz:
            if ersatz.lower() == wort.lower():
                bad("ersatz equals wort")
            words = ersatz.split(" ")
            if len(words) > 3:
                bad("ersatz longer than 3 words")
            for w in words:
                if "-" not in w and len(re.sub(r"[^A-Za-zÄÖÜäöüß]", "", w)) > 14:
                    bad(f"long unhyphenated word in ersatz: {w}")
            if wortart == "Nomen":
                if egenus not in GENERA:
                    bad("noun ersatz without valid ersatz_genus")
            elif egenus:
                bad("ersatz_genus on a non-noun")
            if find_abbr(ersatz):
                bad(f"abbreviation in ersatz: {find_abbr(ersatz)}")
            if GENDER_RE.search(ersatz):
                bad("gender character in ersatz")
        elif egenus:
            bad("ersatz_genus without ersatz")
        if not erkl.endswith("."):
            bad("erklaerung does not end with '.'")
        if find_abbr(erkl):
            bad(f"abbreviation in erklaerung: {find_abbr(erkl)}")
        if GENDER_RE.search(erkl):
            bad("gender character in erklaerung")
        if "  " in erkl or erkl != erkl.strip():
            bad("extra spaces")
        for tag in bereich.split(","):
            if tag not in BEREICHE:
                bad(f"unknown bereich {tag!r}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate only")
    ap.add_argument("--add", nargs="*", default=[], help="files with new rows to merge")
    ap.add_argument("--path", default=PATH)
    args = ap.parse_args()

    rows = read_body(args.path)
    for f in args.add:
        rows += read_body(f)
    problems = check(rows)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    if args.check:
        # also check order and header of the file on disk
        coll = collator()
        keys = [cols for _, cols, _ in rows]
        want = sorted(keys, key=lambda c: (coll.getSortKey(c[0]), coll.getSortKey("\t".join(c))))
        if keys != want:
            print("woerter.tsv is not sorted; run build_woerter.py", file=sys.stderr)
            sys.exit(1)
        print(f"ok: {len(rows)} entries")
        return
    coll = collator()
    out_rows = sorted((cols for _, cols, _ in rows),
                      key=lambda c: (coll.getSortKey(c[0]), coll.getSortKey("\t".join(c))))
    with open(args.path, "w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for c in out_rows:
            fh.write("\t".join(c) + "\n")
    counts = {b: 0 for b in BEREICHE}
    for c in out_rows:
        for t in c[6].split(","):
            counts[t] += 1
    print(f"wrote {len(out_rows)} entries to {args.path}")
    print("  " + ", ".join(f"{b}: {n}" for b, n in counts.items()))


if __name__ == "__main__":
    main()
