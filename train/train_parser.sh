#!/bin/sh
# Trains the dependency parser (data/models/parser.bin) and prints UAS/LAS
# on EWT dev and GUM dev, with gold tags and with the tags of
# data/models/tagger.bin.  Deterministic (fixed seeds).
#
# Data: UD English-EWT train and the GUM train documents of the genres whose
# texts carry a permissive licence (see data/NOTICE).  Left out: the
# NonCommercial genres (essay, fiction, letter, podcast, whow) and those
# with no stated licence (conversation, speech, textbook, vlog).
#
# The parser is trained on PREDICTED tags and lemmas, as it will see them:
# 5-fold jackknifing, each fifth of the training sentences tagged by a
# tagger trained on the other four fifths with the shipped tagger's options
# (WordNet included, so the folds' tags have the shipped tagger's kind of
# errors: +0.1 UAS with predicted tags on EWT dev); each sentence is also
# seen once per epoch with its gold tags (--with-gold: +0.25 UAS with
# predicted tags, +0.8 with gold tags on EWT dev).  Dev files are only
# evaluated.  Did not help (within +-0.2 UAS or worse): random extra tag
# noise (--train-tag-noise 0.02: -0.2), a third pass per epoch with a second
# jackknifed tagging or a second gold copy, 18 more lexical templates
# (lemma/suffix/XPOS pairs: +0.0 EWT, -0.2 GUM), 6 templates on coarse tags
# merging NOUN/PROPN, ADP/SCONJ, VERB/AUX (-0.1), --explore 0.5 (-0.1).
#
# Two perceptrons (--models 2, each on its own sentence orders) averaged:
# +0.15 UAS / +0.2 LAS on EWT dev, +0.0 on GUM dev (3 gain nothing more).
# 10 epochs (15 gave the same dev scores, +-0.05), features hashed into
# 2^20 buckets, the 262143 heaviest rows kept (dev-tuned: 2^18 buckets
# without the row index lose ~0.4 UAS to collisions, 2^21 buckets gain
# only ~0.1 for a bigger row index; int16 quantisation and the row pruning
# together cost ~0.1 UAS against the float weights).  About 5 minutes
# (3.5 minutes of CPU for the parser, ~1.2 for the five taggers).
#
# Beam search with global learning (--beam K: max-violation updates of the
# best correct derivation against the best in the beam, Huang et al. 2012;
# no exploration; parse with the same beam, its width stored in the model).
# Predicted tags, UAS/LAS, 10 epochs unless said:
#   greedy, 2 models (before)       EWT 85.82/82.93  GUM 84.38/81.36
#   beam 3, 1 model, 20 epochs      EWT 86.10/83.01  GUM 85.03/81.92
#     (PARSER_BEAM=3)
#   beam 3, 2 models                EWT 85.88/82.89  GUM 85.21/82.11
#   beam 2, 1 model                 EWT 85.82/82.77  GUM 84.55/81.47
#   beam 3, 1 model                 EWT 85.96/82.86  GUM 85.25/82.25
#   beam 4, 1 model                 EWT 86.28/83.15  GUM 85.36/82.25
#   beam 4, 1 model, decoded with 2 EWT 85.88/82.73  GUM 84.62/81.52
#   beam 4, 1 model, decoded with 3 EWT 86.17/82.99  GUM 85.34/82.20
#   beam 4, 1 model, decoded with 8 EWT 86.21/83.11  GUM 85.68/82.51
#   beam 3, 1 model, early updates  EWT 85.49/82.51  GUM 84.97/81.81
#   beam 3, 1 model, no gold copy   EWT 85.50/82.35  GUM 84.90/81.82
# So: UAS +0.3 EWT / +0.65-0.85 GUM, LAS +0.1 / +0.55-0.75 (differences
# of 0.2 are noise); a second averaged model adds nothing here; 20 epochs
# instead of 10 are within noise too; a beam-trained model decoded
# greedily loses ~1.3 UAS (the widths must match).  On the coder (make
# test), greedy -> beam 3 with 1 model x 20 epochs: dev set category F1
# 0.828 -> 0.857, actor+recipient+category F1 0.665 -> 0.686, PETRARCH2
# suite 163 -> 163 exact records.  With 2 models x 10 epochs instead:
# 0.857, 0.681, 161, and the example article lost its USA>RUS REJECT
# (tests/e2e/code_example.sh code_example_reject_meeting: "blocked the full
# meeting that Moscow wanted" parsed differently), hence 1 x 20.
# Speed of tag + lemmatise + parse (bench/parser.sh, EWT dev, words/s on
# the shared machine and instructions/word; the parser alone in brackets): greedy 395k, 7.1k
# (4.3k); beam 2 264-287k, 12.5k (9.8k); beam 3 234k, 17.2k (14.4k); beam
# 4 163-184k, 21.8k (19.1k): every item of the beam costs a greedy
# parser's features and scoring.  Beam 3 is the widest that keeps 200k
# words/s.  PARSER_BEAM=1 gives the greedy parser back (the model file
# says which).  A beam margin (drop extensions scoring more than M below
# the best; --beam-margin, stored in the model) did not pay: M = 1000
# int16 units prunes beam 4 to about beam 2's speed and accuracy, M = 2000
# hardly prunes.  Training: about 20 s per epoch and model for beam 3
# (greedy about 10 s): ~7 minutes for the parser.
#   Environment: BUILD (build directory), SHARED (../shared),
#   WORDNET (/usr/share/wordnet), PARSER_BEAM (default 1 = greedy with
#   the dynamic oracle, the shipped model; 3 = the beam model above),
#   PARSER_EPOCHS (default 20 with a beam, 10 greedy).
#
# Shipped: greedy.  With the coder as it stands (tuned since on greedy
# parses), beam 3 against greedy: own dev set 0.892/0.727 vs 0.889/0.725,
# blind batch 0.885/0.713 vs 0.887/0.734, wire batch 0.676/0.458 vs
# 0.683/0.482, the held-back third batch 0.760/0.507 vs 0.739/0.478
# (category / actor+recipient+category F1; a batch of 100 sentences moves
# 0.01 per event): no clear gain for events, at 2.4 times the parser's
# instructions and about a third of `dyad code`'s speed.  Neither reaches
# the UAS/LAS goals.
#
# Tried in session 7 (branch parser-hier, not merged): hierarchical scoring
# -- a row's 32-column top block scores SHIFT, LEFT, RIGHT and the 29 most
# frequent arc classes, a label block per direction the rest, summed only
# after a plain LEFT/RIGHT (3% of the states); format 5, `train_parser
# --hierarchical`.  Predicted tags UAS/LAS EWT 85.61/82.57, GUM 84.28/81.16
# (this model 85.64/82.70, 84.49/81.50); action-then-label with no direct
# classes 85.20/82.18, 83.75/80.81.  Parser 7937 -> 5799 instructions/word,
# `dyad code` 540,500 -> 481,900 instructions/sentence (~+20% sentences/s);
# but the coder, tuned on this parser's trees, loses 11 of its checks and
# 0.06 actor+recipient+category F1 on batch c.  Not shipped: it needs the
# coder retuned on its trees, and the format change would change this
# model's file.
#
# Tried in session 9 (branch ensemble9, not merged): parser combination by
# reparsing (Sagae & Lavie 2006).  A second parser trained right to left
# (train_parser --reverse; the trailing punctuation kept last, or R2L alone
# loses 4 UAS on its root) parses every sentence too; each arc weighs the
# summed scores of the transitions that built it, and Eisner's algorithm
# (only when the heaviest heads are no projective tree) gives the tree.
# Predicted tags, UAS/LAS: L2R + R2L EWT 86.57/83.67, GUM 85.53/82.63 (+0.9
# to +1.0 / +1.0 to +1.1); four models (two seeds of each direction) EWT
# 87.10/84.24, GUM 85.85/82.93 -- EWT's goal reached, GUM's not.  Cost:
# tag + lemmatise + parse 9,081 -> 15,784 instructions/word with two
# parsers (351k words/s on a quiet machine), 28,002 with four (189k); 50 MB
# of weights a parser (four: over the 150 MB memory budget).  The coder,
# tuned on the left-to-right trees, loses a little (blind short news A+R+C
# .902 -> .891, wire .847 -> .827, batch c .772 -> .746).  Three models,
# score scaling, runner-up heads as candidates and a learned arbiter gave
# nothing more.  Not shipped: below the goals, over the instruction aim,
# and it needs the coder retuned on combined trees.
set -e
: "${BUILD:=build}" "${SHARED:=../shared}" "${WORDNET:=/usr/share/wordnet}"
D="$SHARED/data"
OUT=${PARSER_OUT:-data/models/parser.bin}
GENRES=academic,bio,court,interview,news,voyage
FOLDS=5
for f in "$D/ud-ewt/en_ewt-ud-train.conllu" "$D/gum/gum-train.conllu"; do
    [ -f "$f" ] || { echo "train_parser.sh: $f is missing" >&2; exit 1; }
