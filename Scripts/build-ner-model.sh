#!/bin/sh
# Rebuilds the entity tagger's weights (Sources/BylineNLP/Resources/entity-model.bin), the word
# clusters (word-clusters.bin) and the derived name lists (Resources/gazetteer/) from the corpora
# in ../shared/corpora next to the repository (or $BYLINE_CORPORA): CoNLL-2003 train and the
# ner-extra corpora, gazetteers, word vectors and word frequencies. Fixed seeds and sorted
# outputs: the same corpora give the same bytes. Prints the scores on the evaluation sets.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpora=${BYLINE_CORPORA:-$root/../shared/corpora}
if [ ! -f "$corpora/conll2003/eng.train" ] || [ ! -d "$corpora/ner-extra" ]; then
    echo "build-ner-model: no $corpora/conll2003/eng.train or $corpora/ner-extra (set BYLINE_CORPORA)" >&2
    exit 1
fi
cd "$root"
swift build -c release --product byline-train
.build/release/byline-train train --corpora "$corpora" --resources Sources/BylineNLP/Resources --score "$@"
