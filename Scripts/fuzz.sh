#!/usr/bin/env bash
# Runs one Byline fuzz target under libFuzzer for SECONDS seconds.
#
#   Scripts/fuzz.sh TARGET SECONDS [extra libFuzzer options...]
#
# TARGET is one of: txt md json jsonl html feed (the loaders), pipeline (the whole NLP pipeline),
# safetext (the terminal sanitiser), feed-entities (feeds declaring and nesting internal
# entities), quote-runs (runs of quotation marks through the pipeline), or "all" to run each in
# turn for SECONDS. An input that takes longer than 20 s is a finding (-timeout).
# The corpus lives in .build/fuzz/corpus-TARGET, seeded from sample-data on the first run and
# growing across runs; findings are written to .build/fuzz/findings-TARGET/. The script exits 1
# when libFuzzer reports a finding (add -fork=1 -ignore_crashes=1 to keep going and collect
# every distinct finding). To replay one:
#   BYLINE_FUZZ_TARGET=TARGET .build/release/FuzzByline .build/fuzz/findings-TARGET/crash-...
set -euo pipefail

usage() { echo "usage: Scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
targets="txt md json jsonl html feed pipeline safetext feed-entities quote-runs"
if [ "$target" = all ]; then
    status=0
    for t in $targets; do "$0" "$t" "$seconds" "$@" || status=1; done
    exit $status
fi
case " $targets " in *" $target "*) ;; *) echo "fuzz.sh: unknown target '$target' (one of: $targets, all)" >&2; exit 2 ;; esac

swift build -c release --sanitize=fuzzer --product FuzzByline >&2

corpus=.build/fuzz/corpus-$target
findings=.build/fuzz/findings-$target
mkdir -p "$corpus" "$findings"
if [ -z "$(ls -A "$corpus")" ]; then
    case $target in
        txt|md|json|jsonl|html) patterns=("*.$target") ;;
        feed) patterns=("*.rss") ;;
        feed-entities|quote-runs) patterns=() ;;
        *) patterns=("*.txt" "*.md" "*.json" "*.jsonl" "*.rss" "*.html") ;;
    esac
    for p in "${patterns[@]+"${patterns[@]}"}"; do
        find sample-data -name "$p" -exec cp {} "$corpus/" \;
    done
    case $target in
        feed-entities)
            # DOCTYPE internal subset on the first line, the item's content after it.
            printf '%s\n%s' '<!ENTITY a "lol">' '&a;&a; text' > "$corpus/seed-one"
            printf '%s\n%s' '<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;">' '&c;&c;' \
                > "$corpus/seed-nested"
            printf '%s\n%s' '<!ENTITY x SYSTEM "file:///etc/hostname">' '&x;' > "$corpus/seed-external"
            ;;
        quote-runs)
            printf '%s' '"said Jean Lee, "go on," she told. ""' > "$corpus/seed-text"
            head -c 2048 /dev/zero > "$corpus/seed-quotes"
            ;;
    esac
    # Each line of a JSON Lines file is a seed of its own for the line-oriented targets.
    if [ "$target" = jsonl ] || [ "$target" = pipeline ] || [ "$target" = safetext ]; then
        n=0
        for f in sample-data/*.jsonl; do
            while IFS= read -r line; do n=$((n + 1)); printf '%s\n' "$line" > "$corpus/line-$n.jsonl"; done < "$f"
        done
    fi
fi

# libFuzzer, not the Swift backtracer, must catch a trap so that it saves the input.
SWIFT_BACKTRACE=enable=no BYLINE_FUZZ_TARGET=$target .build/release/FuzzByline "$corpus" \
    -max_total_time="$seconds" -artifact_prefix="$findings/" -max_len=65536 -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 "$@"
