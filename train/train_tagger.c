/* train_tagger — trains the POS tagger and lemmatizer (src/nlp/tagger.h).
 *
 *   train_tagger --out FILE [--epochs N] [--seed S] [--genres a,b,...]
 *                --train FILE... [--dev FILE...]
 *
 * --train/--dev may be repeated.  --genres keeps, from GUM-style files
 * (`# newdoc id = GUM_<genre>_...`), only documents of the listed genres;
 * other documents are always kept.  Deterministic: the same data, options
 * and seed give a byte-identical model.  Dev files are only evaluated, never
 * trained on.
 *
 * Steps: classes (joint UPOS+XPOS) -> lexicon (ambiguity classes, candidate
 * restriction) -> averaged perceptron, greedy decoding exactly as in
 * tagger.c -> quantise and prune -> lemma rules and exceptions -> write ->
 * reload the written file and report dev accuracy. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "base/hash.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_file.h"
#include "nlp/tag_features.h"
#include "nlp/tagger.h"

/* Tuning knobs (chosen on EWT dev + GUM dev). */
static int LEX_MIN = 5;          /* occurrences for a word to get an ambiguity class */
static int RESTRICT_MIN = 10;    /* occurrences for its candidates to be restricted */
static double AMB_SHARE = 0.01;  /* share of a word's tokens for a class to count */
static double PRUNE = 0.02;      /* drop averaged weights below this share of the largest */
static int RULE_MIN = 2;         /* types supporting a lemma suffix rule */

static void die(const char *msg) {
    fprintf(stderr, "train_tagger: %s\n", msg);
    exit(1);
}

static void *xmalloc(size_t n) {
    void *p = calloc(1, n ? n : 1);
    if (!p) die("out of memory");
    return p;
}

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) die("out of memory");
    return p;
}

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (!d) die("out of memory");
    return d;
}

static uint32_t pow2_at_least(size_t n) {
    uint32_t bits = 4;
    while (((size_t)1 << bits) < n) bits++;
    return bits;
}

/* ---------------------------------------------------------- string map */

typedef struct strmap {
    char **keys;
    int *vals;
    size_t cap, n;
} strmap;

static void strmap_grow(strmap *m);

static int *strmap_get(strmap *m, const char *key, int create) {
    if (create && (m->n + 1) * 2 > m->cap) strmap_grow(m);
    if (!m->cap) return NULL;
    size_t mask = m->cap - 1;
    for (size_t s = hash_str(key, 99) & mask;; s = (s + 1) & mask) {
        if (!m->keys[s]) {
            if (!create) return NULL;
            m->keys[s] = xstrdup(key);
            m->vals[s] = -1;
            m->n++;
            return &m->vals[s];
        }
        if (!strcmp(m->keys[s], key)) return &m->vals[s];
    }
}

static void strmap_grow(strmap *m) {
    strmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 1024;
    m->keys = xmalloc(m->cap * sizeof *m->keys);
    m->vals = xmalloc(m->cap * sizeof *m->vals);
    m->n = 0;
    for (size_t s = 0; s < old.cap; s++)
        if (old.keys[s]) {
            *strmap_get(m, old.keys[s], 1) = old.vals[s];
            free(old.keys[s]);
        }
    free(old.keys);
    free(old.vals);
}

/* ---------------------------------------------------------- corpus */

typedef struct tsent {
    size_t n;
    char **forms, **lemmas, **upos, **xpos;
    int *cls;
    tag_word *w;
    const uint8_t **sets;     /* candidate restriction per word, or NULL */
} tsent;

typedef struct corpus {
    tsent *s;
    size_t n, cap, words;
} corpus;

static int genre_allowed(const char *genres, const char *doc_id) {
    if (!genres || strncmp(doc_id, "GUM_", 4)) return 1;
    const char *g = doc_id + 4, *end = strchr(g, '_');
    size_t len = end ? (size_t)(end - g) : strlen(g);
    for (const char *p = genres; *p;) {
        const char *q = strchr(p, ',');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l == len && !strncmp(p, g, len)) return 1;
        if (!q) break;
        p = q + 1;
    }
    return 0;
}