done
if [ ! -f "$WORDNET/index.noun" ]; then
    echo "train_parser.sh: WordNet not found at $WORDNET (apt-get install wordnet-base)" >&2
    exit 1
fi
mkdir -p "$(dirname "$OUT")"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-parser.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
start=$(date +%s)
BEAM=${PARSER_BEAM:-1}
# greedy: 2 averaged models x 10 epochs; beam: 1 model x 20 epochs (the
# same time; see above)
if [ "$BEAM" -gt 1 ]; then MODELS=1 EPOCHS=${PARSER_EPOCHS:-20}; else MODELS=2 EPOCHS=${PARSER_EPOCHS:-10}; fi
TRAIN="--train $D/ud-ewt/en_ewt-ud-train.conllu --train $D/gum/gum-train.conllu --genres $GENRES"

echo "== parser: jackknifed tags ($FOLDS taggers)"
"$BUILD/train/train_parser" $TRAIN --write-folds "$TMP" --folds $FOLDS
k=0
while [ $k -lt $FOLDS ]; do
    nice -n 10 "$BUILD/train/train_tagger" --out "$TMP/tagger-$k.bin" --seed 1 --wordnet "$WORDNET" \
        --train "$TMP/train-$k.conllu" > "$TMP/tagger-$k.log" 2>&1 ||
        { cat "$TMP/tagger-$k.log" >&2; exit 1; }
    rm -f "$TMP/train-$k.conllu"
    k=$((k + 1))
done

TAGGER=""
[ -f data/models/tagger.bin ] && TAGGER="--tagger data/models/tagger.bin"
echo "== parser: training -> $OUT"
nice -n 10 "$BUILD/train/train_parser" $TRAIN \
    --jackknife "$TMP" --folds $FOLDS $TAGGER \
    --dev "$D/ud-ewt/en_ewt-ud-dev.conllu" --dev "$D/gum/gum-dev.conllu" \
    --epochs "$EPOCHS" --bits 20 --rows 262143 --with-gold --models "$MODELS" --seed 1 \
    --beam "$BEAM" --out "$OUT"
echo "== parser: done in $(( $(date +%s) - start ))s, $(wc -c < "$OUT") bytes"
