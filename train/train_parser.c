/* train_parser.c — trains dyad's dependency parser (see nlp/parser.h).
 *
 *   train_parser --train FILE [--train FILE...] [--dev FILE...] --out MODEL
 *                [--genres g1,g2,...] [--epochs N] [--bits B] [--rows N]
 *                [--seed S] [--explore P] [--min-class N] [--qmax Q]
 *                [--jackknife DIR [--folds K]] [--tagger MODEL]
 *                [--with-gold] [--models N] [--train-tag-noise R] [--eval-noise R]
 *                [--eval-every] [--beam K [--early-update] [--beam-margin M]]
 *                [--eval-beams K,K...] [--eval-margins M,M...] [--eval-only MODEL]
 *   train_parser --train FILE... [--genres ...] --write-folds DIR [--folds K]
 *
 * Averaged perceptron, arc-hybrid, dynamic oracle with exploration
 * (Goldberg & Nivre 2012): from the second epoch on, the parser follows its
 * own (possibly wrong) prediction with probability P (0.9), and every update
 * moves the weights toward the best-scoring zero-cost transition.  With
 * --models N, N such perceptrons are trained in turn (each on its own
 * sentence orders) and their averaged weights averaged (+0.15 UAS on EWT
 * dev for 2; train time x N).  Gold
 * trees are projectivised by lifting before training.  --genres keeps only
 * GUM documents of those genres ("# newdoc id = GUM_<genre>_..."); files of
 * other corpora are kept whole.  Everything is deterministic for a seed.
 *
 * --beam K (K > 1): global learning instead (see train_sentence_beam): a
 * beam of K items, max-violation updates (--early-update: early updates),
 * no exploration; the width is stored in the model and parser_parse
 * decodes with it, with the --beam-margin (in int16 score units, see
 * parser.h; 0 = none), stored too.  --eval-beams / --eval-margins also
 * evaluate the written model decoded with other widths and margins;
 * --eval-only MODEL does only that for an existing model (with --train
 * and --dev as for training, for the labels and the dev files).
 *
 * Tags for training: --write-folds writes DIR/train-K.conllu (the training
 * sentences not in fold K, fold = sentence number mod K); after a tagger
 * has been trained on each (DIR/tagger-K.bin, see train_parser.sh),
 * --jackknife DIR trains on the tags and lemmas those taggers predict for
 * their held-out folds; --with-gold adds, in every epoch, a second pass over
 * each sentence with its gold tags.  Without --jackknife: gold tags
 * (optionally perturbed at --train-tag-noise).
 *
 * After training the averaged weights are quantised to int16, the --rows
 * hash buckets with the largest weights kept (the rest share a zero row),
 * written with model_file.h, loaded back with parser_load and evaluated on
 * each --dev file: UAS/LAS over all words (punctuation included, as in
 * CoNLL 2018), with gold tags and with the tags of --tagger (or, without
 * it, gold tags perturbed at --eval-noise, default 4%). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "base/hash.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"
#include "nlp/tagger.h"

typedef struct sent {
    int n;
    const char **form, **upos, **xpos, **lemma;
    int *head;   /* gold, 0..n with n = root; projectivised for training */
    int *ohead;  /* gold as annotated (evaluation) */
    const char **rel; /* gold relation strings */
    int *label;  /* label ids, -1 when not in the label set */
    const char *text; /* the sentence's CoNLL-U lines (for --write-folds) */
    /* predicted UPOS/XPOS/lemma (jackknifed for training, from --tagger for
     * dev), NULL when not computed */
    const char **pupos, **pxpos, **plemma;
} sent;

typedef struct corpus {
    sent *s;
    size_t n, cap;
    size_t words;
} corpus;

typedef struct rng { uint64_t s; } rng;
static uint64_t rng_next(rng *r) {
    r->s ^= r->s << 13;
    r->s ^= r->s >> 7;
    r->s ^= r->s << 17;
    return r->s;
}
static double rng_unit(rng *r) { return (double)(rng_next(r) >> 11) / 9007199254740992.0; }

static arena g_arena; /* all sentences; lives for the whole run */

static const char *dup(const char *s) { return arena_strndup(&g_arena, s, strlen(s)); }

static int genre_ok(const char *genres, const char *genre) {
    if (!genres || !*genre) return 1;
    size_t gl = strlen(genre);
    for (const char *p = genres; *p;) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == gl && !strncmp(p, genre, l)) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

static int read_corpus(const char *path, const char *genres, corpus *c) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) { fprintf(stderr, "train_parser: %s\n", err.message); return -1; }
    conllu_sentence cs;
    int rc;
    char genre[64] = "";
    while ((rc = conllu_next(r, &cs, &err)) != 0) {
        if (rc < 0) { fprintf(stderr, "train_parser: %s (skipped)\n", err.message); continue; }
        for (size_t i = 0; i < cs.n_lines; i++) {
            const char *t = cs.lines[i].text;
            const char *k = strstr(t, "# newdoc id = GUM_");
            if (k == t) {
                const char *g = t + strlen("# newdoc id = GUM_");
                size_t l = strcspn(g, "_");
                if (l >= sizeof genre) l = sizeof genre - 1;
                memcpy(genre, g, l);
                genre[l] = '\0';
            } else if (k == NULL && strstr(t, "# newdoc id = ") == t) {
                genre[0] = '\0';
            }
        }
        if (!genre_ok(genres, genre)) continue;
        int n = (int)cs.n_words;
        if (n == 0) continue;
        int ok = 1;
        for (int i = 0; i < n; i++)
            if (cs.words[i].head < 0 || cs.words[i].head > n) ok = 0;
        if (!ok) continue;
        if (c->n == c->cap) {
            c->cap = c->cap ? 2 * c->cap : 1024;
            c->s = realloc(c->s, c->cap * sizeof *c->s);
        }
        sent *s = &c->s[c->n++];
        memset(s, 0, sizeof *s); /* pupos & co. are tested for NULL later */
        s->n = n;
        s->form = arena_alloc(&g_arena, (size_t)n * sizeof(char *));
        s->upos = arena_alloc(&g_arena, (size_t)n * sizeof(char *));
        s->xpos = arena_alloc(&g_arena, (size_t)n * sizeof(char *));
        s->lemma = arena_alloc(&g_arena, (size_t)n * sizeof(char *));
        s->rel = arena_alloc(&g_arena, (size_t)n * sizeof(char *));
        s->head = arena_alloc(&g_arena, (size_t)n * sizeof(int));
        s->ohead = arena_alloc(&g_arena, (size_t)n * sizeof(int));
        s->label = arena_alloc(&g_arena, (size_t)n * sizeof(int));
        for (int i = 0; i < n; i++) {
            const conllu_word *w = &cs.words[i];
            s->form[i] = dup(w->form);
            s->upos[i] = dup(w->upos);
            s->xpos[i] = dup(w->xpos);
            s->lemma[i] = dup(w->lemma);
            s->rel[i] = dup(w->deprel);
            s->ohead[i] = s->head[i] = w->head == 0 ? n : w->head - 1;
        }
        size_t tl = 0;
        for (size_t i = 0; i < cs.n_lines; i++) tl += strlen(cs.lines[i].text) + 1;
        char *text = arena_alloc(&g_arena, tl + 1), *tp = text;
        for (size_t i = 0; i < cs.n_lines; i++) {
            size_t l = strlen(cs.lines[i].text);
            memcpy(tp, cs.lines[i].text, l);
            tp[l] = '\n';
            tp += l + 1;
        }
        s->text = text;
        c->words += (size_t)n;
    }
    conllu_close(r);
    return 0;
}

