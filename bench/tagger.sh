#!/bin/sh
# Tagger speed: words/s (median of runs on EWT dev) and, with valgrind,
# instructions per word counted inside tagger_tag only.
: "${BUILD:=build}" "${SHARED:=../shared}"
echo "== tagger (tagging + lemmatising, given tokens)"
DEV="$SHARED/data/ud-ewt/en_ewt-ud-dev.conllu"
if [ ! -f "$DEV" ]; then
    echo "  tagger: skipped ($DEV is not present)"
    exit 0
fi
MODEL=data/models/tagger.bin
"$BUILD/bench/bench_tagger" "$MODEL" "$DEV" 7
if command -v valgrind >/dev/null 2>&1; then
    out=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect=tagger_tag \
        "$BUILD/bench/bench_tagger" "$MODEL" "$DEV" 1 400 >/dev/null 2>&1
    words=$("$BUILD/bench/bench_tagger" "$MODEL" "$DEV" 1 400 | sed 's/^ *tagger: \([0-9]*\) words.*/\1/')
    ir=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}')
    rm -f "$out"
    if [ -n "$ir" ] && [ -n "$words" ]; then
        echo "  tagger: $(( ir / words )) instructions/word (callgrind, $words words)"
    fi
else
    echo "  tagger: instructions/word skipped (no valgrind)"
fi
