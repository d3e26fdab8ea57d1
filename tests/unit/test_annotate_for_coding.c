/* dyad_annotate_for_coding parses only the sentences whose coding can
 * depend on their tree (dyad_code_needs_tree).  These tests check the
 * decision on sentences of each kind, and that coding after it gives
 * byte-identical events to coding after the full dyad_annotate -- on a text
 * written here (actors, pronouns, titles, places, and sentences with none
 * of them between them), on the demo article, and on GUM's mixed-genre
 * text from ../shared when present (where about a third of the sentences
 * are not parsed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"
#include "test.h"

typedef struct loaded {
    dyad_models *m;
    dyad_coder *c;
} loaded;

static int load(loaded *l) {
    dyad_error err = {0};
    l->m = dyad_models_load(NULL, &err);
    if (!l->m) return 0;
    dyad_coder_options co = {0};
    co.quiet = 1;
    l->c = dyad_coder_load(&co, &err);
    if (!l->c) { dyad_models_free(l->m); return 0; }
    return 1;
}

static void unload(loaded *l) {
    dyad_coder_free(l->c);
    dyad_models_free(l->m);
}

/* Codes text as one document dated 2017-11-12, the full way (for_coding 0)
 * or parsing only what the coder needs (1); returns the JSONL events
 * (malloc'd) and counts the sentences left unparsed. */
static char *code_text(const loaded *l, const char *text, int for_coding, size_t *unparsed) {
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f) return NULL;
    dyad_error err = {0};
    dyad_event_writer *w = dyad_event_writer_new(f, DYAD_EVENTS_JSONL);
    dyad_analysis *a = dyad_analysis_new();
    dyad_events *e = dyad_events_new();
    dyad_document doc;
    memset(&doc, 0, sizeof doc);
    doc.id = "t";
    doc.text = text;
    doc.text_len = strlen(text);
    doc.date = (dyad_date){2017, 11, 12};
    int ok = w && a && e && !dyad_segment(a, doc.text, doc.text_len, &err) &&
             !(for_coding ? dyad_annotate_for_coding(a, l->m, l->c, e, &err) : dyad_annotate(a, l->m, &err)) &&
             !dyad_code_document(l->c, a, &doc, e, &err) && !dyad_event_writer_write(w, &doc, e, &err);
    if (ok && unparsed) {
        *unparsed = 0;
        const dyad_sentence *s = dyad_sentences(a);
        const dyad_token *t = dyad_tokens(a);
        for (size_t i = 0; i < dyad_sentence_count(a); i++) {
            int parsed = 0;
            for (uint32_t k = 0; k < s[i].n_tokens; k++) parsed |= t[s[i].first_token + k].deprel != NULL;
            *unparsed += !parsed;
        }
    }
    dyad_events_free(e);
    dyad_analysis_free(a);
    dyad_event_writer_free(w);
    fclose(f);
    if (!ok) { free(out); return NULL; }
    return out;
}

/* The decision for the one sentence of text (tagged and named by
 * dyad_annotate; the tree is not read). */
static int needs(const loaded *l, const char *text) {
    dyad_error err = {0};
    dyad_analysis *a = dyad_analysis_new();
    dyad_events *e = dyad_events_new();
    int r = -2;
    if (a && e && !dyad_segment(a, text, strlen(text), &err) && !dyad_annotate(a, l->m, &err) &&
        dyad_sentence_count(a) == 1)
        r = dyad_code_needs_tree(l->c, e, dyad_tokens(a), dyad_token_count(a));
    dyad_events_free(e);
    dyad_analysis_free(a);
    return r;
}

