/* Dates and places of coded events (the resolve stage wired into the
 * coder), on hand-written trees with the fixture dictionaries and the
 * shipped gazetteer (data/geo/gazetteer.bin); and how the writers show
 * them (JSON date_precision, TSV place columns, GDELT ActionGeo). */
#include <stdlib.h>
#include <unistd.h>

#include "test.h"
#include "tree_util.h"

static dyad_coder *with_gazetteer(void) {
    static dyad_coder *c;
    static int tried;
    if (tried) return c;
    tried = 1;
    const char *root = getenv("ROOT");
    char dir[4096], gaz[4096];
    snprintf(dir, sizeof dir, "%s/tests/data/coder", root && *root ? root : ".");
    snprintf(gaz, sizeof gaz, "%s/data/geo/gazetteer.bin", root && *root ? root : ".");
    if (access(gaz, R_OK)) return NULL;
    dyad_coder_options o = {0};
    o.data_dir = dir;
    o.gazetteer = gaz;
    dyad_error err = {0};
    c = dyad_coder_load(&o, &err);
    if (!c) fprintf(stderr, "with_gazetteer: %s\n", err.message);
    return c;
}

static const dyad_date D2017 = {2017, 11, 12}; /* a Sunday */

static void date_str(const dyad_event *ev, char *out, size_t n) {
    if (!ev->date.year) snprintf(out, n, "null");
    else snprintf(out, n, "%04d-%02d-%02d/%s/%s", ev->date.year, ev->date.month, ev->date.day,
                  ev->date_source ? ev->date_source : "?", ev->date_precision ? ev->date_precision : "?");
}

TEST(coder_event_dates) {
    dyad_coder *c = with_gazetteer();
    if (!c) SKIP("data/geo/gazetteer.bin is not present");
    dyad_events *e = dyad_events_new();
    char got[64];
    /* "Russia attacked Turkey on Saturday" */
    const char *sat = "1 Russia Russia PROPN NNP 2 nsubj\n"
                      "2 attacked attack VERB VBD 0 root\n"
                      "3 Turkey Turkey PROPN NNP 2 obj\n"
                      "4 on on ADP IN 5 case\n"
                      "5 Saturday Saturday PROPN NNP 2 obl\n";
    CHECK_INT(tree_code(c, e, sat, &D2017), 1);
    date_str(dyad_event_get(e, 0), got, sizeof got);
    CHECK_STR(got, "2017-11-11/clause/day");
    /* without a document date a weekday dates nothing */
    CHECK_INT(tree_code(c, e, sat, NULL), 1);
    date_str(dyad_event_get(e, 0), got, sizeof got);
    CHECK_STR(got, "null");
    CHECK(dyad_event_get(e, 0)->date_source == NULL);
    /* no date in the clause: the document's */
    CHECK_INT(tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Turkey Turkey PROPN NNP 2 obj\n", &D2017), 1);
    date_str(dyad_event_get(e, 0), got, sizeof got);
    CHECK_STR(got, "2017-11-12/document/day");
    /* "ISIS posted video on Friday showing its forces destroying Iraq's
     * tanks": the destruction takes the posting's date */
    CHECK(tree_code(c, e, "1 ISIS ISIS PROPN NNP 2 nsubj\n"
                          "2 posted post VERB VBD 0 root\n"
                          "3 video video NOUN NN 2 obj\n"
                          "4 on on ADP IN 5 case\n"
                          "5 Friday Friday PROPN NNP 2 obl\n"
                          "6 showing show VERB VBG 2 advcl\n"
                          "7 its its PRON PRP$ 8 nmod:poss\n"
                          "8 forces force NOUN NNS 6 obj\n"
                          "9 destroying destroy VERB VBG 6 xcomp\n"
                          "10 Iraq Iraq PROPN NNP 9 obj\n", &D2017) >= 1);
    int found = 0;
    for (size_t i = 0; i < dyad_event_count(e); i++)
        if (!strcmp(dyad_event_get(e, i)->cameo, "190")) {
            date_str(dyad_event_get(e, i), got, sizeof got);
            CHECK_STR(got, "2017-11-10/clause/day");
            found = 1;
        }
    CHECK(found);
    /* "clashed with Turkey near Aleppo on Monday": the day hung on the place */
    CHECK_INT(tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Turkey Turkey PROPN NNP 2 obj\n"
                              "4 near near ADP IN 5 case\n"
                              "5 Aleppo Aleppo PROPN NNP 3 nmod\n"
                              "6 on on ADP IN 7 case\n"
                              "7 Monday Monday PROPN NNP 5 nmod\n", &D2017), 1);
    date_str(dyad_event_get(e, 0), got, sizeof got);
    CHECK_STR(got, "2017-11-06/clause/day");
    dyad_events_free(e);
}