static void read_corpus(const char *path, const char *genres, corpus *c) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) die(err.message);
    conllu_sentence s;
    int got, keep = 1;
    size_t skipped = 0;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) { fprintf(stderr, "train_tagger: %s (skipped)\n", err.message); continue; }
        for (size_t l = 0; l < s.n_lines; l++) {
            const char *t = s.lines[l].text;
            if (!strncmp(t, "# newdoc id = ", 14)) keep = genre_allowed(genres, t + 14);
        }
        if (!keep) { skipped++; continue; }
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->s = xrealloc(c->s, c->cap * sizeof *c->s);
        }
        tsent *d = &c->s[c->n++];
        memset(d, 0, sizeof *d);
        d->n = s.n_words;
        d->forms = xmalloc(d->n * sizeof(char *));
        d->lemmas = xmalloc(d->n * sizeof(char *));
        d->upos = xmalloc(d->n * sizeof(char *));
        d->xpos = xmalloc(d->n * sizeof(char *));
        d->cls = xmalloc(d->n * sizeof(int));
        for (size_t i = 0; i < d->n; i++) {
            d->forms[i] = xstrdup(s.words[i].form);
            d->lemmas[i] = xstrdup(s.words[i].lemma);
            d->upos[i] = xstrdup(s.words[i].upos);
            d->xpos[i] = xstrdup(s.words[i].xpos);
        }
        c->words += d->n;
    }
    conllu_close(r);
    fprintf(stderr, "train_tagger: %s: %zu sentences kept so far, %zu skipped by genre\n",
            path, c->n, skipped);
}

/* ---------------------------------------------------------- classes */

typedef struct cls_info {
    char *upos, *xpos;
    long count;
} cls_info;

static int cmp_cls(const void *a, const void *b) {
    const cls_info *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    int c = strcmp(x->upos, y->upos);
    return c ? c : strcmp(x->xpos, y->xpos);
}

static cls_info *classes;
static int n_classes;
static strmap class_map;   /* "UPOS\tXPOS" -> class */
static int xpos_id_of[TAGGER_MAX_CLASSES];

static int class_of(const char *upos, const char *xpos) {
    char key[128];
    snprintf(key, sizeof key, "%s\t%s", upos, xpos);
    int *v = strmap_get(&class_map, key, 0);
    return v ? *v : -1;
}

static void build_classes(const corpus *c) {
    strmap m = {0};
    cls_info *tmp = NULL;
    int n = 0;
    for (size_t k = 0; k < c->n; k++)
        for (size_t i = 0; i < c->s[k].n; i++) {
            char key[128];
            snprintf(key, sizeof key, "%s\t%s", c->s[k].upos[i], c->s[k].xpos[i]);
            int *v = strmap_get(&m, key, 1);
            if (*v < 0) {
                tmp = xrealloc(tmp, (size_t)(n + 1) * sizeof *tmp);
                tmp[n].upos = c->s[k].upos[i];
                tmp[n].xpos = c->s[k].xpos[i];
                tmp[n].count = 0;
                *v = n++;
            }
            tmp[*v].count++;
        }
    if (n > TAGGER_MAX_CLASSES) die("too many UPOS+XPOS classes");
    qsort(tmp, (size_t)n, sizeof *tmp, cmp_cls);
    classes = tmp;
    n_classes = n;
    for (int i = 0; i < n; i++) {
        char key[128];
        snprintf(key, sizeof key, "%s\t%s", tmp[i].upos, tmp[i].xpos);
        *strmap_get(&class_map, key, 1) = i;
        xpos_id_of[i] = i;
        for (int j = 0; j < i; j++)
            if (!strcmp(tmp[j].xpos, tmp[i].xpos)) { xpos_id_of[i] = j; break; }
    }
}

/* ---------------------------------------------------------- lexicon */

typedef struct lex_entry {
    uint64_t key;
    int *counts;  /* per class */
    long total;
} lex_entry;

static lex_entry *lexe;
static size_t n_lexe;
static strmap lex_map;      /* "E\tform" / "L\tlower" -> lexe index */

/* The lexicon as written to the model; also used for training decoding. */
static tagger_lex_slot *lex_slots;
static uint32_t lex_bits;
static uint8_t *tagsets;
static size_t tagset_size;

static void lex_count(const char *prefix, const char *s, uint64_t key, int cls) {
    char buf[TAG_MAX_WORD + 4];
    snprintf(buf, sizeof buf, "%s\t%s", prefix, s);
    int *v = strmap_get(&lex_map, buf, 1);
    if (*v < 0) {
        lexe = xrealloc(lexe, (n_lexe + 1) * sizeof *lexe);
        lexe[n_lexe].key = key | 1;
        lexe[n_lexe].counts = xmalloc((size_t)n_classes * sizeof(int));
        lexe[n_lexe].total = 0;
        *v = (int)n_lexe++;
    }
    lexe[*v].counts[cls]++;
    lexe[*v].total++;
}

