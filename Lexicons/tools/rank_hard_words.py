#!/usr/bin/env python3
"""Rank "hard" words of administrative German by frequency in real text.

Re-runnable; writes the ranked candidate list that Lexicons/woerter.tsv was curated from.
The list itself is NOT committed (it is derived data); regenerate it with

    python3 Lexicons/tools/rank_hard_words.py --out /tmp/hard_word_candidates.tsv

Sources (all optional except the laws; a missing source is skipped with a note on stderr):
  1. /work/shared/data/gesetze/**/*.md      638 federal laws (public domain)
  2. Corpus/**/*.{md,txt}                     council/letters texts of this repository
  3. /work/shared/data/simple-german-corpus/hand_aligned.tsv, column `complex` (standard side)

Score per lemma = mean over the sources of its frequency per million tokens in that source,
with --smooth (50,000) tokens added to each source total so that a tiny source does not dominate
(the laws count a lemma only if it occurs in at least --min-laws laws, so a word that one
long technical law repeats does not dominate).  Ties are broken by raw count.

"Hard" (column `gruende`, one or more of):
  selten   – wordfreq Zipf (German) of the lemma below --zipf (default 3.5)
  lang     – more than 12 letters
  nominal  – noun of >= 8 letters ending in -ung/-keit/-heit/-ion/-ität/-nis/-schaft
  fremd    – suffix pattern of Latinisms (-ieren/-ation/-ität/-ismus/-iv/-ell on >= 9 letters)
  amtlich  – on the built-in list of officialese forms and function-verb patterns below
Stopwords, numbers, tokens with digits, abbreviations and words shorter than 4 letters are
dropped.  Names cannot be told apart reliably; the curator skips them by hand.

Lemmatisation: Lexicons/lemmata.tsv (form -> lemma) when it exists, otherwise a small
heuristic (plural/case endings on nouns, finite forms and participles on verbs) that folds a
form onto a more frequent form of the same corpus.  Existing entries of Lexicons/woerter.tsv
are marked in column `erfasst` (the lemma or one of its forms, minus an adjective ending, is an
entry) so coverage can be measured (see --report).
"""
import argparse
import collections
import csv
import glob
import math
import os
import re
import sys
import unicodedata

from wordfreq import zipf_frequency

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = "/work/shared/data"

WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")

STOP = set("""
aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beide
beiden bis bisher bzw da dabei dadurch dafür dagegen daher damit danach dann daran darauf daraus darf darin
darüber das dass dem den denen denn der deren des dessen dies diese diesem diesen dieser dieses doch dort durch
ein eine einem einen einer eines einzelnen er es etwa für gegen gemäß hat hatte haben hier ihm ihn ihnen ihr ihre
ihrem ihren ihrer ihres im in ins ist jede jedem jeden jeder jedes jedoch kann können könnte mit muss müssen nach
nicht noch nur ob oder ohne sein seine seinem seinen seiner seines sich sie sind so sofern soll sollen soweit
sowie über um und uns unter vom von vor war waren was weil welche welchem welchen welcher wenn werden wer wie
wird wurde wurden zu zum zur zwischen insbesondere sowohl hiervon hierfür hierzu hierbei
""".split())

# Officialese that is hard even when wordfreq knows it well (function verbs, stiff prepositions).
AMTLICH = set("""
erfolgen vornehmen durchführen gewähren gewährung erteilen erlassen bewilligen beantragen obliegen
unverzüglich umgehend fristgerecht fristgemäß gemäß zwecks bezüglich hinsichtlich seitens mittels
aufgrund infolge anhand vorbehaltlich unbeschadet ungeachtet nebst zuzüglich abzüglich betreffend
erforderlich erforderlichenfalls gegebenenfalls insofern insoweit sofern soweit etwaig etwaige
maßgebend maßgeblich zuständig zuständigkeit obliegenheit mitwirkung mitwirkungspflicht
beifügen übersenden zusenden mitteilen entrichten vorlegen einreichen erheben anordnen
""".split())

NOMINAL_RE = re.compile(r"(ung|keit|heit|ion|ität|nis|schaft)$")
FREMD_RE = re.compile(r"(ieren|ierung|ation|ität|ismus|iv|ell)$")


def norm(s):
    return unicodedata.normalize("NFC", s)


def tokens(text):
    for m in WORD_RE.finditer(norm(text)):
        yield m.group(0)


