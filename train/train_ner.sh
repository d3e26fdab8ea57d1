#!/bin/sh
# Trains the name tagger (data/models/ner.bin) on GUM: only the genres whose
# texts are not NonCommercial-licensed (academic, bio, court, interview,
# news, voyage; see $SHARED/data/gum/README.md), with the UD English Web
# Treebank's word forms for the capitalisation statistics.  About 15 s of
# CPU (three trainings: one model for each half of the documents, whose
# first-pass tags teach the document features, then the shipped one);
# deterministic.  Known names (the GeoNames gazetteer and dyad's
# dictionaries of countries, people, IGOs and armed groups, and the given
# names of data/names/given.txt (scripts/given-names.sh), all shipped with
# dyad under open licences, and WordNet 3.0's lemmas: Debian wordnet-base,
# $WORDNET, default /usr/share/wordnet, as for the tagger) are baked into
# the model as a hashed table.  Prints the dev scores of the written model.
# NER_GENRES=... overrides the genre list for experiments (e.g. adding
# conversation,speech,textbook,vlog, whose text licences GUM does not state,
# scores about 0.04 F1 higher on dev; do not ship such a model unchecked).
set -e
: "${BUILD:=build}"
: "${SHARED:=../shared}"
WORDNET=${WORDNET:-/usr/share/wordnet}
if [ ! -f "$WORDNET/data.noun" ]; then
    echo "ner: WordNet not found at $WORDNET: install it with 'apt-get install wordnet-base'" >&2
    exit 1
fi
mkdir -p data/models
nice -n 10 "$BUILD/train/train_ner" \
    --gum "$SHARED/data/gum" \
    --ewt "$SHARED/data/ud-ewt/en_ewt-ud-train.conllu" \
    --gazetteer data/geo/gazetteer.bin --dict data/dict --given-names data/names/given.txt \
    --wordnet "$WORDNET" \
    --genres "${NER_GENRES:-academic,bio,court,interview,news,voyage}" \
    --out data/models/ner.bin