/* ---- labels and classes */

typedef struct labels {
    int n;
    char name[PARSER_MAX_LABELS][64];
} labels;

static int label_find(const labels *L, const char *s) {
    for (int i = 0; i < L->n; i++)
        if (!strcmp(L->name[i], s)) return i;
    return -1;
}

/* Unknown subtypes fall back to their base relation ("nmod:npmod" -> nmod). */
static int label_map(const labels *L, const char *s) {
    int i = label_find(L, s);
    if (i >= 0) return i;
    char base[64];
    size_t l = strcspn(s, ":");
    if (l >= sizeof base) return -1;
    memcpy(base, s, l);
    base[l] = '\0';
    i = label_find(L, base);
    return i >= 0 ? i : label_find(L, "dep");
}

typedef struct lcount { char name[64]; long n, left, right; } lcount;
static int by_count(const void *a, const void *b) {
    const lcount *x = a, *y = b;
    return x->n != y->n ? (y->n > x->n ? 1 : -1) : strcmp(x->name, y->name);
}

static void build_labels(const corpus *c, int min_class, labels *L, pclasses *pc) {
    lcount *lc = calloc(512, sizeof *lc);
    int nlc = 0;
    for (size_t k = 0; k < c->n; k++) {
        const sent *s = &c->s[k];
        for (int i = 0; i < s->n; i++) {
            int j = 0;
            while (j < nlc && strcmp(lc[j].name, s->rel[i])) j++;
            if (j == nlc) {
                if (nlc == 512 || strlen(s->rel[i]) >= 64) continue;
                snprintf(lc[nlc++].name, 64, "%s", s->rel[i]);
            }
            lc[j].n++;
            if (s->head[i] == s->n) continue;
            if (s->head[i] > i) lc[j].left++;
            else lc[j].right++;
        }
    }
    qsort(lc, (size_t)nlc, sizeof *lc, by_count);
    L->n = 0;
    for (int j = 0; j < nlc && L->n < PARSER_MAX_LABELS; j++)
        snprintf(L->name[L->n++], 64, "%s", lc[j].name);
    int root = label_find(L, "root");
    if (root < 0) { fprintf(stderr, "train_parser: no root relation in training data\n"); exit(1); }
    pc->root_label = root;
    int k = 0;
    pc->cls[k++] = (pclass){T_SHIFT, 0};
    pc->cls[k++] = (pclass){T_LEFT, (uint8_t)root};
    for (int j = 0; j < nlc; j++) {
        int id = label_find(L, lc[j].name);
        if (id >= 0 && id != root && lc[j].left >= min_class) pc->cls[k++] = (pclass){T_LEFT, (uint8_t)id};
    }
    pc->right_begin = k;
    for (int j = 0; j < nlc; j++) {
        int id = label_find(L, lc[j].name);
        if (id >= 0 && id != root && lc[j].right >= min_class) pc->cls[k++] = (pclass){T_RIGHT, (uint8_t)id};
    }
    pc->n_classes = k;
    free(lc);
    if (pc->right_begin < 3 || pc->n_classes <= pc->right_begin) {
        fprintf(stderr, "train_parser: training data needs left and right dependents\n");
        exit(1);
    }
}

static void assign_labels(corpus *c, const labels *L) {
    for (size_t k = 0; k < c->n; k++)
        for (int i = 0; i < c->s[k].n; i++) c->s[k].label[i] = label_map(L, c->s[k].rel[i]);
}

/* ---- perceptron */

typedef struct model {
    unsigned bits;
    int width;
    size_t rows;
    float *w;    /* current weights */
    double *u;   /* sum of t * update, for averaging (Daume's trick) */
    double t;    /* updates clock */
    int averaged;
} model;

static void score_float(const model *m, const uint64_t *f, int nf, float *sc) {
    unsigned shift = 64 - m->bits;
    for (int c = 0; c < m->width; c++) sc[c] = 0;
    for (int i = 0; i < nf; i++) {
        const float *r = m->w + (size_t)(f[i] >> shift) * (size_t)m->width;
        for (int c = 0; c < m->width; c++) sc[c] += r[c];
    }
}

/* The same with the averaged weights, before average() (for --eval-every). */
static void score_avg(const model *m, const uint64_t *f, int nf, float *sc) {
    unsigned shift = 64 - m->bits;
    for (int c = 0; c < m->width; c++) sc[c] = 0;
    for (int i = 0; i < nf; i++) {
        size_t r = (size_t)(f[i] >> shift) * (size_t)m->width;
        for (int c = 0; c < m->width; c++)
            sc[c] += (float)(m->w[r + (size_t)c] - m->u[r + (size_t)c] / m->t);
    }
}

