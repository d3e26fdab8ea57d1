/* Tests of the name tagger: gold-span extraction from GUM's bracket
 * notation, tagging crafted news sentences with the shipped model, the model
 * loader on damaged files, and concurrent use of one model. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/conllu.h"
#include "nlp/gum_names.h"
#include "nlp/model_file.h"
#include "nlp/ner.h"
#include "nlp/ner_features.h"

#define MODEL "data/models/ner.bin"

static const char *write_tmp(const char *content, size_t len) {
    static char path[64];
    strcpy(path, "/tmp/dyad-ner-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    if (write(fd, content, len) != (ssize_t)len) { close(fd); return NULL; }
    close(fd);
    return path;
}

/* GUM-style sentence: a title before a head-initial person name, an
 * organization containing a place, a date (dropped) and an event (OTHER). */
static const char GUM_SAMPLE[] =
    "# newdoc id = GUM_news_sample\n"
    "# text = President Vladimir Putin visited the University of Texas in May for the Boston Marathon.\n"
    "1\tPresident\tPresident\tPROPN\tNNP\t_\t2\tnmod:desc\t_\tEntity=(1-person-new-sssss-cf1-1,2,3-sgl\n"
    "2\tVladimir\tVladimir\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "3\tPutin\tPutin\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)\n"
    "4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-nnnnn-cf2-2,4-sgl\n"
    "6\tUniversity\tUniversity\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tTexas\tTexas\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl-Texas)2)\n"
    "9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "10\tMay\tMay\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(4-time-new-nnnnn-cf4-1-sgl)\n"
    "11\tfor\tfor\tADP\tIN\t_\t14\tcase\t_\t_\n"
    "12\tthe\tthe\tDET\tDT\t_\t14\tdet\t_\tEntity=(5-event-new-nnnnn-cf5-2,3-sgl\n"
    "13\tBoston\tBoston\tPROPN\tNNP\t_\t14\tcompound\t_\tEntity=(6-place-new-nnnnn-cf6-1-sgl)\n"
    "14\tMarathon\tMarathon\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=5)|SpaceAfter=No\n"
    "15\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST(gum_names_follow_the_documented_definition) {
    const char *path = write_tmp(GUM_SAMPLE, sizeof GUM_SAMPLE - 1);
    CHECK(path);
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    CHECK(r);
    conllu_sentence s;
    CHECK_INT(conllu_next(r, &s, &err), 1);
    char genre[32];
    CHECK(gum_doc_genre(&s, genre, sizeof genre));
    CHECK_STR(genre, "news");
    uint8_t t[15], b[15];
    CHECK_INT(gum_names(&s, t, b), 3);
    /* the proper-noun title is part of the name; "the" is not; "of" joins
     * University and Texas; May (a date) is dropped; the event contains
     * the place and wins */
    static const uint8_t want_t[15] = {1, 1, 1, 0, 0, 2, 2, 2, 0, 0, 0, 0, 4, 4, 0};
    static const uint8_t want_b[15] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0};
    for (int i = 0; i < 15; i++) {
        CHECK_INT(t[i], want_t[i]);
        CHECK_INT(b[i], want_b[i]);
    }
    conllu_close(r);
    unlink(path);
}

static ner *load_model(void) {
    ner *m = NULL;
    dyad_error err;
    if (ner_load(MODEL, &m, &err)) {
        test_fail(__FILE__, __LINE__, "%s", err.message);
        return NULL;
    }
    return m;
}

/* Tags a space-separated sentence; returns the spans as "PERSON:Vladimir Putin|..." */
static void tag_string(const ner *m, const char *sentence, char *out, size_t out_size) {
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", sentence);
    const char *forms[128];
    size_t n = 0;
    for (char *p = strtok(buf, " "); p && n < 128; p = strtok(NULL, " ")) forms[n++] = p;
    uint8_t t[128], b[128];
    ner_tag(m, n, forms, NULL, t, b);
    static const char *const names[] = {"", "PERSON", "ORGANIZATION", "PLACE", "OTHER"};
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (!t[i]) continue;
        size_t len = strlen(out);
        int starts = b[i] || i == 0 || t[i - 1] != t[i];
        if (starts)
            snprintf(out + len, out_size - len, "%s%s:%s", len ? "|" : "", names[t[i] < 5 ? t[i] : 0], forms[i]);
        else
            snprintf(out + len, out_size - len, " %s", forms[i]);
    }
}

/* The name spans follow GUM's minimal spans (field 6 of the Entity
 * brackets): inside an organization "of the" joins the parts the minimal
 * span holds; a person's title is not joined to the place it is the title
 * of; a flat name under a common noun counts; "and" between two
 * coordinated people separates two names. */
