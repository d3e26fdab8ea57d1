#include "nlp/ner.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE4_1__)
#include <smmintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__x86_64__) && defined(__SSE4_1__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2_PATH 1 /* compiled for any x86-64, chosen at load time */
#endif

#include "base/bigmem.h"
#include "base/error.h"
#include "nlp/ner_features.h"

/* Payload (version 4; version 3 had four more feature rows, version 2 no
 * document features):
 *   u32 labels (NER_LABELS), u32 features per word (NER_FEATS),
 *   u32 flags (bit 0: trained with UPOS), u32 case-table bits,
 *   f32 scale (weights were multiplied by it before rounding; informative),
 *   i32 start[NER_LABELS], i32 trans[NER_LABELS][NER_LABELS]
 *   u8  case table [1 << case bits]              (8-aligned)
 *   i16 weights [1 << hash bits][NER_LABELS]     (8-aligned)
 *   u32 known-name table bits (0: none)
 *   u32 known names [1 << table bits]             (8-aligned; ner_lexicon.h) */
#define LANES 12
#define NEG (-(1 << 28))
/* int16 a weight row takes in memory: the file's NER_LABELS padded with
 * zeros to 32 bytes, so a row aligned to them is one cache line, never
 * two, and its offset a shift (ner_load copies the rows) */
#define ROW 16
_Static_assert(NER_LABELS <= ROW, "a row fits its padded size");

struct ner {
    model_blob blob;
    uint32_t hash_bits, flags;
    ner_case_table ct;
    ner_lexicon lx;
    /* Label scores padded to LANES so the Viterbi step works on whole
     * vectors; forbidden moves (to I-t from anything but B-t or I-t, to I-t
     * at the start) and padding lanes score NEG. */
    int32_t start[LANES];
    int32_t trans[NER_LABELS][LANES];
    /* trans_to[l][p] = trans[p][l] for p < 8: the moves into l side by
     * side, for the trace back's vector compare */
    int32_t trans_to[NER_LABELS][8];
    const int16_t *w;       /* ROW int16 a row (owned) */
    int avx2;               /* the CPU has AVX2: emission 8 labels per add */
};

/* Transition weights are kept well inside int32 so sums cannot overflow. */
static int32_t clamp_weight(int32_t v) {
    return v < -(1 << 24) ? -(1 << 24) : v > (1 << 24) ? (1 << 24) : v;
}