static void update(model *m, const uint64_t *f, int nf, int good, int bad) {
    unsigned shift = 64 - m->bits;
    for (int i = 0; i < nf; i++) {
        size_t r = (size_t)(f[i] >> shift) * (size_t)m->width;
        m->w[r + (size_t)good] += 1;
        m->u[r + (size_t)good] += m->t;
        m->w[r + (size_t)bad] -= 1;
        m->u[r + (size_t)bad] -= m->t;
    }
}

static void average(model *m) {
    for (size_t i = 0; i < m->rows * (size_t)m->width; i++)
        m->w[i] = (float)(m->w[i] - m->u[i] / m->t);
    m->averaged = 1;
}

/* Tag perturbation: replaces a word's (UPOS, XPOS) by those of a random
 * training word with another UPOS, with probability rate. */
typedef struct tagpool { const char **upos, **xpos; size_t n; } tagpool;

static void perturb(const tagpool *tp, rng *r, double rate, int n, const char **upos,
                    const char **xpos) {
    for (int i = 0; i < n; i++) {
        if (rng_unit(r) >= rate) continue;
        for (int tries = 0; tries < 20; tries++) {
            size_t k = rng_next(r) % tp->n;
            if (strcmp(tp->upos[k], upos[i])) { upos[i] = tp->upos[k]; xpos[i] = tp->xpos[k]; break; }
        }
    }
}

static void make_tokens(const sent *s, const char **upos, const char **xpos,
                        const char *const *lemma, ptoken *tok) {
    ptoken_sentinels(&tok[0], &tok[s->n + 1]);
    for (int i = 0; i < s->n; i++)
        ptoken_make(&tok[i + 1], s->form[i], upos[i], xpos[i], lemma[i]);
}

/* Tags sentences [k % folds == fold] (all when folds == 0) with a tagger
 * model into pupos/pxpos/plemma. */
static int tag_corpus(corpus *c, const char *model_path, int folds, int fold) {
    tagger *t;
    dyad_error err;
    if (tagger_load(model_path, &t, &err)) { fprintf(stderr, "train_parser: %s\n", err.message); return -1; }
    arena a;
    arena_init(&a);
    long words = 0, upos_ok = 0;
    for (size_t k = 0; k < c->n; k++) {
        if (folds && (int)(k % (size_t)folds) != fold) continue;
        sent *s = &c->s[k];
        size_t n = (size_t)s->n;
        s->pupos = arena_alloc(&g_arena, n * sizeof(char *));
        s->pxpos = arena_alloc(&g_arena, n * sizeof(char *));
        s->plemma = arena_alloc(&g_arena, n * sizeof(char *));
        arena_reset(&a);
        if (tagger_tag(t, n, s->form, s->pupos, s->pxpos, s->plemma, NULL, &a)) return -1;
        for (size_t i = 0; i < n; i++) {
            /* tags and lemmas point into the tagger model or the scratch
             * arena, both freed below: keep copies */
            s->pupos[i] = dup(s->pupos[i]);
            s->pxpos[i] = dup(s->pxpos[i]);
            s->plemma[i] = dup(s->plemma[i] ? s->plemma[i] : s->form[i]);
            words++;
            upos_ok += !strcmp(s->pupos[i], s->upos[i]);
        }
    }
    arena_free(&a);
    tagger_free(t);
    fprintf(stderr, "train_parser: tagged %ld words with %s: UPOS %.2f%%\n", words, model_path,
            100.0 * (double)upos_ok / (double)(words ? words : 1));
    return 0;
}

static int write_folds(const corpus *c, const char *dir, int folds) {
    for (int f = 0; f < folds; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/train-%d.conllu", dir, f);
        FILE *o = fopen(path, "w");
        if (!o) { fprintf(stderr, "train_parser: cannot write %s\n", path); return -1; }
        for (size_t k = 0; k < c->n; k++)
            if ((int)(k % (size_t)folds) != f) fprintf(o, "%s\n", c->s[k].text);
        if (fclose(o)) return -1;
    }
    return 0;
}

static void train_sentence(model *m, const pclasses *pc, const sent *s, const char **upos,
                           const char **xpos, const char *const *lemma, int explore_on, double explore, rng *r,
                           arena *scratch, long *correct, long *total) {
    arena_reset(scratch);
    ptoken *tok = arena_alloc(scratch, (size_t)(s->n + 2) * sizeof *tok);
    make_tokens(s, upos, xpos, lemma, tok);
    pstate *st = pstate_new(scratch, s->n, tok);
    uint64_t f[PARSER_MAX_FEATURES];
    float sc[PARSER_MAX_CLASSES];
    int cost[PARSER_MAX_CLASSES];
    while (!pstate_done(st)) {
        int lo[3], hi[3];
        int nr = pstate_valid_ranges(st, pc, lo, hi);
        if (nr == 1 && hi[0] - lo[0] == 1) { pstate_apply(st, pc->cls[lo[0]]); continue; }
        int nf = parser_features(st, f);
        score_float(m, f, nf, sc);
        parser_costs(st, pc, s->head, s->label, lo, hi, nr, cost);
        int pred = -1, gold = -1, mincost = 1 << 30;
        for (int k = 0; k < nr; k++)
            for (int c = lo[k]; c < hi[k]; c++) if (cost[c] < mincost) mincost = cost[c];
        for (int k = 0; k < nr; k++)
            for (int c = lo[k]; c < hi[k]; c++) {
                if (pred < 0 || sc[c] > sc[pred]) pred = c;
                if (cost[c] == mincost && (gold < 0 || sc[c] > sc[gold])) gold = c;
            }
        m->t += 1;
        (*total)++;
        if (cost[pred] > mincost) update(m, f, nf, gold, pred);
        else (*correct)++;
        int next = gold;
        if (cost[pred] == mincost || (explore_on && rng_unit(r) < explore)) next = pred;
        pstate_apply(st, pc->cls[next]);
    }
}

