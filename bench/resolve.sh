#!/bin/sh
# Gazetteer load time and the cost of event date/place resolution.
# Run by bench/run.sh (make bench) with BUILD and SHARED set.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
gaz=data/geo/gazetteer.bin
echo "== resolve (src/resolve): gazetteer load, date + location per event"
if [ ! -f "$gaz" ]; then
    echo "skip: $gaz absent (sh scripts/gazetteer.sh builds it)"
    exit 0
fi
ewt=$SHARED/data/ud-ewt/en_ewt-ud-dev.conllu
[ -f "$ewt" ] || ewt=
"$BUILD/bench/bench_resolve" "$gaz" $ewt
