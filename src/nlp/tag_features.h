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

#define TAG_MAX_FEATURES 40
#define TAG_AFFIXES 4
/* Longest form looked at in bytes; longer forms are hashed whole but their
 * lower-case copy and shape are cut here. */
#define TAG_MAX_WORD 64

typedef struct tag_word {
    uint64_t form, lower, shape, short_shape;
    uint64_t pre[TAG_AFFIXES], suf[TAG_AFFIXES];
    uint64_t amb;   /* ambiguity class hash (see above) */
} tag_word;

/* ASCII lower-casing of at most cap-1 bytes into out (NUL-terminated);
 * returns the length written.  Non-ASCII bytes are copied unchanged. */
size_t tag_lower(const char *s, char *out, size_t cap);

/* Fills every hash of w except amb. */
void tag_word_init(tag_word *w, const char *form);

/* The ambiguity class of a word the lexicon does not know. */
uint64_t tag_unknown_amb(const tag_word *w);

/* Lexicon keys: exact form, and the lower-cased form used as a fallback. */
uint64_t tag_lex_key_exact(const char *form);
uint64_t tag_lex_key_lower(const char *lower);

/* Writes the features of position i to out (at most TAG_MAX_FEATURES) and
 * returns their number.  prev1/prev2: the classes predicted for i-1 and i-2
 * (-1 before the sentence). */
size_t tag_features(const tag_word *words, size_t n, size_t i, int prev1,
                    int prev2, uint64_t *out);

#endif