TEST(coder_event_places) {
    dyad_coder *c = with_gazetteer();
    if (!c) SKIP("data/geo/gazetteer.bin is not present");
    dyad_events *e = dyad_events_new();
    /* "Russia attacked Turkey in Aleppo" */
    CHECK_INT(tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Turkey Turkey PROPN NNP 2 obj\n"
                              "4 in in ADP IN 5 case\n"
                              "5 Aleppo Aleppo PROPN NNP 2 obl\n", &D2017), 1);
    const dyad_event *ev = dyad_event_get(e, 0);
    CHECK(ev->place != NULL);
    if (ev->place) {
        CHECK_STR(ev->place->country_code, "SYR");
        CHECK_INT(ev->place->feature, DYAD_PLACE_CITY);
        CHECK(ev->place->lat > 36 && ev->place->lat < 36.4 && ev->place->lon > 37 && ev->place->lon < 37.3);
    }
    CHECK(ev->location && strstr(ev->location, "\"country_code\": \"SYR\""));
    /* no place named: null */
    CHECK_INT(tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Turkey Turkey PROPN NNP 2 obj\n", &D2017), 1);
    CHECK(dyad_event_get(e, 0)->place == NULL && dyad_event_get(e, 0)->location == NULL);
    /* (visits, 042, placed at the place visited: dev set row p021) */
    /* "Fighting raged in Aleppo. Russia attacked the town.": the town named
     * in the document */
    CHECK_INT(tree_code(c, e, "1 Fighting fighting NOUN NN 2 nsubj\n"
                              "2 raged rage VERB VBD 0 root\n"
                              "3 in in ADP IN 4 case\n"
                              "4 Aleppo Aleppo PROPN NNP 2 obl\n"
                              "\n"
                              "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 the the DET DT 4 det\n"
                              "4 town town NOUN NN 2 obj\n", &D2017), 1);
    ev = dyad_event_get(e, 0);
    CHECK(ev->place && !strcmp(ev->place->country_code, "SYR") && ev->place->feature == DYAD_PLACE_CITY);
    /* fighting in the next sentence, not said to be there, takes the town
     * only when one of its sides is of the town's country */
    CHECK_INT(tree_code(c, e, "1 Fighting fighting NOUN NN 2 nsubj\n"
                              "2 raged rage VERB VBD 0 root\n"
                              "3 in in ADP IN 4 case\n"
                              "4 Aleppo Aleppo PROPN NNP 2 obl\n"
                              "\n"
                              "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Ukraine Ukraine PROPN NNP 2 obj\n"
                              "\n"
                              "1 Syria Syria PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Turkey Turkey PROPN NNP 2 obj\n", &D2017), 2);
    CHECK(dyad_event_get(e, 0)->place == NULL);
    ev = dyad_event_get(e, 1);
    CHECK(ev->place && !strcmp(ev->place->country_code, "SYR") && ev->place->feature == DYAD_PLACE_CITY);
    /* "the city of Kharkiv" names its own city, whatever the parse (here
     * Kharkiv hangs as a compound of "overnight"); it does not point back
     * to Aleppo: the city shelled is where the shelling happened */
    CHECK_INT(tree_code(c, e, "1 Fighting fighting NOUN NN 2 nsubj\n"
                              "2 raged rage VERB VBD 0 root\n"
                              "3 in in ADP IN 4 case\n"
                              "4 Aleppo Aleppo PROPN NNP 2 obl\n"
                              "\n"
                              "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 shelled shell VERB VBD 0 root\n"
                              "3 the the DET DT 4 det\n"
                              "4 city city NOUN NN 2 obj\n"
                              "5 of of ADP IN 7 case\n"
                              "6 Kharkiv Kharkiv PROPN NNP 7 compound\n"
                              "7 overnight overnight NOUN NN 4 nmod\n", &D2017), 1);
    ev = dyad_event_get(e, 0);
    CHECK(ev->place && !strcmp(ev->place->country_code, "UKR") && ev->place->feature == DYAD_PLACE_CITY &&
          ev->place->first_token == 5 && ev->place->last_token == 5);
    /* the same with "the town of Bakhmut" parsed right, and "Idlib
     * province"; a country attacked is the target, not the place */
    CHECK_INT(tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 the the DET DT 4 det\n"
                              "4 town town NOUN NN 2 obj\n"
                              "5 of of ADP IN 6 case\n"
                              "6 Bakhmut Bakhmut PROPN NNP 4 nmod\n", &D2017), 1);
    ev = dyad_event_get(e, 0);
    CHECK(ev->place && !strcmp(ev->place->country_code, "UKR") && ev->place->first_token == 5);
    CHECK_INT(tree_code(c, e, "1 Turkey Turkey PROPN NNP 2 nsubj\n"
                              "2 shelled shell VERB VBD 0 root\n"
                              "3 Idlib Idlib PROPN NNP 4 compound\n"
                              "4 province province NOUN NN 2 obj\n", &D2017), 1);
    ev = dyad_event_get(e, 0);
    CHECK(ev->place && !strcmp(ev->place->country_code, "SYR"));
    CHECK_INT(tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                              "2 attacked attack VERB VBD 0 root\n"
                              "3 Ukraine Ukraine PROPN NNP 2 obj\n", &D2017), 1);
    CHECK(dyad_event_get(e, 0)->place == NULL);
    dyad_events_free(e);
}

