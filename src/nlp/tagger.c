#include "nlp/tagger.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "base/ascii.h"
#include "base/error.h"
#include "base/hash.h"
#include "nlp/lemmatizer.h"
#include "nlp/tag_features.h"

#if defined(__x86_64__) && defined(__SSE4_1__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2_PATH 1 /* compiled for any x86-64, chosen at load time */
#endif

/* Payload layout (TAGGER_VERSION 1), each part aligned as its type needs:
 *   tagger_header
 *   tagger_class      [n_classes]
 *   tagger_lex_slot   [1 << lex_bits]      open addressing, linear probing
 *   tagger_feat_slot  [1 << feat_bits]     open addressing, linear probing
 *   int16_t weight    [n_weights]          quantised averaged weights
 *   uint8_t class     [n_weights]          the class of each weight
 *   lemma_exc_slot    [1 << exc_bits]
 *   lemma_rule_slot   [1 << rule_bits]
 *   char pool         [pool_size]          NUL-terminated strings
 *   uint8_t tagsets   [tagset_size]        count, class ids; count, ...
 *   tag_wn_slot       [1 << wn_bits]       only when wn_bits > 0
 * A feature's weights are a run weight[off..off+n) with their classes
 * (sparse row), or, when n is 0, weight[off..off+dense_stride) indexed by
 * class, zero-padded to a multiple of 8 (dense row: features that fire for every word, such as the
 * previous tags, have a weight for most classes; a dense row is added with
 * SIMD, or only for a word's few candidate classes). */

/* The words the repairs after tagging ask about (repair_participle and
 * the others below), as bits of a word's class: each word of a sentence is
 * looked up once, by the hash of its lower-case form the tagger has
 * computed anyway, instead of each repair comparing every word with its
 * word lists (thousands of string compares a sentence). */
enum {
    WC_AUXILIARY = 1u << 0,       /* be, has, got ... */
    WC_PARTICIPLE_PREP = 1u << 1, /* a preposition after passive participles more than past tenses */
    WC_RELATIVE = 1u << 2,        /* that, which, who, whom */
    WC_REPORTING = 1u << 3,       /* the finite verbs of an attribution: said, told ... */
    WC_IRREGULAR_PAST = 1u << 4,  /* an irregular past tense that is no present tense of any verb */
    WC_SUBORDINATOR = 1u << 5,    /* a word that opens a subordinate clause */
    WC_REQUEST = 1u << 6,         /* a verb of request: demanded, urged ... */
    WC_STATUS = 1u << 7,          /* ousted, jailed ...: an adjective before a title or name */
    WC_PARTICLE = 1u << 8,        /* down, up, off, out */
    WC_MODIFIER = 1u << 9,        /* the participle of a pair of participle_modifier */
    WC_THAT = 1u << 10,
    WC_AND = 1u << 11,
    WC_ARTICLE = 1u << 12, /* the, a, an */
    WC_GUILTY = 1u << 13,
    WC_ALLEGED = 1u << 14,
    WC_CRIMES = 1u << 15,
    WC_WAR = 1u << 16,
    WC_CROSSING = 1u << 17,
    WC_NATIONAL = 1u << 18,
    WC_NEIGHBOURING = 1u << 19, /* both spellings */
    WC_OFFENSIVE = 1u << 20,
    WC_TRAVEL = 1u << 21,
    WC_BAN = 1u << 22,
    WC_MINE = 1u << 23,
    WC_UNACCUSATIVE = 1u << 24, /* exploded, erupted, collapsed ...: a past with no passive */
};

/* The word lists, in lower case (a word matches whatever its case, as
 * ascii_ieq does). */
static const struct word_list {
    uint32_t bit;
    const char *const *words;
} WORD_LISTS[] = {
    {WC_AUXILIARY, (const char *const[]){"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "has",
                                         "have", "had", "having", "get", "gets", "got", "gotten", NULL}},
    /* "targeted by Israel", "compared to anyone", "submitted to the
     * Office", "known for", "made of" */
    {WC_PARTICIPLE_PREP, (const char *const[]){"by", "to", "for", "of", "as", "than", "like", NULL}},
    {WC_RELATIVE, (const char *const[]){"that", "which", "who", "whom", NULL}},
    {WC_REPORTING, (const char *const[]){"said", "says", "say", "told", "added", "reported", "stated", NULL}},
    {WC_IRREGULAR_PAST,
     (const char *const[]){"fought", "fled", "met", "sent", "took", "struck", "seized", "shelled", "stormed", "killed",
                           "attacked", "bombed", "threw", "drove", "rode", "began", "led", "held", "sought", "bought",
                           "caught", "brought", "thought", "told", "sold", "won", "lost", "gave", "flew", "swore",
                           NULL}},
    {WC_SUBORDINATOR, (const char *const[]){"after", "before", "since", "until", "because", "although", "though",
                                            "while", "whereas", "when", "unless", NULL}},
    {WC_REQUEST, (const char *const[]){"demand", "demanded", "demands", "demanding", "urge", "urged", "urges",
                                       "urging", "insist", "insisted", "insists", "ask", "asked", "asks", "request",
                                       "requested", "require", "required", "requires", "recommend", "recommended",
                                       "propose", "proposed", NULL}},
    {WC_STATUS, (const char *const[]){"ousted", "deposed", "toppled", "jailed", "exiled", "detained", "imprisoned",
                                      "slain", "embattled", "disgraced", "sacked", NULL}},
    {WC_PARTICLE, (const char *const[]){"down", "up", "off", "out", "back", NULL}},
    {WC_MODIFIER, (const char *const[]){"armed", "opposed", "linked", "allied", "affiliated", "loyal", "angered",
                                        "backed", "dressed", "based", "close", NULL}},
    {WC_THAT, (const char *const[]){"that", NULL}},
    {WC_AND, (const char *const[]){"and", NULL}},
    {WC_ARTICLE, (const char *const[]){"the", "a", "an", NULL}},
    {WC_GUILTY, (const char *const[]){"guilty", NULL}},
    {WC_ALLEGED, (const char *const[]){"alleged", NULL}},
    {WC_CRIMES, (const char *const[]){"crimes", NULL}},
    {WC_WAR, (const char *const[]){"war", NULL}},
    {WC_CROSSING, (const char *const[]){"crossing", NULL}},
    {WC_NATIONAL, (const char *const[]){"national", NULL}},
    {WC_NEIGHBOURING, (const char *const[]){"neighbouring", "neighboring", NULL}},
    {WC_OFFENSIVE, (const char *const[]){"offensive", NULL}},
    {WC_TRAVEL, (const char *const[]){"travel", NULL}},
    {WC_BAN, (const char *const[]){"ban", "bans", "restriction", "restrictions", NULL}},
    {WC_MINE, (const char *const[]){"mine", NULL}},
    {WC_UNACCUSATIVE, (const char *const[]){"exploded", "erupted", "collapsed", "died", "occurred", "happened",
                                            "arrived", "capsized", "sank", "perished", "clashed", "rioted", "mutinied",
                                            "fled", "marched", "rallied", "raged", "flared", "resumed", "continued", "burst",
                                            NULL}},
};

/* Open addressing, linear probing; under a third full. */
#define WC_SLOTS 512
typedef struct word_class_slot {
    uint64_t key;     /* hash_bytes of the lower-case word, seed 0 (tag_word.base_lower) */
    const char *word; /* NULL: empty */
    uint32_t bits;
} word_class_slot;

struct tagger {
    model_blob blob;
    tagger_header h;
    const tagger_class *classes;
    const tagger_lex_slot *lex;
    uint32_t lex_mask;
    uint32_t dense_stride;  /* n_classes rounded up to a multiple of 8 */
    const tagger_feat_slot *feats;
    uint32_t feat_mask;
    const int16_t *weights;
    const uint8_t *wclass;
    lemma_tables lemma;
    const char *pool;
    const uint8_t *tagsets;
    tag_wn wn;
    uint32_t wn_inflection[TAGGER_MAX_CLASSES]; /* WN_NOUN_PL.. by class, or 0 */
    uint8_t xkind[TAGGER_MAX_CLASSES];          /* XK_* bits of each class's XPOS */
    int vbd_class;                               /* VERB/VBD, -1 when none */
    int vb_class;                                /* VERB/VB, -1 when none */
    int nn_class;                                /* NOUN/NN, -1 when none */
    int vbn_class;                               /* VERB/VBN, -1 when none */
    int nns_class;                               /* NOUN/NNS, -1 when none */
    int jj_class;                                /* ADJ/JJ, -1 when none */
    int in_class;                                /* ADP/IN, -1 when none */
    int nnp_class;                               /* PROPN/NNP, -1 when none */
    int rb_class;                                /* ADV/RB, -1 when none */
    int cd_class;                                /* NUM/CD, -1 when none */
    int sconj_class;                             /* SCONJ/IN, -1 when none */
    int64_t xpos_vbd, xpos_vbn;                  /* their xpos ids, -1 when none */
    int avx2;               /* the CPU has AVX2: dense rows 8 classes per add */
    word_class_slot word_class[WC_SLOTS]; /* WORD_LISTS by word */
};

static void word_class_build(tagger *t) {
    for (size_t l = 0; l < sizeof WORD_LISTS / sizeof *WORD_LISTS; l++)
        for (const char *const *w = WORD_LISTS[l].words; *w; w++) {
            uint64_t key = hash_bytes(*w, strlen(*w), 0);
            uint32_t s = (uint32_t)key & (WC_SLOTS - 1);
            while (t->word_class[s].word && strcmp(t->word_class[s].word, *w)) s = (s + 1) & (WC_SLOTS - 1);
            t->word_class[s].key = key;
            t->word_class[s].word = *w;
            t->word_class[s].bits |= WORD_LISTS[l].bit;
        }
}

/* The WC_* bits of form, whose tag_word has base_lower key: a slot with
 * an equal key is compared with the form itself, so a hash collision (or a
 * form longer than the tag_word's lower-case copy) matches nothing. */
static uint32_t word_class_of(const tagger *t, uint64_t key, const char *form) {
    for (uint32_t s = (uint32_t)key & (WC_SLOTS - 1);; s = (s + 1) & (WC_SLOTS - 1)) {
        const word_class_slot *e = &t->word_class[s];
        if (!e->word) return 0;
        if (e->key == key && ascii_ieq(form, e->word)) return e->bits;
    }
}

/* Which regular inflection a Penn XPOS marks, for WordNet lemmas. */
static uint32_t xpos_inflection(const char *x) {
    static const struct { const char *xpos; uint32_t bit; } map[] = {
        {"NNS", WN_NOUN_PL}, {"VBZ", WN_VERB_S}, {"VBD", WN_VERB_ED}, {"VBN", WN_VERB_ED},
        {"VBG", WN_VERB_ING}, {"JJR", WN_ADJ_ER}, {"JJS", WN_ADJ_EST},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(x, map[i].xpos)) return map[i].bit;
    return 0;
}

/* What the past-tense repair (repair_participle) asks of a class. */
enum { XK_FINITE = 1, XK_VBN = 2, XK_NOUN = 4, XK_OBJECT_START = 8, XK_PLURAL = 16, XK_PREP = 32 };

