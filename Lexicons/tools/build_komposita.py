"""Build Lexicons/komposita.tsv: known compound splits and lexicalised words that stay whole.

Method (re-runnable, deterministic):

1. Known splits (beleg "LS-Trennung"): every word written with a hyphen or Mediopunkt in the
   Leichte-Sprache sides of the local corpora (lexutil.LS_SOURCES: simple-german-corpus simple
   side, Hurraki, TextComplexityDE LS sentences, DEplain-web simple, open licences). Professional
   LS writers mark the parts they consider meaningful. Kept when the first part is capitalised
   (a noun compound), every part has >= 3 letters, is no prefix or particle, and is a word of
   haeufigkeit.tsv seen in running text with Zipf >= 3.0, and the closed form is a word of
   haeufigkeit.tsv (so it occurs in standard German). Several spellings of one word: the most
   frequent wins, ties by fewer parts, then by collation. The parts are stored in Mediopunkt
   style (lower case after the dot).
2. Lexicalised words (beleg "LS-geschlossen"): words that LS texts write closed at least 3 times
   and never with a hyphen, that belong to grundwortschatz.tsv (readers know them as one word),
   have Zipf >= 4.0 (everyday words) and could be split into two frequent words (both parts
   Zipf >= 3.5, seen in running text) - exactly the words a frequency-based splitter would
   wrongly cut (Bahnhof, Kindergarten).
3. Hand-curated entries (beleg "von Hand"): listed in HAND below, each with its reason; the
   script adds the number of occurrences in shared/data/gesetze as corpus evidence.

Usage: python3 Lexicons/tools/build_komposita.py
"""
from __future__ import annotations

import collections
import os
import sys

import regex

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexutil as L  # noqa: E402

OUT = os.path.join(L.LEXICONS, "komposita.tsv")

PREFIXES = {
    "ab", "an", "auf", "aus", "be", "bei", "dar", "durch", "ein", "ent", "emp", "er", "fort", "ge",
    "gegen", "her", "hin", "hinter", "los", "miss", "mit", "nach", "neben", "nieder", "über", "um",
    "un", "unter", "ur", "ver", "vor", "weg", "wider", "wieder", "zer", "zu", "zurück", "zusammen",
    "zwischen",
}

# Hand-curated entries: (word, Mediopunkt split or the word itself, reason).
HAND = [
    ("Amtsgericht", "Amtsgericht",
     "Name einer Gerichtsart (§ 12 Gerichtsverfassungsgesetz: Amtsgerichte, Landgerichte, "
     "Oberlandesgerichte); als Name nicht zerlegen"),
    ("Landgericht", "Landgericht",
     "Name einer Gerichtsart (§ 12 Gerichtsverfassungsgesetz); „Land“ ist hier kein Bundesland"),
    ("Standort", "Standort",
     "lexikalisiert: Bedeutung „Ort eines Betriebs oder einer Einrichtung“, nicht „Stand“ + „Ort“"),
    ("Vollmacht", "Vollmacht",
     "lexikalisiert: Rechtsbegriff (§ 166 Abs. 2 BGB), nicht „voll“ + „Macht“"),
    ("Rechtsbehelf", "Rechtsbehelf",
     "Fachbegriff des Verfahrensrechts (§ 58 VwGO: Rechtsbehelfsbelehrung); „Behelf“ allein ist "
     "kein übliches Wort"),
    ("Unterhalt", "Unterhalt",
     "Rechtsbegriff (§§ 1601 ff. BGB); Präfix-Bildung von „unterhalten“, nicht „unter“ + „Halt“"),
    ("Kindergarten", "Kindergarten",
     "lexikalisiert: Name der Einrichtung (Friedrich Fröbel 1840), in LS-Texten ungetrennt geschrieben; "
     "Teil von Wörtern wie Kindergartenplatz"),
    ("Bahnhof", "Bahnhof",
     "lexikalisiert: Alltagswort des Grundwortschatzes, nicht „Bahn“ + „Hof“ im Sinn von Hof"),
    ("Gutschein", "Gutschein",
     "lexikalisiert: ein Papier mit einem Wert, nicht „gut“ + „Schein“"),
]


def read_table(name):
    cols, rows = L.read_tsv_lexicon(os.path.join(L.LEXICONS, name))
    return cols, rows


