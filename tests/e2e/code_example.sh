#!/bin/sh
# The example article (../shared/examples/syria-daily-2017-11-12.txt) through
# the whole pipeline with the shipped dictionaries: the events the project
# expects, and none from sentences about what a statement did not say.
# Skips while `dyad code` cannot segment and parse text.
. tests/e2e/lib.sh
A=$SHARED/examples/syria-daily-2017-11-12.txt
if [ ! -f "$A" ]; then skip code_example "../shared is not present"; exit 0; fi
out=$("$DYAD" code -q --date 2017-11-12 --format tsv "$A" 2>"$TMP/err")
if [ $? -ne 0 ] || [ -z "$out" ]; then
    skip code_example "dyad code cannot code text here: $(head -1 "$TMP/err")"
    exit 0
fi
# columns: 4 date, 5 date_source, 6 date_precision, 7 actor code, 12 recipient code,
# 17 cameo, 18 event, 21 location, 22 its country, 23 lat, 24 lon, 27 text, 28 verb
ev=$(printf '%s\n' "$out" | awk -F'\t' 'NR > 1 {print $7 ">" $12 ":" $18}')
has() { printf '%s\n' "$ev" | grep -Eq "$1" && echo yes || echo no; }
check code_example_agree_putin_trump yes "$(has '^RUSGOV>USAGOV:AGREE$')"
check code_example_agree_trump_putin yes "$(has '^USAGOV>RUSGOV:AGREE$')"
check code_example_consult yes "$(has '^(RUSGOV>USAGOV|USAGOV>RUSGOV):CONSULT$')"
check code_example_reject_meeting yes "$(has '^USA[A-Z]*>RUS[A-Z]*:REJECT$')"
check code_example_assault_by_pro_assad yes "$(has '^SYRMIL>[A-Z]*:ASSAULT$')"
check code_example_assault_by_islamic_state yes "$(has '^IMG[A-Z]*>[A-Z]*:ASSAULT$')"
check code_example_retreat yes "$(has '^SYRMIL>[A-Z]*:RETREAT$')"
neg=$(printf '%s\n' "$out" | awk -F'\t' 'NR > 1 {print $27}' |
      grep -c -E 'made no reference|did not explain|avoided any reference|There was no reference')
check code_example_no_events_from_negated_statements 0 "$neg"
