#!/usr/bin/env python3
"""Writes sample-data/: Wikinews articles (CC BY 2.5) in every format Byline reads.

Reads the Wikinews CSVs (url, date, title, text), picks the articles richest in quotations,
people and organisations, and writes them as .txt, .md, .json (one array file and single-object
files) and .jsonl, plus sample-data/ATTRIBUTION.md listing each article with its URL and licence.
The seed article already in sample-data/ is left alone. The output depends only on the input:
running the script twice gives the same files.

Usage: Scripts/make-sample-data.py [WIKINEWS_DIR] [OUT_DIR]
       (defaults: shared/corpora/wikinews next to the repository or a parent of it, and sample-data)
"""
import csv
import html
import datetime
import json
import os
import re
import sys
import unicodedata
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_wikinews():
    """shared/corpora/wikinews beside the repository or beside one of its parent directories."""
    d = REPO
    while True:
        candidate = os.path.join(os.path.dirname(d), "shared", "corpora", "wikinews")
        if os.path.isdir(candidate) or os.path.dirname(d) == d:
            return candidate
        d = os.path.dirname(d)

LICENCE = "CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)"

# How many articles go to each format, in this order of the ranked selection.
PLAN = [("txt", 12), ("md", 12), ("json-array", 10), ("json-single", 4), ("jsonl", 10), ("rss", 4), ("html", 2)]
# Articles of a readable length: long enough to have speakers, short enough to read.
MIN_CHARS, MAX_CHARS = 1200, 7000