static uint32_t add_tagset(const uint8_t *set, size_t n, strmap *seen) {
    char key[TAGGER_MAX_CLASSES * 4 + 8];
    size_t kl = 0;
    kl += (size_t)snprintf(key + kl, sizeof key - kl, "%zu", n);
    for (size_t i = 0; i < n; i++) kl += (size_t)snprintf(key + kl, sizeof key - kl, ",%d", set[i]);
    int *v = strmap_get(seen, key, 1);
    if (*v >= 0) return (uint32_t)*v;
    tagsets = xrealloc(tagsets, tagset_size + n + 1);
    *v = (int)tagset_size;
    tagsets[tagset_size++] = (uint8_t)n;
    memcpy(tagsets + tagset_size, set, n);
    tagset_size += n;
    return (uint32_t)*v;
}

static void build_lexicon(const corpus *c) {
    for (size_t k = 0; k < c->n; k++)
        for (size_t i = 0; i < c->s[k].n; i++) {
            const char *f = c->s[k].forms[i];
            char low[TAG_MAX_WORD];
            tag_lower(f, low, sizeof low);
            lex_count("E", f, tag_lex_key_exact(f), c->s[k].cls[i]);
            lex_count("L", low, tag_lex_key_lower(low), c->s[k].cls[i]);
        }
    size_t kept = 0;
    for (size_t e = 0; e < n_lexe; e++) kept += lexe[e].total >= LEX_MIN;
    lex_bits = pow2_at_least(kept * 2 + 2);
    lex_slots = xmalloc(((size_t)1 << lex_bits) * sizeof *lex_slots);
    strmap seen = {0};
    uint8_t empty = 0;
    uint32_t unrestricted = add_tagset(&empty, 0, &seen);
    uint32_t mask = (1u << lex_bits) - 1;
    for (size_t e = 0; e < n_lexe; e++) {
        if (lexe[e].total < LEX_MIN) continue;
        uint8_t set[TAGGER_MAX_CLASSES];
        size_t n = 0;
        for (int k = 0; k < n_classes; k++)
            if (lexe[e].counts[k] > 0 && lexe[e].counts[k] >= AMB_SHARE * (double)lexe[e].total)
                set[n++] = (uint8_t)k;
        uint64_t amb = hash_bytes(set, n, 77);
        uint32_t s = (uint32_t)lexe[e].key & mask;
        while (lex_slots[s].key) {
            if (lex_slots[s].key == lexe[e].key) die("lexicon key collision");
            s = (s + 1) & mask;
        }
        lex_slots[s].key = lexe[e].key;
        lex_slots[s].amb = amb;
        lex_slots[s].tagset = lexe[e].total >= RESTRICT_MIN ? add_tagset(set, n, &seen) : unrestricted;
    }
    fprintf(stderr, "train_tagger: lexicon %zu entries (of %zu), %zu tag-set bytes\n", kept,
            n_lexe, tagset_size);
}

static const tagger_lex_slot *lex_find(uint64_t key) {
    uint32_t mask = (1u << lex_bits) - 1;
    for (uint32_t s = (uint32_t)key & mask;; s = (s + 1) & mask) {
        if (lex_slots[s].key == key) return &lex_slots[s];
        if (!lex_slots[s].key) return NULL;
    }
}

/* Exactly what tagger.c does per word. */
static void prepare_sentence(tsent *d) {
    d->w = xmalloc(d->n * sizeof *d->w);
    d->sets = xmalloc(d->n * sizeof *d->sets);
    for (size_t i = 0; i < d->n; i++) {
        tag_word_init(&d->w[i], d->forms[i]);
        const tagger_lex_slot *l = lex_find(tag_lex_key_exact(d->forms[i]) | 1);
        if (!l) {
            char low[TAG_MAX_WORD];
            tag_lower(d->forms[i], low, sizeof low);
            l = lex_find(tag_lex_key_lower(low) | 1);
        }
        d->w[i].amb = l ? l->amb : tag_unknown_amb(&d->w[i]);
        d->sets[i] = l && tagsets[l->tagset] ? tagsets + l->tagset : NULL;
    }
}

/* ---------------------------------------------------------- perceptron */

typedef struct wentry {
    int32_t w, ts;
    int64_t tot;
    uint8_t cls;
} wentry;

typedef struct frow {
    uint64_t key;
    wentry *e;
    uint32_t n, cap;
} frow;

static frow *rows;
static size_t rows_cap, rows_n;
static int32_t step_no;

