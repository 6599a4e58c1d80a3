#!/usr/bin/env python3
"""Build Lexicons/lemmata.tsv: inflected German word form -> lemma.

Reads
  - the German lemma lookup table `de_lemma_lookup.json.gz` of the PyPI package
    `spacy-lookups-data` (MIT licence, Explosion AI), from the installed package's data folder;
  - the German word list of `wordfreq` (`wordfreq.top_n_list("de", N)`), used only as a filter;
  - the local corpora under /work/shared/data (laws, DEplain open part, Klexikon sample, Hurraki,
    Simple German Corpus simple side, TextComplexityDE Leichte-Sprache rows), used only as
    spelling evidence for the orthography-reform supplement below (counts, no text copied).
Writes
  - Lexicons/lemmata.tsv (columns form, lemma), format per Lexicons/README.md.

How to run (from the repository root):
    pip install spacy-lookups-data==1.0.5 wordfreq==3.1.1 PyICU regex
    python3 Lexicons/tools/build_lemmata.py
The output is deterministic for fixed package versions and data (no randomness; sorted output).

Method
  1. Take every entry of de_lemma_lookup (355,354 entries, case-sensitive keys).
  2. Orthography-reform supplement. The spaCy table is mostly in pre-1996 spelling
     ("mußte" -> "müssen", "Schluß", "Prozeß"; "muss", "musste", "Schluss" are missing).
     For every form or lemma with "ß" we test the reformed spelling (ß -> ss): it is accepted when
     the ss spelling occurs more often than the ß spelling in the local corpora (case-insensitive
     counts) and the ss spelling is not already a different word of the spaCy table ("Masse" vs
     "Maße", "Busse" vs "Buße"). The decision is shared by all ß-strings of the same lemma with
     the same letters before the ß (so "mußtest" follows "mußte", but "weiß" is decided apart
     from "wußte"). Accepted lemmas are replaced by the new spelling ("Schlusses" -> "Schluss"),
     the old lemma becomes a form of the new one ("Schluß" -> "Schluss"), and accepted forms are
     added in new spelling next to the old ones ("musste" -> "müssen"; "mußte" stays).
  3. Keep only entries with form != lemma.
  4. Size filter (target < 4 MB), an entry is kept if
       a. its form (casefolded, wordfreq folds ß to ss) is anywhere in wordfreq's German list
          (N = FORM_TOP_N = 1,000,000, i.e. the whole list of ~634,000 words), or
       b. its lemma is a verb (lower-case, ending in -en/-ern/-eln, or sein/tun) and the lemma is
          among the VERB_LEMMA_TOP_N most frequent wordfreq words (verb forms are preferred: the
          analysis layer needs participles and finite forms like "zurückgesandt"), or
       c. its lemma is among the LEMMA_TOP_N most frequent wordfreq words.

Quality notes (checked when this script was written)
  - Good for verbs: beantragt -> beantragen, gestellt -> stellen, wurde/würden -> werden,
    eingereicht -> einreichen, zurückgesandt -> zurücksenden, Anträge -> Antrag,
    Bescheiden -> Bescheid.
  - Gaps: "habe", "soll", "muss"/"müssen" forms in new spelling (the latter fixed by step 2;
    "habe" and "soll" are simply absent). Inflected participle adjectives map to the participle,
    not to the verb ("geprüften" -> "geprüft", while "geprüft" -> "prüfen"): look up twice.
  - Lower-case keys only for lower-case words; capitalised sentence-initial forms exist only for
    some entries ("Alle" -> "all"). Keys are case-sensitive ("Bescheiden" -> "Bescheid" but no
    entry for the adjective "bescheiden").
"""
from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexutil as L  # noqa: E402

FORM_TOP_N = 1_000_000
VERB_LEMMA_TOP_N = 100_000
LEMMA_TOP_N = 20_000
OUT = os.path.join(L.LEXICONS, "lemmata.tsv")


def is_verb_lemma(lemma: str) -> bool:
    return lemma[:1].islower() and (lemma.endswith(("en", "ern", "eln")) or lemma in ("sein", "tun"))


def corpus_counts() -> Counter:
    c = Counter()
    texts = [L.capitalisation_texts(), L.sgc_simple(), L.tcde_leichte_sprache()]
    for it in texts:
        for t in it:
            for w, _ in L.words_with_context(t):
                c[w.lower()] += 1
    return c


