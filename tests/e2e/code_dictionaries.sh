#!/bin/sh
# `dyad code` with the shipped dictionaries and models on plain text: senses
# that conflict news depends on.
. tests/e2e/lib.sh
code() { printf '%s\n' "$1" | "$DYAD" code -q --date 2024-03-03 --format tsv | awk -F'\t' 'NR > 1 {print $7 ">" $12 ":" $17}'; }
check code_attack_on_positions_is_assault "SYRMIL>SYRREB:190" \
    "$(code 'Syrian government forces attacked rebel positions in Idlib.')"
check code_attack_on_a_policy_is_criticism "RUSGOV>:111" \
    "$(code 'Moscow attacked the new policy.')"