static const char GUM_SAMPLE2[] =
    "# newdoc id = GUM_academic_sample\n"
    "# text = Researcher Mu Li of the National Library of the Netherlands met the President of the United States and Kirk Bart and Ann Lee.\n"
    "1\tResearcher\tresearcher\tNOUN\tNN\t_\t8\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1,2,3-sgl\n"
    "2\tMu\tMu\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
    "3\tLi\tLi\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-organization-new-nnnnn-cf2-2,3,6-sgl\n"
    "6\tNational\tNational\tPROPN\tNNP\t_\t7\tamod\t_\t_\n"
    "7\tLibrary\tLibrary\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
    "8\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\tEntity=(3-place-new-nnnnn-cf3-2-sgl\n"
    "10\tNetherlands\tNetherlands\tPROPN\tNNPS\t_\t7\tnmod\t_\tEntity=3)2)1)\n"
    "11\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "12\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\tEntity=(4-person-new-nnnnn-cf4-2,5,6-sgl\n"
    "13\tPresident\tPresident\tPROPN\tNNP\t_\t11\tobj\t_\t_\n"
    "14\tof\tof\tADP\tIN\t_\t17\tcase\t_\t_\n"
    "15\tthe\tthe\tDET\tDT\t_\t17\tdet\t_\tEntity=(5-place-new-nnnnn-cf5-2,3-sgl\n"
    "16\tUnited\tUnited\tPROPN\tNNP\t_\t17\tamod\t_\t_\n"
    "17\tStates\tStates\tPROPN\tNNPS\t_\t13\tnmod\t_\tEntity=5)4)\n"
    "18\tand\tand\tCCONJ\tCC\t_\t20\tcc\t_\t_\n"
    "19\tKirk\tKirk\tPROPN\tNNP\t_\t13\tconj\t_\tEntity=(6-person-new-nnnnn-cf6-1,2,4,5-sgl(7-person-new-nnnnn-cf7-1,2-sgl\n"
    "20\tBart\tBart\tPROPN\tNNP\t_\t19\tflat\t_\tEntity=7)\n"
    "21\tand\tand\tCCONJ\tCC\t_\t22\tcc\t_\t_\n"
    "22\tAnn\tAnn\tPROPN\tNNP\t_\t19\tconj\t_\tEntity=(8-person-new-nnnnn-cf8-1,2-sgl\n"
    "23\tLee\tLee\tPROPN\tNNP\t_\t22\tflat\t_\tEntity=8)6)|SpaceAfter=No\n"
    "24\t.\t.\tPUNCT\t.\t_\t11\tpunct\t_\t_\n"
    "\n";

TEST(gum_names_follow_minimal_spans) {
    const char *path = write_tmp(GUM_SAMPLE2, sizeof GUM_SAMPLE2 - 1);
    CHECK(path);
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    CHECK(r);
    conllu_sentence s;
    CHECK_INT(conllu_next(r, &s, &err), 1);
    uint8_t t[24], b[24];
    CHECK_INT(gum_names(&s, t, b), 6);
    static const uint8_t want_t[24] = {0, 1, 1, 0, 0, 2, 2, 2, 2, 2, 0, 0, 1, 0, 0, 3, 3, 0, 1, 1, 0, 1, 1, 0};
    static const uint8_t want_b[24] = {0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0};
    for (int i = 0; i < 24; i++) {
        CHECK_INT(t[i], want_t[i]);
        CHECK_INT(b[i], want_b[i]);
    }
    conllu_close(r);
    unlink(path);
}

TEST(ner_tags_people_and_places_in_news) {
    ner *m = load_model();
    if (!m) return;
    char got[1024];
    tag_string(m, "Russian President Vladimir Putin met Recep Tayyip Erdogan in Sochi .", got, sizeof got);
    /* A proper-noun title belongs to the name (see nlp/gum_names.h); the
     * sentence-initial "Russian" may be taken in too. */
    CHECK(strstr(got, "PERSON:") && strstr(strstr(got, "PERSON:"), "President Vladimir Putin|"));
    /* A name no training text has, typed from the known names baked into
     * the model (people.txt, the gazetteer). */
    CHECK(strstr(got, "PERSON:Recep Tayyip Erdogan|"));
    CHECK(strstr(got, "|PLACE:Sochi"));
    tag_string(m, "German Chancellor Angela Merkel said the European Union would not accept the deal .", got,
               sizeof got);
    /* (again the sentence-initial nationality may be taken in) */
    CHECK(strstr(got, "PERSON:Chancellor Angela Merkel|") || strstr(got, "PERSON:German Chancellor Angela Merkel|"));
    tag_string(m, "Yesterday German Chancellor Angela Merkel said the European Union would not accept the deal .", got, sizeof got);
    CHECK(!strncmp(got, "PERSON:Chancellor Angela Merkel|", 32));
    tag_string(m, "Putin and his US counterpart Donald Trump agreed in Vietnam that there is no military solution in Syria .",
               got, sizeof got);
    CHECK(strstr(got, "PERSON:Donald Trump"));
    CHECK(strstr(got, "PLACE:Vietnam"));
    CHECK(strstr(got, "PLACE:Syria"));
    tag_string(m, "The United Nations Security Council met in New York .", got, sizeof got);
    CHECK(strstr(got, "ORGANIZATION:United Nations Security Council"));
    CHECK(strstr(got, "PLACE:New York"));
    tag_string(m, "the talks went on for hours and nothing was agreed .", got, sizeof got);
    CHECK_STR(got, "");
    ner_free(m);
}

TEST(ner_handles_edge_inputs) {
    ner *m = load_model();
    if (!m) return;
    uint8_t t[300], b[300];
    ner_tag(m, 0, NULL, NULL, t, b); /* nothing to do, must not crash */
    const char *forms[300];
    for (int i = 0; i < 300; i++) forms[i] = (i % 7 == 3) ? "Paris" : (i % 11 == 0) ? "" : "the";
    memset(t, 0xee, sizeof t);
    ner_tag(m, 300, forms, NULL, t, b); /* longer than the on-stack scratch */
    for (int i = 0; i < 300; i++) {
        CHECK(t[i] <= DYAD_ENTITY_OTHER);
        CHECK(b[i] <= 1);
        if (b[i]) CHECK(t[i] != DYAD_ENTITY_NONE);
    }
    /* UPOS given or not: the tags stay well-formed either way */
    const char *upos[3] = {"PROPN", NULL, "PUNCT"};
    const char *f3[3] = {"Damascus", "burns", "."};
    ner_tag(m, 3, f3, upos, t, b);
    CHECK(t[1] <= DYAD_ENTITY_OTHER);
    ner_free(m);
}

typedef struct job {
    const ner *m;
    uint8_t t[64], b[64];
} job;

static const char *const THREAD_SENTENCE[] = {"Hassan", "Rouhani", "spoke", "with", "Emmanuel", "Macron",
                                              "in", "Tehran", "on", "Monday", "."};
#define THREAD_N (sizeof THREAD_SENTENCE / sizeof *THREAD_SENTENCE)

static void *tag_many(void *arg) {
    job *j = arg;
    for (int k = 0; k < 2000; k++) ner_tag(j->m, THREAD_N, THREAD_SENTENCE, NULL, j->t, j->b);
    return NULL;
}

TEST(ner_model_is_shared_by_threads) {
    ner *m = load_model();
    if (!m) return;
    job a = {.m = m}, c = {.m = m}, ref = {.m = m};
    ner_tag(m, THREAD_N, THREAD_SENTENCE, NULL, ref.t, ref.b);
    pthread_t ta, tc;
    CHECK(pthread_create(&ta, NULL, tag_many, &a) == 0);
    CHECK(pthread_create(&tc, NULL, tag_many, &c) == 0);
    pthread_join(ta, NULL);
    pthread_join(tc, NULL);
    CHECK(!memcmp(a.t, ref.t, THREAD_N) && !memcmp(c.t, ref.t, THREAD_N));
    CHECK(!memcmp(a.b, ref.b, THREAD_N) && !memcmp(c.b, ref.b, THREAD_N));
    ner_free(m);
}

/* Reads the shipped model's bytes. */
static unsigned char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc((size_t)n);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) { free(p); p = NULL; }
    fclose(f);
    *len = (size_t)n;
    return p;
}

