/* ner_lexicon.h — the name knowledge baked into the name tagger's model:
 * a hash set of known names (word sequences) with what they are known as
 * (NER_LEX_* bits), built at training time from dyad's own openly licensed
 * resources (the GeoNames gazetteer data/geo/gazetteer.bin and the
 * dictionaries data/dict/people.txt, countries.txt, igos.txt, groups.txt)
 * and stored in ner.bin, so tagging needs no other file.
 *
 * A name's key combines the ASCII-lowercase hashes of its words
 * (ner_lower_hash), so a sentence's word sequences are looked up from the
 * hashes the tagger computes anyway.  Slots are u32: a 16-bit fingerprint
 * of the key (never 0) and the 16 value bits; open addressing with linear
 * probing, an empty slot is 0.  A false match needs both a probe chain hit
 * and an equal fingerprint (about load / 65536 per lookup). */
#ifndef DYAD_NER_LEXICON_H
#define DYAD_NER_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* What a word sequence is known as (bits, OR-ed). */
enum {
    NER_LEX_COUNTRY = 1u << 0,  /* a country (gazetteer or countries.txt) */
    NER_LEX_REGION = 1u << 1,   /* an admin1 division or region */
    NER_LEX_CITY_BIG = 1u << 2, /* a city of >= 100,000, or a capital */
    NER_LEX_CITY = 1u << 3,     /* a smaller populated place */
    NER_LEX_PERSON = 1u << 4,   /* a person's full name (people.txt) */
    NER_LEX_ORG = 1u << 5,      /* an organisation (igos.txt, groups.txt) */
    NER_LEX_NATION = 1u << 6,   /* a nationality adjective or people noun */
    NER_LEX_GIVEN = 1u << 7,    /* first word of a multi-word person name */
    NER_LEX_SURNAME = 1u << 8,  /* last word of a multi-word person name */
    NER_LEX_ORG_HEAD = 1u << 9, /* last word of a multi-word organisation name */
    NER_LEX_CITY_HUGE = 1u << 10, /* a city of >= 1,000,000 */
    NER_LEX_PLACE_PART = 1u << 11, /* first word of a multi-word place name */
    /* Word classes from short lists written for dyad (train/train_ner.c): */
    NER_LEX_TITLE = 1u << 12,     /* a title before a person's name ("President") */
    NER_LEX_ORG_WORD = 1u << 13,  /* a word that ends or opens organisation names ("University") */
    NER_LEX_PLACE_PREP = 1u << 14, /* a preposition often before a place ("in", "near") */
    NER_LEX_PLACE_WORD = 1u << 15, /* a word that ends place names ("River", "Street") */
};

#define NER_LEX_GEO (NER_LEX_COUNTRY | NER_LEX_REGION | NER_LEX_CITY_BIG | NER_LEX_CITY | NER_LEX_CITY_HUGE | NER_LEX_PLACE_PART)
#define NER_LEX_PEOPLE (NER_LEX_PERSON | NER_LEX_GIVEN | NER_LEX_SURNAME)
#define NER_LEX_ORGS (NER_LEX_ORG | NER_LEX_ORG_HEAD | NER_LEX_NATION)

/* A few bits saying which kinds of knowledge a value has: place (big
 * place apart), person, organisation, nationality. */
static inline uint32_t ner_lex_coarse(uint32_t v) {
    return ((v & (NER_LEX_COUNTRY | NER_LEX_REGION | NER_LEX_CITY_BIG)) ? 1u : (v & NER_LEX_CITY) ? 2u : 0u) |
           ((v & (NER_LEX_PERSON | NER_LEX_GIVEN | NER_LEX_SURNAME)) ? 4u : 0u) |
           ((v & (NER_LEX_ORG | NER_LEX_ORG_HEAD)) ? 8u : 0u) | ((v & NER_LEX_NATION) ? 16u : 0u);
}

typedef struct ner_lexicon {
    const uint32_t *slots; /* NULL: no lexicon */
    uint32_t bits;         /* 1 << bits slots */
} ner_lexicon;

/* The key of a word sequence: start with NER_LEX_SEED, fold in each word's
 * ner_lower_hash. */
#define NER_LEX_SEED 0x6a09e667f3bcc908ULL
static inline uint64_t ner_lex_next(uint64_t key, uint64_t word_hash) {
    uint64_t h = (key ^ word_hash) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

/* The key under which a gazetteer name key is stored: the low 32 bits of
 * its place_key_hash (src/resolve/placename.h), the part the gazetteer file
 * keeps, in a domain of its own.  Every spelling GeoNames knows is found
 * this way ("al-Bukamal", "Abu Kamal"), not only the main names. */
static inline uint64_t ner_lex_gaz_key(uint32_t place_hash_lo) {
    uint64_t h = ((uint64_t)place_hash_lo ^ 0x3c6ef372fe94f82bULL) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 31);
}

/* WordNet's knowledge of a single word, stored under
 * ner_lex_next(NER_LEX_WN_SEED, ner_lower_hash(word)) in a layout of its
 * own: whether WordNet lists it in lowercase (a common word of any part of
 * speech) and, when it lists it capitalised, as what kind of noun. */
#define NER_LEX_WN_SEED 0xbb67ae8584caa73bULL
enum {
    NER_WN_COMMON = 1u << 0,   /* listed in lowercase ("iodine", "spring") */
    NER_WN_PERSON = 1u << 1,   /* capitalised, noun.person ("Einstein") */
    NER_WN_LOCATION = 1u << 2, /* capitalised, noun.location ("Athens") */
    NER_WN_GROUP = 1u << 3,    /* capitalised, noun.group ("NATO") */
    NER_WN_PROPER = 1u << 4,   /* capitalised, any other kind */
    /* a lowercase noun, by its lexicographer file: "president",
     * "university", "river" (the words that head names) */
    NER_WN_NOUN_PERSON = 1u << 5,
    NER_WN_NOUN_LOCATION = 1u << 6,
    NER_WN_NOUN_GROUP = 1u << 7,
};

/* The value bits stored for key (0 when unknown). */
static inline uint32_t ner_lex_get(const ner_lexicon *lx, uint64_t key) {
    if (!lx || !lx->slots) return 0;
    uint32_t mask = (1u << lx->bits) - 1, fp = (uint32_t)(key >> 48) | 1u;
    for (uint32_t i = (uint32_t)key & mask;; i = (i + 1) & mask) {
        uint32_t s = lx->slots[i];
        if (!s) return 0;
        if (s >> 16 == fp) return s & 0xffff;
    }
}

/* Building (training time).  ner_lex_add splits `phrase` into words at
 * spaces (and splits off a final "'s", as tokenizers do) and ORs `value`
 * into its entry; 0 on success, -1 when the table is too full (more than
 * half) or the phrase has no words or more than NER_LEX_MAX_WORDS. */
#define NER_LEX_MAX_WORDS 6
typedef struct ner_lexicon_builder {
    uint32_t *slots;
    uint32_t bits;
    size_t used;
} ner_lexicon_builder;

int ner_lex_builder_init(ner_lexicon_builder *b, uint32_t bits);
void ner_lex_builder_free(ner_lexicon_builder *b);
int ner_lex_add_key(ner_lexicon_builder *b, uint64_t key, uint32_t value);
/* Splits phrase[0..len) into words; returns the count (0 when none or too
 * many), with each word's ner_lower_hash in hashes. */
size_t ner_lex_words(const char *phrase, size_t len, uint64_t hashes[NER_LEX_MAX_WORDS]);
int ner_lex_add(ner_lexicon_builder *b, const char *phrase, size_t len, uint32_t value);

#endif
