/* Tests of beam-search parsing (parser_beam.c) and of the beam width in the
 * model file: format 4 stores it, format 3 files still load (greedy), a
 * width out of range or an unknown version is refused. */
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/parser.h"
#include "nlp/parser_internal.h"
#include "nlp/parser_model.h"
#include "parser_fixture.h"

#define MODEL_PATH "data/models/parser.bin"

static void temp_path(char *path) {
    int fd = mkstemp(path);
    if (fd >= 0) close(fd);
}

static int is_tree(const int32_t *heads, int n) {
    int roots = 0;
    for (int i = 0; i < n; i++) {
        if (heads[i] < -1 || heads[i] >= n || heads[i] == i) return 0;
        roots += heads[i] == -1;
        int x = i, steps = 0;
        while (x >= 0 && steps++ <= n) x = heads[x];
        if (x != -1) return 0;
    }
    return roots == 1;
}

TEST(parser_model_beam_width_and_versions) {
    char path[] = "/tmp/dyad-parser-XXXXXX";
    temp_path(path);
    parser *p;
    dyad_error err;
    /* format 3 (no width field): greedy */
    write_small_model_v(path, 4, 256 * 8, 3, 0, 0);
    CHECK_INT(parser_load(path, &p, &err), DYAD_OK);
    CHECK_INT(parser_beam(p), 1);
    CHECK_INT(parser_beam_margin(p), 0);
    parser_free(p);
    /* format 4 with beam 4: parser_parse uses it */
    write_small_model_v(path, 4, 256 * 8, 4, 4, 7);
    CHECK_INT(parser_load(path, &p, &err), DYAD_OK);
    CHECK_INT(parser_beam(p), 4);
    CHECK_INT(parser_beam_margin(p), 7);
    arena a;
    arena_init(&a);
    const char *forms[] = {"a", "b", "c", "d", "e"}, *upos[] = {"X", "NOUN", "X", "VERB", "X"};
    int32_t heads[5];
    const char *rels[5];
    CHECK_INT(parser_parse(p, 5, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
    CHECK(is_tree(heads, 5));
    parser_set_beam(p, 0, -5);
    CHECK_INT(parser_beam_margin(p), 0);
    CHECK_INT(parser_beam(p), 1);
    parser_set_beam(p, 99, 5);
    CHECK_INT(parser_beam_margin(p), 5);
    CHECK_INT(parser_beam(p), PARSER_MAX_BEAM);
    arena_free(&a);
    parser_free(p);
    /* widths out of range */
    write_small_model_v(path, 4, 256 * 8, 4, 0, 0);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "bad beam width"));
    write_small_model_v(path, 4, 256 * 8, 4, PARSER_MAX_BEAM + 1, 0);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "bad beam width"));
    write_small_model_v(path, 4, 256 * 8, 4, 2, PARSER_MAX_MARGIN + 1);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "bad beam margin"));
    /* versions before 3 and after the current one */
    write_small_model_v(path, 4, 256 * 8, 2, 1, 0);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "version 2"));
    CHECK(strstr(err.message, "versions 3 to 4"));
    write_small_model_v(path, 4, 256 * 8, PARSER_FORMAT_VERSION + 1, 1, 0);
    CHECK_INT(parser_load(path, &p, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "version"));
    unlink(path);
}

/* The best total score of any derivation from s (forced transitions score
 * 0, as in parser_beam.c), with the heads of one best derivation and the
 * number of derivations reaching it. */
typedef struct best { int64_t score; int ties; int32_t heads[8]; } best;

static void search(const parser *p, const pstate *s, int64_t score, arena *a, best *b) {
    if (pstate_done(s)) {
        if (b->ties && score < b->score) return;
        if (b->ties && score == b->score) { b->ties++; return; }
        b->score = score;
        b->ties = 1;
        for (int i = 0; i < s->n; i++) b->heads[i] = s->head[i] == s->n ? -1 : s->head[i];
        return;
    }
    int lo[3], hi[3];
    int nr = pstate_valid_ranges(s, &p->pc, lo, hi);
    int forced = nr == 1 && hi[0] - lo[0] == 1;
    int16_t scores[PARSER_MAX_CLASSES] __attribute__((aligned(16))) = {0};
    if (!forced) parser_score_state(p, s, s->b == s->n ? 2 : s->sp >= 2 ? 1 : 0, scores);
    for (int r = 0; r < nr; r++)
        for (int c = lo[r]; c < hi[r]; c++) {
            pstate *t = pstate_new(a, s->n, s->tok - 1);
            pstate_copy(t, s);
            pstate_apply(t, p->pc.cls[c]);
            search(p, t, score + (forced ? 0 : scores[c]), a, b);
        }
}