static frow *row_get(uint64_t key, int create) {
    if (create && (rows_n + 1) * 2 > rows_cap) {
        frow *old = rows;
        size_t oc = rows_cap;
        rows_cap = oc ? oc * 2 : (1u << 16);
        rows = xmalloc(rows_cap * sizeof *rows);
        for (size_t s = 0; s < oc; s++)
            if (old[s].key) {
                size_t t = old[s].key & (rows_cap - 1);
                while (rows[t].key) t = (t + 1) & (rows_cap - 1);
                rows[t] = old[s];
            }
        free(old);
    }
    if (!rows_cap) return NULL;
    key |= 1;
    size_t mask = rows_cap - 1;
    for (size_t s = key & mask;; s = (s + 1) & mask) {
        if (rows[s].key == key) return &rows[s];
        if (!rows[s].key) {
            if (!create) return NULL;
            rows[s].key = key;
            rows_n++;
            return &rows[s];
        }
    }
}

static void update(uint64_t key, int cls, int delta) {
    frow *r = row_get(key, 1);
    wentry *e = NULL;
    for (uint32_t k = 0; k < r->n; k++)
        if (r->e[k].cls == cls) { e = &r->e[k]; break; }
    if (!e) {
        if (r->n == r->cap) {
            r->cap = r->cap ? r->cap * 2 : 2;
            r->e = xrealloc(r->e, r->cap * sizeof *r->e);
        }
        e = &r->e[r->n++];
        memset(e, 0, sizeof *e);
        e->cls = (uint8_t)cls;
        e->ts = step_no;
    }
    e->tot += (int64_t)(step_no - e->ts) * e->w;
    e->ts = step_no;
    e->w += delta;
}

static int decode(const uint8_t *set, const int32_t *scores) {
    int best = 0;
    if (set) {
        best = set[1];
        for (uint32_t k = 2; k <= set[0]; k++)
            if (scores[set[k]] > scores[best]) best = set[k];
    } else {
        for (int c = 1; c < n_classes; c++)
            if (scores[c] > scores[best]) best = c;
    }
    return best;
}

static size_t train_sentence(tsent *d) {
    int prev1 = -1, prev2 = -1;
    size_t errors = 0;
    uint64_t feats[TAG_MAX_FEATURES];
    int32_t scores[TAGGER_MAX_CLASSES];
    for (size_t i = 0; i < d->n; i++) {
        int best;
        if (d->sets[i] && d->sets[i][0] == 1) {
            best = d->sets[i][1];
        } else {
            step_no++;
            size_t nf = tag_features(d->w, d->n, i, prev1, prev2, feats);
            memset(scores, 0, sizeof scores);
            for (size_t k = 0; k < nf; k++) {
                frow *r = row_get(feats[k], 0);
                if (!r) continue;
                for (uint32_t j = 0; j < r->n; j++) scores[r->e[j].cls] += r->e[j].w;
            }
            best = decode(d->sets[i], scores);
            int gold = d->cls[i];
            if (best != gold) {
                errors++;
                for (size_t k = 0; k < nf; k++) {
                    update(feats[k], gold, 1);
                    update(feats[k], best, -1);
                }
            }
        }
        /* Greedy: the model's own predictions are the history, as at
         * inference time. */
        prev2 = prev1;
        prev1 = best;
    }
    return errors;
}

/* ---------------------------------------------------------- lemma tables */

typedef struct pool_t {
    char *p;
    size_t n, cap;
} pool_t;

static uint32_t pool_add(pool_t *pl, const char *s) {
    size_t l = strlen(s) + 1;
    if (pl->n + l > pl->cap) {
        pl->cap = (pl->n + l) * 2;
        pl->p = xrealloc(pl->p, pl->cap);
    }
    memcpy(pl->p + pl->n, s, l);
    pl->n += l;
    return (uint32_t)(pl->n - l);
}

typedef struct triple {
    const char *form, *lemma;
    int x;
} triple;

static int cmp_triple(const void *a, const void *b) {
    const triple *p = a, *q = b;
    int c = strcmp(p->form, q->form);
    if (c) return c;
    if (p->x != q->x) return p->x - q->x;
    return strcmp(p->lemma, q->lemma);
}

typedef struct rvote {
    int x, k;
    char suffix[LEMMA_MAX_SUFFIX + 1];
    int strip, lower;
    const char *append;
} rvote;

