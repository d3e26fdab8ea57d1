#!/bin/sh
# Parser speed over EWT dev (median of 7 runs): the parser alone on the
# treebank's tags, then tag + lemmatise + parse; load time and peak RSS.
# With valgrind: instructions per word (callgrind, only the timed loop,
# 3000 words) for both.  BEAM=K / MARGIN=M decode with beam width K /
# margin M instead of the model's own; PARSER_MODEL picks another model.
: "${BUILD:=build}"
: "${SHARED:=../shared}"
MODEL=${PARSER_MODEL:-data/models/parser.bin}
TAGGER=data/models/tagger.bin
IN="$SHARED/data/ud-ewt/en_ewt-ud-dev.conllu"
if [ ! -f "$MODEL" ] || [ ! -f "$TAGGER" ] || [ ! -f "$IN" ]; then
    echo "parser: skipped ($MODEL, $TAGGER or $IN missing)"
    exit 0
fi
B="$BUILD/bench/bench_parser"
BEAMOPT=""
[ -n "$BEAM" ] && BEAMOPT="--beam $BEAM"
[ -n "$MARGIN" ] && BEAMOPT="$BEAMOPT --margin $MARGIN"
"$B" "$MODEL" "$IN" --runs 7 $BEAMOPT
"$B" "$MODEL" "$IN" --runs 7 --tagger "$TAGGER" $BEAMOPT
if ! command -v valgrind >/dev/null 2>&1; then
    echo "parser: valgrind not installed; instructions/word not measured"
    exit 0
fi
for what in parser tagger; do
    out=$(mktemp)
    extra=""
    [ $what = tagger ] && extra="--tagger $TAGGER"
    words=$(valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect=bench_parse_all \
        "$B" "$MODEL" "$IN" --runs 1 --max-words 3000 $extra $BEAMOPT 2>/dev/null |
        sed -n 's/^[a-z+]* (beam [0-9]*, margin [0-9]*): \([0-9]*\) words.*/\1/p')
    ir=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$out" | head -1)
    rm -f "$out"
    label="parser"
    [ $what = tagger ] && label="tag+lemmatise+parse"
    if [ -n "$words" ] && [ -n "$ir" ] && [ "$words" -gt 0 ]; then
        echo "$label: $((ir / words)) instructions/word (callgrind, $words words)"
    fi
done
