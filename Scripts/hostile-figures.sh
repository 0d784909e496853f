#!/usr/bin/env bash
# Measures the hostile-input targets with the release binary (build it first:
# `swift build -c release --product byline`):
# - three 256 MB files (all quotation marks; one line of ordinary words; ordinary paragraphs),
#   each beside 100 ordinary articles, indexed with a cold cache by `byline index`: wall time
#   and peak memory (`/usr/bin/time -v`), against the 100 articles alone;
# - opening articles with 100,000 read marks saved (`byline bench-startup --read-marks`).
# The load average is printed beside each figure.
#
#   Scripts/hostile-figures.sh [WORKDIR]   (default /tmp/byline-hostile-figures; ~800 MB of disk)
set -eu  # no pipefail: `yes` ends on SIGPIPE once `head` has its bytes

root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.build/release/byline
work=${1:-/tmp/byline-hostile-figures}
size=$((256 * 1048576))
[ -x "$bin" ] || { echo "hostile-figures.sh: build $bin first" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work/normal"

# 100 ordinary articles: the sample .txt articles, copied under numbered names.
samples=("$root"/sample-data/*.txt)
for i in $(seq 0 99); do cp "${samples[$((i % ${#samples[@]}))]}" "$work/normal/$(printf '%03d' "$i").txt"; done

make_case() {
    mkdir -p "$work/$1"
    cp "$work"/normal/*.txt "$work/$1/"
}
make_case quotes
head -c "$size" /dev/zero | tr '\0' '"' > "$work/quotes/huge.txt"
make_case line
yes 'Mr Blinken said on Thursday that the talks, which "went well", would go on in Seoul.' | tr '\n' ' ' \
    | head -c "$size" > "$work/line/huge.txt"
make_case text
{
    printf 'A very long article\n\n'
    yes 'WASHINGTON (AFP) - Mr Blinken said on Thursday that "the talks went well", officials said.

' | head -c $((size - 21))
} > "$work/text/huge.txt"

measure() {
    local name=$1 dir=$2
    local cache=$work/cache-$name
    rm -rf "$cache"
    local load
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    XDG_CACHE_HOME=$cache /usr/bin/time -v "$bin" index "$dir" --quiet > "$work/$name.out" 2> "$work/$name.time"
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$name.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$name.time")
    printf '%-8s wall %-8s peak %6d MB  load %s  | %s\n' "$name" "$wall" $((rss / 1024)) "$load" "$(cat "$work/$name.out")"
}

measure normal "$work/normal"
for c in quotes line text; do measure "$c" "$work/$c"; done

load=$(cut -d' ' -f1-3 /proc/loadavg)
XDG_CACHE_HOME=$work/cache-normal "$bin" bench-startup "$work/normal" --no-keystrokes --read-marks 100000 \
    > "$work/marks.json"
printf 'read marks 100,000: %s  load %s\n' "$(cat "$work/marks.json")" "$load"
