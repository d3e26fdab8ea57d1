#include "nlp/gum_names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

typedef struct mention {
    int start, end;   /* word indices, inclusive; end -1 while open */
    long id;
    int type;         /* enum dyad_entity_type, or -1 = dropped */
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
            mention m = {word, -1, strtol(f, NULL, 10), DYAD_ENTITY_OTHER};
            const char *dash = memchr(f, '-', (size_t)(p - f));
            if (dash) {
                const char *t = dash + 1, *te = t;
                while (te < p && *te != '-') te++;
                m.type = map_type(t, (size_t)(te - t));
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

typedef struct span {
    int start, end, mlen, type;
} span;

static int span_cmp(const void *a, const void *b) {
    const span *x = a, *y = b;
    int lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly) return ly - lx;
    if (x->mlen != y->mlen) return y->mlen - x->mlen;
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
        int h = head_of(s, m);
        if (!is_proper(&s->words[h])) continue;
        int a = h, b = h;
        for (;;) {
            if (a - 1 >= m->start && is_proper(&s->words[a - 1])) a--;
            else if (a - 2 >= m->start && is_connector(&s->words[a - 1]) &&
                     is_proper(&s->words[a - 2])) a -= 2;
            else break;
        }
        for (;;) {
            if (b + 1 <= m->end && is_proper(&s->words[b + 1])) b++;
            else if (b + 2 <= m->end && is_connector(&s->words[b + 1]) &&
                     is_proper(&s->words[b + 2])) b += 2;
            else break;
        }
        spans[n_spans++] = (span){a, b, m->end - m->start, m->type};
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
