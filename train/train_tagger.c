/* train_tagger — trains the POS tagger and lemmatizer (src/nlp/tagger.h).
 *
 *   train_tagger --out FILE [--epochs N] [--seed S] [--genres a,b,...]
 *                [--bag N] [--wordnet DIR] --train FILE... [--dev FILE...]
 *
 * --train/--dev may be repeated.  --genres keeps, from GUM-style files
 * (`# newdoc id = GUM_<genre>_...`), only documents of the listed genres;
 * other documents are always kept.  Deterministic: the same data, options
 * and seed give a byte-identical model.  Dev files are only evaluated, never
 * trained on.  --wordnet: a WordNet 3.0 database directory (Debian
 * wordnet-base: /usr/share/wordnet), stored in the model for unseen words
 * (tag_wordnet.h), with WN_PROPER for the words its synsets spell only
 * capitalised (--wn-proper 0: without).
 *
 * Steps: classes (joint UPOS+XPOS) -> lexicon (ambiguity classes, candidate
 * restriction; for training words taken from the other of --jackknife
 * folds) -> first-pass (right-to-left) tags of every training sentence from
 * models of the other --folds folds -> averaged perceptron for pass 1, then
 * for pass 2 (left to right, seeing those first-pass tags), greedy decoding
 * exactly as in tagger.c; each of the two trained --bag times with other
 * shuffles and the averaged weights summed -> quantise and prune -> lemma rules and
 * exceptions -> write ->
 * reload the written file and report dev accuracy.
 *
 * Tuning options (defaults chosen on EWT dev + GUM dev): --passes 1|2|3
 * (3: right-to-left first pass; see tagger.h),
 * --folds, --jackknife, --lex-min, --restrict-min, --amb-share, --prune,
 * --dense-min, --rule-min, --hide-max/--hide-p (word dropout, off),
 * --pass2-margin, --epochs, --bag. */
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
static int LEX_MIN = 2;          /* occurrences for a word to get an ambiguity class */
static int RESTRICT_MIN = 20;    /* occurrences for its candidates to be restricted */
static double AMB_SHARE = 0.005; /* share of a word's tokens for a class to count */
static double PRUNE = 0.9;       /* drop averaged weights below this (in perceptron units) */
static int RULE_MIN = 2;         /* types supporting a lemma suffix rule */
static int JACKKNIFE = 10;       /* folds for training-time lexicon lookups; 0 = off */
static int PASS2_MARGIN = 3000;  /* first-pass margin (quantised) below which pass 2 re-tags */
static int DENSE_MIN = 16;       /* weights for a feature to be stored densely */
static int HIDE_MAX = 1;         /* words this rare in training are hidden ... */
static double HIDE_P = 0;        /* ... with this probability per epoch */
static int WN_PROPER_ON = 1;     /* WordNet's capitalised-only words (WN_PROPER) */

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