static uint8_t xpos_kind(const char *x) {
    static const char *const finite[] = {"VBD", "VBZ", "VBP", "MD"};
    static const char *const noun[] = {"NN", "NNS", "NNP", "NNPS"};
    static const char *const object_start[] = {"DT", "PRP$", "PRP", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"};
    uint8_t k = 0;
    for (size_t i = 0; i < sizeof finite / sizeof *finite; i++) k |= strcmp(x, finite[i]) ? 0 : XK_FINITE;
    for (size_t i = 0; i < sizeof noun / sizeof *noun; i++) k |= strcmp(x, noun[i]) ? 0 : XK_NOUN;
    for (size_t i = 0; i < sizeof object_start / sizeof *object_start; i++)
        k |= strcmp(x, object_start[i]) ? 0 : XK_OBJECT_START;
    k |= !strcmp(x, "NNS") || !strcmp(x, "NNPS") ? XK_PLURAL : 0;
    k |= !strcmp(x, "IN") ? XK_PREP : 0;
    return (uint8_t)(k | (strcmp(x, "VBN") ? 0 : XK_VBN));
}

size_t tagger_class_count(const tagger *t) { return t->h.n_classes; }
const char *tagger_class_upos(const tagger *t, size_t c) { return t->pool + t->classes[c].upos; }
const char *tagger_class_xpos(const tagger *t, size_t c) { return t->pool + t->classes[c].xpos; }

void tagger_free(tagger *t) {
    if (!t) return;
    model_blob_free(&t->blob);
    free(t);
}

/* Every offset and index in the file is checked once here, so tagging never
 * needs to: a corrupt file that passes the checksum still cannot make the
 * tagger read out of bounds or loop forever. */
static const char *validate(const tagger *t) {
    const tagger_header *h = &t->h;
    if (h->n_classes == 0 || h->n_classes > TAGGER_MAX_CLASSES) return "bad class count";
    if (h->passes < 1 || h->passes > 3) return "bad pass count";
    if (h->pool_size == 0 || t->pool[h->pool_size - 1] != 0) return "bad string pool";
    for (uint32_t c = 0; c < h->n_classes; c++)
        if (t->classes[c].upos >= h->pool_size || t->classes[c].xpos >= h->pool_size ||
            t->classes[c].xpos_id >= h->n_classes)
            return "bad class entry";
    size_t empty = 0;
    for (uint32_t s = 0; s <= t->lex_mask; s++) {
        const tagger_lex_slot *l = &t->lex[s];
        if (!l->key) { empty++; continue; }
        if (l->tagset >= h->tagset_size) return "bad lexicon entry";
        uint32_t cnt = t->tagsets[l->tagset];
        if ((uint64_t)l->tagset + cnt >= h->tagset_size) return "bad tag set";
        for (uint32_t k = 1; k <= cnt; k++)
            if (t->tagsets[l->tagset + k] >= h->n_classes) return "bad tag set";
    }
    if (!empty) return "full lexicon table";
    empty = 0;
    for (uint32_t s = 0; s <= t->feat_mask; s++) {
        if (!t->feats[s].fp) { empty++; continue; }
        uint64_t off = t->feats[s].row >> 8, n = t->feats[s].row & 0xff;
        if (off + (n ? n : t->dense_stride) > h->n_weights) return "bad feature row";
    }
    if (!empty) return "full feature table";
    for (uint32_t w = 0; w < h->n_weights; w++)
        if (t->wclass[w] >= h->n_classes) return "bad weight class";
    empty = 0;
    for (uint32_t s = 0; s <= t->lemma.exc_mask; s++) {
        if (!t->lemma.exc[s].key) { empty++; continue; }
        if (t->lemma.exc[s].lemma >= h->pool_size) return "bad lemma entry";
    }
    if (!empty) return "full lemma table";
    empty = 0;
    for (uint32_t s = 0; s <= t->lemma.rule_mask; s++) {
        if (!t->lemma.rules[s].key) { empty++; continue; }
        if (t->lemma.rules[s].append >= h->pool_size) return "bad lemma rule";
    }
    if (!empty) return "full lemma rule table";
    if (t->wn.slots) {
        empty = 0;
        for (uint32_t s = 0; s <= t->wn.mask; s++) empty += !t->wn.slots[s].fp;
        if (!empty) return "full WordNet table";
    }
    return NULL;
}

int tagger_load(const char *path, tagger **out, dyad_error *err) {
    *out = NULL;
    tagger *t = calloc(1, sizeof *t);
    if (!t) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    int st = model_blob_load(path, TAGGER_KIND, TAGGER_VERSION, &t->blob, err);
    if (st) { free(t); return st; }
    model_cursor c;
    model_cursor_init(&c, &t->blob);
    const tagger_header *h = model_read_bytes(&c, sizeof *h, 4);
    if (!h) goto truncated;
    t->h = *h;
    if (t->h.lex_bits > 28 || t->h.feat_bits > 28 || t->h.exc_bits > 28 || t->h.rule_bits > 28 ||
        t->h.wn_bits > 28 ||
        t->h.n_weights >= (1u << 24)) {
        tagger_free(t);
        return set_error(err, DYAD_ERR_INPUT, "%s: bad tagger model header", path);
    }
    t->lex_mask = (1u << t->h.lex_bits) - 1;
    t->dense_stride = TAGGER_DENSE_STRIDE(t->h.n_classes);
    t->feat_mask = (1u << t->h.feat_bits) - 1;
    t->lemma.exc_mask = (1u << t->h.exc_bits) - 1;
    t->lemma.rule_mask = (1u << t->h.rule_bits) - 1;
    t->classes = model_read_bytes(&c, (size_t)t->h.n_classes * sizeof *t->classes, 4);
    t->lex = model_read_bytes(&c, ((size_t)t->lex_mask + 1) * sizeof *t->lex, 8);
    t->feats = model_read_bytes(&c, ((size_t)t->feat_mask + 1) * sizeof *t->feats, 4);
    t->weights = model_read_bytes(&c, (size_t)t->h.n_weights * sizeof(int16_t), 2);
    t->wclass = model_read_bytes(&c, t->h.n_weights, 1);
    t->lemma.exc = model_read_bytes(&c, ((size_t)t->lemma.exc_mask + 1) * sizeof(lemma_exc_slot), 8);
    t->lemma.rules = model_read_bytes(&c, ((size_t)t->lemma.rule_mask + 1) * sizeof(lemma_rule_slot), 8);
    t->pool = model_read_bytes(&c, t->h.pool_size, 1);
    t->tagsets = model_read_bytes(&c, t->h.tagset_size, 1);
    if (t->h.wn_bits) {
        t->wn.mask = (1u << t->h.wn_bits) - 1;
        t->wn.slots = model_read_bytes(&c, ((size_t)t->wn.mask + 1) * sizeof *t->wn.slots, 4);
        if (!t->wn.slots) goto truncated;
    }
    if (c.failed || !t->classes || !t->lex || !t->feats || !t->lemma.exc ||
        !t->lemma.rules || !t->pool || !t->tagsets || (t->h.n_weights && (!t->weights || !t->wclass)))
        goto truncated;
    if (c.p != c.end) {
        tagger_free(t);
        return set_error(err, DYAD_ERR_INPUT, "%s: tagger model has trailing bytes", path);
    }
    t->lemma.pool = t->pool;
    const char *bad = validate(t);
    if (bad) {
        tagger_free(t);
        return set_error(err, DYAD_ERR_INPUT, "%s: corrupt tagger model (%s)", path, bad);
    }
    t->vbd_class = t->vb_class = t->nn_class = t->vbn_class = t->nns_class = t->jj_class = t->in_class = t->sconj_class = -1;
    t->nnp_class = t->rb_class = t->cd_class = -1;
    t->xpos_vbd = t->xpos_vbn = -1;
    for (uint32_t k = 0; k < t->h.n_classes; k++) {
        const char *x = t->pool + t->classes[k].xpos;
        if (!strcmp(x, "VBD")) t->xpos_vbd = t->classes[k].xpos_id;
        if (!strcmp(x, "VBN")) t->xpos_vbn = t->classes[k].xpos_id;
        t->wn_inflection[k] = xpos_inflection(x);
        t->xkind[k] = xpos_kind(x);
        if (!strcmp(x, "VBD") && !strcmp(t->pool + t->classes[k].upos, "VERB")) t->vbd_class = (int)k;
        if (!strcmp(x, "NN") && !strcmp(t->pool + t->classes[k].upos, "NOUN")) t->nn_class = (int)k;
        if (!strcmp(x, "VB") && !strcmp(t->pool + t->classes[k].upos, "VERB")) t->vb_class = (int)k;
        if (!strcmp(x, "VBN") && !strcmp(t->pool + t->classes[k].upos, "VERB")) t->vbn_class = (int)k;
        if (!strcmp(x, "NNS") && !strcmp(t->pool + t->classes[k].upos, "NOUN")) t->nns_class = (int)k;
        if (!strcmp(x, "JJ") && !strcmp(t->pool + t->classes[k].upos, "ADJ")) t->jj_class = (int)k;
        if (!strcmp(x, "IN") && !strcmp(t->pool + t->classes[k].upos, "ADP")) t->in_class = (int)k;
        if (!strcmp(x, "NNP") && !strcmp(t->pool + t->classes[k].upos, "PROPN")) t->nnp_class = (int)k;
        if (!strcmp(x, "RB") && !strcmp(t->pool + t->classes[k].upos, "ADV")) t->rb_class = (int)k;
        if (!strcmp(x, "CD") && !strcmp(t->pool + t->classes[k].upos, "NUM")) t->cd_class = (int)k;
        if (!strcmp(x, "IN") && !strcmp(t->pool + t->classes[k].upos, "SCONJ")) t->sconj_class = (int)k;
    }
#if defined(HAVE_AVX2_PATH)
    t->avx2 = __builtin_cpu_supports("avx2") && !getenv("DYAD_NO_AVX2"); /* set: SSE paths (tests) */
#endif
    word_class_build(t);
    *out = t;
    return 0;
truncated:
    tagger_free(t);
    return set_error(err, DYAD_ERR_INPUT, "%s: tagger model is truncated", path);
}

static const tagger_lex_slot *lex_find(const tagger *t, uint64_t key) {
    for (uint32_t s = (uint32_t)key & t->lex_mask;; s = (s + 1) & t->lex_mask) {
        if (t->lex[s].key == key) return &t->lex[s];
        if (!t->lex[s].key) return NULL;
    }
}

#if defined(__SSE4_1__)
#include <smmintrin.h>
#endif
#if defined(HAVE_AVX2_PATH)
/* NV vectors of 8 columns from column c over every row, the sums in
 * registers (constant NV: one instance per width). */
#define DENSE_BLOCK(NV)                                                                                  \
    do {                                                                                                 \
        __m256i a[NV];                                                                                   \
        _Pragma("GCC unroll 8") for (int v = 0; v < (NV); v++) a[v] =                                    \
            _mm256_loadu_si256((const __m256i *)(scores + c) + v);                                       \
        for (int j = 0; j < nr; j++) {                                                                   \
            const int16_t *r = rows[j] + c;                                                              \
            _Pragma("GCC unroll 8") for (int v = 0; v < (NV); v++) a[v] =                                \
                _mm256_add_epi32(a[v], _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(r + 8 * v)))); \
        }                                                                                                \
        _Pragma("GCC unroll 8") for (int v = 0; v < (NV); v++)                                           \
            _mm256_storeu_si256((__m256i *)(scores + c) + v, a[v]);                                      \
        c += 8 * (NV);                                                                                   \
    } while (0)
/* add_dense for nr rows at once with 256-bit adds (n is a multiple of 8):
 * 64 columns at a time summed over every row in registers, then the rest
 * (up to 56) the same way, so the scores are loaded and stored once
 * (integer sums: the same in any order). */
__attribute__((target("avx2"))) static void add_dense_rows_avx2(int32_t *scores, const int16_t *const *rows,
                                                               int nr, uint32_t n) {
    uint32_t c = 0;
    while (c + 64 <= n) DENSE_BLOCK(8);
    /* the last columns in one more pass over the rows, not one a vector */
    switch ((n - c) / 8) {
    case 7: DENSE_BLOCK(7); break;
    case 6: DENSE_BLOCK(6); break;
    case 5: DENSE_BLOCK(5); break;
    case 4: DENSE_BLOCK(4); break;
    case 3: DENSE_BLOCK(3); break;
    case 2: DENSE_BLOCK(2); break;
    case 1: DENSE_BLOCK(1); break;
    default: break;
    }
}
#undef DENSE_BLOCK
#endif

/* scores[c] += w[c] for every class; n is a multiple of 8. */
static void add_dense(int32_t *scores, const int16_t *w, uint32_t n) {
    uint32_t c = 0;
#if defined(__SSE4_1__)
    for (; c + 8 <= n; c += 8) {
        __m128i v = _mm_loadu_si128((const __m128i *)(w + c));
        __m128i lo = _mm_cvtepi16_epi32(v), hi = _mm_cvtepi16_epi32(_mm_srli_si128(v, 8));
        __m128i *s = (__m128i *)(scores + c);
        _mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), lo));
        _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), hi));
    }
#endif
    for (; c < n; c++) scores[c] += w[c];
}

#if defined(__SSE4_1__)
/* The maximum of sc[0 .. n). */
static int32_t max_of(const int32_t *sc, uint32_t n) {
    __m128i m = _mm_set1_epi32(INT32_MIN);
    uint32_t c = 0;
    for (; c + 4 <= n; c += 4) m = _mm_max_epi32(m, _mm_loadu_si128((const __m128i *)(sc + c)));
    m = _mm_max_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2)));
    m = _mm_max_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1)));
    int32_t top = _mm_cvtsi128_si32(m);
    for (; c < n; c++) top = sc[c] > top ? sc[c] : top;
    return top;
}

#if defined(HAVE_AVX2_PATH)
/* max_of with 256-bit compares. */
__attribute__((target("avx2"))) static int32_t max_of_avx2(const int32_t *sc, uint32_t n) {
    __m256i m = _mm256_set1_epi32(INT32_MIN);
    uint32_t c = 0;
    for (; c + 8 <= n; c += 8) m = _mm256_max_epi32(m, _mm256_loadu_si256((const __m256i *)(sc + c)));
    __m128i h = _mm_max_epi32(_mm256_castsi256_si128(m), _mm256_extracti128_si256(m, 1));
    h = _mm_max_epi32(h, _mm_shuffle_epi32(h, _MM_SHUFFLE(1, 0, 3, 2)));
    h = _mm_max_epi32(h, _mm_shuffle_epi32(h, _MM_SHUFFLE(2, 3, 0, 1)));
    int32_t top = _mm_cvtsi128_si32(h);
    for (; c < n; c++) top = sc[c] > top ? sc[c] : top;
    return top;
}
#endif

/* What the scalar scan in tag_pass finds over every class: the first class
 * with the highest score, that score, and the highest score of the other
 * classes (INT32_MIN when none). */
static int best_of_all(int32_t *sc, uint32_t n, int avx2, int32_t *top, int32_t *second) {
#if defined(HAVE_AVX2_PATH)
    int32_t t = avx2 ? max_of_avx2(sc, n) : max_of(sc, n);
#else
    (void)avx2;
    int32_t t = max_of(sc, n);
#endif
    uint32_t b = 0;
    while (sc[b] != t) b++;
    sc[b] = INT32_MIN; /* the others only (ties with t included) */
#if defined(HAVE_AVX2_PATH)
    *second = avx2 ? max_of_avx2(sc, n) : max_of(sc, n);
#else
    *second = max_of(sc, n);
#endif
    sc[b] = t;
    *top = t;
    return (int)b;
}
#endif

/* The slot of feature key, or NULL when the model has no weights for it. */
static const tagger_feat_slot *find_feature(const tagger_feat_slot *feats, uint32_t mask, uint64_t key) {
    uint32_t fp = tagger_feat_fp(key);
    for (uint32_t s = (uint32_t)key & mask;; s = (s + 1) & mask) {
        const tagger_feat_slot *f = &feats[s];
        if (f->fp == fp) return f;
        if (!f->fp) return NULL;
    }
}

/* The weight table, copied out of the tagger into tag_pass's locals: the
 * score updates are int32 stores, which as far as the compiler knows may
 * change the tagger's fields, so read through t they were read again for
 * every feature. */
typedef struct tagger_rows {
    const int16_t *weights;
    const uint8_t *wclass;
    uint32_t dense_stride;
} tagger_rows;

