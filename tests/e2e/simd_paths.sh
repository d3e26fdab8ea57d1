# End-to-end: the AVX2 scoring paths of the tagger, parser and name tagger
# (chosen at load when the CPU has AVX2) give byte-identical output to the
# SSE paths (DYAD_NO_AVX2=1): tags, lemmas, trees, names and events.
. tests/e2e/lib.sh

if ! grep -qw avx2 /proc/cpuinfo 2>/dev/null; then
    skip simd_paths "this CPU has no AVX2 (only one path to run)"
elif ! have_shared; then
    skip simd_paths "$SHARED/data is not present"
else
    IN="$SHARED/data/gum/gum-dev.conllu"
    "$DYAD" parse --conllu "$IN" > "$TMP/avx2.conllu" 2>/dev/null
    DYAD_NO_AVX2=1 "$DYAD" parse --conllu "$IN" > "$TMP/sse.conllu" 2>/dev/null
    check simd_parse_nonempty 1 "$([ -s "$TMP/avx2.conllu" ] && echo 1)"
    check simd_parse_identical 0 "$(cmp -s "$TMP/avx2.conllu" "$TMP/sse.conllu"; echo $?)"
    # names and events: GUM's sentences as text (names of every type)
    sed -n "s/^# text = //p" "$IN" > "$TMP/gum.txt"
    "$DYAD" code --format jsonl --date 2017-11-12 "$TMP/gum.txt" > "$TMP/avx2.jsonl" 2>/dev/null
    DYAD_NO_AVX2=1 "$DYAD" code --format jsonl --date 2017-11-12 "$TMP/gum.txt" > "$TMP/sse.jsonl" 2>/dev/null
    check simd_code_nonempty 1 "$([ -s "$TMP/avx2.jsonl" ] && echo 1)"
    check simd_code_identical 0 "$(cmp -s "$TMP/avx2.jsonl" "$TMP/sse.jsonl"; echo $?)"
fi
