/* Segmentation quality on the UD English treebanks (EWT dev, GUM dev).
 *
 * Each document's text is rebuilt from its "# text = " lines: sentences
 * joined by a space within a paragraph, paragraphs ("# newpar") separated by
 * a blank line.  Gold sentence ends are the offsets where each sentence's
 * text ends; gold tokens are the syntactic words when a multiword token's
 * words spell its surface form (it's = it + 's), else the surface token.
 * Scores are F1 of predicted sentence ends and of exact token spans.
 *
 * DYAD_SEG_DEBUG=1 prints every disagreement on stderr (for tuning). */
#include <stdint.h>
#include <stdlib.h>

#include "test.h"

#include "base/arena.h"
#include "base/buf.h"
#include "nlp/conllu.h"
#include "text/segment.h"

typedef struct span { uint32_t b, e; } span;

typedef struct spans {
    span *v;
    size_t n, cap;
} spans;

static int spans_push(spans *s, uint32_t b, uint32_t e) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 1024;
        span *nv = realloc(s->v, cap * sizeof *nv);
        if (!nv) return -1;
        s->v = nv;
        s->cap = cap;
    }
    s->v[s->n++] = (span){b, e};
    return 0;
}

typedef struct score {
    size_t gold_sent, pred_sent, ok_sent;
    size_t gold_tok, pred_tok, ok_tok;
    size_t unaligned; /* gold tokens whose form was not found in the text */
    size_t docs;
} score;

static double f1(size_t ok, size_t gold, size_t pred) {
    if (!gold && !pred) return 1.0;
    return 2.0 * (double)ok / (double)(gold + pred);
}

typedef int (*doc_filter)(const char *doc_id);

typedef struct doc_state {
    buf text;
    spans gold_tok;
    spans gold_sent;   /* b unused; e = sentence end */
    char id[256];
    int debug;
} doc_state;

static void show(const char *what, const char *text, size_t len, uint32_t at) {
    size_t b = at > 40 ? at - 40 : 0, e = at + 40 < len ? at + 40 : len;
    fprintf(stderr, "%s: ", what);
    for (size_t i = b; i < e; i++) {
        if (i == at) fputs("|", stderr);
        fputc(text[i] == '\n' ? '/' : text[i], stderr);
    }
    fputc('\n', stderr);
}

static void score_doc(doc_state *d, arena *a, score *sc, doc_filter keep) {
    if (!d->text.len || (keep && !keep(d->id))) return;
    sc->docs++;
    arena_reset(a);
    segmentation seg;
    dyad_error err;
    if (segment_text(d->text.data, d->text.len, a, &seg, &err)) return;
    /* sentence ends */
    size_t gi = 0, pi = 0;
    sc->gold_sent += d->gold_sent.n;
    sc->pred_sent += seg.n_sentences;
    while (gi < d->gold_sent.n || pi < seg.n_sentences) {
        uint32_t g = gi < d->gold_sent.n ? d->gold_sent.v[gi].e : UINT32_MAX;
        uint32_t p = pi < seg.n_sentences ? seg.sentences[pi].end : UINT32_MAX;
        if (g == p) { sc->ok_sent++; gi++; pi++; }
        else if (g < p) { if (d->debug) show("  missed end", d->text.data, d->text.len, g); gi++; }
        else { if (d->debug) show("  extra end ", d->text.data, d->text.len, p); pi++; }
    }
    /* tokens */
    gi = pi = 0;
    sc->gold_tok += d->gold_tok.n;
    sc->pred_tok += seg.n_tokens;
    while (gi < d->gold_tok.n || pi < seg.n_tokens) {
        span g = gi < d->gold_tok.n ? d->gold_tok.v[gi] : (span){UINT32_MAX, UINT32_MAX};
        span p = pi < seg.n_tokens ? (span){seg.tokens[pi].start, seg.tokens[pi].end}
                                   : (span){UINT32_MAX, UINT32_MAX};
        if (g.b == p.b && g.e == p.e) { sc->ok_tok++; gi++; pi++; continue; }
        if (d->debug && (g.b <= p.b || pi == seg.n_tokens))
            fprintf(stderr, "  token gold '%.*s' vs ours '%.*s'\n", (int)(g.e - g.b),
                    d->text.data + g.b, p.b == UINT32_MAX ? 0 : (int)(p.e - p.b),
                    p.b == UINT32_MAX ? "" : d->text.data + p.b);
        if (g.b < p.b || (g.b == p.b && g.e < p.e)) gi++;
        else pi++;
    }
}