/* ---- beam training: global learning (Zhang & Nivre 2011; Huang, Fayong
 * & Guo 2012).  The beam search of parser_beam.c with the float weights;
 * an item is correct while all its transitions cost the least possible
 * (0 but for arcs no class can build) under the dynamic oracle, and the
 * gold derivation is the best-scoring correct one (latent: any such
 * transition is gold).  Update: early (at the first step
 * where no correct item is left in the beam) or max-violation (the step
 * where the best item outscores the best correct derivation by most; after
 * the correct items have left the beam, the gold derivation goes on alone,
 * taking its best zero-cost transition).  The update adds the gold
 * derivation's features and subtracts the best item's, from where they
 * part. */

typedef struct hist { const struct hist *prev; int cls; } hist;
typedef struct bcand { double score; int item, cls, correct; } bcand;

static void bcand_insert(bcand *c, int *nc, int k, bcand x) {
    int i = *nc < k ? (*nc)++ : k - 1;
    while (i > 0 && c[i - 1].score < x.score) {
        c[i] = c[i - 1];
        i--;
    }
    c[i] = x;
}

/* Some gold arcs cannot be built (their label and direction have no
 * class, see --min-class): "correct" is then the least cost possible. */
static int min_cost(const int *cost, const int lo[3], const int hi[3], int nr) {
    int m = 1 << 30;
    for (int r = 0; r < nr; r++)
        for (int cl = lo[r]; cl < hi[r]; cl++)
            if (cost[cl] < m) m = cost[cl];
    return m;
}

static const hist *hist_new(arena *a, const hist *prev, int cls) {
    hist *h = arena_alloc(a, sizeof *h);
    h->prev = prev;
    h->cls = cls;
    return h;
}

static void add_features(model *m, const uint64_t *f, int nf, int cls, double delta) {
    unsigned shift = 64 - m->bits;
    for (int i = 0; i < nf; i++) {
        size_t r = (size_t)(f[i] >> shift) * (size_t)m->width + (size_t)cls;
        m->w[r] += (float)delta;
        m->u[r] += m->t * delta;
    }
}

/* The derivations good (+1) and bad (-1), of len transitions each. */
static void beam_update(model *m, const pclasses *pc, int n, const ptoken *tok, const hist *good,
                        const hist *bad, int len, arena *a) {
    int *gc = arena_alloc(a, (size_t)len * sizeof *gc), *bc = arena_alloc(a, (size_t)len * sizeof *bc);
    for (int i = len - 1; i >= 0; i--) {
        gc[i] = good->cls;
        bc[i] = bad->cls;
        good = good->prev;
        bad = bad->prev;
    }
    int from = 0;
    while (from < len && gc[from] == bc[from]) from++;
    uint64_t f[PARSER_MAX_FEATURES];
    for (int side = 0; side < 2; side++) {
        const int *cl = side ? bc : gc;
        pstate *st = pstate_new(a, n, tok);
        for (int i = 0; i < len; i++) {
            if (i >= from) {
                int lo[3], hi[3];
                int nr = pstate_valid_ranges(st, pc, lo, hi);
                if (nr > 1 || hi[0] - lo[0] > 1) {
                    int nf = parser_features(st, f);
                    add_features(m, f, nf, cl[i], side ? -1.0 : 1.0);
                }
            }
            pstate_apply(st, pc->cls[cl[i]]);
        }
    }
}

