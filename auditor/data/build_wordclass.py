"""Build ``wordclass.txt`` (word classes of English words) from lemminflect's inflection table.

    pip install lemminflect && python auditor/data/build_wordclass.py

Not imported at run time: auditor reads the generated file (see ``auditor/wordclass.py``), so checks need
neither lemminflect nor numpy and the table loads in a few milliseconds. lemminflect is MIT-licensed
(https://github.com/bjascob/LemmInflect); its table comes from the NIH SPECIALIST Lexicon.

Each line is ``word<TAB>flags``, sorted by word; the flags are:
  N singular noun, P plural noun, M noun that can be uncountable (its plural list includes the lemma),
  V verb base form, Z third-person singular, D simple past, E past participle, G -ing form,
  A adjective, C comparative or superlative, R adverb.
"""
from __future__ import annotations

import csv
import gzip
from collections import defaultdict
from pathlib import Path

import lemminflect

SRC = Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz"
# Everyday nouns the (medical) SPECIALIST Lexicon lacks or lists only as adjectives: "is not a desktop" is a
# finished clause, not an adjective waiting for its noun.
ADDITIONS = {"desktop": "N", "desktops": "P", "smartphone": "N", "smartphones": "P", "app": "N", "apps": "P",
             "website": "N", "websites": "P", "blog": "N", "blogs": "P", "podcast": "N", "podcasts": "P"}
OUT = Path(__file__).with_name("wordclass.txt")


def build() -> dict[str, set[str]]:
    flags: dict[str, set[str]] = defaultdict(set)
    with gzip.open(SRC, "rt", encoding="utf-8") as fh:
        for row in csv.reader(fh):
            lemma, cls, forms = row[0], row[1], row[2:]
            if not lemma or not lemma.isalpha() or not lemma.islower():
                continue  # proper nouns, abbreviations, multi-word entries
            if cls == "noun":
                plurals = [p for f in forms for p in f.split("/") if p]
                flags[lemma].add("N")
                if lemma in plurals:
                    flags[lemma].add("M")
                for p in plurals:
                    if p != lemma and p.isalpha():
                        flags[p].add("P")
            elif cls == "verb" and len(forms) >= 4:
                vbd, vbn, vbg, vbz = forms[:4]
                vbn = vbn or vbd
                flags[lemma].add("V")
                for f, tag in ((vbd, "D"), (vbn, "E"), (vbg, "G"), (vbz, "Z")):
                    for x in f.split("/"):
                        if x and x.isalpha():
                            flags[x].add(tag)
            elif cls in ("adj", "adv"):
                flags[lemma].add("A" if cls == "adj" else "R")
                for f in forms:
                    for x in f.split("/"):
                        if x and x.isalpha() and x != lemma:
                            flags[x].add("C" if cls == "adj" else "R")
    for w, f in ADDITIONS.items():
        flags[w].update(f)
    return flags


def main() -> None:
    flags = build()
    lines = [f"{w}\t{''.join(sorted(f))}" for w, f in sorted(flags.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} words")


if __name__ == "__main__":
    main()