static int starts(const char *s, const char *prefix) { return !strncmp(s, prefix, strlen(prefix)); }

/* Adds one sentence's gold tokens (offsets relative to base). */
static void add_tokens(doc_state *d, const conllu_sentence *s, const char *text, size_t tlen,
                       uint32_t base, score *sc) {
    size_t pos = 0;
    for (size_t li = 0; li < s->n_lines; li++) {
        const char *line = s->lines[li].text;
        if (line[0] == '#') continue;
        const char *forms[64];
        size_t n_forms = 0;
        char surface[512];
        int a, b;
        if (s->lines[li].word >= 0) {
            forms[n_forms++] = s->words[s->lines[li].word].form;
        } else if (sscanf(line, "%d-%d", &a, &b) == 2) {
            const char *tab = strchr(line, '\t');
            if (!tab) continue;
            const char *f = tab + 1, *end = strchr(f, '\t');
            size_t fl = end ? (size_t)(end - f) : strlen(f);
            if (fl >= sizeof surface) fl = sizeof surface - 1;
            memcpy(surface, f, fl);
            surface[fl] = '\0';
            /* the words a..b, if they spell the surface form */
            char cat[512];
            size_t cl = 0;
            int first = -1;
            for (size_t w = 0; w < s->n_words; w++)
                if (s->words[w].id == a) first = (int)w;
            int spell = first >= 0 && b - a < 60;
            for (int w = 0; spell && w <= b - a; w++) {
                if ((size_t)(first + w) >= s->n_words) { spell = 0; break; }
                const char *wf = s->words[first + w].form;
                size_t wl = strlen(wf);
                if (cl + wl >= sizeof cat) { spell = 0; break; }
                memcpy(cat + cl, wf, wl);
                cl += wl;
                forms[n_forms++] = wf;
            }
            cat[cl] = '\0';
            if (!spell || strcmp(cat, surface)) {
                n_forms = 0;
                forms[n_forms++] = surface;
            }
            /* skip the word lines of the range */
            while (li + 1 < s->n_lines && s->lines[li + 1].word >= 0 &&
                   s->words[s->lines[li + 1].word].id <= b)
                li++;
        } else {
            continue; /* empty node */
        }
        for (size_t k = 0; k < n_forms; k++) {
            while (pos < tlen && (text[pos] == ' ' || text[pos] == '\t')) pos++;
            size_t fl = strlen(forms[k]);
            if (pos + fl <= tlen && !memcmp(text + pos, forms[k], fl)) {
                spans_push(&d->gold_tok, base + (uint32_t)pos, base + (uint32_t)(pos + fl));
                pos += fl;
            } else {
                sc->unaligned++;
            }
        }
    }
}