int ner_load(const char *path, ner **out, dyad_error *err) {
    *out = NULL;
    ner *m = calloc(1, sizeof *m);
    if (!m) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    int st = model_blob_load(path, NER_MODEL_KIND, NER_MODEL_VERSION, &m->blob, err);
    if (st) { free(m); return st; }
    m->hash_bits = m->blob.hash_bits;
    model_cursor c;
    model_cursor_init(&c, &m->blob);
    uint32_t labels = model_read_u32(&c), feats = model_read_u32(&c);
    m->flags = model_read_u32(&c);
    m->ct.bits = model_read_u32(&c);
    (void)model_read_f32(&c);
    for (int i = 0; i < LANES; i++) m->start[i] = NEG;
    for (int i = 0; i < NER_LABELS; i++)
        for (int j = 0; j < LANES; j++) m->trans[i][j] = NEG;
    for (int i = 0; i < NER_LABELS; i++) m->start[i] = clamp_weight((int32_t)model_read_u32(&c));
    for (int i = 0; i < NER_LABELS; i++)
        for (int j = 0; j < NER_LABELS; j++) m->trans[i][j] = clamp_weight((int32_t)model_read_u32(&c));
    for (int j = 2; j < NER_LABELS; j += 2) { /* I-t */
        m->start[j] = NEG;
        for (int i = 0; i < NER_LABELS; i++)
            if (i != j && i != j - 1) m->trans[i][j] = NEG;
    }
    for (int l = 0; l < NER_LABELS; l++)
        for (int p = 0; p < 8; p++) m->trans_to[l][p] = m->trans[p][l];
    const char *problem = NULL;
    if (c.failed) problem = "truncated header";
    else if (labels != NER_LABELS || feats != NER_FEATS) problem = "label or feature count does not match this dyad";
    else if (m->hash_bits < 8 || m->hash_bits > 26 || m->ct.bits < 8 || m->ct.bits > 26) problem = "table sizes out of range";
    if (!problem) {
        m->ct.cls = model_read_bytes(&c, (size_t)1 << m->ct.bits, 8);
        const int16_t *w = model_read_bytes(&c, ((size_t)1 << m->hash_bits) * NER_LABELS * sizeof(int16_t), 8);
        int16_t *pad = w ? big_alloc(((size_t)1 << m->hash_bits) * ROW * sizeof(int16_t)) : NULL;
        if (w && !pad) {
            ner_free(m);
            return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
        }
        if (pad) {
            for (size_t r = 0; r < ((size_t)1 << m->hash_bits); r++) {
                memcpy(pad + r * ROW, w + r * NER_LABELS, NER_LABELS * sizeof(int16_t));
                memset(pad + r * ROW + NER_LABELS, 0, (ROW - NER_LABELS) * sizeof(int16_t));
            }
            m->w = pad;
        }
        m->lx.bits = model_read_u32(&c);
        if (m->lx.bits > 26) problem = "known-name table size out of range";
        else if (m->lx.bits) m->lx.slots = model_read_bytes(&c, ((size_t)1 << m->lx.bits) * sizeof(uint32_t), 8);
        if (problem) {}
        else if (c.failed || !m->w) problem = "payload shorter than its tables";
        else if (c.p != c.end) problem = "unexpected bytes after the weight table";
    }
    if (!problem)
        for (uint32_t k = 0; k < (1u << m->ct.bits); k++)
            if ((m->ct.cls[k] & 15) > 12 || m->ct.cls[k] >> 4 > 3) { problem = "bad case-table entry"; break; }
    if (!problem && m->lx.slots) { /* a lookup stops at an empty slot: there must be one */
        size_t empty = 0;
        for (size_t k = 0; k < ((size_t)1 << m->lx.bits); k++) empty += m->lx.slots[k] == 0;
        if (!empty) problem = "known-name table has no empty slot";
    }
    if (problem) {
        set_error(err, DYAD_ERR_INPUT, "%s: bad name-tagger model: %s", path, problem);
        ner_free(m);
        return DYAD_ERR_INPUT;
    }
#if defined(HAVE_AVX2_PATH)
    m->avx2 = __builtin_cpu_supports("avx2") && !getenv("DYAD_NO_AVX2"); /* set: SSE paths (tests) */
#endif
    *out = m;
    return DYAD_OK;
}

void ner_free(ner *m) {
    if (!m) return;
    model_blob_free(&m->blob);
    free((void *)m->w);
    free(m);
}

/* Label l's type (0 for O) and whether it is an I- label. */
static int label_type(int l) { return (l + 1) / 2; }
static int label_inside(int l) { return l > 0 && l % 2 == 0; }
/* Scores of one position, padded; on the stack for short sentences.  After
 * each step the scores are shifted so their maximum is 0 (and floored at
 * NEG), which keeps them in range however long the sentence. */
typedef struct slot {
    int32_t score[LANES];
} slot;

/* Adds the weight rows rows[k0..k1) to e (labels 0..8; lanes 9..11 stay
 * as they are). */
static void emission_add(const int16_t *w, const uint32_t *rows, int k0, int k1, int32_t e[LANES]) {
#if defined(__SSE2__)
    __m128i lo = _mm_loadu_si128((const __m128i *)e), hi = _mm_loadu_si128((const __m128i *)(e + 4));
    int32_t last = e[8];
    for (int k = k0; k < k1; k++) {
        const int16_t *r = w + (size_t)rows[k] * ROW;
#if defined(__SSE4_1__)
        /* sign-extending loads: two instructions per four labels */
        lo = _mm_add_epi32(_mm_cvtepi16_epi32(_mm_loadl_epi64((const __m128i *)r)), lo);
        hi = _mm_add_epi32(_mm_cvtepi16_epi32(_mm_loadl_epi64((const __m128i *)(r + 4))), hi);
#else
        __m128i x = _mm_loadu_si128((const __m128i *)r); /* labels 0..7 */
        /* sign-extend 16 -> 32 bits */
        lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16));
        hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16));
#endif
        last += r[8];
    }
    _mm_storeu_si128((__m128i *)e, lo);
    _mm_storeu_si128((__m128i *)(e + 4), hi);
    e[8] = last;
