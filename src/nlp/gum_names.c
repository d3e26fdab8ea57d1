#include "nlp/gum_names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

typedef struct mention {
    int start, end;   /* word indices, inclusive; end -1 while open */
    long id;
    int type;         /* enum dyad_entity_type, or -1 = dropped */
    uint64_t minspan; /* bit k: word start + k is in GUM's minimal span
                       * (positions past 64 are not kept) */
} mention;

typedef struct mention_list {
    mention *v;
    size_t n, cap;
} mention_list;

static int push(mention_list *l, mention m) {
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        mention *p = realloc(l->v, cap * sizeof *p);
        if (!p) return -1;
        l->v = p;
        l->cap = cap;
    }
    l->v[l->n++] = m;
    return 0;
}

static int map_type(const char *t, size_t n) {
#define IS(s) (n == sizeof(s) - 1 && !memcmp(t, s, n))
    if (IS("person")) return DYAD_ENTITY_PERSON;
    if (IS("organization")) return DYAD_ENTITY_ORGANIZATION;
    if (IS("place")) return DYAD_ENTITY_PLACE;
    if (IS("time")) return -1;
    return DYAD_ENTITY_OTHER;
#undef IS
}

/* Reads one word's Entity value: openers left to right, then closers (each
 * closing the most recent open mention with its id). */
static int scan_entity(const char *v, int word, mention_list *all, mention_list *open) {
    long closers[64];
    int n_closers = 0;
    const char *p = v;
    while (*p && *p != '|') {
        if (*p == '(') {
            const char *f = ++p;
            while (*p && *p != '(' && *p != ')' && *p != '|') p++;
            /* fields: id-type-... */
            mention m = {word, -1, strtol(f, NULL, 10), DYAD_ENTITY_OTHER, 0};
            const char *dash = memchr(f, '-', (size_t)(p - f));
            if (dash) {
                const char *t = dash + 1, *te = t;
                while (te < p && *te != '-') te++;
                m.type = map_type(t, (size_t)(te - t));
                /* field 6, the minimal span: "2" or "1,2,3,5" */
                const char *q = te;
                for (int field = 2; field < 5 && q < p; field++) {
                    q++;
                    while (q < p && *q != '-') q++;
                }
                if (q < p) q++;
                while (q < p && *q >= '0' && *q <= '9') {
                    long k = strtol(q, (char **)&q, 10);
                    if (k >= 1 && k <= 64) m.minspan |= 1ull << (k - 1);
                    if (q < p && *q == ',') q++;
                }
            }
            if (*p == ')') {
                m.end = word;
                if (push(all, m)) return -1;
                p++;
            } else if (push(open, m)) {
                return -1;
            }
        } else if (isdigit((unsigned char)*p)) {
            long id = strtol(p, (char **)&p, 10);
            if (*p == ')') p++;
            if (n_closers < 64) closers[n_closers++] = id;
        } else {
            p++; /* unexpected byte: skip it rather than loop */
        }
    }
    for (int c = 0; c < n_closers; c++)
        for (size_t k = open->n; k-- > 0;)
            if (open->v[k].id == closers[c]) {
                mention m = open->v[k];
                m.end = word;
                memmove(open->v + k, open->v + k + 1, (open->n - k - 1) * sizeof *open->v);
                open->n--;
                if (push(all, m)) return -1;
                break;
            }
    return 0;
}

static int is_proper(const conllu_word *w) {
    return !strcmp(w->upos, "PROPN") || !strcmp(w->xpos, "NNP") || !strcmp(w->xpos, "NNPS");
}

/* Words that join two proper nouns inside one name. */
static int is_connector(const conllu_word *w) {
    static const char *const words[] = {"of", "-", "&", "de", "da", "del", "della", "di", "du",
                                        "van", "von", "der", "den", "al", "bin", "ibn", "la",
                                        "le", NULL};
    for (int i = 0; words[i]; i++)
        if (!strcmp(w->form, words[i])) return 1;
    return 0;
}

static int head_of(const conllu_sentence *s, const mention *m) {
    for (int i = m->start; i <= m->end; i++) {
        int h = s->words[i].head - 1; /* -1 root, -2 not given */
        if (h < m->start || h > m->end) return i;
    }
    return m->start;
}

static int is_flat(const conllu_word *w) { return !strncmp(w->deprel, "flat", 4); }

static int in_minspan(const mention *m, int i) {
    int k = i - m->start;
    return k >= 0 && k < 64 && (m->minspan >> k & 1);
}

/* Words that may sit between two parts of one name when GUM's minimal span
 * holds both parts: "National Library of the Netherlands", "Australian
 * Centre for Control of ...", "Newfoundland and Labrador Court of
 * Appeal". */
static int is_bridge(const conllu_word *w) {
    return is_connector(w) || !strcmp(w->form, "the") || !strcmp(w->form, "for") ||
           !strcmp(w->form, "and");
}

/* Whether a word of the mention is a conjunct of its head ("Kirk M. Bart
 * and Celeste Pollock"): then "and" separates two names, not two parts of
 * one. */
static int head_coordinated(const conllu_sentence *s, const mention *m, int h) {
    for (int i = m->start; i <= m->end; i++)
        if (s->words[i].head - 1 == h && !strncmp(s->words[i].deprel, "conj", 4)) return 1;
    return 0;
}

