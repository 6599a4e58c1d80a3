"""Shared helpers for the lexicon build scripts in Lexicons/tools/.

Not a script itself. Provides:
- writing a lexicon TSV in the format of Lexicons/README.md (header, column row, NFC,
  ICU German collation on the first column, ties by the whole line, duplicate-key check);
- readers for the local text corpora under /work/shared/data (see the SOURCE.md files there);
- a tokenizer that also tells whether a word can be sentence-initial (for capitalisation counts);
- loading of the spaCy German lemma lookup table (PyPI package spacy-lookups-data).

Everything here is deterministic: files are read in sorted order, no randomness, no clocks.
"""
from __future__ import annotations

import csv
import glob
import gzip
import json
import os
import unicodedata
from importlib import metadata

import regex

DATA = os.environ.get("LEICHTE_DATA", "/work/shared/data")
LEXICONS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "nicht installiert"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- TSV writing

def write_tsv(path: str, header_lines: list[str], columns: list[str], rows: list[tuple]) -> int:
    """Write rows (tuples of str) sorted by ICU German collation of column 1, ties by whole line.

    Returns the number of bytes written. Raises on duplicate keys, tabs/newlines in cells,
    or wrong column counts.
    """
    import icu  # PyICU

    coll = icu.Collator.createInstance(icu.Locale("de"))
    lines = []
    seen = set()
    for r in rows:
        if len(r) != len(columns):
            raise ValueError(f"wrong column count: {r!r}")
        cells = [nfc(str(c)) for c in r]
        for c in cells:
            if any(ch in c for ch in "\t\r\n") or c != c.strip():
                raise ValueError(f"bad cell {c!r} in {r!r}")
        if cells[0] in seen:
            raise ValueError(f"duplicate key {cells[0]!r}")
        seen.add(cells[0])
        lines.append((cells[0], "\t".join(cells)))
    lines.sort(key=lambda kl: (coll.getSortKey(kl[0]), coll.getSortKey(kl[1]), kl[1]))
    out = []
    for h in header_lines:
        h = nfc(h.rstrip())
        out.append(h if h.startswith("#") else "# " + h)
    out.append("\t".join(columns))
    out.extend(l for _, l in lines)
    data = ("\n".join(out) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


# ---------------------------------------------------------------- spaCy lemma table

def spacy_lemma_table() -> dict[str, str]:
    """de_lemma_lookup from the installed spacy-lookups-data package: {form: lemma}."""
    import spacy_lookups_data

    p = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", "de_lemma_lookup.json.gz")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        d = json.load(f)
    return {nfc(k): nfc(v) for k, v in d.items()}


def read_tsv_lexicon(path: str) -> tuple[list[str], list[list[str]]]:
    """Read a lexicon TSV written by write_tsv: returns (columns, rows)."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    i = 0
    while lines[i].startswith("#"):
        i += 1
    cols = lines[i].split("\t")
    return cols, [l.split("\t") for l in lines[i + 1:] if l]


# ---------------------------------------------------------------- corpora

def _gesetze_blocks():
    for p in sorted(glob.glob(os.path.join(DATA, "gesetze", "*", "*", "*.md"))):
        with open(p, encoding="utf-8") as f:
            t = f.read()
        if t.startswith("---"):
            end = t.find("\n---", 3)
            if end > 0:
                t = t[end + 4:]
        # paragraphs are separated by blank lines; lines inside a paragraph are hard-wrapped
        for para in regex.split(r"\n\s*\n", t):
            yield " ".join(l.strip() for l in para.split("\n"))


def _deplain_open(column: str):
    p = os.path.join(DATA, "deplain-web-sent", "test_open.tsv")
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in r:
            if row["license"] in ("CC_BY_4", "CC_BY_SA_3"):
                yield row[column]


def _klexikon(column: str):
    p = os.path.join(DATA, "klexikon", "test_sample.jsonl")
    with open(p, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                for l in json.loads(line)[column].split("\n"):
                    yield l


def hurraki_sentences():
    for p in sorted(glob.glob(os.path.join(DATA, "stage-hurraki", "*.csv"))):
        with open(p, encoding="utf-8", newline="") as f:
            r = csv.reader(f)
            head = [h.strip() for h in next(r)]
            i = head.index("phrase")
            for row in r:
                if len(row) > i:
                    yield row[i].replace("\\newline", " ")


def sgc_simple():
    p = os.path.join(DATA, "simple-german-corpus", "hand_aligned.tsv")
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in r:
            yield row["simple"]


def tcde_leichte_sprache():
    """TextComplexityDE ratings.tsv rows with empty category = the 100 Leichte-Sprache sentences."""
    p = os.path.join(DATA, "textcomplexityde", "ratings.tsv")
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in r:
            if not row["category"].strip():
                yield row["sentence"]


def deplain_simple_open():
    return _deplain_open("simple")


def capitalisation_texts():
    """Texts used to observe capitalisation (haeufigkeit.tsv, column gross)."""
    yield from _gesetze_blocks()
    yield from _deplain_open("complex")
    yield from _deplain_open("simple")
    yield from _klexikon("complex")
    yield from _klexikon("simple")
    yield from hurraki_sentences()


LS_SOURCES = {
    "sgc": sgc_simple,
    "hurraki": hurraki_sentences,
    "tcde": tcde_leichte_sprache,
    "deplain": deplain_simple_open,
}

# ---------------------------------------------------------------- tokenizing

# A word: letters, optionally joined by hyphens / Mediopunkt (Leichte-Sprache compound marks).
_WORD = regex.compile(r"\p{L}+(?:[-\u00B7]\p{L}+)*")


def _prev_nonspace(text: str, s: int) -> str:
    i = s - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def words_with_context(text: str):
    """Yield (word, mid_sentence) for every letter-only token (hyphen parts split).

    mid_sentence is True only when the previous non-space character is a letter or a comma
    and the token directly follows whitespace - i.e. the token cannot be sentence-initial,
    a heading start, a list-item start or the part after a hyphen. Conservative on purpose:
    capitalisation counts use only such tokens.
    """
    text = nfc(text)
    for m in _WORD.finditer(text):
        parts = regex.split(r"[-\u00B7]", m.group(0))
        s = m.start()
        prev = _prev_nonspace(text, s)
        mid = s > 0 and text[s - 1].isspace() and (prev.isalpha() or prev == ",")
        # a token glued to digits or apostrophes is not a clean word
        if m.end() < len(text) and (text[m.end()].isdigit() or text[m.end()] in "'’"):
            continue
        if s > 0 and (text[s - 1].isdigit() or text[s - 1] in "'’"):
            continue
        for j, p in enumerate(parts):
            yield p, (mid if j == 0 else False)


def ls_words(text: str):
    """Word tokens of a Leichte-Sprache text, as (word, sentence_initial_possible).

    Hyphen/Mediopunkt splitting as used in Leichte Sprache: a part after the mark that starts
    lower-case is re-joined ("ver-bessern" -> "verbessern", "Gleich-behandlungs-gesetz" ->
    "Gleichbehandlungsgesetz"); a part that starts upper-case is its own word
    ("Renten-Kasse" -> "Renten", "Kasse").
    """
    text = nfc(text)
    for m in _WORD.finditer(text):
        s = m.start()
        if m.end() < len(text) and (text[m.end()].isdigit() or text[m.end()] in "'’"):
            continue
        if s > 0 and (text[s - 1].isdigit() or text[s - 1] in "'’"):
            continue
        prev = _prev_nonspace(text, s)
        initial = not (prev.isalpha() or prev == ",")
        parts = regex.split(r"[-\u00B7]", m.group(0))
        cur = parts[0]
        out = []
        for p in parts[1:]:
            if p[:1].islower():
                cur += p
            else:
                out.append(cur)
                cur = p
        out.append(cur)
        for j, w in enumerate(out):
            yield w, (initial and j == 0)
