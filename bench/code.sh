#!/bin/sh
# End-to-end `dyad code` (read, segment, tag, parse, name, code, date and
# place, write) on news text: the example article repeated (200 documents, 5400 sentences) as a JSONL stream
# of documents.  Prints, as medians of 5 runs on one core:
#   sentences/s (CPU time, user + sys, dictionaries and models loaded once)
#   instructions per sentence (valgrind callgrind on 4 copies, loading
#     excluded: the inclusive counts of segment + annotate + code + write)
#   the share of those instructions spent resolving dates and places
#     (event_when_where, note_places: the per-sentence place context and
#     towns, dyad_events_finish: the document pass)
# and sentences/s on short news (the dev sets' rows, each its own
# document), and, as a measure on text that is not all news, sentences/s on
# GUM's mixed-genre text (../shared/data/gum/gum-dev.conllu: interviews,
# how-to guides, fiction, travel, news ...; its sentences as 1 document per
# GUM document), where `dyad code` leaves many sentences unparsed (those
# without actors or places: docs/coder.md "Sentences that are not parsed").
: "${BUILD:=build}" "${SHARED:=../shared}"
DYAD=${DYAD:-$BUILD/dyad}
A=$SHARED/examples/syria-daily-2017-11-12.txt
echo "== dyad code end to end (news text)"
if [ ! -f "$A" ]; then echo "  code: skipped ($A is not present)"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# the article as n JSONL documents
docs() {
    python3 - "$A" "$1" > "$tmp/in$1.jsonl" <<'P' 2>/dev/null || return 1
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
for i in range(int(sys.argv[2])):
    print(json.dumps({"id": "a%d" % i, "date": "2017-11-12", "text": text}))
P
}
docs 200 && docs 4 || { echo "  code: skipped (python3 needed to build the input)"; exit 0; }
per_doc=$("$DYAD" split "$A" 2>/dev/null | grep -c .)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%U %S" -o "$tmp/t" "$@" >/dev/null 2>&1
        awk '{printf "%d\n", ($1 + $2) * 1000}' "$tmp/t"
    else
        s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
    fi
}
printf '{"id": "e", "text": ""}\n' > "$tmp/empty.jsonl"
# one core when taskset is there
pin=""; command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"
n=$((per_doc * 200))
t=$(for i in 1 2 3 4 5; do ms $pin "$DYAD" code -q --format jsonl "$tmp/in200.jsonl"; done | median)
t0=$(for i in 1 2 3 4 5; do ms $pin "$DYAD" code -q --format jsonl "$tmp/empty.jsonl"; done | median)
work=$((t - t0)); [ "$work" -gt 0 ] || work=1
echo "  code: $n sentences in $t ms ($t0 ms loading) = $(( n * 1000 / work )) sentences/s (one core, loading excluded)"
if command -v valgrind >/dev/null 2>&1 && command -v callgrind_annotate >/dev/null 2>&1; then
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$DYAD" code -q --format jsonl "$tmp/in4.jsonl" \
        >/dev/null 2>&1
    callgrind_annotate --inclusive=yes "$tmp/cg" 2>/dev/null > "$tmp/cg.txt"
    # inclusive instructions of a function ("name" as callgrind_annotate prints it)
    ir() { awk -v f="$1" '{ for (i = 2; i <= NF; i++) if ($i ~ (":" f "$") || $i ~ (":" f " ")) { gsub(",", "", $1); print $1; exit } }' "$tmp/cg.txt"; }
    sum=0
    # dyad code annotates with dyad_annotate_for_coding (dyad_annotate
    # before it parsed only what the coder needs)
    for f in dyad_segment dyad_annotate dyad_annotate_for_coding dyad_code_document dyad_event_writer_write; do
        v=$(ir "$f"); sum=$((sum + ${v:-0}))
    done
    res=0
    for f in event_when_where note_places dyad_events_finish; do
        v=$(ir "$f"); res=$((res + ${v:-0}))
    done
    ns=$((per_doc * 4))
    if [ "$sum" -gt 0 ]; then
        echo "  code: $((sum / ns)) instructions/sentence (callgrind, $ns sentences, loading excluded)"
        echo "  code: date and place resolution $(awk -v r="$res" -v s="$sum" 'BEGIN {printf "%.1f", 100 * r / s}')% of coding instructions (goal <= 10%)"
        echo "  code: where the instructions go (inclusive, % of the above):"
        # annotate_sentence: tag + lemma + names; annotate_parse: the parse
        # (parser_parse alone leaves out its inlined SIMD scoring)
        for f in dyad_segment dyad_annotate_for_coding annotate_sentence annotate_parse dyad_code_document \
                 event_when_where dyad_event_writer_write; do
            v=$(ir "$f")
            [ -n "$v" ] || continue
            echo "    $f $(awk -v r="${v:-0}" -v s="$sum" 'BEGIN {printf "%.1f", 100 * r / s}')%"
        done
    fi
else
    echo "  code: instructions/sentence skipped (no valgrind)"
fi
G=$SHARED/data/gum/gum-dev.conllu
if [ -f "$G" ]; then
    python3 - "$G" > "$tmp/gum.jsonl" <<'P' 2>/dev/null
import json, sys
docs, cur, did = [], [], None
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("# newdoc id = "):
        if cur: docs.append((did, cur))
        did, cur = line[14:].strip(), []
    elif line.startswith("# text = "):
        cur.append(line[9:].rstrip("\n"))
if cur: docs.append((did, cur))
for did, sents in docs:
    print(json.dumps({"id": did, "date": "2017-11-12", "text": "\n\n".join(sents)}))
P
    ng=$(grep -c '^# text = ' "$G")
    tg=$(for i in 1 2 3; do ms $pin "$DYAD" code -q --format jsonl "$tmp/gum.jsonl"; done | median)
    wg=$((tg - t0)); [ "$wg" -gt 0 ] || wg=1
    echo "  code, mixed genres (GUM dev): $ng sentences in $tg ms = $(( ng * 1000 / wg )) sentences/s (one core, loading excluded)"
else
    echo "  code, mixed genres: skipped ($G is not present)"
fi
# Short news sentences, as the issue's TABARI comparison counts them: the
# dev sets' rows (tests/dev/*.tsv, 18 words on average; wire-copy rows
# carry a dateline and sometimes a second sentence), each its own
# document, 20 times over.
if ls tests/dev/*.tsv >/dev/null 2>&1; then
    python3 - tests/dev/*.tsv > "$tmp/short.jsonl" <<'P' 2>/dev/null
import json, sys
rows = []
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t") or not line.strip(): continue
        c = line.rstrip("\n").split("\t")
        rows.append((c[1], c[2]))
for k in range(20):
    for i, (d, t) in enumerate(rows):
        print(json.dumps({"id": "s%d_%d" % (k, i), "date": d, "text": t}))
P
    nsh=$("$DYAD" split "$tmp/short.jsonl" 2>/dev/null | grep -c .)
    ts=$(for i in 1 2 3; do ms $pin "$DYAD" code -q --format jsonl "$tmp/short.jsonl"; done | median)
    ws=$((ts - t0)); [ "$ws" -gt 0 ] || ws=1
    echo "  code, short news (the dev sets' rows x20, one document each): $nsh sentences in $ts ms = $(( nsh * 1000 / ws )) sentences/s (one core, loading excluded)"
fi
