#include "nlp/tag_features.h"

#include <string.h>

#include "base/hash.h"

/* hash_bytes only XORs its seed into the start state, where it can cancel
 * against the first byte ("a" seed 11 == "f" seed 12), so seeds are mixed
 * in after hashing instead. */
static inline uint64_t hs(const void *p, size_t n, uint64_t seed) {
    return hash_mix(hash_bytes(p, n, 0), seed * 0x9E3779B97F4A7C15ULL + 1);
}

/* Template ids: mixed into every feature so equal values of different
 * templates give different features.  Changing them changes every model
 * (bump TAGGER_VERSION in tagger.h). */
enum {
    T_BIAS = 1, T_FORM, T_LOWER, T_SUF, T_PRE = T_SUF + TAG_AFFIXES,
    T_SHAPE = T_PRE + TAG_AFFIXES, T_AMB, T_P1, T_P2, T_P1P2, T_P1W,
    T_W_1, T_W_2, T_W1, T_W2, T_S3_1, T_S3_1B, T_AMB1, T_AMB2, T_AMB12,
    T_P1AMB1, T_WAMB1, T_W_1W, T_WW1, T_SHAPE1, T_SHAPE_1, T_FIRST,
    T_AMB_1, T_P1S3, T_AMB_AMB1, T_P2P1AMB,
    T_AMBLOW, T_AMBLOW_P1, T_WN, T_WNSH, T_R0, T_R1, T_R2, T_R1R2, T_P1R1, T_WR1, T_R0R1, T_R_1R1, T_WR0
};

static const uint64_t PASS2 = 0xA24BAED4963EE407ULL;

static const uint64_t BOUNDARY_BEFORE = 0x5f3759df01234567ULL;
static const uint64_t BOUNDARY_AFTER = 0x9e3779b97f4a7c15ULL;

size_t tag_lower(const char *s, char *out, size_t cap) {
    size_t i = 0;
    for (; s[i] && i + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[i] = 0;
    return i;
}

static char shape_class(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    if (c >= 0x80) return 'u';
    return (char)c;
}

/* hash_bytes' final mix (its loop is done inline by tag_word_init). */
static inline uint64_t fnv_final(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

void tag_word_init(tag_word *w, const char *form) {
    char low[TAG_MAX_WORD];
    /* One pass over the bytes gives the lower-case copy (tag_lower), the
     * string hashes of the form and of its lower case (hash_bytes, seed 0,
     * but for the final mix) and the shapes: three loops over the word
     * were a tenth of the tagger's time. */
    const uint64_t prime = 1099511628211ULL;
    uint64_t hf = 1469598103934665603ULL, hl = hf;
    /* Shape: character classes with runs cut at 3 ("Xxxx" for every
     * capitalised word of four or more letters); the short shape cuts runs
     * at 1 and feeds the ambiguity class of unknown words. */
    size_t run = 0, nb = 0, b3[3] = {0, 0, 0}, slot = 0; /* slot = nb % 3 */
    uint64_t hsh = 1469598103934665603ULL, hss = hsh; /* FNV-1a, inline */
    char last = 0;
    size_t len = 0;
    int upper = 0;
    for (; form[len] && len + 1 < sizeof low; len++) {
        unsigned char c = (unsigned char)form[len];
        int u = c >= 'A' && c <= 'Z';
        upper |= u;
        unsigned char lc = (unsigned char)(u ? c + 32 : c);
        low[len] = (char)lc;
        hf = (hf ^ c) * prime;
        hl = (hl ^ lc) * prime;
        if ((c & 0xC0) == 0x80) continue; /* UTF-8 continuation byte */
        b3[slot] = len;                   /* the last three character starts */
        slot = slot == 2 ? 0 : slot + 1;
        nb++;
        unsigned char k = (unsigned char)shape_class(c);
        run = k == last ? run + 1 : 1;
        if (run <= 3) hsh = (hsh ^ k) * prime;
        if (run == 1) hss = (hss ^ k) * prime;
        last = (char)k;
    }
    low[len] = 0;
    /* One string hash serves the form, its features and its lexicon key;
     * a form longer than the copy is hashed whole. */
    size_t flen = len < TAG_MAX_WORD - 1 ? len : strlen(form);
    for (size_t i = len; i < flen; i++) hf = (hf ^ (unsigned char)form[i]) * prime;
    int lower_case = flen == len && !upper;
    uint64_t base_form = fnv_final(hf);
    uint64_t base_low = lower_case ? base_form : fnv_final(hl);
    w->base_form = base_form;
    w->base_lower = base_low;
    /* The exact form only when it differs from the lower-case one: duplicate
     * features slow the perceptron's learning of the context. */
    w->form = lower_case ? 0 : hash_mix(base_form, 1);
    w->lower = hash_mix(base_low, 2);
    w->key_exact = hash_mix(base_form, 11) | 1;
    w->key_lower = hash_mix(base_low, 12) | 1;
    w->known = 0;
    w->shape = hash_mix(hsh, 3);
    w->short_shape = hash_mix(hss, 4);
    size_t from = nb >= 3 ? b3[slot] : 0;
    w->suf3 = nb >= 3 ? hs(low + from, len - from, 33) : w->lower;
    memset(w->pre, 0, sizeof w->pre);
    memset(w->suf, 0, sizeof w->suf);
    w->amb = 0;
    w->amb_lower = 0;
    w->wn = 0;
}

void tag_word_wordnet(tag_word *w, const char *form, const tag_wn *wn) {
    if (!wn->slots) return;
    char low[TAG_MAX_WORD];
    size_t len = tag_lower(form, low, sizeof low);
    w->wn = hash_mix((uint64_t)tag_wn_signature(wn, low, len) + 1, 0x574e5349);
}

void tag_word_affixes(tag_word *w, const char *form) {
    char low[TAG_MAX_WORD];
    size_t len = tag_lower(form, low, sizeof low);
    /* Character (not byte) boundaries. */
    size_t bounds[TAG_MAX_WORD + 1], nb = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)low[i] & 0xC0) != 0x80) bounds[nb++] = i;
    bounds[nb] = len;
    /* Affixes as long as the word itself add nothing to the word; 0 = none. */
    for (size_t k = 0; k < TAG_AFFIXES; k++) {
        if (k + 1 >= nb) {
            w->pre[k] = w->suf[k] = 0;
            continue;
        }
        w->pre[k] = hs(low, bounds[k + 1], 20 + k);
        size_t from = bounds[nb - k - 1];
        w->suf[k] = hs(low + from, len - from, 30 + k);
    }
}

