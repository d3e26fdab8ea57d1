/* ner_errors — lists the name tagger's mistakes on a GUM file, for error
 * analysis (what to change next), with a count of each kind at the end.
 *
 *   ner_errors MODEL GUM.conllu [--first-pass]
 *
 * Tags each document as `dyad code` does (both passes, words only;
 * --first-pass: each sentence alone) and prints one tab-separated line per
 * PERSON, ORGANIZATION or PLACE mistake:
 *   genre, kind, type, name, what was predicted there, the sentence
 * where kind is "missed" (no predicted name overlaps a gold one), "type"
 * (same words, another type), "bound" (an overlapping name with other
 * edges) or "spurious" (a predicted name overlapping no gold name).
 * Gold names are those of src/nlp/gum_names.h; OTHER names are not
 * scored, as in the dev F1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "nlp/conllu.h"
#include "nlp/gum_names.h"
#include "nlp/ner.h"

static const char *const TYPE[] = {"O", "PERSON", "ORGANIZATION", "PLACE", "OTHER"};
enum { MISSED, WRONG_TYPE, BOUND, SPURIOUS, KINDS };
static const char *const KIND[] = {"missed", "type", "bound", "spurious"};

typedef struct span {
    size_t at, len;
    int type;
} span;

/* The document's sentences, kept until its end. */
typedef struct doc {
    arena a;
    size_t n, cap;
    size_t *len;
    const char ***forms;
    uint8_t **gold_type, **gold_begin, **type, **begin;
    char genre[64];
} doc;

static void die(const char *msg) {
    fprintf(stderr, "ner_errors: %s\n", msg);
    exit(1);
}

/* The names of one sentence (maximal runs of one type, split at begin
 * marks, as ner_eval counts them); returns how many, at most max. */
static size_t spans_of(size_t n, const uint8_t *type, const uint8_t *begin, span *out, size_t max) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!type[i] || !(i == 0 || begin[i] || type[i - 1] != type[i])) continue;
        size_t j = i + 1;
        while (j < n && type[j] == type[i] && !begin[j]) j++;
        if (k < max) out[k++] = (span){i, j - i, type[i]};
    }
    return k;
}

static void print_words(const char *const *forms, size_t at, size_t len) {
    for (size_t i = at; i < at + len; i++) printf("%s%s", i > at ? " " : "", forms[i]);
}

static int overlap(const span *a, const span *b) { return a->at < b->at + b->len && b->at < a->at + a->len; }

static void report(const char *genre, int kind, const span *g, const span *p, const char *const *forms, size_t n,
                   size_t counts[KINDS][5]) {
    const span *named = g ? g : p;
    counts[kind][named->type]++;
    printf("%s\t%s\t%s\t", genre, KIND[kind], TYPE[named->type]);
    print_words(forms, named->at, named->len);
    printf("\t");
    if (g && p) {
        printf("%s: ", TYPE[p->type]);
        print_words(forms, p->at, p->len);
    }
    printf("\t");
    print_words(forms, 0, n);
    printf("\n");
}

static void sentence_errors(const char *genre, size_t n, const char *const *forms, const uint8_t *gt,
                            const uint8_t *gb, const uint8_t *pt, const uint8_t *pb, size_t counts[KINDS][5]) {
    span gold[256], pred[256];
    size_t ng = spans_of(n, gt, gb, gold, 256), np = spans_of(n, pt, pb, pred, 256);
    for (size_t a = 0; a < ng; a++) {
        if (gold[a].type == DYAD_ENTITY_OTHER) continue;
        const span *hit = NULL;
        int kind = MISSED;
        for (size_t b = 0; b < np && kind != WRONG_TYPE; b++) {
            if (!overlap(&gold[a], &pred[b])) continue;
            int same = pred[b].at == gold[a].at && pred[b].len == gold[a].len;
            if (same && pred[b].type == gold[a].type) { hit = NULL; kind = -1; break; }
            hit = &pred[b];
            kind = same ? WRONG_TYPE : BOUND;
        }
        if (kind >= 0) report(genre, kind, &gold[a], hit, forms, n, counts);
    }
    for (size_t b = 0; b < np; b++) {
        if (pred[b].type == DYAD_ENTITY_OTHER) continue;
        int any = 0;
        for (size_t a = 0; a < ng; a++) any |= overlap(&gold[a], &pred[b]);
        if (!any) report(genre, SPURIOUS, NULL, &pred[b], forms, n, counts);
    }
}

