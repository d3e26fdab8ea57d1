#include "nlp/conllu.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/error.h"

struct conllu_reader {
    FILE *f;
    int owns_file;
    char *path;
    size_t line_no;
    arena arena;       /* one sentence's lines and words */
    buf line;
    conllu_line *lines;
    size_t n_lines, cap_lines;
    conllu_word *words;
    size_t cap_words;
};

conllu_reader *conllu_open(const char *path, dyad_error *err) {
    conllu_reader *r = calloc(1, sizeof *r);
    if (!r) { set_error(err, DYAD_ERR_INTERNAL, "out of memory"); return NULL; }
    if (!path || !strcmp(path, "-")) {
        r->f = stdin;
        r->path = strdup("<stdin>");
    } else {
        r->f = fopen(path, "rb");
        r->owns_file = 1;
        r->path = strdup(path);
        if (!r->f) {
            set_error(err, DYAD_ERR_INPUT, "%s: cannot open", path);
            free(r->path);
            free(r);
            return NULL;
        }
    }
    arena_init(&r->arena);
    buf_init(&r->line);
    return r;
}

void conllu_close(conllu_reader *r) {
    if (!r) return;
    if (r->owns_file) fclose(r->f);
    arena_free(&r->arena);
    buf_free(&r->line);
    free(r->lines);
    free(r->words);
    free(r->path);
    free(r);
}

/* Reads one line without its newline (and CR); returns 0 at end of file. */
static int read_line(conllu_reader *r) {
    buf_clear(&r->line);
    int c, any = 0;
    while ((c = getc(r->f)) != EOF) {
        any = 1;
        if (c == '\n') break;
        buf_putc(&r->line, (char)c);
    }
    if (!any) return 0;
    r->line_no++;
    if (r->line.len && r->line.data[r->line.len - 1] == '\r') r->line.data[--r->line.len] = '\0';
    return 1;
}

static int push_line(conllu_reader *r, const char *text, int word) {
    if (r->n_lines == r->cap_lines) {
        size_t cap = r->cap_lines ? r->cap_lines * 2 : 64;
        conllu_line *p = realloc(r->lines, cap * sizeof *p);
        if (!p) return -1;
        r->lines = p;
        r->cap_lines = cap;
    }
    r->lines[r->n_lines].text = text;
    r->lines[r->n_lines].word = word;
    r->n_lines++;
    return 0;
}

/* Splits a word line into its 10 tab-separated columns (in place). */
static int split_columns(char *s, char *cols[10]) {
    int n = 0;
    cols[n++] = s;
    for (char *p = s; *p; p++) {
        if (*p == '\t') {
            *p = '\0';
            if (n == 10) return -1;
            cols[n++] = p + 1;
        }
    }
    return n == 10 ? 0 : -1;
}

int conllu_next(conllu_reader *r, conllu_sentence *s, dyad_error *err) {
    arena_reset(&r->arena);
    r->n_lines = 0;
    size_t n_words = 0, first = 0;
    const char *problem = NULL;
    size_t problem_line = 0;
    for (;;) {
        int got = read_line(r);
        if (!got || r->line.len == 0) {
            if (!got && r->n_lines == 0) return 0;
            if (r->n_lines == 0) continue; /* blank lines between sentences */
            break;
        }
        if (!first) first = r->line_no;
        char *text = arena_strndup(&r->arena, r->line.data, r->line.len);
        if (!text) return set_error(err, DYAD_ERR_INTERNAL, "out of memory"), -1;
        int word = -1;
        if (text[0] != '#' && !problem) {
            /* Word lines have an integer ID; ranges (1-2) and empty nodes
             * (3.1) are kept as lines only. */
            const char *p = text;
            while (*p >= '0' && *p <= '9') p++;
            if (p == text) {
                problem = "line is neither a comment nor a word line";
                problem_line = r->line_no;
            } else if (*p == '\t') {
                char *copy = arena_strndup(&r->arena, text, r->line.len);
                char *cols[10];
                if (!copy || split_columns(copy, cols)) {
                    problem = "word line does not have 10 tab-separated columns";
                    problem_line = r->line_no;
                } else {
                    if (n_words == r->cap_words) {
                        size_t cap = r->cap_words ? r->cap_words * 2 : 64;
                        conllu_word *w = realloc(r->words, cap * sizeof *w);
                        if (!w) return set_error(err, DYAD_ERR_INTERNAL, "out of memory"), -1;
                        r->words = w;
                        r->cap_words = cap;
                    }
                    conllu_word *w = &r->words[n_words];
                    w->id = atoi(cols[0]);
                    w->form = cols[1];
                    w->lemma = cols[2];
                    w->upos = cols[3];
                    w->xpos = cols[4];
                    w->feats = cols[5];
                    w->head = strcmp(cols[6], "_") ? atoi(cols[6]) : -1;
                    w->deprel = cols[7];
                    w->deps = cols[8];
                    w->misc = cols[9];
                    w->line = (int)r->n_lines;
                    if (w->id != (int)n_words + 1) {
                        problem = "word IDs are not 1, 2, 3, ... in order";
                        problem_line = r->line_no;
                    }
                    word = (int)n_words++;
                }
            }
        }
        if (push_line(r, text, word)) return set_error(err, DYAD_ERR_INTERNAL, "out of memory"), -1;
        if (!got) break;
    }
    if (problem) {
        set_error(err, DYAD_ERR_INPUT, "%s:%zu: %s", r->path, problem_line, problem);
        return -1;
    }
    for (size_t i = 0; i < n_words; i++)
        if (r->words[i].head > (int)n_words) {
            set_error(err, DYAD_ERR_INPUT, "%s:%zu: HEAD %d is past the last word", r->path,
                      first + (size_t)r->words[i].line, r->words[i].head);
            return -1;
        }
    s->words = r->words;
    s->n_words = n_words;
    s->lines = r->lines;
    s->n_lines = r->n_lines;
    s->first_line_no = first;
    return 1;
}

int conllu_field(const char *column, const char *key, char *out, size_t out_size) {
    size_t klen = strlen(key);
    const char *p = column;
    while (p && *p) {
        if (!strncmp(p, key, klen) && p[klen] == '=') {
            const char *v = p + klen + 1, *e = strchr(v, '|');
            size_t n = e ? (size_t)(e - v) : strlen(v);
            if (n >= out_size) n = out_size - 1;
            memcpy(out, v, n);
            out[n] = '\0';
            return 1;
        }
        p = strchr(p, '|');
        if (p) p++;
    }
    return 0;
}
