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