/* The next edge of a name growing from word x in direction d (+1 or -1),
 * or x when it cannot grow: over a proper noun; over one connector between
 * proper nouns; or, in the name of anything but a person, over one or two
 * bridge words to a proper noun of the minimal span (not over "and" when
 * the head is coordinated). */
static int grow(const conllu_sentence *s, const mention *m, int x, int d, int coordinated) {
    const conllu_word *w = s->words;
    int y = x + d;
    if (y >= m->start && y <= m->end && is_proper(&w[y])) return y;
    for (int g = 1; g <= 2; g++) {
        int far = x + d * (g + 1);
        if (far < m->start || far > m->end || !is_proper(&w[far])) continue;
        int ok = 1, has_and = 0;
        for (int k = 1; k <= g; k++) {
            const conllu_word *b = &w[x + d * k];
            ok &= is_bridge(b);
            has_and |= !strcmp(b->form, "and");
        }
        if (!ok) continue;
        if (g == 1 && is_connector(&w[y]) && !(has_and && coordinated)) return far;
        /* A person's title is not joined to the place or organization
         * it is the title of: "President" + "United States", as in
         * CoNLL-style names, not "President of the United States". */
        if (m->type != DYAD_ENTITY_PERSON && in_minspan(m, far) && !(has_and && coordinated)) return far;
    }
    return x;
}

typedef struct span {
    int start, end, mlen, type, named_head;
} span;

static int span_cmp(const void *a, const void *b) {
    const span *x = a, *y = b;
    int lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly) return ly - lx;
    if (x->named_head != y->named_head) return y->named_head - x->named_head;
    /* the outer of two named mentions (as before); of two mentions
     * headed by common nouns, the inner, which the flat name belongs to */
    if (x->mlen != y->mlen) return x->named_head ? y->mlen - x->mlen : x->mlen - y->mlen;
    return x->start - y->start;
}

int gum_names(const conllu_sentence *s, uint8_t *type, uint8_t *begin) {
    memset(type, 0, s->n_words);
    memset(begin, 0, s->n_words);
    mention_list all = {0}, open = {0};
    int status = 0;
    for (size_t i = 0; i < s->n_words && !status; i++) {
        const char *misc = s->words[i].misc;
        const char *e = strstr(misc, "Entity=");
        /* the key must start an attribute */
        while (e && e != misc && e[-1] != '|') e = strstr(e + 1, "Entity=");
        if (!e) continue;
        status = scan_entity(e + 7, (int)i, &all, &open);
    }
    span *spans = status ? NULL : malloc((all.n + 1) * sizeof *spans);
    if (!spans) status = -1;
    size_t n_spans = 0;
    for (size_t k = 0; !status && k < all.n; k++) {
        mention *m = &all.v[k];
        if (m->type < 0) continue;
        int h = head_of(s, m), named_head = is_proper(&s->words[h]);
        if (!named_head) {
            /* a name in the minimal span of a mention headed by a common
             * noun, joined to it as a flat name: "Senior researcher Mu
             * Li", "a man named Rabindranath Tagore" (not a proper noun
             * modifying it: "the Penn State community") */
            int p = -1;
            for (int i = m->start; i <= m->end && p < 0; i++)
                if (in_minspan(m, i) && is_proper(&s->words[i]) && is_flat(&s->words[i])) p = i;
            if (p < 0) continue;
            /* the flat words and the proper noun they hang from ("Amneh
             * Jafari"), no more: not "... Texas Arlington Amneh Jafari" */
            int a = p, b = p;
            while (a > m->start && is_proper(&s->words[a - 1]) &&
                   (is_flat(&s->words[a - 1]) || s->words[a].head - 1 == a - 1))
                a--;
            while (b < m->end && is_proper(&s->words[b + 1]) && is_flat(&s->words[b + 1])) b++;
            spans[n_spans++] = (span){a, b, m->end - m->start, m->type, 0};
            continue;
        }
        int coordinated = head_coordinated(s, m, h);
        int a = h, b = h;
        for (int x; (x = grow(s, m, a, -1, coordinated)) != a;) a = x;
        for (int x; (x = grow(s, m, b, +1, coordinated)) != b;) b = x;
        spans[n_spans++] = (span){a, b, m->end - m->start, m->type, named_head};
    }
    int names = 0;
    if (!status) {
        qsort(spans, n_spans, sizeof *spans, span_cmp);
        for (size_t k = 0; k < n_spans; k++) {
            int free_run = 1;
            for (int i = spans[k].start; i <= spans[k].end; i++)
                if (type[i]) free_run = 0;
            if (!free_run) continue;
            for (int i = spans[k].start; i <= spans[k].end; i++) type[i] = (uint8_t)spans[k].type;
            begin[spans[k].start] = 1;
            names++;
        }
    }
    free(spans);
    free(all.v);
    free(open.v);
    return status ? -1 : names;
}

int gum_doc_genre(const conllu_sentence *s, char *out, size_t out_size) {
    static const char key[] = "# newdoc id = ";
    for (size_t i = 0; i < s->n_lines; i++) {
        const char *t = s->lines[i].text;
        if (strncmp(t, key, sizeof key - 1)) continue;
        t += sizeof key - 1;
        const char *g = strchr(t, '_'); /* GUM_<genre>_<name> */
        if (!g) return 0;
        g++;
        const char *e = strchr(g, '_');
        size_t n = e ? (size_t)(e - g) : strlen(g);
        if (n >= out_size) n = out_size - 1;
        memcpy(out, g, n);
        out[n] = '\0';
        return 1;
    }
    return 0;
}