#else
    for (int k = k0; k < k1; k++) {
        const int16_t *r = w + (size_t)rows[k] * ROW;
        for (int l = 0; l < NER_LABELS; l++) e[l] += r[l];
    }
#endif
}

#if defined(HAVE_AVX2_PATH)
/* emission_add with labels 0..7 in one 256-bit add (the same integer sums). */
__attribute__((target("avx2"))) static void emission_add_avx2(const int16_t *w, const uint32_t *rows, int k0,
                                                             int k1, int32_t e[LANES]) {
    __m256i acc = _mm256_loadu_si256((const __m256i *)e);
    int32_t last = e[8];
    _Pragma("GCC unroll 4") for (int k = k0; k < k1; k++) {
        const int16_t *r = w + (size_t)rows[k] * ROW;
        acc = _mm256_add_epi32(acc, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)r)));
        last += r[8];
    }
    _mm256_storeu_si256((__m256i *)e, acc);
    e[8] = last;
}
#endif

#if defined(HAVE_AVX2_PATH)
/* emission_word's three sums on the AVX2 path in one call with the sum in
 * registers throughout (a word's emission was three calls, each loading
 * and storing it). */
__attribute__((target("avx2"))) static void emission_word_avx2(const int16_t *w, const uint32_t *rows,
                                                              int32_t e[LANES], int32_t *base) {
    __m256i acc = _mm256_loadu_si256((const __m256i *)e);
    int32_t last = e[8];
#define ADD_ROW(k)                                                                                     \
    do {                                                                                               \
        const int16_t *r_ = w + (size_t)rows[k] * ROW;                                         \
        acc = _mm256_add_epi32(acc, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)r_)));    \
        last += r_[8];                                                                                 \
    } while (0)
    _Pragma("GCC unroll 4") for (int k = 0; k < NER_DOC_FIRST; k++) ADD_ROW(k);
    _Pragma("GCC unroll 8") for (int k = NER_DOC_LAST + 1; k < NER_FEATS; k++) ADD_ROW(k);
    if (base) {
        _mm256_storeu_si256((__m256i *)base, acc);
        base[8] = last;
    }
    _Pragma("GCC unroll 4") for (int k = NER_DOC_FIRST; k <= NER_DOC_LAST; k++) ADD_ROW(k);
#undef ADD_ROW
    _mm256_storeu_si256((__m256i *)e, acc);
    e[8] = last;
}
#endif

/* The first pass's emission of a word: every row of it added to e; with
 * base (NER_LABELS sums), the sum of all rows but the document's (which
 * the second pass starts from) left there too. */
static void emission_word(const ner *m, const uint32_t *rows, int32_t e[LANES], int32_t *base) {
#if defined(HAVE_AVX2_PATH)
    if (m->avx2) {
        emission_word_avx2(m->w, rows, e, base);
        return;
    }
#endif
    emission_add(m->w, rows, 0, NER_DOC_FIRST, e);
    emission_add(m->w, rows, NER_DOC_LAST + 1, NER_FEATS, e);
    if (base) memcpy(base, e, NER_LABELS * sizeof *e);
    emission_add(m->w, rows, NER_DOC_FIRST, NER_DOC_LAST + 1, e);
}

/* emission_add on the widest path the CPU has. */
static void emission_add_best(const ner *m, const uint32_t *rows, int k0, int k1, int32_t e[LANES]) {
#if defined(HAVE_AVX2_PATH)
    if (m->avx2) {
        emission_add_avx2(m->w, rows, k0, k1, e);
        return;
    }
#endif
    emission_add(m->w, rows, k0, k1, e);
}

#if defined(__SSE2__)
static inline __m128i max_epi32(__m128i a, __m128i b) {
#if defined(__SSE4_1__)
    return _mm_max_epi32(a, b);
#else
    __m128i g = _mm_cmpgt_epi32(a, b);
    return _mm_or_si128(_mm_and_si128(g, a), _mm_andnot_si128(g, b));
#endif
}
#endif