static int cmp_str_ptr(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

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

/* ---------------------------------------------------------- WordNet */

static tag_wn_slot *wn_slots;
static uint32_t wn_bits;
static tag_wn wn_table;

/* Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc of a WordNet
 * 3.0 database directory (Debian: /usr/share/wordnet) into wn_slots. */
static void load_wordnet(const char *dir) {
    static const char *const pos_name[4] = {"noun", "verb", "adj", "adv"};
    strmap m = {0};
    uint32_t *masks = NULL;
    size_t n = 0;
    for (int p = 0; p < 4; p++)
        for (int exc = 0; exc < 2; exc++) {
            char path[4096];
            snprintf(path, sizeof path, exc ? "%s/%s.exc" : "%s/index.%s", dir, pos_name[p]);
            FILE *f = fopen(path, "r");
            if (!f) die("--wordnet: cannot open index.* / *.exc there");
            char line[8192];
            while (fgets(line, sizeof line, f)) {
                if (line[0] == ' ' || line[0] == '\n') continue; /* licence header */
                char *sp = strchr(line, ' ');
                if (!sp) continue;
                *sp = 0;
                if (strchr(line, '_') || strlen(line) >= TAG_MAX_WORD) continue; /* phrases */
                int *v = strmap_get(&m, line, 1);
                if (*v < 0) {
                    masks = xrealloc(masks, (n + 1) * sizeof *masks);
                    masks[n] = 0;
                    *v = (int)n++;
                }
                masks[*v] |= 1u << p;
            }
            fclose(f);
        }
    /* Words that WordNet's synsets spell only capitalised ("Punjab"):
     * names, a hint for PROPN even when written in lower case. */
    if (WN_PROPER_ON) {
        uint8_t *cap = xmalloc(n ? n : 1);  /* 1: seen capitalised, 2: seen lower case */
        for (int p = 0; p < 4; p++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/data.%s", dir, pos_name[p]);
            FILE *f = fopen(path, "r");
            if (!f) die("--wordnet: cannot open data.* there");
            char line[65536];
            while (fgets(line, sizeof line, f)) {
                if (line[0] == ' ') continue; /* licence header */
                /* offset lex_filenum ss_type w_cnt(hex) word lex_id ... */
                char *tok[4], *save = NULL, *q = strtok_r(line, " ", &save);
                int nt = 0;
                while (q && nt < 4) { tok[nt++] = q; q = strtok_r(NULL, " ", &save); }
                if (nt < 4) continue;
                long cnt = strtol(tok[3], NULL, 16);
                for (long k = 0; k < cnt && q; k++) {
                    char *word = q;
                    q = strtok_r(NULL, " ", &save); /* lex_id */
                    if (q) q = strtok_r(NULL, " ", &save);
                    char *paren = strchr(word, '(');  /* adjective markers: "(a)" */
                    if (paren) *paren = 0;
                    if (strchr(word, '_') || strlen(word) >= TAG_MAX_WORD) continue;
                    char low[TAG_MAX_WORD];
                    tag_lower(word, low, sizeof low);
                    int *v = strmap_get(&m, low, 0);
                    if (!v) continue;
                    cap[*v] |= word[0] >= 'A' && word[0] <= 'Z' ? 1 : 2;
                }
            }
            fclose(f);
        }
        size_t np = 0;
        for (size_t i = 0; i < n; i++)
            if (cap[i] == 1) { masks[i] |= WN_PROPER; np++; }
        fprintf(stderr, "train_tagger: WordNet: %zu words capitalised only\n", np);
        free(cap);
    }
    wn_bits = pow2_at_least(n * 2 + 2);
    wn_slots = xmalloc(((size_t)1 << wn_bits) * sizeof *wn_slots);
    uint32_t mask = (1u << wn_bits) - 1;
    /* Insert in a fixed order (sorted) so the file is deterministic. */
    char **keys = xmalloc(n * sizeof *keys);
    size_t k = 0;
    for (size_t s = 0; s < m.cap; s++)
        if (m.keys[s]) keys[k++] = m.keys[s];
    qsort(keys, k, sizeof *keys, cmp_str_ptr);
    for (size_t i = 0; i < k; i++) {
        uint64_t key = tag_wn_key(keys[i], strlen(keys[i]));
        uint32_t fp = (uint32_t)(key >> 32) | 1, s = (uint32_t)key & mask;
        while (wn_slots[s].fp && wn_slots[s].fp != fp) s = (s + 1) & mask;
        wn_slots[s].fp = fp;
        wn_slots[s].pos |= masks[*strmap_get(&m, keys[i], 0)];
    }
    wn_table.slots = wn_slots;
    wn_table.mask = mask;
    fprintf(stderr, "train_tagger: WordNet: %zu words from %s\n", n, dir);
    free(keys);
    free(masks);
}

/* ---------------------------------------------------------- corpus */

typedef struct tsent {
    size_t n;
    char **forms, **lemmas, **upos, **xpos;
    int *cls;
    int *freq;                /* training count of each form */
    int *set_off;             /* jackknife: offset into jk_sets, -1 = none */
    uint8_t *first;           /* first-pass classes from a model of the other folds */
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
            tag_word tw;
            tag_word_init(&tw, f);
            lex_count("E", f, tw.key_exact, c->s[k].cls[i]);
            lex_count("L", low, tw.key_lower, c->s[k].cls[i]);
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
    d->freq = xmalloc(d->n * sizeof *d->freq);
    for (size_t i = 0; i < d->n; i++) {
        char key[TAG_MAX_WORD + 4];
        snprintf(key, sizeof key, "E\t%s", d->forms[i]);
        int *v = strmap_get(&lex_map, key, 0);
        d->freq[i] = v ? (int)lexe[*v].total : 0;
    }
    d->w = xmalloc(d->n * sizeof *d->w);
    d->sets = xmalloc(d->n * sizeof *d->sets);
    for (size_t i = 0; i < d->n; i++) {
        tag_word_init(&d->w[i], d->forms[i]);
        tag_word_affixes(&d->w[i], d->forms[i]); /* for word dropout too */
        tag_word_wordnet(&d->w[i], d->forms[i], &wn_table);
        const tagger_lex_slot *l = lex_find(d->w[i].key_exact);
        const tagger_lex_slot *lo = lex_find(d->w[i].key_lower);
        if (!l) l = lo;
        if (!d->w[i].form) lo = NULL;
        d->w[i].amb_lower = lo ? lo->amb : 0;
        d->w[i].amb = l ? l->amb : tag_unknown_amb(&d->w[i]);
        d->w[i].known = l != NULL;
        d->sets[i] = l && tagsets[l->tagset] ? tagsets + l->tagset : NULL;
    }
}

/* Jackknifing: a training word's ambiguity class, candidate set and
 * "known" flag come from a lexicon of the other folds, so that training sees
 * them as tagging does for new text: otherwise every training word's
 * ambiguity class contains its gold tag and rare words are never unknown. */
static uint8_t *jk_sets;
static size_t jk_size;
static strmap jk_seen;

static int jk_add_set(const uint8_t *set, size_t n) {
    char key[TAGGER_MAX_CLASSES * 4 + 8];
    size_t kl = (size_t)snprintf(key, sizeof key, "%zu", n);
    for (size_t i = 0; i < n; i++) kl += (size_t)snprintf(key + kl, sizeof key - kl, ",%d", set[i]);
    int *v = strmap_get(&jk_seen, key, 1);
    if (*v >= 0) return *v;
    jk_sets = xrealloc(jk_sets, jk_size + n + 1);
    *v = (int)jk_size;
    jk_sets[jk_size++] = (uint8_t)n;
    memcpy(jk_sets + jk_size, set, n);
    jk_size += n;
    return *v;
}

static int lex_index(const char *prefix, const char *s) {
    char buf[TAG_MAX_WORD + 4];
    snprintf(buf, sizeof buf, "%s\t%s", prefix, s);
    int *v = strmap_get(&lex_map, buf, 0);
    return v ? *v : -1;
}

static void jackknife(corpus *c) {
    int **fc = xmalloc(n_lexe * sizeof *fc);
    long *ftot = xmalloc(n_lexe * sizeof *ftot);
    int *touched = xmalloc(n_lexe * sizeof *touched);
    for (int f = 0; f < JACKKNIFE; f++) {
        size_t nt = 0;
        for (size_t k = (size_t)f; k < c->n; k += (size_t)JACKKNIFE)
            for (size_t i = 0; i < c->s[k].n; i++) {
                char low[TAG_MAX_WORD];
                tag_lower(c->s[k].forms[i], low, sizeof low);
                int e[2] = {lex_index("E", c->s[k].forms[i]), lex_index("L", low)};
                for (int j = 0; j < 2; j++) {
                    if (e[j] < 0) die("jackknife: word missing from the lexicon");
                    if (!fc[e[j]]) {
                        fc[e[j]] = xmalloc((size_t)n_classes * sizeof(int));
                        touched[nt++] = e[j];
                    }
                    fc[e[j]][c->s[k].cls[i]]++;
                    ftot[e[j]]++;
                }
            }
        for (size_t k = (size_t)f; k < c->n; k += (size_t)JACKKNIFE) {
            tsent *d = &c->s[k];
            d->set_off = xmalloc(d->n * sizeof *d->set_off);
            for (size_t i = 0; i < d->n; i++) {
                char low[TAG_MAX_WORD];
                tag_lower(d->forms[i], low, sizeof low);
                int e[2] = {lex_index("E", d->forms[i]), lex_index("L", low)};
                /* As tagger.c: the exact form, then (capitalised words
                 * only) the lower-case form. */
                int has_upper = d->w[i].form != 0, found = 0;
                d->set_off[i] = -1;
                d->w[i].amb_lower = 0;
                for (int j = 0; j < 2; j++) {
                    long total = lexe[e[j]].total - ftot[e[j]];
                    if (total < LEX_MIN) continue;
                    uint8_t set[TAGGER_MAX_CLASSES];
                    size_t n = 0;
                    for (int cl = 0; cl < n_classes; cl++) {
                        int cnt = lexe[e[j]].counts[cl] - fc[e[j]][cl];
                        if (cnt > 0 && cnt >= AMB_SHARE * (double)total) set[n++] = (uint8_t)cl;
                    }
                    uint64_t amb = hash_bytes(set, n, 77);
                    if (j == 1 && has_upper) d->w[i].amb_lower = amb;
                    if (found) continue;
                    d->w[i].amb = amb;
                    d->w[i].known = 1;
                    if (total >= RESTRICT_MIN) d->set_off[i] = jk_add_set(set, n);
                    found = 1;
                }
                if (!found) {
                    d->w[i].amb = tag_unknown_amb(&d->w[i]);
                    d->w[i].known = 0;
                }
            }
        }
        for (size_t t = 0; t < nt; t++) {
            free(fc[touched[t]]);
            fc[touched[t]] = NULL;
            ftot[touched[t]] = 0;
        }
    }
    for (size_t k = 0; k < c->n; k++)
        for (size_t i = 0; i < c->s[k].n; i++)
            c->s[k].sets[i] = c->s[k].set_off[i] >= 0 ? jk_sets + c->s[k].set_off[i] : NULL;
    free(fc);
    free(ftot);
    free(touched);
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

static uint64_t rng_next(uint64_t *r) {
    *r ^= *r << 13;
    *r ^= *r >> 7;
    *r ^= *r << 17;
    return *r;
}

static size_t train_sentence(tsent *d, const uint8_t *first, uint64_t *rng) {
    /* Word dropout (tag_features.h): rare words are shown as unseen. */
    tag_word saved[512];
    const uint8_t *saved_sets[512];
    size_t nsave = d->n < 512 ? d->n : 512;
    memcpy(saved, d->w, nsave * sizeof *saved);
    memcpy(saved_sets, d->sets, nsave * sizeof *saved_sets);
    for (size_t i = 0; i < nsave; i++)
        if (d->freq[i] <= HIDE_MAX && (double)(rng_next(rng) >> 11) / 9007199254740992.0 < HIDE_P) {
            d->w[i].form = d->w[i].lower = 0;
            d->w[i].amb = tag_unknown_amb(&d->w[i]);
            d->w[i].known = 0;
            d->sets[i] = NULL;
        }
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
            size_t nf = tag_features(d->w, d->n, i, prev1, prev2, first, feats);
            memset(scores, 0, sizeof scores);
            for (size_t k = 0; k < nf; k++) {
                frow *r = row_get(feats[k], 0);
                if (!r) continue;
                for (uint32_t j = 0; j < r->n; j++) scores[r->e[j].cls] += r->e[j].w;
            }
            best = decode(d->sets[i], scores);
            int gold = d->cls[i];
            /* A gold class outside the word's candidates cannot be learned;
             * updating would only push down whichever candidate won. */
            int reachable = 1;
            if (d->sets[i]) {
                reachable = 0;
                for (uint32_t k = 1; k <= d->sets[i][0]; k++) reachable |= d->sets[i][k] == gold;
            }
            if (best != gold) errors++;
            if (best != gold && reachable) {
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
    memcpy(d->w, saved, nsave * sizeof *saved);
    memcpy(d->sets, saved_sets, nsave * sizeof *saved_sets);
    return errors;
}

/* Reverses a sentence in place (for the right-to-left first pass). */
static void reverse_sentence(tsent *d) {
    for (size_t i = 0, j = d->n ? d->n - 1 : 0; i < j; i++, j--) {
        tag_word tw = d->w[i]; d->w[i] = d->w[j]; d->w[j] = tw;
        const uint8_t *st = d->sets[i]; d->sets[i] = d->sets[j]; d->sets[j] = st;
        int c = d->cls[i]; d->cls[i] = d->cls[j]; d->cls[j] = c;
        int f = d->freq[i]; d->freq[i] = d->freq[j]; d->freq[j] = f;
    }
}

static void reverse_corpus(corpus *c) {
    for (size_t k = 0; k < c->n; k++) reverse_sentence(&c->s[k]);
}

static void reset_rows(void) {
    for (size_t s = 0; s < rows_cap; s++) free(rows[s].e);
    free(rows);
    rows = NULL;
    rows_cap = rows_n = 0;
    step_no = 0;
}

/* Greedy decoding with the averaged weights (for held-out folds). */
static void decode_avg(const tsent *d, const uint8_t *first, uint8_t *out) {
    int prev1 = -1, prev2 = -1;
    uint64_t feats[TAG_MAX_FEATURES];
    double scores[TAGGER_MAX_CLASSES];
    for (size_t i = 0; i < d->n; i++) {
        int best;
        const uint8_t *set = d->sets[i];
        if (set && set[0] == 1) {
            best = set[1];
        } else {
            size_t nf = tag_features(d->w, d->n, i, prev1, prev2, first, feats);
            for (int c = 0; c < n_classes; c++) scores[c] = 0;
            for (size_t k = 0; k < nf; k++) {
                frow *r = row_get(feats[k], 0);
                if (!r) continue;
                for (uint32_t j = 0; j < r->n; j++) {
                    const wentry *e = &r->e[j];
                    scores[e->cls] += (double)(e->tot + (int64_t)(step_no - e->ts) * e->w);
                }
            }
            best = set ? set[1] : 0;
            if (set) {
                for (uint32_t k = 2; k <= set[0]; k++)
                    if (scores[set[k]] > scores[best]) best = set[k];
            } else {
                for (int c = 1; c < n_classes; c++)
                    if (scores[c] > scores[best]) best = c;
            }
        }
        out[i] = (uint8_t)best;
        prev2 = prev1;
        prev1 = best;
    }
}

/* Trains the current rows on the sentences not in fold `skip` (of `folds`;
 * skip -1: all), for the first pass (pass2 0) or the second. */
static void train_epochs(corpus *c, int epochs, int folds, int skip, int pass2, uint64_t *rng,
                         clock_t t0) {
    size_t *order = xmalloc(c->n * sizeof *order), n = 0, words = 0;
    for (size_t i = 0; i < c->n; i++)
        if (skip < 0 || (int)(i % (size_t)folds) != skip) {
            order[n++] = i;
            words += c->s[i].n;
        }
    for (int e = 0; e < epochs; e++) {
        for (size_t i = n; i > 1; i--) { /* Fisher-Yates, xorshift64 */
            size_t j = rng_next(rng) % i, tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        size_t errors = 0;
        for (size_t i = 0; i < n; i++) {
            tsent *d = &c->s[order[i]];
            errors += train_sentence(d, pass2 ? d->first : NULL, rng);
        }
        if (skip < 0 || e + 1 == epochs)
            fprintf(stderr, "train_tagger: pass %d%s epoch %d: %.2f%% training errors, %zu features, %.0fs\n",
                    pass2 + 1, skip < 0 ? "" : " (fold)", e + 1, 100.0 * errors / words, rows_n,
                    (double)(clock() - t0) / CLOCKS_PER_SEC);
    }
    free(order);
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

/* WordNet's irregular forms ({verb,noun,adj}.exc: "withheld withhold",
 * "mice mouse") as (form, xpos, lemma) triples for the xpos tags they take
 * (verbs VBD and VBN, nouns NNS, adjectives JJR and JJS); NULL dir, none.
 * Only forms the training data never shows with that tag become
 * exceptions (build_lemmas): the suffix rules learn from the treebanks
 * alone, and "withheld" no longer lemmatises as "withhell". */
static const char *wordnet_dir;

static triple *wordnet_irregulars(size_t *n_out) {
    *n_out = 0;
    if (!wordnet_dir) return NULL;
    static const struct { const char *pos; const char *xpos[2]; } kinds[] = {
        {"verb", {"VBD", "VBN"}}, {"noun", {"NNS", NULL}}, {"adj", {"JJR", "JJS"}}};
    triple *out = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        int xid[2] = {-1, -1};
        for (int j = 0; j < 2; j++)
            for (int i = 0; i < n_classes && kinds[k].xpos[j] && xid[j] < 0; i++)
                if (!strcmp(classes[i].xpos, kinds[k].xpos[j])) xid[j] = xpos_id_of[i];
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.exc", wordnet_dir, kinds[k].pos);
        FILE *f = fopen(path, "r");
        if (!f) die("--wordnet: cannot open *.exc there");
        char line[1024];
        while (fgets(line, sizeof line, f)) {
            char form[TAG_MAX_WORD], lemma[TAG_MAX_WORD];
            if (sscanf(line, "%63s %63s", form, lemma) != 2 || strchr(form, '_') || strchr(lemma, '_') ||
                strlen(form) >= TAG_MAX_WORD - 1 || strlen(lemma) >= TAG_MAX_WORD - 1)
                continue;
            for (int j = 0; j < 2; j++) {
                if (xid[j] < 0) continue;
                if (n == cap) out = xrealloc(out, (cap = cap ? cap * 2 : 1024) * sizeof *out);
                out[n].form = xstrdup(form);
                out[n].lemma = xstrdup(lemma);
                out[n].x = xid[j];
                n++;
            }
        }
        fclose(f);
    }
    *n_out = n;
    return out;
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
    /* Lookup walks from short to long suffixes (lemmatizer.h): every
     * shorter suffix of a kept one must be present, as a step entry. */
    size_t steps = 0;
    for (size_t i = nc; i-- > 0;) {
        if (ch[i].kept != 1) continue;
        for (int k = ch[i].v.k - 1; k >= 0; k--) {
            rchoice probe;
            probe.v = ch[i].v;
            probe.v.k = k;
            memcpy(probe.v.suffix, ch[i].v.suffix + (ch[i].v.k - k), (size_t)k + 1);
            rchoice *p = bsearch(&probe, ch, nc, sizeof *ch, cmp_rchoice);
            if (!p) die("lemma rule without its shorter suffix");
            if (p->kept) break; /* it has its own ancestors already */
            p->kept = 2;
            steps++;
        }
    }
    kept += steps;
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
        rule_slots[s].lower = ch[i].kept == 2 ? 2 : (uint8_t)ch[i].v.lower;
        rule_slots[s].append = pool_add(pool, ch[i].v.append);
    }
    /* Exceptions: lower-case forms first, so capitalised forms can rely on
     * the lower-case fallback when it gives the right lemma. */
    size_t n_wn = 0;
    triple *wn = wordnet_irregulars(&n_wn);
    exc_bits = pow2_at_least((np + n_wn) * 2 + 2);
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
    /* WordNet's irregular forms the treebanks never show with that tag
     * (pairs is sorted by form, then xpos) */
    size_t n_wn_exc = 0;
    for (size_t i = 0; i < n_wn; i++) {
        size_t lo = 0, hi = np;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int d = strcmp(pairs[mid].form, wn[i].form);
            if (!d) d = pairs[mid].x - wn[i].x;
            if (d < 0) lo = mid + 1;
            else hi = mid;
        }
        if (lo < np && !strcmp(pairs[lo].form, wn[i].form) && pairs[lo].x == wn[i].x) continue;
        lemma_tables lt = {exc_slots, emask, rule_slots, mask, pool->p};
        const char *got = lemmatize(&lt, wn[i].form, (uint32_t)wn[i].x, &a);
        if (got && !strcmp(got, wn[i].lemma)) continue;
        uint64_t key = lemma_exc_key(wn[i].form, (uint32_t)wn[i].x);
        uint32_t s = (uint32_t)key & emask;
        while (exc_slots[s].key && exc_slots[s].key != key) s = (s + 1) & emask;
        if (exc_slots[s].key) continue; /* (a form listed twice: the first lemma) */
        exc_slots[s].key = key;
        exc_slots[s].lemma = pool_add(pool, wn[i].lemma);
        n_exc++;
        n_wn_exc++;
    }
    for (size_t i = 0; i < n_wn; i++) {
        free((char *)wn[i].form);
        free((char *)wn[i].lemma);
    }
    free(wn);
    if (n_wn) fprintf(stderr, "train_tagger: lemmas: %zu WordNet irregular forms unseen in training\n", n_wn_exc);
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
    fprintf(stderr, "train_tagger: lemmas: %zu form types, %zu suffix rules (%zu steps), %zu exceptions\n",
            np, kept, steps, n_exc);
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

/* The weights of every pass, collected before writing. */
static int16_t *wq;
static uint8_t *wc;
static size_t nw, capw, nq, capq, n_dense;
static qrow *q;

/* Bagging: the averaged weights of several runs (different shuffles) are
 * summed here before quantising, which steadies the model. */
typedef struct arow {
    uint64_t key;
    uint8_t *cls;
    double *val;
    uint32_t n, cap;
} arow;

static arow *acc;
static size_t acc_cap, acc_n;

static arow *acc_get(uint64_t key) {
    if ((acc_n + 1) * 2 > acc_cap) {
        arow *old = acc;
        size_t oc = acc_cap;
        acc_cap = oc ? oc * 2 : (1u << 16);
        acc = xmalloc(acc_cap * sizeof *acc);
        for (size_t s = 0; s < oc; s++)
            if (old[s].key) {
                size_t t = old[s].key & (acc_cap - 1);
                while (acc[t].key) t = (t + 1) & (acc_cap - 1);
                acc[t] = old[s];
            }
        free(old);
    }
    size_t mask = acc_cap - 1;
    for (size_t s = key & mask;; s = (s + 1) & mask) {
        if (acc[s].key == key) return &acc[s];
        if (!acc[s].key) {
            acc[s].key = key;
            acc_n++;
            return &acc[s];
        }
    }
}

/* Adds the current rows' averaged weights to acc. */
static void acc_add(int32_t steps) {
    for (size_t s = 0; s < rows_cap; s++) {
        if (!rows[s].key) continue;
        arow *a = NULL;
        for (uint32_t k = 0; k < rows[s].n; k++) {
            const wentry *e = &rows[s].e[k];
            double avg = (double)(e->tot + (int64_t)(steps - e->ts) * e->w) / steps;
            if (avg == 0) continue;
            if (!a) a = acc_get(rows[s].key);
            uint32_t j = 0;
            while (j < a->n && a->cls[j] != e->cls) j++;
            if (j == a->n) {
                if (a->n == a->cap) {
                    a->cap = a->cap ? a->cap * 2 : 4;
                    a->cls = xrealloc(a->cls, a->cap);
                    a->val = xrealloc(a->val, a->cap * sizeof *a->val);
                }
                a->cls[j] = e->cls;
                a->val[j] = 0;
                a->n++;
            }
            a->val[j] += avg;
        }
    }
}

static void acc_reset(void) {
    for (size_t s = 0; s < acc_cap; s++) {
        free(acc[s].cls);
        free(acc[s].val);
    }
    free(acc);
    acc = NULL;
    acc_cap = acc_n = 0;
}

/* Appends acc's weights (the mean of `runs` runs), quantised and pruned. */
static void collect_rows(int runs) {
    double maxabs = 0;
    for (size_t s = 0; s < acc_cap; s++)
        for (uint32_t k = 0; k < acc[s].n; k++) {
            double avg = acc[s].val[k] / runs;
            if (fabs(avg) > maxabs) maxabs = fabs(avg);
        }
    if (maxabs == 0) maxabs = 1;
    /* Each pass has its own scale: only the order of a pass's scores counts. */
    double scale = 32767.0 / maxabs;
    if (nq + acc_n + 1 > capq) {
        capq = nq + acc_n + 1;
        q = xrealloc(q, capq * sizeof *q);
    }
    for (size_t s = 0; s < acc_cap; s++) {
        if (!acc[s].key) continue;
        int16_t v[TAGGER_DENSE_STRIDE(TAGGER_MAX_CLASSES)];
        uint32_t kept = 0;
        memset(v, 0, sizeof v);
        for (uint32_t k = 0; k < acc[s].n; k++) {
            double avg = acc[s].val[k] / runs;
            if (fabs(avg) < PRUNE) continue;
            long qv = lround(avg * scale);
            if (qv == 0) continue;
            v[acc[s].cls[k]] = (int16_t)qv;
            kept++;
        }
        if (!kept) continue;
        int dense = kept >= (uint32_t)DENSE_MIN;
        size_t need = dense ? TAGGER_DENSE_STRIDE((size_t)n_classes) : kept;
        while (nw + need > capw) {
            capw = capw ? capw * 2 : 1 << 16;
            wq = xrealloc(wq, capw * sizeof *wq);
            wc = xrealloc(wc, capw);
        }
        q[nq].key = acc[s].key;
        q[nq].off = (uint32_t)nw;
        q[nq].n = dense ? 0 : kept;
        nq++;
        n_dense += dense;
        int span = dense ? (int)need : n_classes;
        for (int c = 0; c < span; c++) {
            if (!dense && !v[c]) continue;
            wq[nw] = c < n_classes ? v[c] : 0; /* padding */
            wc[nw] = c < n_classes ? (uint8_t)c : 0;
            nw++;
        }
    }
    acc_reset();
}

static int write_model(const char *path, uint32_t passes) {
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
                       (uint32_t)nw, (uint32_t)pool.n, (uint32_t)tagset_size, passes,
                       (uint32_t)PASS2_MARGIN, wn_bits};
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
    if (wn_bits) {
        model_writer_align(&w, 4);
        model_write(&w, wn_slots, ((size_t)1 << wn_bits) * sizeof *wn_slots);
    }
    if (model_writer_close(&w, &err)) die(err.message);
    fprintf(stderr,
            "train_tagger: wrote %s: %zu features (%zu dense; %zu dropped on fingerprint clash), %zu weights\n",
            path, nq, n_dense, dropped, nw);
    free(fs);
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
    size_t n = 0, up = 0, xp = 0, lem = 0, unk = 0, unk_up = 0;
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
            char key[TAG_MAX_WORD + 4];
            snprintf(key, sizeof key, "E\t%s", d->forms[i]);
            if (!strmap_get(&lex_map, key, 0)) {
                unk++;
                unk_up += !strcmp(u[i], d->upos[i]);
            }
        }
        free(u);
        free(x);
        free(l);
        arena_reset(&a);
    }
    arena_free(&a);
    tagger_free(t);
    printf("dev %s: %zu words: UPOS %.2f XPOS %.2f lemma %.2f (unseen words %.1f%%: UPOS %.2f)\n",
           path, n, 100.0 * up / n, 100.0 * xp / n, 100.0 * lem / n, 100.0 * unk / n,
           unk ? 100.0 * unk_up / unk : 0);
    fflush(stdout);
}