/* Adds the weights of feature slot f; set (count, classes) limits dense
 * rows to the classes that can win.  dense: NULL, or where to leave the
 * dense rows to add for every class (*nd of them) for add_dense_rows_avx2. */
static void add_feature(const tagger_rows *m, const tagger_feat_slot *f, const uint8_t *set, int32_t *scores,
                        const int16_t **dense, int *nd) {
    uint32_t off = f->row >> 8, n = f->row & 0xff;
    const int16_t *w = m->weights + off;
    if (n) {
        const uint8_t *cl = m->wclass + off;
        _Pragma("GCC unroll 4") for (uint32_t k = 0; k < n; k++) scores[cl[k]] += w[k];
    } else if (set) {
        for (uint32_t k = 1; k <= set[0]; k++) scores[set[k]] += w[set[k]];
    } else {
        if (dense) {
            dense[(*nd)++] = w;
            return;
        }
        add_dense(scores, w, m->dense_stride);
    }
}

/* The feature table and the weights are megabytes read at random: asking
 * for every feature's slot, then for every found slot's weights, before
 * adding any lets the cache misses overlap instead of waiting for each in
 * turn (but for the first `asked`, whose slots prefetch_next asked for).
 * Leaves the found slots (NULL: no weights) in found[0 .. nf). */
static void find_features(const tagger *t, const uint64_t *feats, size_t nf, size_t asked,
                          const tagger_feat_slot **found) {
    /* (in locals: the stores into found could change t's fields as far as
     * the compiler knows, which had it read them again for every key) */
    const tagger_feat_slot *table = t->feats;
    const uint32_t mask = t->feat_mask;
    const int16_t *weights = t->weights;
    const uint8_t *wclass = t->wclass;
#if defined(__GNUC__) || defined(__clang__)
    for (size_t k = asked; k < nf; k++) __builtin_prefetch(&table[(uint32_t)feats[k] & mask]);
#else
    (void)asked, (void)weights, (void)wclass;
#endif
    for (size_t k = 0; k < nf; k++) {
        const tagger_feat_slot *f = found[k] = find_feature(table, mask, feats[k]);
#if defined(__GNUC__) || defined(__clang__)
        if (f) {
            uint32_t off = f->row >> 8;
            __builtin_prefetch(weights + off);
            if (f->row & 0xff) __builtin_prefetch(wclass + off);
        }
#endif
    }
}

/* Computes the word features of word i, to be scored next, into feats
 * and asks for their slots while this word is scored (all its features
 * but the few with the previous classes, not known yet); returns their
 * number.  They are kept for when word i is scored. */
static size_t prefetch_next(const tagger *t, const tag_word *w, size_t n, size_t i, const uint8_t *first,
                            uint64_t *feats) {
    size_t nf = tag_features_words(w, n, i, first, feats);
#if defined(__GNUC__) || defined(__clang__)
    for (size_t k = 0; k < nf; k++) __builtin_prefetch(&t->feats[(uint32_t)feats[k] & t->feat_mask]);
#else
    (void)t;
#endif
    return nf;
}

/* One greedy left-to-right pass; first: NULL, or the first pass's classes. */
static void tag_pass(const tagger *t, const tag_word *w, size_t n, const uint8_t *const *sets,
                     const uint8_t *first, uint8_t *out, uint16_t *margin) {
    long limit = t->h.pass2_margin;
    int prev1 = -1, prev2 = -1;
    /* two feature buffers: this word's, and the next word's word features
     * (computed once, when this word asks for their slots) */
    uint64_t buf[2][TAG_MAX_FEATURES];
    int cur = 0;
    size_t carried = SIZE_MAX, ncarried = 0; /* the word whose word features are in buf[cur] */
    int32_t scores[TAGGER_DENSE_STRIDE(TAGGER_MAX_CLASSES)];
    const tagger_rows rows = {t->weights, t->wclass, t->dense_stride};
    const int avx2 = t->avx2;
    for (size_t i = 0; i < n; i++) {
        int best = 0;
        const uint8_t *set = sets[i];
        if (set && set[0] == 1) {
            best = set[1];  /* one tag in training: nothing to decide */
            if (margin) margin[i] = 0xffff;
        } else if (first && margin[i] >= limit) {
            best = first[i];  /* the first pass was sure: keep its class */
        } else {
            uint64_t *feats = buf[cur];
            size_t asked = carried == i ? ncarried : 0;
            size_t nf = carried == i ? ncarried : tag_features_words(w, n, i, first, feats);
            nf += tag_features_prev(w, n, i, prev1, prev2, first, feats + nf);
            memset(scores, 0, t->h.n_classes * sizeof *scores);
            const int16_t *dense[TAG_MAX_FEATURES];
            int nd = 0;
            const tagger_feat_slot *found[TAG_MAX_FEATURES];
            find_features(t, feats, nf, asked, found);
            if (i + 1 < n && !(sets[i + 1] && sets[i + 1][0] == 1) && !(first && margin[i + 1] >= limit)) {
                cur ^= 1; /* (feats is not read again: found has the slots) */
                ncarried = prefetch_next(t, w, n, i + 1, first, buf[cur]);
                carried = i + 1;
            }
            for (size_t k = 0; k < nf; k++)
                if (found[k]) add_feature(&rows, found[k], set, scores, avx2 ? dense : NULL, &nd);
#if defined(HAVE_AVX2_PATH)
            if (nd) add_dense_rows_avx2(scores, dense, nd, rows.dense_stride);
#endif
            /* The best class and, for the first pass, its margin over the
             * runner-up (ties go to the lower class, as in training). */
            int32_t top = INT32_MIN, second = INT32_MIN;
            if (set) {
                for (uint32_t k = 1; k <= set[0]; k++) {
                    int32_t v = scores[set[k]];
                    if (v > top) { second = top; top = v; best = set[k]; }
                    else if (v > second) second = v;
                }
            } else {
#if defined(__SSE4_1__)
                best = best_of_all(scores, t->h.n_classes, avx2, &top, &second);
#else
                for (uint32_t c = 0; c < t->h.n_classes; c++) {
                    int32_t v = scores[c];
                    if (v > top) { second = top; top = v; best = (int)c; }
                    else if (v > second) second = v;
                }
#endif
            }
            if (!first) {
                int64_t m = (int64_t)top - second;
                margin[i] = (uint16_t)(m > 0xfffe ? 0xfffe : m);
            }
        }
        out[i] = (uint8_t)best;
        prev2 = prev1;
        prev1 = best;
    }
}

/* Exceptions seen in training first; then, for a word the lexicon does not
 * know, its WordNet base when the tag says how it is inflected
 * ("reconfigured"/VBN -> "reconfigure"); then the suffix rules. */
static const char *lemma_of(const tagger *t, const tag_word *w, const char *form, int cls,
                            arena *a) {
    uint32_t x = t->classes[cls].xpos_id;
    const char *l = lemma_exception(&t->lemma, w->base_form, w->base_lower, x);
    if (l) return l;
    /* a past tense seen only as a participle, or the other way round, has
     * the same lemma: "declined"/VBD as "declined"/VBN, not "declin" */
    int64_t sibling = (int64_t)x == t->xpos_vbd ? t->xpos_vbn : (int64_t)x == t->xpos_vbn ? t->xpos_vbd : -1;
    if (sibling >= 0 && (l = lemma_exception(&t->lemma, w->base_form, w->base_lower, (uint32_t)sibling)) != NULL)
        return l;
    /* an irregular past behind a verb prefix the lexicon never saw:
     * "retook" -> "retake", "overran" -> "overrun", "withdrew" is known */
    /* (a past or participle, or a past read as a present: "retook"/VBP) */
    if (!w->known && t->xpos_vbd >= 0 &&
        ((int64_t)x == t->xpos_vbd || (int64_t)x == t->xpos_vbn || str_eq(t->pool + t->classes[cls].xpos, "VBP"))) {
        static const char *const prefixes[] = {"re", "over", "under", "out", "mis", "fore", "up", NULL};
        char low[TAG_MAX_WORD];
        size_t len = tag_lower(form, low, sizeof low);
        for (int p = 0; prefixes[p] && len < TAG_MAX_WORD; p++) {
            size_t pl = strlen(prefixes[p]);
            if (len < pl + 3 || strncmp(low, prefixes[p], pl)) continue;
            uint64_t h = hash_bytes(low + pl, len - pl, 0);
            const char *base = lemma_exception(&t->lemma, h, h, (uint32_t)t->xpos_vbd);
            if (!base && t->xpos_vbn >= 0) base = lemma_exception(&t->lemma, h, h, (uint32_t)t->xpos_vbn);
            /* (only a base that differs from the form: an irregular) */
            if (!base || !strcmp(base, low + pl)) continue;
            size_t bl = strlen(base);
            char *out = arena_alloc(a, pl + bl + 1);
            if (!out) return NULL;
            memcpy(out, low, pl);
            memcpy(out + pl, base, bl + 1);
            return out;
        }
    }
    if (!w->known && t->wn.slots && t->wn_inflection[cls]) {
        char low[TAG_MAX_WORD], base[TAG_MAX_WORD + 4];
        size_t len = tag_lower(form, low, sizeof low);
        size_t bl = len < TAG_MAX_WORD - 1 ? tag_wn_base(&t->wn, low, len, t->wn_inflection[cls], base) : 0;
        if (bl) return arena_strndup(a, base, bl);
    }
    const char *r = lemmatize_by_rule(&t->lemma, form, x, a);
    if (r && w->known && t->wn.slots && (t->wn_inflection[cls] & (WN_VERB_ED | WN_VERB_S | WN_VERB_ING))) {
        /* a known verb form the rules cut to a non-word ("examined" ->
         * "examin"): WordNet's base when it has one ("examine"); not for
         * nouns, whose plurals can be lemmas ("Regards", "supplies") */
        char low[TAG_MAX_WORD], base[TAG_MAX_WORD + 4];
        size_t rl = strlen(r);
        if (rl < TAG_MAX_WORD && !tag_wn_lookup(&t->wn, r, rl)) {
            size_t len = tag_lower(form, low, sizeof low);
            size_t bl = len < TAG_MAX_WORD - 1 ? tag_wn_base(&t->wn, low, len, t->wn_inflection[cls], base) : 0;
            if (bl) return arena_strndup(a, base, bl);
        }
    }
    return r;
}

/* An object that opens with a quantity: "killed at least 20 civilians",
 * "more than 100 people", "about 400 officers". */
static int quantity_start(const char *const *forms, size_t i, size_t n) {
    if (i + 1 >= n || !forms[i] || !forms[i + 1]) return 0;
    if (ascii_ieq(forms[i], "at")) return ascii_ieq(forms[i + 1], "least");
    if (ascii_ieq(forms[i], "more") || ascii_ieq(forms[i], "fewer") || ascii_ieq(forms[i], "less"))
        return ascii_ieq(forms[i + 1], "than");
    if (ascii_ieq(forms[i], "about") || ascii_ieq(forms[i], "nearly") || ascii_ieq(forms[i], "almost") ||
        ascii_ieq(forms[i], "around") || ascii_ieq(forms[i], "some") || ascii_ieq(forms[i], "over") ||
        ascii_ieq(forms[i], "up"))
        return (forms[i + 1][0] >= '0' && forms[i + 1][0] <= '9') || ascii_ieq(forms[i + 1], "to");
    return 0;
}

/* Wire copy's day between the verb and what it governs: "Mali's army
 * denied on Sunday that ...", "rejected on Friday a proposal". */
static int weekday_then_object(const char *const *forms, size_t i, size_t n) {
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                       NULL};
    if (i < n && forms[i] && ascii_ieq(forms[i], "on")) i++;
    if (i + 1 >= n || !forms[i]) return 0;
    int day = 0;
    for (size_t k = 0; days[k] && !day; k++) day = str_eq(forms[i], days[k]);
    if (!day || !forms[i + 1]) return 0;
    /* then a that-clause or an object, not a full stop or a comma */
    const char *nx = forms[i + 1];
    return !(str_eq(nx, ".") || str_eq(nx, ",") || str_eq(nx, ";") || ascii_ieq(nx, "after") ||
             ascii_ieq(nx, "before") || ascii_ieq(nx, "in") || ascii_ieq(nx, "at") || ascii_ieq(nx, "by"));
}

/* "The European Union threatened on Monday to impose sanctions", "North
 * Korea's army threatened on Wednesday to fire missiles": a past tense
 * between its subject and a day the tagger read as a noun or an adverb.
 * An -ed word that is no verb, right after a noun, before "on" + weekday
 * and then "to" or "that", with no finite verb before it in the
 * sentence, is the past tense (news only). */
static void repair_past_before_day(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                       NULL};
    if (t->vbd_class < 0) return;
    for (size_t i = 1; i + 4 < n; i++) {
        if (t->xkind[cls[i - 1]] & XK_FINITE) return;
        size_t len = forms[i] ? strlen(forms[i]) : 0;
        if (len < 5 || forms[i][len - 2] != 'e' || forms[i][len - 1] != 'd' || !(forms[i][0] >= 'a' && forms[i][0] <= 'z'))
            continue;
        if (t->pool[t->classes[cls[i]].xpos] == 'V' || !(t->xkind[cls[i - 1]] & XK_NOUN)) continue;
        if (!forms[i + 1] || !ascii_ieq(forms[i + 1], "on") || !forms[i + 2]) continue;
        int day = 0;
        for (size_t k = 0; days[k] && !day; k++) day = str_eq(forms[i + 2], days[k]);
        if (!day || !forms[i + 3] || !(str_eq(forms[i + 3], "to") || str_eq(forms[i + 3], "that"))) continue;
        cls[i] = (uint8_t)t->vbd_class;
        return;
    }
}