/* cur[l] = max over p of prev[p] + trans[p][l], plus e[l]. */
static void viterbi_step(const ner *m, const int32_t *prev, const int32_t *e, int32_t *cur) {
#if defined(__SSE2__)
    __m128i b0 = _mm_set1_epi32(NEG), b1 = b0, b2 = b0;
    for (int p = 0; p < NER_LABELS; p++) {
        __m128i v = _mm_set1_epi32(prev[p]);
        const __m128i *t = (const __m128i *)m->trans[p];
        __m128i c0 = _mm_add_epi32(v, _mm_loadu_si128(t)), c1 = _mm_add_epi32(v, _mm_loadu_si128(t + 1)),
                c2 = _mm_add_epi32(v, _mm_loadu_si128(t + 2));
        b0 = max_epi32(b0, c0);
        b1 = max_epi32(b1, c1);
        b2 = max_epi32(b2, c2);
    }
    const __m128i *ev = (const __m128i *)e;
    _mm_storeu_si128((__m128i *)cur, _mm_add_epi32(b0, _mm_loadu_si128(ev)));
    _mm_storeu_si128((__m128i *)(cur + 4), _mm_add_epi32(b1, _mm_loadu_si128(ev + 1)));
    _mm_storeu_si128((__m128i *)(cur + 8), _mm_add_epi32(b2, _mm_loadu_si128(ev + 2)));
#else
    for (int l = 0; l < LANES; l++) {
        int32_t best = NEG;
        for (int p = 0; p < NER_LABELS; p++) {
            int32_t v = prev[p] + m->trans[p][l];
            if (v > best) best = v;
        }
        cur[l] = best + e[l];
    }
#endif
}

#if defined(HAVE_AVX2_PATH)
/* viterbi_step with lanes 0..7 in one 256-bit register (same maxima). */
__attribute__((target("avx2"))) static void viterbi_step_avx2(const ner *m, const int32_t *prev,
                                                             const int32_t *e, int32_t *cur) {
    __m256i b0 = _mm256_set1_epi32(NEG);
    __m128i b1 = _mm_set1_epi32(NEG);
    _Pragma("GCC unroll 9") for (int p = 0; p < NER_LABELS; p++) {
        __m256i v = _mm256_set1_epi32(prev[p]);
        const int32_t *t = m->trans[p];
        b0 = _mm256_max_epi32(b0, _mm256_add_epi32(v, _mm256_loadu_si256((const __m256i *)t)));
        b1 = _mm_max_epi32(b1, _mm_add_epi32(_mm256_castsi256_si128(v), _mm_loadu_si128((const __m128i *)(t + 8))));
    }
    _mm256_storeu_si256((__m256i *)cur, _mm256_add_epi32(b0, _mm256_loadu_si256((const __m256i *)e)));
    _mm_storeu_si128((__m128i *)(cur + 8), _mm_add_epi32(b1, _mm_loadu_si128((const __m128i *)(e + 8))));
}
#endif

/* Shifts the scores so the best is 0; floors them at NEG. */
static void normalise(int32_t *sc) {
#if defined(__SSE4_1__)
    __m128i a = _mm_loadu_si128((const __m128i *)sc), b = _mm_loadu_si128((const __m128i *)(sc + 4)),
            c = _mm_loadu_si128((const __m128i *)(sc + 8));
    __m128i m = _mm_max_epi32(a, b);
    m = _mm_max_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2)));
    m = _mm_max_epi32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1)));
    int32_t top = _mm_cvtsi128_si32(m);
    if (sc[8] > top) top = sc[8];
    __m128i t = _mm_set1_epi32(top), neg = _mm_set1_epi32(NEG);
    _mm_storeu_si128((__m128i *)sc, _mm_max_epi32(_mm_sub_epi32(a, t), neg));
    _mm_storeu_si128((__m128i *)(sc + 4), _mm_max_epi32(_mm_sub_epi32(b, t), neg));
    _mm_storeu_si128((__m128i *)(sc + 8), _mm_max_epi32(_mm_sub_epi32(c, t), neg));
#else
    int32_t top = sc[0];
    for (int l = 1; l < NER_LABELS; l++) top = sc[l] > top ? sc[l] : top;
    for (int l = 0; l < LANES; l++) sc[l] = sc[l] - top < NEG ? NEG : sc[l] - top;
#endif
}

/* The best predecessor of label l: the first p with the highest
 * prev[p] + trans[p][l]. */