WEEKDAY_LINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$")
QUOTE = re.compile(r"[\"\u201c\u201d]")
SPEECH = re.compile(r"\b(said|says|told|stated|announced|according to)\b")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def paragraphs(text):
    """The article's paragraphs, each on one line with single spaces."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        p = " ".join(block.split())
        if p:
            out.append(p)
    return out


def score(row):
    """Quotations first, then reported speech, then names: what Byline's analysis shows."""
    text = row["text"]
    return (len(QUOTE.findall(text)) // 2) * 3 + len(SPEECH.findall(text)) * 2 + len(CAPITALISED.findall(text)) // 4


def slug(url):
    name = url.rstrip("/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFKD", urllib.parse.unquote(name)).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")
    return name[:60].rstrip("_")


def date_line(iso):
    """Wikinews' own dateline style: "Friday, January 4, 2019"."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def load(directory):
    rows = []
    for name in sorted(os.listdir(directory)):
        if name.startswith("wikinews_") and name.endswith(".csv"):
            with open(os.path.join(directory, name), encoding="utf-8", newline="") as f:
                rows += list(csv.DictReader(f))
    return rows


def choose(rows, count):
    """The `count` best articles of readable length, ranked by score then URL (deterministic)."""
    seen = set()
    ranked = []
    for row in rows:
        body = [p for p in paragraphs(row["text"]) if not WEEKDAY_LINE.match(p)]
        size = sum(len(p) for p in body)
        if row["url"] in seen or not (MIN_CHARS <= size <= MAX_CHARS) or len(body) < 4:
            continue
        seen.add(row["url"])
        ranked.append((-score(row), row["url"], row, body))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [(row, body) for _, _, row, body in ranked[:count]]


def record(row, body):
    return {
        "title": " ".join(row["title"].split()),
        "date": row["date"],
        "source": "Wikinews",
        "url": row["url"].replace("wikinews.org//wiki/", "wikinews.org/wiki/"),
        "body": "\n\n".join(body),
    }


def yaml_quote(s):
    return json.dumps(s, ensure_ascii=False)


def rfc2822(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%a')}, {d.day:02d} {d.strftime('%b')} {d.year} 00:00:00 +0000"


def rss(group):
    """An RSS 2.0 feed as newsboat or a browser would save it; item bodies are escaped HTML."""
    items = []
    for r in group:
        body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in r["body"].split("\n\n"))
        items.append(
            "    <item>\n"
            f"      <title>{html.escape(r['title'], quote=False)}</title>\n"
            f"      <link>{html.escape(r['url'])}</link>\n"
            f"      <guid>{html.escape(r['url'])}</guid>\n"
            f"      <pubDate>{rfc2822(r['date'])}</pubDate>\n"
            f"      <description>{html.escape(body, quote=False)}</description>\n"
            "    </item>\n")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
            "    <title>Wikinews</title>\n    <link>https://en.wikinews.org/</link>\n"
            f"    <description>Wikinews articles, {html.escape(LICENCE)}</description>\n"
            + "".join(items) + "  </channel>\n</rss>\n")


def web_page(r):
    """A saved web page: metadata in the head, the story in <article>, site furniture around it."""
    e = lambda t: html.escape(t, quote=True)
    paras = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in r["body"].split("\n\n"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(r['title'])} - Wikinews, the free news source</title>
  <meta property="og:title" content="{e(r['title'])}">
  <meta property="og:site_name" content="Wikinews">
  <meta property="article:published_time" content="{r['date']}">
  <link rel="canonical" href="{e(r['url'])}">
  <script>window.analytics = [];</script>
</head>
<body>
  <nav><a href="https://en.wikinews.org/">Main page</a> <a href="https://en.wikinews.org/wiki/Special:Random">Random article</a></nav>
  <main>
    <article>
      <h1>{e(r['title'])}</h1>
{paras}
    </article>
  </main>
  <footer><p>Text is available under the Creative Commons Attribution 2.5 License.</p></footer>
</body>
</html>
"""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else default_wikinews()
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "sample-data")
    total = sum(n for _, n in PLAN)
    chosen = choose(load(source), total)
    if len(chosen) < total:
        sys.exit(f"only {len(chosen)} suitable articles in {source}, need {total}")
    os.makedirs(out, exist_ok=True)
    # Remove what an earlier run wrote, never the seed or anything else.
    for name in os.listdir(out):
        if name.startswith("wikinews"):
            os.remove(os.path.join(out, name))

    listing = []  # (file, title, url, date)
    position = 0
    for fmt, count in PLAN:
        group = [record(row, body) for row, body in chosen[position:position + count]]
        first = position + 1
        position += count
        if fmt == "txt":
            # Plain text as a browser saves it: headline, Wikinews' date line, paragraphs.
            # No metadata: the publication date is read from the date line.
            for k, r in enumerate(group):
                name = f"wikinews_{first + k:02d}_{slug(r['url'])}.txt"
                write(os.path.join(out, name), f"{r['title']}\n\n{date_line(r['date'])}\n\n{r['body']}\n")
                listing.append((name, r))
        elif fmt == "md":
            for k, r in enumerate(group):
                name = f"wikinews_{first + k:02d}_{slug(r['url'])}.md"
                front = (f"---\ntitle: {yaml_quote(r['title'])}\ndate: {r['date']}\nsource: {r['source']}\n"
                         f"url: {r['url']}\nlicense: {yaml_quote(LICENCE)}\n---\n\n")
                write(os.path.join(out, name), front + f"# {r['title']}\n\n{r['body']}\n")
                listing.append((name, r))
        elif fmt == "json-array":
            name = "wikinews_collection.json"
            write(os.path.join(out, name), json.dumps(group, ensure_ascii=False, indent=2) + "\n")
            listing += [(f"{name} item {k}", r) for k, r in enumerate(group)]
        elif fmt == "json-single":
            for k, r in enumerate(group):
                name = f"wikinews_{first + k:02d}_{slug(r['url'])}.json"
                write(os.path.join(out, name), json.dumps(r, ensure_ascii=False, indent=2) + "\n")
                listing.append((name, r))
        elif fmt == "jsonl":
            name = "wikinews_feed.jsonl"
            write(os.path.join(out, name), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in group))
            listing += [(f"{name} line {k + 1}", r) for k, r in enumerate(group)]
        elif fmt == "rss":
            name = "wikinews_feed.rss"
            write(os.path.join(out, name), rss(group))
            listing += [(f"{name} item {k}", r) for k, r in enumerate(group)]
        elif fmt == "html":
            for k, r in enumerate(group):
                name = f"wikinews_{first + k:02d}_{slug(r['url'])}.html"
                write(os.path.join(out, name), web_page(r))
                listing.append((name, r))

    lines = [
        "# Sample data: sources and licences",
        "",
        "`000_6dcc1abd43cc5c53.txt` is a news article from The Straits Times (January 2022), kept as the",
        "project's seed example.",
        "",
        "Every file whose name starts with `wikinews` holds articles from",
        "[Wikinews](https://en.wikinews.org/), licensed under the Creative Commons Attribution 2.5",
        f"licence, {LICENCE}. Credit: Wikinews contributors; each article's page is linked below.",
        "",
        "Changes made: the text was taken from the Wikinews pages as plain paragraphs (whitespace",
        "normalised) and stored in the formats Byline reads. The `.txt` files carry Wikinews' own date",
        "line under the headline and no other metadata; the `.md`, `.json` and `.jsonl` files carry",
        "the title, date, source and URL as metadata instead, as do the RSS feed (`.rss`) and the",
        "saved web pages (`.html`), whose navigation and footer Byline drops. `Scripts/make-sample-data.py` makes",
        "these files from the Wikinews CSV export.",
        "",
        "| file | title | date | URL |",
        "| --- | --- | --- | --- |",
    ]
    for name, r in listing:
        title = r["title"].replace("|", "\\|")
        lines.append(f"| `{name}` | {title} | {r['date']} | <{r['url']}> |")
    write(os.path.join(out, "ATTRIBUTION.md"), "\n".join(lines) + "\n")
    print(f"wrote {len(listing)} articles to {out}")


if __name__ == "__main__":
    main()
