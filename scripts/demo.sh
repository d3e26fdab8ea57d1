#!/bin/sh
# Runs dyad on the demo article(s) in examples/.
set -e
dyad=${1:-build/dyad}
for f in examples/*.txt; do
    echo "== $f: sentences"
    "$dyad" split "$f"
done
