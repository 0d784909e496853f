#!/usr/bin/env python3
"""Writes resolution cases in the shape of PolNeAR's resolution-dev.json for another split (train),
so `byline eval quotes --resolution FILE` checks pronoun and description resolution off dev.

PolNeAR marks who speaks but not whom "he" stands for, so the right name here is approximate:
for a direct quote (its content wholly inside quotation marks) whose source is "he" or "she",
the name is the last earlier source in the article that names a person (its last capitalised
run from a given name on, "Republican nominee Donald Trump" -> "Donald Trump", or a lone
surname), widened to the longest such name among the article's sources ending in the same word
("Trump" -> "Donald Trump"), skipping names whose given name is the other sex's (census lists).
A case is written only when such a source lies within 1,500 characters before. Names in news
mostly continue this way; where they do not, the case is wrong, so read the figure as a check
on drift between versions, not as an accuracy.

Usage: Scripts/build-resolution-cases.py SPLIT_DIR OUT.json
  SPLIT_DIR is a PolNeAR split with text/ and attributions/ (the output stays outside the repository).
"""
import glob
import json
import os
import re
import sys

PRONOUNS = {"he", "she"}
NOT_NAMES = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those"}
TITLES = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "mr", "mrs", "ms", "dr", "president"}
QUOTES = "\"“”‘’'«»"
REACH = 1500


def attributions(path):
    """(source (start, end, text), content (start, end, text)) for each attribution of a .ann file."""
    spans, out = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0].startswith("T") and len(parts) >= 3:
                kind_offsets = parts[1].split(" ")
                offsets = [int(x) for x in re.findall(r"\d+", " ".join(kind_offsets[1:]))]
                spans[parts[0]] = (kind_offsets[0], min(offsets), max(offsets), parts[2])
            elif parts[0].startswith("E"):
                roles = dict(r.split(":") for r in parts[1].split(" ") if ":" in r)
                source = spans.get(roles.get("Source", ""))
                content = spans.get(roles.get("Content", ""))
                if content:
                    out.append((source, content))
    out.sort(key=lambda a: a[1][1])
    return out


GAZETTEER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "BylineNLP", "Resources", "gazetteer")


def given_names():
    """Lowercase given names from the shipped lists."""
    out = set()
    for name in ("first-names.txt", "census-first-names.txt", "given-names-male.txt", "given-names-female.txt"):
        with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
            out |= {line.strip().lower() for line in f if line.strip() and not line.startswith("#")}
    return out


GIVEN = given_names()


def listed(name):
    with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
        return {line.strip().lower() for line in f if line.strip() and not line.startswith("#")}


GENDERED = {"he": listed("given-names-male.txt"), "she": listed("given-names-female.txt")}
OTHER = {"he": "she", "she": "he"}


def person_name(run):
    """From a capitalised run, the name from its first given name on ("DNC Chairwoman Debbie
    Wasserman Schultz" -> "Debbie Wasserman Schultz"); a lone word as it is; None otherwise."""
    for i, w in enumerate(run):
        if w.lower() in GIVEN and i + 1 < len(run):
            return " ".join(run[i:])
    return run[-1] if len(run) == 1 else None


def name_in(source_text):
    """The last run of capitalised words of a source, titles dropped; None when it names no one."""
    # "Sen. Claire McCaskill (D-Mo.)": what brackets hold is no part of the name.
    words = re.sub(r"\([^)]*\)", " ", source_text.replace("\n", " ")).split()
    run = []
    for w in words:
        bare = w.strip(",.;:()").rstrip("’'s") if w.endswith(("’s", "'s")) else w.strip(",;:()")
        if bare[:1].isupper() and bare.lower() not in NOT_NAMES:
            run.append(bare)
        else:
            run = []
    while run and run[0].lower() in TITLES:
        run.pop(0)
    return person_name(run) if run else None


def is_direct(text, start, end):
    """Content wholly inside quotation marks."""
    s = text[start:end].strip()
    return len(s) > 2 and s[0] in QUOTES and s[-1] in QUOTES


def cases_for(text_path, ann_path):
    text = open(text_path, encoding="utf-8").read()
    attrs = attributions(ann_path)
    named = [(s[1], name_in(s[3])) for s, _ in attrs if s]
    named = [(at, n) for at, n in named if n]
    out = []
    for source, content in attrs:
        if not source or not is_direct(text, content[1], content[2]):
            continue
        src = source[3].strip()
        low = src.lower()
        if low not in PRONOUNS:
            continue
        before = [(at, n) for at, n in named if at < source[1] and at > source[1] - REACH]
        if not before:
            continue
        name = None
        for _, candidate in reversed(before):
            last = candidate.split(" ")[-1]
            longer = [n for _, n in named if n.split(" ")[-1] == last and len(n) > len(candidate)]
            full = max(longer, key=len) if longer else candidate
            given = full.split(" ")[0].lower()
            if " " in full and given not in GENDERED[OTHER[low]]:
                name = full
                break
        if name is None:
            continue
        out.append(
            {
                "doc": os.path.basename(text_path),
                "start": content[1],
                "end": content[2],
                "source": src,
                "name": name,
                "evidence": "last named source before",
            }
        )
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    split, out_path = sys.argv[1], sys.argv[2]
    cases = []
    for text_path in sorted(glob.glob(os.path.join(split, "text", "*.txt"))):
        stem = os.path.basename(text_path)[:-4]
        anns = sorted(glob.glob(os.path.join(split, "attributions", stem + "_*.ann")))
        if anns:
            cases += cases_for(text_path, anns[0])
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
    print(f"{len(cases)} cases from {split} -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
