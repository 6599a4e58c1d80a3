#!/usr/bin/env python3
"""Build Lexicons/grundwortschatz.tsv: basic vocabulary Leichte-Sprache readers can be assumed to know.

Reads
  - Lexicons/lemmata.tsv and Lexicons/haeufigkeit.tsv (run build_lemmata.py and
    build_haeufigkeit.py first);
  - the spaCy lemma table (spacy-lookups-data) for the name heuristic;
  - wordfreq Zipf frequencies (`wordfreq.zipf_frequency(w, "de")`);
  - Leichte-Sprache / easy-German text under /work/shared/data, used only for statistics
    (which lemmas occur; no text is copied into the lexicon):
      sgc     simple-german-corpus/hand_aligned.tsv, column simple (quoted publisher texts,
              internal evaluation only - a list of which common words occur is a statistic)
      hurraki stage-hurraki/*.csv, column phrase (Hurraki, CC BY-SA 3.0)
      tcde    textcomplexityde/ratings.tsv, rows with empty category (100 LS sentences, MIT)
      deplain deplain-web-sent/test_open.tsv, column simple, licence CC_BY_4 / CC_BY_SA_3 only
              (test_restricted.tsv is NOT used)
Writes
  - Lexicons/grundwortschatz.tsv with columns wort, zipf, quellen.

How to run (from the repository root):
    python3 Lexicons/tools/build_lemmata.py
    python3 Lexicons/tools/build_haeufigkeit.py
    python3 Lexicons/tools/build_grundwortschatz.py [--sample]
(--sample prints 40 random entries and 40 random "too rare" exclusions, seeded, for review.)
Deterministic for fixed package versions and data.

Method
  1. Tokenize the LS texts (lexutil.ls_words: letters only; Leichte-Sprache hyphenation
     "ver-bessern" is re-joined, "Renten-Kasse" gives two words). Skip tokens shorter than 2
     letters, all-caps tokens (abbreviations: EU, AOK) and tokens with inner capitals (YouTube).
  2. Lemmatise with lemmata.tsv. A capitalised token that may stand at sentence start is
     lower-cased when the lower-case form is in lemmata.tsv or haeufigkeit.tsv says the word is
     usually written lower-case (gross = nein).
  3. Keep a lemma seen in LS text when its wordfreq Zipf >= LS_MIN_ZIPF (3.5).
     Add frequency-only words: every haeufigkeit.tsv word with Zipf >= FREQ_MIN_ZIPF (4.5),
     written capitalised when gross = ja, lemmatised the same way, when the lemma has
     Zipf >= LS_MIN_ZIPF (quellen = freq).
  4. Exclude likely names: a capitalised lemma is kept only when (a) it is a noun of the spaCy
     table with at least one inflected form other than a bare genitive -s/-es (Haus -> Häuser,
     Antrag -> Anträge), or (b) it ends in a typical common-noun suffix (-ung, -heit, -keit,
     -schaft, -ion, -tät, -nis, -tum, -ismus, -ment, -chen, -lein, -ei, -ur), or (c) in the
     capitalisation corpora plus the LS texts it occurs >= MIN_OCC (3) times mid-sentence and at
     least ARTICLE_SHARE (25 %) of these occurrences directly follow a determiner ("das Auto",
     "im Büro", also across a number: "am 3. Februar") or a word ending in -e/-en/-em/-er/-es
     ("heißen Tee", "Zweiten Weltkrieg").
     Proper names (Berlin, Anna, Deutschland) rarely follow an article and are dropped, unless
     the LS texts name them at least NAME_MIN_LS (5) times in at least NAME_MIN_SOURCES (2)
     sources and their Zipf is >= NAME_MIN_ZIPF
     (4.0): names LS texts use often (Deutschland, Europa, Berlin) are known to their readers.
     Unknown capitalised tokens are lemmatised via their last part when that part is a known
     noun form (Krankenhäuser -> Krankenhaus via Häuser -> Haus).
     Lower-case lemmas that are not in the spaCy table are kept only when they occur at least
     MIN_LOWER_MID (20) times lower-case mid-sentence in the corpora ("also", "falls", "fort")
     or their German Zipf exceeds their English Zipf by more than 0.5 ("danke"); this drops
     English web words like "by", "www", "game".

  5. spaCy lemmatises some adjectives and pronouns to a bare stem (anderen -> ander, beiden ->
     beid); when the stem is rare and stem + "e" is common, the lemma is written with -e.
  6. Particle verbs: LS texts write separable verbs apart ("bietet ... an"), so "anbieten" is
     never seen whole. A verb lemma of lemmata.tsv = particle (PARTICLES) + a verb already in
     the list, with Zipf >= LS_MIN_ZIPF and without an entry in woerter.tsv, is added
     (quellen = partikel).

Coverage check (share of word tokens of each LS side whose lemma is in the list; measured
in-sample, i.e. on the same texts the list was derived from; result of the last run):
    sgc        7025 /   7678 word tokens = 91.5 %
    hurraki   27238 /  30754 word tokens = 88.6 %
    tcde        820 /    841 word tokens = 97.5 %
    deplain    9692 /  10921 word tokens = 88.7 %
    total     44775 /  50194 word tokens = 89.2 %
"""
from __future__ import annotations

