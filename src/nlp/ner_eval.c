#include "nlp/ner_eval.h"

#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/gum_names.h"
#include "nlp/tagger.h"
#include "base/arena.h"

/* Length of the span starting at i (type[i] != 0). */
static size_t span_len(size_t n, const uint8_t *type, const uint8_t *begin, size_t i) {
    size_t j = i + 1;
    while (j < n && type[j] == type[i] && !begin[j]) j++;
    return j - i;
}

static int starts(const uint8_t *type, const uint8_t *begin, size_t i) {
    return type[i] && (i == 0 || begin[i] || type[i - 1] != type[i]);
}

void ner_counts_add(ner_counts *c, size_t n, const uint8_t *gt, const uint8_t *gb,
                    const uint8_t *pt, const uint8_t *pb) {
    c->sentences++;
    c->words += n;
    for (size_t i = 0; i < n; i++) {
        int g = starts(gt, gb, i), p = starts(pt, pb, i);
        size_t gl = g ? span_len(n, gt, gb, i) : 0, pl = p ? span_len(n, pt, pb, i) : 0;
        c->span_gold += g;
        c->span_pred += p;
        c->span_tp += g && p && gl == pl;
        if (g && p && gt[i] == pt[i] && gl == pl) {
            c->tp[gt[i]]++;
            continue;
        }
        if (g) c->fn[gt[i]]++;
        if (p) c->fp[pt[i]]++;
    }
}

double ner_counts_f1(const ner_counts *c, unsigned types) {
    size_t tp = 0, fp = 0, fn = 0;
    for (int t = 1; t < 5; t++)
        if (types & (1u << t)) {
            tp += c->tp[t];
            fp += c->fp[t];
            fn += c->fn[t];
        }
    return tp ? 2.0 * (double)tp / (double)(2 * tp + fp + fn) : 0.0;
}

/* The sentences of one document, kept until its end so the tagger can
 * run both of its passes over the whole document. */
typedef struct doc_buf {
    arena a;
    size_t n, cap;
    size_t *len;
    const char ***forms, ***upos;
    uint8_t **gold_type, **gold_begin, **type, **begin;
} doc_buf;

static int doc_push(doc_buf *d, const conllu_sentence *s, const tagger *tg) {
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        size_t *len = realloc(d->len, cap * sizeof *len);
        if (len) d->len = len;
        const char ***f = realloc(d->forms, cap * sizeof *f);
        if (f) d->forms = f;
        const char ***u = realloc(d->upos, cap * sizeof *u);
        if (u) d->upos = u;
        uint8_t **p[4] = {d->gold_type, d->gold_begin, d->type, d->begin};
        int ok = len && f && u;
        for (int k = 0; k < 4; k++) {
            uint8_t **q = realloc(p[k], cap * sizeof *q);
            if (q) p[k] = q;
            ok &= q != NULL;
        }
        d->gold_type = p[0];
        d->gold_begin = p[1];
        d->type = p[2];
        d->begin = p[3];
        if (!ok) return -1;
        d->cap = cap;
    }
    size_t n = s->n_words, k = d->n;
    const char **forms = arena_alloc(&d->a, (n + 1) * sizeof *forms);
    const char **upos = arena_alloc(&d->a, (n + 1) * sizeof *upos);
    uint8_t *b = arena_alloc(&d->a, 4 * n + 4);
    if (!forms || !upos || !b) return -1;
    for (size_t i = 0; i < n; i++) {
        forms[i] = arena_strndup(&d->a, s->words[i].form, strlen(s->words[i].form));
        if (!forms[i]) return -1;
    }
    if (tg && tagger_tag(tg, n, forms, upos, NULL, NULL, NULL, &d->a)) return -1;
    if (gum_names(s, b, b + n) < 0) return -1;
    d->len[k] = n;
    d->forms[k] = forms;
    d->upos[k] = upos;
    d->gold_type[k] = b;
    d->gold_begin[k] = b + n;
    d->type[k] = b + 2 * n;
    d->begin[k] = b + 3 * n;
    d->n++;
    return 0;
}

static void doc_score(doc_buf *d, const ner *m, const tagger *tg, ner_doc *mem, ner_counts *c) {
    ner_tag_document(m, mem, d->n, d->len, (const char *const *const *)d->forms,
                     tg ? (const char *const *const *)d->upos : NULL, d->type, d->begin);
    for (size_t k = 0; k < d->n; k++)
        ner_counts_add(c, d->len[k], d->gold_type[k], d->gold_begin[k], d->type[k], d->begin[k]);
    d->n = 0;
    arena_reset(&d->a);
}

int ner_eval_file(const ner *m, const tagger *tg, const char *path, ner_counts *c,
                  dyad_error *err) {
    conllu_reader *r = conllu_open(path, err);
    if (!r) return err ? err->status : DYAD_ERR_INPUT;
    conllu_sentence s;
    int got, status = DYAD_OK;
    doc_buf d = {0};
    arena_init(&d.a);
    ner_doc mem;
    ner_doc_init(&mem);
    char genre[64];
    while ((got = conllu_next(r, &s, err)) != 0) {
        if (got < 0) { status = DYAD_ERR_INPUT; break; }
        if (gum_doc_genre(&s, genre, sizeof genre) && d.n) doc_score(&d, m, tg, &mem, c);
        if (doc_push(&d, &s, tg)) {
            status = set_error(err, DYAD_ERR_INTERNAL, "out of memory");
            break;
        }
    }
    if (!status && d.n) doc_score(&d, m, tg, &mem, c);
    ner_doc_free(&mem);
    free(d.len);
    free(d.forms);
    free(d.upos);
    free(d.gold_type);
    free(d.gold_begin);
    free(d.type);
    free(d.begin);
    arena_free(&d.a);
    conllu_close(r);
    return status;
}