/* "Protesters stormed the parliament", "Azerbaijani artillery shelled
 * army positions": news sentences whose rare verb the tagger reads as a
 * past participle, leaving the sentence without a finite verb (and the
 * parser with a noun phrase for a sentence).  The first participle with no
 * finite verb before it nor after it in its clause (up to a comma: "...,
 * officials said" is another clause), right after a noun and right before
 * the start of an object, with no auxiliary in the three words before it,
 * is the past-tense verb (the class VERB/VBD; lemma and UPOS do not
 * change) -- a finite verb after a relative word is another clause ("who
 * had gathered"), and an object may open with a quantity ("killed at least
 * 20 civilians", or with a day between: "denied on Sunday that ..."; the
 * possessive 's is no auxiliary); so is one after a plural noun and before a preposition ("Tens
 * of thousands of people rallied in central Belgrade") when no other
 * finite verb follows but an attribution's or a relative clause's, and
 * the preposition is not one of a passive's (by, to, for, of: "targeted by
 * Israel", "letters submitted to the Office").  Participles without an
 * object ("cars sold here", "technology built into cars") stay: on EWT
 * and GUM dev this changes two tags, one rightly ("The US troops fired
 * into the hostile crowd"), one not (the fragment "plays done at this
 * theatre !"), UAS unchanged.  A few past tenses spelt like nouns (shot,
 * hit, cut ...) tagged as anything but a verb (a singular noun, even a
 * preposition) count as participles here ("A gunman shot Slovak Prime
 * Minister Robert Fico", "Israeli troops shot Palestinian protesters"):
 * none on EWT or GUM dev. */
/* Past tenses spelt like a noun the tagger prefers: "A gunman shot Slovak
 * Prime Minister Robert Fico" read as the compound "gunman shot". */
static int noun_like_past(const char *f) {
    static const char *const forms[] = {"shot", "hit", "cut", "beat", "quit", "split", "shut", "burst", NULL};
    for (size_t i = 0; forms[i]; i++)
        if (str_eq(f, forms[i])) return 1;
    return 0;
}

/* "Al-Shabaab threatened on Friday to ...": a lower-case -ed word right
 * after a proper name, read as a noun or adjective (a compound of the
 * name), is the name's past-tense verb when the rest of repair_participle
 * agrees (no finite verb in its clause, an object or a day after it). */
static int past_after_name(const tagger *t, const char *const *forms, const uint8_t *cls, size_t i) {
    const char *f = forms[i];
    size_t len = strlen(f);
    if (i == 0 || len < 5 || !(f[0] >= 'a' && f[0] <= 'z') || f[len - 2] != 'e' || f[len - 1] != 'd') return 0;
    const char *prev = t->pool + t->classes[cls[i - 1]].xpos;
    if (str_eq(prev, "NNP") || str_eq(prev, "NNPS")) return 1;
    /* (or an adjective after any noun: "Senegal's government restricted
     * access to social media"; or a singular noun, "Bangladesh's main
     * opposition party threatened on Saturday to stage strikes" -- an -ed
     * word of seven letters or more is hardly ever one: "hundred") */
    if (!(t->xkind[cls[i - 1]] & XK_NOUN)) return 0;
    if (t->pool[t->classes[cls[i]].xpos] == 'J') return 1;
    return len >= 7 && str_eq(t->pool + t->classes[cls[i]].xpos, "NN") && !ascii_ieq(f, "hundred") &&
           !ascii_ieq(f, "kindred");
}

/* "Israeli settlers armed with clubs and stones attacked Palestinian
 * villagers", "Protesters opposed to tax increases stormed Kenya's
 * parliament": "armed with" read as the finite verb, the real one as a
 * participle; the participle with an object after it within the next
 * words is the verb, "armed" its subject's modifier. */
static int participle_modifier(const char *word, const char *prep) {
    /* participles that open a noun's modifier with their preposition:
     * "protesters opposed to tax increases stormed ...", "gunmen linked
     * to the group attacked ..." */
    static const char *const pairs[][2] = {{"armed", "with"},   {"opposed", "to"},   {"linked", "to"},
                                           {"allied", "with"},  {"affiliated", "with"}, {"loyal", "to"},
                                           {"angered", "by"},   {"backed", "by"},    {"dressed", "in"},
                                           {"based", "in"},     {"close", "to"},     {NULL, NULL}};
    for (size_t k = 0; pairs[k][0]; k++)
        if (ascii_ieq(word, pairs[k][0]) && ascii_ieq(prep, pairs[k][1])) return 1;
    return 0;
}

static void repair_armed_with(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->vbd_class < 0 || t->vbn_class < 0) return;
    for (size_t i = 1; i + 3 < n; i++) {
        if (!(wc[i] & WC_MODIFIER) || !forms[i + 1] || !participle_modifier(forms[i], forms[i + 1]) ||
            !(t->xkind[cls[i]] & XK_FINITE) || !(t->xkind[cls[i - 1]] & XK_NOUN))
            continue;
        for (size_t k = i + 2; k + 1 < n && k <= i + 10; k++) {
            /* (the verb may already be a past tense: "Protesters opposed
             * to the law stormed the parliament" then only loses its
             * second finite verb) */
            int past = cls[k] == (uint8_t)t->vbd_class;
            if ((t->xkind[cls[k]] & XK_FINITE) && !past) break;
            if (forms[k] && (str_eq(forms[k], ",") || str_eq(forms[k], ";"))) break;
            if ((past || (t->xkind[cls[k]] & XK_VBN)) && (t->xkind[cls[k + 1]] & XK_OBJECT_START)) {
                cls[i] = (uint8_t)t->vbn_class;
                cls[k] = (uint8_t)t->vbd_class;
                /* ("opposed to tax increases": "to" is the preposition, "tax"
                 * a noun, not an infinitive) */
                const char *after = t->pool + t->classes[cls[i + 2]].xpos;
                if (t->in_class >= 0 && t->nn_class >= 0 && str_eq(t->pool + t->classes[cls[i + 1]].xpos, "TO") &&
                    str_eq(after, "VB") && i + 3 < k && (t->xkind[cls[i + 3]] & XK_NOUN)) {
                    cls[i + 1] = (uint8_t)t->in_class;
                    cls[i + 2] = (uint8_t)t->nn_class;
                }
                break;
            }
        }
        return;
    }
}

/* "arrest warrants for X over alleged war crimes": "alleged" before a
 * noun, after a preposition, adverb or determiner, read as a past tense is
 * the adjective. */
static void repair_alleged(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->jj_class < 0) return;
    /* ("found former President X guilty of ...": "guilty" is never a noun) */
    for (size_t i = 1; i < n; i++)
        if ((wc[i] & WC_GUILTY) && (t->xkind[cls[i]] & XK_NOUN)) cls[i] = (uint8_t)t->jj_class;
    /* ("opened fire on striking miners": workers on strike, not miners
     * struck; "jets were striking targets" keeps its auxiliary's verb) */
    for (size_t i = 1; i + 1 < n; i++)
        if (forms[i] && str_eq(forms[i], "striking") && str_eq(t->pool + t->classes[cls[i]].xpos, "VBG") &&
            str_eq(t->pool + t->classes[cls[i + 1]].xpos, "NNS") && !(wc[i - 1] & WC_AUXILIARY))
            cls[i] = (uint8_t)t->jj_class;
    /* ("agreed to impose sweeping economic sanctions", "imposed crippling
     * sanctions": an -ing word of this kind between a verb and a noun or
     * adjective is the adjective, not a participle whose object the
     * sanctions are) */
    static const char *const ing_adjectives[] = {"sweeping", "crippling", "punishing", "stinging", "scathing",
                                                 "devastating", "damaging", "far-reaching", NULL};
    for (size_t i = 1; i + 1 < n; i++)
        if (str_eq(t->pool + t->classes[cls[i]].xpos, "VBG") && t->pool[t->classes[cls[i - 1]].xpos] == 'V' &&
            ((t->xkind[cls[i + 1]] & XK_NOUN) || t->pool[t->classes[cls[i + 1]].xpos] == 'J') && forms[i] &&
            ascii_ieq_any(forms[i], ing_adjectives))
            cls[i] = (uint8_t)t->jj_class;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!(wc[i] & WC_ALLEGED) || !(t->xkind[cls[i]] & (XK_FINITE | XK_VBN))) continue;
        if (!(t->xkind[cls[i + 1]] & XK_NOUN) && t->pool[t->classes[cls[i + 1]].xpos] != 'J') continue;
        const char *px = t->pool + t->classes[cls[i - 1]].xpos;
        if (str_eq(px, "IN") || str_eq(px, "RB") || str_eq(px, "DT") || str_eq(px, "PRP$") || str_eq(px, "POS") ||
            str_eq(px, "CC") || str_eq(px, ","))
            cls[i] = (uint8_t)t->jj_class;
    }
}

/* "opened a war crimes investigation": "crimes" after "war" read as a
 * verb ("war crimes" = the war commits) is the plural noun. */
static void repair_war_crimes(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->nns_class < 0) return;
    /* "over last week's police raid on its embassy": a present tense right
     * after a possessive's noun, before a preposition, is a noun */
    for (size_t i = 3; i + 1 < n && t->nn_class >= 0; i++)
        if (str_eq(t->pool + t->classes[cls[i]].xpos, "VBP") && (t->xkind[cls[i - 1]] & XK_NOUN) &&
            str_eq(t->pool + t->classes[cls[i - 2]].xpos, "POS") && (t->xkind[cls[i + 1]] & XK_PREP))
            cls[i] = (uint8_t)t->nn_class;
    for (size_t i = 1; i < n; i++)
        if ((wc[i] & WC_CRIMES) && (wc[i - 1] & WC_WAR) &&
            (t->xkind[cls[i]] & XK_FINITE))
            cls[i] = (uint8_t)t->nns_class;
    /* "to carry out ethnic cleansing": the noun, not a gerund */
    for (size_t i = 1; i < n && t->nn_class >= 0; i++)
        if (forms[i] && forms[i - 1] && !strcmp(forms[i], "cleansing") && ascii_ieq(forms[i - 1], "ethnic") &&
            !(t->xkind[cls[i]] & XK_NOUN)) {
            cls[i] = (uint8_t)t->nn_class;
            if (t->jj_class >= 0) cls[i - 1] = (uint8_t)t->jj_class;
        }
    /* "imposed asset freezes and travel bans on 40 officials": "travel"
     * before "bans" read as a verb conjoined to "imposed" is the noun of a
     * compound */
    for (size_t i = 0; i + 1 < n && t->nn_class >= 0; i++)
        if ((wc[i] & WC_TRAVEL) && (wc[i + 1] & WC_BAN) && !(t->xkind[cls[i]] & XK_NOUN) &&
            t->pool[t->classes[cls[i]].xpos] == 'V') {
            cls[i] = (uint8_t)t->nn_class;
            if (!(t->xkind[cls[i + 1]] & XK_NOUN))
                cls[i + 1] = (uint8_t)(forms[i + 1] && forms[i + 1][strlen(forms[i + 1]) - 1] == 's' ? t->nns_class
                                                                                                       : t->nn_class);
        }
}

/* "..., the worst fighting between the neighbours in decades": an -ing
 * word after a determiner and adjectives, before a preposition or the end
 * of the phrase, is a noun ("the heavy shelling of Kharkiv"), not a verb
 * whose subject is "the worst". */
static void repair_gerund_noun(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->nn_class < 0) return;
    /* ("Russia denied reports that ...", "rejected claims": a present
     * tense in -s right after a past tense is the object, a plural noun) */
    for (size_t i = 1; t->nns_class >= 0 && i + 1 < n; i++) {
        if (!str_eq(t->pool + t->classes[cls[i]].xpos, "VBZ")) continue; /* (first: the cheap test) */
        size_t len = forms[i] ? strlen(forms[i]) : 0;
        if (len > 3 && forms[i][len - 1] == 's' && str_eq(t->pool + t->classes[cls[i - 1]].xpos, "VBD"))
            cls[i] = (uint8_t)t->nns_class;
    }
    /* ("Nepal's main trade crossing with India", "the Rafah crossing": a
     * crossing after a noun is the place) */
    for (size_t i = 1; i < n; i++)
        if (str_eq(t->pool + t->classes[cls[i]].xpos, "VBG") && (t->xkind[cls[i - 1]] & XK_NOUN) &&
            (wc[i] & WC_CROSSING))
            cls[i] = (uint8_t)t->nn_class;
    /* ("Fighting erupted in Khartoum", "... (Reuters) - Shelling resumed
     * on Sunday": a capitalised -ing word opening the clause, read as an
     * adverb or participle right before a finite verb, is that verb's
     * subject, a noun) */
    for (size_t i = 0; i + 1 < n; i++) {
        size_t len = forms[i] ? strlen(forms[i]) : 0;
        if (len < 5 || forms[i][0] < 'A' || forms[i][0] > 'Z' || strcmp(forms[i] + len - 3, "ing") ||
            (i > 0 && !(forms[i - 1] && (str_eq(forms[i - 1], "-") || str_eq(forms[i - 1], "--")))))
            continue;
        const char *x = t->pool + t->classes[cls[i]].xpos, *next = t->pool + t->classes[cls[i + 1]].xpos;
        if ((str_eq(x, "RB") || str_eq(x, "VBG")) &&
            (str_eq(next, "VBD") || str_eq(next, "VBZ") || str_eq(next, "VBP") || str_eq(next, "VBN")))
            cls[i] = (uint8_t)t->nn_class;
    }
    for (size_t i = 2; i < n; i++) {
        if (!str_eq(t->pool + t->classes[cls[i]].xpos, "VBG")) continue;
        size_t k = i;
        while (k > 0 && t->pool[t->classes[cls[k - 1]].xpos] == 'J') k--;
        if (k == i || k == 0 || !(wc[k - 1] & WC_ARTICLE))
            continue;
        if (i + 1 < n && !(t->xkind[cls[i + 1]] & XK_PREP) && !(forms[i + 1] && (str_eq(forms[i + 1], ",") ||
                                                                                  str_eq(forms[i + 1], "."))))
            continue;
        cls[i] = (uint8_t)t->nn_class;
    }
}

