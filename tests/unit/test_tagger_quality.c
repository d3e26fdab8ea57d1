/* Accuracy of the shipped tagger model on EWT dev and GUM dev (read in place
 * from ../shared).  The floors sit about 0.2 points below what the shipped
 * model reaches (EWT dev UPOS 95.71 XPOS 94.98 lemma 97.11, GUM dev UPOS
 * 96.70 XPOS 96.28 lemma 98.10; see train/train_tagger.sh), so a retrained
 * or damaged model that loses accuracy fails here. */
#include <stdio.h>
#include <stdlib.h>

#include "test.h"

#include "base/arena.h"
#include "nlp/conllu.h"
#include "nlp/tagger.h"

typedef struct scores {
    size_t words, upos, xpos, lemma;
} scores;

static int score_file(const tagger *t, const char *path, scores *s) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) return -1;
    arena a;
    arena_init(&a);
    conllu_sentence sent;
    int got;
    memset(s, 0, sizeof *s);
    while ((got = conllu_next(r, &sent, &err)) != 0) {
        if (got < 0) continue;
        arena_reset(&a);
        size_t n = sent.n_words;
        const char **f = arena_alloc(&a, (n + 1) * sizeof *f);
        const char **u = arena_alloc(&a, (n + 1) * sizeof *u);
        const char **x = arena_alloc(&a, (n + 1) * sizeof *x);
        const char **l = arena_alloc(&a, (n + 1) * sizeof *l);
        for (size_t i = 0; i < n; i++) f[i] = sent.words[i].form;
        if (tagger_tag(t, n, f, u, x, l, NULL, &a)) break;
        for (size_t i = 0; i < n; i++) {
            s->words++;
            s->upos += !strcmp(u[i], sent.words[i].upos);
            s->xpos += !strcmp(x[i], sent.words[i].xpos);
            s->lemma += !strcmp(l[i], sent.words[i].lemma);
        }
    }
    arena_free(&a);
    conllu_close(r);
    return 0;
}

static double pct(size_t k, size_t n) { return n ? 100.0 * (double)k / (double)n : 0; }

/* Floors: shipped-model figures minus about 0.2. */
#define EWT_UPOS 95.5
#define EWT_XPOS 94.8
#define EWT_LEMMA 96.9
#define GUM_UPOS 96.5
#define GUM_XPOS 96.1
#define GUM_LEMMA 97.9

TEST(tagger_quality_on_dev) {
    const char *ewt_path = test_shared_path("data/ud-ewt/en_ewt-ud-dev.conllu");
    if (!ewt_path) return;
    char ewt[1024];
    snprintf(ewt, sizeof ewt, "%s", ewt_path);
    const char *gum = test_shared_path("data/gum/gum-dev.conllu");
    if (!gum) return;
    tagger *t;
    dyad_error err;
    if (tagger_load("data/models/tagger.bin", &t, &err)) {
        test_fail(__FILE__, __LINE__, "%s", err.message);
        return;
    }
    scores e, g;
    int ok = score_file(t, ewt, &e) == 0 && score_file(t, gum, &g) == 0;
    tagger_free(t);
    CHECK(ok);
    CHECK(e.words > 25000 && g.words > 28000);
    printf("  tagger: EWT dev UPOS %.2f XPOS %.2f lemma %.2f | GUM dev UPOS %.2f XPOS %.2f lemma %.2f\n",
           pct(e.upos, e.words), pct(e.xpos, e.words), pct(e.lemma, e.words),
           pct(g.upos, g.words), pct(g.xpos, g.words), pct(g.lemma, g.words));
    CHECK(pct(e.upos, e.words) >= EWT_UPOS);
    CHECK(pct(e.xpos, e.words) >= EWT_XPOS);
    CHECK(pct(e.lemma, e.words) >= EWT_LEMMA);
    CHECK(pct(g.upos, g.words) >= GUM_UPOS);
    CHECK(pct(g.xpos, g.words) >= GUM_XPOS);
    CHECK(pct(g.lemma, g.words) >= GUM_LEMMA);
}
