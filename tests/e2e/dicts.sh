#!/bin/sh
# The dictionaries in data/dict are well formed (scripts/check-dicts.sh).
. "$(dirname "$0")/lib.sh"
root=${ROOT:-"$(dirname "$0")/../.."}
if out=$(sh "$root/scripts/check-dicts.sh" "$root/data/dict" 2>&1); then
    echo "ok dict_files_well_formed"
else
    echo "FAIL dict_files_well_formed:"
    printf '%s\n' "$out" | head -20 | sed 's/^/    /'
fi

# The checker must reject what the coder could not use: a people.txt record
# whose office has no sector, a person with a sector code, the same phrase
# for two codes at overlapping dates, a kind not allowed in igos.txt.
cp "$root"/data/dict/*.txt "$TMP/"
cat >> "$TMP/people.txt" <<'BAD'
USA office 2001-01-01..: Test Officeholder
USAGOV person: Test Person
USAGOV office 2001-01-01..2001-12-31: Test Clash
USAMIL office 2001-06-01..2002-01-01: Test Clash
SYRRBE office 2001-01-01..: Test Typo
XXQGOV office 2001-01-01..: Test Country
BAD
echo 'IGOXYZ agent: Test Agent' >> "$TMP/igos.txt"
bad=$(sh "$root/scripts/check-dicts.sh" "$TMP" 2>&1)
check_contains dict_rejects_office_without_sector 'office code "USA" has no sector' "$bad"
check_contains dict_rejects_person_with_sector 'person code "USAGOV"' "$bad"
check_contains dict_rejects_overlapping_codes '"Test Clash" (office) maps to USAMIL and to USAGOV' "$bad"
check_contains dict_rejects_unknown_sector 'unknown sector "RBE" in SYRRBE' "$bad"
check_contains dict_rejects_unknown_country '"XXQ" is not a country of countries.txt' "$bad"
check_contains dict_rejects_unknown_kind 'kind "agent" not allowed in igos.txt' "$bad"

# Date ranges decide the code of a person: a few spot checks of records the
# coder relies on (the text of the record, not its interpretation).
p="$root/data/dict/people.txt"
check_contains dict_trump_terms 'USAGOV office 2017-01-20..2021-01-20,2025-01-20..: Donald Trump' "$(cat "$p")"
check_contains dict_assad_term 'SYRGOV office 2000-06-10..2024-12-08: Bashar al-Assad' "$(cat "$p")"
check_contains dict_sharaa_rebel 'SYRREB office ..2024-12-07: Ahmed al-Sharaa' "$(cat "$p")"
