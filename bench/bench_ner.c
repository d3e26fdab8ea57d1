/* bench_ner — speed of the name tagger: tags every sentence of a CoNLL-U
 * file (GUM dev by default) repeatedly, words only (no UPOS), and prints
 * words per second (the median of five timed passes): one pass per
 * sentence (ner_tag), and both passes over each document
 * (ner_tag_document, as `dyad code` runs it; documents start at
 * "# newdoc").
 *
 *   bench_ner MODEL FILE.conllu */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/conllu.h"
#include "nlp/ner.h"

typedef struct sent {
    size_t n;
    char **forms;
    int newdoc;
} sent;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: bench_ner MODEL FILE.conllu\n");
        return 1;
    }
    dyad_error err;
    ner *m;
    if (ner_load(argv[1], &m, &err)) { fprintf(stderr, "bench_ner: %s\n", err.message); return 1; }
    conllu_reader *r = conllu_open(argv[2], &err);
    if (!r) { fprintf(stderr, "bench_ner: %s\n", err.message); return 1; }
    sent *ss = NULL;
    size_t n_s = 0, cap = 0, words = 0, maxn = 0;
    conllu_sentence s;
    int got;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) continue;
        if (n_s == cap) {
            cap = cap ? cap * 2 : 1024;
            ss = realloc(ss, cap * sizeof *ss);
            if (!ss) return 2;
        }
        sent *t = &ss[n_s++];
        t->n = s.n_words;
        t->newdoc = 0;
        for (size_t l = 0; l < s.n_lines; l++)
            if (!strncmp(s.lines[l].text, "# newdoc", 8)) t->newdoc = 1;
        t->forms = malloc(s.n_words * sizeof *t->forms);
        if (!t->forms) return 2;
        for (size_t i = 0; i < s.n_words; i++) t->forms[i] = strdup(s.words[i].form);
        words += s.n_words;
        if (s.n_words > maxn) maxn = s.n_words;
    }
    conllu_close(r);
    uint8_t *type = malloc(maxn + 1), *begin = malloc(maxn + 1);
    if (!type || !begin) return 2;
    double times[5];
    size_t names = 0;
    for (int pass = 0; pass < 5; pass++) {
        double t0 = now();
        names = 0;
        for (int rep = 0; rep < 4; rep++)
            for (size_t k = 0; k < n_s; k++) {
                ner_tag(m, ss[k].n, (const char *const *)ss[k].forms, NULL, type, begin);
                for (size_t i = 0; i < ss[k].n; i++) names += begin[i];
            }
        times[pass] = now() - t0;
    }
    qsort(times, 5, sizeof *times, cmp_double);
    printf("  ner: %.0f words/s one pass (%zu words x 4, median of 5 passes; %zu names per pass)\n",
           4.0 * (double)words / times[2], words, names / 4);
    /* both passes, document by document */
    size_t *len = malloc(n_s * sizeof *len);
    const char *const **forms = malloc(n_s * sizeof *forms);
    uint8_t **types = malloc(n_s * sizeof *types), **begins = malloc(n_s * sizeof *begins);
    if (!len || !forms || !types || !begins) return 2;
    for (size_t k = 0; k < n_s; k++) {
        len[k] = ss[k].n;
        forms[k] = (const char *const *)ss[k].forms;
        types[k] = malloc(ss[k].n + 1);
        begins[k] = malloc(ss[k].n + 1);
        if (!types[k] || !begins[k]) return 2;
    }
    ner_doc d;
    ner_doc_init(&d);
    for (int pass = 0; pass < 5; pass++) {
        double t0 = now();
        names = 0;
        for (int rep = 0; rep < 4; rep++)
            for (size_t k = 0; k < n_s;) {
                size_t e = k + 1;
                while (e < n_s && !ss[e].newdoc) e++;
                ner_tag_document(m, &d, e - k, len + k, forms + k, NULL, types + k, begins + k);
                for (size_t j = k; j < e; j++)
                    for (size_t i = 0; i < ss[j].n; i++) names += begins[j][i];
                k = e;
            }
        times[pass] = now() - t0;
    }
    qsort(times, 5, sizeof *times, cmp_double);
    printf("  ner: %.0f words/s two passes by document (%zu names per pass)\n",
           4.0 * (double)words / times[2], names / 4);
    ner_doc_free(&d);
    for (size_t k = 0; k < n_s; k++) {
        free(types[k]);
        free(begins[k]);
    }
    free(types);
    free(begins);
    free(forms);
    free(len);
    ner_free(m);
    return 0;
}