def read_laws(min_laws):
    counts = collections.Counter()
    docs = collections.Counter()
    files = sorted(glob.glob(os.path.join(SHARED, "gesetze", "**", "*.md"), recursive=True))
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        # drop the YAML front matter
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end > 0:
                text = text[end + 4:]
        c = collections.Counter(tokens(text))
        counts.update(c)
        docs.update(c.keys())
    return counts, docs, len(files)


def read_corpus():
    counts = collections.Counter()
    root = os.path.join(REPO, "Corpus")
    files = []
    for ext in ("md", "txt"):
        files += glob.glob(os.path.join(root, "**", "*." + ext), recursive=True)
    for f in sorted(files):
        with open(f, encoding="utf-8", errors="replace") as fh:
            counts.update(tokens(fh.read()))
    return counts, len(files)


def read_tsv_column(path, column):
    counts = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        rd = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rd:
            counts.update(tokens(row.get(column) or ""))
    return counts


def load_lemmata():
    path = os.path.join(REPO, "Lexicons", "lemmata.tsv")
    m = {}
    if not os.path.exists(path):
        return m
    with open(path, encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            if len(cols) >= 2 and cols[0] and cols[1]:
                m.setdefault(cols[0], cols[1])
    return m


def heuristic_lemma(form, vocab):
    """Fold a surface form onto a more frequent form of the vocabulary (crude, documented)."""
    if form[0].isupper():
        for suf in ("ses", "es", "en", "ern", "er", "n", "s", "e"):
            if form.endswith(suf) and len(form) - len(suf) >= 4:
                stem = form[: -len(suf)]
                if vocab.get(stem, 0) * 5 >= vocab.get(form, 0) and vocab.get(stem, 0) > 1:
                    return stem
        return form
    low = form
    # participle ge...t -> ...en
    cands = []
    for suf in ("test", "tet", "ten", "te", "st", "t", "end", "e"):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            stem = low[: -len(suf)]
            cands.append(stem + "en")
            cands.append(stem + "n")
            if stem.startswith("ge"):
                cands.append(stem[2:] + "en")
            m = re.match(r"^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|dar)ge(.+)$", stem)
            if m:
                cands.append(m.group(1) + m.group(2) + "en")
    # adjective endings
    for suf in ("em", "en", "er", "es", "e"):
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            cands.append(low[: -len(suf)])
    for c in cands:
        if c != low and vocab.get(c, 0) > 1:
            return c
    return form


def is_candidate_token(t):
    if len(t) < 4 or "-" in t and len(t.replace("-", "")) < 4:
        return False
    if t.lower() in STOP:
        return False
    if t.isupper():  # acronyms, abbreviations
        return False
    return True


def hard_reasons(lemma, zipf_limit):
    reasons = []
    low = lemma.lower()
    z = zipf_frequency(low, "de")
    letters = len(lemma.replace("-", ""))
    if z < zipf_limit:
        reasons.append("selten")
    if letters > 12:
        reasons.append("lang")
    if lemma[0].isupper() and letters >= 8 and NOMINAL_RE.search(low):
        reasons.append("nominal")
    if letters >= 9 and FREMD_RE.search(low):
        reasons.append("fremd")
    if low in AMTLICH:
        reasons.append("amtlich")
    return z, reasons


def load_covered():
    path = os.path.join(REPO, "Lexicons", "woerter.tsv")
    cov = set()
    if not os.path.exists(path):
        return cov
    with open(path, encoding="utf-8") as fh:
        seen_header = False
        for line in fh:
            if line.startswith("#"):
                continue
            if not seen_header:
                seen_header = True
                continue
            cov.add(line.split("\t", 1)[0].lower())
    return cov


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/tmp/hard_word_candidates.tsv")
    ap.add_argument("--zipf", type=float, default=3.5)
    ap.add_argument("--min-laws", type=int, default=3)
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--smooth", type=int, default=50000, help="tokens added to each source total")
    ap.add_argument("--report", type=int, default=300, help="print coverage of the top N")
    args = ap.parse_args()

    sources = {}
    laws, law_docs, nlaw = read_laws(args.min_laws)
    laws = collections.Counter({w: c for w, c in laws.items() if law_docs[w] >= args.min_laws})
    sources["gesetze"] = laws
    print(f"gesetze: {nlaw} files, {sum(laws.values())} tokens", file=sys.stderr)
    corp, ncorp = read_corpus()
    if ncorp:
        sources["corpus"] = corp
        print(f"Corpus: {ncorp} files, {sum(corp.values())} tokens", file=sys.stderr)
    else:
        print("Corpus: no files yet, skipped", file=sys.stderr)
    sgc = os.path.join(SHARED, "simple-german-corpus", "hand_aligned.tsv")
    if os.path.exists(sgc):
        sources["sgc_standard"] = read_tsv_column(sgc, "complex")
        print(f"simple-german-corpus (complex): {sum(sources['sgc_standard'].values())} tokens", file=sys.stderr)

    lemmata = load_lemmata()
    print(f"lemmata.tsv: {len(lemmata)} forms" if lemmata else "lemmata.tsv: absent, heuristic lemmas", file=sys.stderr)

    vocab = collections.Counter()
    for c in sources.values():
        vocab.update(c)

    def lookup(form):
        # lemmata.tsv maps inflected participle adjectives onto the participle, so look up twice
        lem = lemmata.get(form)
        if lem is None and form[0].isupper():
            lem = lemmata.get(form.lower())  # sentence-initial capital of a verb or adjective
            if lem is not None and vocab.get(form.lower(), 0) < vocab.get(form, 0):
                lem = None  # more often capitalised: a noun, keep it
        if lem is None:
            return None
        return lemmata.get(lem, lem)

    lemma_of = {}
    for form in vocab:
        lem = lookup(form) if lemmata else None
        lemma_of[form] = lem if lem else heuristic_lemma(form, vocab)

    per_lemma = {name: collections.Counter() for name in sources}
    forms = collections.defaultdict(collections.Counter)
    for name, c in sources.items():
        for form, n in c.items():
            if not is_candidate_token(form):
                continue
            lem = lemma_of[form]
            # sentence-initial capitals: fold onto the lower-case lemma when that is more frequent
            if lem[0].isupper() and vocab.get(lem.lower(), 0) > vocab.get(lem, 0):
                lem = lemma_of.get(lem.lower(), lem.lower())
            elif lem[0].islower() and vocab.get(lem.capitalize(), 0) > vocab.get(lem, 0):
                lem = lemma_of.get(lem.capitalize(), lem.capitalize())
            per_lemma[name][lem] += n
            forms[lem][form] += n
    # smoothed per-million: a small source (a few letters) must not outweigh 3 million law tokens
    totals = {name: sum(c.values()) + args.smooth for name, c in sources.items()}

    covered = load_covered()
    rows = []
    for lem in forms:
        if lem.lower() in STOP or not is_candidate_token(lem):
            continue
        z, reasons = hard_reasons(lem, args.zipf)
        if not reasons:
            continue
        pm = {name: per_lemma[name][lem] * 1e6 / totals[name] for name in sources}
        score = sum(pm.values()) / len(pm)
        raw = sum(per_lemma[name][lem] for name in sources)
        rows.append((score, raw, lem, z, reasons, pm))

    def is_covered(lem):
        keys = {lem.lower()} | {f.lower() for f in forms[lem]}
        low = lem.lower()
        for suf in ("en", "er", "es", "em", "e"):
            if low.endswith(suf):
                keys.add(low[: -len(suf)])
        return bool(keys & covered)
    rows.sort(key=lambda r: (-r[0], -r[1], r[2]))
    rows = rows[: args.limit]

    names = list(sources)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\t".join(["rang", "lemma", "score", "zipf", "gruende", "erfasst"]
                            + [f"pm_{n}" for n in names] + ["formen"]) + "\n")
        for i, (score, raw, lem, z, reasons, pm) in enumerate(rows, 1):
            top_forms = ",".join(f for f, _ in forms[lem].most_common(4))
            out.write("\t".join([str(i), lem, f"{score:.1f}", f"{z:.2f}", ",".join(reasons),
                                 "ja" if is_covered(lem) else ""]
                                + [f"{pm[n]:.1f}" for n in names] + [top_forms]) + "\n")
    print(f"wrote {len(rows)} candidates to {args.out}", file=sys.stderr)
    if args.report and covered:
        top = rows[: args.report]
        hit = sum(1 for r in top if is_covered(r[2]))
        print(f"coverage of top {len(top)}: {hit} ({100.0 * hit / max(1, len(top)):.1f} %)", file=sys.stderr)


if __name__ == "__main__":
    main()
