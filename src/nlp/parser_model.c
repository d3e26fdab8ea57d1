/* parser_model.c — loading a parser model and parsing with it.
 *
 * Payload of a "PARS" model file (version PARSER_FORMAT_VERSION = 4):
 *   u32 n_labels; n_labels x (u32 length, bytes)     relation names
 *   u32 n_classes, u32 right_begin, u32 root_label, u32 row_width
 *   u32 beam width (1 = greedy; 1..PARSER_MAX_BEAM),
 *   u32 beam margin (0 = none)                         both absent in version 3
 *   n_classes x (u8 type, u8 label), padded to 8
 *   f32 scale (for diagnostics), u32 n_rows
 *   2^hash_bits x u32 row index                        (< n_rows; 0 = zero row)
 *   padding to 16, n_rows x row_width int16 weights    (row_width % 8 == 0)
 * A feature's hash picks a bucket, the bucket a row; a class score is the
 * saturating int16 sum of one row per feature.  Only the rows that matter
 * most are kept (train_parser --rows), the other buckets share the zero row:
 * many buckets with few collisions, at the memory of few rows.  The padding
 * columns are never read as classes. */
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__SSE4_1__)
#include <smmintrin.h>
#endif
#if defined(__x86_64__) && defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2_PATH 1 /* compiled for any x86-64, chosen at load time */
#endif

#include "base/bigmem.h"
#include "base/error.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"
#include "nlp/parser_model.h"

static void build_penalties(parser *p) {
    int rb = p->pc.right_begin, nc = p->pc.n_classes;
    for (int c = 0; c < p->width; c++) {
        int shift = c == 0, left = c >= 2 && c < rb, right = c >= rb && c < nc;
        p->penalty[0][c] = shift || left ? 0 : INT16_MIN;
        p->penalty[1][c] = shift || left || right ? 0 : INT16_MIN;
        p->penalty[2][c] = right ? 0 : INT16_MIN;
    }
}