TEST(code_needs_tree_decision) {
    loaded l;
    if (!load(&l)) SKIP("models or dictionaries are not built (make models)");
    /* nothing to code, nothing to remember */
    CHECK_INT(needs(&l, "The weather was fine and the roads were open again."), 0);
    CHECK_INT(needs(&l, "Prices rose by two percent over the year."), 0);
    /* actors (dictionary phrase, sector word), pronouns, places */
    CHECK_INT(needs(&l, "Russia attacked Ukraine."), 1);
    CHECK_INT(needs(&l, "The army withdrew."), 1);
    CHECK_INT(needs(&l, "They said it was over."), 1);
    CHECK_INT(needs(&l, "The talks were held in Geneva."), 1);
    unload(&l);
}

static void same_events(const loaded *l, const char *text, size_t min_unparsed, size_t min_events) {
    size_t unparsed = 0, full_unparsed = 0;
    char *full = code_text(l, text, 0, &full_unparsed);
    char *fast = code_text(l, text, 1, &unparsed);
    int ok = full && fast;
    size_t events = 0;
    for (const char *p = full; p && (p = strchr(p, '\n')); p++) events++;
    int same = ok && !strcmp(full, fast);
    if (ok && !same) printf("note: full:\n%s\nnote: for coding:\n%s\n", full, fast);
    free(full);
    free(fast);
    CHECK(ok);
    CHECK(same);
    CHECK(unparsed >= min_unparsed);
    CHECK_INT(full_unparsed, 0); /* dyad_annotate parses everything */
    CHECK(events >= min_events);
}

TEST(annotate_for_coding_same_events_written) {
    loaded l;
    if (!load(&l)) SKIP("models or dictionaries are not built (make models)");
    /* unparsed sentences between the ones that set and use the document
     * memory (the president, he, they, the town) */
    static const char text[] =
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.\n\n"
        "The weather was fine and the roads were open.\n\n"
        "The president said the talks had gone well.\n\n"
        "Prices rose by two percent over the year.\n\n"
        "He also criticised the sanctions.\n\n"
        "Syrian troops shelled the town of Douma near Damascus.\n\n"
        "Nobody knew what would happen next.\n\n"
        "The shelling of the town continued overnight, and they accused the rebels of breaking the truce.\n";
    same_events(&l, text, 2, 3);
    unload(&l);
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) { free(s); s = NULL; }
    fclose(f);
    if (s) s[n] = 0;
    return s;
}

TEST(annotate_for_coding_same_events_demo) {
    char path[4096];
    const char *root = getenv("ROOT");
    snprintf(path, sizeof path, "%s/examples/demo-news-2024.txt", root && *root ? root : ".");
    char *text = slurp(path);
    if (!text) SKIP("examples/demo-news-2024.txt is not present");
    loaded l;
    if (!load(&l)) { free(text); SKIP("models or dictionaries are not built (make models)"); }
    same_events(&l, text, 0, 5);
    free(text);
    unload(&l);
}

/* GUM's first 400 sentences (mixed genres: interviews, how-to, fiction,
 * news) as one document: "# text" lines of the CoNLL-U file. */
TEST(annotate_for_coding_same_events_gum) {
    const char *p = test_shared_path("data/gum/gum-dev.conllu");
    if (!p) return;
    char *conllu = slurp(p);
    CHECK(conllu != NULL);
    size_t cap = strlen(conllu) + 1, len = 0, n = 0;
    char *text = malloc(cap);
    CHECK(text != NULL);
    for (char *line = conllu; line && *line && n < 400;) {
        char *nl = strchr(line, '\n');
        size_t ll = nl ? (size_t)(nl - line) : strlen(line);
        if (ll > 9 && !strncmp(line, "# text = ", 9)) {
            memcpy(text + len, line + 9, ll - 9);
            len += ll - 9;
            text[len++] = '\n';
            text[len++] = '\n';
            n++;
        }
        line = nl ? nl + 1 : NULL;
    }
    text[len] = 0;
    free(conllu);
    loaded l;
    if (!load(&l)) { free(text); SKIP("models or dictionaries are not built (make models)"); }
    /* (few events in these genres: 4 since a "said" in a relative clause,
     * "gaps that they could address", is no statement) */
    same_events(&l, text, 40, 3);
    free(text);
    unload(&l);
}