def main() -> None:
    _, freq_rows = read_table("haeufigkeit.tsv")
    zipf = {r[0]: float(r[1]) for r in freq_rows}
    observed = {r[0] for r in freq_rows if r[2]}
    _, gw_rows = read_table("grundwortschatz.tsv")
    basic = {r[0].lower() for r in gw_rows}

    hyphenated = collections.Counter()
    closed = collections.Counter()
    mark = regex.compile(r"\p{L}+(?:[-\u00B7]\p{L}+)+")
    plain = regex.compile(r"\p{L}+")
    for name in sorted(L.LS_SOURCES):
        for text in L.LS_SOURCES[name]():
            text = L.nfc(text)
            for m in mark.finditer(text):
                hyphenated[m.group(0)] += 1
            for m in plain.finditer(text):
                s, e = m.span()
                if (s > 0 and text[s - 1] in "-\u00B7") or (e < len(text) and text[e] in "-\u00B7"):
                    continue
                closed[m.group(0)] += 1

    def good_part(p: str, minimum: float) -> bool:
        q = p.lower()
        return len(q) >= 3 and q not in PREFIXES and zipf.get(q, 0) >= minimum and q in observed

    splits = collections.defaultdict(collections.Counter)
    for spelled, n in hyphenated.items():
        parts = regex.split(r"[-\u00B7]", spelled)
        if not parts[0][:1].isupper():
            continue
        if not all(good_part(p, 3.0) for p in parts):
            continue
        word = parts[0] + "".join(p.lower() for p in parts[1:])
        if word.lower() not in zipf:
            continue
        split = "·".join([parts[0]] + [p.lower() for p in parts[1:]])
        splits[word][split] += n

    hyphen_closed = {w.lower() for w in splits}
    for spelled in hyphenated:
        hyphen_closed.add(regex.sub(r"[-\u00B7]", "", spelled).lower())

    rows = {}
    for word in sorted(splits):
        options = sorted(splits[word].items(), key=lambda kv: (-kv[1], kv[0].count("·"), kv[0]))
        split, n = options[0]
        total = sum(splits[word].values())
        rows[word.lower()] = (word, split, f"LS-Trennung: {split.replace('·', '-')} {n}× in LS-Texten"
                              + (f" (alle Schreibungen {total}×)" if total != n else ""))

    for word, n in sorted(closed.items()):
        key = word.lower()
        if not word[:1].isupper() or n < 3 or key in hyphen_closed or key in rows:
            continue
        if key not in basic or zipf.get(key, 0) < 4.0 or len(key) < 6:
            continue
        if not any(good_part(key[:i], 3.5) and good_part(key[i:], 3.5) for i in range(3, len(key) - 2)):
            continue
        rows[key] = (word, word, f"LS-geschlossen: {n}× ungetrennt in LS-Texten, nie getrennt; "
                     f"Grundwortschatz; Zipf {zipf[key]:.2f}")

    law_counts = collections.Counter()
    wanted = {w.lower() for w, _, _ in HAND}
    for block in L._gesetze_blocks():
        for m in plain.finditer(block):
            k = m.group(0).lower()
            if k in wanted:
                law_counts[k] += 1
    for word, split, reason in HAND:
        rows[word.lower()] = (word, split, f"von Hand: {reason}; {law_counts[word.lower()]}× in shared/data/gesetze")

    header = [
        "# komposita.tsv — bekannte Zerlegungen von Komposita und lexikalisierte Wörter, die ganz bleiben",
        "# Quelle: Leichte-Sprache-Seiten der Korpora in shared/data (simple-german-corpus, Hurraki, "
        "TextComplexityDE, DEplain-web offen; nur Zählungen, keine Texte übernommen); haeufigkeit.tsv und "
        "grundwortschatz.tsv als Filter; von Hand gepflegte Einträge mit Begründung",
        "# Lizenz: CC BY-SA 4.0 (abgeleitet aus wordfreq-Daten und Hurraki CC BY-SA); Auswahl eigene Arbeit",
        "# Erzeugt mit: Lexicons/tools/build_komposita.py (re-runnable; Methode im Kopf des Skripts)",
        f"# Umfang: {sum(1 for r in rows.values() if '·' in r[1])} Zerlegungen, "
        f"{sum(1 for r in rows.values() if '·' not in r[1])} ganze Wörter",
        "# Spalten:",
        "#   wort – das Wort, wie man es schreibt (Nomen groß)",
        "#   zerlegung – die Teile mit Mediopunkt (klein nach dem Punkt, Fugen-Element am linken Teil); "
        "gleich dem Wort, wenn es ganz bleibt",
        "#   beleg – woher die Zerlegung kommt (LS-Trennung, LS-geschlossen oder von Hand mit Begründung)",
    ]
    size = L.write_tsv(OUT, header, ["wort", "zerlegung", "beleg"], list(rows.values()))
    print(f"{OUT}: {len(rows)} Einträge, {size} Bytes")


if __name__ == "__main__":
    main()
