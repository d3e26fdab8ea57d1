/* dict.h — the coder's in-memory dictionaries.
 *
 * Every dictionary format (dyad's own, TABARI, PETRARCH2) is converted into
 * these structures; the coder never sees a file format.  A dictionary is
 * built once, then read-only (shareable by threads).
 *
 *   words     interned normalised words (lowercase, curly quotes and dashes
 *             folded); every phrase word and verb lemma is a word id.
 *   actors    records "code kind dates" reached from a phrase trie.
 *   verbs     tree patterns, chained per lemma id.
 *   cameo     code -> Goldstein, quad class, PLOVER category, name.
 */
#ifndef DYAD_CODE_DICT_H
#define DYAD_CODE_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/arena.h"
#include "dyad.h"

#define WORD_NONE UINT32_MAX

/* ---- interned words ---- */
typedef struct wordtab {
    char **str;           /* id -> string (owned by the dict arena) */
    uint32_t *len;        /* id -> its length (lookups compare lengths first) */
    uint32_t n, cap;
    uint32_t *slots;      /* open addressing: id+1, 0 = empty */
    uint32_t n_slots;     /* power of two */
} wordtab;

/* ---- actors ---- */
enum actor_kind {
    AK_NAME = 0,   /* country name: Russia */
    AK_ADJ,        /* country adjective: Russian */
    AK_PEOPLE,     /* Russians */
    AK_METONYM,    /* Kremlin, Moscow, White House */
    AK_PERSON,     /* code of a person outside office */
    AK_OFFICE,     /* code while in office (dated) */
    AK_IGO,
    AK_IGO_METONYM,
    AK_GROUP,
    AK_AGENT,      /* sector code (GOV, MIL): composed with a country */
    AK_AGENT_FULL, /* full code for a fixed phrase (SYRMIL: pro-Assad forces) */
    AK_ACTOR,      /* compatibility dictionaries: a plain actor code */
    AK_DISCARD,    /* PETRARCH discard phrase: the sentence is not coded */
    AK_REGION,     /* a region ("Latin America"): no actor, but its words are
                    * taken, so "America" in it is not the United States */
    AK__COUNT
};

typedef struct date_range { int32_t from, to; } date_range; /* YYYYMMDD, inclusive */

typedef struct actor_rec {
    const char *code;
    uint8_t kind;
    uint8_t agent_prefix;  /* compat agents "NGO~": code goes before the actor's */
    uint32_t first_range, n_ranges; /* into dict.ranges; 0 ranges = always */
    /* where the entry holds: 3-letter country codes, comma-separated
     * ("PAK"), matched against where the sentence or story happens; NULL =
     * anywhere ("Taliban" in a story from Pakistan: PAKREB) */
    const char *places;
    uint32_t line;         /* source line, for explanations */
    const char *file;
} actor_rec;

/* A phrase's terminal entry: one phrase may lead to several records
 * (Putin: person RUS, office RUSGOV 2000..2008, 2012..). */
typedef struct phrase_entry {
    uint32_t rec;
    int32_t next;          /* next entry of the same phrase, -1 = end */
    uint8_t proper;        /* written with capitals: text must not be all lowercase */
    uint8_t n_words;
} phrase_entry;

/* Phrase trie: node 0 is the root; edges live in one hash keyed by
 * (node, word id).  Terminal nodes point to their first phrase_entry. */
typedef struct trie {
    uint64_t *keys;        /* (node << 32 | word) + 1, 0 = empty */
    uint32_t *vals;        /* child node */
    uint32_t n_slots, n_edges;
    int32_t *terminal;     /* node -> first phrase entry or -1 */
    uint32_t n_nodes, cap_nodes;
    uint8_t *has_child;    /* node -> 1 when it has edges (early exit) */
} trie;

/* ---- verbs ---- */
/* A pattern is a head lemma plus items; seg 1 items constrain the required
 * complement verb (">meet @with": the with-oblique of "meet"). */
enum pat_item_type {
    IT_XCOMP = 0,  /* >L|L      required xcomp/ccomp verb */
    IT_PART,       /* +WORD     particle / fixed adverb (one word per item) */
    IT_OBJ,        /* obj=L|L   required object lemma */
    IT_PP,         /* PREP=L|L  required oblique/nmod: words[0] = PREP, then lemmas */
    IT_REC,        /* @P|P      recipient = the oblique with that case marker */
    IT__COUNT
};

typedef struct pat_item {
    uint8_t type, seg;
    uint16_t n;            /* words */
    uint32_t first;        /* into dict.pat_words (or pat_build.w) */
} pat_item;

/* Items being collected for one pattern. */
typedef struct pat_build {
    pat_item it[32];
    int n_it;
    uint32_t w[1024];
    int n_w;
} pat_build;

/* Appends an item; returns -1 when the pattern is too large. */
int pb_add(pat_build *b, int type, int seg, const uint32_t *ids, int n);

typedef struct verb_pat {
    const char *code;      /* CAMEO code, e.g. "0874" */
    uint32_t lemma;        /* word id */
    uint8_t noun;          /* n:LEMMA: an event noun */
    uint8_t no_recipient;  /* "-" */
    uint8_t obj_in_obl;    /* compat (loose): a required word may be anywhere in an argument
                              (PETRARCH/TABARI match phrases, not heads); the first
                              actor after the verb is the target */
    uint8_t stem;          /* TABARI root without '_': matches lemmas it begins */
    uint8_t has_obj;       /* an obj= item on the head (light verb) */
    uint8_t bare_verb;     /* a verb pattern (not n:, loose or a stem) with no obj=,
                              PREP= or > item: try_pattern's bare verb */
    uint8_t compound_subj, compound_rec; /* legacy '%': a conjoined subject / target */
    uint16_t n_items;
    uint32_t first_item;   /* into dict.items */
    int32_t next;          /* next pattern for the same lemma, -1 = end */
    uint32_t line;
    const char *file;
    const char *text;      /* the pattern as written (evidence.rule) */
} verb_pat;