def reform_map(table: dict[str, str], counts: Counter) -> dict[str, str]:
    """{old ß spelling: new ss spelling} for strings of the table, see docstring step 2."""
    vocab = set(table) | set(table.values())
    groups: dict[tuple, list[str]] = defaultdict(list)
    strings = sorted(s for s in vocab if "ß" in s)
    lemma_of = {s: table.get(s, s) for s in strings}
    for s in strings:
        key = (lemma_of[s], s[: s.index("ß")]) if s.count("ß") == 1 else ("\0", s)
        groups[key].append(s)
    out = {}
    for key, members in groups.items():
        pro = con = False
        for s in members:
            v = s.replace("ß", "ss")
            if v in vocab:  # a different word already spelt with ss
                con = True
                continue
            cs, cv = counts[s.lower()], counts[v.lower()]
            if cv > cs:
                pro = True
            elif cs > cv:
                con = True
        if pro and not con:
            for s in members:
                v = s.replace("ß", "ss")
                if v not in vocab:
                    out[s] = v
    return out


def main() -> None:
    import wordfreq

    table = L.spacy_lemma_table()
    n_table = len(table)
    counts = corpus_counts()
    ref = reform_map(table, counts)

    entries: dict[str, str] = {}
    for f, lem in table.items():
        new_lem = ref.get(lem, lem)
        entries[f] = new_lem
    added = 0
    for f, lem in table.items():
        nf = ref.get(f)
        if nf and nf not in table and nf not in entries:
            entries[nf] = ref.get(lem, lem)
            added += 1
    for old, new in ref.items():  # old-spelling lemma -> new lemma
        if old not in table and old not in entries:
            entries[old] = new
            added += 1
    entries = {f: l for f, l in entries.items() if f != l}

    wl = wordfreq.top_n_list("de", max(FORM_TOP_N, VERB_LEMMA_TOP_N, LEMMA_TOP_N))
    forms_ok = set(wl[:FORM_TOP_N])
    verb_ok = set(wl[:VERB_LEMMA_TOP_N])
    lemma_ok = set(wl[:LEMMA_TOP_N])
    rows = []
    why = Counter()
    for f, lem in entries.items():
        if f.casefold() in forms_ok:
            why["a"] += 1
        elif is_verb_lemma(lem) and lem.casefold() in verb_ok:
            why["b"] += 1
        elif lem.casefold() in lemma_ok:
            why["c"] += 1
        else:
            continue
        rows.append((f, lem))

    v_spacy = L.pkg_version("spacy-lookups-data")
    v_wf = L.pkg_version("wordfreq")
    header = [
        "# lemmata.tsv — Wortform -> Grundform (Lemma) für die Analyse (Flexion, Partizipien, finite Verben)",
        f"# Quelle: spaCy-Lookup-Tabelle de_lemma_lookup aus dem PyPI-Paket spacy-lookups-data {v_spacy} "
        f"(Explosion AI; {n_table} Einträge); gefiltert mit wordfreq {v_wf} (Robyn Speer); "
        "ss-Schreibungen nach Rechtschreibreform ergänzt anhand von Zählungen in /work/shared/data "
        "(Gesetze, DEplain offen, Klexikon, Hurraki, Simple German Corpus, TextComplexityDE)",
        "# Lizenz: MIT (spacy-lookups-data, Copyright Explosion AI); wordfreq dient nur als Filter",
        "# Erzeugt mit: Lexicons/tools/build_lemmata.py (re-runnable; pip install spacy-lookups-data=="
        f"{v_spacy} wordfreq=={v_wf} PyICU=={L.pkg_version('PyICU')})",
        "# Filter: nur Form ≠ Lemma; behalten, wenn (a) die Form (casefold) in wordfreq.top_n_list('de', "
        f"{FORM_TOP_N}) steht (= ganze Liste), oder (b) das Lemma ein Verb ist (klein, auf -en/-ern/-eln) "
        f"und in top_n_list('de', {VERB_LEMMA_TOP_N}) steht, oder (c) das Lemma in top_n_list('de', "
        f"{LEMMA_TOP_N}) steht. (a) {why['a']}, (b) {why['b']}, (c) {why['c']} Einträge.",
        f"# Reform-Ergänzung: {len(ref)} ß-Schreibungen als ss-Schreibung belegt (z. B. mußte -> musste, "
        f"Schluß -> Schluss); Lemmata stehen dann in neuer Schreibung, {added} Formen neu. Alte Schreibungen "
        "bleiben als Formen erhalten.",
        "# Hinweis: Schlüssel sind groß-/kleinschreibungsgenau; flektierte Partizipialadjektive zeigen auf das "
        "Partizip (geprüften -> geprüft -> prüfen), daher ggf. zweimal nachschlagen. Es fehlen u. a. habe, soll.",
        "# Spalten:",
        "#   form – flektierte Wortform, wie im Text (groß-/kleinschreibungsgenau)",
        "#   lemma – Grundform (Nomen im Nominativ Singular, Verb im Infinitiv, Adjektiv in der Grundform)",
    ]
    size = L.write_tsv(OUT, header, ["form", "lemma"], rows)
    print(f"wrote {OUT}: {len(rows)} entries, {size} bytes; reasons {dict(why)}; reform {len(ref)}, added {added}")
    print("reform sample:", sorted(ref.items())[:40])


if __name__ == "__main__":
    main()
