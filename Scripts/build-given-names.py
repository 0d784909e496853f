#!/usr/bin/env python3
"""Writes Sources/BylineNLP/Resources/gazetteer/given-names-{male,female}.txt: first names whose
bearers are nearly all of one sex, so "she" can skip "Terence Crutcher" and find "Betty Shelby".

Source: the US Census Bureau's 1990 name frequency lists (public domain), as shipped by the PyPI
package `names` 0.3.0 (dist.male.first, dist.female.first: name, percent of that sex's population).

Usage: Scripts/build-given-names.py [CENSUS_DIR]
  CENSUS_DIR defaults to ../shared/corpora/ner-extra/gazetteers/raw/census_names
"""
import os
import sys

# A name is one sex's when that sex bears it at least this many times as often as the other
# (the two populations are about equal in size, so percentages compare directly).
RATIO = 9.0
# Rarer names than this (percent of their sex) are mostly spellings and words, not names.
FLOOR = 0.002


def read(path):
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].lower()] = float(parts[1])
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    census = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpora", "ner-extra",
                                                                   "gazetteers", "raw", "census_names")
    male = read(os.path.join(census, "dist.male.first"))
    female = read(os.path.join(census, "dist.female.first"))
    out_dir = os.path.join(root, "Sources", "BylineNLP", "Resources", "gazetteer")
    for sex, own, other in (("male", male, female), ("female", female, male)):
        names = sorted(n for n, p in own.items() if p >= FLOOR and p >= RATIO * other.get(n, 0.0))
        with open(os.path.join(out_dir, f"given-names-{sex}.txt"), "w", encoding="utf-8") as f:
            f.write(f"# Given names borne by {sex}s at least {RATIO:g} times as often as by the other sex,\n")
            f.write("# from the US Census Bureau 1990 name lists (public domain). Built by\n")
            f.write("# Scripts/build-given-names.py; do not edit by hand.\n")
            for n in names:
                f.write(n + "\n")
        print(f"given-names-{sex}.txt: {len(names)} names")


if __name__ == "__main__":
    main()