static int best_before(const ner *m, const int32_t *prev, int l) {
#if defined(__SSE4_1__)
    __m128i a = _mm_add_epi32(_mm_loadu_si128((const __m128i *)prev), _mm_loadu_si128((const __m128i *)m->trans_to[l]));
    __m128i b = _mm_add_epi32(_mm_loadu_si128((const __m128i *)(prev + 4)),
                              _mm_loadu_si128((const __m128i *)(m->trans_to[l] + 4)));
    __m128i x = _mm_max_epi32(a, b);
    x = _mm_max_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(1, 0, 3, 2)));
    x = _mm_max_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1)));
    int32_t top = _mm_cvtsi128_si32(x);
    if (prev[8] + m->trans[8][l] > top) return 8;
    __m128i t = _mm_set1_epi32(top);
    unsigned mask = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(a, t))) |
                    (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(b, t))) << 4;
    return __builtin_ctz(mask);
#else
    int best = 0;
    int32_t bv = prev[0] + m->trans[0][l];
    for (int p = 1; p < NER_LABELS; p++) {
        int32_t v = prev[p] + m->trans[p][l];
        if (v > bv) { bv = v; best = p; }
    }
    return best;
#endif
}

void ner_tag(const ner *m, size_t n, const char *const *forms,
             const char *const *upos, uint8_t *entity_type, uint8_t *entity_begin) {
    ner_tag_doc(m, NULL, n, forms, upos, entity_type, entity_begin);
}

/* Asks for weight rows rows[k0 .. k1) from memory (a row is one cache
 * line when the table is aligned: ROW). */
static inline void ask_rows(const int16_t *w, const uint32_t *rows, int k0, int k1) {
#if defined(__GNUC__) || defined(__clang__)
    /* (constant bounds, unrolled: no loop counter to keep per row) */
    _Pragma("GCC unroll 49") for (int k = k0; k < k1; k++) {
        const int16_t *r = w + (size_t)rows[k] * ROW;
        __builtin_prefetch(r);
    }
#else
    (void)w, (void)rows, (void)k0, (void)k1;
#endif
}

/* The rows of word i into rows (doc_only: the document rows alone, the
 * others are left as they were), each asked for from memory. */
static void word_rows(const ner *m, const ner_word *words, size_t n, size_t i, int doc_only,
                      uint32_t rows[NER_FEATS]) {
    if (doc_only) {
        ner_doc_rows(words, n, i, m->hash_bits, rows);
        ask_rows(m->w, rows, NER_DOC_FIRST, NER_DOC_LAST + 1);
    } else {
        ner_rows(words, n, i, m->hash_bits, rows);
        ask_rows(m->w, rows, 0, NER_FEATS);
    }
}

/* Viterbi over the n words (scores in s, n slots) into type and begin.
 * The document features (NER_DOC_FIRST..NER_DOC_LAST) are the only ones
 * the second pass changes, so with base (9 sums a word) the first pass
 * (second 0) keeps each word's sum of the other rows there and the second
 * (second 1) adds only the document rows to it. */
static void decode(const ner *m, const ner_word *words, size_t n, slot *s, uint8_t *entity_type,
                   uint8_t *entity_begin, int32_t (*base)[NER_LABELS], int second) {
    /* The rows of word i + 1 are found, and asked for, while word i is
     * scored: the weights are megabytes read at random, and the next
     * word's cache misses overlap this word's work. */
    uint32_t buf[2][NER_FEATS];
    uint32_t *rows = buf[0], *next = buf[1]; /* swapped after each word, not copied */
    const int doc_only = base && second;
    if (n) word_rows(m, words, n, 0, doc_only, rows);
    for (size_t i = 0; i < n; i++) {
        int32_t e[LANES] = {0};
        if (i + 1 < n) word_rows(m, words, n, i + 1, doc_only, next);
        if (doc_only) {
            /* the other rows' sum is kept from the first pass */
            memcpy(e, base[i], sizeof base[i]);
            emission_add_best(m, rows, NER_DOC_FIRST, NER_DOC_LAST + 1, e);
        } else {
            emission_word(m, rows, e, base ? base[i] : NULL);
        }
        if (i == 0)
            for (int l = 0; l < LANES; l++) s[0].score[l] = m->start[l] + e[l];
        else
#if defined(HAVE_AVX2_PATH)
            if (m->avx2)
                viterbi_step_avx2(m, s[i - 1].score, e, s[i].score);
            else
#endif
                viterbi_step(m, s[i - 1].score, e, s[i].score);
        normalise(s[i].score);
        uint32_t *done = rows;
        rows = next;
        next = done;
    }
    /* Trace back: the best last label, then at each position the best
     * predecessor of the label chosen after it (the lowest label on ties,
     * as in training). */
    int l = 0;
    for (int k = 1; k < NER_LABELS; k++)
        if (s[n - 1].score[k] > s[n - 1].score[l]) l = k;
    for (size_t i = n; i-- > 0;) {
        entity_type[i] = (uint8_t)label_type(l);
        entity_begin[i] = l > 0 && !label_inside(l);
        if (i == 0) break;
        l = best_before(m, s[i - 1].score, l);
    }
}

