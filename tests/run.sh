#!/bin/sh
# Runs the unit tests and every end-to-end script, then prints the closing
# line "N passed, N failed, N skipped".  Each test prints one line starting
# with "ok ", "FAIL " or "skip ".
#
# Environment (set by make test): DYAD (the command), UNIT (the unit-test
# binary), BUILD (the build dir), SHARED (../shared, may be absent).
cd "$(dirname "$0")/.." || exit 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DYAD UNIT BUILD SHARED
export ROOT="$(pwd)"

"$UNIT" | tee -a "$log"
for t in tests/e2e/*.sh; do
    [ -f "$t" ] || continue
    sh "$t" 2>&1 | tee -a "$log"
done

passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^FAIL ' "$log")
skipped=$(grep -c '^skip ' "$log")
if [ ! -d "$SHARED/data" ]; then
    echo "note: $SHARED is not present: checks against the treebanks and compat data were skipped"
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
