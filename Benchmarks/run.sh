#!/bin/sh
# Builds Byline in release mode and runs the whole benchmark in one go: pipeline throughput, the
# command line end to end on the BBC collection (annotate, list, entities, quotes), spaCy's NER on
# the same files, and at 10,000, 100,000 and 1,000,000 generated articles (kept under
# ${XDG_CACHE_HOME:-~/.cache}/byline-bench for the next run; about 16 GB at a million with
# newsboat's cache) the reader's startup, keystroke latency, peak memory and first screen beside
# newsboat's. Arguments go to byline-bench: --sizes 10000,100000,1000000 --repeats 3
# --shared ../shared --work DIR --no-spacy --no-newsboat --clean (delete each size when done).
set -e
cd "$(dirname "$0")/.."
swift build -c release --product byline
swift build -c release --product byline-bench
exec .build/release/byline-bench "$@"