static int load_error(const char *path, const char *want) {
    ner *m = (ner *)1;
    dyad_error err = {0};
    int st = ner_load(path, &m, &err);
    if (st != DYAD_ERR_INPUT || m != NULL || !strstr(err.message, want)) {
        printf("# ner_load(%s) = %d, \"%s\", want \"%s\"\n", path, st, err.message, want);
        return 0;
    }
    return 1;
}

TEST(ner_load_rejects_damaged_models) {
    size_t len;
    unsigned char *bytes = read_all(MODEL, &len);
    CHECK(bytes && len > 4096);
    CHECK(load_error("/nonexistent/ner.bin", "cannot open"));
    /* truncated */
    const char *p = write_tmp((const char *)bytes, len / 2);
    CHECK(p && load_error(p, "truncated"));
    unlink(p);
    /* one payload byte changed */
    bytes[len - 100] ^= 0x5a;
    p = write_tmp((const char *)bytes, len);
    CHECK(p && load_error(p, "checksum"));
    unlink(p);
    bytes[len - 100] ^= 0x5a;
    /* a newer format version */
    bytes[12]++;
    p = write_tmp((const char *)bytes, len);
    CHECK(p && load_error(p, "version"));
    unlink(p);
    /* the previous formats (3: four more feature rows; 2: no document
     * features) are rejected too */
    bytes[12] -= 2;
    p = write_tmp((const char *)bytes, len);
    CHECK(p && load_error(p, "version"));
    unlink(p);
    bytes[12]--;
    p = write_tmp((const char *)bytes, len);
    CHECK(p && load_error(p, "version"));
    unlink(p);
    bytes[12] += 2;
    free(bytes);
    /* a well-formed container whose payload is not a name-tagger model */
    char tmp[] = "/tmp/dyad-ner-XXXXXX";
    int fd = mkstemp(tmp);
    CHECK(fd >= 0);
    close(fd);
    model_writer w;
    dyad_error err;
    CHECK_INT(model_writer_open(&w, tmp, NER_MODEL_KIND, NER_MODEL_VERSION, 18, &err), DYAD_OK);
    model_write_u32(&w, 9);
    model_write_u32(&w, NER_FEATS);
    model_write_u32(&w, 0);
    model_write_u32(&w, 16);
    CHECK_INT(model_writer_close(&w, &err), DYAD_OK);
    CHECK(load_error(tmp, "bad name-tagger model"));
    /* right header fields, tables cut short */
    CHECK_INT(model_writer_open(&w, tmp, NER_MODEL_KIND, NER_MODEL_VERSION, 18, &err), DYAD_OK);
    model_write_u32(&w, 9);
    model_write_u32(&w, NER_FEATS);
    model_write_u32(&w, 0);
    model_write_u32(&w, 16);
    model_write_f32(&w, 1.0f);
    for (int i = 0; i < 90; i++) model_write_u32(&w, 0);
    model_writer_align(&w, 8);
    static const unsigned char zeros[4096];
    model_write(&w, zeros, sizeof zeros);
    CHECK_INT(model_writer_close(&w, &err), DYAD_OK);
    CHECK(load_error(tmp, "shorter than its tables"));
    unlink(tmp);
}

