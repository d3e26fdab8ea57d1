/* tagger.h — part-of-speech tagging (UPOS + Penn XPOS) and lemmatisation.
 *
 * A greedy averaged perceptron over hashed features (tag_features.h), run
 * twice: right to left, then left to right; the second pass also sees the
 * first pass's tags of the word and the words to its right, and re-tags
 * only the words the first pass was unsure of (small score margin), so it
 * costs little.  Each class is a joint (UPOS, XPOS) pair as seen in the
 * training treebanks, so the two tags always agree.  A lexicon of frequent
 * words gives each word its ambiguity class (a feature, also for the two
 * words to the right) and restricts its candidate classes to those seen in
 * training.  Lemmas come from lemmatizer.h, keyed by the predicted XPOS.
 *
 * A loaded model is immutable: tagging is thread-safe, any number of threads
 * may share one tagger.  Model file: src/nlp/model_file.h container, kind
 * "TAGR"; layout in tagger.c; written by train/train_tagger.c. */
#ifndef DYAD_TAGGER_H
#define DYAD_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "dyad.h"
#include "nlp/model_file.h"

#define TAGGER_KIND MODEL_KIND('T', 'A', 'G', 'R')
#define TAGGER_VERSION 2
#define TAGGER_MAX_CLASSES 256
/* Length of a dense weight row (see tagger.c): classes padded for SIMD. */
#define TAGGER_DENSE_STRIDE(n) (((n) + 7u) & ~7u)

typedef struct tagger tagger;

/* Loads and checks a model file; on failure *out is NULL and err names the
 * file and the problem (truncated, corrupt, wrong kind or version). */
int tagger_load(const char *path, tagger **out, dyad_error *err);
void tagger_free(tagger *t);

/* Tags and lemmatises one sentence of n words.  upos, xpos and lemmas get n
 * pointers each (any of them may be NULL when not wanted): tags point into
 * the model, lemmas into the model, into forms, or into a.  classes (may be
 * NULL) gets the class index of each word.  Returns 0, or -1 when a is out
 * of memory. */
int tagger_tag(const tagger *t, size_t n, const char *const *forms,
               const char **upos, const char **xpos, const char **lemmas,
               uint8_t *classes, arena *a);

/* tagger_tag with the repairs for news text the parser's training does not
 * see (they came after the shipped parser was trained on tagger_tag's
 * tags, and would change its training data): an object opening with a
 * quantity or after a weekday ("killed at least 20", "denied on Sunday
 * that ..."), relative and that-clauses after the verb, the possessive 's.
 * What dyad itself tags with (pipeline/annotate_words.c). */
int tagger_tag_news(const tagger *t, size_t n, const char *const *forms,
                    const char **upos, const char **xpos, const char **lemmas,
                    uint8_t *classes, arena *a);

size_t tagger_class_count(const tagger *t);
const char *tagger_class_upos(const tagger *t, size_t c);
const char *tagger_class_xpos(const tagger *t, size_t c);

/* ---- the file layout, shared with the writer (train/train_tagger.c) ---- */

typedef struct tagger_header {
    uint32_t n_classes, lex_bits, feat_bits, exc_bits, rule_bits;
    uint32_t n_weights, pool_size, tagset_size;
    uint32_t passes;       /* 1: left to right; 2: a second left-to-right
                              pass that also sees the first pass's tags to
                              the right; 3: as 2, with the first pass run
                              right to left */
    uint32_t pass2_margin; /* the second pass re-tags only words whose
                              first-pass score margin is below this */
    uint32_t wn_bits;      /* WordNet table (tag_wordnet.h): 1 << wn_bits
                              slots after the tag sets; 0 = none */
} tagger_header;

typedef struct tagger_class {
    uint32_t upos, xpos;   /* offsets into the string pool */
    uint32_t xpos_id;      /* the same for every class with this XPOS; lemma key */
} tagger_class;

typedef struct tagger_lex_slot {
    uint64_t key;          /* tag_lex_key_*; 0 = empty */
    uint64_t amb;          /* ambiguity-class hash */
    uint32_t tagset;       /* offset into tagsets: count, then class ids */
    uint32_t pad;
} tagger_lex_slot;

typedef struct tagger_feat_slot {
    uint32_t fp;           /* (key >> 32) | 1; 0 = empty */
    uint32_t row;          /* first weight << 8 | number of weights */
} tagger_feat_slot;

static inline uint32_t tagger_feat_fp(uint64_t key) { return (uint32_t)(key >> 32) | 1; }

#endif
