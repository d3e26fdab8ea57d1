#!/bin/sh
# Retrains every shipped model from ../shared/data (see train/README.md).
set -e
[ -d "$SHARED/data" ] || { echo "models: $SHARED/data is not present; cannot train" >&2; exit 1; }
for t in train/train_*.sh; do
    [ -f "$t" ] || continue
    sh "$t"
done
