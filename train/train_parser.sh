#!/bin/sh
# Trains the dependency parser (data/models/parser.bin) from UD English-EWT
# train and the permissively licensed GUM genres (see data/NOTICE), then
# prints UAS/LAS on EWT dev and GUM dev.  Deterministic (fixed seed).
# Run by train/models.sh with $BUILD and $SHARED set.
set -e
: "${BUILD:=build}"
: "${SHARED:=../shared}"
D="$SHARED/data"
for f in "$D/ud-ewt/en_ewt-ud-train.conllu" "$D/gum/gum-train.conllu"; do
    [ -f "$f" ] || { echo "train_parser.sh: $f is missing" >&2; exit 1; }
done
mkdir -p data/models
# GUM genres whose texts carry a permissive licence (CC BY / CC BY-SA).
# Excluded: the NonCommercial genres (essay, fiction, letter, podcast, whow)
# and those with no stated licence (conversation, speech, textbook, vlog).
GENRES=academic,bio,court,interview,news,voyage
echo "parser: training (EWT train + GUM $GENRES)"
nice -n 10 "$BUILD/train/train_parser" \
    --train "$D/ud-ewt/en_ewt-ud-train.conllu" \
    --train "$D/gum/gum-train.conllu" --genres "$GENRES" \
    --dev "$D/ud-ewt/en_ewt-ud-dev.conllu" --dev "$D/gum/gum-dev.conllu" \
    --epochs "${PARSER_EPOCHS:-15}" --bits 18 --seed 1 \
    --out data/models/parser.bin