static int cmp_rvote_key(const rvote *p, const rvote *q) {
    if (p->x != q->x) return p->x - q->x;
    if (p->k != q->k) return p->k - q->k;
    return strcmp(p->suffix, q->suffix);
}

static int cmp_rvote(const void *a, const void *b) {
    const rvote *p = a, *q = b;
    int c = cmp_rvote_key(p, q);
    if (c) return c;
    if (p->strip != q->strip) return p->strip - q->strip;
    if (p->lower != q->lower) return p->lower - q->lower;
    return strcmp(p->append, q->append);
}

static int same_rule(const rvote *p, const rvote *q) {
    return p->strip == q->strip && p->lower == q->lower && !strcmp(p->append, q->append);
}

static lemma_exc_slot *exc_slots;
static uint32_t exc_bits;
static lemma_rule_slot *rule_slots;
static uint32_t rule_bits;

/* The best rule chosen for one (xpos, suffix); kept or not. */
typedef struct rchoice {
    rvote v;
    int support, kept;
} rchoice;

static int cmp_rchoice(const void *a, const void *b) {
    return cmp_rvote_key(&((const rchoice *)a)->v, &((const rchoice *)b)->v);
}

static void build_lemmas(const corpus *c, pool_t *pool) {
    size_t nt = 0;
    triple *t = xmalloc(c->words * sizeof *t);
    for (size_t k = 0; k < c->n; k++)
        for (size_t i = 0; i < c->s[k].n; i++) {
            if (strlen(c->s[k].forms[i]) >= TAG_MAX_WORD) continue;
            t[nt].form = c->s[k].forms[i];
            t[nt].lemma = c->s[k].lemmas[i];
            t[nt].x = xpos_id_of[c->s[k].cls[i]];
            nt++;
        }
    qsort(t, nt, sizeof *t, cmp_triple);
    /* Majority lemma of each (form, xpos). */
    triple *pairs = xmalloc(nt * sizeof *pairs);
    size_t np = 0;
    for (size_t i = 0; i < nt;) {
        size_t j = i, best_n = 0;
        const char *best = NULL;
        while (j < nt && !strcmp(t[j].form, t[i].form) && t[j].x == t[i].x) {
            size_t r = j;
            while (r < nt && !strcmp(t[r].form, t[j].form) && t[r].x == t[j].x &&
                   !strcmp(t[r].lemma, t[j].lemma))
                r++;
            if (r - j > best_n) { best_n = r - j; best = t[j].lemma; }
            j = r;
        }
        pairs[np].form = t[i].form;
        pairs[np].x = t[i].x;
        pairs[np].lemma = best;
        np++;
        i = j;
    }
    /* Suffix-rule votes, one per (form, xpos) type. */
    size_t nv = 0;
    rvote *v = xmalloc(np * (LEMMA_MAX_SUFFIX + 1) * sizeof *v);
    for (size_t i = 0; i < np; i++) {
        char low[TAG_MAX_WORD];
        size_t len = tag_lower(pairs[i].form, low, sizeof low);
        int strip, lower;
        const char *app;
        lemma_rule_derive(pairs[i].form, pairs[i].lemma, &strip, &lower, &app);
        for (size_t k = 0; k <= len && k <= LEMMA_MAX_SUFFIX; k++) {
            rvote *r = &v[nv++];
            r->x = pairs[i].x;
            r->k = (int)k;
            memcpy(r->suffix, low + len - k, k);
            r->suffix[k] = 0;
            r->strip = strip;
            r->lower = lower;
            r->append = app;
        }
    }
    qsort(v, nv, sizeof *v, cmp_rvote);
    rchoice *ch = xmalloc(nv * sizeof *ch);
    size_t nc = 0;
    for (size_t i = 0; i < nv;) {
        size_t j = i, best_n = 0, total = 0;
        const rvote *best = NULL;
        while (j < nv && !cmp_rvote_key(&v[j], &v[i])) {
            size_t r = j;
            while (r < nv && !cmp_rvote(&v[r], &v[j])) r++;
            if (r - j > best_n) { best_n = r - j; best = &v[j]; }
            total += r - j;
            j = r;
        }
        ch[nc].v = *best;
        ch[nc].support = (int)total;
        ch[nc].kept = 0;
        nc++;
        i = j;
    }
    /* ch is sorted by (xpos, k, suffix): parents (k-1) come before children.
     * Keep a choice when it has support and differs from the rule its
     * longest kept shorter suffix would give. */
    size_t kept = 0;
    for (size_t i = 0; i < nc; i++) {
        rchoice *r = &ch[i];
        if (r->v.k == 0) { r->kept = 1; kept++; continue; }
        if (r->support < RULE_MIN) continue;
        const rchoice *parent = NULL;
        for (int k = r->v.k - 1; k >= 0 && !parent; k--) {
            rchoice probe;
            probe.v = r->v;
            probe.v.k = k;
            memcpy(probe.v.suffix, r->v.suffix + (r->v.k - k), (size_t)k + 1);
            const rchoice *p = bsearch(&probe, ch, nc, sizeof *ch, cmp_rchoice);
            if (p && p->kept) parent = p;
        }
        if (parent && same_rule(&parent->v, &r->v)) continue;
        r->kept = 1;
        kept++;
    }
    rule_bits = pow2_at_least(kept * 2 + 2);
    rule_slots = xmalloc(((size_t)1 << rule_bits) * sizeof *rule_slots);
    uint32_t mask = (1u << rule_bits) - 1;
    for (size_t i = 0; i < nc; i++) {
        if (!ch[i].kept) continue;
        uint64_t key = lemma_rule_key((uint32_t)ch[i].v.x, ch[i].v.suffix, (size_t)ch[i].v.k);
        uint32_t s = (uint32_t)key & mask;
        while (rule_slots[s].key) s = (s + 1) & mask;
        rule_slots[s].key = key;
        rule_slots[s].strip = (uint8_t)ch[i].v.strip;
        rule_slots[s].lower = (uint8_t)ch[i].v.lower;
        rule_slots[s].append = pool_add(pool, ch[i].v.append);
    }
    /* Exceptions: lower-case forms first, so capitalised forms can rely on
     * the lower-case fallback when it gives the right lemma. */
    exc_bits = pow2_at_least(np * 2 + 2);
    exc_slots = xmalloc(((size_t)1 << exc_bits) * sizeof *exc_slots);
    uint32_t emask = (1u << exc_bits) - 1;
    size_t n_exc = 0;
    arena a;
    arena_init(&a);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < np; i++) {
            int upper = 0;
            for (const char *p = pairs[i].form; *p; p++) upper |= *p >= 'A' && *p <= 'Z';
            if (upper != pass) continue;
            lemma_tables lt = {exc_slots, emask, rule_slots, mask, pool->p};
            const char *got = lemmatize(&lt, pairs[i].form, (uint32_t)pairs[i].x, &a);
            if (got && !strcmp(got, pairs[i].lemma)) continue;
            uint64_t key = lemma_exc_key(pairs[i].form, (uint32_t)pairs[i].x);
            uint32_t s = (uint32_t)key & emask;
            while (exc_slots[s].key) s = (s + 1) & emask;
            exc_slots[s].key = key;
            exc_slots[s].lemma = pool_add(pool, pairs[i].lemma);
            n_exc++;
        }
    arena_free(&a);
    /* Shrink the exception table to its final size. */
    uint32_t fbits = pow2_at_least(n_exc * 2 + 2);
    lemma_exc_slot *fin = xmalloc(((size_t)1 << fbits) * sizeof *fin);
    uint32_t fmask = (1u << fbits) - 1;
    for (uint32_t s = 0; s <= emask; s++) {
        if (!exc_slots[s].key) continue;
        uint32_t d = (uint32_t)exc_slots[s].key & fmask;
        while (fin[d].key) d = (d + 1) & fmask;
        fin[d] = exc_slots[s];
    }
    free(exc_slots);
    exc_slots = fin;
    exc_bits = fbits;
    fprintf(stderr, "train_tagger: lemmas: %zu form types, %zu suffix rules, %zu exceptions\n",
            np, kept, n_exc);
    free(v);
    free(ch);
    free(pairs);
    free(t);
}

