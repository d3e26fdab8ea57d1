/* parser_features.c — hashed feature templates of the parser.
 *
 * The templates follow Zhang & Nivre (2011) "Transition-based dependency
 * parsing with rich non-local features", adapted to arc-hybrid: words (w),
 * tags (p = UPOS, x = XPOS) and combinations of s0, s1, s2, b0, b1, b2;
 * leftmost/rightmost children and their labels; distance; valency; label
 * sets.  Arc-hybrid attaches s0 to s1 (RIGHT) as well as to b0 (LEFT), so s1
 * gets the attention ZN2011 give to the head of s0.
 *
 * Each feature is one 64-bit hash of (template number, values); the model
 * uses its top bits as a row index.  Hashing is a multiply-xor chain: the
 * top bits of a product depend on every bit of the input, so no final mixer
 * is needed. */
#include <string.h>

#include "base/hash.h"
#include "nlp/parser_internal.h"

#define K 0x9E3779B97F4A7C15ULL
#define SEED(t) (((uint64_t)(t) + 1) * 0xD6E8FEB86659FD93ULL)

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

static inline uint64_t h1(int t, uint64_t a) { return (SEED(t) ^ a) * K; }
static inline uint64_t h2(int t, uint64_t a, uint64_t b) { return (((SEED(t) ^ a) * K) ^ b) * K; }
static inline uint64_t h3(int t, uint64_t a, uint64_t b, uint64_t c) {
    return (((((SEED(t) ^ a) * K) ^ b) * K) ^ c) * K;
}

/* Lower-cases ASCII letters of the first 64 bytes into buf; returns that
 * length (the full length in *len). */
static size_t lower64(const char *s, unsigned char buf[64], size_t *len) {
    size_t i = 0;
    for (; s[i] && i < 64; i++) {
        unsigned char c = (unsigned char)s[i];
        buf[i] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    *len = s[i] ? i + strlen(s + i) : i;
    return i;
}

static uint64_t hash_lower(const char *s, uint64_t seed) {
    unsigned char buf[64];
    size_t n, m = lower64(s, buf, &n);
    uint64_t h = hash_bytes(buf, m, seed);
    return n > m ? hash_mix(h, hash_str(s + m, seed)) : h;
}

/* The lemma lower-cased is the lower-cased form (most words): its hash
 * is the form's, no second pass over it. */
static int lower_equals(const char *s, const unsigned char *low, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!c || (c >= 'A' && c <= 'Z' ? c + 32 : c) != low[i]) return 0;
    }
    return !s[n];
}

static int missing(const char *s) { return !s || !*s || (s[0] == '_' && !s[1]); }

void ptoken_make(ptoken *t, const char *form, const char *upos,
                 const char *xpos, const char *lemma) {
    if (!form) form = "";
    if (!upos) upos = "X";
    unsigned char buf[64];
    size_t n, m = lower64(form, buf, &n);
    t->w = hash_bytes(buf, m, 1);
    if (n > m) t->w = hash_mix(t->w, hash_str(form + m, 1));
    /* Suffix of up to 3 bytes: helps with words not seen in training. */
    t->s = n <= 64 ? hash_bytes(buf + (m > 3 ? m - 3 : 0), m > 3 ? 3 : m, 4)
                   : hash_bytes(form + n - 3, 3, 4);
    t->p = hash_str(upos, 2);
    t->x = missing(xpos) ? hash_str(upos, 3) : hash_str(xpos, 3);
    t->l = missing(lemma) || (n == m && lower_equals(lemma, buf, m)) ? t->w : hash_lower(lemma, 1);
}

void ptoken_sentinels(ptoken *none, ptoken *root) {
    none->w = none->p = none->x = none->l = none->s = 0x1234567ULL;
    root->w = root->p = root->x = root->l = root->s = 0x7654321ULL;
}

static inline uint64_t dist_bucket(int d) {
    if (d < 0) d = -d;
    if (d <= 4) return (uint64_t)d;
    if (d <= 6) return 5;
    if (d <= 9) return 6;
    return 7;
}

/* Where features go: their hashes (training), or for parsing their buckets
 * (hash >> shift) with a prefetch of each bucket's entry of the row index
 * ix, issued as soon as the feature is known so that the index's cache
 * misses overlap with the rest of the extraction instead of waiting for a
 * second pass over the features.  features() is inlined into each caller
 * with its sink constant, so the test in put() is resolved when compiled. */
typedef struct sink {
    uint64_t *hash;
    uint32_t *bucket;
    const uint32_t *ix;
    unsigned shift;
} sink;