/* Words around names that the tagger reads as verbs or adjectives:
 * "ousted President Mohamed Mursi", "French national Olivier Grondeau",
 * "neighbouring Rwanda". */
static void repair_name_modifiers(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    /* ("sentenced ousted President Mohamed Mursi", "the jailed opposition
     * leader": an -ed word of this kind before a capitalised title or name,
     * after a verb, a determiner or a possessive, is an adjective) */
    for (size_t i = 1; t->jj_class >= 0 && i + 1 < n; i++) {
        /* (the cheap tests first: this runs on every word) */
        /* (also before "former" and the title: "questioned ousted former
         * President Park Geun-hye") */
        size_t nx = i + 2 < n && forms[i + 1] && str_eq(forms[i + 1], "former") ? i + 2 : i + 1;
        if (t->pool[t->classes[cls[i]].xpos] != 'V' || !forms[nx] || !(forms[nx][0] >= 'A' && forms[nx][0] <= 'Z'))
            continue;
        const char *prev = t->pool + t->classes[cls[i - 1]].xpos;
        if (!(prev[0] == 'V' || str_eq(prev, "DT") || str_eq(prev, "POS") || str_eq(prev, "PRP$"))) continue;
        if (!(wc[i] & WC_STATUS)) continue;
        cls[i] = (uint8_t)t->jj_class;
    }
    /* ("released French national Olivier Grondeau": "national" between a
     * capitalised demonym and a capitalised name is the noun) */
    for (size_t i = 1; t->nn_class >= 0 && i + 1 < n; i++)
        if (t->pool[t->classes[cls[i]].xpos] == 'J' && (wc[i] & WC_NATIONAL) && forms[i - 1] &&
            forms[i - 1][0] >= 'A' && forms[i - 1][0] <= 'Z' && forms[i + 1] && forms[i + 1][0] >= 'A' &&
            forms[i + 1][0] <= 'Z')
            cls[i] = (uint8_t)t->nn_class;
    /* ("accused neighbouring Rwanda of arming ...": "neighbouring" before a
     * name or noun is an adjective) */
    for (size_t i = 0; t->jj_class >= 0 && i + 1 < n; i++)
        if (t->pool[t->classes[cls[i]].xpos] == 'V' && (t->xkind[cls[i + 1]] & XK_NOUN) &&
            (wc[i] & WC_NEIGHBOURING))
            cls[i] = (uint8_t)t->jj_class;
}

/* An -ed word tagged as an adjective right after a proper name: "the AU
 * threatened sanctions", a past tense more often than a modifier. */
static int ed_after_name(const tagger *t, const char *const *forms, const uint8_t *cls, size_t j) {
    const char *f = forms[j];
    size_t len = f ? strlen(f) : 0;
    if (j == 0 || len < 5 || f[len - 2] != 'e' || f[len - 1] != 'd' || !(f[0] >= 'a' && f[0] <= 'z')) return 0;
    if (!str_eq(t->pool + t->classes[cls[j]].xpos, "JJ")) return 0;
    const char *prev = t->pool + t->classes[cls[j - 1]].xpos;
    return str_eq(prev, "NNP") || str_eq(prev, "NNPS");
}

/* "... detained President Bazoum on Wednesday, and the West African bloc
 * ECOWAS condemned what it called a coup": a second clause after ", and"
 * whose subject (a noun phrase) is followed by an -ed form and then an
 * object, or by the sentence's end, is that clause's past tense, not a
 * participle modifying the subject (repair_participle repairs only a
 * sentence's first verb). */
static void repair_and_clause_past(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->vbd_class < 0 || t->vbn_class < 0) return;
    for (size_t a = 1; a + 3 < n; a++) {
        if (!(wc[a] & WC_AND) || !forms[a - 1] || !str_eq(forms[a - 1], ",")) continue;
        size_t j = a + 1, nouns = 0;
        /* (the subject may name a list after "of": "..., and the
         * presidents of Peru, Colombia and Chile voiced support for
         * Correa") */
        int of_list = 0;
        while (j < n && j - a <= (of_list ? 14u : 8u)) {
            const char *x = t->pool + t->classes[cls[j]].xpos;
            /* (an -ed adjective right after a name ends the subject: "...,
             * and the AU threatened sanctions") */
            if (nouns && ed_after_name(t, forms, cls, j)) break;
            if (t->xkind[cls[j]] & XK_NOUN) nouns++;
            else if (nouns && forms[j] && str_eq(forms[j], "of") && !of_list) of_list = 1;
            else if (!(str_eq(x, "DT") || x[0] == 'J' || str_eq(x, "POS") || str_eq(x, "CD")) &&
                     !(of_list && forms[j] && (str_eq(forms[j], ",") || (wc[j] & WC_AND)) &&
                       j + 1 < n && (t->xkind[cls[j + 1]] & XK_NOUN)))
                break;
            j++;
        }
        if (!nouns || j + 1 >= n || (cls[j] != (uint8_t)t->vbn_class && !ed_after_name(t, forms, cls, j)) ||
            !(t->xkind[cls[j - 1]] & XK_NOUN))
            continue;
        const char *nx = t->pool + t->classes[cls[j + 1]].xpos;
        /* (or that ends the sentence: "..., and Indian troops
         * retaliated.") */
        int last = j + 2 == n && forms[j + 1] && (str_eq(forms[j + 1], ".") || str_eq(forms[j + 1], "!"));
        /* (or a preposition, when no finite verb follows in the clause:
         * "..., and the guerrillas answered with mortar fire") */
        int prep_clause = (t->xkind[cls[j + 1]] & XK_PREP) != 0;
        for (size_t k = j + 1; k < n && prep_clause; k++) {
            if (forms[k] && (str_eq(forms[k], ",") || str_eq(forms[k], ";") || (wc[k] & (WC_AND | WC_SUBORDINATOR))))
                break;
            if (t->xkind[cls[k]] & XK_FINITE) prep_clause = 0;
        }
        if (!((t->xkind[cls[j + 1]] & XK_OBJECT_START) || str_eq(nx, "WP") || last || prep_clause)) continue;
        cls[j] = (uint8_t)t->vbd_class;
    }
}

/* "... resigned on Friday, a day after protesters set fire to
 * parliament", "moved his government out of Quito as thousands of
 * indigenous protesters clashed with police": the past tense of a clause
 * opened by a subordinator ("after", "when" ..., or "as" not after
 * "such") that follows the sentence's first verb, which the tagger reads
 * as a participle modifying the clause's subject (repair_participle
 * repairs only a sentence's first verb).  A subject of nouns (with
 * articles, adjectives, numbers and one "of") right after the
 * subordinator, then an -ed form followed by an object, a particle, or --
 * for a verb with no passive ("clashed", "marched") -- a preposition, is
 * that clause's verb unless another finite verb follows in the clause
 * ("after talks held in Geneva collapsed"). */
static void repair_subordinate_clause_past(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc,
                                           uint8_t *cls) {
    if (t->vbd_class < 0 || t->vbn_class < 0) return;
    for (size_t a = 1; a + 3 < n; a++) {
        if (!forms[a]) continue;
        int as = ascii_ieq(forms[a], "as") && !(forms[a - 1] && ascii_ieq(forms[a - 1], "such"));
        /* (not "until": "demonstrations would continue until the entire
         * ruling elite stepped down" tells no act) */
        if ((!(wc[a] & WC_SUBORDINATOR) && !as) || ascii_ieq(forms[a], "until")) continue;
        size_t j = a + 1, nouns = 0;
        int of = 0;
        while (j < n && j - a <= 8) {
            const char *x = t->pool + t->classes[cls[j]].xpos;
            /* (and a list of modifiers: "when Indian and Chinese troops
             * clashed") */
            int listed = !nouns && str_eq(x, "CC") && j > a + 1 && t->pool[t->classes[cls[j - 1]].xpos] == 'J' &&
                         j + 1 < n && t->pool[t->classes[cls[j + 1]].xpos] == 'J';
            /* (a past spelt like a noun or an adjective ends the subject:
             * "as riot police beat protesters with batons") */
            if (nouns && forms[j] && noun_like_past(forms[j]) && !(t->xkind[cls[j]] & XK_FINITE) &&
                t->pool[t->classes[cls[j]].xpos] != 'V' && !(t->xkind[cls[j]] & XK_PLURAL))
                break;
            if (t->xkind[cls[j]] & XK_NOUN) nouns++;
            else if (nouns && forms[j] && str_eq(forms[j], "of") && !of) of = 1;
            else if (!listed &&
                     !(str_eq(x, "DT") || x[0] == 'J' || str_eq(x, "POS") || str_eq(x, "CD") || str_eq(x, "PRP$")))
                break;
            j++;
        }
        int noun_past = forms[j] && noun_like_past(forms[j]) && t->pool[t->classes[cls[j]].xpos] != 'V';
        if (!nouns || j + 1 >= n || (cls[j] != (uint8_t)t->vbn_class && !noun_past) || !(t->xkind[cls[j - 1]] & XK_NOUN))
            continue;
        const uint8_t next = cls[j + 1];
        /* (a day is no object: "after talks held Monday") */
        static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                           "Sunday", NULL};
        int day = 0;
        for (size_t k = 0; days[k] && forms[j + 1] && !day; k++) day = str_eq(forms[j + 1], days[k]);
        int object = (t->xkind[next] & XK_OBJECT_START) && !day;
        int particle = (wc[j + 1] & WC_PARTICLE) != 0;
        /* (or the clause's end: "after government troops fled.") */
        int no_passive = (wc[j] & WC_UNACCUSATIVE) &&
                         ((t->xkind[next] & XK_PREP) ||
                          (forms[j + 1] && (str_eq(forms[j + 1], ".") || str_eq(forms[j + 1], ","))));
        if (!object && !particle && !no_passive) continue;
        /* (only after the sentence's first verb: that one is
         * repair_participle's) */
        int verb_before = 0;
        for (size_t k = 0; k < a && !verb_before; k++) verb_before = (t->xkind[cls[k]] & XK_FINITE) != 0;
        if (!verb_before) continue;
        int finite_after = 0;
        for (size_t k = j + 1; k < n && !finite_after; k++) {
            if (forms[k] && (str_eq(forms[k], ",") || str_eq(forms[k], ";") ||
                             (wc[k] & (WC_SUBORDINATOR | WC_AND | WC_RELATIVE))))
                break;
            finite_after = (t->xkind[cls[k]] & XK_FINITE) != 0;
        }
        if (finite_after) continue;
        cls[j] = (uint8_t)t->vbd_class;
    }
}

/* "demanded that Islamabad arrest and hand over those behind the
 * assault": the verb of a demand's that-clause is a bare subjunctive,
 * which after a name the tagger reads as the second noun of a compound
 * ("Islamabad arrest").  After a request verb and "that", a subject of
 * nouns (a name, "the government") whose last word is a lower-case
 * singular noun followed by an object, a particle or "and" ends in that
 * verb; a singular noun after its "and" is its conjunct. */
static void repair_subjunctive(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->vb_class < 0) return;
    for (size_t i = 1; i + 2 < n; i++) {
        if (!(wc[i] & WC_THAT)) continue;
        /* (the request verb right before, or before a time phrase:
         * "demanded on Monday that") */
        int asked = 0;
        for (size_t b = i; b-- > 0 && b + 4 >= i && !asked;) {
            if (!forms[b] || str_eq(forms[b], ",")) break;
            asked = (wc[b] & WC_REQUEST) != 0;
            if (!asked && (t->xkind[cls[b]] & XK_FINITE)) break;
        }
        if (!asked) continue;
        /* (the "that" of a request is its subordinator, not a relative
         * pronoun: "demanded on Friday that ...") */
        const char *tx = t->pool + t->classes[cls[i]].xpos;
        if (t->sconj_class >= 0 && (str_eq(tx, "WDT") || str_eq(tx, "DT"))) cls[i] = (uint8_t)t->sconj_class;
        /* ("demanded that Ethiopia and Eritrea stop fighting": conjoined
         * names, then the first lower-case word read as a noun) */
        size_t q = i + 1;
        int names = 0, joined = 0;
        while (q + 1 < n && forms[q] && str_eq(t->pool + t->classes[cls[q]].xpos, "NNP")) {
            names++;
            q++;
            if (q + 1 < n && forms[q] && (str_eq(forms[q], "and") || str_eq(forms[q], ",")) &&
                str_eq(t->pool + t->classes[cls[q + 1]].xpos, "NNP")) {
                joined = 1;
                q++;
            }
        }
        /* (an adjective too before its object: "that Algeria and Tunisia
         * free jailed militants") */
        const char *qx = q < n ? t->pool + t->classes[cls[q]].xpos : "";
        if (names >= 2 && joined && q < n && forms[q] && forms[q][0] >= 'a' && forms[q][0] <= 'z' &&
            (str_eq(qx, "NN") || str_eq(qx, "VBP") ||
             (str_eq(qx, "JJ") && q + 1 < n && (t->xkind[cls[q + 1]] & (XK_OBJECT_START | XK_VBN))))) {
            cls[q] = (uint8_t)t->vb_class;
            continue;
        }
        size_t s = i + 1;
        if (str_eq(t->pool + t->classes[cls[s]].xpos, "DT")) s++;
        size_t k = s;
        while (k < n && k - s < 5 && (t->xkind[cls[k]] & XK_NOUN)) k++;
        size_t j = k - 1;
        if (k == s || j == s || !forms[j] || !str_eq(t->pool + t->classes[cls[j]].xpos, "NN") ||
            !(forms[j][0] >= 'a' && forms[j][0] <= 'z'))
            continue;
        /* (the subject: a name, or a noun after its determiner) */
        if (s == i + 1 && !str_eq(t->pool + t->classes[cls[s]].xpos, "NNP")) continue;
        int and_next = k < n && forms[k] && str_eq(forms[k], "and");
        if (k < n && !and_next && !(t->xkind[cls[k]] & XK_OBJECT_START) &&
            !str_eq(t->pool + t->classes[cls[k]].xpos, "RP"))
            continue;
        cls[j] = (uint8_t)t->vb_class;
        if (and_next && k + 1 < n && forms[k + 1] && str_eq(t->pool + t->classes[cls[k + 1]].xpos, "NN"))
            cls[k + 1] = (uint8_t)t->vb_class;
    }
}