static char *write_one(int format) {
    dyad_coder *c = with_gazetteer();
    dyad_events *e = dyad_events_new();
    if (tree_code(c, e, "1 Russia Russia PROPN NNP 2 nsubj\n"
                        "2 attacked attack VERB VBD 0 root\n"
                        "3 Turkey Turkey PROPN NNP 2 obj\n"
                        "4 in in ADP IN 5 case\n"
                        "5 Aleppo Aleppo PROPN NNP 2 obl\n"
                        "6 on on ADP IN 7 case\n"
                        "7 Saturday Saturday PROPN NNP 2 obl\n", &D2017) != 1) {
        dyad_events_free(e);
        return NULL;
    }
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    dyad_event_writer *w = dyad_event_writer_new(f, format);
    dyad_document doc = {0};
    doc.id = "d";
    doc.text = tree_last_text(&doc.text_len);
    doc.date = D2017;
    dyad_event_writer_write(w, &doc, e, NULL);
    dyad_event_writer_free(w);
    fclose(f);
    dyad_events_free(e);
    return out;
}

/* column k (0-based) of the last line of s */
static void column(const char *s, int k, char *out, size_t n) {
    const char *line = s, *nl;
    while ((nl = strchr(line, '\n')) && nl[1]) line = nl + 1;
    for (int i = 0; i < k && line; i++) {
        line = strchr(line, '\t');
        if (line) line++;
    }
    size_t l = line ? strcspn(line, "\t\n") : 0;
    snprintf(out, n, "%.*s", (int)l, line ? line : "");
}

