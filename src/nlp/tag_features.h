/* tag_features.h — the feature templates of the POS tagger.
 *
 * Shared by training (train/train_tagger.c) and inference (tagger.c), so the
 * two can never drift apart.  A feature is a 64-bit hash of (template,
 * value); the model maps it to a short sparse row of class weights.
 *
 * Each word's string hashes (form, lower case, shape, prefixes, suffixes) are
 * computed once per word into a tag_word; the features of position i then
 * cost only integer mixing.  `amb` is the word's ambiguity class: the set of
 * tags the training data gave it (from the model's lexicon), or for unknown
 * words a class derived from its shape — this gives the tagger a view of the
 * right context before those words are tagged. */
#ifndef DYAD_TAG_FEATURES_H
#define DYAD_TAG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "nlp/tag_wordnet.h"

#define TAG_MAX_FEATURES 48
#define TAG_AFFIXES 4
/* Longest form looked at in bytes; longer forms are hashed whole but their
 * lower-case copy and shape are cut here. */
#define TAG_MAX_WORD 64

typedef struct tag_word {
    /* form and lower are 0 for a word hidden in training ("word dropout":
     * rare training words are shown as unseen words now and then, so the
     * affix and shape features learn to tag words never seen before). */
    uint64_t form, lower, shape, short_shape;
    uint64_t pre[TAG_AFFIXES], suf[TAG_AFFIXES]; /* 0: longer than the word */
    uint64_t suf3;  /* the last three characters, or the whole word */
    uint64_t key_exact, key_lower; /* lexicon keys (never 0) */
    uint64_t base_form, base_lower; /* hash_bytes(form / lower case, seed 0),
                                       shared with the lemma exceptions */
    uint64_t amb;   /* ambiguity class hash (see above) */
    uint64_t amb_lower; /* capitalised words: the ambiguity class of the
                           lower-case form, 0 when none (PROPN or NOUN?) */
    int known;      /* in the lexicon: no affix or WordNet features */
    uint64_t wn;    /* hash of the WordNet signature (tag_wordnet.h), 0 = none */
} tag_word;

/* ASCII lower-casing of at most cap-1 bytes into out (NUL-terminated);
 * returns the length written.  Non-ASCII bytes are copied unchanged. */
size_t tag_lower(const char *s, char *out, size_t cap);

/* Fills the hashes of w except the affixes; amb and known are for the
 * caller to set (from a lexicon lookup with key_exact, then key_lower). */
void tag_word_init(tag_word *w, const char *form);
/* Fills the affixes, needed only for words the lexicon does not know. */
void tag_word_affixes(tag_word *w, const char *form);
/* Fills wn from WordNet (when the model has it), also only for those. */
void tag_word_wordnet(tag_word *w, const char *form, const tag_wn *wn);

/* The ambiguity class of a word the lexicon does not know. */
uint64_t tag_unknown_amb(const tag_word *w);


/* Writes the features of position i to out (at most TAG_MAX_FEATURES) and
 * returns their number.  prev1/prev2: the classes predicted for i-1 and i-2
 * (-1 before the sentence).  first: NULL for the first pass; for the second
 * pass the first pass's classes of the whole sentence, which add features
 * of the words to the right, and every key is moved to a key space of its
 * own (the second pass has its own weights in the same table). */
size_t tag_features(const tag_word *words, size_t n, size_t i, int prev1,
                    int prev2, const uint8_t *first, uint64_t *out);

/* The same features in two parts, which together are tag_features' (in
 * another order): those of the words alone, which the tagger can compute
 * before the class of i - 1 is known, and the TAG_PREV_FEATURES or fewer
 * that also take prev1 and prev2. */
#define TAG_PREV_FEATURES 10
size_t tag_features_words(const tag_word *words, size_t n, size_t i, const uint8_t *first, uint64_t *out);
size_t tag_features_prev(const tag_word *words, size_t n, size_t i, int prev1, int prev2,
                         const uint8_t *first, uint64_t *out);

#endif
