#!/bin/sh
# Event coder speed, apart from the parser: `dyad code --conllu` on the gold
# trees of UD EWT train (12.5k sentences) with the shipped dictionaries, and
# dictionary load time (shipped; the full PETRARCH2 Phoenix set).  Medians of 5,
# CPU time (user + sys).
DYAD=${DYAD:-build/dyad}
SHARED=${SHARED:-../shared}
EWT=$SHARED/data/ud-ewt/en_ewt-ud-train.conllu
P=$SHARED/data/compat/petrarch2
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# command... -> CPU milliseconds (user + sys) when /usr/bin/time exists, else wall:
# the machine is shared, and wall time there measures the neighbours.
ms() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%U %S" -o "$timing" "$@" >/dev/null 2>&1
        awk '{printf "%d\n", ($1 + $2) * 1000}' "$timing"
    else
        s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
    fi
}
empty=$(mktemp); timing=$(mktemp); trap 'rm -f "$empty" "$timing"' EXIT
if [ -f "$EWT" ]; then
    n=$(grep -c '^# text' "$EWT")
    t=$(for i in 1 2 3 4 5; do ms "$DYAD" code -q --conllu "$EWT"; done | median)
    echo "coder (--conllu, gold trees): $n sentences in $t ms = $(( n * 1000 / (t > 0 ? t : 1) )) sentences/s"
else
    echo "coder: skipped ($EWT absent)"
fi
t=$(for i in 1 2 3 4 5; do ms "$DYAD" code -q --conllu "$empty"; done | median)
echo "coder: load shipped dictionaries + empty input: $t ms"
if [ -d "$P" ]; then
    t=$(for i in 1 2 3 4 5; do ms "$DYAD" code -q --conllu "$empty" --dict-format petrarch \
        --actors "$P/Phoenix.Countries.actors.txt,$P/Phoenix.International.actors.txt,$P/Phoenix.MilNonState.actors.txt" \
        --agents "$P/Phoenix.agents.txt" --verbs "$P/CAMEO.2.0.txt" --discards "$P/Phoenix.discards.txt"; done | median)
    echo "coder: load PETRARCH2 Phoenix dictionaries (36k actor phrases, 4.7k patterns): $t ms"
fi
