/* parser_model.c — loading a parser model and parsing with it.
 *
 * Payload of a "PARS" model file (version PARSER_FORMAT_VERSION):
 *   u32 n_labels; n_labels x (u32 length, bytes)     relation names
 *   u32 n_classes, u32 right_begin, u32 root_label, u32 row_width
 *   n_classes x (u8 type, u8 label), padded to 8
 *   f32 scale (for diagnostics), u32 reserved
 *   2^hash_bits rows x row_width int16 weights         (row_width % 8 == 0)
 * A class score is the saturating int16 sum of one row per feature; the
 * padding columns are never read as classes. */
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/error.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"

struct parser {
    model_blob blob;
    unsigned bits;
    int width;              /* int16 per row, multiple of 8 */
    pclasses pc;
    int n_labels;
    char *label_store;
    const char *labels[PARSER_MAX_LABELS];
    const int16_t *w;
};

int parser_load(const char *path, parser **out, dyad_error *err) {
    *out = NULL;
    parser *p = calloc(1, sizeof *p);
    if (!p) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    int rc = model_blob_load(path, PARSER_KIND_CODE, PARSER_FORMAT_VERSION, &p->blob, err);
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
    if (c.failed || ncls < 2 || ncls > PARSER_MAX_CLASSES || rb < 2 || rb > ncls ||
        root >= nl || width < ncls || width % 8 || width > PARSER_MAX_CLASSES) {
        why = "bad class table";
        goto bad;
    }
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
    (void)model_read_u32(&c);   /* reserved */
    if (p->bits < 8 || p->bits > 28) { why = "bad hash size"; goto bad; }
    size_t nw = ((size_t)1 << p->bits) * (size_t)width;
    p->w = model_read_bytes(&c, nw * sizeof(int16_t), 8);
    if (c.failed || !p->w) { why = "truncated weights"; goto bad; }
    if (c.p != c.end) { why = "trailing bytes after the weights"; goto bad; }
    *out = p;
    return DYAD_OK;
bad:
    set_error(err, DYAD_ERR_INPUT, "%s: malformed parser model (%s)", path, why);
    parser_free(p);
    return DYAD_ERR_INPUT;
}

void parser_free(parser *p) {
    if (!p) return;
    model_blob_free(&p->blob);
    free(p->label_store);
    free(p);
}

/* Sums the rows of the features into scores[0 .. width). */
static void score_rows(const parser *p, const uint64_t *f, int nf, int16_t *scores) {
    const int16_t *rows[PARSER_MAX_FEATURES];
    unsigned shift = 64 - p->bits;
    for (int i = 0; i < nf; i++) rows[i] = p->w + (size_t)(f[i] >> shift) * (size_t)p->width;
#if defined(__SSE2__)
    for (int blk = 0; blk < p->width; blk += 32) {
        int left = p->width - blk;
        if (left >= 32) {
            __m128i a0 = _mm_setzero_si128(), a1 = a0, a2 = a0, a3 = a0;
            for (int i = 0; i < nf; i++) {
                const __m128i *r = (const __m128i *)(rows[i] + blk);
                a0 = _mm_adds_epi16(a0, _mm_loadu_si128(r));
                a1 = _mm_adds_epi16(a1, _mm_loadu_si128(r + 1));
                a2 = _mm_adds_epi16(a2, _mm_loadu_si128(r + 2));
                a3 = _mm_adds_epi16(a3, _mm_loadu_si128(r + 3));
            }
            _mm_storeu_si128((__m128i *)(scores + blk), a0);
            _mm_storeu_si128((__m128i *)(scores + blk + 8), a1);
            _mm_storeu_si128((__m128i *)(scores + blk + 16), a2);
            _mm_storeu_si128((__m128i *)(scores + blk + 24), a3);
        } else {
            for (int v = 0; v < left; v += 8) {
                __m128i a = _mm_setzero_si128();
                for (int i = 0; i < nf; i++)
                    a = _mm_adds_epi16(a, _mm_loadu_si128((const __m128i *)(rows[i] + blk + v)));
                _mm_storeu_si128((__m128i *)(scores + blk + v), a);
            }
        }
    }
#else
    for (int c = 0; c < p->width; c++) {
        int32_t s = 0;
        for (int i = 0; i < nf; i++) {
            s += rows[i][c];
            s = s > 32767 ? 32767 : s < -32768 ? -32768 : s;
        }
        scores[c] = (int16_t)s;
    }
#endif
}

int parser_parse(const parser *p, size_t n, const char *const *forms,
                 const char *const *upos, const char *const *xpos,
                 const char *const *lemmas, int32_t *heads,
                 const char **deprels, arena *scratch) {
    if (n == 0) return DYAD_OK;
    if (n > (1u << 24)) return DYAD_ERR_INTERNAL;
    ptoken *tok = arena_alloc(scratch, (n + 2) * sizeof *tok);
    if (!tok) return DYAD_ERR_INTERNAL;
    ptoken_sentinels(&tok[0], &tok[n + 1]);
    for (size_t i = 0; i < n; i++)
        ptoken_make(&tok[i + 1], forms[i], upos ? upos[i] : NULL,
                    xpos ? xpos[i] : NULL, lemmas ? lemmas[i] : NULL);
    pstate *s = pstate_new(scratch, (int)n, tok);
    if (!s) return DYAD_ERR_INTERNAL;
    uint64_t f[PARSER_MAX_FEATURES];
    int16_t scores[PARSER_MAX_CLASSES] __attribute__((aligned(16)));
    while (!pstate_done(s)) {
        int lo[3], hi[3];
        int nr = pstate_valid_ranges(s, &p->pc, lo, hi);
        int best = lo[0];
        if (nr > 1 || hi[0] - lo[0] > 1) {
            int nf = parser_features(s, f);
            score_rows(p, f, nf, scores);
            int bs = -32769;
            for (int r = 0; r < nr; r++)
                for (int c = lo[r]; c < hi[r]; c++)
                    if (scores[c] > bs) { bs = scores[c]; best = c; }
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
