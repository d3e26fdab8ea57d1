/* ner_features.h — the name tagger's features, shared by the tagger
 * (src/nlp/ner.c) and its trainer (train/train_ner.c) so both compute
 * exactly the same thing.
 *
 * Features are hashed: each (template, value) pair names one row of the
 * weight table ((1 << hash_bits) rows of NER_LABELS weights).  Every token
 * has exactly NER_FEATS features; a missing neighbour or a missing UPOS is a
 * value of its own.
 *
 * Labels are BIO over the four name types: 0 = O, 2t-1 = B-t, 2t = I-t for
 * t = enum dyad_entity_type (1 PERSON .. 4 OTHER). */
#ifndef DYAD_NER_FEATURES_H
#define DYAD_NER_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#define NER_LABELS 9
#define NER_FEATS 30

/* What the features need to know about one word, computed once per word. */
typedef struct ner_word {
    uint64_t form, lower, shape, upos;
    uint64_t pre2, pre3, suf2, suf3, suf4;
    uint32_t caseclass; /* from the case table; 0 = unseen word */
    uint32_t flags;     /* NER_W_* */
} ner_word;

#define NER_W_CAP 1u    /* first byte is an ASCII capital */
#define NER_W_FIRST 2u  /* first word of the sentence */

/* The case table: for each hashed lowercase word form, a class combining how
 * often it occurs and how often it is capitalised away from the start of a
 * sentence (see ner_case_class).  Learnt from training text only. */
typedef struct ner_case_table {
    const uint8_t *cls;
    uint32_t bits;
} ner_case_table;

/* Hash of a lowercase form, the key of the case table. */
uint64_t ner_lower_hash(const char *form);
/* The class stored for a word seen `total` times, `capital` of them
 * capitalised not at the start of a sentence. */
uint8_t ner_case_class(uint32_t total, uint32_t capital);

/* Fills w[i] for the n words (upos may be NULL: no tags). */
void ner_words(size_t n, const char *const *forms, const char *const *upos,
               const ner_case_table *ct, ner_word *w);

/* The NER_FEATS weight rows of word i. */
void ner_rows(const ner_word *w, size_t n, size_t i, uint32_t hash_bits,
              uint32_t rows[NER_FEATS]);

#endif