void ner_tag_document(const ner *m, ner_doc *doc, size_t n_sent, const size_t *len,
                      const char *const *const *forms, const char *const *const *upos,
                      uint8_t *const *type, uint8_t *const *begin) {
    ner_doc_clear(doc);
    if (!m) return;
    /* The words' features are computed once and kept for the second pass,
     * which only changes what they know of the document. */
    size_t total = 0, longest = 0;
    for (size_t k = 0; k < n_sent; k++) {
        total += len[k];
        if (len[k] > longest) longest = len[k];
    }
    ner_word *words = malloc((total ? total : 1) * sizeof *words);
    int32_t(*base)[NER_LABELS] = malloc((total ? total : 1) * sizeof *base);
    slot *sc = malloc((longest ? longest : 1) * sizeof *sc);
    if (!words || !sc || !base) { /* the slower way, sentence by sentence */
        free(words);
        free(base);
        free(sc);
        for (size_t k = 0; k < n_sent; k++) {
            ner_tag_doc(m, NULL, len[k], forms[k], upos ? upos[k] : NULL, type[k], begin[k]);
            ner_doc_add(doc, len[k], forms[k], type[k]);
        }
        if (!doc->failed)
            for (size_t k = 0; k < n_sent; k++)
                ner_tag_doc(m, doc, len[k], forms[k], upos ? upos[k] : NULL, type[k], begin[k]);
        return;
    }
    const char *const *const *tags = (m->flags & 1) ? upos : NULL;
    for (size_t k = 0, off = 0; k < n_sent; off += len[k], k++) {
        memset(type[k], 0, len[k]);
        memset(begin[k], 0, len[k]);
        if (!len[k]) continue;
        ner_words(len[k], forms[k], tags ? tags[k] : NULL, &m->ct, &m->lx, NULL, words + off);
        decode(m, words + off, len[k], sc, type[k], begin[k], base + off, 0);
        ner_doc_add(doc, len[k], forms[k], type[k]);
    }
    /* an incomplete memory would mislead the second pass: keep the first */
    if (!doc->failed) {
        for (size_t i = 0; i < total; i++) words[i].doc = ner_doc_code(doc, words[i].lower);
        for (size_t k = 0, off = 0; k < n_sent; off += len[k], k++)
            if (len[k]) decode(m, words + off, len[k], sc, type[k], begin[k], base + off, 1);
    }
    free(words);
    free(base);
    free(sc);
}

void ner_tag_doc(const ner *m, const ner_doc *doc, size_t n, const char *const *forms,
                 const char *const *upos, uint8_t *entity_type, uint8_t *entity_begin) {
    memset(entity_type, 0, n);
    memset(entity_begin, 0, n);
    if (!n || !m) return;
    slot local[64];
    ner_word wlocal[64];
    slot *s = n <= 64 ? local : malloc(n * sizeof *s);
    ner_word *words = n <= 64 ? wlocal : malloc(n * sizeof *words);
    if (!s || !words) {
        if (s != local) free(s);
        if (words != wlocal) free(words);
        return;
    }
    ner_words(n, forms, (m->flags & 1) ? upos : NULL, &m->ct, &m->lx, doc, words);
    decode(m, words, n, s, entity_type, entity_begin, NULL, 0);
    if (words != wlocal) free(words);
    if (s != local) free(s);
}