int parser_load(const char *path, parser **out, dyad_error *err) {
    *out = NULL;
    parser *p = calloc(1, sizeof *p);
    if (!p) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    /* version 3 is version 4 without the beam width and margin: greedy */
    /* (room after the payload for the rows' padding: see below) */
    int rc = model_blob_load_room(path, PARSER_KIND_CODE, 3, PARSER_FORMAT_VERSION, 12, &p->blob, err);
    if (rc) { free(p); return rc; }
    model_cursor c;
    model_cursor_init(&c, &p->blob);
    const char *why = NULL;
    p->bits = p->blob.hash_bits;
    uint32_t nl = model_read_u32(&c);
    if (c.failed || nl == 0 || nl > PARSER_MAX_LABELS) { why = "bad label count"; goto bad; }
    p->n_labels = (int)nl;
    p->label_store = malloc(nl * 64 + 1);
    if (!p->label_store) { parser_free(p); return set_error(err, DYAD_ERR_INTERNAL, "out of memory"); }
    char *dst = p->label_store;
    for (uint32_t i = 0; i < nl; i++) {
        uint32_t len = model_read_u32(&c);
        const char *s = model_read_bytes(&c, len, 1);
        if (c.failed || !s || len == 0 || len > 63) { why = "bad relation name"; goto bad; }
        memcpy(dst, s, len);
        dst[len] = '\0';
        p->labels[i] = dst;
        dst += len + 1;
    }
    uint32_t ncls = model_read_u32(&c), rb = model_read_u32(&c),
             root = model_read_u32(&c), width = model_read_u32(&c);
    /* at least one LEFT-l and one RIGHT-l class, so that every state has a
     * valid transition */
    if (c.failed || ncls < 4 || ncls > PARSER_MAX_CLASSES || rb < 3 || rb >= ncls ||
        root >= nl || width < ncls || width % 8 || width > PARSER_MAX_CLASSES) {
        why = "bad class table";
        goto bad;
    }
    uint32_t beam = p->blob.version >= 4 ? model_read_u32(&c) : 1;
    uint32_t margin = p->blob.version >= 4 ? model_read_u32(&c) : 0;
    if (c.failed || beam < 1 || beam > PARSER_MAX_BEAM) { why = "bad beam width"; goto bad; }
    if (margin > PARSER_MAX_MARGIN) { why = "bad beam margin"; goto bad; }
    p->beam = (int)beam;
    p->margin = (int32_t)margin;
    p->pc.n_classes = (int)ncls;
    p->pc.right_begin = (int)rb;
    p->pc.root_label = (int)root;
    p->width = (int)width;
    const unsigned char *cls = model_read_bytes(&c, 2 * ncls, 1);
    if (!cls) { why = "truncated class table"; goto bad; }
    for (uint32_t i = 0; i < ncls; i++) {
        pclass k = {cls[2 * i], cls[2 * i + 1]};
        int want = i == 0 ? T_SHIFT : i < rb ? T_LEFT : T_RIGHT;
        if (k.type != want || k.label >= nl || (i == 1 && k.label != root)) {
            why = "inconsistent class table";
            goto bad;
        }
        p->pc.cls[i] = k;
    }
    model_read_bytes(&c, 0, 8); /* the writer padded to 8 */
    (void)model_read_f32(&c);
    uint32_t n_rows = model_read_u32(&c);
    if (p->bits < 8 || p->bits > 28) { why = "bad hash size"; goto bad; }
    if (c.failed || n_rows < 1 || n_rows > (1u << p->bits) + 1) { why = "bad row count"; goto bad; }
    size_t n_buckets = (size_t)1 << p->bits;
    const unsigned char *ix = model_read_bytes(&c, n_buckets * sizeof(uint32_t), 1);
    if (!ix) { why = "truncated row index"; goto bad; }
    p->row_index = big_alloc(n_buckets * sizeof(uint32_t));
    if (!p->row_index) { parser_free(p); return set_error(err, DYAD_ERR_INTERNAL, "out of memory"); }
    memcpy(p->row_index, ix, n_buckets * sizeof(uint32_t));
    /* In memory each row starts a cache line and takes whole lines (the
     * file's rows of 176 bytes padded to 192): a row read at random is then
     * three lines to wait for, never four, and scoring asks for each line
     * of a row by a constant offset (score_rows).  The padding is zeros
     * and never summed into a class. */
    size_t row_bytes = (size_t)width * sizeof(int16_t), stride = (row_bytes + 63) / 64 * 64;
    /* offsets instead of rows: saves the multiply per feature in scoring */
    if ((uint64_t)n_rows * stride > UINT32_MAX) { why = "too many rows"; goto bad; }
    for (size_t i = 0; i < n_buckets; i++) {
        if (p->row_index[i] >= n_rows) { why = "row index out of range"; goto bad; }
        p->row_index[i] *= (uint32_t)stride;
    }
    /* the writer padded the payload to a multiple of 16 before the weights */
    size_t off = (size_t)(c.p - p->blob.payload);
    model_read_bytes(&c, (16 - off % 16) % 16, 1);
    const unsigned char *w = model_read_bytes(&c, (size_t)n_rows * row_bytes, 1);
    if (c.failed || !w) { why = "truncated weights"; goto bad; }
    if (c.p != c.end) { why = "trailing bytes after the weights"; goto bad; }
    /* The rows are spread out in place when the payload has the room (the
     * loader allocated 12% more; 176-byte rows need 9%): from the last, each
     * to a 64-byte aligned place at or after its own, so no row is
     * overwritten before it has moved.  (Copying them out instead costs a
     * second allocation of 50 MB and its page faults at every load.)
     * Otherwise they are copied into a buffer of their own. */
    size_t w_off = (size_t)(w - p->blob.payload);
    unsigned char *src = p->blob.payload + w_off;
    unsigned char *rows = (unsigned char *)(((uintptr_t)src + 63) & ~(uintptr_t)63);
    if ((size_t)(rows - p->blob.payload) + (size_t)n_rows * stride > p->blob.room) {
        p->w_copy = big_alloc((size_t)n_rows * stride + 64);
        if (!p->w_copy) { parser_free(p); return set_error(err, DYAD_ERR_INTERNAL, "out of memory"); }
        rows = (unsigned char *)(((uintptr_t)p->w_copy + 63) & ~(uintptr_t)63);
    }
    for (size_t r = n_rows; r-- > 0;) {
        memmove(rows + r * stride, src + r * row_bytes, row_bytes);
        memset(rows + r * stride + row_bytes, 0, stride - row_bytes);
    }
    p->w = (const int16_t *)rows;
#if defined(HAVE_AVX2_PATH)
    /* DYAD_NO_AVX2 set: the SSE paths, so tests can compare the two */
    p->avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2") && !getenv("DYAD_NO_AVX2");
#endif
    build_penalties(p);
    *out = p;
    return DYAD_OK;
bad:
    set_error(err, DYAD_ERR_INPUT, "%s: malformed parser model (%s)", path, why);
    parser_free(p);
    return DYAD_ERR_INPUT;
}

