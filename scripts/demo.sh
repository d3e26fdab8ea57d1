#!/bin/sh
# Runs dyad on the demo articles: the project's example article in
# ../shared/examples (read in place, when that folder is there) and dyad's
# own examples/: first the sentences, then the events coded from them.
# A YYYY-MM-DD in a file name is passed as the document date (--date).
set -e
dyad=${1:-build/dyad}
shared=${SHARED:-../shared}
export DYAD_DATA="${DYAD_DATA:-$(pwd)/data}"
files=""
if [ -d "$shared/examples" ]; then
    for f in "$shared"/examples/*.txt; do [ -f "$f" ] && files="$files $f"; done
else
    echo "(demo: $shared/examples is not here; dyad's own example only)"
fi
for f in $files examples/*.txt; do
    date=$(basename "$f" | grep -o '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' | head -1 || true)
    set -- ; [ -n "$date" ] && set -- --date "$date"
    echo "== $f: sentences (dyad split)"
    "$dyad" split "$f"
    echo
    echo "== $f: events (dyad code --format table${date:+ --date $date})"
    "$dyad" code --format table "$@" "$f"
    echo
done