static void repair_participle(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls,
                              int news) {
    if (t->vbd_class < 0 || n < 3) return;
    /* "shot" has no present tense ("Israeli soldiers shot dead a
     * protester" tagged VBP, lemma "shot"; "Gunmen shot dead ..." tagged
     * VBZ, lemma "sho"); nor have other irregular pasts ("Kyrgyz and Tajik
     * troops fought with tanks" tagged VBP, lemma "fought") */
    for (size_t i = 0; i < n; i++)
        if (forms[i] && (str_eq(forms[i], "shot") || (news && (wc[i] & WC_IRREGULAR_PAST))) &&
            (t->xkind[cls[i]] & XK_FINITE) &&
            t->pool[t->classes[cls[i]].xpos] == 'V' &&
            (t->pool[t->classes[cls[i]].xpos + 2] == 'P' || t->pool[t->classes[cls[i]].xpos + 2] == 'Z'))
            cls[i] = (uint8_t)t->vbd_class;
    /* (news: no finite verb anywhere -- "Rebels from Colombia's FARC,
     * disguised as soldiers, kidnapped 12 members ..." -- lets the
     * participle after an inserted phrase's comma be the verb) */
    int no_finite = news;
    for (size_t k = 0; k < n && no_finite; k++) no_finite = !(t->xkind[cls[k]] & XK_FINITE);
    for (size_t i = 1; i + 1 < n; i++) {
        if (t->xkind[cls[i - 1]] & XK_FINITE) return; /* a finite verb before it */
        /* (or a singular noun that can be a past tense, read as a compound:
         * "A gunman shot Slovak Prime Minister Robert Fico") */
        int noun_verb = !(t->xkind[cls[i]] & (XK_PLURAL | XK_FINITE | XK_VBN)) && forms[i] &&
                        t->pool[t->classes[cls[i]].xpos] != 'V' &&
                        (noun_like_past(forms[i]) || (news && past_after_name(t, forms, cls, i)));
        if (!(t->xkind[cls[i]] & XK_VBN) && !noun_verb) continue;
        /* nor one after it in its clause; an attribution after a comma
         * ("..., officials said") is another clause */
        int finite = 0;
        /* (news: nor the verb of a clause joined by "and" with a subject of
         * its own: "Ethiopian warplanes bombed Asmara airport on Friday and
         * Eritrean jets struck ..."; set while only that subject's words
         * have followed the "and") */
        int and_subject = 0;
        /* (a that-clause after it is another clause: "denied on Sunday
         * that its drone strike had killed civilians"; so is an as-clause:
         * "Police in Burundi fired tear gas at protesters as demonstrations
         * entered a second day"; and a relative or "what" clause: "rallied
         * in Kiev against what they called a rigged run-off", "shelled ...
         * positions in what Baku called an anti-terrorist operation") */
        for (size_t k = i + 1;
             k < n && !finite &&
             !(forms[k] && (str_eq(forms[k], ",") || str_eq(forms[k], ";") ||
                            (news && ((wc[k] & (WC_THAT | WC_SUBORDINATOR | WC_RELATIVE)) || str_eq(forms[k], "what") ||
                                      (k > i + 1 && str_eq(forms[k], "as"))))));
             k++) {
            /* (news: nor a past after "and", this one's conjunct: "Senegalese
             * authorities arrested opposition leader Ousmane Sonko on Friday
             * and charged him") */
            finite = (t->xkind[cls[k]] & XK_FINITE) != 0 && !(news && (wc[k - 1] & (WC_RELATIVE | WC_AND))) &&
                     !(and_subject && (t->xkind[cls[k - 1]] & XK_NOUN));
            if (news && (wc[k] & WC_AND)) and_subject = 1;
            else if (!(t->xkind[cls[k]] & XK_NOUN) && !strchr("DJC", t->pool[t->classes[cls[k]].xpos]))
                and_subject = 0;
        }
        /* (a past tense of the same subject after "and": "A Taliban
         * gunman shot and seriously wounded ..." -- that finite verb is
         * this one's conjunct) */
        size_t nx = i + 2 < n && forms[i + 2] && t->pool[t->classes[cls[i + 2]].xpos] == 'R' ? i + 3 : i + 2;
        size_t nl = nx < n && forms[nx] ? strlen(forms[nx]) : 0;
        int and_past = news && noun_verb && nx < n && (wc[i + 1] & WC_AND) &&
                       ((t->xkind[cls[nx]] & (XK_FINITE | XK_VBN)) ||
                        (nl > 4 && !strcmp(forms[nx] + nl - 2, "ed") && t->pool[t->classes[cls[nx]].xpos] == 'J'));
        /* (that -ed word is then a past tense too) */
        if (and_past && t->pool[t->classes[cls[nx]].xpos] == 'J') cls[nx] = (uint8_t)t->vbd_class;
        if (finite && !and_past) continue;
        /* (or an intransitive one after a plural: "Tens of thousands of
         * people rallied in central Belgrade") */
        /* (or a particle verb: "Turkish fighter jets shot down a Russian
         * warplane") */
        /* (not a participle in -en, no past tense: "Ethiopia broken down
         * a treaty") */
        size_t flen = forms[i] ? strlen(forms[i]) : 0;
        int en = flen > 3 && forms[i][flen - 2] == 'e' && forms[i][flen - 1] == 'n';
        /* (or with no object: "Eritrea's air force struck back hours
         * later") */
        int particle = news && !en && (wc[i + 1] & WC_PARTICLE) &&
                       (i + 2 >= n || (t->xkind[cls[i + 2]] & XK_OBJECT_START) ||
                        t->pool[t->classes[cls[i + 2]].xpos] != 'V');
        /* (news: an adverb may stand between: "Colombia's government and
         * ELN rebels formally opened peace talks") */
        int after_noun = (t->xkind[cls[i - 1]] & XK_NOUN) ||
                         (news && i >= 2 && t->pool[t->classes[cls[i - 1]].xpos] == 'R' &&
                          t->pool[t->classes[cls[i - 1]].xpos + 1] == 'B' && (t->xkind[cls[i - 2]] & XK_NOUN)) ||
                         (no_finite && i >= 2 && forms[i - 1] && str_eq(forms[i - 1], ","));
        /* (news: an object may open with a participle read as its
         * modifier: "Myanmar's military detained elected leader Aung San
         * Suu Kyi") */
        int participle_object = news && i + 2 < n && (t->xkind[cls[i + 1]] & XK_VBN) && forms[i + 1] &&
                                forms[i + 1][0] >= 'a' && forms[i + 1][0] <= 'z' &&
                                (t->xkind[cls[i + 2]] & XK_NOUN);
        int transitive = after_noun &&
                         ((t->xkind[cls[i + 1]] & XK_OBJECT_START) || and_past || particle || participle_object ||
                          (news && (quantity_start(forms, i + 1, n) || weekday_then_object(forms, i + 1, n))));
        /* (or a past that has no passive after any noun: "A bomb
         * exploded at a popular Hindu shrine") */
        /* (a noun-like past with no passive may go before a preposition:
         * "Members of Burkina Faso's presidential guard burst into a
         * cabinet meeting") */
        int burst_into = noun_verb && str_eq(forms[i], "burst") && forms[i + 1] &&
                         (str_eq(forms[i + 1], "into") || str_eq(forms[i + 1], "through") || str_eq(forms[i + 1], "onto"));
        int intransitive = (!noun_verb || burst_into) &&
                           ((t->xkind[cls[i - 1]] & XK_PLURAL) || (news && (wc[i] & WC_UNACCUSATIVE) &&
                                                                    (t->xkind[cls[i - 1]] & XK_NOUN))) &&
                           (t->xkind[cls[i + 1]] & XK_PREP) && forms[i + 1] && !(wc[i + 1] & WC_PARTICIPLE_PREP);
        /* (no other clause's verb after it, but an attribution: "letters
         * submitted to the Office ..., I defend wiki technology") */
        for (size_t k = i + 1; k < n && intransitive; k++) {
            /* (news: a subordinate clause's verbs are its own: "marched
             * through Minsk demanding ... after an election they say was
             * rigged") */
            if (news && (wc[k] & WC_SUBORDINATOR)) break;
            /* (nor a "what" or relative clause's, however deep: "rallied
             * in Kiev against what they called a rigged vote", "against a
             * run-off that official results showed Yanukovich had won") */
            if (news && ((wc[k] & WC_RELATIVE) || (forms[k] && str_eq(forms[k], "what")))) break;
            /* (nor an as-clause after a comma: "Myanmar troops fired into
             * crowds of monks ..., as the United States ... urged the junta
             * to show restraint") */
            if (news && forms[k] && forms[k - 1] && str_eq(forms[k], "as") && str_eq(forms[k - 1], ",")) break;
            /* (news: nor its conjunct after "and": "Kenyan troops crossed
             * into southern Somalia and attacked ...") */
            if ((t->xkind[cls[k]] & XK_FINITE) && !(wc[k] & WC_REPORTING) && !(wc[k - 1] & WC_RELATIVE) &&
                !(news && (wc[k - 1] & WC_AND)) &&
                /* (news: "..., which critics say threatens ...") */
                !(news && k >= 3 && ((wc[k - 2] | wc[k - 3]) & WC_RELATIVE)))
                intransitive = 0;
        }
        if (!transitive && !intransitive) continue;
        int aux = 0;
        /* (the possessive 's is no "is"/"has": "Mali's army denied") */
        for (size_t k = i >= 3 ? i - 3 : 0; k < i; k++)
            aux |= (wc[k] & WC_AUXILIARY) && !(news && str_eq(t->pool + t->classes[cls[k]].xpos, "POS"));
        if (aux) continue;
        cls[i] = (uint8_t)t->vbd_class;
        return;
    }
}

/* "Zimbabwe's military seized power": "military" after a possessive and
 * before an -ed word is the noun (the army), not the adjective of a noun
 * phrase that the -ed word would then modify. */
static void repair_military_noun(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->nn_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!forms[i] || !ascii_ieq(forms[i], "military") || t->pool[t->classes[cls[i]].xpos] != 'J') continue;
        if (!str_eq(t->pool + t->classes[cls[i - 1]].xpos, "POS")) continue;
        const char *f = forms[i + 1];
        size_t len = f ? strlen(f) : 0;
        if (len < 4 || f[len - 2] != 'e' || f[len - 1] != 'd') continue;
        cls[i] = (uint8_t)t->nn_class;
    }
}

/* "against President Pierre Nkurunziza's bid for a third term": a verb
 * form without a past suffix right after a possessive 's ("bid", "cut",
 * "hit", "return") is the noun; the parser otherwise makes the verb the
 * clause's and loses what follows.  (Past participles in -ed or -en stay:
 * "the company's stated goal".) */
static void repair_noun_after_possessive(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->nn_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!forms[i] || !str_eq(t->pool + t->classes[cls[i - 1]].xpos, "POS")) continue;
        const char *x = t->pool + t->classes[cls[i]].xpos;
        if (x[0] != 'V' || !(forms[i][0] >= 'a' && forms[i][0] <= 'z')) continue;
        size_t len = strlen(forms[i]);
        if (len < 3 || (forms[i][len - 2] == 'e' && (forms[i][len - 1] == 'd' || forms[i][len - 1] == 'n')) ||
            !strcmp(forms[i] + len - 3, "ing"))
            continue;
        cls[i] = (uint8_t)t->nn_class;
    }
}

/* "fired tear gas at protesters as demonstrations against President
 * Nkurunziza's bid for a third term entered a second day": "as" read as
 * a preposition (the parser then hangs the protests on the shots and
 * takes "entered" for another verb's conjunct) is the subordinator when a
 * noun phrase follows it -- nouns, their modifiers and their of-, against-
 * or for-phrases -- and then a finite verb, before any comma or other
 * clause.  Not after a participle ("known as", "disguised as"), "such"
 * or "as well", nor as a quantity ("as many as"). */
static void repair_as_subordinator(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc,
                                   uint8_t *cls) {
    if (t->sconj_class < 0) return;
    static const char *const not_clause[] = {"many", "much", "well", "soon", "long", "far", "part", "if", "though",
                                             "of", "to", "for", "such", "opposed", NULL};
    for (size_t a = 1; a + 2 < n; a++) {
        if (!forms[a] || !ascii_ieq(forms[a], "as") || cls[a] == (uint8_t)t->sconj_class) continue;
        const char *prev = t->pool + t->classes[cls[a - 1]].xpos;
        if (str_eq(prev, "VBN") || (forms[a - 1] && (ascii_ieq(forms[a - 1], "such") || ascii_ieq(forms[a - 1], "well"))))
            continue;
        /* ("as the protests entered" opens a clause; "as a result", "as
         * the capital" do not unless a finite verb follows, checked
         * below) */
        int skip = 0;
        for (size_t k = 0; not_clause[k] && !skip; k++) skip = forms[a + 1] && ascii_ieq(forms[a + 1], not_clause[k]);
        if (skip) continue;
        size_t j = a + 1, nouns = 0;
        for (; j < n && j - a <= 16; j++) {
            const char *x = t->pool + t->classes[cls[j]].xpos;
            if (!forms[j] || str_eq(forms[j], ",") || str_eq(forms[j], ";") || (wc[j] & (WC_SUBORDINATOR | WC_RELATIVE | WC_THAT)))
                break;
            if (t->xkind[cls[j]] & XK_FINITE) break;
            if (t->xkind[cls[j]] & XK_NOUN) { nouns++; continue; }
            if (str_eq(x, "DT") || x[0] == 'J' || str_eq(x, "POS") || str_eq(x, "CD") || str_eq(x, "PRP$") ||
                str_eq(x, "HYPH"))
                continue;
            /* (a noun's phrase: "demonstrations against X's bid for a term") */
            if (nouns && str_eq(x, "IN") && (ascii_ieq(forms[j], "of") || ascii_ieq(forms[j], "against") ||
                                             ascii_ieq(forms[j], "for") || ascii_ieq(forms[j], "over") ||
                                             ascii_ieq(forms[j], "in")))
                continue;
            break;
        }
        if (!nouns || j >= n || !(t->xkind[cls[j]] & XK_FINITE) || !(t->xkind[cls[j - 1]] & XK_NOUN) ||
            t->pool[t->classes[cls[j]].xpos] != 'V' || (wc[j] & WC_AUXILIARY))
            continue;
        cls[a] = (uint8_t)t->sconj_class;
    }
}

