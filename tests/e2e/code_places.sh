#!/bin/sh
# Places of events through `dyad code`: the dateline's place when the
# sentence names none; without a gazetteer, null locations and one warning.
. tests/e2e/lib.sh
printf 'BEIRUT, Nov 12, 2017 (Reuters) - Israeli troops attacked Syria, the army said.\n' > "$TMP/dl.txt"
out=$("$DYAD" code -q --format tsv "$TMP/dl.txt" 2>"$TMP/err")
if [ $? -ne 0 ] || [ -z "$out" ]; then
    skip code_places "dyad code cannot code text here: $(head -1 "$TMP/err")"
    exit 0
fi
# columns: 4 date, 7 actor, 17 cameo, 21 location, 22 its country
row=$(printf '%s\n' "$out" | awk -F'\t' '$7 == "ISRMIL" && $17 ~ /^19/ {print $4 "@" $21 "," $22; exit}')
# (a bureau abroad: neither side is Lebanon's and the body never names
# it, so the attack is not placed in Beirut)
check code_places_dateline_abroad "2017-11-12@," "$row"
row=$(printf 'BEIRUT, Nov 12, 2017 (Reuters) - Lebanese troops clashed with gunmen, the army said.\n' |
    "$DYAD" code -q --format tsv - | awk -F'\t' '$7 == "LBNMIL" {print $4 "@" $21 "," $22; exit}')
check code_places_dateline_place "2017-11-12@Beirut,LBN" "$row"
# GeoNames calls Japanese cities "Nara-shi": "Nara" is its own name, not a
# smaller "Narra" in the Philippines
row=$(printf 'A man stabbed a police officer in Nara on Friday, Japanese police said.\n' |
    "$DYAD" code -q --date 2022-07-08 --format tsv | awk -F'\t' 'NR > 1 {print $21 "," $22; exit}')
check code_places_japanese_city_without_suffix "Nara-shi,JPN" "$row"
# a country the sentence's own words name settles a place name shared by
# several countries: "the northern Lebanese city of Tripoli"
row=$(printf 'Gunmen attacked an army checkpoint in the northern Lebanese city of Tripoli on Monday.\n' |
    "$DYAD" code -q --date 2014-01-13 --format tsv | awk -F'\t' 'NR > 1 {print $21 "," $22; exit}')
check code_places_demonym_settles_the_country "Tripoli,LBN" "$row"
# "near Mocimboa da Praia" is the Mozambican town (GeoNames' "Mocimboa"),
# not Cape Verde's capital, and its "Praia" is no government
row=$(printf 'Mozambican troops attacked insurgents near Mocimboa da Praia on Saturday.\n' |
    "$DYAD" code -q --date 2020-08-12 --format tsv | awk -F'\t' 'NR > 1 {print $12 "@" $21 "," $22; exit}')
check code_places_name_across_particle "MOZREB@Mocimboa,MOZ" "$row"
# a place owned by a place lies in the owner's country: "Honiara's
# Chinatown district" is no Chinatown of San Francisco, and the rioters
# there are the Solomon Islands'
row=$(printf "Rioters torched buildings in Honiara's Chinatown district on Wednesday.\n" |
    "$DYAD" code -q --date 2006-04-19 --format tsv | awk -F'\t' 'NR > 1 {print $7 "@" $21 "," $22; exit}')
check code_places_owned_by_a_place "SLBCVL@Honiara,SLB" "$row"
# a headline in capitals with a comma is no dateline
printf 'TRUMP, PUTIN MEET\nIsraeli troops attacked Syria.\n' > "$TMP/hl.txt"
loc=$("$DYAD" code -q --format tsv "$TMP/hl.txt" 2>/dev/null | awk -F'\t' '$7 == "ISRMIL" {print $21 ":"; exit}')
check code_places_headline_is_no_dateline ":" "$loc"
# no gazetteer: locations null, one warning, exit 0
mkdir -p "$TMP/data"
cp -r data/dict "$TMP/data/dict"
ln -s "$(pwd)/data/models" "$TMP/data/models"
printf 'Israeli troops attacked Syrian forces in Aleppo.\nIsraeli troops attacked Syrian forces in Homs.\n' > "$TMP/ng.txt"
js=$(DYAD_DATA="$TMP/data" "$DYAD" code --data "$TMP/data" --format jsonl "$TMP/ng.txt" 2>"$TMP/err2"); st=$?
check code_places_no_gazetteer_exit 0 "$st"
check code_places_no_gazetteer_events yes "$([ -n "$js" ] && echo yes || echo no)"
check code_places_no_gazetteer_null "$(printf '%s\n' "$js" | grep -c '"location": null')" "$(printf '%s\n' "$js" | grep -c .)"
check code_places_no_gazetteer_one_warning 1 "$(grep -c 'no gazetteer' "$TMP/err2")"
