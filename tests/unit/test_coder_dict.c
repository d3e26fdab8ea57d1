/* Tests of the coder's dictionaries: the dyad format (errors name
 * file:line), the phrase matcher (longest match, case, multiword), the
 * CAMEO table, and the compatibility readers on ../shared/data/compat. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test.h"
#include "tree_util.h"

#include "code/coder.h"

static char tmpdir[64];

/* Writes dir/dict/NAME.txt files (NULL-terminated name, content pairs). */
static const char *make_data(const char *const *files) {
    strcpy(tmpdir, "/tmp/dyad-dict-XXXXXX");
    if (!mkdtemp(tmpdir)) return NULL;
    char path[256];
    snprintf(path, sizeof path, "%s/dict", tmpdir);
    if (mkdir(path, 0700)) return NULL;
    for (int i = 0; files[i]; i += 2) {
        snprintf(path, sizeof path, "%s/dict/%s", tmpdir, files[i]);
        FILE *f = fopen(path, "w");
        if (!f) return NULL;
        fputs(files[i + 1], f);
        fclose(f);
    }
    return tmpdir;
}

/* Removes what make_data wrote (the coder keeps nothing open once
 * loaded), so that test runs leave no directories behind in /tmp. */
static void remove_data(const char *const *files) {
    char path[256];
    for (int i = 0; files[i]; i += 2) {
        snprintf(path, sizeof path, "%s/dict/%s", tmpdir, files[i]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/dict", tmpdir);
    rmdir(path);
    rmdir(tmpdir);
}

static dyad_coder *load(const char *const *files, dyad_error *err) {
    const char *dir = make_data(files);
    if (!dir) return NULL;
    dyad_coder_options o = {0};
    o.data_dir = dir;
    o.gazetteer = ""; /* no places here (test_coder_when_where.c has them) */
    dyad_coder *c = dyad_coder_load(&o, err);
    remove_data(files);
    return c;
}

TEST(dict_errors_name_file_and_line) {
    static const char *const bad_kind[] = {"countries.txt", "RUS name: Russia\nRUS nmae: Russland\n",
                                           "verbs.txt", "190 verb: attack\n", NULL};
    dyad_error err = {0};
    dyad_coder *c = load(bad_kind, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "countries.txt:2: unknown kind 'nmae'") != NULL);
    static const char *const no_colon[] = {"countries.txt", "# comment\n\nRUS name Russia\n", "verbs.txt", "", NULL};
    c = load(no_colon, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "countries.txt:3:") != NULL);
    static const char *const bad_date[] = {"countries.txt", "RUS name: Russia\n", "people.txt",
                                           "RUSGOV office 2000-13-01..: Putin\n", "verbs.txt", "", NULL};
    c = load(bad_date, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "people.txt:1: bad date range") != NULL);
    static const char *const bad_place[] = {"countries.txt", "RUS name: Russia\n", "groups.txt",
                                            "RUSREB group in=ru: rebels of the north\n", "verbs.txt", "", NULL};
    c = load(bad_place, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "groups.txt:1: bad place list 'ru'") != NULL);
    static const char *const bad_pat[] = {"countries.txt", "RUS name: Russia\n", "verbs.txt",
                                          "190 verb: attack; launch obj=assault ~x\n", NULL};
    c = load(bad_pat, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "verbs.txt:1: pattern 'launch obj=assault ~x'") != NULL);
    static const char *const bad_event[] = {"countries.txt", "RUS name: Russia\n", "verbs.txt", "",
                                            "cameo.txt", "190 event: -10.0 9 ASSAULT | Use force\n", NULL};
    c = load(bad_event, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "cameo.txt:1:") != NULL);
    static const char *const missing_verbs[] = {"countries.txt", "RUS name: Russia\n", NULL};
    c = load(missing_verbs, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.message, "verbs.txt: missing") != NULL);
}