TEST(ner_known_names_table) {
    ner_lexicon_builder b;
    CHECK_INT(ner_lex_builder_init(&b, 8), 0);
    CHECK_INT(ner_lex_add(&b, "Recep Tayyip Erdogan", 20, NER_LEX_PERSON), 0);
    CHECK_INT(ner_lex_add(&b, "Sochi", 5, NER_LEX_CITY), 0);
    CHECK_INT(ner_lex_add(&b, "sochi", 5, NER_LEX_CITY_BIG), 0); /* same key: bits OR-ed */
    CHECK_INT(ner_lex_add(&b, "People's Front", 14, NER_LEX_ORG), 0);
    CHECK_INT(ner_lex_add(&b, "   ", 3, NER_LEX_ORG), -1);
    CHECK_INT((int)b.used, 3);
    ner_lexicon lx = {b.slots, b.bits};
    const char *forms[] = {"Erdogan", "visited", "SOCHI", "with", "Recep", "Tayyip", "Erdogan", "and", "People", "'s", "Front"};
    size_t n = sizeof forms / sizeof *forms;
    ner_word w[sizeof forms / sizeof *forms];
    ner_words(n, forms, NULL, NULL, &lx, NULL, w);
    CHECK_INT((int)w[0].lex_span, 0); /* "Erdogan" alone is not listed here */
    CHECK_INT((int)w[2].lex_self, (int)(NER_LEX_CITY | NER_LEX_CITY_BIG));
    CHECK_INT((int)w[2].lex_span, (int)(NER_LEX_CITY | NER_LEX_CITY_BIG | NER_SPAN_BEGIN));
    CHECK_INT((int)w[4].lex_span, (int)(NER_LEX_PERSON | NER_SPAN_BEGIN | NER_SPAN_MULTI));
    CHECK_INT((int)w[6].lex_span, (int)(NER_LEX_PERSON | NER_SPAN_INSIDE | NER_SPAN_MULTI));
    CHECK_INT((int)w[7].lex_span, 0);
    CHECK_INT((int)w[9].lex_span, (int)(NER_LEX_ORG | NER_SPAN_INSIDE | NER_SPAN_MULTI));
    /* without a table every word is unknown */
    ner_words(n, forms, NULL, NULL, NULL, NULL, w);
    CHECK_INT((int)(w[2].lex_self | w[4].lex_span), 0);
    ner_lex_builder_free(&b);
}