/* "fired rubber bullets and tear gas overnight as hundreds of youths
 * smashed shop windows": "overnight" read as a noun of the list before it
 * (the parser then takes the clause after it for that list's) is the
 * adverb when no determiner or adjective comes before it and no noun
 * after it ("the overnight curfew" keeps its adjective). */
static void repair_overnight(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->rb_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!forms[i] || !ascii_ieq(forms[i], "overnight") || !(t->xkind[cls[i]] & XK_NOUN)) continue;
        const char *prev = t->pool + t->classes[cls[i - 1]].xpos;
        if (str_eq(prev, "DT") || prev[0] == 'J' || str_eq(prev, "PRP$") || str_eq(prev, "POS")) continue;
        if (i + 1 < n && (t->xkind[cls[i + 1]] & XK_NOUN)) continue;
        cls[i] = (uint8_t)t->rb_class;
    }
}

/* "Israel launched a ground offensive against Hezbollah": news writes
 * "offensive" as a noun, which the training text hardly does; an
 * adjective "offensive" inside a noun phrase (after a determiner, an
 * adjective or a noun) that modifies nothing after it (no noun or
 * adjective follows) is the noun.  EWT and GUM dev: no change. */
static void repair_offensive(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->nn_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!(wc[i] & WC_OFFENSIVE) || t->pool[t->classes[cls[i]].xpos] != 'J') continue;
        /* (inside a noun phrase: "a ground offensive", not "aren't offensive") */
        if (!(t->xkind[cls[i - 1]] & XK_OBJECT_START)) continue;
        if (i + 1 < n && (t->xkind[cls[i + 1]] & XK_NOUN)) continue;
        if (i + 1 < n && t->pool[t->classes[cls[i + 1]].xpos] == 'J') continue;
        cls[i] = (uint8_t)t->nn_class;
    }
}

/* "Workers at Lonmin's Marikana platinum mine went on strike": "mine"
 * inside a noun phrase (after a determiner, an adjective or a noun) is the
 * pit, not the pronoun ("a friend of mine", "it is mine"). */
static void repair_mine(const tagger *t, size_t n, const uint32_t *wc, uint8_t *cls) {
    if (t->nn_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!(wc[i] & WC_MINE) || t->pool[t->classes[cls[i]].xpos] != 'P') continue;
        if (!(t->xkind[cls[i - 1]] & XK_OBJECT_START)) continue;
        cls[i] = (uint8_t)t->nn_class;
    }
}

/* "held Fijian Prime Minister Mahendra Chaudhry and dozens of lawmakers
 * hostage": "hostage" and "hostages" are nouns, never verbs (a long
 * object before "hostage" made it a present tense). */
static void repair_hostage(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->nn_class < 0 || t->nns_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!forms[i] || t->pool[t->classes[cls[i]].xpos] != 'V') continue;
        if (!strcmp(forms[i], "hostage")) cls[i] = (uint8_t)t->nn_class;
        else if (!strcmp(forms[i], "hostages")) cls[i] = (uint8_t)t->nns_class;
    }
}

/* "troops near Ukraine's border and in annexed Crimea", "the people of
 * besieged Mariupol": an -ed form between a preposition and a name is an
 * adjective, not a past tense. */
static void repair_ed_before_name(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->jj_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++) {
        size_t fl = forms[i] ? strlen(forms[i]) : 0;
        if (fl < 5 || strcmp(forms[i] + fl - 2, "ed") || t->pool[t->classes[cls[i]].xpos] != 'V') continue;
        if (!str_eq(t->pool + t->classes[cls[i - 1]].xpos, "IN") || !forms[i - 1] || !strcmp(forms[i - 1], "that") ||
            !strcmp(forms[i - 1], "as") || !strcmp(forms[i - 1], "because") || !strcmp(forms[i - 1], "if"))
            continue;
        if (!str_eq(t->pool + t->classes[cls[i + 1]].xpos, "NNP")) continue;
        cls[i] = (uint8_t)t->jj_class;
    }
}

/* "called the raid an act of war": a base-form verb right after "the",
 * "a" or "an" is a noun (an article never opens a verb phrase). */
static void repair_article_verb(const tagger *t, size_t n, const uint32_t *wc, uint8_t *cls) {
    if (t->nn_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        const char *x = t->pool + t->classes[cls[i]].xpos;
        if ((wc[i - 1] & WC_ARTICLE) && (str_eq(x, "VB") || str_eq(x, "VBP"))) cls[i] = (uint8_t)t->nn_class;
    }
}

/* "began their first bilateral ceasefire": a word the lexicon does not
 * know, read as an adverb though it has no adverb's ending (-ly) and
 * follows an adjective, is a noun (news has many nouns the training text
 * lacks, hardly any such adverbs). */
static void repair_unknown_adverb(const tagger *t, size_t n, const char *const *forms, const tag_word *w,
                                  uint8_t *cls) {
    if (t->nn_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (w[i].known || !forms[i] || !str_eq(t->pool + t->classes[cls[i]].xpos, "RB") ||
            t->pool[t->classes[cls[i - 1]].xpos] != 'J')
            continue;
        size_t len = strlen(forms[i]);
        if (len < 4 || !strcmp(forms[i] + len - 2, "ly")) continue;
        cls[i] = (uint8_t)t->nn_class;
    }
}

/* "began distributing food to earthquake survivors": a lower-case word
 * the lexicon gives no tags, read as a verb before a noun, that WordNet
 * knows only as a noun (no verb sense, no verb inflection) is that noun,
 * the next one's modifier. */
static void repair_wordnet_noun(const tagger *t, size_t n, const char *const *forms, const tag_word *w,
                                const uint8_t *const *sets, uint8_t *cls) {
    if (t->nn_class < 0 || t->nns_class < 0 || !t->wn.slots) return;
    for (size_t i = 0; i < n; i++) {
        /* (or one it knows with no tags of its own) */
        /* (before a noun it modifies: "earthquake survivors") */
        if ((w[i].known && sets[i]) || !forms[i] || !(forms[i][0] >= 'a' && forms[i][0] <= 'z') ||
            t->pool[t->classes[cls[i]].xpos] != 'V' || i + 1 >= n || t->pool[t->classes[cls[i + 1]].xpos] != 'N')
            continue;
        char low[TAG_MAX_WORD];
        size_t len = tag_lower(forms[i], low, sizeof low);
        if (len < 3 || len + 1 >= sizeof low) continue;
        uint32_t sig = tag_wn_signature(&t->wn, low, len);
        if (sig & (WN_VERB | WN_VERB_S | WN_VERB_ED | WN_VERB_ING)) continue;
        if (sig & WN_NOUN) cls[i] = (uint8_t)t->nn_class;
        else if (sig & WN_NOUN_PL) cls[i] = (uint8_t)t->nns_class;
    }
}

/* "West African leaders threatened on Friday to ...": a present tense
 * (VBP) in -ed is a past tense (no present ends so, but those in -eed:
 * "need", "proceed"). */
static void repair_ed_present(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->vbd_class < 0) return;
    for (size_t i = 0; i < n; i++) {
        if (!forms[i] || !str_eq(t->pool + t->classes[cls[i]].xpos, "VBP")) continue;
        size_t len = strlen(forms[i]);
        if (len < 6 || strcmp(forms[i] + len - 2, "ed") || forms[i][len - 3] == 'e') continue;
        cls[i] = (uint8_t)t->vbd_class;
    }
}

/* "The European Union imposed targeted sanctions on ...": a past tense
 * in -ed right after another past tense and before a noun modifies the
 * noun (a participle). */
static void repair_past_after_past(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->vbn_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!forms[i] || !str_eq(t->pool + t->classes[cls[i]].xpos, "VBD") ||
            !str_eq(t->pool + t->classes[cls[i - 1]].xpos, "VBD"))
            continue;
        const char *nx = t->pool + t->classes[cls[i + 1]].xpos;
        size_t len = strlen(forms[i]);
        if (len < 5 || strcmp(forms[i] + len - 2, "ed") || !(str_eq(nx, "NN") || str_eq(nx, "NNS"))) continue;
        cls[i] = (uint8_t)t->vbn_class;
    }
}

/* "Unknown attackers beat Kommersant journalist Oleg Kashin": a gerund
 * (VBG) is a word in -ing; another one so tagged, after a noun, is a past
 * tense, the tense news tells. */
static void repair_gerund_without_ing(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->vbd_class < 0) return;
    for (size_t i = 0; i < n; i++) {
        if (!forms[i] || !str_eq(t->pool + t->classes[cls[i]].xpos, "VBG")) continue;
        size_t len = strlen(forms[i]);
        if (len >= 4 && (!strcmp(forms[i] + len - 3, "ing") || !strcmp(forms[i] + len - 3, "ING"))) continue;
        if (len >= 3 && (!strcmp(forms[i] + len - 2, "in") || !strcmp(forms[i] + len - 3, "in'"))) continue;
        /* (right after its subject noun; elsewhere it may be a noun) */
        if (!i || t->pool[t->classes[cls[i - 1]].xpos] != 'N') continue;
        cls[i] = (uint8_t)t->vbd_class;
    }
}

/* "over public works contracts": a present tense in -s after an adjective
 * that follows a preposition, a determiner or a possessive (no subject
 * stands between) is a plural noun. */
static void repair_present_after_adjective(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->nns_class < 0) return;
    static const char *const before[] = {"IN", "DT", "TO", "PRP$", "RB", NULL};
    for (size_t i = 2; i < n; i++) {
        if (!forms[i] || !str_eq(t->pool + t->classes[cls[i]].xpos, "VBZ") ||
            !str_eq(t->pool + t->classes[cls[i - 1]].xpos, "JJ"))
            continue;
        const char *pp = t->pool + t->classes[cls[i - 2]].xpos;
        int ok = 0;
        for (int k = 0; before[k] && !ok; k++) ok = str_eq(pp, before[k]);
        size_t len = strlen(forms[i]);
        if (!ok || len < 4 || forms[i][len - 1] != 's') continue;
        cls[i] = (uint8_t)t->nns_class;
    }
}

/* "Taiwan's Ma Ying-jeou": a capitalised word after a possessive 's,
 * read as a common noun ("ma") before a proper noun, is a name's first
 * word. */
static void repair_name_after_possessive(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->nnp_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++) {
        /* (capitalised, not an acronym: "Ma", not "UN") */
        if (!forms[i] || forms[i][0] < 'A' || forms[i][0] > 'Z' || !(forms[i][1] >= 'a' && forms[i][1] <= 'z'))
            continue;
        if (!str_eq(t->pool + t->classes[cls[i]].xpos, "NN") || !str_eq(t->pool + t->classes[cls[i - 1]].xpos, "POS") ||
            !str_eq(t->pool + t->classes[cls[i + 1]].xpos, "NNP"))
            continue;
        cls[i] = (uint8_t)t->nnp_class;
    }
}

/* 1 when the word ends as a demonym does: "European", "Israeli",
 * "Chinese", "Kurdish". */
static int demonym_ending(const char *w) {
    static const char *const ends[] = {"an", "ese", "ish", "i", NULL};
    size_t l = strlen(w);
    for (int k = 0; ends[k]; k++) {
        size_t e = strlen(ends[k]);
        if (l > e + 2 && !strcmp(w + l - e, ends[k])) return 1;
    }
    return 0;
}

/* "European Union foreign ministers imposed ...", "African Union
 * leaders": a capitalised word read as a common noun right after a
 * capitalised adjective of a people or a place is part of a name, as UD
 * tags names.  (Not after any capitalised word: EWT's title-case common
 * nouns, "Intrastate Gas Transportation Agreement", "Senior Vice
 * President", are nouns, and that wider rule cost 0.16 UPOS on EWT dev.) */
static void repair_capitalised_run(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->nnp_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!forms[i] || !forms[i - 1] || forms[i][0] < 'A' || forms[i][0] > 'Z' ||
            !(forms[i][1] >= 'a' && forms[i][1] <= 'z') || forms[i - 1][0] < 'A' || forms[i - 1][0] > 'Z' ||
            !str_eq(t->pool + t->classes[cls[i]].xpos, "NN") ||
            !str_eq(t->pool + t->classes[cls[i - 1]].xpos, "JJ") || !demonym_ending(forms[i - 1]))
            continue;
        /* (not a plural: "the Sudanese army and the Rapid Support Forces"
         * read as a plural proper noun lost its conjunct) */
        cls[i] = (uint8_t)t->nnp_class;
    }
}

/* "Thousands of Lebanese rallied in Beirut", "hundreds of Sudanese who
 * fled": a people's name in -ese after "of", read as an adjective with
 * no noun after it (a verb, a comma or a relative pronoun follows), is
 * the people, a plural noun. */
