/* bench_parser.c — parser speed: words per second over a CoNLL-U file with
 * its own tags (median of --runs), model load time and peak resident memory.
 * With --tagger, the tags and lemmas come from the tagger inside the timed
 * loop: the speed of tag + lemmatise + parse.
 *
 *   bench_parser MODEL FILE.conllu [--runs N] [--max-words W] [--tagger TAGGER]
 *                [--beam K] [--margin M]
 * (--beam, --margin: decode with beam width K and margin M instead of the
 * model's own.)
 *
 * Parsing happens inside bench_parse_all(), so callgrind can count only it:
 *   valgrind --tool=callgrind --toggle-collect=bench_parse_all ... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "nlp/conllu.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

typedef struct sent { size_t n; const char **form, **upos, **xpos, **lemma; } sent;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static long peak_rss_kb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "VmHWM:", 6)) kb = atol(line + 6);
    fclose(f);
    return kb;
}

/* Not static and not inlined: the callgrind toggle point. */
__attribute__((noinline)) size_t bench_parse_all(const parser *p, const tagger *t, const sent *s,
                                                 size_t ns, arena *a, int32_t *heads,
                                                 const char **rels) {
    size_t words = 0;
    for (size_t k = 0; k < ns; k++) {
        arena_reset(a);
        const char **upos = (const char **)s[k].upos, **xpos = (const char **)s[k].xpos,
                   **lemma = (const char **)s[k].lemma;
        if (t) {
            upos = arena_alloc(a, s[k].n * sizeof(char *));
            xpos = arena_alloc(a, s[k].n * sizeof(char *));
            lemma = arena_alloc(a, s[k].n * sizeof(char *));
            tagger_tag(t, s[k].n, s[k].form, upos, xpos, lemma, NULL, a);
        }
        parser_parse(p, s[k].n, s[k].form, upos, xpos, lemma, heads, rels, a);
        words += s[k].n;
    }
    return words;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: bench_parser MODEL FILE.conllu [--runs N] [--max-words W]\n");
        return 1;
    }
    int runs = 5;
    size_t max_words = (size_t)-1;
    const char *tagger_path = NULL;
    int beam = 0, margin = -1;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--runs")) runs = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--tagger")) tagger_path = argv[i + 1];
        else if (!strcmp(argv[i], "--max-words")) max_words = (size_t)atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--beam")) beam = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--margin")) margin = atoi(argv[i + 1]);
    }
    if (runs < 1) runs = 1;
    dyad_error err;
    arena store;
    arena_init(&store);
    conllu_reader *r = conllu_open(argv[2], &err);
    if (!r) { fprintf(stderr, "bench_parser: %s\n", err.message); return 1; }
    sent *s = NULL;
    size_t ns = 0, cap = 0, total = 0, longest = 0;
    conllu_sentence cs;
    int rc;
    while (total < max_words && (rc = conllu_next(r, &cs, &err)) != 0) {
        if (rc < 0 || cs.n_words == 0) continue;
        if (ns == cap) { cap = cap ? 2 * cap : 1024; s = realloc(s, cap * sizeof *s); }
        sent *t = &s[ns++];
        t->n = cs.n_words;
        const char ***cols[4] = {&t->form, &t->upos, &t->xpos, &t->lemma};
        for (int c = 0; c < 4; c++) *cols[c] = arena_alloc(&store, t->n * sizeof(char *));
        for (size_t i = 0; i < t->n; i++) {
            const conllu_word *w = &cs.words[i];
            t->form[i] = arena_strndup(&store, w->form, strlen(w->form));
            t->upos[i] = arena_strndup(&store, w->upos, strlen(w->upos));
            t->xpos[i] = arena_strndup(&store, w->xpos, strlen(w->xpos));
            t->lemma[i] = arena_strndup(&store, w->lemma, strlen(w->lemma));
        }
        total += t->n;
        if (t->n > longest) longest = t->n;
    }
    conllu_close(r);
    double t0 = now();
    parser *p;
    if (parser_load(argv[1], &p, &err)) { fprintf(stderr, "bench_parser: %s\n", err.message); return 1; }
    if (beam > 0 || margin >= 0)
        parser_set_beam(p, beam > 0 ? beam : parser_beam(p), margin >= 0 ? margin : parser_beam_margin(p));
    tagger *t = NULL;
    if (tagger_path && tagger_load(tagger_path, &t, &err)) {
        fprintf(stderr, "bench_parser: %s\n", err.message);
        return 1;
    }
    double load_ms = 1000 * (now() - t0);
    arena a;
    arena_init(&a);
    int32_t *heads = malloc((longest + 1) * sizeof *heads);
    const char **rels = malloc((longest + 1) * sizeof *rels);
    double *rate = malloc((size_t)runs * sizeof *rate);
    size_t words = 0;
    for (int k = 0; k < runs; k++) {
        double t1 = now();
        words = bench_parse_all(p, t, s, ns, &a, heads, rels);
        rate[k] = (double)words / (now() - t1);
    }
    qsort(rate, (size_t)runs, sizeof *rate, cmp_double);
    printf("%s (beam %d, margin %d): %zu words x %d runs: median %.0f words/s (min %.0f, max %.0f); load %.0f ms; peak RSS %ld MB\n",
           t ? "tag+lemmatise+parse" : "parser", parser_beam(p), parser_beam_margin(p), words, runs, rate[runs / 2], rate[0], rate[runs - 1], load_ms, peak_rss_kb() / 1024);
    free(rate);
    free(heads);
    free(rels);
    arena_free(&a);
    arena_free(&store);
    parser_free(p);
    tagger_free(t);
    free(s);
    return 0;
}