TEST(writers_show_dates_and_places) {
    if (!with_gazetteer()) SKIP("data/geo/gazetteer.bin is not present");
    char *js = write_one(DYAD_EVENTS_JSONL);
    CHECK(js && strstr(js, "\"date\": \"2017-11-11\", \"date_source\": \"clause\", \"date_precision\": \"day\""));
    CHECK(js && strstr(js, "\"location\": {\"text\": \"Aleppo\""));
    free(js);
    char *tsv = write_one(DYAD_EVENTS_TSV);
    CHECK(tsv != NULL);
    char cell[128];
    if (tsv) {
        column(tsv, 5, cell, sizeof cell);
        CHECK_STR(cell, "day");
        column(tsv, 20, cell, sizeof cell);
        CHECK_STR(cell, "Aleppo");
        column(tsv, 21, cell, sizeof cell);
        CHECK_STR(cell, "SYR");
        column(tsv, 25, cell, sizeof cell);
        CHECK_STR(cell, "city");
    }
    free(tsv);
    char *gd = write_one(DYAD_EVENTS_GDELT);
    CHECK(gd != NULL);
    if (gd) {
        column(gd, 1, cell, sizeof cell);
        CHECK_STR(cell, "20171111");     /* Day */
        column(gd, 51, cell, sizeof cell);
        CHECK_STR(cell, "4");            /* ActionGeo_Type: world city */
        column(gd, 52, cell, sizeof cell);
        CHECK_STR(cell, "Aleppo");       /* ActionGeo_FullName */
        column(gd, 53, cell, sizeof cell);
        CHECK_STR(cell, "SY");           /* CountryCode: FIPS 10-4 */
        column(gd, 54, cell, sizeof cell);
        CHECK_STR(cell, "");             /* ADM1Code: GDELT's FIPS admin1, which we lack */
        column(gd, 56, cell, sizeof cell);
        CHECK(atof(cell) > 36 && atof(cell) < 36.4); /* Lat */
        column(gd, 58, cell, sizeof cell);
        CHECK(atoi(cell) > 0);           /* FeatureID = geonameid */
    }
    free(gd);
}

