#include "nlp/ner.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp/ner_features.h"

/* Payload (version 1):
 *   u32 labels (NER_LABELS), u32 features per word (NER_FEATS),
 *   u32 flags (bit 0: trained with UPOS), u32 case-table bits,
 *   f32 scale (weights were multiplied by it before rounding; informative),
 *   i32 start[NER_LABELS], i32 trans[NER_LABELS][NER_LABELS]
 *   u8  case table [1 << case bits]              (8-aligned)
 *   i16 weights [1 << hash bits][NER_LABELS]     (8-aligned) */
struct ner {
    model_blob blob;
    uint32_t hash_bits, flags;
    ner_case_table ct;
    int32_t start[NER_LABELS];
    int32_t trans[NER_LABELS][NER_LABELS];
    const int16_t *w;
};

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
    for (int i = 0; i < NER_LABELS; i++) m->start[i] = (int32_t)model_read_u32(&c);
    for (int i = 0; i < NER_LABELS; i++)
        for (int j = 0; j < NER_LABELS; j++) m->trans[i][j] = (int32_t)model_read_u32(&c);
    const char *problem = NULL;
    if (c.failed) problem = "truncated header";
    else if (labels != NER_LABELS || feats != NER_FEATS) problem = "label or feature count does not match this dyad";
    else if (m->hash_bits < 8 || m->hash_bits > 26 || m->ct.bits < 8 || m->ct.bits > 26) problem = "table sizes out of range";
    if (!problem) {
        m->ct.cls = model_read_bytes(&c, (size_t)1 << m->ct.bits, 8);
        m->w = model_read_bytes(&c, ((size_t)1 << m->hash_bits) * NER_LABELS * sizeof(int16_t), 8);
        if (c.failed) problem = "payload shorter than its tables";
        else if (c.p != c.end) problem = "unexpected bytes after the weight table";
    }
    if (!problem)
        for (uint32_t k = 0; k < (1u << m->ct.bits); k++)
            if (m->ct.cls[k] > 12) { problem = "bad case-table entry"; break; }
    if (problem) {
        set_error(err, DYAD_ERR_INPUT, "%s: bad name-tagger model: %s", path, problem);
        ner_free(m);
        return DYAD_ERR_INPUT;
    }
    *out = m;
    return DYAD_OK;
}

void ner_free(ner *m) {
    if (!m) return;
    model_blob_free(&m->blob);
    free(m);
}

/* Label l's type (0 for O) and whether it is an I- label. */
static int label_type(int l) { return (l + 1) / 2; }
static int label_inside(int l) { return l > 0 && l % 2 == 0; }
/* I-t may only follow B-t or I-t. */
static int allowed(int prev, int cur) {
    return !label_inside(cur) || (prev > 0 && label_type(prev) == label_type(cur));
}

/* Scratch for one sentence: on the stack for short ones. */
typedef struct slot {
    int64_t score[NER_LABELS];
    uint8_t back[NER_LABELS];
} slot;

void ner_tag(const ner *m, size_t n, const char *const *forms,
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
    ner_words(n, forms, (m->flags & 1) ? upos : NULL, &m->ct, words);
    for (size_t i = 0; i < n; i++) {
        uint32_t rows[NER_FEATS];
        ner_rows(words, n, i, m->hash_bits, rows);
        int32_t e[NER_LABELS] = {0};
        for (int k = 0; k < NER_FEATS; k++) {
            const int16_t *r = m->w + (size_t)rows[k] * NER_LABELS;
            for (int l = 0; l < NER_LABELS; l++) e[l] += r[l];
        }
        for (int l = 0; l < NER_LABELS; l++) {
            int64_t best = INT64_MIN / 2;
            int arg = 0;
            if (i == 0) {
                best = label_inside(l) ? INT64_MIN / 2 : m->start[l];
            } else {
                for (int p = 0; p < NER_LABELS; p++) {
                    if (!allowed(p, l)) continue;
                    int64_t v = s[i - 1].score[p] + m->trans[p][l];
                    if (v > best) { best = v; arg = p; }
                }
            }
            s[i].score[l] = best + e[l];
            s[i].back[l] = (uint8_t)arg;
        }
    }
    int l = 0;
    for (int k = 1; k < NER_LABELS; k++)
        if (s[n - 1].score[k] > s[n - 1].score[l]) l = k;
    for (size_t i = n; i-- > 0;) {
        entity_type[i] = (uint8_t)label_type(l);
        entity_begin[i] = l > 0 && !label_inside(l);
        l = s[i].back[l];
    }
    if (words != wlocal) free(words);
    if (s != local) free(s);
}
