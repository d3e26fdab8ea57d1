#!/bin/sh
# Trains the POS tagger + lemmatizer shipped as data/models/tagger.bin.
#
# Data: UD English-EWT train (CC BY-SA 4.0) and the GUM train documents of
# the genres whose texts are under permissive licences: academic, court
# (CC BY 4.0), news, interview (Wikinews, CC BY 2.5), bio, voyage
# (Wikipedia/Wikivoyage, CC BY-SA 3.0).  Left out: the NonCommercial genres
# (essay, fiction, letter, podcast, whow) and those whose text licence GUM
# does not state (conversation, speech, textbook, vlog).  Dev files are only
# evaluated.  Also reads WordNet 3.0 (Debian wordnet-base; $WORDNET, default
# /usr/share/wordnet) for words the treebanks lack.  Deterministic (fixed
# seed); about 45 s of CPU (pass 1 and 2 each trained 3 times, --bag).
#   Environment: BUILD (build directory), SHARED (../shared).
set -e
: "${BUILD:=build}" "${SHARED:=../shared}"
D="$SHARED/data"
WORDNET=${WORDNET:-/usr/share/wordnet}
if [ ! -f "$WORDNET/index.noun" ]; then
    echo "tagger: WordNet not found at $WORDNET: install it with 'apt-get install wordnet-base'" >&2
    exit 1
fi
OUT=${TAGGER_OUT:-data/models/tagger.bin}
mkdir -p "$(dirname "$OUT")"
echo "== tagger: training -> $OUT"
start=$(date +%s)
nice -n 10 "$BUILD/train/train_tagger" --out "$OUT" --seed 1 --wordnet "$WORDNET" \
    --genres academic,bio,court,interview,news,voyage \
    --train "$D/ud-ewt/en_ewt-ud-train.conllu" --train "$D/gum/gum-train.conllu" \
    --dev "$D/ud-ewt/en_ewt-ud-dev.conllu" --dev "$D/gum/gum-dev.conllu" "$@"
echo "== tagger: done in $(( $(date +%s) - start ))s, $(wc -c < "$OUT") bytes"