import os
import random
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexutil as L  # noqa: E402

LS_MIN_ZIPF = 3.5
FREQ_MIN_ZIPF = 4.5
OUT = os.path.join(L.LEXICONS, "grundwortschatz.tsv")
SOURCES = ["sgc", "hurraki", "tcde", "deplain"]
MIN_OCC = 3
MIN_LOWER_MID = 20
ARTICLE_SHARE = 0.25
# Names that LS texts use often (Deutschland, Europa, Berlin) are known to LS readers.
NAME_MIN_LS = 5
NAME_MIN_SOURCES = 2
NAME_MIN_ZIPF = 4.0
# Separable particles: LS texts write "bietet ... an", so anbieten is never seen whole.
PARTICLES = ("ab", "an", "auf", "aus", "bei", "durch", "ein", "fest", "fort", "her", "heraus", "herein",
             "hin", "hinaus", "los", "mit", "nach", "vor", "vorbei", "weg", "weiter", "zu", "zurück",
             "zusammen")
DETERMINERS = set("""der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
keiner keines mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine
seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres
euer eure euren eurem eurer eures dieser diese diesen diesem dieses jeder jede jeden jedem jedes alle
allen aller viele vielen wenige wenigen manche manchen welche welchen solche solchen beim im am zum zur
vom ins ans aufs""".split())
ADJ_ENDINGS = ("e", "en", "em", "er", "es")
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "nis", "tum", "ismus", "ment",
                 "chen", "lein", "ei", "ur")