/* ---------------------------------------------------------- writing */

static corpus train_c;

typedef struct qrow {
    uint64_t key;
    uint32_t off, n;
} qrow;

static int write_model(const char *path, int32_t steps) {
    /* Averaged, quantised, pruned weights. */
    double maxabs = 0;
    for (size_t s = 0; s < rows_cap; s++)
        for (uint32_t k = 0; k < rows[s].n; k++) {
            const wentry *e = &rows[s].e[k];
            double avg = (double)(e->tot + (int64_t)(steps - e->ts) * e->w) / steps;
            if (fabs(avg) > maxabs) maxabs = fabs(avg);
        }
    if (maxabs == 0) maxabs = 1;
    fprintf(stderr, "train_tagger: largest averaged weight %.2f\n", maxabs);
    double scale = 32767.0 / maxabs;
    int16_t *wq = NULL;
    uint8_t *wc = NULL;
    size_t nw = 0, capw = 0, nq = 0;
    qrow *q = xmalloc((rows_n + 1) * sizeof *q);
    for (size_t s = 0; s < rows_cap; s++) {
        if (!rows[s].key) continue;
        size_t start = nw;
        for (uint32_t k = 0; k < rows[s].n && nw - start < 255; k++) {
            const wentry *e = &rows[s].e[k];
            double avg = (double)(e->tot + (int64_t)(steps - e->ts) * e->w) / steps;
            if (fabs(avg) < PRUNE) continue;
            long v = lround(avg * scale);
            if (v == 0) continue;
            if (nw == capw) {
                capw = capw ? capw * 2 : 1 << 16;
                wq = xrealloc(wq, capw * sizeof *wq);
                wc = xrealloc(wc, capw);
            }
            wq[nw] = (int16_t)v;
            wc[nw] = e->cls;
            nw++;
        }
        if (nw == start) continue;
        q[nq].key = rows[s].key;
        q[nq].off = (uint32_t)start;
        q[nq].n = (uint32_t)(nw - start);
        nq++;
    }
    if (nw >= (1u << 24)) die("too many weights");
    uint32_t feat_bits = pow2_at_least(nq * 3 / 2 + 2);
    tagger_feat_slot *fs = xmalloc(((size_t)1 << feat_bits) * sizeof *fs);
    uint32_t fmask = (1u << feat_bits) - 1;
    size_t dropped = 0;
    for (size_t i = 0; i < nq; i++) {
        uint32_t fp = tagger_feat_fp(q[i].key), s = (uint32_t)q[i].key & fmask;
        int dup = 0;
        while (fs[s].fp) {
            if (fs[s].fp == fp) { dup = 1; break; }
            s = (s + 1) & fmask;
        }
        if (dup) { dropped++; continue; }
        fs[s].fp = fp;
        fs[s].row = q[i].off << 8 | q[i].n;
    }

    pool_t pool = {0};
    pool_add(&pool, "");
    tagger_class *cl = xmalloc((size_t)n_classes * sizeof *cl);
    for (int i = 0; i < n_classes; i++) {
        cl[i].upos = pool_add(&pool, classes[i].upos);
        cl[i].xpos = pool_add(&pool, classes[i].xpos);
        cl[i].xpos_id = (uint32_t)xpos_id_of[i];
    }
    /* Lemma tables are built into the same pool. */
    build_lemmas(&train_c, &pool);

    tagger_header h = {(uint32_t)n_classes, lex_bits, feat_bits, exc_bits, rule_bits,
                       (uint32_t)nw, (uint32_t)pool.n, (uint32_t)tagset_size};
    dyad_error err;
    model_writer w;
    if (model_writer_open(&w, path, TAGGER_KIND, TAGGER_VERSION, 0, &err)) die(err.message);
    model_write(&w, &h, sizeof h);
    model_writer_align(&w, 4);
    model_write(&w, cl, (size_t)n_classes * sizeof *cl);
    model_writer_align(&w, 8);
    model_write(&w, lex_slots, ((size_t)1 << lex_bits) * sizeof *lex_slots);
    model_writer_align(&w, 4);
    model_write(&w, fs, ((size_t)1 << feat_bits) * sizeof *fs);
    model_writer_align(&w, 2);
    model_write(&w, wq, nw * sizeof *wq);
    model_write(&w, wc, nw);
    model_writer_align(&w, 8);
    model_write(&w, exc_slots, ((size_t)1 << exc_bits) * sizeof *exc_slots);
    model_writer_align(&w, 8);
    model_write(&w, rule_slots, ((size_t)1 << rule_bits) * sizeof *rule_slots);
    model_write(&w, pool.p, pool.n);
    model_write(&w, tagsets, tagset_size);
    if (model_writer_close(&w, &err)) die(err.message);
    fprintf(stderr,
            "train_tagger: wrote %s: %zu features (%zu dropped on fingerprint clash), %zu weights\n",
            path, nq, dropped, nw);
    free(fs);
    free(q);
    free(wq);
    free(wc);
    free(cl);
    free(pool.p);
    free(exc_slots);
    free(rule_slots);
    exc_slots = NULL;
    rule_slots = NULL;
    return 0;
}

