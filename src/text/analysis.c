/* analysis.c — the public dyad_analysis object and dyad_segment. */
#include "text/analysis.h"

#include <stdlib.h>
#include <string.h>

#include "base/error.h"

dyad_analysis *dyad_analysis_new(void) {
    dyad_analysis *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    arena_init(&a->arena);
    return a;
}

void dyad_analysis_free(dyad_analysis *a) {
    if (!a) return;
    arena_free(&a->arena);
    free(a);
}

int dyad_segment(dyad_analysis *a, const char *text, size_t len, dyad_error *err) {
    if (!a || (!text && len))
        return set_error(err, DYAD_ERR_INTERNAL, "dyad_segment: NULL argument");
    arena_reset(&a->arena);
    memset(&a->seg, 0, sizeof a->seg);
    memset(a->stage_data, 0, sizeof a->stage_data);
    a->annotated = 0;
    a->text = text;
    a->text_len = len;
    int st = segment_text(text ? text : "", len, &a->arena, &a->seg, err);
    if (st) {
        memset(&a->seg, 0, sizeof a->seg);
        a->text_len = 0;
    }
    return st;
}

size_t dyad_sentence_count(const dyad_analysis *a) { return a ? a->seg.n_sentences : 0; }
const dyad_sentence *dyad_sentences(const dyad_analysis *a) { return a ? a->seg.sentences : NULL; }
size_t dyad_token_count(const dyad_analysis *a) { return a ? a->seg.n_tokens : 0; }
const dyad_token *dyad_tokens(const dyad_analysis *a) { return a ? a->seg.tokens : NULL; }

/* Appends c to out when there is room; counts it either way. */
static void put(char *out, size_t cap, size_t *n, char c) {
    if (*n + 1 < cap) out[*n] = c;
    (*n)++;
}

static int ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

size_t dyad_sentence_line(const dyad_analysis *a, size_t i, int tokens, char *out, size_t cap) {
    if (!a || i >= a->seg.n_sentences) {
        if (cap) out[0] = '\0';
        return 0;
    }
    const dyad_sentence *s = &a->seg.sentences[i];
    size_t n = 0;
    if (tokens) {
        const dyad_token *t = a->seg.tokens + s->first_token;
        for (uint32_t k = 0; k < s->n_tokens; k++) {
            if (k) put(out, cap, &n, ' ');
            for (const char *f = t[k].form; *f; f++) put(out, cap, &n, *f);
        }
    } else {
        /* Whitespace between tokens collapses to one space; whitespace never
         * occurs inside a token. */
        const dyad_token *t = a->seg.tokens + s->first_token;
        for (uint32_t k = 0; k < s->n_tokens; k++) {
            if (k && t[k].start > t[k - 1].end) put(out, cap, &n, ' ');
            for (uint32_t b = t[k].start; b < t[k].end; b++) {
                unsigned char c = (unsigned char)a->text[b];
                put(out, cap, &n, ascii_space(c) ? ' ' : (char)c);
            }
        }
    }
    put(out, cap, &n, '\n');
    if (cap) out[n < cap ? n : cap - 1] = '\0';
    return n;
}
