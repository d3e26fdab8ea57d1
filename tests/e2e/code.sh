#!/bin/sh
# `dyad code` end to end on hand-annotated trees (--conllu) with the test
# dictionaries: formats, options, exit statuses, explanations, and the
# compatibility dictionaries (when ../shared is present).
. tests/e2e/lib.sh
D="--data tests/data/coder"
cat > "$TMP/a.conllu" <<'T'
# text = Putin and Trump agreed.
1	Putin	Putin	PROPN	NNP	_	4	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	Trump	Trump	PROPN	NNP	_	1	conj	_	_
4	agreed	agree	VERB	VBD	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Russia did not attack Turkey.
1	Russia	Russia	PROPN	NNP	_	4	nsubj	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	not	not	PART	RB	_	4	advmod	_	_
4	attack	attack	VERB	VB	_	0	root	_	_
5	Turkey	Turkey	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

T
out=$("$DYAD" code $D --conllu "$TMP/a.conllu" 2>&1)
check code_jsonl_two_events 2 "$(printf '%s\n' "$out" | grep -c '"cameo": "030"')"
check_contains code_jsonl_codes '"actor": {"code": "RUSGOV", "country": "RUS", "sector": "GOV", "text": "Putin", "name": "Putin"}, "recipient": {"code": "USAGOV"' "$out"
check_contains code_jsonl_id '{"id": "a:0:0", "doc_id": "a", "sentence": 0' "$out"
tsv=$("$DYAD" code $D --conllu "$TMP/a.conllu" --format tsv)
check code_tsv_rows 3 "$(printf '%s\n' "$tsv" | wc -l | tr -d ' ')"
gd=$("$DYAD" code $D --conllu "$TMP/a.conllu" --format gdelt | head -1 | awk -F'\t' '{print NF ":" $27}')
check code_gdelt_columns "61:030" "$gd"
ex=$("$DYAD" code $D --conllu "$TMP/a.conllu" --explain 2>&1 >/dev/null)
check_contains code_explain_rejection "rejected 190 'attack' (attack): negated (advmod 'not')" "$ex"
"$DYAD" code $D --conllu "$TMP/a.conllu" --format xml >/dev/null 2>&1
check code_bad_format_exit 1 "$?"
err=$("$DYAD" code --data "$TMP/nodata" --conllu "$TMP/a.conllu" 2>&1)
check_contains code_missing_dictionary "dict/countries.txt: missing" "$err"
printf 'RUS name: Russia\nRUS nmae: x\n' > "$TMP/bad.txt"
err=$("$DYAD" code $D --actors "$TMP/bad.txt" --conllu "$TMP/a.conllu" 2>&1)
check_contains code_dictionary_error_names_line "bad.txt:2: unknown kind 'nmae'" "$err"
if have_shared; then
    P=$SHARED/data/compat/petrarch2
    cat > "$TMP/p.conllu" <<'T'
1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
2	restored	restore	VERB	VBD	_	0	root	_	_
3	diplomatic	diplomatic	ADJ	JJ	_	4	amod	_	_
4	ties	tie	NOUN	NNS	_	2	obj	_	_
5	with	with	ADP	IN	_	6	case	_	_
6	Gondor	Gondor	PROPN	NNP	_	4	nmod	_	_

T
    out=$("$DYAD" code -q --conllu "$TMP/p.conllu" --format tsv --dict-format petrarch --actors "$P/PETR.Validate.actors.txt" \
          --agents "$P/PETR.Validate.agents.txt" --verbs "$P/PETR.Validate.verbs.txt" | tail -1 | cut -f7,12,17)
    check code_petrarch_dictionaries "$(printf 'ARN\tGON\t064')" "$out"
else
    skip code_petrarch_dictionaries "../shared is not present"
fi