/* ---------------------------------------------------------- main */

int main(int argc, char **argv) {
    const char *out = NULL, *genres = NULL, *wordnet = NULL;
    const char *train[16], *dev[16];
    int n_train = 0, n_dev = 0, epochs = 8, passes = 3, folds = 5, bag = 3;
    unsigned long seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!val) die("option needs a value");
        i++;
        if (!strcmp(a, "--out")) out = val;
        else if (!strcmp(a, "--genres")) genres = val;
        else if (!strcmp(a, "--wordnet")) wordnet = wordnet_dir = val;
        else if (!strcmp(a, "--epochs")) epochs = atoi(val);
        else if (!strcmp(a, "--seed")) seed = strtoul(val, NULL, 10);
        else if (!strcmp(a, "--train") && n_train < 16) train[n_train++] = val;
        else if (!strcmp(a, "--dev") && n_dev < 16) dev[n_dev++] = val;
        else if (!strcmp(a, "--lex-min")) LEX_MIN = atoi(val);
        else if (!strcmp(a, "--restrict-min")) RESTRICT_MIN = atoi(val);
        else if (!strcmp(a, "--amb-share")) AMB_SHARE = atof(val);
        else if (!strcmp(a, "--prune")) PRUNE = atof(val);
        else if (!strcmp(a, "--rule-min")) RULE_MIN = atoi(val);
        else if (!strcmp(a, "--hide-max")) HIDE_MAX = atoi(val);
        else if (!strcmp(a, "--dense-min")) DENSE_MIN = atoi(val);
        else if (!strcmp(a, "--jackknife")) JACKKNIFE = atoi(val);
        else if (!strcmp(a, "--passes")) passes = atoi(val);
        else if (!strcmp(a, "--pass2-margin")) PASS2_MARGIN = atoi(val);
        else if (!strcmp(a, "--folds")) folds = atoi(val);
        else if (!strcmp(a, "--bag")) bag = atoi(val);
        else if (!strcmp(a, "--wn-proper")) WN_PROPER_ON = atoi(val);
        else if (!strcmp(a, "--hide-p")) HIDE_P = atof(val);
        else die("unknown option (see the comment at the top of train_tagger.c)");
    }
    if (!out || !n_train) die("usage: train_tagger --out FILE --train FILE... [--dev FILE...]");
    if (bag < 1) die("--bag is at least 1");
    if (passes < 1 || passes > 3 || folds < 2) die("--passes is 1, 2 or 3, --folds at least 2");
    clock_t t0 = clock();
    for (int i = 0; i < n_train; i++) read_corpus(train[i], genres, &train_c);
    build_classes(&train_c);
    for (size_t k = 0; k < train_c.n; k++)
        for (size_t i = 0; i < train_c.s[k].n; i++)
            train_c.s[k].cls[i] = class_of(train_c.s[k].upos[i], train_c.s[k].xpos[i]);
    fprintf(stderr, "train_tagger: %zu sentences, %zu words, %d classes\n", train_c.n,
            train_c.words, n_classes);
    build_lexicon(&train_c);
    if (wordnet) load_wordnet(wordnet);
    for (size_t k = 0; k < train_c.n; k++) prepare_sentence(&train_c.s[k]);
    if (JACKKNIFE > 1) jackknife(&train_c);

    uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 1;
    int r2l = passes == 3;
    if (passes > 1) {
        /* First-pass tags for the second pass to learn from, each fold
         * tagged by a model trained on the other folds, so they are as
         * wrong as on new text. */
        size_t right = 0;
        if (r2l) reverse_corpus(&train_c);
        for (int f = 0; f < folds; f++) {
            reset_rows();
            train_epochs(&train_c, epochs, folds, f, 0, &rng, t0);
            for (size_t k = (size_t)f; k < train_c.n; k += (size_t)folds) {
                tsent *d = &train_c.s[k];
                uint8_t *tmp = xmalloc(d->n + 1);
                decode_avg(d, NULL, tmp);
                d->first = xmalloc(d->n + 1);
                for (size_t i = 0; i < d->n; i++) {
                    d->first[i] = r2l ? tmp[d->n - 1 - i] : tmp[i];
                    right += tmp[i] == d->cls[i];
                }
                free(tmp);
            }
        }
        if (r2l) reverse_corpus(&train_c);
        fprintf(stderr, "train_tagger: first pass on held-out folds: %.2f%% right\n",
                100.0 * right / train_c.words);
    }
    if (r2l) reverse_corpus(&train_c);
    for (int b = 0; b < bag; b++) {
        reset_rows();
        train_epochs(&train_c, epochs, 1, -1, 0, &rng, t0);
        acc_add(step_no);
    }
    if (r2l) reverse_corpus(&train_c);
    collect_rows(bag);
    if (passes > 1) {
        for (int b = 0; b < bag; b++) {
            reset_rows();
            train_epochs(&train_c, epochs, 1, -1, 1, &rng, t0);
            acc_add(step_no);
        }
        collect_rows(bag);
    }
    reset_rows();
    write_model(out, (uint32_t)passes);
    fprintf(stderr, "train_tagger: trained in %.0fs\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    for (int d = 0; d < n_dev; d++) evaluate(out, dev[d], NULL);
    return 0;
}