/* The document memory (nlp/ner_doc.h): counts per type of the capitalised
 * words inside names, case-insensitive, growing past its first table. */
TEST(ner_doc_memory_counts_names) {
    CHECK_INT(ner_doc_code(NULL, ner_lower_hash("Athens")), NER_DOC_NONE);
    ner_doc d;
    ner_doc_init(&d);
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("Athens")), 0);
    const char *f1[] = {"Athens", "hosted", "the", "games", "in", "Athens", "."};
    const uint8_t t1[] = {DYAD_ENTITY_PLACE, 0, 0, 0, 0, DYAD_ENTITY_PLACE, 0};
    const char *f2[] = {"ATHENS", "of", "Pericles"};
    const uint8_t t2[] = {DYAD_ENTITY_PERSON, DYAD_ENTITY_PERSON, DYAD_ENTITY_PERSON};
    CHECK_INT(ner_doc_add(&d, 7, f1, t1), 0);
    CHECK_INT(ner_doc_add(&d, 3, f2, t2), 0);
    /* place twice, person once: majority PLACE (3), not unanimous, 3 names */
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("athens")), DYAD_ENTITY_PLACE | 0u << 3 | 2u << 4);
    /* one name, unanimous; "of" (lowercase) is not recorded */
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("Pericles")), DYAD_ENTITY_PERSON | 1u << 3);
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("of")), 0);
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("hosted")), 0);
    char words[2000][16];
    const char *fw[1];
    const uint8_t org = DYAD_ENTITY_ORGANIZATION;
    for (int k = 0; k < 2000; k++) {
        snprintf(words[k], sizeof words[k], "W%d", k);
        fw[0] = words[k];
        CHECK_INT(ner_doc_add(&d, 1, fw, &org), 0);
    }
    CHECK_INT(d.n, 2002);
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("w1999")), DYAD_ENTITY_ORGANIZATION | 1u << 3);
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("Pericles")), DYAD_ENTITY_PERSON | 1u << 3);
    ner_doc_clear(&d);
    CHECK_INT(ner_doc_code(&d, ner_lower_hash("Pericles")), 0);
    ner_doc_free(&d);
}

/* ner_tag_document = a first pass (ner_tag) over every sentence, recorded,
 * then ner_tag_doc over every sentence with that record. */
TEST(ner_tag_document_runs_two_passes) {
    ner *m = load_model();
    if (!m) return;
    static const char *const s0[] = {"Athens", "hosted", "the", "Olympic", "Games", "in", "2004", "."};
    static const char *const s1[] = {"Coron", "is", "a", "town", "near", "Busuanga", "in", "Palawan", "."};
    static const char *const s2[] = {"Athens", "was", "small", "then", ",", "said", "Maria", "Papas", "."};
    const char *const *forms[3] = {s0, s1, s2};
    size_t len[3] = {8, 9, 9};
    uint8_t t[3][9], b[3][9], want_t[3][9], want_b[3][9];
    uint8_t *tp[3] = {t[0], t[1], t[2]}, *bp[3] = {b[0], b[1], b[2]};
    ner_doc d;
    ner_doc_init(&d);
    ner_tag_document(m, &d, 3, len, forms, NULL, tp, bp);
    ner_doc ref;
    ner_doc_init(&ref);
    for (int s = 0; s < 3; s++) {
        ner_tag(m, len[s], forms[s], NULL, want_t[s], want_b[s]);
        CHECK_INT(ner_doc_add(&ref, len[s], forms[s], want_t[s]), 0);
    }
    for (int s = 0; s < 3; s++) {
        ner_tag_doc(m, &ref, len[s], forms[s], NULL, want_t[s], want_b[s]);
        for (size_t i = 0; i < len[s]; i++) {
            CHECK_INT(t[s][i], want_t[s][i]);
            CHECK_INT(b[s][i], want_b[s][i]);
        }
    }
    /* a memory reused for the next document starts empty */
    ner_tag_document(m, &d, 1, len, forms, NULL, tp, bp);
    CHECK(d.n <= 3); /* at most Athens, Olympic, Games */
    ner_doc_free(&d);
    ner_doc_free(&ref);
    ner_free(m);
}
