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

int ner_eval_file(const ner *m, const tagger *tg, const char *path, ner_counts *c,
                  dyad_error *err) {
    conllu_reader *r = conllu_open(path, err);
    if (!r) return err ? err->status : DYAD_ERR_INPUT;
    conllu_sentence s;
    int got, status = DYAD_OK;
    size_t cap = 0;
    const char **forms = NULL, **upos = NULL;
    uint8_t *buf = NULL;
    arena a;
    arena_init(&a);
    while ((got = conllu_next(r, &s, err)) != 0) {
        if (got < 0) { status = DYAD_ERR_INPUT; break; }
        if (s.n_words > cap) {
            cap = s.n_words * 2;
            free(forms);
            free(upos);
            free(buf);
            forms = malloc(cap * sizeof *forms);
            upos = malloc(cap * sizeof *upos);
            buf = malloc(cap * 4);
            if (!forms || !upos || !buf) {
                status = set_error(err, DYAD_ERR_INTERNAL, "out of memory");
                break;
            }
        }
        for (size_t i = 0; i < s.n_words; i++) forms[i] = s.words[i].form;
        arena_reset(&a);
        if (tg && tagger_tag(tg, s.n_words, forms, upos, NULL, NULL, NULL, &a)) {
            status = set_error(err, DYAD_ERR_INTERNAL, "out of memory");
            break;
        }
        uint8_t *gt = buf, *gb = buf + cap, *pt = buf + 2 * cap, *pb = buf + 3 * cap;
        if (gum_names(&s, gt, gb) < 0) {
            status = set_error(err, DYAD_ERR_INTERNAL, "out of memory");
            break;
        }
        ner_tag(m, s.n_words, forms, tg ? upos : NULL, pt, pb);
        ner_counts_add(c, s.n_words, gt, gb, pt, pb);
    }
    free(forms);
    free(upos);
    free(buf);
    arena_free(&a);
    conllu_close(r);
    return status;
}
