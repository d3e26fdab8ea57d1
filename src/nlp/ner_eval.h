/* ner_eval.h — exact-span, exact-type scoring of the name tagger against
 * GUM's annotation (names as defined in nlp/gum_names.h). */
#ifndef DYAD_NER_EVAL_H
#define DYAD_NER_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "nlp/ner.h"

typedef struct ner_counts {
    /* index: enum dyad_entity_type (0 unused) */
    size_t tp[5], fp[5], fn[5];
    size_t span_tp, span_gold, span_pred; /* spans whatever their type */
    size_t sentences, words;
} ner_counts;

/* Adds one sentence: spans are maximal runs of one type, split at begin
 * marks. */
void ner_counts_add(ner_counts *c, size_t n, const uint8_t *gold_type,
                    const uint8_t *gold_begin, const uint8_t *pred_type,
                    const uint8_t *pred_begin);

/* F1 over the given types (a bit mask of 1 << type); 0 when nothing. */
double ner_counts_f1(const ner_counts *c, unsigned types);
#define NER_MAIN_TYPES ((1u << DYAD_ENTITY_PERSON) | (1u << DYAD_ENTITY_ORGANIZATION) | (1u << DYAD_ENTITY_PLACE))

/* Tags every sentence of a GUM CoNLL-U file, document by document (both
 * passes, ner_tag_document), and adds the scores to *c.
 * The name tagger gets the UPOS tags that POS tagger tg predicts, as in the
 * pipeline (src/pipeline/annotate_words.c); with tg NULL, words only. */
struct tagger;
int ner_eval_file(const ner *m, const struct tagger *tg, const char *path, ner_counts *c,
                  dyad_error *err);

#endif
