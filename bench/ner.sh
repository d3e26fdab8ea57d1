#!/bin/sh
# Name-tagger speed on GUM dev (words only, no UPOS).
: "${BUILD:=build}"
: "${SHARED:=../shared}"
dev="$SHARED/data/gum/gum-dev.conllu"
if [ ! -f "$dev" ]; then echo "  ner: skipped ($dev is not present)"; exit 0; fi
"$BUILD/bench/bench_ner" data/models/ner.bin "$dev"
