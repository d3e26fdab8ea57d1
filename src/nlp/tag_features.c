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
    T_AMB_1, T_P1S3, T_AMB_AMB1, T_P2P1AMB
};

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

uint64_t tag_lex_key_exact(const char *form) { return hs(form, strlen(form), 11); }
uint64_t tag_lex_key_lower(const char *lower) { return hs(lower, strlen(lower), 12); }

void tag_word_init(tag_word *w, const char *form) {
    char low[TAG_MAX_WORD], shape[TAG_MAX_WORD], short_shape[TAG_MAX_WORD];
    size_t len = tag_lower(form, low, sizeof low);
    w->form = hs(form, strlen(form), 1);
    w->lower = hs(low, len, 2);
    /* Shape: character classes with runs cut at 3 ("Xxxx" for every
     * capitalised word of four or more letters); the short shape cuts runs
     * at 1 and feeds the ambiguity class of unknown words. */
    size_t sl = 0, ssl = 0, run = 0;
    char last = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)form[i];
        if (c >= 0x80 && (c & 0xC0) == 0x80) continue; /* continuation byte */
        char k = shape_class(c);
        run = k == last ? run + 1 : 1;
        if (run <= 3) shape[sl++] = k;
        if (run == 1) short_shape[ssl++] = k;
        last = k;
    }
    w->shape = hs(shape, sl, 3);
    w->short_shape = hs(short_shape, ssl, 4);
    /* Character (not byte) boundaries for affixes. */
    size_t bounds[TAG_MAX_WORD + 1], nb = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)low[i] & 0xC0) != 0x80) bounds[nb++] = i;
    bounds[nb] = len;
    for (size_t k = 0; k < TAG_AFFIXES; k++) {
        size_t m = k + 1 <= nb ? k + 1 : nb;
        w->pre[k] = hs(low, bounds[m], 20 + k);
        size_t from = bounds[nb - m];
        w->suf[k] = hs(low + from, len - from, 30 + k);
    }
    w->amb = 0;
}

uint64_t tag_unknown_amb(const tag_word *w) { return hash_mix(w->short_shape, 0xABCDEF); }

static inline uint64_t f1(int t, uint64_t v) { return hash_mix(v, (uint64_t)t); }
static inline uint64_t f2(int t, uint64_t a, uint64_t b) {
    return hash_mix(hash_mix(a, (uint64_t)t), b);
}

size_t tag_features(const tag_word *w, size_t n, size_t i, int prev1, int prev2,
                    uint64_t *out) {
    size_t k = 0;
    const tag_word *c = &w[i];
    uint64_t p1 = (uint64_t)(prev1 + 2), p2 = (uint64_t)(prev2 + 2);
    uint64_t w_1 = i >= 1 ? w[i - 1].lower : BOUNDARY_BEFORE;
    uint64_t w_2 = i >= 2 ? w[i - 2].lower : BOUNDARY_BEFORE;
    uint64_t w1 = i + 1 < n ? w[i + 1].lower : BOUNDARY_AFTER;
    uint64_t w2 = i + 2 < n ? w[i + 2].lower : BOUNDARY_AFTER;
    uint64_t s3_1 = i >= 1 ? w[i - 1].suf[2] : BOUNDARY_BEFORE;
    uint64_t s3_1b = i + 1 < n ? w[i + 1].suf[2] : BOUNDARY_AFTER;
    uint64_t amb1 = i + 1 < n ? w[i + 1].amb : BOUNDARY_AFTER;
    uint64_t amb2 = i + 2 < n ? w[i + 2].amb : BOUNDARY_AFTER;
    uint64_t amb_1 = i >= 1 ? w[i - 1].amb : BOUNDARY_BEFORE;
    uint64_t sh1 = i + 1 < n ? w[i + 1].shape : BOUNDARY_AFTER;
    uint64_t sh_1 = i >= 1 ? w[i - 1].shape : BOUNDARY_BEFORE;

    out[k++] = f1(T_BIAS, 0);
    out[k++] = f1(T_FORM, c->form);
    out[k++] = f1(T_LOWER, c->lower);
    for (int a = 0; a < TAG_AFFIXES; a++) {
        out[k++] = f1(T_SUF + a, c->suf[a]);
        out[k++] = f1(T_PRE + a, c->pre[a]);
    }
    out[k++] = f1(T_SHAPE, c->shape);
    out[k++] = f1(T_AMB, c->amb);
    out[k++] = f1(T_P1, p1);
    out[k++] = f1(T_P2, p2);
    out[k++] = f2(T_P1P2, p1, p2);
    out[k++] = f2(T_P1W, p1, c->lower);
    out[k++] = f1(T_W_1, w_1);
    out[k++] = f1(T_W_2, w_2);
    out[k++] = f1(T_W1, w1);
    out[k++] = f1(T_W2, w2);
    out[k++] = f1(T_S3_1, s3_1);
    out[k++] = f1(T_S3_1B, s3_1b);
    out[k++] = f1(T_AMB1, amb1);
    out[k++] = f1(T_AMB2, amb2);
    out[k++] = f2(T_AMB12, amb1, amb2);
    out[k++] = f2(T_P1AMB1, p1, amb1);
    out[k++] = f2(T_WAMB1, c->lower, amb1);
    out[k++] = f2(T_W_1W, w_1, c->lower);
    out[k++] = f2(T_WW1, c->lower, w1);
    out[k++] = f1(T_SHAPE1, sh1);
    out[k++] = f1(T_SHAPE_1, sh_1);
    out[k++] = f2(T_FIRST, i == 0, c->shape);
    out[k++] = f1(T_AMB_1, amb_1);
    out[k++] = f2(T_P1S3, p1, c->suf[2]);
    out[k++] = f2(T_AMB_AMB1, c->amb, amb1);
    out[k++] = f2(T_P2P1AMB, hash_mix(p1, p2), c->amb);
    for (size_t j = 0; j < k; j++) out[j] |= 1; /* 0 never names a feature */
    return k;
}