/* ---------------------------------------------------------- evaluation */

static void evaluate(const char *model, const char *path, const char *genres) {
    dyad_error err;
    tagger *t;
    if (tagger_load(model, &t, &err)) die(err.message);
    corpus c = {0};
    read_corpus(path, genres, &c);
    arena a;
    arena_init(&a);
    size_t n = 0, up = 0, xp = 0, lem = 0;
    for (size_t k = 0; k < c.n; k++) {
        tsent *d = &c.s[k];
        const char **u = xmalloc(d->n * sizeof *u), **x = xmalloc(d->n * sizeof *x),
                   **l = xmalloc(d->n * sizeof *l);
        if (tagger_tag(t, d->n, (const char *const *)d->forms, u, x, l, NULL, &a)) die("out of memory");
        for (size_t i = 0; i < d->n; i++) {
            n++;
            up += !strcmp(u[i], d->upos[i]);
            xp += !strcmp(x[i], d->xpos[i]);
            lem += !strcmp(l[i], d->lemmas[i]);
        }
        free(u);
        free(x);
        free(l);
        arena_reset(&a);
    }
    arena_free(&a);
    tagger_free(t);
    printf("dev %s: %zu words: UPOS %.2f XPOS %.2f lemma %.2f\n", path, n, 100.0 * up / n,
           100.0 * xp / n, 100.0 * lem / n);
    fflush(stdout);
}