TEST(dict_loads_counts_and_cameo_table) {
    static const char *const files[] = {
        "countries.txt", "RUS name: Russia; Russian Federation  # two phrases\nRUS adj: Russian\n",
        "agents.txt", "GOV agent: government; foreign minister\n",
        "verbs.txt", "190 verb: attack; n:attack; launch obj=assault|attack @on|against\n",
        "cameo.txt", "190 event: -10.0 4 ASSAULT | Use conventional military force\n"
                     "010 event: 0.0 1 - | Make statement\n",
        NULL};
    dyad_error err = {0};
    dyad_coder *c = load(files, &err);
    CHECK(c != NULL);
    size_t phrases, patterns, codes;
    dyad_coder_counts(c, &phrases, &patterns, &codes);
    CHECK_INT(phrases, 5);
    CHECK_INT(patterns, 3);
    CHECK_INT(codes, 2);
    const cameo_entry *e = dict_cameo(&c->d, "1903"); /* falls back to 190 */
    CHECK(e != NULL);
    CHECK_STR(e->code, "190");
    CHECK_STR(e->plover, "ASSAULT");
    CHECK_INT(e->quad, 4);
    CHECK(e->goldstein == -10.0);
    e = dict_cameo(&c->d, "010");
    CHECK(e != NULL && e->plover == NULL);
    dyad_coder_free(c);
}

/* Mentions found in a tree, as "b-e:KIND:CODE" joined by spaces. */
static const char *mentions(dyad_coder *c, const char *src, const dyad_date *date) {
    static char out[1024];
    tree_doc d;
    out[0] = 0;
    if (tree_doc_parse(&d, src)) return "parse error";
    dyad_events *e = dyad_events_new();
    dyad_events_begin(e, d.text, d.text_len, date);
    sw_prepare(c, e, d.tok, (uint32_t)d.n_tok);
    find_mentions(c, e);
    size_t o = 0;
    for (uint32_t k = 0; k < e->w.n_m; k++) {
        const mention *m = &e->w.m[k];
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%u-%u:%s", k ? " " : "", m->b, m->e,
                              m->rec >= 0 ? c->d.recs[m->rec].code : "?");
    }
    dyad_events_free(e);
    tree_doc_free(&d);
    return out;
}

TEST(matcher_longest_match_case_and_multiword) {
    static const char *const files[] = {
        "countries.txt", "RUS name: Russia; Russian Federation\nRUS adj: Russian\nUSA name: US; United States\n"
                         "TUR name: Turkey\n",
        "agents.txt", "GOV agent: government; foreign minister\nSYRMIL agent: pro-Assad forces\nMIL agent: forces; troop\n",
        "verbs.txt", "", NULL};
    dyad_error err = {0};
    dyad_coder *c = load(files, &err);
    CHECK(c != NULL);
    /* longest: "Russian Federation" beats "Russian" */
    CHECK_STR(mentions(c, "1 the the DET DT 3 det\n2 Russian Russian ADJ JJ 3 amod\n3 Federation Federation PROPN NNP 0 root\n", NULL),
              "1-3:RUS");
    /* case: "us" the pronoun is not the US; "TURKEY" in capitals is Turkey,
     * "turkey" the bird is not */
    CHECK_STR(mentions(c, "1 told tell VERB VBD 0 root\n2 us we PRON PRP 1 obj\n3 US US PROPN NNP 1 obj\n", NULL), "2-3:USA");
    CHECK_STR(mentions(c, "1 TURKEY TURKEY PROPN NNP 0 root\n2 ate eat VERB VBD 1 dep\n3 turkey turkey NOUN NN 2 obj\n", NULL),
              "0-1:TUR");
    /* multiword, hyphen split or not, lemma match ("troops" -> troop) */
    CHECK_STR(mentions(c, "1 pro-Assad pro-Assad ADJ JJ 2 amod\n2 forces force NOUN NNS 0 root\n", NULL), "0-2:SYRMIL");
    CHECK_STR(mentions(c, "1 pro pro ADJ JJ 3 amod\n2 - - PUNCT HYPH 3 punct\n3 Assad Assad PROPN NNP 4 compound\n4 forces force NOUN NNS 0 root\n", NULL),
              "0-4:SYRMIL");
    CHECK_STR(mentions(c, "1 Turkish Turkish ADJ JJ 2 amod\n2 troops troop NOUN NNS 0 root\n", NULL), "1-2:MIL");
    CHECK_STR(mentions(c, "1 the the DET DT 3 det\n2 Foreign foreign ADJ JJ 3 amod\n3 Minister minister NOUN NN 0 root\n", NULL),
              "1-3:GOV");
    dyad_coder_free(c);
}

