/* Tests of the dependency parser: transitions + dynamic oracle reproduce
 * gold trees, projectivisation, the model loader's error handling, and a
 * sane tree from the shipped model. */
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"
#include "parser_fixture.h"

#define MODEL_PATH "data/models/parser.bin"

/* A tiny class table: SHIFT, LEFT-root, LEFT-a, LEFT-b, RIGHT-a, RIGHT-b. */
static void tiny_classes(pclasses *pc) {
    pc->root_label = 0;
    pc->cls[0] = (pclass){T_SHIFT, 0};
    pc->cls[1] = (pclass){T_LEFT, 0};
    pc->cls[2] = (pclass){T_LEFT, 1};
    pc->cls[3] = (pclass){T_LEFT, 2};
    pc->right_begin = 4;
    pc->cls[4] = (pclass){T_RIGHT, 1};
    pc->cls[5] = (pclass){T_RIGHT, 2};
    pc->n_classes = 6;
}

/* Follows zero-cost transitions; returns 1 when the result is the gold tree. */
static int oracle_reproduces(const pclasses *pc, int n, const int *gh, const int *gl) {
    arena a;
    arena_init(&a);
    ptoken *tok = arena_alloc(&a, (size_t)(n + 2) * sizeof *tok);
    ptoken_sentinels(&tok[0], &tok[n + 1]);
    for (int i = 0; i < n; i++) ptoken_make(&tok[i + 1], "w", "NOUN", NULL, NULL);
    pstate *s = pstate_new(&a, n, tok);
    int ok = 1, steps = 0;
    int cost[PARSER_MAX_CLASSES];
    while (!pstate_done(s) && steps++ < 4 * n + 4) {
        int lo[3], hi[3];
        int nr = pstate_valid_ranges(s, pc, lo, hi);
        parser_costs(s, pc, gh, gl, lo, hi, nr, cost);
        int best = -1;
        for (int r = 0; r < nr; r++)
            for (int c = lo[r]; c < hi[r]; c++)
                if (best < 0 || cost[c] < cost[best]) best = c;
        if (cost[best] != 0) ok = 0;
        pstate_apply(s, pc->cls[best]);
    }
    if (!pstate_done(s)) ok = 0;
    for (int i = 0; i < n && ok; i++)
        if (s->head[i] != gh[i] || (gh[i] != n && s->label[i] != gl[i])) ok = 0;
    arena_free(&a);
    return ok;
}

TEST(parser_oracle_reproduces_small_trees) {
    pclasses pc;
    tiny_classes(&pc);
    /* "A B C D": B root; A <-a- B; B -b-> D; D -a-> C? no: C <-a- D */
    int gh1[] = {1, 4, 3, 1}, gl1[] = {1, 0, 1, 2};
    CHECK(oracle_reproduces(&pc, 4, gh1, gl1));
    /* right-branching chain 0 -> 1 -> 2 -> 3 -> 4, root 0 */
    int gh2[] = {5, 0, 1, 2, 3}, gl2[] = {0, 2, 2, 1, 2};
    CHECK(oracle_reproduces(&pc, 5, gh2, gl2));
    /* left-branching chain, root last */
    int gh3[] = {1, 2, 3, 4}, gl3[] = {1, 1, 2, 0};
    CHECK(oracle_reproduces(&pc, 4, gh3, gl3));
    int gh4[] = {1}, gl4[] = {0};
    CHECK(oracle_reproduces(&pc, 1, gh4, gl4));
}

TEST(parser_projectivize_lifts_crossing_arcs) {
    /* 0 <- 2, 1 -> 3 crosses 2's arc: "A B C D" heads {2, 4(root), 1, 1}
     * with 3's head 1 and 0's head 2: arc 2->0 spans 1 which is not
     * dominated by 2. */
    int head[] = {2, 4, 1, 1};
    int lifts = parser_projectivize(4, head);
    CHECK(lifts >= 1);
    CHECK_INT(head[0], 1); /* lifted to the head's head */
    int proj[] = {1, 4, 1, 2};
    CHECK_INT(parser_projectivize(4, proj), 0);
}