static int evaluate(const char *path, doc_filter keep, score *sc) {
    memset(sc, 0, sizeof *sc);
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) return -1;
    doc_state d;
    memset(&d, 0, sizeof d);
    buf_init(&d.text);
    const char *dbg = getenv("DYAD_SEG_DEBUG");
    d.debug = dbg && *dbg == '1';
    arena a;
    arena_init(&a);
    conllu_sentence s;
    int got;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) continue;
        int newpar = 0;
        const char *text = NULL;
        for (size_t li = 0; li < s.n_lines; li++) {
            const char *line = s.lines[li].text;
            if (starts(line, "# newdoc")) {
                score_doc(&d, &a, sc, keep);
                buf_clear(&d.text);
                d.gold_tok.n = d.gold_sent.n = 0;
                const char *id = strstr(line, "id = ");
                snprintf(d.id, sizeof d.id, "%s", id ? id + 5 : "");
                if (d.debug && (!keep || keep(d.id))) fprintf(stderr, "doc %s\n", d.id);
            } else if (!strcmp(line, "# newpar") || starts(line, "# newpar ")) {
                newpar = 1;
            } else if (starts(line, "# text = ")) {
                text = line + 9;
            }
        }
        if (!text) continue;
        size_t tlen = strlen(text);
        while (tlen && (text[tlen - 1] == ' ' || text[tlen - 1] == '\t')) tlen--;
        if (d.text.len) buf_puts(&d.text, newpar ? "\n\n" : " ");
        uint32_t base = (uint32_t)d.text.len;
        buf_append(&d.text, text, tlen);
        spans_push(&d.gold_sent, base, base + (uint32_t)tlen);
        add_tokens(&d, &s, text, tlen, base, sc);
    }
    score_doc(&d, &a, sc, keep);
    conllu_close(r);
    arena_free(&a);
    buf_free(&d.text);
    free(d.gold_tok.v);
    free(d.gold_sent.v);
    return 0;
}

#ifndef EWT_FILE
#define EWT_FILE "data/ud-ewt/en_ewt-ud-dev.conllu"
#endif
#ifndef GUM_FILE
#define GUM_FILE "data/gum/gum-dev.conllu"
#endif

/* Floors: a small margin below the figures reached when last tuned. */
#define EWT_SENT_MIN 0.940
#define EWT_TOK_MIN 0.990
#define GUM_SENT_MIN 0.975
#define GUM_TOK_MIN 0.998

static int gum_edited(const char *id) {
    static const char *const genres[] = {"GUM_news_", "GUM_interview_", "GUM_bio_",
                                         "GUM_academic_", "GUM_voyage_"};
    for (size_t i = 0; i < sizeof genres / sizeof genres[0]; i++)
        if (starts(id, genres[i])) return 1;
    return 0;
}

static void report(const char *name, const score *sc) {
    printf("  segment: %s sentence F1 %.3f token F1 %.4f (%zu docs, %zu gold sentences, %zu gold tokens, %zu unaligned)\n",
           name, f1(sc->ok_sent, sc->gold_sent, sc->pred_sent),
           f1(sc->ok_tok, sc->gold_tok, sc->pred_tok), sc->docs, sc->gold_sent, sc->gold_tok,
           sc->unaligned);
}

TEST(segment_quality_ewt_dev) {
    const char *path = test_shared_path(EWT_FILE);
    if (!path) return;
    score sc;
    CHECK(evaluate(path, NULL, &sc) == 0);
    report("EWT dev", &sc);
    CHECK(sc.gold_sent > 1900);
    CHECK(sc.unaligned == 0);
    /* a small margin below what is reached (see the report line) */
    CHECK(f1(sc.ok_sent, sc.gold_sent, sc.pred_sent) >= EWT_SENT_MIN);
    CHECK(f1(sc.ok_tok, sc.gold_tok, sc.pred_tok) >= EWT_TOK_MIN);
}

TEST(segment_quality_gum_dev) {
    const char *path = test_shared_path(GUM_FILE);
    if (!path) return;
    score sc, all;
    CHECK(evaluate(path, gum_edited, &sc) == 0);
    report("GUM dev edited genres", &sc);
    CHECK(evaluate(path, NULL, &all) == 0);
    report("GUM dev all genres", &all);
    CHECK(sc.docs == 10);
    CHECK(sc.unaligned == 0);
    CHECK(f1(sc.ok_sent, sc.gold_sent, sc.pred_sent) >= GUM_SENT_MIN);
    CHECK(f1(sc.ok_tok, sc.gold_tok, sc.pred_tok) >= GUM_TOK_MIN);
}
