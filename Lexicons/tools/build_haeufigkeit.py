#!/usr/bin/env python3
"""Build Lexicons/haeufigkeit.tsv: German word frequencies (Zipf) with a capitalisation hint.

Reads
  - wordfreq's German word list and Zipf frequencies (`wordfreq.top_n_list("de", ...)`,
    `wordfreq.zipf_frequency(w, "de")`; data CC BY-SA 4.0, "wordfreq by Robyn Speer");
  - the local corpora under /work/shared/data for capitalisation and ß spelling evidence
    (counts only): gesetze/**/*.md, deplain-web-sent/test_open.tsv (both sides, open rows only),
    klexikon/test_sample.jsonl (both sides), stage-hurraki/*.csv (phrase column);
  - the spaCy lemma table (spacy-lookups-data, via build_lemmata.py helpers) as a spelling
    reference for words the corpora do not contain.
Writes
  - Lexicons/haeufigkeit.tsv with columns wort, zipf, gross (format per Lexicons/README.md).

How to run (from the repository root):
    pip install wordfreq==3.1.1 spacy-lookups-data==1.0.5 PyICU regex
    python3 Lexicons/tools/build_haeufigkeit.py
Deterministic for fixed package versions and data.

Method
  1. Words: wordfreq's German list, letters a-z ä ö ü only (wordfreq lower-cases and folds ß to
     ss), length >= 2, Zipf >= MIN_ZIPF (cut at a Zipf value, not at a rank, because wordfreq
     bins frequencies and orders words alphabetically inside a bin; MIN_ZIPF is chosen so that
     the file stays under 4 MB).
  2. ß restoration (wordfreq writes "strasse", "gross", "masse"): for a word with "ss" the
     spellings observed in the corpora that fold to it are used (every spelling with at least
     20 % of the most frequent one, so "masse" and "maße" both appear, each with the shared
     Zipf value); if the corpora never show the word, the spaCy lemma table (old ß spellings
     replaced by reformed ones) decides, preferring the ss spelling when both exist; if neither
     knows it, the longest known word that is a prefix or suffix of it and covers the "ss"
     decides ("strassenbahnhaltestelle" -> "straßenbahnhaltestelle" via "straßen"); otherwise
     ss stays. Old (pre-1996) ß spellings are replaced by reformed ones wherever the lemma
     build accepted the reform (build_lemmata.reform_map), also as the last part of a compound
     ("vertragsschluß" -> "vertragsschluss").
  3. gross: among tokens that cannot be sentence-initial (directly after a letter or comma,
     see lexutil.words_with_context), count capitalised vs lower-case occurrences of the
     spelling; ja = capitalised more often than lower-case (nouns, names), nein = lower-case at
     least as often, empty = not seen mid-sentence in the corpora. All-caps tokens are ignored.
"""
from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict

import regex

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexutil as L  # noqa: E402
import build_lemmata as BL  # noqa: E402

MIN_ZIPF = 1.80
SHARE = 0.2
OUT = os.path.join(L.LEXICONS, "haeufigkeit.tsv")
WORD_RE = regex.compile(r"[a-zäöü]{2,}")


def observe():
    total = Counter()
    cap = Counter()
    low = Counter()
    for t in L.capitalisation_texts():
        for w, mid in L.words_with_context(t):
            lw = w.lower()
            total[lw] += 1
            if mid and not (len(w) > 1 and w.isupper()):
                if w[0].isupper():
                    cap[lw] += 1
                elif w.islower():
                    low[lw] += 1
    return total, cap, low


def ss_positions(folded: str, spelled: str) -> set[int]:
    """Start indices (in folded) of 'ss' that are 'ß' in spelled; spelled folds to folded."""
    pos, i = set(), 0
    for ch in spelled:
        if ch == "ß":
            pos.add(i)
            i += 2
        else:
            i += 1
    return pos


def apply_positions(folded: str, pos: set[int]) -> str:
    out, i = [], 0
    while i < len(folded):
        if i in pos and folded.startswith("ss", i):
            out.append("ß")
            i += 2
        else:
            out.append(folded[i])
            i += 1
    return "".join(out)


