/* ner.h — the name tagger: marks PERSON, ORGANIZATION, PLACE and OTHER names
 * in a tokenized sentence, so the event coder sees actors no dictionary
 * lists.
 *
 * The model is a structured averaged perceptron over hashed word features
 * (src/nlp/ner_features.h) with BIO labels and Viterbi decoding, trained on
 * GUM by train/train_ner.c (what counts as a name: src/nlp/gum_names.h).
 * The model file also holds a hashed table of known names (GeoNames places
 * in every spelling the gazetteer lists, dyad's dictionaries and a list of
 * given names, src/nlp/ner_lexicon.h), so it needs no other file.
 * A document is tagged twice (ner_tag_document): the second pass sees what
 * the first found anywhere in the document (src/nlp/ner_doc.h).
 * A loaded model is immutable; ner_tag may be called from many threads. */
#ifndef DYAD_NER_H
#define DYAD_NER_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "nlp/model_file.h"
#include "nlp/ner_doc.h"

typedef struct ner ner;

#define NER_MODEL_KIND MODEL_KIND('N', 'E', 'R', ' ')
#define NER_MODEL_VERSION 4 /* 3: document features (ner_doc.h); 4: 49 feature rows,
                              * without the four capitalisation-class rows */

/* Loads a model written by train_ner.  Returns 0, or a dyad_status with err
 * naming the file and the problem (missing, truncated, corrupt, wrong
 * kind or version). */
int ner_load(const char *path, ner **out, dyad_error *err);
void ner_free(ner *m);

/* Tags the n tokens: entity_type[i] gets an enum dyad_entity_type (NONE when
 * the token is not part of a name) and entity_begin[i] is 1 on the first
 * token of each name.  upos may be NULL (the model then uses word features
 * only).  Never fails: if memory runs out, every token is left NONE. */
void ner_tag(const ner *m, size_t n, const char *const *forms,
             const char *const *upos /* may be NULL */, uint8_t *entity_type,
             uint8_t *entity_begin);

/* The same with the memory of the document (ner_doc.h; NULL = none, as
 * ner_tag): the second pass over a document whose sentences were all tagged
 * once and recorded in doc with ner_doc_add.  ner_tag_document does both
 * passes over the sentences of one document. */
void ner_tag_doc(const ner *m, const ner_doc *doc, size_t n, const char *const *forms,
                 const char *const *upos, uint8_t *entity_type, uint8_t *entity_begin);

/* A document of n_sent sentences: sentence s has len[s] words forms[s]
 * (upos[s] or upos NULL), and gets type[s] and begin[s].  doc is scratch
 * memory owned by the caller (ner_doc_init; cleared here). */
void ner_tag_document(const ner *m, ner_doc *doc, size_t n_sent, const size_t *len,
                      const char *const *const *forms, const char *const *const *upos,
                      uint8_t *const *type, uint8_t *const *begin);

#endif