TEST(coder_event_dates_in_argument_phrases) {
    dyad_coder *c = with_gazetteer();
    if (!c) SKIP("data/geo/gazetteer.bin is not present");
    dyad_events *e = dyad_events_new();
    char got[64];
    /* "a position agreed between Russian Lavrov and Tillerson on Saturday"
     * with the day hung on the adjective inside the between-phrase */
    CHECK_INT(tree_code(c, e, "1 a a DET DT 2 det\n"
                              "2 position position NOUN NN 0 root\n"
                              "3 agreed agree VERB VBN 2 acl\n"
                              "4 between between ADP IN 3 obl\n"
                              "5 Russian Russian ADJ JJ 4 amod\n"
                              "6 Lavrov Lavrov PROPN NNP 5 obj\n"
                              "7 and and CCONJ CC 8 cc\n"
                              "8 Tillerson Tillerson PROPN NNP 6 conj\n"
                              "9 on on ADP IN 10 case\n"
                              "10 Saturday Saturday PROPN NNP 5 obl\n", &D2017), 2);
    for (size_t i = 0; i < dyad_event_count(e); i++) {
        date_str(dyad_event_get(e, i), got, sizeof got);
        CHECK_STR(got, "2017-11-11/clause/day");
    }
    /* ... with the day on the noun the participle modifies */
    CHECK_INT(tree_code(c, e, "1 a a DET DT 2 det\n"
                              "2 position position NOUN NN 0 root\n"
                              "3 agreed agree VERB VBN 2 acl\n"
                              "4 between between ADP IN 5 case\n"
                              "5 Lavrov Lavrov PROPN NNP 3 obl\n"
                              "6 and and CCONJ CC 7 cc\n"
                              "7 Tillerson Tillerson PROPN NNP 5 conj\n"
                              "8 on on ADP IN 9 case\n"
                              "9 Saturday Saturday PROPN NNP 2 nmod\n", &D2017), 2);
    for (size_t i = 0; i < dyad_event_count(e); i++) {
        date_str(dyad_event_get(e, i), got, sizeof got);
        CHECK_STR(got, "2017-11-11/clause/day");
    }
    /* ... with the day on the second conjunct of the between-phrase */
    CHECK_INT(tree_code(c, e, "1 a a DET DT 2 det\n"
                              "2 position position NOUN NN 0 root\n"
                              "3 agreed agree VERB VBN 2 acl\n"
                              "4 between between ADP IN 5 case\n"
                              "5 Lavrov Lavrov PROPN NNP 3 obl\n"
                              "6 and and CCONJ CC 7 cc\n"
                              "7 Tillerson Tillerson PROPN NNP 5 conj\n"
                              "8 on on ADP IN 9 case\n"
                              "9 Saturday Saturday PROPN NNP 7 nmod\n", &D2017), 2);
    for (size_t i = 0; i < dyad_event_count(e); i++) {
        date_str(dyad_event_get(e, i), got, sizeof got);
        CHECK_STR(got, "2017-11-11/clause/day");
    }
    /* a participle misparsed as an amod takes its noun's day ("the Islamic
     * State posted video on Friday", here "captured town on Friday") */
    CHECK_INT(tree_code(c, e, "1 the the DET DT 3 det\n"
                              "2 Islamic Islamic ADJ NNP 3 amod\n"
                              "3 State State PROPN NNP 5 compound\n"
                              "4 captured capture VERB VBN 5 amod\n"
                              "5 town town NOUN NN 0 root\n"
                              "6 on on ADP IN 7 case\n"
                              "7 Friday Friday PROPN NNP 5 nmod\n", &D2017), 1);
    date_str(dyad_event_get(e, 0), got, sizeof got);
    CHECK_STR(got, "2017-11-10/clause/day");
    /* a day inside the subject's phrase: "Turkey's forces on Monday
     * attacked Russia" with the day hung on "forces" */
    CHECK_INT(tree_code(c, e, "1 Turkey Turkey PROPN NNP 3 nmod:poss\n"
                              "2 's 's PART POS 1 case\n"
                              "3 forces force NOUN NNS 6 nsubj\n"
                              "4 on on ADP IN 5 case\n"
                              "5 Monday Monday PROPN NNP 3 nmod\n"
                              "6 attacked attack VERB VBD 0 root\n"
                              "7 Russia Russia PROPN NNP 6 obj\n", &D2017), 1);
    date_str(dyad_event_get(e, 0), got, sizeof got);
    CHECK_STR(got, "2017-11-06/clause/day");
    dyad_events_free(e);
}

/* GDELT's country codes are FIPS 10-4, not ISO: the gazetteer carries them
 * (data/geo/country_ids.tsv); a country-level place repeats it as ADM1. */
TEST(gazetteer_fips_codes) {
    if (!with_gazetteer()) SKIP("data/geo/gazetteer.bin is not present");
    dyad_gazetteer *g = dyad_gazetteer_load("data/geo/gazetteer.bin", NULL);
    CHECK(g != NULL);
    if (!g) return;
    static const char *const cases[][3] = {
        {"Germany", "DEU", "GM"}, {"United Kingdom", "GBR", "UK"}, {"Ukraine", "UKR", "UP"},
        {"Vietnam", "VNM", "VM"}, {"Kharkiv", "UKR", "UP"}, {"Aleppo", "SYR", "SY"},
        {"South Sudan", "SSD", "OD"}, {"Dubai", "ARE", "AE"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_place p;
        int found = dyad_resolve_place(g, cases[i][0], strlen(cases[i][0]), NULL, &p);
        CHECK(found);
        if (!found) continue;
        CHECK_STR(p.country_code, cases[i][1]);
        CHECK_STR(p.country_fips, cases[i][2]);
    }
    dyad_gazetteer_free(g);
}