static void train_sentence_beam(model *m, const pclasses *pc, const sent *s, const char **upos,
                                const char **xpos, const char *const *lemma, int k, int early,
                                arena *scratch, long *correct, long *total) {
    arena_reset(scratch);
    int n = s->n;
    ptoken *tok = arena_alloc(scratch, (size_t)(n + 2) * sizeof *tok);
    make_tokens(s, upos, xpos, lemma, tok);
    pstate *pool[2 * PARSER_MAX_BEAM], *cur[PARSER_MAX_BEAM], *next[PARSER_MAX_BEAM];
    double score[PARSER_MAX_BEAM];
    const hist *path[PARSER_MAX_BEAM], *npath[PARSER_MAX_BEAM];
    int ok[PARSER_MAX_BEAM];
    for (int i = 0; i < 2 * k; i++) pool[i] = pstate_new(scratch, n, tok);
    cur[0] = pool[0];
    score[0] = 0;
    path[0] = NULL;
    ok[0] = 1;
    int ncur = 1;
    /* the gold derivation once no correct item is left in the beam */
    pstate *gold = pstate_new(scratch, n, tok);
    double gscore = 0;
    const hist *gpath = NULL;
    int gold_out = 0;
    /* the update: the derivations at the step of the largest violation */
    double maxv = -1;
    const hist *vgood = NULL, *vbad = NULL;
    int vlen = 0, step = 0;
    uint64_t f[PARSER_MAX_FEATURES];
    float sc[PARSER_MAX_CLASSES];
    int cost[PARSER_MAX_CLASSES];
    bcand c[PARSER_MAX_BEAM];
    while (!pstate_done(cur[0])) {
        int nc = 0;
        bcand bestgood = {0, -1, -1, 1};
        for (int i = 0; i < ncur; i++) {
            const pstate *st = cur[i];
            int lo[3], hi[3];
            int nr = pstate_valid_ranges(st, pc, lo, hi);
            int forced = nr == 1 && hi[0] - lo[0] == 1;
            if (!forced) score_float(m, f, parser_features(st, f), sc);
            int mincost = 0;
            if (ok[i]) {
                parser_costs(st, pc, s->head, s->label, lo, hi, nr, cost);
                mincost = min_cost(cost, lo, hi, nr);
            }
            for (int r = 0; r < nr; r++)
                for (int cl = lo[r]; cl < hi[r]; cl++) {
                    bcand x = {score[i] + (forced ? 0.0 : (double)sc[cl]), i, cl, ok[i] && cost[cl] == mincost};
                    if (nc < k || x.score > c[k - 1].score) bcand_insert(c, &nc, k, x);
                    if (x.correct && (bestgood.item < 0 || x.score > bestgood.score)) bestgood = x;
                }
        }
        step++;
        int any_ok = 0;
        for (int j = 0; j < nc; j++) any_ok |= c[j].correct;
        if (gold_out) {
            /* the gold derivation alone: its best zero-cost transition */
            int lo[3], hi[3];
            int nr = pstate_valid_ranges(gold, pc, lo, hi);
            int forced = nr == 1 && hi[0] - lo[0] == 1;
            if (!forced) score_float(m, f, parser_features(gold, f), sc);
            parser_costs(gold, pc, s->head, s->label, lo, hi, nr, cost);
            int best = -1, mincost = min_cost(cost, lo, hi, nr);
            for (int r = 0; r < nr; r++)
                for (int cl = lo[r]; cl < hi[r]; cl++)
                    if (cost[cl] == mincost && (best < 0 || (!forced && sc[cl] > sc[best]))) best = cl;
            gscore += forced ? 0.0 : (double)sc[best];
            gpath = hist_new(scratch, gpath, best);
            pstate_apply(gold, pc->cls[best]);
        } else if (!any_ok) {
            /* the correct items leave the beam: the best of them goes on
             * alone (copied before the beam's items change below) */
            gold_out = 1;
            pstate_copy(gold, cur[bestgood.item]);
            pstate_apply(gold, pc->cls[bestgood.cls]);
            gscore = bestgood.score;
            gpath = hist_new(scratch, path[bestgood.item], bestgood.cls);
        }
        const hist *good = gold_out ? gpath : NULL;
        if (!gold_out) good = hist_new(scratch, path[bestgood.item], bestgood.cls);
        /* next beam, as in parser_beam.c */
        int uses[PARSER_MAX_BEAM] = {0}, busy[2 * PARSER_MAX_BEAM] = {0}, done[PARSER_MAX_BEAM] = {0};
        for (int j = 0; j < nc; j++) uses[c[j].item]++;
        for (int i = 0; i < ncur; i++)
            if (uses[i])
                for (int q = 0; q < 2 * k; q++)
                    if (pool[q] == cur[i]) busy[q] = 1;
        for (int j = 0; j < nc; j++) {
            int i = c[j].item;
            if (uses[i] > 1) {
                int q = 0;
                while (busy[q]) q++;
                busy[q] = 1;
                pstate_copy(pool[q], cur[i]);
                next[j] = pool[q];
                uses[i]--;
                done[j] = 1;
            }
        }
        for (int j = 0; j < nc; j++) {
            if (!done[j]) next[j] = cur[c[j].item];
            pstate_apply(next[j], pc->cls[c[j].cls]);
            npath[j] = hist_new(scratch, path[c[j].item], c[j].cls);
        }
        for (int j = 0; j < nc; j++) {
            cur[j] = next[j];
            score[j] = c[j].score;
            path[j] = npath[j];
            ok[j] = c[j].correct;
        }
        ncur = nc;
        if (!ok[0] && (!early || gold_out || pstate_done(cur[0]))) {
            double v = score[0] - (gold_out ? gscore : bestgood.score);
            if (v >= 0 && v > maxv) {
                maxv = v;
                vgood = good;
                vbad = path[0];
                vlen = step;
            }
            if (early && gold_out) break;
        }
    }
    (*total)++;
    m->t += 1;
    if (vbad) beam_update(m, pc, n, tok, vgood, vbad, vlen, scratch);
    else (*correct)++;
}

/* ---- evaluation */

typedef struct score { long words, uas, las; } score;

static void eval_parser(const parser *p, const corpus *c, int predicted, double noise,
                        const tagpool *tp, uint64_t seed, score *out) {
    arena scratch;
    arena_init(&scratch);
    rng r = {seed ? seed : 1};
    memset(out, 0, sizeof *out);
    for (size_t k = 0; k < c->n; k++) {
        const sent *s = &c->s[k];
        arena_reset(&scratch);
        const char **upos = arena_alloc(&scratch, (size_t)s->n * sizeof(char *));
        const char **xpos = arena_alloc(&scratch, (size_t)s->n * sizeof(char *));
        int32_t *heads = arena_alloc(&scratch, (size_t)s->n * sizeof(int32_t));
        const char **rels = arena_alloc(&scratch, (size_t)s->n * sizeof(char *));
        memcpy(upos, predicted ? s->pupos : s->upos, (size_t)s->n * sizeof(char *));
        memcpy(xpos, predicted ? s->pxpos : s->xpos, (size_t)s->n * sizeof(char *));
        if (noise > 0) perturb(tp, &r, noise, s->n, upos, xpos);
        parser_parse(p, (size_t)s->n, s->form, upos, xpos, predicted ? s->plemma : s->lemma, heads,
                     rels, &scratch);
        for (int i = 0; i < s->n; i++) {
            int gh = s->ohead[i] == s->n ? -1 : s->ohead[i];
            out->words++;
            if (heads[i] == gh) {
                out->uas++;
                if (!strcmp(rels[i], s->rel[i])) out->las++;
            }
        }
    }
    arena_free(&scratch);
}

/* Float evaluation during training, with the averaged weights (computed on
 * the fly) and the predicted tags when there are any. */
static double eval_float(const model *m, const pclasses *pc, const labels *L, const corpus *c,
                         double *las_out) {
    arena scratch;
    arena_init(&scratch);
    long words = 0, uas = 0, las = 0;
    uint64_t f[PARSER_MAX_FEATURES];
    float sc[PARSER_MAX_CLASSES];
    for (size_t k = 0; k < c->n; k++) {
        const sent *s = &c->s[k];
        arena_reset(&scratch);
        ptoken *tok = arena_alloc(&scratch, (size_t)(s->n + 2) * sizeof *tok);
        if (s->pupos) make_tokens(s, s->pupos, s->pxpos, s->plemma, tok);
        else make_tokens(s, s->upos, s->xpos, s->lemma, tok);
        pstate *st = pstate_new(&scratch, s->n, tok);
        while (!pstate_done(st)) {
            int lo[3], hi[3];
            int nr = pstate_valid_ranges(st, pc, lo, hi);
            int nf = parser_features(st, f);
            if (m->averaged) score_float(m, f, nf, sc);
            else score_avg(m, f, nf, sc);
            int best = -1;
            for (int q = 0; q < nr; q++)
                for (int cl = lo[q]; cl < hi[q]; cl++)
                    if (best < 0 || sc[cl] > sc[best]) best = cl;
            pstate_apply(st, pc->cls[best]);
        }
        for (int i = 0; i < s->n; i++) {
            words++;
            if (st->head[i] == s->ohead[i]) {
                uas++;
                if (!strcmp(L->name[st->label[i]], s->rel[i])) las++;
            }
        }
    }
    arena_free(&scratch);
    *las_out = 100.0 * (double)las / (double)words;
    return 100.0 * (double)uas / (double)words;
}

