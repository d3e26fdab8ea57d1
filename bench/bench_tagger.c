/* bench_tagger — speed of tagging + lemmatising.
 *
 *   bench_tagger MODEL CONLLU [RUNS] [MAX_SENTENCES]
 *
 * Reads the words of a CoNLL-U file into memory, tags them RUNS times
 * (default 5) and prints the median words per second.  MAX_SENTENCES cuts
 * the input (for instruction counts under callgrind, where only calls of
 * tagger_tag are collected). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "nlp/conllu.h"
#include "nlp/tagger.h"

typedef struct sent {
    size_t n;
    char **forms;
} sent;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: bench_tagger MODEL CONLLU [RUNS] [MAX_SENTENCES]\n");
        return 1;
    }
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    size_t max_sent = argc > 4 ? (size_t)atol(argv[4]) : (size_t)-1;
    if (runs < 1 || runs > 101) runs = 5;
    dyad_error err;
    tagger *t;
    if (tagger_load(argv[1], &t, &err)) {
        fprintf(stderr, "bench_tagger: %s\n", err.message);
        return 1;
    }
    conllu_reader *r = conllu_open(argv[2], &err);
    if (!r) {
        fprintf(stderr, "bench_tagger: %s\n", err.message);
        return 1;
    }
    sent *s = NULL;
    size_t ns = 0, words = 0, maxn = 0;
    conllu_sentence cs;
    int got;
    while (ns < max_sent && (got = conllu_next(r, &cs, &err)) != 0) {
        if (got < 0) continue;
        s = realloc(s, (ns + 1) * sizeof *s);
        s[ns].n = cs.n_words;
        s[ns].forms = malloc((cs.n_words + 1) * sizeof(char *));
        for (size_t i = 0; i < cs.n_words; i++) s[ns].forms[i] = strdup(cs.words[i].form);
        words += cs.n_words;
        if (cs.n_words > maxn) maxn = cs.n_words;
        ns++;
    }
    conllu_close(r);
    const char **u = malloc((maxn + 1) * sizeof *u), **x = malloc((maxn + 1) * sizeof *x),
               **l = malloc((maxn + 1) * sizeof *l);
    arena a;
    arena_init(&a);
    double *rate = malloc((size_t)runs * sizeof *rate);
    size_t check = 0;
    for (int run = 0; run < runs; run++) {
        double t0 = now();
        for (size_t k = 0; k < ns; k++) {
            arena_reset(&a);
            tagger_tag(t, s[k].n, (const char *const *)s[k].forms, u, x, l, NULL, &a);
            check += s[k].n ? strlen(l[0]) : 0;
        }
        rate[run] = (double)words / (now() - t0);
    }
    qsort(rate, (size_t)runs, sizeof *rate, cmp_double);
    printf("  tagger: %zu words, median of %d runs: %.0f words/s (tag + lemma; checksum %zu)\n",
           words, runs, rate[runs / 2], check % 1000);
    arena_free(&a);
    tagger_free(t);
    for (size_t k = 0; k < ns; k++) {
        for (size_t i = 0; i < s[k].n; i++) free(s[k].forms[i]);
        free(s[k].forms);
    }
    free(s);
    free(u);
    free(x);
    free(l);
    free(rate);
    return 0;
}
