/* tag_wordnet.h — word-class evidence from WordNet for unseen words.
 *
 * The tagger model can carry a set of WordNet lemmas and irregular forms
 * with their parts of speech (noun, verb, adjective, adverb), taken at
 * training time from Debian's wordnet-base (train/train_tagger.c
 * --wordnet).  For a word the treebanks never showed, tag_wn_signature
 * says which parts of speech WordNet gives it directly and which regular
 * inflections (-s plural, -s/-ed/-ing verb, -er/-est adjective) lead to a
 * WordNet lemma: "reconfigured" -> verb past, "frobs" -> nothing; and
 * whether WordNet spells it only capitalised (a name: "punjab").  The
 * tagger uses the signature as a feature (tag_features.h). */
#ifndef DYAD_TAG_WORDNET_H
#define DYAD_TAG_WORDNET_H

#include <stddef.h>
#include <stdint.h>

enum {
    WN_NOUN = 1, WN_VERB = 2, WN_ADJ = 4, WN_ADV = 8,  /* the word itself */
    WN_NOUN_PL = 16, WN_VERB_S = 32, WN_VERB_ED = 64, WN_VERB_ING = 128,
    WN_ADJ_ER = 256, WN_ADJ_EST = 512,                 /* via an inflection */
    WN_PROPER = 1024,  /* the word itself: WordNet spells it capitalised only
                          (names of places, people, ...: "punjab") */
};

typedef struct tag_wn_slot {
    uint32_t fp;    /* (key >> 32) | 1; 0 = empty */
    uint32_t pos;   /* WN_NOUN..WN_ADV */
} tag_wn_slot;

typedef struct tag_wn {
    const tag_wn_slot *slots;
    uint32_t mask;  /* slots - 1; slots NULL: no WordNet in the model */
} tag_wn;

uint64_t tag_wn_key(const char *s, size_t len);
/* The parts of speech of the lower-case string s, 0 when absent. */
uint32_t tag_wn_lookup(const tag_wn *wn, const char *s, size_t len);
/* The signature (WN_* bits) of a lower-case word. */
uint32_t tag_wn_signature(const tag_wn *wn, const char *lower, size_t len);

/* The WordNet lemma of a lower-case word inflected as `bit` (one of
 * WN_NOUN_PL..WN_ADJ_EST), written to out (at least len + 3 bytes);
 * returns its length, or 0 when WordNet has no such base. */
size_t tag_wn_base(const tag_wn *wn, const char *lower, size_t len, uint32_t bit, char *out);

#endif