static ALWAYS_INLINE void put(const sink *o, int k, uint64_t h) {
    if (o->hash) {
        o->hash[k] = h;
    } else {
        uint64_t b = h >> o->shift; /* 64 bits: no zero-extension to index */
        o->bucket[k] = (uint32_t)b;
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(o->ix + b);
#endif
    }
}

static ALWAYS_INLINE int features(const pstate *s, const sink *o) {
    const ptoken *T = s->tok;
    const int *L = s->label;
    int n = s->n;
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
    int s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
    int s2 = s->sp > 2 ? s->stack[s->sp - 3] : -1;
    int b0 = s->b;
    int b1 = b0 + 1 <= n ? b0 + 1 : -1;
    int b2 = b0 + 2 <= n ? b0 + 2 : -1;
    int s0l = s->l1[s0], s0l2 = s->l2[s0], s0r = s->r1[s0], s0r2 = s->r2[s0];
    int b0l = s->l1[b0], b0l2 = s->l2[b0];
    int s1l = s->l1[s1], s1r = s->r1[s1];
    const ptoken *S0 = &T[s0], *S1 = &T[s1], *S2 = &T[s2], *B0 = &T[b0],
                 *B1 = &T[b1], *B2 = &T[b2];
    uint64_t s0wp = h2(200, S0->w, S0->p), b0wp = h2(201, B0->w, B0->p),
             s1wp = h2(202, S1->w, S1->p);
    uint64_t d1 = s0 >= 0 ? dist_bucket(b0 - s0) : 99;
    uint64_t d2 = s1 >= 0 ? dist_bucket(s0 - s1) : 99;
    uint64_t s0ll = (uint64_t)(L[s0l] + 1), s0rl = (uint64_t)(L[s0r] + 1),
             b0ll = (uint64_t)(L[b0l] + 1), s1rl = (uint64_t)(L[s1r] + 1),
             s1ll = (uint64_t)(L[s1l] + 1);
    int k = 0;
    put(o, k, h1(k, 0)); k++; /* bias */
    /* single words */
    put(o, k, h1(k, S0->w)); k++;
    put(o, k, h1(k, S0->p)); k++;
    put(o, k, h1(k, s0wp)); k++;
    put(o, k, h1(k, S0->x)); k++;
    put(o, k, h1(k, S1->w)); k++;
    put(o, k, h1(k, S1->p)); k++;
    put(o, k, h1(k, s1wp)); k++;
    put(o, k, h1(k, S2->p)); k++;
    put(o, k, h1(k, B0->w)); k++;
    put(o, k, h1(k, B0->p)); k++;
    put(o, k, h1(k, b0wp)); k++;
    put(o, k, h1(k, B0->x)); k++;
    put(o, k, h1(k, B0->l)); k++;
    put(o, k, h1(k, B0->s)); k++;
    put(o, k, h1(k, S0->l)); k++;
    put(o, k, h1(k, B1->w)); k++;
    put(o, k, h1(k, B1->p)); k++;
    put(o, k, h2(k, B1->w, B1->p)); k++;
    put(o, k, h1(k, B2->w)); k++;
    put(o, k, h1(k, B2->p)); k++;
    /* s0 / b0 pairs */
    put(o, k, h2(k, s0wp, b0wp)); k++;
    put(o, k, h2(k, s0wp, B0->w)); k++;
    put(o, k, h2(k, S0->w, b0wp)); k++;
    put(o, k, h2(k, s0wp, B0->p)); k++;
    put(o, k, h2(k, S0->p, b0wp)); k++;
    put(o, k, h2(k, S0->w, B0->w)); k++;
    put(o, k, h2(k, S0->p, B0->p)); k++;
    put(o, k, h2(k, S0->x, B0->x)); k++;
    put(o, k, h2(k, B0->p, B1->p)); k++;
    put(o, k, h2(k, B0->x, B1->x)); k++;
    /* s1 / s0 pairs (RIGHT attaches s0 to s1) */
    put(o, k, h2(k, s1wp, s0wp)); k++;
    put(o, k, h2(k, S1->w, S0->w)); k++;
    put(o, k, h2(k, S1->p, S0->p)); k++;
    put(o, k, h2(k, S1->x, S0->x)); k++;
    put(o, k, h2(k, s1wp, S0->p)); k++;
    put(o, k, h2(k, S1->p, s0wp)); k++;
    put(o, k, h2(k, S1->l, S0->l)); k++;
    /* triples of tags */
    put(o, k, h3(k, B0->p, B1->p, B2->p)); k++;
    put(o, k, h3(k, S0->p, B0->p, B1->p)); k++;
    put(o, k, h3(k, S1->p, S0->p, B0->p)); k++;
    put(o, k, h3(k, S1->x, S0->x, B0->x)); k++;
    put(o, k, h3(k, S2->p, S1->p, S0->p)); k++;
    put(o, k, h3(k, S0->p, T[s0l].p, B0->p)); k++;
    put(o, k, h3(k, S0->p, T[s0r].p, B0->p)); k++;
    put(o, k, h3(k, S0->p, B0->p, T[b0l].p)); k++;
    put(o, k, h3(k, S1->p, T[s1r].p, S0->p)); k++;
    put(o, k, h3(k, S1->p, S0->p, T[s0l].p)); k++;
    put(o, k, h3(k, S1->p, S0->p, T[s0r].p)); k++;
    put(o, k, h3(k, S1->p, S0->p, B1->p)); k++;
    /* distance */
    put(o, k, h2(k, S0->w, d1)); k++;
    put(o, k, h2(k, S0->p, d1)); k++;
    put(o, k, h2(k, B0->w, d1)); k++;
    put(o, k, h2(k, B0->p, d1)); k++;
    put(o, k, h3(k, S0->w, B0->w, d1)); k++;
    put(o, k, h3(k, S0->p, B0->p, d1)); k++;
    put(o, k, h3(k, S1->p, S0->p, d2)); k++;
    put(o, k, h3(k, S1->w, S0->w, d2)); k++;
    /* valency */
    put(o, k, h2(k, S0->w, (uint64_t)s->nr[s0])); k++;
    put(o, k, h2(k, S0->p, (uint64_t)s->nr[s0])); k++;
    put(o, k, h2(k, S0->w, (uint64_t)s->nl[s0])); k++;
    put(o, k, h2(k, S0->p, (uint64_t)s->nl[s0])); k++;
    put(o, k, h2(k, B0->w, (uint64_t)s->nl[b0])); k++;
    put(o, k, h2(k, B0->p, (uint64_t)s->nl[b0])); k++;
    put(o, k, h2(k, S1->p, (uint64_t)s->nr[s1])); k++;
    /* children */
    put(o, k, h1(k, T[s0l].w)); k++;
    put(o, k, h1(k, T[s0l].p)); k++;
    put(o, k, h1(k, s0ll)); k++;
    put(o, k, h1(k, T[s0r].w)); k++;
    put(o, k, h1(k, T[s0r].p)); k++;
    put(o, k, h1(k, s0rl)); k++;
    put(o, k, h1(k, T[b0l].w)); k++;
    put(o, k, h1(k, T[b0l].p)); k++;
    put(o, k, h1(k, b0ll)); k++;
    put(o, k, h1(k, T[s1r].w)); k++;
    put(o, k, h1(k, T[s1r].p)); k++;
    put(o, k, h1(k, s1rl)); k++;
    put(o, k, h1(k, T[s1l].p)); k++;
    put(o, k, h1(k, s1ll)); k++;
    put(o, k, h3(k, S0->p, s0ll, B0->p)); k++;
    put(o, k, h3(k, S0->p, b0ll, B0->p)); k++;
    put(o, k, h3(k, S1->p, s1rl, S0->p)); k++;
    /* second children */
    put(o, k, h1(k, T[s0l2].p)); k++;
    put(o, k, h1(k, (uint64_t)(L[s0l2] + 1))); k++;
    put(o, k, h1(k, T[s0r2].p)); k++;
    put(o, k, h1(k, (uint64_t)(L[s0r2] + 1))); k++;
    put(o, k, h1(k, T[b0l2].p)); k++;
    put(o, k, h1(k, (uint64_t)(L[b0l2] + 1))); k++;
    put(o, k, h3(k, S0->p, T[s0l].p, T[s0l2].p)); k++;
    put(o, k, h3(k, S0->p, T[s0r].p, T[s0r2].p)); k++;
    put(o, k, h3(k, B0->p, T[b0l].p, T[b0l2].p)); k++;
    /* label sets */
    put(o, k, h2(k, S0->w, s->rset[s0])); k++;
    put(o, k, h2(k, S0->p, s->rset[s0])); k++;
    put(o, k, h2(k, S0->w, s->lset[s0])); k++;
    put(o, k, h2(k, S0->p, s->lset[s0])); k++;
    put(o, k, h2(k, B0->w, s->lset[b0])); k++;
    put(o, k, h2(k, B0->p, s->lset[b0])); k++;
    put(o, k, h2(k, S1->p, s->rset[s1])); k++;
    return k;
}

int parser_features(const pstate *s, uint64_t *out) {
    sink o = {out, NULL, NULL, 0};
    return features(s, &o);
}

int parser_feature_buckets(const pstate *s, const uint32_t *ix, unsigned bits, uint32_t *bucket) {
    sink o = {NULL, bucket, ix, 64 - bits};
    return features(s, &o);
}