TEST(matcher_dated_people) {
    static const char *const files[] = {
        "countries.txt", "USA name: United States\n",
        "people.txt", "USA person: Donald Trump; Trump\n"
                      "USAGOV office 2017-01-20..2021-01-20, 2025-01-20..: Donald Trump; Trump\n",
        "verbs.txt", "", NULL};
    dyad_error err = {0};
    dyad_coder *c = load(files, &err);
    CHECK(c != NULL);
    const char *s = "1 Donald Donald PROPN NNP 0 root\n2 Trump Trump PROPN NNP 1 flat\n";
    dyad_date d2019 = {2019, 1, 1}, d2023 = {2023, 1, 1}, d2021 = {2021, 1, 20}, d2021b = {2021, 1, 21};
    CHECK_STR(mentions(c, s, &d2019), "0-2:USAGOV");
    CHECK_STR(mentions(c, s, &d2023), "0-2:USA");
    CHECK_STR(mentions(c, s, &d2021), "0-2:USAGOV");   /* ranges are inclusive */
    CHECK_STR(mentions(c, s, &d2021b), "0-2:USA");
    dyad_coder_free(c);
}

/* ---------------------------------------------------------------- compat */

static dyad_coder *load_compat(int fmt, const char *actors, const char *agents, const char *verbs,
                               const char *discards, dyad_error *err) {
    static const char *const empty[] = {"countries.txt", "", "verbs.txt", "", NULL};
    const char *dir = make_data(empty);
    dyad_coder_options o = {0};
    o.data_dir = dir;
    o.gazetteer = ""; /* no places here (test_coder_when_where.c has them) */
    o.dict_format = fmt;
    o.quiet = 1;
    o.actors = actors;
    o.agents = agents;
    o.verbs = verbs;
    o.discards = discards;
    dyad_coder *c = dyad_coder_load(&o, err);
    if (dir) remove_data(empty);
    return c;
}

#define COMPAT(name) test_shared_path("data/compat/" name)

TEST(compat_tabari_files_load) {
    const char *probe = COMPAT("tabari/TABARI.Demo.actors");
    if (!probe) return;
    static const char *const actor_files[] = {"TABARI.Demo.actors", "Internatnl.120521.actors",
                                              "CountryInfo.120116.actors"};
    static const unsigned min_phrases[] = {100, 7000, 22000};
    for (int i = 0; i < 3; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s", COMPAT("tabari/x"));
        snprintf(strrchr(path, '/') + 1, 200, "%s", actor_files[i]);
        dyad_error err = {0};
        dyad_coder *c = load_compat(DYAD_DICT_TABARI, path, NULL, NULL, NULL, &err);
        if (!c) test_fail(__FILE__, __LINE__, "%s", err.message);
        CHECK(c != NULL);
        if (c->d.n_phrases < min_phrases[i]) test_fail(__FILE__, __LINE__, "%s: %u phrases", actor_files[i], c->d.n_phrases);
        if (i == 2) {
            /* grep -c -P '^\t\[\S+ [^\]]' and '^+': every dated code line, every synonym */
            CHECK_INT(c->d.stats.dated, 25872);
            CHECK_INT(c->d.stats.synonyms, 1449);
        }
        dyad_coder_free(c);
    }
    static const char *const agent_files[] = {"Validate.agents", "PSU.120522.agents"};
    static const unsigned agents_n[] = {86, 2000};
    for (int i = 0; i < 2; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s", COMPAT("tabari/x"));
        snprintf(strrchr(path, '/') + 1, 200, "%s", agent_files[i]);
        dyad_error err = {0};
        dyad_coder *c = load_compat(DYAD_DICT_TABARI, NULL, path, NULL, NULL, &err);
        CHECK(c != NULL);
        if (i == 0) CHECK_INT(c->d.stats.agents, agents_n[0]);
        else CHECK(c->d.stats.agents > agents_n[1]);
        dyad_coder_free(c);
    }
    static const char *const verb_files[] = {"TABARI.Demo.verbs", "CAMEO.091003.master.verbs", "CAMEO.080612.verbs"};
    static const unsigned min_roots[] = {10, 1100, 1100}, min_pats[] = {20, 15000, 14000};
    for (int i = 0; i < 3; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s", COMPAT("tabari/x"));
        snprintf(strrchr(path, '/') + 1, 200, "%s", verb_files[i]);
        dyad_error err = {0};
        dyad_coder *c = load_compat(DYAD_DICT_TABARI, NULL, NULL, path, NULL, &err);
        if (!c) test_fail(__FILE__, __LINE__, "%s", err.message);
        CHECK(c != NULL);
        if (c->d.stats.blocks < min_roots[i] || c->d.stats.pattern_lines < min_pats[i])
            test_fail(__FILE__, __LINE__, "%s: %u roots, %u pattern lines", verb_files[i], c->d.stats.blocks,
                      c->d.stats.pattern_lines);
        dyad_coder_free(c);
    }
}

