/* tree_util.c — see tree_util.h. */
#include "tree_util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int split_cols(char *line, char **cols, int max, int tabs) {
    int n = 0;
    char *p = line;
    while (*p && n < max) {
        if (!tabs) while (*p == ' ') p++;
        if (!*p) break;
        cols[n++] = p;
        char *e = p + strcspn(p, tabs ? "\t" : " \t");
        if (!*e) break;
        *e = 0;
        p = e + 1;
    }
    return n;
}

int tree_doc_parse(tree_doc *d, const char *src) {
    memset(d, 0, sizeof *d);
    size_t cap_tok = 16, cap_sent = 4;
    d->tok = calloc(cap_tok, sizeof *d->tok);
    d->first = calloc(cap_sent, sizeof *d->first);
    d->count = calloc(cap_sent, sizeof *d->count);
    d->store = strdup(src);
    size_t tl = strlen(src) + 2;
    d->text = calloc(tl, 1);
    if (!d->tok || !d->first || !d->count || !d->store || !d->text) return -1;
    char *save = NULL;
    size_t line_no = 0;
    int in_sent = 0;
    /* strtok_r skips empty lines, so find sentence breaks by hand */
    char *p = d->store;
    while (p && *p) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = 0;
        char *line = p;
        p = nl ? nl + 1 : NULL;
        line_no++;
        while (*line == ' ') line++;
        if (!*line || *line == '#') {
            if (!*line && in_sent) in_sent = 0;
            continue;
        }
        (void)save;
        int tabs = strchr(line, '\t') != NULL;
        char *cols[10];
        int nc = split_cols(line, cols, 10, tabs);
        if (nc < 7) {
            fprintf(stderr, "tree_doc_parse: line %zu: want ID FORM LEMMA UPOS XPOS HEAD DEPREL [NER]\n", line_no);
            return -1;
        }
        if (!in_sent) {
            if (d->n_sent == cap_sent) {
                cap_sent *= 2;
                d->first = realloc(d->first, cap_sent * sizeof *d->first);
                d->count = realloc(d->count, cap_sent * sizeof *d->count);
            }
            d->first[d->n_sent] = d->n_tok;
            d->count[d->n_sent] = 0;
            d->n_sent++;
            in_sent = 1;
        }
        if (d->n_tok == cap_tok) {
            cap_tok *= 2;
            d->tok = realloc(d->tok, cap_tok * sizeof *d->tok);
            memset(d->tok + d->n_tok, 0, (cap_tok - d->n_tok) * sizeof *d->tok);
        }
        dyad_token *t = &d->tok[d->n_tok++];
        d->count[d->n_sent - 1]++;
        const char *ner = NULL;
        if (tabs && nc >= 10) {
            t->form = cols[1]; t->lemma = cols[2]; t->upos = cols[3]; t->xpos = cols[4];
            t->head = atoi(cols[6]) - 1; t->deprel = cols[7];
            const char *ne = strstr(cols[9], "NE=");
            if (ne) ner = ne + 3;
        } else {
            t->form = cols[1]; t->lemma = cols[2]; t->upos = cols[3]; t->xpos = cols[4];
            t->head = atoi(cols[5]) - 1; t->deprel = cols[6];
            if (nc >= 8 && strcmp(cols[7], "_")) ner = cols[7];
        }
        if (ner) {
            const char *type = ner;
            int begin = 1;
            if ((ner[0] == 'B' || ner[0] == 'I') && ner[1] == '-') { begin = ner[0] == 'B'; type = ner + 2; }
            if (!strncmp(type, "PER", 3)) t->entity = DYAD_ENTITY_PERSON;
            else if (!strncmp(type, "ORG", 3)) t->entity = DYAD_ENTITY_ORGANIZATION;
            else if (!strncmp(type, "LOC", 3) || !strncmp(type, "GPE", 3)) t->entity = DYAD_ENTITY_PLACE;
            else t->entity = DYAD_ENTITY_OTHER;
            t->entity_begin = (uint8_t)begin;
        }
    }
    /* text and offsets */
    size_t o = 0;
    for (size_t i = 0; i < d->n_tok; i++) {
        if (i) d->text[o++] = ' ';
        size_t n = strlen(d->tok[i].form);
        d->tok[i].start = (uint32_t)o;
        memcpy(d->text + o, d->tok[i].form, n);
        o += n;
        d->tok[i].end = (uint32_t)o;
        d->tok[i].space_after = 1;
    }
    d->text[o] = 0;
    d->text_len = o;
    return 0;
}

void tree_doc_free(tree_doc *d) {
    free(d->tok);
    free(d->first);
    free(d->count);
    free(d->text);
    free(d->store);
    memset(d, 0, sizeof *d);
}

/* The text must outlive the events: keep the last document alive. */
static tree_doc last_doc;

int tree_code(const dyad_coder *c, dyad_events *e, const char *src, const dyad_date *date) {
    tree_doc_free(&last_doc);
    if (tree_doc_parse(&last_doc, src)) return -1;
    dyad_events_begin(e, last_doc.text, last_doc.text_len, date);
    for (size_t s = 0; s < last_doc.n_sent; s++) {
        dyad_error err = {0};
        if (dyad_code_sentence(c, e, s, last_doc.tok + last_doc.first[s], last_doc.count[s], &err)) {
            fprintf(stderr, "tree_code: %s\n", err.message);
            return -1;
        }
    }
    dyad_events_finish(c, e);
    return (int)dyad_event_count(e);
}

const char *tree_events_str(const dyad_events *e) {
    static char out[4096];
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < dyad_event_count(e); i++) {
        const dyad_event *ev = dyad_event_get(e, i);
        int k = snprintf(out + o, sizeof out - o, "%s%s>%s:%s", i ? " " : "", ev->actor.code,
                         ev->recipient.code ? ev->recipient.code : "-", ev->cameo);
        if (k < 0 || (size_t)k >= sizeof out - o) break;
        o += (size_t)k;
    }
    return out;
}

const char *tree_last_text(size_t *len) {
    *len = last_doc.text_len;
    return last_doc.text;
}
