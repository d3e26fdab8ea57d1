#!/bin/sh
# `dyad code --conllu`: a malformed sentence is reported as file:line and
# skipped; the exit status is 0, or 1 with --strict (interfaces.md), and
# --quiet silences the report, as for every other input.
. tests/e2e/lib.sh
D="--data tests/data/coder"
printf '1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tTurkey\tTurkey\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n1\tbroken\n\n' > "$TMP/b.conllu"
out=$("$DYAD" code $D --format tsv --conllu "$TMP/b.conllu" 2>"$TMP/err" | tail -n 1 | cut -f7,12,17)
check code_conllu_skips_bad_sentence "RUS	TUR	190" "$out"
check_contains code_conllu_reports_line "b.conllu:5:" "$(cat "$TMP/err")"
"$DYAD" code $D --conllu "$TMP/b.conllu" >/dev/null 2>&1
check code_conllu_lenient_exit 0 "$?"
"$DYAD" code $D --strict --conllu "$TMP/b.conllu" >/dev/null 2>&1
check code_conllu_strict_exit 1 "$?"
q=$("$DYAD" code $D --quiet --conllu "$TMP/b.conllu" 2>&1 >/dev/null)
check code_conllu_quiet "" "$q"
"$DYAD" code $D --conllu "$TMP/b.conllu" "$TMP/b.conllu" >/dev/null 2>&1
check code_conllu_with_files_is_usage_error 1 "$?"