/* ---- CAMEO table ---- */
typedef struct cameo_entry {
    char code[8];
    double goldstein;
    int quad;
    const char *plover;    /* NULL for "-" */
    const char *name;
} cameo_entry;

typedef struct dict {
    arena mem;             /* strings and records */
    wordtab words;
    actor_rec *recs; uint32_t n_recs, cap_recs;
    date_range *ranges; uint32_t n_ranges, cap_ranges;
    phrase_entry *entries; uint32_t n_entries, cap_entries;
    trie actors;
    uint32_t max_phrase;   /* longest phrase in words */
    verb_pat *pats; uint32_t n_pats, cap_pats;
    uint32_t *pat_words; uint32_t n_pat_words, cap_pat_words;
    pat_item *items; uint32_t n_items, cap_items;
    pat_item *items_by_type; /* each pattern's items again, by type (stable):
                              * the order try_pattern checks them in */
    int32_t *verb_first;   /* word id -> first pattern, -1 (sized words.cap) */
    uint32_t n_stem_pats;  /* TABARI stem patterns; 0: no verb needs the prefix search */
    uint32_t verb_first_n;
    cameo_entry *cameo; uint32_t n_cameo, cap_cameo; /* sorted by code after load */
    /* Counts for tests and --explain. */
    uint32_t n_phrases;
    struct {                 /* what the last compat loaders read (cumulative) */
        uint32_t primary, synonyms, dated, blocks, pattern_lines, synsets, verbs, discards, agents;
    } stats;
    int quiet;             /* no warnings on stderr */
    uint32_t warned;       /* bit set of compat quirks already warned about */
} dict;

void dict_init(dict *d);
void dict_free(dict *d);

/* Normalises one word (lowercase, ’ -> ', dashes -> -) into out (NUL
 * terminated, truncated to out_size); returns its length. */
size_t word_norm(const char *s, size_t n, char *out, size_t out_size);
/* Interns a normalised word; returns its id or WORD_NONE when out of memory. */
uint32_t dict_word(dict *d, const char *w, size_t n);
/* Looks a normalised word up without adding it. */
uint32_t dict_word_find(const dict *d, const char *w, size_t n);
/* word_norm of s (NUL-terminated; at most 255 bytes normalised) looked up:
 * dict_word_find of what word_norm gives, faster for ASCII words. */
uint32_t dict_word_find_norm(const dict *d, const char *s);
const char *dict_word_str(const dict *d, uint32_t id);

/* Splits a phrase into normalised words (spaces, `_`, "'s", hyphens as
 * their own word), interns them into ids[]; returns the count (0 when empty,
 * -1 when longer than max). */
int dict_phrase_words(dict *d, const char *phrase, size_t n, uint32_t *ids, int max);

/* Adds a record and returns its index (UINT32_MAX when out of memory). */
uint32_t dict_add_rec(dict *d, const char *code, size_t code_len, int kind,
                      const date_range *ranges, uint32_t n_ranges, const char *file,
                      uint32_t line);
/* Adds a phrase for record rec.  proper: see phrase_entry.  Returns 0, or -1
 * when out of memory / too long. */
int dict_add_phrase(dict *d, const char *phrase, size_t n, uint32_t rec, int proper);
/* Adds a phrase given as word ids. */
int dict_add_phrase_ids(dict *d, const uint32_t *ids, int n_words, uint32_t rec, int proper);

/* Trie walking for the matcher. */
uint32_t trie_child(const trie *t, uint32_t node, uint32_t word); /* UINT32_MAX = none */

/* Verb patterns: returns the new pattern's index or UINT32_MAX. */
uint32_t dict_add_pattern(dict *d, const verb_pat *p, const pat_build *b);
int32_t dict_verb_first(const dict *d, uint32_t lemma);

/* CAMEO table. */
int dict_add_cameo(dict *d, const char *code, double goldstein, int quad,
                   const char *plover, const char *name);
void dict_sort_cameo(dict *d);
/* Exact code, else its base (3 digits), else its root (2 digits). */
const cameo_entry *dict_cameo(const dict *d, const char *code);

/* Loaders.  Each appends to d; errors name file:line. */
int dict_load_dyad(dict *d, const char *path, dyad_error *err);
int dict_load_tabari_actors(dict *d, const char *path, dyad_error *err);
int dict_load_tabari_agents(dict *d, const char *path, dyad_error *err);
int dict_load_tabari_verbs(dict *d, const char *path, dyad_error *err);
int dict_load_petrarch_actors(dict *d, const char *path, dyad_error *err);
int dict_load_petrarch_agents(dict *d, const char *path, dyad_error *err);
int dict_load_petrarch_verbs(dict *d, const char *path, dyad_error *err);
/* Discards: phrases whose match drops the sentence (whole = the story). */
int dict_load_petrarch_discards(dict *d, const char *path, dyad_error *err);

/* Warns once per quirk id (bit) unless quiet. */
void dict_warn_once(dict *d, unsigned quirk, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reads a whole file (NULs kept as bytes); caller frees. */
char *dict_read_file(const char *path, size_t *len, dyad_error *err);

/* Parses "YYYY-MM-DD..YYYY-MM-DD" lists into ranges (appended to d). */
int dict_parse_dates(dict *d, const char *s, size_t n, uint32_t *first, uint32_t *count);

#endif
