#!/bin/sh
# dyad finds its dictionaries, gazetteer and models in the same data
# directory from any working directory (README "Where the data directory
# is"); the dictionaries once came from ./data relative to the current
# directory, so `dyad code` failed outside the source tree.
. tests/e2e/lib.sh
printf 'Iran condemned Iraq in Baghdad.\n' > "$TMP/in.txt"
here=$(env -u DYAD_DATA "$DYAD" code --format tsv "$TMP/in.txt" 2>&1 | cut -f7,12,17,21 | tail -n 1)
there=$(cd "$TMP" && env -u DYAD_DATA "$DYAD" code --format tsv in.txt 2>&1 | cut -f7,12,17,21 | tail -n 1)
check code_from_source_tree "IRN	IRQ	111	Baghdad" "$here"
check code_from_other_directory "$here" "$there"
