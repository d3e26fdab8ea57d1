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
# Sentences that say what a statement did not mention give no event from
# what was not mentioned: at most a statement (CAMEO 01x) the sentence also
# reports ("..., telling reporters aboard Air Force One, ..."), and never a
# recipient from the unmentioned topic ("the discussion on Syria" does not
# make the reporters Syrian; the reporters, the statement's audience, are no
# recipient either).
neg=$(printf '%s\n' "$out" | awk -F'\t' 'NR > 1 {print $17 " " $12 "\t" $27}' |
      grep -E 'made no reference|did not explain|avoided any reference|There was no reference')
check code_example_no_events_from_negated_statements 0 "$(printf '%s\n' "$neg" | grep -c -v -E '^01[0-9]* ')"
check code_example_negated_statement_no_syria_recipient 0 "$(printf '%s\n' "$neg" | grep -c -E '^[0-9]+ SYR')"
check code_example_telling_reporters_statement yes "$(printf '%s\n' "$neg" | grep -q -E '^010 	Trump made no reference' && echo yes || echo no)"
# dates and places (columns 4 date, 5 date_source, 6 precision, 21-24 place)
dp=$(printf '%s\n' "$out" | awk -F'\t' 'NR > 1 {printf "%s>%s:%s %s/%s/%s @%s,%s,%.2f,%.2f\n", $7, $12, $17, $4, $5, $6, $21, $22, $23, $24}')
hasdp() { printf '%s\n' "$dp" | grep -Eq "$1" && echo yes || echo no; }
check code_example_victory_announced_on_thursday yes "$(hasdp '^SYR[A-Z]*>:010 2017-11-09/clause/day ')"
# the video the Islamic State posted is attribution of the destruction it
# shows (the sentence's event), not a statement event of its own
check code_example_isis_video_is_attribution no "$(hasdp '^IMG[A-Z]*>:010 ')"
check code_example_isis_destruction_on_friday yes "$(hasdp '^IMG[A-Z]*>[A-Z]*:19[0-9] 2017-11-10/clause/day ')"
check code_example_assault_at_bukamal yes "$(hasdp '^SYRMIL>[A-Z]*:19[0-9] .* @Albu Kamal,SYR,34\.4[0-9],40\.9[0-9]$')"
check code_example_isis_destruction_at_bukamal yes "$(hasdp '^IMG[A-Z]*>[A-Z]*:19[0-9] .* @Albu Kamal,SYR,34\.4[0-9],40\.9[0-9]$')"
check code_example_conversation_in_vietnam yes "$(hasdp '^RUSGOV>USAGOV:04[0-9] 2017-11-12/document/day @Vietnam,VNM,')"
check code_example_tillerson_two_weeks_ago yes "$(hasdp '^USA[A-Z]*>:010 2017-10-23/clause/week ')"
# no document date: no event date at all
nd=$("$DYAD" code -q --format tsv "$A" 2>/dev/null | awk -F'\t' 'NR > 1 && ($4 != "" || $5 != "" || $6 != "") {n++} END {print n + 0}')
check code_example_no_document_date_no_event_dates 0 "$nd"
# JSON: date_precision after date_source, location an object
js=$("$DYAD" code -q --date 2017-11-12 --format jsonl "$A" 2>/dev/null | grep '"Vietnam"' | head -1)
check_contains code_example_json_precision '"date_source": "document", "date_precision": "day", "actor"' "$js"
check_contains code_example_json_location '"location": {"text": "Vietnam", "name": "Vietnam", "country_code": "VNM", "lat": 16.1667, "lon": 107.8333, "geonameid": 1562822, "feature": "country", "admin1": null}' "$js"
# "destroying two armored vehicles": never Iraq's (Iraq is named only as a
# place, "on the Iraq border")
check code_example_isis_target_not_iraq no "$(has '^IMG[A-Z]*>IRQ')"
# "a position agreed between Lavrov and Tillerson on Saturday"
check code_example_lavrov_tillerson_agreement_on_saturday yes "$(hasdp '^RUSGOV>USAGOV:030 2017-11-11/clause/day ')"