uint64_t tag_unknown_amb(const tag_word *w) { return hash_mix(w->short_shape, 0xABCDEF); }

/* Feature keys.  Values are already well-mixed hashes, so one template's
 * key is the value XOR a template constant, and a pair costs a multiply
 * and a shift: this is the inner loop of tagging. */
static inline uint64_t tconst(int t) { return (uint64_t)t * 0xD6E8FEB86659FD93ULL; }
static inline uint64_t f1(int t, uint64_t v) { return v ^ tconst(t); }
static inline uint64_t f2(int t, uint64_t a, uint64_t b) {
    uint64_t x = (a ^ tconst(t)) * 0x9E3779B97F4A7C15ULL + b;
    return x ^ (x >> 32);
}

static inline uint64_t class_hash(int c, uint64_t seed) { return hash_mix((uint64_t)(c + 2), seed); }

/* The features of position i that tag_features gives: those of the words
 * alone (parts & PART_WORDS) and those with a class predicted before i
 * (parts & PART_PREV), each part in tag_features' order.  Inlined with a
 * constant parts, the other part's templates compile away: the tagger
 * computes a word's word features once, before its left neighbour is
 * decided (to ask for their weights early), and only the few class
 * features when it is scored. */
enum { PART_WORDS = 1, PART_PREV = 2 };
static inline size_t features_of(const tag_word *w, size_t n, size_t i, int prev1, int prev2,
                                 const uint8_t *first, uint64_t *out, int parts) {
    size_t k = 0;
    const int W = parts & PART_WORDS, P = parts & PART_PREV;
    const tag_word *c = &w[i];
    /* Classes as hashes (class + 2 keeps -1 and 0 apart from "no value"). */
    uint64_t p1 = P ? class_hash(prev1, 0x51) : 0, p2 = P ? class_hash(prev2, 0x52) : 0;
    uint64_t w_1 = i >= 1 ? w[i - 1].lower : BOUNDARY_BEFORE;
    uint64_t w_2 = i >= 2 ? w[i - 2].lower : BOUNDARY_BEFORE;
    uint64_t w1 = i + 1 < n ? w[i + 1].lower : BOUNDARY_AFTER;
    uint64_t w2 = i + 2 < n ? w[i + 2].lower : BOUNDARY_AFTER;
    uint64_t s3_1 = i >= 1 ? w[i - 1].suf3 : BOUNDARY_BEFORE;
    uint64_t s3_1b = i + 1 < n ? w[i + 1].suf3 : BOUNDARY_AFTER;
    uint64_t amb1 = i + 1 < n ? w[i + 1].amb : BOUNDARY_AFTER;
    uint64_t amb2 = i + 2 < n ? w[i + 2].amb : BOUNDARY_AFTER;
    uint64_t amb_1 = i >= 1 ? w[i - 1].amb : BOUNDARY_BEFORE;
    uint64_t sh1 = i + 1 < n ? w[i + 1].shape : BOUNDARY_AFTER;
    uint64_t sh_1 = i >= 1 ? w[i - 1].shape : BOUNDARY_BEFORE;

    /* A value 0 is a hidden word (training only: see tag_word.form); its
     * features are left out, as they would have no weight for a word never
     * seen in training.  ADD*: a word feature; PADD*: one with a class
     * predicted before i. */
#define ADD1(t, v) do { if (W) { uint64_t v_ = (v); if (v_) out[k++] = f1(t, v_) | 1; } } while (0)
#define ADD2(t, a, b) do { if (W) { uint64_t a_ = (a), b_ = (b); if (a_ && b_) out[k++] = f2(t, a_, b_) | 1; } } while (0)
#define PADD1(t, v) do { if (P) { uint64_t v_ = (v); if (v_) out[k++] = f1(t, v_) | 1; } } while (0)
#define PADD2(t, a, b) do { if (P) { uint64_t a_ = (a), b_ = (b); if (a_ && b_) out[k++] = f2(t, a_, b_) | 1; } } while (0)
    ADD1(T_BIAS, 0x2545F4914F6CDD1DULL);
    ADD1(T_FORM, c->form);
    ADD1(T_LOWER, c->lower);
    /* Affixes only for words the lexicon does not know well: frequent
     * words are tagged by their identity and context. */
    if (W && !c->known) {
        for (int a = 0; a < TAG_AFFIXES; a++) {
            ADD1(T_SUF + a, c->suf[a]);
            ADD1(T_PRE + a, c->pre[a]);
        }
        ADD1(T_WN, c->wn);
        ADD2(T_WNSH, c->wn, c->short_shape);
    }
    ADD1(T_SHAPE, c->shape);
    ADD1(T_AMB, c->amb);
    PADD1(T_P1, p1);
    PADD1(T_P2, p2);
    PADD2(T_P1P2, p1, p2);
    PADD2(T_P1W, p1, c->lower);
    ADD1(T_W_1, w_1);
    ADD1(T_W_2, w_2);
    ADD1(T_W1, w1);
    ADD1(T_W2, w2);
    ADD1(T_S3_1, s3_1);
    ADD1(T_S3_1B, s3_1b);
    ADD1(T_AMB1, amb1);
    ADD1(T_AMB2, amb2);
    ADD2(T_AMB12, amb1, amb2);
    PADD2(T_P1AMB1, p1, amb1);
    ADD2(T_WAMB1, c->lower, amb1);
    ADD2(T_W_1W, w_1, c->lower);
    ADD2(T_WW1, c->lower, w1);
    ADD1(T_SHAPE1, sh1);
    ADD1(T_SHAPE_1, sh_1);
    ADD2(T_FIRST, i == 0 ? 0x62A9D9ED799705F5ULL : 0x9E3779B97F4A7C15ULL, c->shape);
    ADD1(T_AMB_1, amb_1);
    PADD2(T_P1S3, p1, c->suf3);
    ADD2(T_AMB_AMB1, c->amb, amb1);
    PADD2(T_P2P1AMB, f2(T_P1P2, p1, p2), c->amb);
    ADD1(T_AMBLOW, c->amb_lower);
    PADD2(T_AMBLOW_P1, c->amb_lower, p1);
    if (first) {
        /* Second pass: the first pass's view of this word and the next. */
        uint64_t r0 = class_hash(first[i], 0x60);
        uint64_t r1 = i + 1 < n ? class_hash(first[i + 1], 0x61) : BOUNDARY_AFTER;
        uint64_t r2 = i + 2 < n ? class_hash(first[i + 2], 0x62) : BOUNDARY_AFTER;
        ADD1(T_R0, r0);
        ADD1(T_R1, r1);
        ADD1(T_R2, r2);
        ADD2(T_R1R2, r1, r2);
        PADD2(T_P1R1, p1, r1);
        ADD2(T_WR1, c->lower, r1);
        ADD2(T_R0R1, r0, r1);
        PADD2(T_R_1R1, p1, f2(T_R0R1, r0, r1));
        ADD2(T_WR0, c->lower, r0);
        for (size_t j = 0; j < k; j++) out[j] = (out[j] ^ PASS2) | 1;
    }
#undef ADD1
#undef ADD2
#undef PADD1
#undef PADD2
    return k;
}

size_t tag_features(const tag_word *w, size_t n, size_t i, int prev1, int prev2,
                    const uint8_t *first, uint64_t *out) {
    return features_of(w, n, i, prev1, prev2, first, out, PART_WORDS | PART_PREV);
}

size_t tag_features_words(const tag_word *w, size_t n, size_t i, const uint8_t *first, uint64_t *out) {
    return features_of(w, n, i, -1, -1, first, out, PART_WORDS);
}

size_t tag_features_prev(const tag_word *w, size_t n, size_t i, int prev1, int prev2,
                         const uint8_t *first, uint64_t *out) {
    return features_of(w, n, i, prev1, prev2, first, out, PART_PREV);
}