/* ---------------------------------------------------------- main */

int main(int argc, char **argv) {
    const char *out = NULL, *genres = NULL;
    const char *train[16], *dev[16];
    int n_train = 0, n_dev = 0, epochs = 5, eval_each = 0;
    unsigned long seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--eval-each")) { eval_each = 1; continue; }
        if (!val) die("option needs a value");
        i++;
        if (!strcmp(a, "--out")) out = val;
        else if (!strcmp(a, "--genres")) genres = val;
        else if (!strcmp(a, "--epochs")) epochs = atoi(val);
        else if (!strcmp(a, "--seed")) seed = strtoul(val, NULL, 10);
        else if (!strcmp(a, "--train") && n_train < 16) train[n_train++] = val;
        else if (!strcmp(a, "--dev") && n_dev < 16) dev[n_dev++] = val;
        else if (!strcmp(a, "--lex-min")) LEX_MIN = atoi(val);
        else if (!strcmp(a, "--restrict-min")) RESTRICT_MIN = atoi(val);
        else if (!strcmp(a, "--amb-share")) AMB_SHARE = atof(val);
        else if (!strcmp(a, "--prune")) PRUNE = atof(val);
        else if (!strcmp(a, "--rule-min")) RULE_MIN = atoi(val);
        else die("unknown option (see the comment at the top of train_tagger.c)");
    }
    if (!out || !n_train) die("usage: train_tagger --out FILE --train FILE... [--dev FILE...]");
    clock_t t0 = clock();
    for (int i = 0; i < n_train; i++) read_corpus(train[i], genres, &train_c);
    build_classes(&train_c);
    for (size_t k = 0; k < train_c.n; k++)
        for (size_t i = 0; i < train_c.s[k].n; i++)
            train_c.s[k].cls[i] = class_of(train_c.s[k].upos[i], train_c.s[k].xpos[i]);
    fprintf(stderr, "train_tagger: %zu sentences, %zu words, %d classes\n", train_c.n,
            train_c.words, n_classes);
    build_lexicon(&train_c);
    for (size_t k = 0; k < train_c.n; k++) prepare_sentence(&train_c.s[k]);

    size_t *order = xmalloc(train_c.n * sizeof *order);
    for (size_t i = 0; i < train_c.n; i++) order[i] = i;
    uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 1;
    for (int e = 0; e < epochs; e++) {
        for (size_t i = train_c.n; i > 1; i--) { /* Fisher-Yates, xorshift64 */
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            size_t j = rng % i, tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        size_t errors = 0;
        for (size_t i = 0; i < train_c.n; i++) errors += train_sentence(&train_c.s[order[i]]);
        fprintf(stderr, "train_tagger: epoch %d: %zu training errors (%.2f%%), %zu features, %.0fs\n",
                e + 1, errors, 100.0 * errors / train_c.words, rows_n,
                (double)(clock() - t0) / CLOCKS_PER_SEC);
        if (eval_each && e + 1 < epochs) {
            write_model(out, step_no);
            for (int d = 0; d < n_dev; d++) evaluate(out, dev[d], NULL);
        }
    }
    write_model(out, step_no);
    fprintf(stderr, "train_tagger: trained in %.0fs\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    for (int d = 0; d < n_dev; d++) evaluate(out, dev[d], NULL);
    return 0;
}
