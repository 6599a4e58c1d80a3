"""Build Lexicons/nomenformen.tsv: case and number forms of the nouns of woerter.tsv.

The hard-word rule replaces a noun only when it knows the case and number of the word in the
text and the matching form of the replacement. This table gives both: for every noun of
woerter.tsv (column `wort`, wortart Nomen) and every replacement noun (column `ersatz`; for a
hyphenated replacement such as `Müll-Abfuhr` its last part `Abfuhr`, which carries the
inflection) the eight forms nominative/genitive/dative/accusative singular and plural.

Source: the PyPI package german-nouns 1.2.5 (Gregor Weichbrodt; nouns.csv compiled from the
German Wiktionary; licence CC BY-SA 4.0). Method (deterministic):

1. Read nouns.csv from the installed package. A row is used when its gender (column `genus`, or
   `genus 1` … `genus 4` for words with several genders) equals the gender in woerter.tsv; the
   forms come from the columns of that gender (`… singular`, or `… singular 1` … for index k).
   Starred columns (`genitiv singular*`) are variants and follow the main form after a `|`.
   Plural-only words (genus `pl`) take a row whose nominative plural is the word.
2. A noun missing from nouns.csv (mostly long compounds such as `Abfallgebührensatzung`) gets the
   forms of its head: the longest final part (at least 3 letters, capitalised) that nouns.csv
   has with the same gender; the modifier is put in front of every form (compounds inflect on
   their head). The column `beleg` then names the head (`Kopf: Satzung`).
3. Words with neither are left out; the rule explains them instead of replacing them.

Usage: pip install german-nouns==1.2.5 --no-deps PyICU==2.17
       python3 Lexicons/tools/build_nomenformen.py
"""
from __future__ import annotations

import csv
import importlib.util
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexutil as L  # noqa: E402

OUT = os.path.join(L.LEXICONS, "nomenformen.tsv")
CASES = ["nominativ", "genitiv", "dativ", "akkusativ"]
CELLS = [(c, n) for n in ("singular", "plural") for c in CASES]
COLUMNS = ["wort", "genus", "nom_sg", "gen_sg", "dat_sg", "akk_sg",
           "nom_pl", "gen_pl", "dat_pl", "akk_pl", "beleg"]


def nouns_csv() -> str:
    spec = importlib.util.find_spec("german_nouns")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("german-nouns is not installed: pip install german-nouns==1.2.5 --no-deps")
    return os.path.join(list(spec.submodule_search_locations)[0], "nouns.csv")