/* Every projectivised EWT dev tree is reached by the oracle. */
TEST(parser_oracle_reproduces_ewt_dev) {
    const char *path = test_shared_path("data/ud-ewt/en_ewt-ud-dev.conllu");
    if (!path) return;
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    CHECK(r != NULL);
    pclasses pc;
    pc.root_label = 0;
    pc.cls[0] = (pclass){T_SHIFT, 0};
    pc.cls[1] = (pclass){T_LEFT, 0};
    pc.cls[2] = (pclass){T_LEFT, 1};
    pc.right_begin = 3;
    pc.cls[3] = (pclass){T_RIGHT, 1};
    pc.n_classes = 4;
    conllu_sentence s;
    int rc, checked = 0, failed = 0;
    while ((rc = conllu_next(r, &s, &err)) != 0) {
        if (rc < 0) continue;
        int n = (int)s.n_words;
        int *gh = malloc((size_t)n * sizeof *gh), *gl = malloc((size_t)n * sizeof *gl);
        for (int i = 0; i < n; i++) {
            gh[i] = s.words[i].head == 0 ? n : s.words[i].head - 1;
            gl[i] = gh[i] == n ? 0 : 1;
        }
        parser_projectivize(n, gh);
        if (!oracle_reproduces(&pc, n, gh, gl)) failed++;
        checked++;
        free(gh);
        free(gl);
    }
    conllu_close(r);
    CHECK(checked > 1900);
    CHECK_INT(failed, 0);
}

static void temp_path(char *path) {
    int fd = mkstemp(path);
    if (fd >= 0) close(fd);
}

TEST(parser_load_rejects_bad_files) {
    parser *p = (parser *)1;
    dyad_error err;
    CHECK_INT(parser_load("/nonexistent/parser.bin", &p, &err), DYAD_ERR_INPUT);
    CHECK(p == NULL);
    CHECK(strstr(err.message, "/nonexistent/parser.bin"));

    /* a valid container of another kind */
    char path[] = "/tmp/dyad-parser-XXXXXX";
    temp_path(path);
    model_writer w;
    model_writer_open(&w, path, MODEL_KIND('T', 'A', 'G', 'R'), PARSER_FORMAT_VERSION, 18, &err);
    model_write_u32(&w, 1);
    model_writer_close(&w, &err);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "kind TAGR"));

    /* right kind, wrong version */
    model_writer_open(&w, path, PARSER_KIND_CODE, PARSER_FORMAT_VERSION + 1, 18, &err);
    model_write_u32(&w, 1);
    model_writer_close(&w, &err);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "version"));

    /* right kind and version, nonsense payload (valid checksum) */
    model_writer_open(&w, path, PARSER_KIND_CODE, PARSER_FORMAT_VERSION, 18, &err);
    model_write_u32(&w, 2);
    model_write_u32(&w, 4);
    model_write(&w, "root", 4);
    model_write_u32(&w, 1000); /* label longer than the payload */
    model_writer_close(&w, &err);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "malformed parser model"));

    /* a plausible header whose weight table is missing */
    write_small_model(path, 4, 64);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "truncated weights"));
    /* no RIGHT class: some states would have no valid transition */
    write_small_model(path, 2, 64);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "bad class table"));
    /* the complete small model loads and parses (found by fuzzing:
     * fuzz/fuzz_parser_model.c) */
    write_small_model(path, 4, 256 * 8);
    CHECK_INT(parser_load(path, &p, &err), DYAD_OK);
    arena a;
    arena_init(&a);
    const char *forms[] = {"a", "b", "c"}, *upos[] = {"X", "X", "X"};
    int32_t heads[3];
    const char *rels[3];
    CHECK_INT(parser_parse(p, 3, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
    int roots = 0;
    for (int i = 0; i < 3; i++) roots += heads[i] == -1;
    CHECK_INT(roots, 1);
    arena_free(&a);
    parser_free(p);
    unlink(path);
}

TEST(parser_load_rejects_truncated_model) {
    if (access(MODEL_PATH, R_OK) != 0) SKIP(MODEL_PATH " is not built (make models)");
    FILE *in = fopen(MODEL_PATH, "rb");
    CHECK(in != NULL);
    char path[] = "/tmp/dyad-parser-XXXXXX";
    temp_path(path);
    FILE *out = fopen(path, "wb");
    CHECK(out != NULL);
    /* copy the first 100 kB only */
    static char buf[100000];
    size_t got = fread(buf, 1, sizeof buf, in);
    fwrite(buf, 1, got, out);
    fclose(in);
    fclose(out);
    parser *p;
    dyad_error err;
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "truncated"));
    unlink(path);
}

static int find(const int32_t *heads, const char **rels, int n, int head, const char *rel) {
    for (int i = 0; i < n; i++)
        if (heads[i] == head && !strcmp(rels[i], rel)) return i;
    return -1;
}