def main() -> None:
    import wordfreq

    _, lrows = L.read_tsv_lexicon(os.path.join(L.LEXICONS, "lemmata.tsv"))
    lemmas = {f: l for f, l in lrows}
    _, hrows = L.read_tsv_lexicon(os.path.join(L.LEXICONS, "haeufigkeit.tsv"))
    gross = {w: g for w, z, g in hrows}
    hzipf = {w: float(z) for w, z, g in hrows}

    table = L.spacy_lemma_table()
    forms_of = defaultdict(set)
    for f, l in table.items():
        forms_of[l].add(f)
    for f, l in lemmas.items():
        forms_of[l].add(f)
    spacy_vocab = set(table) | set(table.values()) | set(lemmas) | set(lemmas.values())

    def compound_lemma(w: str) -> str | None:
        """Krankenhäuser -> Krankenhaus via Häuser -> Haus (longest known last part, >= 4 letters)."""
        for i in range(2, len(w) - 3):
            head, tail = w[:i], w[i:]
            t = tail[0].upper() + tail[1:]
            if t in lemmas and lemmas[t][:1].isupper():
                return head + lemmas[t].lower()
        return None

    def lemmatise(w: str, initial: bool) -> str | None:
        if len(w) < 2 or (w.isupper()) or any(c.isupper() for c in w[1:]):
            return None
        if w in lemmas:
            return lemmas[w]
        if w[0].isupper() and not (initial and w.lower() in lemmas):
            c = compound_lemma(w)
            if c:
                return c
        if w[0].isupper() and initial:
            lw = w.lower()
            if lw in lemmas:
                return lemmas[lw]
            if gross.get(lw) == "nein" or (lw in spacy_vocab and w not in spacy_vocab):
                return lw
        return w

    def zipf(w: str) -> float:
        return wordfreq.zipf_frequency(w, "de")

    def norm_lemma(lem: str | None) -> str | None:
        """spaCy gives bare stems for some adjectives and pronouns (anderen -> ander, beiden ->
        beid); use the citation form with -e (andere, beide) when only that one is common."""
        if lem and lem[0].islower() and zipf(lem) < LS_MIN_ZIPF and zipf(lem + "e") >= LS_MIN_ZIPF:
            return lem + "e"
        return lem

    # article evidence: how often is a capitalised word (by lemma) directly preceded by a
    # determiner or an inflected adjective? Common nouns: often; proper names: rarely.
    det_before, occ, lower_mid = Counter(), Counter(), Counter()
    texts = [L.capitalisation_texts()] + [L.LS_SOURCES[c]() for c in SOURCES]
    for it in texts:
        for text in it:
            prev = None
            for w, mid in L.words_with_context(text):
                if mid and w.islower():
                    lower_mid[w] += 1
                if w[:1].isupper() and not w.isupper() and (mid or prev in DETERMINERS):
                    lem = lemmas.get(w) or compound_lemma(w) or w
                    occ[lem] += 1
                    if prev is not None and (prev in DETERMINERS or prev.endswith(ADJ_ENDINGS)):
                        det_before[lem] += 1
                prev = w
    def name_like(lem: str) -> bool:
        if lem[0].islower():
            if lem in spacy_vocab:
                return False
            # not a German word form known to spaCy: keep only if clearly more German than English
            if lower_mid[lem] >= MIN_LOWER_MID:  # German function words: also, falls, fort
                return False
            return not (wordfreq.zipf_frequency(lem, "en") < zipf(lem) - 0.5)
        if lem.endswith(NOUN_SUFFIXES):
            return False
        other = {f for f in forms_of.get(lem, ()) if f != lem + "s" and f != lem + "es"
                 and f[:1].isupper()}
        if other:
            return False
        n = occ[lem]
        return not (n >= MIN_OCC and det_before[lem] >= ARTICLE_SHARE * n)

    seen: dict[str, set] = defaultdict(set)
    count = Counter()
    tokens: dict[str, list] = {}
    for code in SOURCES:
        toks = []
        for text in L.LS_SOURCES[code]():
            for w, initial in L.ls_words(text):
                lem = norm_lemma(lemmatise(w, initial))
                toks.append(lem)
                if lem:
                    seen[lem].add(code)
                    count[lem] += 1
        tokens[code] = toks

    chosen: dict[str, tuple[float, str]] = {}
    too_rare, names = [], []
    for lem in sorted(seen):
        z = zipf(lem)
        if z < LS_MIN_ZIPF:
            too_rare.append((lem, z, count[lem]))
            continue
        if name_like(lem) and not (count[lem] >= NAME_MIN_LS and len(seen[lem]) >= NAME_MIN_SOURCES
                                   and z >= NAME_MIN_ZIPF):
            names.append(lem)
            continue
        chosen[lem] = (z, ",".join(c for c in SOURCES if c in seen[lem]))
    n_ls = len(chosen)
    freq_names = []
    for w, z, g in hrows:
        if float(z) < FREQ_MIN_ZIPF:
            continue
        form = w[0].upper() + w[1:] if g == "ja" else w
        lem = lemmas.get(form, form)
        if lem in chosen:
            continue
        if zipf(lem) < LS_MIN_ZIPF:
            continue
        if name_like(lem):
            freq_names.append(lem)
            continue
        chosen[lem] = (zipf(lem), "freq")

    n_freq = len(chosen) - n_ls
    # Particle verbs: particle + a verb of the list, the whole verb common (lemma Zipf >= LS_MIN_ZIPF).
    # Verbs with an entry in woerter.tsv (hard words: vorlegen, einreichen) are not added.
    _, wrows = L.read_tsv_lexicon(os.path.join(L.LEXICONS, "woerter.tsv"))
    hard = {r[0] for r in wrows}
    verbs = sorted({l for l in lemmas.values() if l.islower() and l.endswith(("en", "ern", "eln"))} - hard)
    n_before = len(chosen)
    for v in verbs:
        if v in chosen:
            continue
        for p in PARTICLES:
            base = v[len(p):]
            if v.startswith(p) and len(base) >= 4 and base in chosen and zipf(v) >= LS_MIN_ZIPF:
                chosen[v] = (zipf(v), "partikel")
                break
    n_particle = len(chosen) - n_before

    rows = [(w, f"{z:.2f}", q) for w, (z, q) in chosen.items()]
    cov_lines = []
    allt = allc = 0
    for code in SOURCES:
        toks = tokens[code]
        n = len(toks)
        c = sum(1 for t in toks if t and t in chosen)
        allt += n
        allc += c
        cov_lines.append(f"    {code:8s} {c:6d} / {n:6d} word tokens = {100 * c / n:.1f} %")
    cov_lines.append(f"    {'total':8s} {allc:6d} / {allt:6d} word tokens = {100 * allc / allt:.1f} %")

    v_wf = L.pkg_version("wordfreq")
    header = [
        "# grundwortschatz.tsv — Grundwortschatz: Lemmata, die Leserinnen und Leser von Leichter Sprache kennen dürfen",
        "# Quelle: abgeleitet (nur Statistik, kein Text übernommen) aus Leichte-Sprache-/Einfache-Sprache-Texten in "
        "/work/shared/data: sgc = Simple German Corpus hand_aligned (einfache Seite; nur interne Auswertung, hier nur "
        "Vorkommensstatistik), hurraki = Hurraki/StaGE (CC BY-SA 3.0), tcde = TextComplexityDE19 LS-Sätze (MIT), "
        "deplain = DEplain-web-sent test_open einfache Seite (CC BY 4.0 / CC BY-SA 3.0); Frequenzen: wordfreq by "
        f"Robyn Speer, Zipf frequencies (wordfreq {v_wf}); Lemmatisierung mit lemmata.tsv (spacy-lookups-data "
        f"{L.pkg_version('spacy-lookups-data')})",
        "# Lizenz: CC BY-SA 4.0 (wegen wordfreq-Daten und Hurraki CC BY-SA; Namensnennung: wordfreq by Robyn Speer; "
        "Hurraki contributors; spaCy lookups MIT)",
        "# Erzeugt mit: Lexicons/tools/build_grundwortschatz.py (re-runnable; nach build_lemmata.py und build_haeufigkeit.py)",
        f"# Auswahl: Lemma in LS-Text gesehen und Zipf >= {LS_MIN_ZIPF} ({n_ls}), oder Wortform mit Zipf >= "
        f"{FREQ_MIN_ZIPF} in haeufigkeit.tsv, deren Lemma Zipf >= {LS_MIN_ZIPF} hat ({n_freq}, quellen = freq), oder "
        f"Partikelverb (Partikel + Verb der Liste, Lemma Zipf >= {LS_MIN_ZIPF}, nicht in woerter.tsv; LS schreibt 'bietet ... an') "
        f"({n_particle}, quellen = partikel). Lemma-Stämme von spaCy (ander, beid) in der Form mit -e (andere, beide). "
        "Ohne Zahlen, Abkürzungen (Großbuchstaben), Wörter mit Binnenmajuskel. Namen heuristisch entfernt: "
        "großgeschriebenes Lemma nur mit Pluralform (außer Genitiv-s) in der spaCy-Tabelle, Nomen-Suffix oder "
        f">= {int(ARTICLE_SHARE * 100)} % Belegen nach Artikel/flektiertem Wort; Namen, die LS-Texte oft nennen "
        f"(>= {NAME_MIN_LS} Belege in >= {NAME_MIN_SOURCES} Quellen, Zipf >= {NAME_MIN_ZIPF}: Deutschland, Europa), bleiben; kleingeschriebenes Lemma außerhalb "
        "der spaCy-Tabelle nur, wenn im Korpus häufig klein oder deutlich häufiger deutsch als englisch.",
        f"# Abdeckung (Anteil der Wort-Tokens der LS-Texte mit Lemma in der Liste, in-sample): "
        f"{100 * allc / allt:.1f} % gesamt; " + "; ".join(" ".join(l.split()) for l in cov_lines[:-1]),
        "# Spalten:",
        "#   wort – Lemma (Nomen großgeschrieben)",
        "#   zipf – wordfreq-Zipf-Frequenz des Lemmas, 2 Nachkommastellen",
        "#   quellen – LS-Quellen, in denen das Lemma vorkommt (sgc, hurraki, tcde, deplain), oder freq "
        "(nur über die Häufigkeitsschwelle aufgenommen) oder partikel (Partikelverb eines Verbs der Liste)",
    ]
    size = L.write_tsv(OUT, header, ["wort", "zipf", "quellen"], rows)
    print(f"wrote {OUT}: {len(rows)} entries ({n_ls} from LS text, {n_freq} freq only, {n_particle} particle verbs), {size} bytes")
    print(f"excluded: {len(too_rare)} too rare, {len(names)} name-like (LS), {len(freq_names)} name-like (freq)")
    print("coverage:\n" + "\n".join(cov_lines))

    # keep the docstring's coverage block up to date
    me = os.path.abspath(__file__)
    src = open(me, encoding="utf-8").read()
    start = src.index("in-sample, i.e. on the same texts the list was derived from; result of the last run):\n")
    start = src.index("\n", start) + 1
    end = src.index('"""', start)
    new = src[:start] + "\n".join(cov_lines) + "\n" + src[end:]
    if new != src:
        with open(me, "w", encoding="utf-8") as f:
            f.write(new)

    if "--sample" in sys.argv:
        rnd = random.Random(20240601)
        print("40 random entries:")
        for r in rnd.sample(sorted(rows), 40):
            print("  ", "\t".join(r))
        print("40 random 'too rare' exclusions (lemma, zipf, LS count):")
        for r in rnd.sample(too_rare, 40):
            print(f"   {r[0]}\t{r[1]:.2f}\t{r[2]}")
        print("40 random name-like exclusions:", rnd.sample(names, min(40, len(names))))
        print("freq-only name-like exclusions:", freq_names[:60])


if __name__ == "__main__":
    main()