static void doc_push(doc *d, const conllu_sentence *s) {
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->len = realloc(d->len, d->cap * sizeof *d->len);
        d->forms = realloc(d->forms, d->cap * sizeof *d->forms);
        d->gold_type = realloc(d->gold_type, d->cap * sizeof *d->gold_type);
        d->gold_begin = realloc(d->gold_begin, d->cap * sizeof *d->gold_begin);
        d->type = realloc(d->type, d->cap * sizeof *d->type);
        d->begin = realloc(d->begin, d->cap * sizeof *d->begin);
        if (!d->len || !d->forms || !d->gold_type || !d->gold_begin || !d->type || !d->begin) die("out of memory");
    }
    size_t n = s->n_words, k = d->n++;
    const char **forms = arena_alloc(&d->a, (n + 1) * sizeof *forms);
    uint8_t *b = arena_alloc(&d->a, 4 * n + 4);
    if (!forms || !b) die("out of memory");
    for (size_t i = 0; i < n; i++)
        if (!(forms[i] = arena_strndup(&d->a, s->words[i].form, strlen(s->words[i].form)))) die("out of memory");
    if (gum_names(s, b, b + n) < 0) die("out of memory");
    d->len[k] = n;
    d->forms[k] = forms;
    d->gold_type[k] = b;
    d->gold_begin[k] = b + n;
    d->type[k] = b + 2 * n;
    d->begin[k] = b + 3 * n;
}

static void doc_flush(doc *d, const ner *m, ner_doc *mem, int first_pass, size_t counts[KINDS][5]) {
    if (first_pass)
        for (size_t k = 0; k < d->n; k++) ner_tag(m, d->len[k], d->forms[k], NULL, d->type[k], d->begin[k]);
    else
        ner_tag_document(m, mem, d->n, d->len, (const char *const *const *)d->forms, NULL, d->type, d->begin);
    for (size_t k = 0; k < d->n; k++)
        sentence_errors(d->genre, d->len[k], d->forms[k], d->gold_type[k], d->gold_begin[k], d->type[k],
                        d->begin[k], counts);
    d->n = 0;
    arena_reset(&d->a);
}

int main(int argc, char **argv) {
    if (argc < 3) die("usage: ner_errors MODEL GUM.conllu [--first-pass]");
    int first_pass = argc > 3 && !strcmp(argv[3], "--first-pass");
    ner *m;
    dyad_error err;
    if (ner_load(argv[1], &m, &err)) die(err.message);
    conllu_reader *r = conllu_open(argv[2], &err);
    if (!r) die(err.message);
    doc d = {0};
    arena_init(&d.a);
    ner_doc mem;
    ner_doc_init(&mem);
    size_t counts[KINDS][5] = {{0}};
    conllu_sentence s;
    int got;
    char genre[64];
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) die(err.message);
        if (gum_doc_genre(&s, genre, sizeof genre)) {
            if (d.n) doc_flush(&d, m, &mem, first_pass, counts);
            snprintf(d.genre, sizeof d.genre, "%s", genre);
        }
        doc_push(&d, &s);
    }
    if (d.n) doc_flush(&d, m, &mem, first_pass, counts);
    for (int k = 0; k < KINDS; k++)
        fprintf(stderr, "ner_errors: %-8s PERSON %zu ORGANIZATION %zu PLACE %zu\n", KIND[k], counts[k][1], counts[k][2],
                counts[k][3]);
    conllu_close(r);
    ner_doc_free(&mem);
    ner_free(m);
    arena_free(&d.a);
    free(d.len);
    free(d.forms);
    free(d.gold_type);
    free(d.gold_begin);
    free(d.type);
    free(d.begin);
    return 0;
}
