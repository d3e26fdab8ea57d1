/* Accuracy of the shipped parser model on EWT dev and GUM dev, read in place
 * from ../shared.  UAS/LAS over all words, punctuation included (CoNLL 2018
 * convention), labels compared in full (with subtypes).
 *
 * Measured twice: with UPOS/XPOS/lemmas predicted by the shipped tagger
 * (data/models/tagger.bin; what dyad really sees) and with the treebank's
 * gold tags (the parser alone). */
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/conllu.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

#define MODEL_PATH "data/models/parser.bin"
#define TAGGER_PATH "data/models/tagger.bin"
/* floors, 0.4 below the shipped model: predicted tags, then gold tags */
#define EWT_UAS_FLOOR 85.3
#define EWT_LAS_FLOOR 82.2
#define GUM_UAS_FLOOR 83.9
#define GUM_LAS_FLOOR 80.8
#define EWT_GOLD_UAS_FLOOR 88.5
#define EWT_GOLD_LAS_FLOOR 86.7
#define GUM_GOLD_UAS_FLOOR 86.3
#define GUM_GOLD_LAS_FLOOR 84.3

typedef struct acc { long words, uas, las; } acc;

static int parse_file(const parser *p, const tagger *t, const char *path, acc *out) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) return -1;
    arena a;
    arena_init(&a);
    conllu_sentence s;
    int rc;
    memset(out, 0, sizeof *out);
    while ((rc = conllu_next(r, &s, &err)) != 0) {
        if (rc < 0) continue;
        size_t n = s.n_words;
        arena_reset(&a);
        const char **forms = arena_alloc(&a, n * sizeof(char *) + 1);
        const char **upos = arena_alloc(&a, n * sizeof(char *) + 1);
        const char **xpos = arena_alloc(&a, n * sizeof(char *) + 1);
        const char **lemmas = arena_alloc(&a, n * sizeof(char *) + 1);
        const char **rels = arena_alloc(&a, n * sizeof(char *) + 1);
        int32_t *heads = arena_alloc(&a, n * sizeof(int32_t) + 1);
        for (size_t i = 0; i < n; i++) {
            forms[i] = s.words[i].form;
            upos[i] = s.words[i].upos;
            xpos[i] = s.words[i].xpos;
            lemmas[i] = s.words[i].lemma;
        }
        if (t && tagger_tag(t, n, forms, upos, xpos, lemmas, NULL, &a)) break;
        if (parser_parse(p, n, forms, upos, xpos, lemmas, heads, rels, &a)) break;
        for (size_t i = 0; i < n; i++) {
            out->words++;
            if (heads[i] == s.words[i].head - 1) {
                out->uas++;
                if (!strcmp(rels[i], s.words[i].deprel)) out->las++;
            }
        }
    }
    arena_free(&a);
    conllu_close(r);
    return 0;
}

static double pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 0; }

TEST(parser_quality_ud_dev) {
    if (access(MODEL_PATH, R_OK) != 0) SKIP(MODEL_PATH " is not built (make models)");
    if (access(TAGGER_PATH, R_OK) != 0) SKIP(TAGGER_PATH " is not built (make models)");
    const char *ewt_path = test_shared_path("data/ud-ewt/en_ewt-ud-dev.conllu");
    if (!ewt_path) return;
    char ewt[4096];
    snprintf(ewt, sizeof ewt, "%s", ewt_path);
    const char *gum = test_shared_path("data/gum/gum-dev.conllu");
    if (!gum) return;
    parser *p;
    dyad_error err;
    CHECK_INT(parser_load(MODEL_PATH, &p, &err), DYAD_OK);
    tagger *t;
    CHECK_INT(tagger_load(TAGGER_PATH, &t, &err), DYAD_OK);
    acc e, g, ep, gp;
    CHECK_INT(parse_file(p, NULL, ewt, &e), 0);
    CHECK_INT(parse_file(p, NULL, gum, &g), 0);
    CHECK_INT(parse_file(p, t, ewt, &ep), 0);
    CHECK_INT(parse_file(p, t, gum, &gp), 0);
    parser_free(p);
    tagger_free(t);
    printf("  parser: EWT dev UAS %.1f LAS %.1f (predicted tags) | GUM dev UAS %.1f LAS %.1f (predicted tags)\n",
           pct(ep.uas, ep.words), pct(ep.las, ep.words), pct(gp.uas, gp.words), pct(gp.las, gp.words));
    printf("  parser: EWT dev UAS %.1f LAS %.1f (gold tags) | GUM dev UAS %.1f LAS %.1f (gold tags)\n",
           pct(e.uas, e.words), pct(e.las, e.words), pct(g.uas, g.words), pct(g.las, g.words));
    CHECK(e.words > 25000 && g.words > 25000);
    /* floors: 0.4 below what the shipped model reaches */
    CHECK(pct(ep.uas, ep.words) >= EWT_UAS_FLOOR);
    CHECK(pct(ep.las, ep.words) >= EWT_LAS_FLOOR);
    CHECK(pct(gp.uas, gp.words) >= GUM_UAS_FLOOR);
    CHECK(pct(gp.las, gp.words) >= GUM_LAS_FLOOR);
    CHECK(pct(e.uas, e.words) >= EWT_GOLD_UAS_FLOOR);
    CHECK(pct(e.las, e.words) >= EWT_GOLD_LAS_FLOOR);
    CHECK(pct(g.uas, g.words) >= GUM_GOLD_UAS_FLOOR);
    CHECK(pct(g.las, g.words) >= GUM_GOLD_LAS_FLOOR);
}
