#!/bin/sh
# Retrains every shipped model from ../shared/data (see train/README.md).
set -e
[ -d "$SHARED/data" ] || { echo "models: $SHARED/data is not present; cannot train" >&2; exit 1; }
# The tagger first: the parser is scored (and the name tagger evaluated)
# with the shipped tagger's tags.  Any other train_*.sh afterwards.
for t in train/train_tagger.sh train/train_parser.sh train/train_ner.sh; do
    sh "$t"
done
for t in train/train_*.sh; do
    case "$t" in train/train_tagger.sh|train/train_parser.sh|train/train_ner.sh) continue ;; esac
    [ -f "$t" ] || continue
    sh "$t"
done