int parser_beam(const parser *p) { return p->beam; }

void parser_set_beam(parser *p, int beam, int margin) {
    p->beam = beam < 1 ? 1 : beam > PARSER_MAX_BEAM ? PARSER_MAX_BEAM : beam;
    p->margin = margin < 0 ? 0 : margin > PARSER_MAX_MARGIN ? PARSER_MAX_MARGIN : margin;
}

int parser_beam_margin(const parser *p) { return p->margin; }

void parser_free(parser *p) {
    if (!p) return;
    model_blob_free(&p->blob);
    free(p->label_store);
    free(p->w_copy);
    free(p->row_index);
    free(p);
}

#if defined(__SSE2__)
/* One pass over the feature rows with every accumulator in a register: a
 * row of NV vectors costs NV saturating adds.  Instantiated for the usual
 * widths; other widths take the blocked loop below. */
#define DEF_SCORE(NV)                                                          \
    static void score_##NV(const char *w, const uint32_t *off, int nr, int16_t *out) { \
        __m128i acc[NV];                                                       \
        _Pragma("GCC unroll 16") for (int v = 0; v < NV; v++) acc[v] = _mm_setzero_si128(); \
        for (int i = 0; i < nr; i++) {                                         \
            const __m128i *r = (const __m128i *)(w + off[i]);                  \
            _Pragma("GCC unroll 16") for (int v = 0; v < NV; v++)              \
                acc[v] = _mm_adds_epi16(acc[v], _mm_load_si128(r + v));        \
        }                                                                      \
        _Pragma("GCC unroll 16") for (int v = 0; v < NV; v++)                  \
            _mm_storeu_si128((__m128i *)out + v, acc[v]);                      \
    }
DEF_SCORE(8)
DEF_SCORE(9)
DEF_SCORE(10)
DEF_SCORE(11)
DEF_SCORE(12)
DEF_SCORE(13)
DEF_SCORE(14)

#if defined(HAVE_AVX2_PATH)
/* The same sums 16 columns per add (per column the same saturating adds in
 * the same order, so the same scores); an odd 8-column tail takes one
 * 128-bit add. */
#define DEF_SCORE_AVX2(NV)                                                     \
    __attribute__((target("avx2,bmi2"))) static void score2_##NV(                \
        const char *w, const uint32_t *off, int nr, int16_t *out) {            \
        __m256i acc[NV / 2];                                                   \
        __m128i tail = _mm_setzero_si128();                                    \
        _Pragma("GCC unroll 16") for (int v = 0; v < NV / 2; v++) acc[v] = _mm256_setzero_si256(); \
        _Pragma("GCC unroll 8") for (int i = 0; i < nr; i++) {                 \
            const char *r = w + off[i];                                        \
            _Pragma("GCC unroll 16") for (int v = 0; v < NV / 2; v++)          \
                acc[v] = _mm256_adds_epi16(acc[v], _mm256_loadu_si256((const __m256i *)(r + 32 * v))); \
            if (NV & 1)                                                        \
                tail = _mm_adds_epi16(tail, _mm_load_si128((const __m128i *)(r + 16 * (NV - 1)))); \
        }                                                                      \
        _Pragma("GCC unroll 16") for (int v = 0; v < NV / 2; v++)              \
            _mm256_storeu_si256((__m256i *)out + v, acc[v]);                   \
        if (NV & 1) _mm_storeu_si128((__m128i *)out + (NV - 1), tail);         \
    }
