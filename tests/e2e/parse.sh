# End-to-end: `dyad parse --conllu` (tagging, lemmas, pass-through, errors).
. tests/e2e/lib.sh

printf '%s\n' \
    '# sent_id = t1' \
    '# text = It'"'"'s over.' \
    '1-2	It'"'"'s	_	_	_	_	_	_	_	_' \
    '1	It	_	_	_	_	_	_	_	_' \
    '2	'"'"'s	_	_	_	_	_	_	_	_' \
    '3	over	_	_	_	_	_	_	_	SpaceAfter=No' \
    '4	.	_	_	_	_	_	_	_	_' \
    '' \
    '1	Broken' \
    '' \
    '1	Forces	_	_	_	_	_	_	_	_' \
    '2	attacked	_	_	_	_	_	_	_	_' \
    '3	villages	_	_	_	_	_	_	_	_' \
    '' > "$TMP/in.conllu"

out=$("$DYAD" parse --conllu "$TMP/in.conllu" 2>"$TMP/err"); rc=$?
check parse_exit_ok 0 "$rc"
check_contains parse_comment_kept '# text = It'"'"'s over.' "$out"
check_contains parse_multiword_kept '1-2	It'"'"'s	_	_	_	_	_	_	_	_' "$out"
check_contains parse_be_lemma '2	'"'"'s	be	AUX	VBZ	_' "$out"
check_contains parse_misc_kept '	SpaceAfter=No' "$out"
check_contains parse_lemma_plural '3	villages	village	NOUN	NNS	_' "$out"
check_contains parse_lemma_capital '1	Forces	force	NOUN	NNS	_' "$out"
check_contains parse_bad_sentence_reported 'in.conllu:9:' "$(cat "$TMP/err")"
check parse_sentence_count 2 "$(printf '%s\n' "$out" | grep -c '^1	')"

"$DYAD" parse --conllu "$TMP/in.conllu" --strict >/dev/null 2>&1; rc=$?
check parse_strict_exit 1 "$rc"
"$DYAD" parse --conllu "$TMP/missing.conllu" >/dev/null 2>"$TMP/err"; rc=$?
check parse_missing_file_exit 1 "$rc"
check_contains parse_missing_file_named 'missing.conllu' "$(cat "$TMP/err")"
"$DYAD" parse --conllu "$TMP/in.conllu" --data "$TMP" >/dev/null 2>"$TMP/err"; rc=$?
check parse_no_models_exit 1 "$rc"
check_contains parse_help 'usage: dyad parse --conllu' "$("$DYAD" parse --help)"

if have_shared; then
    dev="$SHARED/data/ud-ewt/en_ewt-ud-dev.conllu"
    "$DYAD" parse --conllu "$dev" > "$TMP/dev.out" 2>"$TMP/err"; rc=$?
    check parse_ewt_dev_exit 0 "$rc"
    # Same lines in the same order; only predicted columns differ.
    check parse_ewt_dev_lines "$(wc -l < "$dev")" "$(wc -l < "$TMP/dev.out")"
    check parse_ewt_dev_ids "$(cut -f1,2 "$dev" | md5sum)" "$(cut -f1,2 "$TMP/dev.out" | md5sum)"
else
    skip parse_ewt_dev "no ../shared"
fi
