#!/bin/sh
# Rebuilds the entity tagger's weights (Sources/BylineNLP/Resources/entity-model.bin) and the
# word lists derived from CoNLL-2003, from the corpora in ../shared/corpora next to the repository
# (or $BYLINE_CORPORA). Prints the dev-set score after each training pass when eng.testa exists.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpora=${BYLINE_CORPORA:-$root/../shared/corpora}
train="$corpora/conll2003/eng.train"
dev="$corpora/conll2003/eng.testa"
if [ ! -f "$train" ]; then
    echo "build-ner-model: no $train (set BYLINE_CORPORA to the folder holding conll2003/)" >&2
    exit 1
fi
cd "$root"
swift build -c release --product byline-train
resources=Sources/BylineNLP/Resources
set -- --train "$train" --output "$resources/entity-model.bin" --gazetteer-dir "$resources/gazetteer" --epochs 6 --row-bits 17
if [ -f "$dev" ]; then set -- "$@" --dev "$dev"; fi
.build/release/byline-train train "$@"