DEF_SCORE_AVX2(2)
DEF_SCORE_AVX2(3)
DEF_SCORE_AVX2(4)
DEF_SCORE_AVX2(5)
DEF_SCORE_AVX2(6)
DEF_SCORE_AVX2(7)
DEF_SCORE_AVX2(8)
DEF_SCORE_AVX2(9)
DEF_SCORE_AVX2(10)
DEF_SCORE_AVX2(11)
DEF_SCORE_AVX2(12)
DEF_SCORE_AVX2(13)
DEF_SCORE_AVX2(14)
#endif

static void score_blocked(const char *w, const uint32_t *off, int nr, int width, int16_t *scores) {
    for (int v = 0; v < width; v += 8) {
        __m128i a = _mm_setzero_si128();
        for (int i = 0; i < nr; i++)
            a = _mm_adds_epi16(a, _mm_load_si128((const __m128i *)(w + off[i]) + v / 8));
        _mm_storeu_si128((__m128i *)(scores + v), a);
    }
}
#endif

/* Computes the features of s and sums their rows into scores[0 .. width),
 * or with AVX2 only into scores[0 .. 8 * nv) (nv <= width / 8): the columns
 * after those keep what they held, which argmax_valid never returns when
 * their classes are not valid (it settles such a case with the valid
 * classes alone). */
static void score_rows(const parser *p, const pstate *s, int nv, int16_t *scores) {
    const int16_t *w = p->w;
    const uint32_t *ix = p->row_index;
    /* The row index and the weights are tens of megabytes, so nearly every
     * feature's index entry and row is a cache miss; summing them in order
     * would wait for each in turn.  The index entries are prefetched as
     * the features are extracted, then every row is prefetched before any
     * is summed, so that the misses overlap; the sums are unchanged.
     * Buckets without a row of their own point to the zero row (offset 0)
     * and it is summed like any other: adding zeros changes no sum, and a
     * model whose row 0 is not zero (no trained model's) needs
     * it summed anyway.  Skipping it would cost a test per feature and a
     * mispredicted branch for about one in eight.  (The prefetches are in
     * the function itself: GCC takes a function of prefetches alone for
     * one without effects and drops the call.) */
    uint32_t bucket[PARSER_MAX_FEATURES];
    uint32_t off[PARSER_MAX_FEATURES]; /* the rows' offsets in w (base + index addressing: no add) */
    int nr = parser_feature_buckets(s, ix, p->bits, bucket);
#if defined(__GNUC__) || defined(__clang__)
    /* every cache line of the row that is summed (rows start a line:
     * parser_load), by constant offsets */
    int lines = ((p->avx2 ? nv : p->width / 8) * 16 + 63) / 64;
#define ASK_ROWS(LINES)                                                        \
    _Pragma("GCC unroll 8") for (int i = 0; i < nr; i++) {                    \
        uint32_t o = off[i] = ix[bucket[i]];                                   \
        const char *r = (const char *)w + o;                                   \
        _Pragma("GCC unroll 4") for (int l = 0; l < (LINES); l++) __builtin_prefetch(r + 64 * l); \
    }
    switch (lines) {
    case 1: ASK_ROWS(1); break;
    case 2: ASK_ROWS(2); break;
    case 3: ASK_ROWS(3); break;
    case 4: ASK_ROWS(4); break;
    default:
        for (int i = 0; i < nr; i++) {
            uint32_t o = off[i] = ix[bucket[i]];
            const char *r = (const char *)w + o;
            for (int l = 0; l < lines; l++) __builtin_prefetch(r + 64 * l);
        }
    }
#undef ASK_ROWS
#else
    for (int i = 0; i < nr; i++) off[i] = ix[bucket[i]];
#endif
#if defined(HAVE_AVX2_PATH)
    if (p->avx2) {
        switch (nv) {
        case 2: score2_2((const char *)w, off, nr, scores); return;
        case 3: score2_3((const char *)w, off, nr, scores); return;
        case 4: score2_4((const char *)w, off, nr, scores); return;
        case 5: score2_5((const char *)w, off, nr, scores); return;
        case 6: score2_6((const char *)w, off, nr, scores); return;
        case 7: score2_7((const char *)w, off, nr, scores); return;
        case 8: score2_8((const char *)w, off, nr, scores); return;
        case 9: score2_9((const char *)w, off, nr, scores); return;
        case 10: score2_10((const char *)w, off, nr, scores); return;
        case 11: score2_11((const char *)w, off, nr, scores); return;
        case 12: score2_12((const char *)w, off, nr, scores); return;
        case 13: score2_13((const char *)w, off, nr, scores); return;
        case 14: score2_14((const char *)w, off, nr, scores); return;
        default: break;
        }
    }
#endif
#if defined(__SSE2__)
    switch (p->width / 8) {
    case 8: score_8((const char *)w, off, nr, scores); break;
    case 9: score_9((const char *)w, off, nr, scores); break;
    case 10: score_10((const char *)w, off, nr, scores); break;
    case 11: score_11((const char *)w, off, nr, scores); break;
    case 12: score_12((const char *)w, off, nr, scores); break;
    case 13: score_13((const char *)w, off, nr, scores); break;
    case 14: score_14((const char *)w, off, nr, scores); break;
    default: score_blocked((const char *)w, off, nr, p->width, scores); break;
    }
#else
    for (int c = 0; c < p->width; c++) {
        int32_t sum = 0;
        for (int i = 0; i < nr; i++) {
            sum += ((const int16_t *)((const char *)w + off[i]))[c];
            sum = sum > 32767 ? 32767 : sum < -32768 ? -32768 : sum;
        }
        scores[c] = (int16_t)sum;
    }
#endif
}

