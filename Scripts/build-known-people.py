#!/usr/bin/env python3
"""Writes Sources/BylineNLP/Resources/gazetteer/known-people.txt: full names of people well known
enough that the news often gives only their surname ("Obama" for Barack Obama), one per surname.

Sources (all allow a derived list to ship): CrossNER (MIT; Wikipedia text) person, politician,
writer, scientist and musical-artist spans; wikigold (CC BY 4.0) PER spans.
A name is kept when it has two or more words, is seen at least twice, takes at least four fifths
of the full-name mentions ending in its surname, and that surname is not a common US surname
(1990 census, top 5,000), so "Smith" or "Scott" stays as the article gives it.

Usage: Scripts/build-known-people.py [NER_EXTRA_DIR]
  NER_EXTRA_DIR defaults to ../shared/corpora/ner-extra
"""
import collections
import glob
import os
import sys

PERSON_TAGS = {"person", "politician", "writer", "scientist", "musicalartist", "per"}
MIN_COUNT = 2
SHARE = 0.8
COMMON_SURNAMES = 5000


def spans(path):
    """(words, tag) spans of a two-column BIO/IOB1 file."""
    words, tag = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split()
            label = parts[-1] if len(parts) >= 2 else "O"
            if label == "O" or len(parts) < 2:
                if words:
                    yield words, tag
                words, tag = [], None
                continue
            prefix, _, kind = label.partition("-")
            kind = kind.lower()
            if prefix == "B" or kind != tag:
                if words:
                    yield words, tag
                words, tag = [], kind
            words.append(parts[0])
    if words:
        yield words, tag


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    extra = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpora", "ner-extra")
    files = glob.glob(os.path.join(extra, "crossner", "*", "*.txt")) + [
        os.path.join(extra, "wikigold", "wikigold.conll.txt")
    ]
    counts = collections.Counter()
    for path in files:
        for words, tag in spans(path):
            if tag in PERSON_TAGS and len(words) >= 2 and all(w[:1].isupper() for w in words):
                counts[" ".join(words)] += 1
    common = set()
    with open(os.path.join(extra, "gazetteers", "per_last_names_census1990.tsv"), encoding="utf-8") as f:
        next(f)
        for i, line in enumerate(f):
            if i >= COMMON_SURNAMES:
                break
            common.add(line.split("\t")[0].lower())
    by_surname = collections.defaultdict(collections.Counter)
    for name, n in counts.items():
        by_surname[name.split()[-1].lower()][name] = n
    kept = []
    for surname, names in by_surname.items():
        if surname in common or not surname.isalpha():
            continue
        name, n = names.most_common(1)[0]
        if n >= MIN_COUNT and n >= SHARE * sum(names.values()):
            kept.append(name)
    out = os.path.join(root, "Sources", "BylineNLP", "Resources", "gazetteer", "known-people.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Well-known people, one full name per surname, from CrossNER (MIT) and wikigold\n")
        f.write("# (CC BY 4.0) person spans. Built by Scripts/build-known-people.py; do not edit by hand.\n")
        for name in sorted(kept):
            f.write(name + "\n")
    print(f"known-people.txt: {len(kept)} names")


if __name__ == "__main__":
    main()
