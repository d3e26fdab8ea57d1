# Shared helpers for end-to-end tests (sourced, not run).
#   check NAME EXPECTED ACTUAL       ok when equal
#   check_contains NAME NEEDLE HAYSTACK
#   skip NAME WHY
check() {
    if [ "$2" = "$3" ]; then echo "ok $1"
    else
        echo "FAIL $1: expected:"; printf '%s\n' "$2" | sed 's/^/    /'
        echo "    got:"; printf '%s\n' "$3" | sed 's/^/    /'
    fi
}
check_contains() {
    case "$3" in
        *"$2"*) echo "ok $1" ;;
        *) echo "FAIL $1: missing '$2' in:"; printf '%s\n' "$3" | head -20 | sed 's/^/    /' ;;
    esac
}
skip() { echo "skip $1: $2"; }
have_shared() { [ -d "$SHARED/data" ]; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