int parser_score_state(const parser *p, const pstate *s, int kind, int16_t *scores) {
    int nv = p->width / 8;
    if (kind == 0) {
        nv = (p->pc.right_begin + 7) / 8;
        if (nv < 2) nv = p->width / 8;
    }
    score_rows(p, s, nv, scores);
    return nv;
}

#if defined(HAVE_AVX2_PATH) && defined(__SSE4_1__)
/* argmax_valid's vector part, 16 columns per step: the first column of the
 * highest score + penalty when its class is valid, else -1 (settled by
 * the scalar loop). */
__attribute__((target("avx2"))) static int argmax_avx2(int nv, const int16_t *scores, const int16_t *pen) {
    __m256i v[PARSER_MAX_CLASSES / 16];
    __m256i m = _mm256_set1_epi16(INT16_MIN);
    int np = nv / 2;
    for (int i = 0; i < np; i++) {
        v[i] = _mm256_adds_epi16(_mm256_loadu_si256((const __m256i *)scores + i),
                                 _mm256_loadu_si256((const __m256i *)pen + i));
        m = _mm256_max_epi16(m, v[i]);
    }
    __m128i m1 = _mm_max_epi16(_mm256_castsi256_si128(m), _mm256_extracti128_si256(m, 1)), tail = m1;
    if (nv & 1) {
        tail = _mm_adds_epi16(_mm_load_si128((const __m128i *)scores + 2 * np),
                              _mm_load_si128((const __m128i *)pen + 2 * np));
        m1 = _mm_max_epi16(m1, tail);
    }
    __m128i mp = _mm_minpos_epu16(_mm_xor_si128(m1, _mm_set1_epi16(0x7fff)));
    int16_t top = (int16_t)(_mm_extract_epi16(mp, 0) ^ 0x7fff);
    __m256i best = _mm256_set1_epi16(top);
    int c = -1;
    for (int i = 0; i < np && c < 0; i++) {
        unsigned mask = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi16(v[i], best));
        if (mask) c = 16 * i + __builtin_ctz(mask) / 2;
    }
    if (c < 0 && (nv & 1)) {
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(tail, _mm256_castsi256_si128(best)));
        if (mask) c = 16 * np + __builtin_ctz(mask) / 2;
    }
    return c >= 0 && pen[c] == 0 ? c : -1;
}
#endif

