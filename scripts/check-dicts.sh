#!/bin/sh
# Checks that the dictionaries in data/dict are well formed.
#   scripts/check-dicts.sh [DIR]      (default: data/dict next to this script)
# Every record must read `KEY KIND [in=CCC,...] [DATES]: phrase; ...`, with a
# KEY of the right shape for its file, a KIND allowed in that file, valid
# date ranges, no empty phrase, and well-formed verb patterns.  Every code
# in verbs.txt must exist in cameo.txt, and no reading of a verb pattern
# (one alternative taken from each `a|b` list) may appear twice.  Within one file, the same phrase
# under the same KIND may not map to two different codes at overlapping
# dates.  Prints one line per problem as FILE:LINE: message, and exits 1 if
# there was any.
dir=${1:-"$(dirname "$0")/../data/dict"}
status=0
for f in countries people igos groups agents verbs cameo; do
    [ -f "$dir/$f.txt" ] || { echo "$dir/$f.txt: missing"; status=1; }
done
[ $status -eq 0 ] || exit 1

awk '
function fail(msg) { print FILENAME ":" FNR ": " msg; bad = 1 }
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function leap(y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
function okdate(d,   y, m, dd, mdays) {
    if (d == "") return 1
    if (d !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) return 0
    y = substr(d, 1, 4) + 0; m = substr(d, 6, 2) + 0; dd = substr(d, 9, 2) + 0
    if (m < 1 || m > 12 || dd < 1) return 0
    mdays = "31 28 31 30 31 30 31 31 30 31 30 31"
    split(mdays, md, " ")
    if (m == 2 && leap(y)) md[2] = 29
    return dd <= md[m]
}
function overlap(a1, a2, b1, b2) {
    if (a1 == "") a1 = "0000-00-00"; if (b1 == "") b1 = "0000-00-00"
    if (a2 == "") a2 = "9999-99-99"; if (b2 == "") b2 = "9999-99-99"
    return !(a2 < b1 || b2 < a1)
}
# Verb pattern items: HEAD (lemma or n:lemma) then +PARTICLE, obj=L|L,
# PREP=L|L (an oblique or nmod introduced by PREP with one of these head
# lemmas), @PREP|PREP (recipient), - (no recipient), >L|L (required
# complement verb; the items after it constrain that verb).
function okpattern(p,   n, it, i, x, seg, noun, hasat, hasdash) {
    n = split(p, it, " ")
    if (n < 1) return "empty pattern"
    if (it[1] !~ /^(n:)?[a-z][a-z0-9_'\''.-]*$/) return "bad head \"" it[1] "\""
    noun = (it[1] ~ /^n:/); hasat = 0; hasdash = 0; seg = 0
    for (i = 2; i <= n; i++) {
        x = it[i]
        if (x == "-") {
            if (hasdash) return "\"-\" twice"
            hasdash = 1
        } else if (x ~ /^\+[a-z][a-z-]*$/) {
            if (noun && seg == 0) return "particle \"" x "\" on an event noun"
        } else if (x ~ /^obj=([a-z][a-z-]*|\$)(\|([a-z][a-z-]*|\$))*$/) {
            # (a currency sign heads an amount: "pledged $1 billion")
            if (noun && seg == 0) return "obj= on an event noun"
        } else if (x ~ /^[a-z][a-z_]*=[a-z][a-z-]*(\|[a-z][a-z-]*)*$/) {
            continue
        } else if (x ~ /^@[a-z][a-z_-]*(\|[a-z][a-z_-]*)*$/) {
            if (hasat) return "two recipient items"
            hasat = 1
        } else if (x ~ /^>[a-z][a-z-]*(\|[a-z][a-z-]*)*$/) {
            if (seg) return "more than one \">\" item"
            seg = 1
        } else return "bad item \"" x "\""
        if (hasat && hasdash) return "\"-\" and \"@\" in one pattern"
    }
    return ""
}
# Expands a pattern into its single-alternative readings, items sorted
# within the head part and the complement part, so that overlapping
# patterns ("meet @with" and "meet @with|in") are caught as duplicates.
# Fills ex[1..] and returns the count (capped).
function expand(p,   n, it, i, j, k, m, nx, alt, na, pre, tmp, s1, s2, c, seg2) {
    n = split(p, it, " ")
    # sort items 2..(first ">"-1) and those after ">" separately
    seg2 = n + 1
    for (i = 2; i <= n; i++) if (substr(it[i], 1, 1) == ">") { seg2 = i; break }
    for (i = 3; i < seg2; i++) for (j = i; j > 2 && it[j - 1] > it[j]; j--) { tmp = it[j]; it[j] = it[j - 1]; it[j - 1] = tmp }
    for (i = seg2 + 2; i <= n; i++) for (j = i; j > seg2 + 1 && it[j - 1] > it[j]; j--) { tmp = it[j]; it[j] = it[j - 1]; it[j - 1] = tmp }
    m = 1; ex[1] = ""
    for (i = 1; i <= n; i++) {
        x = it[i]; pre = ""
        if (x ~ /^[a-z_]+=/) { c = index(x, "="); pre = substr(x, 1, c); x = substr(x, c + 1) }
        else if (x ~ /^[@>]/) { pre = substr(x, 1, 1); x = substr(x, 2) }
        na = split(x, alt, "|")
        if (m * na > 4000) return -1
        nx = 0
        for (j = 1; j <= m; j++) for (k = 1; k <= na; k++) nw[++nx] = ex[j] (ex[j] == "" ? "" : " ") pre alt[k]
        m = nx
        for (j = 1; j <= m; j++) ex[j] = nw[j]
    }
    return m
}
FNR == 1 {
    file = FILENAME; sub(/.*\//, "", file); sub(/\.txt$/, "", file)
    if (file == "countries") kinds = " name adj people metonym region "
    else if (file == "people") kinds = " person office "
    else if (file == "igos") kinds = " igo ngo metonym "
    else if (file == "groups") kinds = " group "
    else if (file == "agents") kinds = " agent "
    else if (file == "verbs") kinds = " verb "
    else if (file == "cameo") kinds = " event "
    else if (file == "discards") kinds = " discard "
    else kinds = ""
}
{
    line = $0
    sub(/#.*/, "", line)
    line = trim(line)
    if (line == "") next
    c = index(line, ":")
    if (c == 0) { fail("no \":\" after KEY KIND"); next }
    head = trim(substr(line, 1, c - 1)); body = trim(substr(line, c + 1))
    nh = split(head, h, /[ \t]+/)
    places = ""
    if (nh >= 3 && h[3] ~ /^in=/) {
        places = substr(h[3], 4)
        if (places !~ /^[A-Z][A-Z][A-Z](,[A-Z][A-Z][A-Z])*$/) { fail("bad place list \"" h[3] "\" (want in=CCC or in=CCC,CCC)"); next }
        for (i = 3; i < nh; i++) h[i] = h[i + 1]
        nh--
    }
    if (nh < 2 || nh > 3) { fail("expected KEY KIND [in=CCC] [DATES] before \":\""); next }
    key = h[1]; kind = h[2]; dates = (nh == 3) ? h[3] : ""
    if (index(kinds, " " kind " ") == 0) { fail("kind \"" kind "\" not allowed in " file ".txt"); next }
    if (file == "verbs" || file == "cameo") {
        if (key !~ /^[0-9][0-9][0-9]?[0-9]?$/) { fail("bad CAMEO code \"" key "\""); next }
    } else if (file == "agents") {
        if (key !~ /^[A-Z][A-Z][A-Z]([A-Z][A-Z][A-Z])*$/) { fail("bad code \"" key "\""); next }
    } else if (key !~ /^[A-Z][A-Z][A-Z]([A-Z][A-Z][A-Z])*$/) { fail("bad actor code \"" key "\""); next }
    # Actor codes outside countries.txt start with a country of
    # countries.txt or with IGO / NGO / IMG; the blocks after a country are
    # CAMEO sectors (a typo such as SYRRBE is caught here).
    if (file == "countries" && kind != "region") country[substr(key, 1, 3)] = 1
    else if (file == "people" || file == "groups" || file == "igos") {
        c3 = substr(key, 1, 3)
        if (c3 == "IGO" || c3 == "NGO" || c3 == "IMG") {
            if (length(key) < 6) { fail("\"" key "\" lacks the organisation block"); next }
        } else if (!(c3 in country)) { fail("\"" c3 "\" is not a country of countries.txt"); next }
        else {
            for (i = 4; i < length(key); i += 3)
                if (index(" GOV MIL REB OPP PTY LEG JUD BUS MED REL SPY COP CVL EDU LAB HLH AGR ELI CRM REF SEP MOD RAD UAF INS ", " " substr(key, i, 3) " ") == 0) {
                    fail("unknown sector \"" substr(key, i, 3) "\" in " key); next
                }
        }
    }
    # people.txt: a person line gives the code outside any office (a country
    # or an IGO/NGO block, three or six letters, never a sector); an office
    # line must add a role (six letters or more).
    if (file == "people" && kind == "person" && key !~ /^([A-Z][A-Z][A-Z]|(IGO|NGO|IMG)[A-Z][A-Z][A-Z])$/) { fail("person code \"" key "\" should be a country (or IGO/NGO) code"); next }
    if (file == "people" && kind == "office" && length(key) < 6) { fail("office code \"" key "\" has no sector"); next }
    nr = 0
    if (dates != "") {
        if (file == "cameo" || file == "verbs") { fail("dates not allowed here"); next }
        nr = split(dates, rg, ",")
        for (i = 1; i <= nr; i++) {
            if (rg[i] !~ /^[0-9-]*\.\.[0-9-]*$/ || rg[i] == "..") { fail("bad date range \"" rg[i] "\""); next }
            split(rg[i], se, /\.\./)
            rs[i] = se[1]; re[i] = se[2]
            if (!okdate(rs[i]) || !okdate(re[i])) { fail("bad date in \"" rg[i] "\""); next }
            if (rs[i] != "" && re[i] != "" && rs[i] > re[i]) { fail("range ends before it starts: \"" rg[i] "\""); next }
        }
    }
    if (nr == 0) { nr = 1; rs[1] = ""; re[1] = "" }
    if (body == "") { fail("no phrases"); next }
    if (file == "cameo") {
        if (!(body ~ /^-?[0-9]+\.[0-9] [1-4] [A-Z-]+ \| .+/)) { fail("expected GOLDSTEIN QUAD PLOVER | name"); next }
        split(body, cf, " ")
        if (cf[1] + 0 < -10 || cf[1] + 0 > 10) fail("Goldstein out of range")
        if (index(" - AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT ", " " cf[3] " ") == 0)
            fail("unknown PLOVER category \"" cf[3] "\"")
        if (key in cameo) fail("duplicate code " key)
        cameo[key] = 1
        next
    }
    if (file == "verbs") verbcode[key] = verbcode[key] FILENAME ":" FNR " "
    np = split(body, ph, ";")
    for (i = 1; i <= np; i++) {
        p = trim(ph[i])
        if (p == "") { fail("empty phrase"); continue }
        if (file == "verbs") { m = okpattern(p); if (m != "") { fail(m); continue } }
        gsub(/[ \t]+/, " ", p)
        if (file == "verbs") {
            ne = expand(p)
            if (ne < 0) { fail("pattern \"" p "\" has too many alternatives"); continue }
            for (e = 1; e <= ne; e++) {
                k = ex[e]
                if (k in vcode) {
                    if (vcode[k] != key) fail("\"" p "\" overlaps \"" vpat[k] "\" (line " vline[k] ") under " vcode[k] ": the same reading under two codes")
                    else if (vid[k] != FNR SUBSEP i) fail("\"" p "\" repeats \"" vpat[k] "\" (line " vline[k] ")")
                    break
                }
                vcode[k] = key; vpat[k] = p; vline[k] = FNR; vid[k] = FNR SUBSEP i
            }
            continue
        }
        # (an entry bound to places is weighed apart: it wins there)
        k = file SUBSEP kind SUBSEP places SUBSEP tolower(p)
        for (j = 1; j <= nr; j++) {
            n = ++cnt[k]
            pc[k, n] = key; ps[k, n] = rs[j]; pe[k, n] = re[j]; pl[k, n] = FNR
            for (q = 1; q < n; q++)
                if (pc[k, q] != key && overlap(ps[k, q], pe[k, q], rs[j], re[j]))
                    fail("\"" p "\" (" kind ") maps to " key " and to " pc[k, q] " (line " pl[k, q] ") at overlapping dates")
        }
    }
}
END {
    for (v in verbcode)
        if (!(v in cameo)) { print verbcode[v] "code " v " is not in cameo.txt"; bad = 1 }
    exit bad
}
' "$dir/cameo.txt" "$dir/countries.txt" "$dir/people.txt" "$dir/igos.txt" \
  "$dir/groups.txt" "$dir/agents.txt" "$dir/verbs.txt" $( [ -f "$dir/discards.txt" ] && echo "$dir/discards.txt")