TEST(parser_parses_simple_sentences) {
    if (access(MODEL_PATH, R_OK) != 0) SKIP(MODEL_PATH " is not built (make models)");
    parser *p;
    dyad_error err;
    CHECK_INT(parser_load(MODEL_PATH, &p, &err), DYAD_OK);
    arena a;
    arena_init(&a);
    const char *forms[] = {"Russian", "troops", "attacked", "the", "rebel", "town", "on", "Saturday", "."};
    const char *upos[] = {"ADJ", "NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"};
    const char *xpos[] = {"JJ", "NNS", "VBD", "DT", "NN", "NN", "IN", "NNP", "."};
    int32_t heads[9];
    const char *rels[9];
    CHECK_INT(parser_parse(p, 9, forms, upos, xpos, NULL, heads, rels, &a), DYAD_OK);
    CHECK_INT(heads[2], -1);
    CHECK_STR(rels[2], "root");
    CHECK_INT(find(heads, rels, 9, 2, "nsubj"), 1);
    CHECK_INT(find(heads, rels, 9, 2, "obj"), 5);
    CHECK_INT(heads[0], 1);
    CHECK_STR(rels[0], "amod");
    CHECK_INT(heads[3], 5);
    CHECK_STR(rels[3], "det");
    CHECK_INT(heads[7], 2);
    CHECK_STR(rels[7], "obl");
    CHECK_INT(heads[8], 2);
    CHECK_STR(rels[8], "punct");

    /* without XPOS the main relations stay */
    CHECK_INT(parser_parse(p, 9, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
    CHECK_INT(heads[2], -1);
    CHECK_INT(find(heads, rels, 9, 2, "nsubj"), 1);
    CHECK_INT(find(heads, rels, 9, 2, "obj"), 5);

    /* passive with agent; lemmas absent */
    const char *f2[] = {"The", "talks", "were", "hosted", "by", "Turkey"};
    const char *u2[] = {"DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"};
    const char *x2[] = {"DT", "NNS", "VBD", "VBN", "IN", "NNP"};
    int32_t h2[6];
    const char *r2[6];
    CHECK_INT(parser_parse(p, 6, f2, u2, x2, NULL, h2, r2, &a), DYAD_OK);
    CHECK_INT(h2[3], -1);
    CHECK_INT(find(h2, r2, 6, 3, "nsubj:pass"), 1);
    CHECK_INT(find(h2, r2, 6, 3, "aux:pass"), 2);
    CHECK_INT(h2[5], 3);

    /* one word, and no words */
    const char *f3[] = {"Yes"}, *u3[] = {"INTJ"};
    int32_t h3[1];
    const char *r3[1];
    CHECK_INT(parser_parse(p, 1, f3, u3, NULL, NULL, h3, r3, &a), DYAD_OK);
    CHECK_INT(h3[0], -1);
    CHECK_STR(r3[0], "root");
    CHECK_INT(parser_parse(p, 0, f3, u3, NULL, NULL, h3, r3, &a), DYAD_OK);
    arena_free(&a);
    parser_free(p);
}

/* Each word gets exactly one head, there is one root and no cycle, even for
 * a long sentence of unseen words and odd tags. */
TEST(parser_always_builds_a_tree) {
    if (access(MODEL_PATH, R_OK) != 0) SKIP(MODEL_PATH " is not built (make models)");
    parser *p;
    dyad_error err;
    CHECK_INT(parser_load(MODEL_PATH, &p, &err), DYAD_OK);
    arena a;
    arena_init(&a);
    enum { N = 300 };
    const char *forms[N], *upos[N];
    static const char *const tags[] = {"NOUN", "VERB", "PUNCT", "X", "ADP", "SYM"};
    static char words[N][16];
    for (int i = 0; i < N; i++) {
        snprintf(words[i], sizeof words[i], "zq%dx", i * 7919 % 1000);
        forms[i] = words[i];
        upos[i] = tags[(i * 31) % 6];
    }
    int32_t heads[N];
    const char *rels[N];
    CHECK_INT(parser_parse(p, N, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
    int roots = 0;
    for (int i = 0; i < N; i++) {
        CHECK(heads[i] >= -1 && heads[i] < N && heads[i] != i);
        CHECK(rels[i] && *rels[i]);
        if (heads[i] < 0) roots++;
        int x = i, steps = 0;
        while (x >= 0 && steps++ <= N) x = heads[x];
        CHECK(x == -1); /* reaches the root: no cycle */
    }
    CHECK_INT(roots, 1);
    arena_free(&a);
    parser_free(p);
}