static void repair_people_after_of(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    static const char *const relative[] = {"who", "which", "that", NULL};
    if (t->nns_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++) {
        const char *f = forms[i];
        size_t l = f ? strlen(f) : 0;
        if (l < 6 || f[0] < 'A' || f[0] > 'Z' || strcmp(f + l - 3, "ese") || !forms[i - 1] ||
            strcmp(forms[i - 1], "of") || !str_eq(t->pool + t->classes[cls[i]].xpos, "JJ"))
            continue;
        const char *next = t->pool + t->classes[cls[i + 1]].xpos;
        int verb = next[0] == 'V' || str_eq(next, "MD");
        int ends = forms[i + 1] && (!strcmp(forms[i + 1], ",") || ascii_ieq_any(forms[i + 1], relative));
        if (verb || ends) cls[i] = (uint8_t)t->nns_class;
    }
}

/* "declared martial law nationwide before dawn": "nationwide",
 * "countrywide" and "worldwide" read as a noun after a noun are adverbs
 * (the noun before is the object). */
static void repair_nationwide(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    static const char *const words[] = {"nationwide", "countrywide", "worldwide", NULL};
    if (t->rb_class < 0) return;
    for (size_t i = 1; i < n; i++) {
        if (!forms[i] || t->pool[t->classes[cls[i]].xpos] != 'N' || t->pool[t->classes[cls[i - 1]].xpos] != 'N')
            continue;
        for (int k = 0; words[k]; k++)
            if (!strcmp(forms[i], words[k])) cls[i] = (uint8_t)t->rb_class;
    }
}

/* "Three Boko Haram suicide bombers killed ...": a capitalised number
 * word read as the first word of the name after it counts what the
 * name's phrase ends in, a common noun (not "Three Gorges Dam"). */
static void repair_number_word(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    static const char *const numbers[] = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                                          "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", NULL};
    if (t->cd_class < 0) return;
    for (size_t i = 0; i + 2 < n; i++) {
        if (!forms[i] || !str_eq(t->pool + t->classes[cls[i]].xpos, "NNP")) continue;
        int number = 0;
        for (int k = 0; numbers[k] && !number; k++) number = !strcmp(forms[i], numbers[k]);
        if (!number) continue;
        size_t j = i + 1;
        while (j < n && str_eq(t->pool + t->classes[cls[j]].xpos, "NNP")) j++;
        if (j == i + 1 || j >= n) continue;
        const char *x = t->pool + t->classes[cls[j]].xpos;
        if (str_eq(x, "NN") || str_eq(x, "NNS")) cls[i] = (uint8_t)t->cd_class;
    }
}

/* "Zimbabwe's ruling ZANU-PF party removed Robert Mugabe": "ruling" or
 * "governing" after "the" or a possessive and before a noun or a name (or
 * an adjective and its noun) is an adjective, not a verb taking the party
 * as its object. */
static void repair_ruling(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->jj_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!forms[i] || (strcmp(forms[i], "ruling") && strcmp(forms[i], "governing")) ||
            t->pool[t->classes[cls[i]].xpos] != 'V')
            continue;
        const char *px = t->pool + t->classes[cls[i - 1]].xpos;
        const char *nx = t->pool + t->classes[cls[i + 1]].xpos;
        /* (or before an adjective and its noun: "Sudan's ruling military
         * council") */
        int adj_noun = nx[0] == 'J' && i + 2 < n && t->pool[t->classes[cls[i + 2]].xpos] == 'N';
        if (!(str_eq(px, "POS") || str_eq(px, "DT") || str_eq(px, "PRP$")) || (nx[0] != 'N' && !adj_noun)) continue;
        cls[i] = (uint8_t)t->jj_class;
    }
}

/* "in Rakhine state", "across Borno state": "state" after a place name
 * that a preposition opens is the noun, not a present-tense verb ("called
 * the operation in Rakhine state a textbook example ..." lost its
 * complement to a verb "state"). */
static void repair_state_after_name(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    static const char *const opening[] = {"in", "of", "across", "from", "into", "throughout", NULL};
    if (t->nn_class < 0) return;
    for (size_t i = 2; i < n; i++) {
        if (!forms[i] || strcmp(forms[i], "state") || t->pool[t->classes[cls[i]].xpos] != 'V' ||
            !str_eq(t->pool + t->classes[cls[i - 1]].xpos, "NNP"))
            continue;
        int opened = 0;
        for (size_t k = i - 1; k-- > 0 && k + 4 >= i && !opened;) {
            for (int q = 0; opening[q] && !opened; q++) opened = forms[k] && !strcmp(forms[k], opening[q]);
            if (!str_eq(t->pool + t->classes[cls[k]].xpos, "NNP") && !opened) break;
        }
        if (opened) cls[i] = (uint8_t)t->nn_class;
    }
}

/* "protesters angered by cartoons of the Prophet Mohammad set fire to
 * the Danish consulate": "set" before "fire to/on", read as a noun after
 * a name, is the verb (a past tense unless "to", a modal or "have" comes
 * before it). */
static void repair_set_fire(const tagger *t, size_t n, const char *const *forms, const uint32_t *wc, uint8_t *cls) {
    if (t->vbd_class < 0) return;
    for (size_t i = 1; i + 2 < n; i++) {
        if (!forms[i] || !forms[i + 1] || !forms[i + 2] || strcmp(forms[i], "set") || strcmp(forms[i + 1], "fire") ||
            (strcmp(forms[i + 2], "to") && strcmp(forms[i + 2], "on")))
            continue;
        if (t->pool[t->classes[cls[i]].xpos] == 'V' || !forms[i - 1]) continue;
        const char *px = t->pool + t->classes[cls[i - 1]].xpos;
        if (str_eq(px, "TO") || str_eq(px, "MD") || str_eq(px, "DT") || (wc[i - 1] & WC_AUXILIARY)) continue;
        cls[i] = (uint8_t)t->vbd_class;
    }
}

/* "said the army's actions bore the hallmarks of a coup": "bore" after a
 * noun, read as a preposition or noun, is the past tense of "bear". */
static void repair_bore(const tagger *t, size_t n, const char *const *forms, uint8_t *cls) {
    if (t->vbd_class < 0) return;
    for (size_t i = 1; i + 1 < n; i++)
        if (forms[i] && !strcmp(forms[i], "bore") && t->pool[t->classes[cls[i]].xpos] != 'V' &&
            t->pool[t->classes[cls[i - 1]].xpos] == 'N')
            cls[i] = (uint8_t)t->vbd_class;
}

static void reverse_words(tag_word *w, const uint8_t **sets, size_t n) {
    for (size_t i = 0; i < n / 2; i++) {
        tag_word tw = w[i];
        w[i] = w[n - 1 - i];
        w[n - 1 - i] = tw;
        const uint8_t *s = sets[i];
        sets[i] = sets[n - 1 - i];
        sets[n - 1 - i] = s;
    }
}

static int tag_sentence(const tagger *t, size_t n, const char *const *forms, const char **upos, const char **xpos,
                        const char **lemmas, uint8_t *classes, arena *a, int news);

int tagger_tag(const tagger *t, size_t n, const char *const *forms,
               const char **upos, const char **xpos, const char **lemmas,
               uint8_t *classes, arena *a) {
    return tag_sentence(t, n, forms, upos, xpos, lemmas, classes, a, 0);
}

int tagger_tag_news(const tagger *t, size_t n, const char *const *forms,
                    const char **upos, const char **xpos, const char **lemmas,
                    uint8_t *classes, arena *a) {
    return tag_sentence(t, n, forms, upos, xpos, lemmas, classes, a, 1);
}

static int tag_sentence(const tagger *t, size_t n, const char *const *forms, const char **upos, const char **xpos,
                        const char **lemmas, uint8_t *classes, arena *a, int news) {
    if (n == 0) return 0;
    /* Ordinary sentences need no allocation (arena memory is zeroed, which
     * costs more than the tagging of a short sentence). */
    enum { LOCAL = 128 };
    tag_word local_w[LOCAL];
    const uint8_t *local_sets[LOCAL];
    tag_word *w = local_w;
    const uint8_t **sets = local_sets;
    if (n > LOCAL) {
        w = arena_alloc(a, n * sizeof *w);
        sets = arena_alloc(a, n * sizeof *sets);
        if (!w || !sets) return -1;
    }
    /* With a right-to-left first pass the words are laid out reversed for
     * it (turned round after it), not copied round twice. */
    int reversed = t->h.passes == 3;
    /* Every word's lexicon slots are asked for before any is looked up (the
     * lexicon is megabytes read at random: the misses overlap). */
    for (size_t i = 0; i < n; i++) {
        tag_word *x = &w[reversed ? n - 1 - i : i];
        tag_word_init(x, forms[i]);
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(&t->lex[(uint32_t)x->key_exact & t->lex_mask]);
        if (x->form) __builtin_prefetch(&t->lex[(uint32_t)x->key_lower & t->lex_mask]);
#endif
    }
    for (size_t i = 0; i < n; i++) {
        size_t j = reversed ? n - 1 - i : i;
        tag_word *x = &w[j];
        const tagger_lex_slot *l = lex_find(t, x->key_exact);
        const tagger_lex_slot *lo = x->form || !l ? lex_find(t, x->key_lower) : NULL;
        if (!l) l = lo;
        if (!x->form) lo = NULL; /* amb_lower: capitalised words only */
        x->amb = l ? l->amb : tag_unknown_amb(x);
        x->amb_lower = lo ? lo->amb : 0;
        x->known = l != NULL;
        if (!l) {
            tag_word_affixes(x, forms[i]);
            tag_word_wordnet(x, forms[i], &t->wn);
        }
        /* count 0: known for its ambiguity class only, not restricted */
        sets[j] = l && t->tagsets[l->tagset] ? t->tagsets + l->tagset : NULL;
    }
    uint8_t local_first[LOCAL], local_final[LOCAL];
    uint16_t local_margin[LOCAL];
    uint8_t *first = local_first, *final = local_final;
    uint16_t *margin = local_margin;
    if (n > LOCAL) {
        first = arena_alloc(a, n);
        final = arena_alloc(a, n);
        margin = arena_alloc(a, n * sizeof *margin);
        if (!first || !final || !margin) return -1;
    }
    if (t->h.passes == 3) {
        /* First pass right to left: the same tagger run over the reversed
         * sentence, so the second pass sees tags decided with their own
         * right context. */
        tag_pass(t, w, n, sets, NULL, final, margin);
        reverse_words(w, sets, n);
        for (size_t i = 0; i < n; i++) first[i] = final[n - 1 - i];
        for (size_t i = 0; i < n / 2; i++) {
            uint16_t m = margin[i];
            margin[i] = margin[n - 1 - i];
            margin[n - 1 - i] = m;
        }
    } else {
        tag_pass(t, w, n, sets, NULL, t->h.passes > 1 ? first : final, margin);
    }
    if (t->h.passes > 1) tag_pass(t, w, n, sets, first, final, margin);
    /* (w is in sentence order again) */
    uint32_t local_wc[LOCAL];
    uint32_t *wc = local_wc;
    if (n > LOCAL && !(wc = arena_alloc(a, n * sizeof *wc))) return -1;
    for (size_t i = 0; i < n; i++) wc[i] = forms[i] ? word_class_of(t, w[i].base_lower, forms[i]) : 0;
    if (news) repair_armed_with(t, n, forms, wc, final);
    if (news) repair_overnight(t, n, forms, final);
    if (news) repair_military_noun(t, n, forms, final);
    if (news) repair_war_crimes(t, n, forms, wc, final);
    if (news) repair_alleged(t, n, forms, wc, final);
    if (news) repair_gerund_noun(t, n, forms, wc, final);
    if (news) repair_name_modifiers(t, n, forms, wc, final);
    if (news) repair_subjunctive(t, n, forms, wc, final);
    if (news) repair_and_clause_past(t, n, forms, wc, final);
    if (news) repair_subordinate_clause_past(t, n, forms, wc, final);
    if (news) repair_past_before_day(t, n, forms, final);
    repair_participle(t, n, forms, wc, final, news);
    /* (again, now that the first verb may be a past: "Russian police
     * detained about 300 people ... as thousands rallied against alleged
     * fraud", both read as participles) */
    if (news) repair_subordinate_clause_past(t, n, forms, wc, final);
    repair_offensive(t, n, forms, wc, final);
    repair_mine(t, n, wc, final);
    if (news) repair_article_verb(t, n, wc, final);
    if (news) repair_unknown_adverb(t, n, forms, w, final);
    if (news) repair_wordnet_noun(t, n, forms, w, sets, final);
    if (news) repair_ed_present(t, n, forms, final);
    if (news) repair_past_after_past(t, n, forms, final);
    if (news) repair_gerund_without_ing(t, n, forms, final);
    if (news) repair_name_after_possessive(t, n, forms, final);
    if (news) repair_noun_after_possessive(t, n, forms, final);
    if (news) repair_as_subordinator(t, n, forms, wc, final);
    if (news) repair_present_after_adjective(t, n, forms, final);
    if (news) repair_capitalised_run(t, n, forms, final);
    if (news) repair_nationwide(t, n, forms, final);
    if (news) repair_people_after_of(t, n, forms, final);
    if (news) repair_number_word(t, n, forms, final);
    if (news) repair_set_fire(t, n, forms, wc, final);
    if (news) repair_bore(t, n, forms, final);
    if (news) repair_ruling(t, n, forms, final);
    if (news) repair_hostage(t, n, forms, final);
    if (news) repair_ed_before_name(t, n, forms, final);
    if (news) repair_state_after_name(t, n, forms, final);
    for (size_t i = 0; i < n; i++) {
        int best = final[i];
        const tagger_class *cl = &t->classes[best];
        if (upos) upos[i] = t->pool + cl->upos;
        if (xpos) xpos[i] = t->pool + cl->xpos;
        if (classes) classes[i] = (uint8_t)best;
        if (lemmas) {
            lemmas[i] = lemma_of(t, &w[i], forms[i], best, a);
            if (!lemmas[i]) return -1;
        }
    }
    return 0;
}