def read_rows() -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    with open(nouns_csv(), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if "Substantiv" not in row["pos"].split(","):
                continue
            rows.setdefault(L.nfc(row["lemma"]), []).append(row)
    return rows


def forms_of(row: dict[str, str], gender: str) -> list[str] | None:
    """The eight cells of `row` for `gender` (None when the row has not that gender)."""
    suffixes = None
    if gender == "pl":
        suffixes = [""]
    elif row["genus"] == gender:
        suffixes = [""]
    else:
        for k in range(1, 5):
            if row.get(f"genus {k}") == gender:
                suffixes = [f" {k}"]
                break
    if suffixes is None:
        return None
    cells = []
    for case, number in CELLS:
        if gender == "pl" and number == "singular":
            cells.append("")
            continue
        values = []
        for key in (f"{case} {number}{suffixes[0]}", f"{case} {number}*"):
            value = L.nfc(row.get(key, "") or "").strip()
            if value and value != "—" and " " not in value and value not in values:
                values.append(value)
        cells.append("|".join(values))
    if not any(cells):
        return None
    return cells


def lookup(rows, word: str, gender: str) -> list[str] | None:
    for row in rows.get(word, []):
        cells = forms_of(row, gender)
        if cells:
            return cells
    return None


def plural_index(rows) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for lemma, entries in rows.items():
        for row in entries:
            nom = L.nfc(row.get("nominativ plural", "") or "")
            if nom and nom not in index:
                cells = forms_of(row, "pl")
                if cells:
                    index[nom] = cells
    return index


def find(rows, plurals, word: str, gender: str) -> tuple[list[str], str] | None:
    cells = lookup(rows, word, gender)
    if cells:
        return cells, "Wiktionary"
    if gender == "pl" and word in plurals:
        return plurals[word], "Wiktionary"
    # Head of a compound: the longest final part with the same gender.
    for start in range(1, len(word) - 2):
        head = word[start].upper() + word[start + 1:]
        cells = lookup(rows, head, gender) or (plurals.get(head) if gender == "pl" else None)
        if cells:
            modifier = word[:start]
            joined = ["|".join(modifier + f[0].lower() + f[1:] for f in cell.split("|"))
                      if cell else "" for cell in cells]
            return joined, f"Kopf: {head}"
    return None


def main() -> None:
    rows = read_rows()
    plurals = plural_index(rows)
    wanted: dict[str, str] = {}
    with open(os.path.join(L.LEXICONS, "woerter.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    header = lines[0].split("\t")
    col = {name: i for i, name in enumerate(header)}
    for line in lines[1:]:
        cells = line.split("\t")
        if cells[col["wortart"]] != "Nomen":
            continue
        wanted.setdefault(cells[col["wort"]], cells[col["genus"]])
        replacement, gender = cells[col["ersatz"]], cells[col["ersatz_genus"]]
        if replacement and gender and " " not in replacement:
            wanted.setdefault(replacement.split("-")[-1], gender)
    out = []
    missing = 0
    derived = 0
    for word, gender in sorted(wanted.items()):
        if gender not in ("m", "f", "n", "pl") or "-" in word or " " in word:
            missing += 1
            continue
        found = find(rows, plurals, word, gender)
        if not found:
            missing += 1
            continue
        cells, evidence = found
        derived += evidence != "Wiktionary"
        out.append((word, gender, *cells, evidence))
    header_lines = [
        "# nomenformen.tsv — Kasus- und Numerus-Formen der Nomen aus woerter.tsv (schwere Wörter und Ersatz-Wörter)",
        "# Quelle: PyPI-Paket german-nouns 1.2.5 (Gregor Weichbrodt), Datei nouns.csv, erstellt aus dem deutschen Wiktionary; "
        "fehlende Komposita über ihr Grundwort (längster End-Teil mit gleichem Genus, siehe Spalte beleg)",
        "# Lizenz: CC BY-SA 4.0 (Wiktionary-Daten über german-nouns)",
        "# Erzeugt mit: Lexicons/tools/build_nomenformen.py (re-runnable; pip install german-nouns==1.2.5 --no-deps PyICU==2.17)",
        f"# Umfang: {len(out)} Nomen, davon {derived} über das Grundwort; {missing} Nomen aus woerter.tsv ohne Formen (werden erklärt, nicht ersetzt)",
        "# Hinweis: mehrere Formen mit | getrennt, die übliche zuerst (Bescheides|Bescheids); Nebenformen wie der Dativ auf -e stehen hinten",
        "# Spalten:",
        "#   wort – Nomen im Nominativ Singular (bei genus pl im Nominativ Plural)",
        "#   genus – m, f, n oder pl (nur Plural)",
        "#   nom_sg – Nominativ Singular; leer bei genus pl",
        "#   gen_sg – Genitiv Singular; leer bei genus pl",
        "#   dat_sg – Dativ Singular; leer bei genus pl",
        "#   akk_sg – Akkusativ Singular; leer bei genus pl",
        "#   nom_pl – Nominativ Plural; leer, wenn es keinen Plural gibt",
        "#   gen_pl – Genitiv Plural; leer, wenn es keinen Plural gibt",
        "#   dat_pl – Dativ Plural; leer, wenn es keinen Plural gibt",
        "#   akk_pl – Akkusativ Plural; leer, wenn es keinen Plural gibt",
        "#   beleg – Wiktionary (Eintrag selbst) oder Kopf: GRUNDWORT (Formen des Grundworts)",
    ]
    L.write_tsv(OUT, header_lines, COLUMNS, out)
    print(f"{len(out)} nouns ({derived} via head), {missing} without forms -> {OUT}")


if __name__ == "__main__":
    main()