TEST(compat_petrarch_files_load) {
    const char *probe = COMPAT("petrarch2/PETR.Validate.actors.txt");
    if (!probe) return;
    char base[4000];
    snprintf(base, sizeof base, "%s", probe);
    *strrchr(base, '/') = 0;
    char p1[13000], p2[4200], p3[4200], p4[4200];
    /* the three Phoenix actor files together */
    snprintf(p1, sizeof p1, "%s/Phoenix.Countries.actors.txt,%s/Phoenix.International.actors.txt,%s/Phoenix.MilNonState.actors.txt",
             base, base, base);
    snprintf(p2, sizeof p2, "%s/Phoenix.agents.txt", base);
    snprintf(p3, sizeof p3, "%s/CAMEO.2.0.txt", base);
    snprintf(p4, sizeof p4, "%s/Phoenix.discards.txt", base);
    dyad_error err = {0};
    dyad_coder *c = load_compat(DYAD_DICT_PETRARCH, p1, p2, p3, p4, &err);
    if (!c) test_fail(__FILE__, __LINE__, "%s", err.message);
    CHECK(c != NULL);
    CHECK_INT(c->d.stats.blocks, 397);
    CHECK_INT(c->d.stats.pattern_lines, 4668);
    CHECK_INT(c->d.stats.synsets, 40);
    CHECK(c->d.stats.primary > 25000);      /* 18k + 7.8k + 1k primaries */
    CHECK(c->d.stats.synonyms > 7500);
    CHECK(c->d.stats.agents > 2000);
    CHECK_INT(c->d.stats.discards, 506);
    dyad_coder_free(c);
    snprintf(p1, sizeof p1, "%s/PETR.Validate.actors.txt", base);
    snprintf(p2, sizeof p2, "%s/PETR.Validate.agents.txt", base);
    snprintf(p3, sizeof p3, "%s/PETR.Validate.verbs.txt", base);
    snprintf(p4, sizeof p4, "%s/PETR.Validate.discards.txt", base);
    c = load_compat(DYAD_DICT_PETRARCH, p1, p2, p3, p4, &err);
    if (!c) test_fail(__FILE__, __LINE__, "%s", err.message);
    CHECK(c != NULL);
    CHECK_INT(c->d.stats.blocks, 261);
    CHECK_INT(c->d.stats.pattern_lines, 474);
    CHECK_INT(c->d.stats.synsets, 17);
    CHECK_INT(c->d.stats.agents, 88);
    CHECK_INT(c->d.stats.discards, 9);
    dyad_coder_free(c);
}
