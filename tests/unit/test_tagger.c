/* Tests of the POS tagger, the lemmatizer and model loading, against the
 * shipped model data/models/tagger.bin. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "base/arena.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_file.h"
#include "nlp/tag_wordnet.h"
#include "nlp/tagger.h"
#include "pipeline/annotate.h"

#define MODEL "data/models/tagger.bin"

static tagger *load_model(void) {
    tagger *t = NULL;
    dyad_error err;
    if (tagger_load(MODEL, &t, &err)) {
        test_fail(__FILE__, __LINE__, "%s", err.message);
        return NULL;
    }
    return t;
}

/* Tags a space-separated sentence as dyad does (tagger_tag_news);
 * returns the number of words. */
static size_t tag_text(const tagger *t, const char *text, char *buf, size_t cap,
                       const char **forms, const char **upos, const char **xpos,
                       const char **lemmas, arena *a) {
    snprintf(buf, cap, "%s", text);
    size_t n = 0;
    for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) forms[n++] = tok;
    tagger_tag_news(t, n, forms, upos, xpos, lemmas, NULL, a);
    return n;
}

TEST(tagger_tags_a_news_sentence) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "Russian President Vladimir Putin said on Saturday that the two "
                           "leaders had agreed to fight the Islamic State in Syria .",
                        buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 21);
    CHECK_STR(u[0], "ADJ");    /* Russian */
    CHECK_STR(x[0], "JJ");
    CHECK_STR(u[2], "PROPN");  /* Vladimir */
    CHECK_STR(x[3], "NNP");    /* Putin */
    CHECK_STR(u[4], "VERB");   /* said */
    CHECK_STR(x[4], "VBD");
    CHECK_STR(l[4], "say");
    CHECK_STR(u[5], "ADP");    /* on */
    CHECK_STR(u[6], "PROPN");  /* Saturday */
    CHECK_STR(u[7], "SCONJ");  /* that */
    CHECK_STR(u[8], "DET");    /* the */
    CHECK_STR(u[9], "NUM");    /* two */
    CHECK_STR(x[10], "NNS");   /* leaders */
    CHECK_STR(l[10], "leader");
    CHECK_STR(u[11], "AUX");   /* had */
    CHECK_STR(l[11], "have");
    CHECK_STR(x[12], "VBN");   /* agreed */
    CHECK_STR(l[12], "agree");
    CHECK_STR(u[13], "PART");  /* to */
    CHECK_STR(x[14], "VB");    /* fight */
    CHECK_STR(u[20], "PUNCT");
    arena_free(&a);
    tagger_free(t);
}

/* A sentence whose only verb the model reads as a participle after its
 * subject gets it back as a past tense when an object follows (or, after
 * a plural, a preposition other than by/to/for/of); a participle without
 * an object, or after an auxiliary, stays. */
