/* lemmatizer.h — UD lemmas from form + XPOS, learned from treebanks.
 *
 * Two tables, both stored in the tagger model file:
 *   - exceptions: (form, XPOS) -> lemma, for forms the rules get wrong
 *     (was -> be, children -> child, better -> good, 's -> be);
 *   - suffix rules: (XPOS, last k characters of the lower-cased form) ->
 *     "strip s bytes, append t, lower-case or keep case".  The longest
 *     matching suffix wins, so general rules (NNS: -s -> "") and their
 *     exceptions (NNS: -ies -> -y) live side by side.
 * Lookup order: exact form, then the lower-cased form (for sentence-initial
 * capitals), then the rules; a form with no rule is its own lemma.  Rules
 * are looked up from the shortest suffix on, stopping at the first absent
 * one, so every shorter suffix of a rule's suffix is in the table (as a
 * step entry when it has no rule of its own).
 *
 * The same code builds the tables (train/train_tagger.c) and reads them. */
#ifndef DYAD_LEMMATIZER_H
#define DYAD_LEMMATIZER_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

#define LEMMA_MAX_SUFFIX 7

typedef struct lemma_exc_slot {
    uint64_t key;        /* 0 = empty */
    uint32_t lemma;      /* offset into the string pool */
    uint32_t pad;
} lemma_exc_slot;

typedef struct lemma_rule_slot {
    uint64_t key;        /* 0 = empty */
    uint32_t append;     /* offset into the string pool */
    uint8_t strip;       /* bytes removed from the end of the form */
    uint8_t lower;       /* 1: lower-case the form first; 2: no rule of its
                            own, only a step towards longer suffixes */
    uint16_t pad;
} lemma_rule_slot;

typedef struct lemma_tables {
    const lemma_exc_slot *exc;
    uint32_t exc_mask;   /* slots - 1 (a power of two minus one) */
    const lemma_rule_slot *rules;
    uint32_t rule_mask;
    const char *pool;
} lemma_tables;

uint64_t lemma_exc_key(const char *form, uint32_t xpos);
/* The same from hash_bytes(form, strlen(form), 0), which the tagger has. */
uint64_t lemma_exc_key_hashed(uint64_t form_hash, uint32_t xpos);
uint64_t lemma_rule_key(uint32_t xpos, const char *suffix, size_t len);

/* The rule turning form into lemma: *lower says whether the form is
 * lower-cased first (when the lemma has no upper-case ASCII letter), *strip
 * how many bytes go, *append (a pointer into lemma) what is added. */
void lemma_rule_derive(const char *form, const char *lemma, int *strip,
                       int *lower, const char **append);

/* The lemma of form tagged xpos.  Returns a pointer into the pool, form
 * itself, or a string allocated in a (NULL only when out of memory). */
const char *lemmatize(const lemma_tables *t, const char *form, uint32_t xpos,
                      arena *a);

/* lemmatize() for a caller that has hashed the form and its lower-case
 * copy already (hash_bytes, seed 0). */
const char *lemmatize_hashed(const lemma_tables *t, const char *form, uint64_t form_hash,
                             uint64_t lower_hash, uint32_t xpos, arena *a);

/* Only the rules (no exceptions); used when building the exception table. */
const char *lemmatize_by_rule(const lemma_tables *t, const char *form,
                              uint32_t xpos, arena *a);

#endif