/* With a beam wider than the number of derivations (3 words: 7 trees,
 * each with one derivation and so at most 7 partial derivations per step)
 * beam search is exact: it finds the best-scoring derivation, which greedy
 * parsing misses for some sentences. */
TEST(parser_beam_search_is_exact_when_wide) {
    char path[] = "/tmp/dyad-parser-XXXXXX";
    temp_path(path);
    write_small_model_v(path, 4, 256 * 8, 4, PARSER_MAX_BEAM, 0);
    parser *p;
    dyad_error err;
    CHECK_INT(parser_load(path, &p, &err), DYAD_OK);
    arena a;
    arena_init(&a);
    static const char *const words[] = {"the", "cat", "sat", "on", "mat", "talks", "ended", "in", "Paris"};
    static const char *const tags[] = {"DET", "NOUN", "VERB", "ADP", "NOUN", "NOUN", "VERB", "ADP", "PROPN"};
    int checked = 0, greedy_missed = 0;
    for (int k = 0; k < 200; k++) {
        const char *forms[3], *upos[3];
        for (int i = 0; i < 3; i++) {
            int w = (k * 7 + i * 5 + k / 9 * i) % 9;
            forms[i] = words[w];
            upos[i] = tags[(w + k / 3) % 9];
        }
        arena_reset(&a);
        ptoken tok[5];
        ptoken_sentinels(&tok[0], &tok[4]);
        for (int i = 0; i < 3; i++) ptoken_make(&tok[i + 1], forms[i], upos[i], NULL, NULL);
        best b = {0};
        search(p, pstate_new(&a, 3, tok), 0, &a, &b);
        if (b.ties != 1) continue; /* a tie: either tree is right */
        int32_t heads[3];
        const char *rels[3];
        parser_set_beam(p, PARSER_MAX_BEAM, 0);
        CHECK_INT(parser_parse(p, 3, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
        for (int i = 0; i < 3; i++) CHECK_INT(heads[i], b.heads[i]);
        parser_set_beam(p, 1, 0);
        CHECK_INT(parser_parse(p, 3, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
        for (int i = 0; i < 3; i++)
            if (heads[i] != b.heads[i]) { greedy_missed++; break; }
        checked++;
    }
    CHECK(checked > 100);
    CHECK(greedy_missed > 0); /* the search matters in this test */
    arena_free(&a);
    parser_free(p);
    unlink(path);
}

/* The shipped model decoded with beams 1 to 8 (8 with a margin): always a
 * tree; with its own
 * width the simple sentence's main relations are right (a model trained
 * greedily can be worse with a beam, and the other way round). */
TEST(parser_beam_builds_trees_with_shipped_model) {
    if (access(MODEL_PATH, R_OK) != 0) SKIP(MODEL_PATH " is not built (make models)");
    parser *p;
    dyad_error err;
    CHECK_INT(parser_load(MODEL_PATH, &p, &err), DYAD_OK);
    arena a;
    arena_init(&a);
    enum { N = 120 };
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
    const char *f1[] = {"Russian", "troops", "attacked", "the", "rebel", "town", "on", "Saturday", "."};
    const char *u1[] = {"ADJ", "NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"};
    const char *x1[] = {"JJ", "NNS", "VBD", "DT", "NN", "NN", "IN", "NNP", "."};
    int own = parser_beam(p);
    for (int beam = 1; beam <= 8; beam++) {
        parser_set_beam(p, beam, beam == 8 ? 300 : 0);
        arena_reset(&a);
        CHECK_INT(parser_parse(p, N, forms, upos, NULL, NULL, heads, rels, &a), DYAD_OK);
        CHECK(is_tree(heads, N));
        for (int i = 0; i < N; i++) CHECK(rels[i] && *rels[i]);
        CHECK_INT(parser_parse(p, 9, f1, u1, x1, NULL, heads, rels, &a), DYAD_OK);
        CHECK(is_tree(heads, 9));
        CHECK_INT(parser_parse(p, 1, f1, u1, x1, NULL, heads, rels, &a), DYAD_OK);
        CHECK_INT(heads[0], -1);
        if (beam != own) continue;
        CHECK_INT(parser_parse(p, 9, f1, u1, x1, NULL, heads, rels, &a), DYAD_OK);
        CHECK_INT(heads[2], -1);
        CHECK_INT(heads[1], 2);
        CHECK_STR(rels[1], "nsubj");
        CHECK_INT(heads[5], 2);
        CHECK_STR(rels[5], "obj");
    }
    arena_free(&a);
    parser_free(p);
}
