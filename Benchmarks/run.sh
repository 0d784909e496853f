#!/bin/sh
# Builds Byline in release mode and runs the benchmark: throughput, startup at 10,000 and
# 100,000 articles (generated once under ${XDG_CACHE_HOME:-~/.cache}/byline-bench), keystroke
# latency, peak memory, and spaCy on the same text. Arguments go to byline-bench
# (--sizes 10000,100000 --shared ../shared --work DIR --no-spacy).
set -e
cd "$(dirname "$0")/.."
swift build -c release --product byline
swift build -c release --product byline-bench
exec .build/release/byline-bench "$@"