/* ---- writing */

typedef struct rowscore { uint64_t l1; uint32_t row; } rowscore;
static int by_l1(const void *a, const void *b) {
    const rowscore *x = a, *y = b;
    if (x->l1 != y->l1) return x->l1 < y->l1 ? 1 : -1;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* Quantises the averaged weights to int16 (max |w| -> qmax) and keeps the
 * keep_rows buckets with the largest L1 norm; the others point to the zero
 * row.  Layout: see parser_model.c. */
static int write_model(const char *path, const model *m, const labels *L, const pclasses *pc,
                       double qmax, size_t keep_rows, int beam, int margin) {
    size_t nw = m->rows * (size_t)m->width;
    float maxabs = 0;
    for (size_t i = 0; i < nw; i++) if (fabsf(m->w[i]) > maxabs) maxabs = fabsf(m->w[i]);
    float scale = maxabs > 0 ? (float)(qmax / maxabs) : 1.0f;
    int16_t *q = malloc(nw * sizeof *q);
    rowscore *rs = malloc(m->rows * sizeof *rs);
    uint32_t *index = calloc(m->rows, sizeof *index);
    if (!q || !rs || !index) return -1;
    size_t nz = 0;
    for (size_t r = 0; r < m->rows; r++) {
        uint64_t l1 = 0;
        for (int c = 0; c < m->width; c++) {
            size_t i = r * (size_t)m->width + (size_t)c;
            float v = roundf(m->w[i] * scale);
            q[i] = (int16_t)(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
            l1 += (uint64_t)(q[i] < 0 ? -q[i] : q[i]);
        }
        rs[r] = (rowscore){l1, (uint32_t)r};
        nz += l1 > 0;
    }
    qsort(rs, m->rows, sizeof *rs, by_l1);
    size_t kept = keep_rows < nz ? keep_rows : nz;
    /* kept rows in bucket order (row 0 is the zero row) */
    for (size_t k = 0; k < kept; k++) index[rs[k].row] = 1;
    uint32_t n_rows = 1;
    for (size_t r = 0; r < m->rows; r++)
        if (index[r]) index[r] = n_rows++;
    fprintf(stderr, "weights: max |w| %.1f, scale %.2f, %zu of %zu buckets nonzero, %u rows kept\n",
            maxabs, scale, nz, m->rows, n_rows - 1);
    model_writer w;
    dyad_error err;
    if (model_writer_open(&w, path, PARSER_KIND_CODE, PARSER_FORMAT_VERSION, m->bits, &err)) {
        fprintf(stderr, "train_parser: %s\n", err.message);
        return -1;
    }
    model_write_u32(&w, (uint32_t)L->n);
    for (int i = 0; i < L->n; i++) {
        model_write_u32(&w, (uint32_t)strlen(L->name[i]));
        model_write(&w, L->name[i], strlen(L->name[i]));
    }
    model_write_u32(&w, (uint32_t)pc->n_classes);
    model_write_u32(&w, (uint32_t)pc->right_begin);
    model_write_u32(&w, (uint32_t)pc->root_label);
    model_write_u32(&w, (uint32_t)m->width);
    model_write_u32(&w, (uint32_t)beam);
    model_write_u32(&w, (uint32_t)margin);
    for (int i = 0; i < pc->n_classes; i++) {
        unsigned char b[2] = {pc->cls[i].type, pc->cls[i].label};
        model_write(&w, b, 2);
    }
    model_writer_align(&w, 8);
    model_write_f32(&w, scale);
    model_write_u32(&w, n_rows);
    for (size_t r = 0; r < m->rows; r++) model_write_u32(&w, index[r]);
    model_writer_align(&w, 16);
    int16_t *zero = calloc((size_t)m->width, sizeof *zero);
    model_write(&w, zero, (size_t)m->width * sizeof *zero);
    for (size_t r = 0; r < m->rows; r++)
        if (index[r]) model_write(&w, q + r * (size_t)m->width, (size_t)m->width * sizeof *q);
    free(zero);
    free(q);
    free(rs);
    free(index);
    if (model_writer_close(&w, &err)) { fprintf(stderr, "train_parser: %s\n", err.message); return -1; }
    return 0;
}

/* UAS/LAS of p on each dev file: gold tags, and predicted ones (or noise). */
static void print_eval(const parser *p, const corpus *dv, const char *const *dev, int ndev,
                       const tagpool *tp, uint64_t seed, double eval_noise) {
    for (int i = 0; i < ndev; i++) {
        score g, nz;
        eval_parser(p, &dv[i], 0, 0, tp, seed, &g);
        printf("%s: UAS %.2f LAS %.2f (gold tags)", dev[i], 100.0 * (double)g.uas / (double)g.words,
               100.0 * (double)g.las / (double)g.words);
        if (dv[i].n && dv[i].s[0].pupos) {
            eval_parser(p, &dv[i], 1, 0, tp, seed, &nz);
            printf(" | UAS %.2f LAS %.2f (predicted tags)", 100.0 * (double)nz.uas / (double)nz.words,
                   100.0 * (double)nz.las / (double)nz.words);
        } else if (eval_noise > 0) {
            eval_parser(p, &dv[i], 0, eval_noise, tp, seed, &nz);
            printf(" | UAS %.2f LAS %.2f (%.0f%% tag noise)", 100.0 * (double)nz.uas / (double)nz.words,
                   100.0 * (double)nz.las / (double)nz.words, 100 * eval_noise);
        }
        printf("\n");
    }
}

/* print_eval with the model's own width and margin first, then each of
 * the comma-separated widths with each of the margins. */
static void eval_settings(parser *p, const corpus *dv, const char *const *dev, int ndev,
                          const tagpool *tp, uint64_t seed, double eval_noise, int beam, int margin,
                          const char *eval_beams, const char *eval_margins) {
    int widths[PARSER_MAX_BEAM + 1], nwidths = 0, margins[16], nmargins = 0;
    widths[nwidths++] = beam;
    margins[nmargins++] = margin;
    for (const char *e = eval_beams; e && *e && nwidths <= PARSER_MAX_BEAM;) {
        int b = atoi(e);
        if (b >= 1 && b <= PARSER_MAX_BEAM) widths[nwidths++] = b;
        e = strchr(e, ',');
        if (e) e++;
    }
    for (const char *e = eval_margins; e && *e && nmargins < 16;) {
        margins[nmargins++] = atoi(e);
        e = strchr(e, ',');
        if (e) e++;
    }
    for (int wi = 0; wi < nwidths; wi++)
        for (int mi = 0; mi < nmargins; mi++) {
            if ((wi > 0 || mi > 0) && widths[wi] == beam && margins[mi] == margin) continue;
            if (widths[wi] == 1 && mi > 0) continue; /* greedy has no margin */
            parser_set_beam(p, widths[wi], margins[mi]);
            if (nwidths > 1 || nmargins > 1)
                printf("decoding with beam %d, margin %d%s:\n", widths[wi], margins[mi],
                       wi == 0 && mi == 0 ? " (the model's)" : "");
            print_eval(p, dv, dev, ndev, tp, seed, eval_noise);
        }
}

static void usage(void) {
    fprintf(stderr, "usage: train_parser --train FILE... [--dev FILE...] --out MODEL [--genres LIST]\n"
                    "       [--epochs N] [--bits B] [--seed S] [--explore P] [--min-class N]\n"
                    "       [--train-tag-noise R] [--eval-noise R] [--qmax Q] [--eval-every]\n"
                    "       [--rows N] [--tagger MODEL] [--write-folds DIR | --jackknife DIR] [--folds K]\n"
                    "       [--with-gold] [--models N] [--beam K [--early-update] [--beam-margin M]]\n"
                    "       [--eval-beams K,K...] [--eval-margins M,M...] [--eval-only MODEL]\n");
    exit(1);
}

int main(int argc, char **argv) {
    const char *train[8], *dev[8], *out = NULL, *genres = NULL, *tagger_path = NULL;
    const char *folds_out = NULL, *jackknife = NULL;
    int ntrain = 0, ndev = 0, epochs = 15, n_models = 1, min_class = 2, eval_every = 0, folds = 5, with_gold = 0;
    int beam = 1, early = 0, margin = 0;
    const char *eval_beams = NULL, *eval_margins = NULL, *eval_only = NULL;
    size_t keep_rows = (size_t)1 << 18;
    unsigned bits = 18;
    uint64_t seed = 1;
    double explore = 0.9, train_noise = 0.0, eval_noise = 0.04, qmax = 2000;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--eval-every")) { eval_every = 1; continue; }
        if (!strcmp(a, "--with-gold")) { with_gold = 1; continue; }
        if (!strcmp(a, "--early-update")) { early = 1; continue; }
        if (!v) usage();
        i++;
        if (!strcmp(a, "--train") && ntrain < 8) train[ntrain++] = v;
        else if (!strcmp(a, "--dev") && ndev < 8) dev[ndev++] = v;
        else if (!strcmp(a, "--out")) out = v;
        else if (!strcmp(a, "--genres")) genres = v;
        else if (!strcmp(a, "--epochs")) epochs = atoi(v);
        else if (!strcmp(a, "--models")) n_models = atoi(v);
        else if (!strcmp(a, "--bits")) bits = (unsigned)atoi(v);
        else if (!strcmp(a, "--seed")) seed = strtoull(v, NULL, 10);
        else if (!strcmp(a, "--explore")) explore = atof(v);
        else if (!strcmp(a, "--min-class")) min_class = atoi(v);
        else if (!strcmp(a, "--train-tag-noise")) train_noise = atof(v);
        else if (!strcmp(a, "--eval-noise")) eval_noise = atof(v);
        else if (!strcmp(a, "--qmax")) qmax = atof(v);
        else if (!strcmp(a, "--tagger")) tagger_path = v;
        else if (!strcmp(a, "--write-folds")) folds_out = v;
        else if (!strcmp(a, "--jackknife")) jackknife = v;
        else if (!strcmp(a, "--folds")) folds = atoi(v);
        else if (!strcmp(a, "--rows")) keep_rows = (size_t)atol(v);
        else if (!strcmp(a, "--beam")) beam = atoi(v);
        else if (!strcmp(a, "--eval-beams")) eval_beams = v;
        else if (!strcmp(a, "--beam-margin")) margin = atoi(v);
        else if (!strcmp(a, "--eval-margins")) eval_margins = v;
        else if (!strcmp(a, "--eval-only")) eval_only = v;
        else usage();
    }
    if (!ntrain || (!out && !folds_out && !eval_only) || bits < 8 || bits > 28 || folds < 2 ||
        n_models < 1 || n_models > 8 || beam < 1 || beam > PARSER_MAX_BEAM ||
        margin < 0 || margin > PARSER_MAX_MARGIN) usage();
    clock_t t0 = clock();
    arena_init(&g_arena);
    corpus tr = {0};
    for (int i = 0; i < ntrain; i++)
        if (read_corpus(train[i], genres, &tr)) return 1;
    corpus dv[8] = {{0}};
    for (int i = 0; i < ndev; i++)
        if (read_corpus(dev[i], NULL, &dv[i])) return 1;
    if (folds_out) return write_folds(&tr, folds_out, folds) ? 1 : 0;
    if (jackknife) {
        for (int f = 0; f < folds; f++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/tagger-%d.bin", jackknife, f);
            if (tag_corpus(&tr, path, folds, f)) return 1;
        }
    }
    if (tagger_path)
        for (int i = 0; i < ndev; i++)
            if (tag_corpus(&dv[i], tagger_path, 0, 0)) return 1;
    labels L;
    pclasses pc;
    build_labels(&tr, min_class, &L, &pc);
    assign_labels(&tr, &L);
    for (int i = 0; i < ndev; i++) assign_labels(&dv[i], &L);
    long lifts = 0;
    for (size_t k = 0; k < tr.n; k++) lifts += parser_projectivize(tr.s[k].n, tr.s[k].head);
    fprintf(stderr, "train_parser: %zu sentences, %zu words, %d labels, %d classes, %ld arcs lifted\n",
            tr.n, tr.words, L.n, pc.n_classes, lifts);

    tagpool tp = {0};
    tp.upos = malloc(tr.words * sizeof(char *));
    tp.xpos = malloc(tr.words * sizeof(char *));
    for (size_t k = 0; k < tr.n; k++)
        for (int i = 0; i < tr.s[k].n; i++) {
            tp.upos[tp.n] = tr.s[k].upos[i];
            tp.xpos[tp.n++] = tr.s[k].xpos[i];
        }

    if (eval_only) {
        parser *p;
        dyad_error err;
        if (parser_load(eval_only, &p, &err)) { fprintf(stderr, "train_parser: %s\n", err.message); return 1; }
        eval_settings(p, dv, dev, ndev, &tp, seed, eval_noise, parser_beam(p), parser_beam_margin(p),
                      eval_beams, eval_margins);
        parser_free(p);
        return 0;
    }
    model m = {0};
    m.bits = bits;
    m.width = (pc.n_classes + 7) / 8 * 8;
    m.rows = (size_t)1 << bits;
    m.w = calloc(m.rows * (size_t)m.width, sizeof *m.w);
    m.u = calloc(m.rows * (size_t)m.width, sizeof *m.u);
    if (!m.w || !m.u) { fprintf(stderr, "train_parser: out of memory\n"); return 2; }

    /* --with-gold: every sentence twice per epoch, once with predicted and
     * once with gold tags (entries >= tr.n are the gold copies) */
    size_t n_items = with_gold && jackknife ? 2 * tr.n : tr.n;
    size_t *order = malloc(n_items * sizeof *order);
    for (size_t k = 0; k < n_items; k++) order[k] = k;
    rng r = {seed * 0x9E3779B97F4A7C15ULL + 1};
    arena scratch;
    arena_init(&scratch);
    const char **upos = malloc(1024 * sizeof(char *)), **xpos = malloc(1024 * sizeof(char *));
    size_t tagcap = 1024;
    /* --models N: N perceptrons trained one after the other on different
     * sentence orders (the rng runs on), their averaged weights averaged */
    float *sum = n_models > 1 ? calloc(m.rows * (size_t)m.width, sizeof *sum) : NULL;
    if (n_models > 1 && !sum) { fprintf(stderr, "train_parser: out of memory\n"); return 2; }
    for (int mi = 0; mi < n_models; mi++) {
        if (mi > 0) {
            memset(m.w, 0, m.rows * (size_t)m.width * sizeof *m.w);
            memset(m.u, 0, m.rows * (size_t)m.width * sizeof *m.u);
            m.t = 0;
            m.averaged = 0;
        }
        for (int ep = 0; ep < epochs; ep++) {
            for (size_t k = n_items; k > 1; k--) {
                size_t j = rng_next(&r) % k;
                size_t t = order[k - 1]; order[k - 1] = order[j]; order[j] = t;
            }
            long correct = 0, total = 0;
            for (size_t k = 0; k < n_items; k++) {
                const sent *s = &tr.s[order[k] % tr.n];
                if ((size_t)s->n > tagcap) {
                    tagcap = (size_t)s->n;
                    upos = realloc(upos, tagcap * sizeof(char *));
                    xpos = realloc(xpos, tagcap * sizeof(char *));
                }
                int pred = s->pupos != NULL && order[k] < tr.n;
                memcpy(upos, pred ? s->pupos : s->upos, (size_t)s->n * sizeof(char *));
                memcpy(xpos, pred ? s->pxpos : s->xpos, (size_t)s->n * sizeof(char *));
                if (train_noise > 0) perturb(&tp, &r, train_noise, s->n, upos, xpos);
                if (beam > 1)
                    train_sentence_beam(&m, &pc, s, upos, xpos, pred ? s->plemma : s->lemma, beam, early,
                                        &scratch, &correct, &total);
                else
                    train_sentence(&m, &pc, s, upos, xpos, pred ? s->plemma : s->lemma, ep >= 1, explore, &r,
                                   &scratch, &correct, &total);
            }
            fprintf(stderr, "epoch %d: %.2f%% %s correct, %.0fs", ep + 1,
                    100.0 * (double)correct / (double)total, beam > 1 ? "sentences" : "transitions",
                    (double)(clock() - t0) / CLOCKS_PER_SEC);
            if (eval_every && ndev) {
                double las, uas = eval_float(&m, &pc, &L, &dv[0], &las);
                fprintf(stderr, "  dev[0] UAS %.2f LAS %.2f", uas, las);
            }
            fprintf(stderr, "\n");
        }
        average(&m);
        if (sum)
            for (size_t i = 0; i < m.rows * (size_t)m.width; i++) sum[i] += m.w[i] / (float)n_models;
    }
    if (sum) { free(m.w); m.w = sum; m.averaged = 1; }
    free(m.u);
    m.u = NULL;
    if (ndev) {
        double las, uas = eval_float(&m, &pc, &L, &dv[0], &las);
        fprintf(stderr, "dev[0] float averaged, greedy (%s tags): UAS %.2f LAS %.2f\n",
                dv[0].n && dv[0].s[0].pupos ? "predicted" : "gold", uas, las);
    }
    if (write_model(out, &m, &L, &pc, qmax, keep_rows, beam, margin)) return 1;
    parser *p;
    dyad_error err;
    if (parser_load(out, &p, &err)) { fprintf(stderr, "train_parser: %s\n", err.message); return 1; }
    eval_settings(p, dv, dev, ndev, &tp, seed, eval_noise, beam, margin, eval_beams, eval_margins);
    printf("training time %.0f s (CPU)\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    parser_free(p);
    free(m.w);
    return 0;
}