#if defined(__SSE4_1__)
/* The same with 128-bit vectors. */
static int argmax_sse(int nv, const int16_t *scores, const int16_t *pen) {
    __m128i v[PARSER_MAX_CLASSES / 8];
    __m128i m = _mm_set1_epi16(INT16_MIN);
    for (int i = 0; i < nv; i++) {
        v[i] = _mm_adds_epi16(_mm_load_si128((const __m128i *)scores + i),
                              _mm_load_si128((const __m128i *)pen + i));
        m = _mm_max_epi16(m, v[i]);
    }
    /* horizontal max: x ^ 0x7fff reverses the order of signed values as
     * unsigned ones, and minpos finds the unsigned minimum */
    __m128i mp = _mm_minpos_epu16(_mm_xor_si128(m, _mm_set1_epi16(0x7fff)));
    __m128i best = _mm_set1_epi16((int16_t)(_mm_extract_epi16(mp, 0) ^ 0x7fff));
    for (int i = 0; i < nv; i++) {
        int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(v[i], best));
        if (mask) {
            int c = 8 * i + __builtin_ctz((unsigned)mask) / 2;
            return pen[c] == 0 ? c : -1;
        }
    }
    return -1;
}
#endif

/* Index of the best valid class: the first maximum of scores + penalty. */
static int argmax_valid(const parser *p, const int16_t *scores, const int16_t *pen,
                        const int lo[3], const int hi[3], int nr) {
#if defined(HAVE_AVX2_PATH) && defined(__SSE4_1__)
    int v = p->avx2 ? argmax_avx2(p->width / 8, scores, pen) : argmax_sse(p->width / 8, scores, pen);
    if (v >= 0) return v;
#elif defined(__SSE4_1__)
    int v = argmax_sse(p->width / 8, scores, pen);
    if (v >= 0) return v;
#else
    (void)p;
    (void)pen;
#endif
    /* every valid score saturated low: the valid classes alone */
    int b = lo[0], bs = INT16_MIN - 1;
    for (int r = 0; r < nr; r++)
        for (int c = lo[r]; c < hi[r]; c++)
            if (scores[c] > bs) { bs = scores[c]; b = c; }
    return b;
}

int parser_parse(const parser *p, size_t n, const char *const *forms,
                 const char *const *upos, const char *const *xpos,
                 const char *const *lemmas, int32_t *heads,
                 const char **deprels, arena *scratch) {
    if (n == 0) return DYAD_OK;
    if (n > (1u << 24)) return DYAD_ERR_INTERNAL;
    if (p->beam > 1) return parser_parse_beam(p, n, forms, upos, xpos, lemmas, heads, deprels, scratch);
    ptoken *tok = arena_alloc(scratch, (n + 2) * sizeof *tok);
    if (!tok) return DYAD_ERR_INTERNAL;
    ptoken_sentinels(&tok[0], &tok[n + 1]);
    for (size_t i = 0; i < n; i++)
        ptoken_make(&tok[i + 1], forms[i], upos ? upos[i] : NULL,
                    xpos ? xpos[i] : NULL, lemmas ? lemmas[i] : NULL);
    pstate *s = pstate_new(scratch, (int)n, tok);
    if (!s) return DYAD_ERR_INTERNAL;
    int16_t scores[PARSER_MAX_CLASSES] __attribute__((aligned(16)));
    memset(scores, 0, sizeof scores); /* columns score_rows leaves alone */
    /* b0 a word and one item on the stack: only SHIFT and LEFT-l are valid,
     * the first right_begin columns */
    int nv_left = (p->pc.right_begin + 7) / 8;
    if (nv_left < 2) nv_left = p->width / 8; /* no AVX2 function that narrow */
    while (!pstate_done(s)) {
        int lo[3], hi[3];
        int nr = pstate_valid_ranges(s, &p->pc, lo, hi);
        int best = lo[0];
        if (nr > 1 || hi[0] - lo[0] > 1) {
            int kind = s->b == s->n ? 2 : s->sp >= 2 ? 1 : 0;
            score_rows(p, s, kind == 0 ? nv_left : p->width / 8, scores);
            best = argmax_valid(p, scores, p->penalty[kind], lo, hi, nr);
        }
        pstate_apply(s, p->pc.cls[best]);
    }
    for (size_t i = 0; i < n; i++) {
        int h = s->head[i];
        heads[i] = h == (int)n || h < 0 ? -1 : h;
        deprels[i] = p->labels[s->label[i] >= 0 ? s->label[i] : p->pc.root_label];
    }
    return DYAD_OK;
}
