/* bench_resolve — how long loading the gazetteer takes and what event
 * date/location resolution costs per sentence.
 *
 *   bench_resolve GAZETTEER [CONLLU]
 *
 * Load: median of 7 loads.  Resolution: every sentence of CONLLU (a UD
 * treebank; gold trees stand in for dyad's parses) is treated as one event
 * at its root, dated against 2017-11-12 and located with a dateline
 * fallback, repeated for about a second; prints microseconds per sentence
 * and sentences per second. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"
#include "nlp/conllu.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct sent {
    dyad_token *toks;
    size_t n;
    int root;
} sent;

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bench_resolve GAZETTEER [CONLLU]\n");
        return 1;
    }
    dyad_error err;
    double loads[7];
    dyad_gazetteer *g = NULL;
    for (int i = 0; i < 7; i++) {
        double t0 = now();
        g = dyad_gazetteer_load(argv[1], &err);
        loads[i] = now() - t0;
        if (!g) { fprintf(stderr, "bench_resolve: %s\n", err.message); return 1; }
        if (i < 6) dyad_gazetteer_free(g);
    }
    qsort(loads, 7, sizeof *loads, cmp_double);
    printf("gazetteer load: %.1f ms median (%zu places)\n", loads[3] * 1000, dyad_gazetteer_place_count(g));

    static const char *const names[] = { "al-Bukamal", "Abu Kamal", "Kiev", "Tripoli", "Vietnam",
                                         "East Ghouta", "Idlib province", "Washington", "Nowhereville" };
    const size_t nn = sizeof names / sizeof *names;
    size_t lookups = 0, found = 0;
    double t0 = now();
    while (now() - t0 < 0.5) {
        for (int r = 0; r < 1000; r++)
            for (size_t i = 0; i < nn; i++) {
                dyad_place p;
                found += (size_t)dyad_resolve_place(g, names[i], strlen(names[i]), NULL, &p);
                lookups++;
            }
    }
    double dt = now() - t0;
    printf("place lookup: %.2f us each (%.0f/s, %zu found)\n", dt / lookups * 1e6, lookups / dt, found);

    if (argc < 3) { dyad_gazetteer_free(g); return 0; }
    conllu_reader *r = conllu_open(argv[2], &err);
    if (!r) { fprintf(stderr, "bench_resolve: %s\n", err.message); return 1; }
    sent *ss = NULL;
    size_t ns = 0, cap = 0;
    conllu_sentence s;
    int rc;
    while ((rc = conllu_next(r, &s, &err)) != 0) {
        if (rc < 0) continue;
        if (ns == cap) { cap = cap ? cap * 2 : 1024; ss = realloc(ss, cap * sizeof *ss); }
        sent *t = &ss[ns++];
        t->n = s.n_words;
        t->toks = calloc(s.n_words ? s.n_words : 1, sizeof *t->toks);
        t->root = 0;
        for (size_t i = 0; i < s.n_words; i++) {
            conllu_word *w = &s.words[i];
            dyad_token *k = &t->toks[i];
            k->form = strdup(w->form);
            k->lemma = strdup(w->lemma);
            k->upos = strdup(w->upos);
            k->deprel = strdup(w->deprel);
            k->head = w->head - 1;
            k->space_after = 1;
            if (w->head == 0) t->root = (int)i;
        }
    }
    conllu_close(r);
    dyad_date doc = { 2017, 11, 12 };
    size_t done = 0, dated = 0, located = 0;
    t0 = now();
    while (now() - t0 < 1.0) {
        for (size_t i = 0; i < ns; i++) {
            dyad_event_date d;
            dyad_place p;
            dated += dyad_resolve_event_date(ss[i].toks, ss[i].n, ss[i].root, doc, -1, &d) ==
                     DYAD_EVENT_DATE_CLAUSE;
            located += dyad_find_event_location(g, ss[i].toks, ss[i].n, ss[i].root, NULL,
                                                NULL, &p) != DYAD_LOCATION_NONE;
            done++;
        }
    }
    dt = now() - t0;
    printf("event resolution (date + location, one event per sentence, %zu sentences of %s):\n"
           "  %.2f us per sentence, %.0f sentences/s; %.1f%% dated from the clause, %.1f%% located\n",
           ns, argv[2], dt / done * 1e6, done / dt, 100.0 * dated / done, 100.0 * located / done);
    printf("  share of a 30k sentences/s pipeline (33 us/sentence): %.1f%%\n",
           dt / done * 1e6 / 33.3 * 100);
    dyad_gazetteer_free(g);
    return 0;
}