TEST(tagger_repairs_participle_with_object) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "Protesters stormed Kenya 's parliament in Nairobi .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 8);
    CHECK_STR(x[1], "VBD");
    CHECK_STR(u[1], "VERB");
    CHECK_STR(l[1], "storm");
    n = tag_text(t, "Azerbaijani artillery shelled Armenian army positions overnight .", buf, sizeof buf, f, u, x, l,
                 &a);
    CHECK_STR(x[2], "VBD");
    n = tag_text(t, "Rusted out and unsafe cars sold here !", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[5], "VBN");
    n = tag_text(t, "Passport needed for international travel .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[1], "VBN");
    /* intransitive after a plural, before a preposition; a relative
     * clause's verb after it is no other predicate */
    n = tag_text(t, "Tens of thousands of people rallied in central Belgrade on Saturday , demanding answers for "
                    "a collapse that killed 15 people .",
                 buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(f[5], "rallied");
    CHECK_STR(x[5], "VBD");
    /* but not before "by" / "to" (passives), nor with another clause's verb */
    /* a past tense spelt like a noun, read as a compound */
    n = tag_text(t, "A gunman shot Slovak Prime Minister Robert Fico on Wednesday .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[2], "VBD");
    CHECK_STR(u[2], "VERB");
    CHECK_STR(l[2], "shoot");
    n = tag_text(t, "Israeli troops shot Palestinian protesters near Khan Younis .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[2], "VBD");
    CHECK_STR(l[2], "shoot");
    /* a relative clause's verb after it is another clause; an object may
     * open with a quantity */
    n = tag_text(t, "Police in Nairobi fired tear gas at supporters who had gathered in the centre .", buf,
                 sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[3], "VBD");
    n = tag_text(t, "A drone strike killed at least 20 civilians at a market , officials said .", buf, sizeof buf, f, u,
                 x, l, &a);
    CHECK_STR(f[3], "killed");
    CHECK_STR(x[3], "VBD");
    /* the day between the verb and its clause, a possessive 's before it,
     * a that-clause after it */
    n = tag_text(t, "Mali 's army denied on Sunday that its drone strike had killed civilians .", buf, sizeof buf, f,
                 u, x, l, &a);
    CHECK_STR(x[3], "VBD");
    /* the training-time tagger (tagger_tag, which the parser's training
     * data come from) leaves that one alone */
    {
        const char *tf[] = {"A", "drone", "strike", "killed", "at", "least", "20", "civilians", ",", "officials",
                            "said", "."};
        const char *tu[12], *tx[12], *tl[12];
        CHECK_INT(tagger_tag(t, 12, tf, tu, tx, tl, NULL, &a), 0);
        CHECK_STR(tx[3], "VBN");
    }
    /* "offensive" as the noun of news, not the predicative adjective */
    n = tag_text(t, "Israel launched a ground offensive against Hezbollah .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[4], "NN");
    CHECK_STR(u[4], "NOUN");
    n = tag_text(t, "The tattoos are n't offensive .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[4], "JJ");
    n = tag_text(t, "Hamas remains targeted by Israel .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[2], "VBN");
    n = tag_text(t, "In three letters submitted to the Office , I defend wiki technology .", buf, sizeof buf, f, u, x,
                 l, &a);
    CHECK_STR(x[3], "VBN");
    arena_free(&a);
    tagger_free(t);
}

/* Verb forms the suffix rules would cut to non-words keep a real lemma:
 * the other -ed form's exception ("declined"/VBD as "declined"/VBN), or
 * WordNet's base ("examined" -> "examine", not "examin"). */
TEST(tagger_lemmas_of_ed_forms) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    tag_text(t, "He examined the plan and they combined forces .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(l[1], "examine");
    CHECK_STR(l[6], "combine");
    tag_text(t, "She joined the talks and it rained .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(l[1], "join");
    CHECK_STR(l[6], "rain");
    arena_free(&a);
    tagger_free(t);
}

TEST(tagger_lemmatises_common_forms) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "The children were better off , and the forces was n't there "
                           "because it 's been said that they 're leaving .",
                        buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 22);
    CHECK_STR(l[0], "the");       /* sentence-initial capital lower-cased */
    CHECK_STR(l[1], "child");
    CHECK_STR(l[2], "be");        /* were */
    CHECK_STR(l[3], "good");      /* better */
    CHECK_STR(l[8], "force");
    CHECK_STR(l[9], "be");        /* was */
    CHECK_STR(l[10], "not");      /* n't */
    CHECK_STR(l[14], "be");       /* 's (is) */
    CHECK_STR(l[16], "say");
    CHECK_STR(l[18], "they");
    CHECK_STR(l[19], "be");       /* 're */
    CHECK_STR(l[20], "leave");
    /* Possessive 's keeps its form. */
    n = tag_text(t, "Syria 's government rejected the offers .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 7);
    CHECK_STR(x[1], "POS");
    CHECK_STR(l[1], "'s");
    CHECK_STR(l[0], "Syria");     /* proper nouns keep their case */
    CHECK_STR(l[3], "reject");
    CHECK_STR(l[5], "offer");
    arena_free(&a);
    tagger_free(t);
}

TEST(tagger_handles_odd_input) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    /* Empty sentence, very long and non-ASCII forms, empty form. */
    CHECK_INT(tagger_tag(t, 0, NULL, NULL, NULL, NULL, NULL, &a), 0);
    char longw[300];
    memset(longw, 'x', sizeof longw - 1);
    longw[sizeof longw - 1] = 0;
    const char *f[] = {longw, "Ḩalab", "", "\xe2\x80\x94", "12,500"};
    const char *u[5], *x[5], *l[5];
    CHECK_INT(tagger_tag(t, 5, f, u, x, l, NULL, &a), 0);
    for (int i = 0; i < 5; i++) CHECK(u[i] && x[i] && l[i]);
    CHECK_STR(l[0], longw);
    CHECK_STR(u[4], "NUM");
    arena_free(&a);
    tagger_free(t);
}

/* Copies the model to /tmp with one change; returns the path. */
static const char *damaged_copy(long offset, int byte, long truncate_to) {
    static char path[64];
    FILE *in = fopen(MODEL, "rb");
    if (!in) return NULL;
    strcpy(path, "/tmp/dyad-tagger-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) { fclose(in); return NULL; }
    FILE *out = fdopen(fd, "wb");
    long pos = 0;
    int c;
    while ((c = getc(in)) != EOF) {
        if (truncate_to >= 0 && pos >= truncate_to) break;
        if (pos == offset) c = byte;
        putc(c, out);
        pos++;
    }
    fclose(in);
    fclose(out);
    return path;
}

TEST(tagger_rejects_damaged_models) {
    dyad_error err;
    tagger *t = NULL;
    CHECK(tagger_load("/nonexistent/tagger.bin", &t, &err) != 0);
    CHECK(t == NULL);
    const char *p = damaged_copy(-1, 0, 1000);  /* truncated */
    CHECK(p);
    CHECK(tagger_load(p, &t, &err) != 0);
    CHECK(t == NULL);
    CHECK(strstr(err.message, p));
    unlink(p);
    p = damaged_copy(5000, 0x5a, -1);            /* one payload byte changed */
    CHECK(p);
    CHECK(tagger_load(p, &t, &err) != 0);
    CHECK(strstr(err.message, "checksum"));
    unlink(p);
    p = damaged_copy(12, 99, -1);                /* wrong format version */
    CHECK(p);
    CHECK(tagger_load(p, &t, &err) != 0);
    CHECK(strstr(err.message, "version"));
    unlink(p);
    p = damaged_copy(8, 'X', -1);                /* another kind of model */
    CHECK(p);
    CHECK(tagger_load(p, &t, &err) != 0);
    unlink(p);
}

TEST(tagger_lemma_rules_round_trip) {
    int strip, lower;
    const char *app;
    lemma_rule_derive("Forces", "force", &strip, &lower, &app);
    CHECK_INT(strip, 1);
    CHECK_INT(lower, 1);
    CHECK_STR(app, "");
    lemma_rule_derive("studies", "study", &strip, &lower, &app);
    CHECK_INT(strip, 3);
    CHECK_STR(app, "y");
    lemma_rule_derive("Obamas", "Obama", &strip, &lower, &app);
    CHECK_INT(lower, 0);
    CHECK_INT(strip, 1);
}

TEST(models_load_from_data_dir) {
    dyad_error err;
    CHECK(dyad_default_data_dir() != NULL);
    dyad_models *m = dyad_models_load("data", &err);
    CHECK(m);
    arena a;
    arena_init(&a);
    const char *forms[] = {"Protesters", "clashed", "with", "police", "."};
    const char *upos[5], *lemmas[5];
    int32_t heads[5];
    annotate_words w = {0};
    w.n = 5;
    w.forms = forms;
    w.upos = upos;
    w.lemmas = lemmas;
    w.heads = heads;
    CHECK_INT(annotate_sentence(m, &w, &a, &err), 0);
    CHECK_STR(upos[1], "VERB");
    CHECK_STR(lemmas[0], "protester");
    CHECK_STR(lemmas[1], "clash");
    if (!annotate_has_parser(m)) CHECK_INT(heads[0], -1);
    arena_free(&a);
    dyad_models_free(m);
    /* A directory without models: a clear error, no crash. */
    CHECK(dyad_models_load("/tmp", &err) == NULL);
    CHECK(strstr(err.message, "tagger.bin"));
    /* --data may also name the models directory itself. */
    m = dyad_models_load("data/models", &err);
    CHECK(m);
    dyad_models_free(m);
}

/* Damage that keeps the checksum valid (rewritten through model_writer), so
 * the structural checks of tagger_load are what must catch it: loading
 * either fails with a message or gives a tagger that tags without reading
 * out of bounds (run under ASan with make test SAN=1). */
TEST(tagger_survives_consistent_corruption) {
    dyad_error err;
    model_blob b;
    if (model_blob_load(MODEL, TAGGER_KIND, TAGGER_VERSION, &b, &err)) {
        test_fail(__FILE__, __LINE__, "%s", err.message);
        return;
    }
    char path[] = "/tmp/dyad-tagger-cc-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    /* Header fields, the class table, and spots spread over the rest. */
    size_t spots[24];
    size_t ns = 0;
    for (size_t off = 0; off < 48 && ns < 16; off += 3) spots[ns++] = off;
    for (size_t k = 1; ns < 24; k++) spots[ns++] = b.size / 9 * k + 5;
    const char *forms[] = {"The", "rebels", "seized", "Aleppo", "'s", "airport", "."};
    int failed_loads = 0;
    for (size_t k = 0; k < ns; k++) {
        size_t at = spots[k] % b.size;
        unsigned char saved = b.payload[at];
        b.payload[at] ^= 0xA5;
        model_writer w;
        CHECK_INT(model_writer_open(&w, path, TAGGER_KIND, TAGGER_VERSION, b.hash_bits, &err), 0);
        model_write(&w, b.payload, b.size);
        CHECK_INT(model_writer_close(&w, &err), 0);
        b.payload[at] = saved;
        tagger *t = NULL;
        if (tagger_load(path, &t, &err)) {
            CHECK(t == NULL);
            CHECK(strstr(err.message, path));
            failed_loads++;
            continue;
        }
        arena a;
        arena_init(&a);
        const char *u[7], *x[7], *l[7];
        CHECK_INT(tagger_tag(t, 7, forms, u, x, l, NULL, &a), 0);
        for (int i = 0; i < 7; i++) CHECK(u[i] && x[i] && l[i]);
        arena_free(&a);
        tagger_free(t);
    }
    CHECK(failed_loads > 0); /* at least the header damage is caught */
    unlink(path);
    model_blob_free(&b);
}

TEST(tagger_wordnet_signatures) {
    /* A tiny table built here: the signature logic, not the shipped data. */
    static const char *const words[] = {"stop", "provoke", "city", "big", "run"};
    static const uint32_t pos[] = {WN_VERB | WN_NOUN, WN_VERB, WN_NOUN, WN_ADJ, WN_VERB | WN_NOUN};
    tag_wn_slot slots[64];
    memset(slots, 0, sizeof slots);
    for (int i = 0; i < 5; i++) {
        uint64_t key = tag_wn_key(words[i], strlen(words[i]));
        uint32_t s = (uint32_t)key & 63;
        while (slots[s].fp) s = (s + 1) & 63;
        slots[s].fp = (uint32_t)(key >> 32) | 1;
        slots[s].pos = pos[i];
    }
    tag_wn wn = {slots, 63};
    CHECK_INT(tag_wn_signature(&wn, "stop", 4), WN_VERB | WN_NOUN);
    CHECK(tag_wn_signature(&wn, "stopped", 7) & WN_VERB_ED);
    CHECK(tag_wn_signature(&wn, "provoked", 8) & WN_VERB_ED);
    CHECK(tag_wn_signature(&wn, "provoking", 9) & WN_VERB_ING);
    CHECK(tag_wn_signature(&wn, "cities", 6) & WN_NOUN_PL);
    CHECK(tag_wn_signature(&wn, "biggest", 7) & WN_ADJ_EST);
    CHECK(tag_wn_signature(&wn, "runs", 4) & WN_VERB_S);
    CHECK_INT(tag_wn_signature(&wn, "frobs", 5), 0);
    tag_wn none = {NULL, 0};
    CHECK_INT(tag_wn_signature(&none, "stop", 4), 0);
}

TEST(tagger_lemmatises_unseen_inflections_with_wordnet) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "They reconfigured the routers and were unplugging the modems .",
                        buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 10);
    CHECK_STR(u[1], "VERB");
    CHECK_STR(l[1], "reconfigure");  /* -d, not -ed: WordNet knows the base */
    CHECK_STR(l[3], "router");
    CHECK_STR(l[6], "unplug");       /* doubled consonant */
    CHECK_STR(l[8], "modem");
    n = tag_text(t, "The smuggest critics", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[1], "JJS");
    CHECK_STR(l[1], "smug");
    /* irregular forms the treebanks never show, from WordNet's *.exc */
    n = tag_text(t, "Britain withheld aid and the donors forsook them .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 9);
    CHECK_STR(l[1], "withhold");
    CHECK_STR(l[6], "forsake");
    arena_free(&a);
    tagger_free(t);
}

/* A people's name in -ese after "of", with a verb (or a comma) right
 * after it, is the people, a plural noun ("Thousands of Lebanese rallied");
 * before a noun it stays an adjective ("thousands of Lebanese troops"). */
TEST(tagger_people_after_of) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "Thousands of Lebanese rallied in Beirut on Monday .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 9);
    CHECK_STR(u[2], "NOUN");
    CHECK_STR(x[2], "NNS");
    n = tag_text(t, "Thousands of Lebanese troops left on Monday .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 8);
    CHECK_STR(x[2], "JJ");
    arena_free(&a);
    tagger_free(t);
}

/* A capitalised -ing word opening the clause right before a finite verb
 * is that verb's subject, a noun ("Fighting erupted in Khartoum"); one
 * before its object stays a participle ("Citing sources, ..."). */
TEST(tagger_clause_initial_gerund_noun) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "Fighting erupted in Khartoum on Saturday .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 7);
    CHECK_STR(u[0], "NOUN");
    n = tag_text(t, "Citing security sources , the paper said the talks failed .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(u[0], "VERB");
    arena_free(&a);
    tagger_free(t);
}

/* "bore" after a noun is the past tense of "bear", not a preposition. */
TEST(tagger_bore_after_noun) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "He said the army 's actions bore the hallmarks of a coup .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 13);
    CHECK_STR(x[6], "VBD");
    CHECK_STR(l[6], "bear");
    arena_free(&a);
    tagger_free(t);
}

/* "impose sweeping economic sanctions": the -ing word between the verb and
 * the noun phrase is an adjective; after an auxiliary it is still a verb
 * ("troops were sweeping the area"). */
TEST(tagger_ing_adjective_after_verb) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "The EU agreed to impose sweeping economic sanctions on Russia .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 11);
    CHECK_STR(x[5], "JJ");
    n = tag_text(t, "The United States imposed crippling sanctions on Iran .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[4], "JJ");
    n = tag_text(t, "Troops were sweeping the area .", buf, sizeof buf, f, u, x, l, &a);
    CHECK_STR(x[2], "VBG");
    arena_free(&a);
    tagger_free(t);
}

/* A past tense after a subordinator and a subject whose modifiers are a
 * list ("when Indian and Chinese troops clashed in ...") is the clause's
 * verb, not a participle. */
TEST(tagger_subordinate_past_after_listed_modifiers) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "Twenty soldiers were killed when Indian and Chinese troops clashed in the area .", buf,
                        sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 14);
    CHECK_STR(x[9], "VBD");
    arena_free(&a);
    tagger_free(t);
}

/* After ", and" and a subject, an -ed form before a preposition is the
 * clause's past tense when no finite verb follows in the clause ("...,
 * and the guerrillas answered with mortar fire"). */
TEST(tagger_and_clause_past_before_preposition) {
    tagger *t = load_model();
    if (!t) return;
    arena a;
    arena_init(&a);
    char buf[512];
    const char *f[64], *u[64], *x[64], *l[64];
    size_t n = tag_text(t, "Army gunships pounded rebel positions on Sunday , and the guerrillas answered with mortar fire .",
                        buf, sizeof buf, f, u, x, l, &a);
    CHECK_INT(n, 16);
    CHECK_STR(x[11], "VBD");
    arena_free(&a);
    tagger_free(t);
}