def main() -> None:
    import wordfreq

    total, cap, low = observe()
    table = L.spacy_lemma_table()
    counts = BL.corpus_counts()
    ref = BL.reform_map(table, counts)
    ref_low = {k.lower(): v.lower() for k, v in ref.items()}

    def reform(s: str) -> str:
        """Old ß spelling -> reformed spelling, also as last part of a compound (vertragsschluß)."""
        if "ß" not in s:
            return s
        for i in range(0, len(s) - 3):
            if s[i:] in ref_low:
                return s[:i] + ref_low[s[i:]]
        return s

    by_fold: dict[str, Counter] = defaultdict(Counter)
    for s, n in total.items():
        by_fold[s.casefold()][reform(s)] += n
    for s in list(cap):
        r = reform(s)
        if r != s:
            cap[r] += cap[s]
            low[r] += low[s]
    spacy_vocab = set()
    for s in set(table) | set(table.values()):
        spacy_vocab.add(reform(s.lower()))
    spacy_by_fold: dict[str, set] = defaultdict(set)
    for s in spacy_vocab:
        spacy_by_fold[s.casefold()].add(s)

    words = []
    for w in wordfreq.top_n_list("de", 10_000_000):
        if not WORD_RE.fullmatch(w):
            continue
        z = wordfreq.zipf_frequency(w, "de")
        if z < MIN_ZIPF:
            continue
        words.append((w, z))

    def known(w: str) -> list[str] | None:
        c = by_fold.get(w)
        if c:
            top = max(c.values())
            return sorted(s for s, n in c.items() if n >= SHARE * top and s.casefold() == w)
        sp = spacy_by_fold.get(w)
        if sp:
            return [w] if w in sp else sorted(sp)
        return None

    how = Counter()
    rows = []
    for w, z in words:
        spellings = None
        if "ss" in w:
            spellings = known(w)
            if spellings:
                how["belegt"] += 1
            else:
                spellings = [w]
                pos = set()
                for i in [m.start() for m in regex.finditer("ss", w, overlapped=True)]:
                    done = False
                    for j in range(len(w) - 1, i + 1, -1):  # longest prefix covering i..i+1
                        if j >= 4 and j >= i + 2:
                            k = known(w[:j])
                            if k:
                                if i in ss_positions(w[:j], k[0]):
                                    pos.add(i)
                                done = True
                                break
                    if not done:
                        for j in range(0, i + 1):  # longest suffix covering i..i+1
                            if len(w) - j >= 4:
                                k = known(w[j:])
                                if k:
                                    if (i - j) in ss_positions(w[j:], k[0]):
                                        pos.add(i)
                                    break
                if pos:
                    spellings = [reform(apply_positions(w, pos))]
                    how["kompositum"] += 1
                else:
                    how["unverändert"] += 1
        else:
            spellings = [w]
        for s in spellings:
            c, l = cap[s], low[s]
            g = "ja" if c > l else ("nein" if l + c > 0 else "")
            rows.append((s, f"{z:.2f}", g))

    v_wf = L.pkg_version("wordfreq")
    n_ja = sum(1 for r in rows if r[2] == "ja")
    n_nein = sum(1 for r in rows if r[2] == "nein")
    header = [
        "# haeufigkeit.tsv — Wortfrequenzen des Deutschen (Zipf) für Kompositazerlegung und Häufigkeitsklassen",
        f"# Quelle: wordfreq by Robyn Speer, Zipf frequencies (PyPI wordfreq {v_wf}, Liste 'de' large); "
        "Spalte gross aus Zählungen in /work/shared/data (Gesetze bundestag/gesetze 77abca2, DEplain-web-sent "
        "test_open, Klexikon test_sample, Hurraki/StaGE)",
        "# Lizenz: CC BY-SA 4.0 (wordfreq-Daten; Namensnennung: wordfreq by Robyn Speer, Zipf frequencies)",
        f"# Erzeugt mit: Lexicons/tools/build_haeufigkeit.py (re-runnable; wordfreq=={v_wf}, "
        f"spacy-lookups-data=={L.pkg_version('spacy-lookups-data')}, PyICU=={L.pkg_version('PyICU')})",
        f"# Auswahl: nur Buchstaben a-z äöüß, Länge >= 2, Zipf >= {MIN_ZIPF:.2f}; {len(words)} wordfreq-Wörter. "
        "wordfreq schreibt klein und faltet ß zu ss: ß wurde aus Korpusbelegen bzw. der spaCy-Lemmatabelle "
        f"zurückgewonnen (belegt {how['belegt']}, per Kompositumteil {how['kompositum']}, ss belassen "
        f"{how['unverändert']}); bei zwei belegten Schreibungen (masse/maße) stehen beide mit demselben Zipf-Wert.",
        f"# gross: ja = nicht am Satzanfang öfter groß als klein geschrieben ({n_ja}), nein = öfter klein ({n_nein}), "
        "leer = dort nie gesehen",
        "# Spalten:",
        "#   wort – Wort in Kleinschreibung (mit ß)",
        "#   zipf – Zipf-Frequenz (log10 pro Milliarde Wörter), 2 Nachkommastellen",
        "#   gross – ja / nein / leer: wird das Wort im Satzinneren meist großgeschrieben (Nomen, Name)?",
    ]
    size = L.write_tsv(OUT, header, ["wort", "zipf", "gross"], rows)
    print(f"wrote {OUT}: {len(rows)} entries, {size} bytes; {dict(how)}; ja {n_ja} nein {n_nein}")
    if size >= 4_000_000:
        raise SystemExit("file too large: raise MIN_ZIPF")


if __name__ == "__main__":
    main()
