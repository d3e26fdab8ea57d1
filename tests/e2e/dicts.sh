#!/bin/sh
# The dictionaries in data/dict are well formed (scripts/check-dicts.sh),
# cover every CAMEO code, and the checker catches the errors it claims to.
. "$(dirname "$0")/lib.sh"
root=${ROOT:-"$(dirname "$0")/../.."}
dict="$root/data/dict"
checker="$root/scripts/check-dicts.sh"
if out=$(sh "$checker" "$dict" 2>&1); then
    echo "ok dict_files_well_formed"
else
    echo "FAIL dict_files_well_formed:"
    printf '%s\n' "$out" | head -20 | sed 's/^/    /'
fi

# Every 3- and 4-digit CAMEO code has at least one verb pattern.
missing=$(awk '
    FNR == NR { if ($2 == "event:" && length($1) >= 3) code[$1] = 1; next }
    $2 == "verb:" { have[$1] = 1 }
    END { for (c in code) if (!(c in have)) print c }' \
    "$dict/cameo.txt" "$dict/verbs.txt" | sort | tr '\n' ' ')
check verbs_cover_every_cameo_code "" "$missing"

# Size guards: a truncated file would still be well formed.
count() {   # phrases in FILE (records' ;-separated items)
    awk '{ sub(/#.*/, "") } NF && index($0, ":") {
        sub(/^[^:]*:/, ""); n += split($0, a, ";") } END { print n + 0 }' "$1"
}
v=$(count "$dict/verbs.txt"); a=$(count "$dict/agents.txt")
check verbs_have_2000_patterns yes "$([ "$v" -ge 2000 ] && echo yes || echo "no ($v)")"
check agents_have_300_phrases yes "$([ "$a" -ge 300 ] && echo yes || echo "no ($a)")"

# The checker rejects what it must: copy the dictionaries, break one
# thing at a time, and look for the message.
broken() {   # NAME FILE LINE EXPECTED-MESSAGE
    rm -rf "$TMP/d"; cp -r "$dict" "$TMP/d"
    printf '%s\n' "$3" >> "$TMP/d/$2"
    if out=$(sh "$checker" "$TMP/d" 2>&1); then
        echo "FAIL $1: checker accepted: $3"
    else
        check_contains "$1" "$4" "$out"
    fi
}
broken checker_rejects_overlapping_patterns verbs.txt \
    '111 verb: meet @with|in' 'the same reading under two codes'
broken checker_rejects_bad_place_list groups.txt \
    'PAKREB group in=pak: Pakistani rebels' 'bad place list'
broken checker_rejects_overlap_at_one_place groups.txt \
    'INDREB group in=PAK 2004-01-01..: Taliban' 'at overlapping dates'
broken checker_rejects_repeated_pattern verbs.txt \
    '040 verb: talk @with' 'repeats'
broken checker_rejects_unknown_item verbs.txt \
    '190 verb: attack %on' 'bad item'
broken checker_rejects_dash_with_recipient verbs.txt \
    '141 verb: riot - @on' '"-" and "@" in one pattern'
broken checker_rejects_particle_on_noun verbs.txt \
    '190 verb: n:attack +up' 'particle "+up" on an event noun'
broken checker_rejects_unknown_code verbs.txt \
    '999 verb: frobnicate' 'code 999 is not in cameo.txt'
broken checker_rejects_bad_date agents.txt \
    'SYRMIL agent 2011-02-30..: frobnicators' 'bad date'
broken checker_rejects_backwards_range agents.txt \
    'SYRMIL agent 2012-01-01..2011-01-01: frobnicators' 'range ends before it starts'
broken checker_rejects_conflicting_agent agents.txt \
    'COP agent: soldier' 'maps to COP and to MIL'
broken checker_rejects_bad_kind agents.txt \
    'MIL verb: soldier' 'kind "verb" not allowed in agents.txt'
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
