#!/bin/sh
# Runs dyad on the demo article(s) in examples/: first the sentences, then
# the events coded from them.
set -e
dyad=${1:-build/dyad}
export DYAD_DATA="${DYAD_DATA:-$(pwd)/data}"
for f in examples/*.txt; do
    echo "== $f: sentences (dyad split)"
    "$dyad" split "$f"
    echo
    echo "== $f: events (dyad code --format table)"
    "$dyad" code --format table "$f"
done
