/* Tests of place-name keys, the gazetteer file and place resolution
 * (src/resolve/placename.c, gazetteer.c, place.c, location.c). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/model_file.h"
#include "resolve/gazetteer.h"
#include "resolve/placename.h"
#include "resolve_fixture.h"

static const char *key(const char *s) {
    static char k[PLACE_KEY_MAX];
    if (!place_key(s, strlen(s), k)) return "";
    return k;
}

TEST(place_key_unifies_spellings) {
    CHECK_STR(key("al-Bukamal"), "bukamal");
    CHECK_STR(key("Abu Kamal"), "bukamal");
    CHECK_STR(key("Albu Kamal"), "bukamal");
    CHECK_STR(key("Ālbū Kamāl"), "bukamal");
    CHECK_STR(key("Abou Kemal"), "bukemal");
    CHECK_STR(key("Al-Bukamal"), "bukamal");
    CHECK_STR(key("Deir ez-Zor"), "deirzor");
    CHECK_STR(key("Ma'arrat al-Nu'man"), "maratnuman");
    CHECK_STR(key("Maarat al-Numan"), "maratnuman");
    CHECK_STR(key("Ar Raqqah"), "raqa");
    CHECK_STR(key("Raqqa"), "raqa");
    CHECK_STR(key("Hamah"), "hama");
    CHECK_STR(key("Maʿarrat an-Nuʿman"), "maratnuman");
    CHECK_STR(key("the Gaza Strip"), "gazastrip");
    CHECK_STR(key("GAZA STRIP"), "gazastrip");
    CHECK_STR(key("Nagorno–Karabakh"), "nagornokarabakh");
    CHECK_STR(key("Kraków"), "krakow");
    CHECK_STR(key("Łódź"), "lodz");
    CHECK_STR(key("Tromsø"), "tromso");
    CHECK_STR(key("U.S."), "us");
    /* A lone article is a name, not a prefix. */
    CHECK_STR(key("As"), "as");
    CHECK_STR(key("Kiev"), "kiev");
    CHECK_STR(key(""), "");
    CHECK_STR(key(" - "), "");
    CHECK_STR(key("Дамаск"), "дамаск");
}

TEST(place_key_strips_generic_suffix) {
    const char *s = "Idlib province";
    CHECK_INT(place_strip_generic_suffix(s, strlen(s)), 5);
    s = "Aleppo Governorate";
    CHECK_INT(place_strip_generic_suffix(s, strlen(s)), 6);
    s = "Province";
    CHECK_INT(place_strip_generic_suffix(s, strlen(s)), 8);
    s = "Damascus";
    CHECK_INT(place_strip_generic_suffix(s, strlen(s)), 8);
}

/* ---- a tiny gazetteer written here, so loader tests never skip ---- */

static void write_record(model_writer *w, int32_t id, float lat, float lon, uint32_t pop,
                         uint32_t name, uint32_t admin1, const char *cc, uint8_t feature) {
    model_write_u32(w, (uint32_t)id);
    model_write_f32(w, lat);
    model_write_f32(w, lon);
    model_write_u32(w, pop);
    model_write_u32(w, name);
    model_write_u32(w, admin1);
    char c[4] = { 0 };
    memcpy(c, cc, strlen(cc));
    model_write(w, c, 4);
    unsigned char tail[4] = { feature, 0, 0, 0 };
    model_write(w, tail, 4);
}

/* Two places named "Tripoli" (Libya, Lebanon) and one country; bucket_bits
 * 1.  bad_place: make an entry point past the places. */
static int write_tiny(const char *path, int bad_place) {
    static const char strings[] = "Tripoli\0Tripoli\0Jordan\0LB.09\0";
    const char *names[3] = { "Tripoli", "Tripoli", "Jordan" };
    uint32_t name_off[3] = { 0, 8, 16 };
    typedef struct { uint64_t h; uint32_t place; } e;
    e es[3];
    for (int i = 0; i < 3; i++) {
        char k[PLACE_KEY_MAX];
        size_t kl = place_key(names[i], strlen(names[i]), k);
        es[i].h = place_key_hash(k, kl);
        es[i].place = (uint32_t)i;
    }
    /* Sort by hash (three items), Libya before Lebanon for the same key. */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (es[j].h < es[i].h || (es[j].h == es[i].h && es[j].place < es[i].place)) {
                e t = es[i]; es[i] = es[j]; es[j] = t;
            }
    uint32_t buckets[3] = { 0, 0, 3 };
    for (int i = 0; i < 3; i++)
        if ((es[i].h >> 63) == 0) buckets[1]++;
    model_writer w;
    dyad_error err;
    if (model_writer_open(&w, path, GAZ_KIND, GAZ_VERSION, 1, &err) != 0) return -1;
    model_write_u32(&w, 3);
    model_write_u32(&w, 3);
    model_write_u32(&w, 1);
    model_write_u32(&w, sizeof strings);
    write_record(&w, 2210247, 32.9f, 13.2f, 1150989, name_off[0], GAZ_NO_STRING, "LBY", DYAD_PLACE_CITY);
    write_record(&w, 266826, 34.4f, 35.8f, 229398, name_off[1], 23, "LBN", DYAD_PLACE_CITY);
    write_record(&w, 248816, 31.0f, 36.0f, 0, name_off[2], GAZ_NO_STRING, "JOR", DYAD_PLACE_COUNTRY);
    for (int i = 0; i < 3; i++) model_write_u32(&w, buckets[i]);
    for (int i = 0; i < 3; i++) {
        model_write_u32(&w, (uint32_t)es[i].h);
        model_write_u32(&w, bad_place && i == 2 ? 7 : es[i].place);
    }
    model_write(&w, strings, sizeof strings);
    return model_writer_close(&w, &err);
}

static char *tmp_path(void) {
    static char path[64];
    strcpy(path, "/tmp/dyad-gaz-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    close(fd);
    return path;
}

TEST(gazetteer_tiny_file_context_preference) {
    char *path = tmp_path();
    CHECK(path);
    CHECK_INT(write_tiny(path, 0), 0);
    dyad_error err;
    dyad_gazetteer *g = dyad_gazetteer_load(path, &err);
    unlink(path);
    CHECK(g);
    CHECK_INT(dyad_gazetteer_place_count(g), 3);
    dyad_place p;
    CHECK(dyad_resolve_place(g, "Tripoli", 7, NULL, &p));
    CHECK_STR(p.country_code, "LBY"); /* the larger one without context */
    const char *lbn[] = { "LBN" };
    dyad_place_context ctx = { lbn, 1, NULL, 0 };
    CHECK(dyad_resolve_place(g, "Tripoli", 7, &ctx, &p));
    CHECK_STR(p.country_code, "LBN");
    CHECK_STR(p.admin1, "LB.09");
    CHECK_INT(p.geonameid, 266826);
    dyad_place_context doc = { NULL, 0, lbn, 1 };
    CHECK(dyad_resolve_place(g, "TRIPOLI", 7, &doc, &p));
    CHECK_STR(p.country_code, "LBN");
    CHECK(dyad_resolve_place(g, "Jordan", 6, &ctx, &p));
    CHECK_STR(dyad_place_feature_name(p.feature), "country");
    CHECK(!dyad_resolve_place(g, "Atlantis", 8, NULL, &p));
    dyad_gazetteer_free(g);
}

TEST(gazetteer_loader_rejects_bad_files) {
    char *path = tmp_path();
    CHECK(path);
    char keep[64];
    strcpy(keep, path);
    CHECK_INT(write_tiny(keep, 1), 0);
    dyad_error err;
    CHECK(dyad_gazetteer_load(keep, &err) == NULL);
    CHECK(strstr(err.message, "corrupted gazetteer"));
    /* Truncated: drop the last bytes of a valid file. */
    CHECK_INT(write_tiny(keep, 0), 0);
    FILE *f = fopen(keep, "rb");
    CHECK(f);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    f = fopen(keep, "wb");
    CHECK(f);
    fwrite(buf, 1, n - 5, f);
    fclose(f);
    CHECK(dyad_gazetteer_load(keep, &err) == NULL);
    CHECK(strstr(err.message, "truncated"));
    CHECK(dyad_gazetteer_load("/nonexistent/gazetteer.bin", &err) == NULL);
    CHECK(strstr(err.message, "/nonexistent/gazetteer.bin"));
    unlink(keep);
}

/* ---- the real gazetteer ---- */

static dyad_gazetteer *real_gazetteer(void) {
    const char *root = getenv("ROOT");
    char path[4096];
    snprintf(path, sizeof path, "%s/data/geo/gazetteer.bin", root ? root : ".");
    if (access(path, R_OK) != 0) {
        test_skip("data/geo/gazetteer.bin absent (sh scripts/gazetteer.sh builds it)");
        return NULL;
    }
    dyad_error err;
    dyad_gazetteer *g = dyad_gazetteer_load(path, &err);
    if (!g) test_fail(__FILE__, __LINE__, "%s", err.message);
    return g;
}

static int resolves(dyad_gazetteer *g, const char *name, const char *const *ctx_cc,
                    const char *want_name, const char *want_cc) {
    dyad_place p;
    dyad_place_context ctx = { ctx_cc, ctx_cc ? 1 : 0, NULL, 0 };
    if (!dyad_resolve_place(g, name, strlen(name), &ctx, &p)) {
        test_fail(__FILE__, __LINE__, "%s: not found", name);
        return 0;
    }
    if (strcmp(p.name, want_name) || strcmp(p.country_code, want_cc)) {
        test_fail(__FILE__, __LINE__, "%s: got %s (%s), want %s (%s)", name, p.name,
                  p.country_code, want_name, want_cc);
        return 0;
    }
    return 1;
}

TEST(gazetteer_real_variants_and_context) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    static const char *const lbn[] = { "LBN" }, *const lby[] = { "LBY" };
    int ok = resolves(g, "al-Bukamal", NULL, "Albu Kamal", "SYR") &&
             resolves(g, "Abu Kamal", NULL, "Albu Kamal", "SYR") &&
             resolves(g, "Albu Kamal", NULL, "Albu Kamal", "SYR") &&
             resolves(g, "Kiev", NULL, "Kyiv", "UKR") && resolves(g, "Kyiv", NULL, "Kyiv", "UKR") &&
             resolves(g, "Halab", NULL, "Aleppo", "SYR") && resolves(g, "Aleppo", NULL, "Aleppo", "SYR") &&
             resolves(g, "Tripoli", lby, "Tripoli", "LBY") && resolves(g, "Tripoli", lbn, "Tripoli", "LBN") &&
             resolves(g, "Vietnam", NULL, "Vietnam", "VNM") &&
             resolves(g, "Eastern Ghouta", NULL, "East Ghouta", "SYR") &&
             resolves(g, "Idlib Province", NULL, "Idlib Province", "SYR") &&
             resolves(g, "Donbass", NULL, "Donbas", "UKR") &&
             resolves(g, "the United States", NULL, "United States", "USA") &&
             resolves(g, "Deir al-Zour", NULL, "Deir ez-Zor", "SYR") &&
             resolves(g, "Maarat al-Numan", NULL, "Ma`arrat an Nu`man", "SYR") &&
             resolves(g, "Raqqa", NULL, "Ar Raqqah", "SYR") &&
             /* Own names beat other places' alternate names. */
             resolves(g, "Jalalabad", NULL, "Jalalabad", "AFG") &&
             resolves(g, "Washington", NULL, "Washington, D.C.", "USA") &&
             resolves(g, "Hmeimim", NULL, "Hmeimim Air Base", "SYR") &&
             /* Bare "Congo" is the DRC, as in the actor dictionary and in
              * agency style ("Congo Republic" for the other one). */
             resolves(g, "Congo", NULL, "Democratic Republic of the Congo", "COD") &&
             resolves(g, "Congo Republic", NULL, "Republic of the Congo", "COG") &&
             resolves(g, "Congo-Brazzaville", NULL, "Republic of the Congo", "COG") &&
             /* An alternate name of a city of millions beats a town's own
              * name: St Petersburg is in Russia, not Florida. */
             resolves(g, "St Petersburg", NULL, "Saint Petersburg", "RUS") &&
             /* and Geneva is Geneve, not Geneva, Illinois (x8.6) */
             resolves(g, "Geneva", NULL, "Geneve", "CHE") &&
             resolves(g, "GENEVA", NULL, "Geneve", "CHE") &&
             /* a district of our regions list: the Taliban's Swat valley */
             resolves(g, "Swat valley", NULL, "Swat", "PAK") &&
             /* A country's name is the country even with another actor. */
             resolves(g, "Lebanon", (const char *const[]){ "USA" }, "Lebanon", "LBN");
    if (ok) {
        dyad_place p;
        CHECK(dyad_resolve_place(g, "Bukamal", 7, NULL, &p));
        CHECK(p.lat > 34.3 && p.lat < 34.6 && p.lon > 40.8 && p.lon < 41.1);
        CHECK_STR(dyad_place_feature_name(p.feature), "city");
        CHECK(dyad_resolve_place(g, "Vietnam", 7, NULL, &p));
        CHECK_INT(p.geonameid, 1562822);
        CHECK(p.lat > 16.1 && p.lat < 16.2 && p.lon > 107.8 && p.lon < 107.9);
        CHECK(dyad_gazetteer_place_count(g) > 100000);
    }
    dyad_gazetteer_free(g);
}

/* "They talked at the summit in Vietnam." */
static const char *TALKED =
    "1 They they PRON PRP _ 2 nsubj _ _\n"
    "2 talked talk VERB VBD _ 0 root _ _\n"
    "3 at at ADP IN _ 5 case _ _\n"
    "4 the the DET DT _ 5 det _ _\n"
    "5 summit summit NOUN NN _ 2 obl _ _\n"
    "6 in in ADP IN _ 7 case _ _\n"
    "7 Vietnam Vietnam PROPN NNP _ 5 nmod _ _\n";

/* "Jordan said it closed the border." / "Troops arrived in Jordan." */
static const char *JORDAN_SAID =
    "1 Jordan Jordan PROPN NNP _ 2 nsubj _ _\n"
    "2 said say VERB VBD _ 0 root _ _\n"
    "3 it it PRON PRP _ 4 nsubj _ _\n"
    "4 closed close VERB VBD _ 2 ccomp _ _\n"
    "5 the the DET DT _ 6 det _ _\n"
    "6 border border NOUN NN _ 4 obj _ _\n";
static const char *IN_JORDAN =
    "1 Troops troop NOUN NNS _ 2 nsubj _ _\n"
    "2 arrived arrive VERB VBD _ 0 root _ _\n"
    "3 in in ADP IN _ 4 case _ _\n"
    "4 Jordan Jordan PROPN NNP _ 2 obl _ _\n";
/* "Michael Jordan played in Chicago." — a person's name is never a place. */
static const char *PERSON =
    "1 Michael Michael PROPN NNP _ 3 nsubj _ Entity=B-PER\n"
    "2 Jordan Jordan PROPN NNP _ 1 flat _ Entity=PER\n"
    "3 played play VERB VBD _ 0 root _ _\n"
    "4 with with ADP IN _ 5 case _ _\n"
    "5 Georgia Georgia PROPN NNP _ 3 obl _ _\n";
/* "Rebels said that clashes erupted in Syria's Idlib province, while
 *  Russia attacked." */
static const char *IDLIB =
    "1 Clashes clash NOUN NNS _ 2 nsubj _ _\n"
    "2 erupted erupt VERB VBD _ 0 root _ _\n"
    "3 in in ADP IN _ 7 case _ _\n"
    "4 Syria Syria PROPN NNP _ 7 nmod:poss _ SpaceAfter=No\n"
    "5 's 's PART POS _ 4 case _ _\n"
    "6 Idlib Idlib PROPN NNP _ 7 compound _ _\n"
    "7 province province NOUN NN _ 2 obl _ SpaceAfter=No\n"
    "8 , , PUNCT , _ 11 punct _ _\n"
    "9 while while SCONJ IN _ 11 mark _ _\n"
    "10 Russia Russia PROPN NNP _ 11 nsubj _ _\n"
    "11 attacked attack VERB VBD _ 2 advcl _ _\n";

static int locate(dyad_gazetteer *g, const char *conllu, const char *verb, const char *dateline,
                  dyad_place *p) {
    fixture f;
    if (!fixture_parse(&f, conllu)) return -1;
    return dyad_find_event_location(g, f.toks, f.n, fixture_find(&f, verb), NULL, dateline, p);
}

TEST(location_from_syntax) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    CHECK_INT(locate(g, TALKED, "talked", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.country_code, "VNM");
    CHECK_STR(p.text, "Vietnam");
    CHECK_STR(dyad_place_feature_name(p.feature), "country");
    /* An actor is not a location; nor is a dateline-less sentence. */
    CHECK_INT(locate(g, JORDAN_SAID, "said", NULL, &p), DYAD_LOCATION_NONE);
    CHECK_INT(locate(g, JORDAN_SAID, "closed", NULL, &p), DYAD_LOCATION_NONE);
    CHECK_INT(locate(g, IN_JORDAN, "arrived", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.country_code, "JOR");
    CHECK_INT(locate(g, PERSON, "played", NULL, &p), DYAD_LOCATION_NONE);
    /* Dateline fallback. */
    CHECK_INT(locate(g, JORDAN_SAID, "said", "DAMASCUS", &p), DYAD_LOCATION_DATELINE);
    CHECK_STR(p.name, "Damascus");
    CHECK_INT(p.first_token, -1);
    dyad_gazetteer_free(g);
}

TEST(location_nested_and_sentence_fallback) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    CHECK_INT(locate(g, IDLIB, "erupted", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.name, "Idlib Province");
    CHECK_STR(p.text, "Idlib province");
    CHECK_INT(p.first_token, 5);
    CHECK_INT(p.last_token, 6);
    /* The embedded clause has no place of its own: the sentence's. */
    CHECK_INT(locate(g, IDLIB, "attacked", NULL, &p), DYAD_LOCATION_SENTENCE);
    CHECK_STR(p.name, "Idlib Province");
    dyad_gazetteer_free(g);
}

/* "near Mocimboa da Praia": the name runs across the particle; GeoNames
 * lists the town as "Mocimboa", and "Praia" alone is Cape Verde's capital. */
static const char *MOCIMBOA =
    "1 troops troops NOUN NNS _ 2 nsubj _ _\n"
    "2 attacked attack VERB VBD _ 0 root _ _\n"
    "3 insurgents insurgent NOUN NNS _ 2 obj _ _\n"
    "4 near near ADP IN _ 7 case _ _\n"
    "5 Mocimboa Mocimboa PROPN NNP _ 7 compound _ _\n"
    "6 da da ADP IN _ 7 case _ _\n"
    "7 Praia Praia PROPN NNP _ 2 obl _ _\n";

/* "in Ciudad del Este": the whole name is in the gazetteer. */
static const char *CIUDAD_DEL_ESTE =
    "1 police police NOUN NNS _ 2 nsubj _ _\n"
    "2 arrested arrest VERB VBD _ 0 root _ _\n"
    "3 smugglers smuggler NOUN NNS _ 2 obj _ _\n"
    "4 in in ADP IN _ 5 case _ _\n"
    "5 Ciudad Ciudad PROPN NNP _ 2 obl _ _\n"
    "6 del del ADP IN _ 7 case _ _\n"
    "7 Este Este PROPN NNP _ 5 nmod _ _\n";

TEST(location_names_across_particles) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    CHECK_INT(locate(g, MOCIMBOA, "attacked", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.country_code, "MOZ");
    CHECK_STR(p.text, "Mocimboa");
    CHECK_INT(locate(g, CIUDAD_DEL_ESTE, "arrested", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.country_code, "PRY");
    CHECK_STR(p.text, "Ciudad del Este");
    dyad_gazetteer_free(g);
}

/* From the example article: "... completed victory over ISIS with the
 * takeover of al-Bukamal in eastern Syria." */
static const char *TAKEOVER =
    "1 they they PRON PRP _ 2 nsubj _ _\n"
    "2 completed complete VERB VBD _ 0 root _ _\n"
    "3 victory victory NOUN NN _ 2 obj _ _\n"
    "4 with with ADP IN _ 6 case _ _\n"
    "5 the the DET DT _ 6 det _ _\n"
    "6 takeover takeover NOUN NN _ 2 obl _ _\n"
    "7 of of ADP IN _ 8 case _ _\n"
    "8 al-Bukamal al-Bukamal PROPN NNP _ 6 nmod _ _\n"
    "9 in in ADP IN _ 11 case _ _\n"
    "10 eastern eastern ADJ JJ _ 11 amod _ _\n"
    "11 Syria Syria PROPN NNP _ 8 nmod _ _\n";

/* The same with the name split into tokens: "al - Bukamal". */
static const char *TAKEOVER_SPLIT =
    "1 they they PRON PRP _ 2 nsubj _ _\n"
    "2 completed complete VERB VBD _ 0 root _ _\n"
    "3 the the DET DT _ 4 det _ _\n"
    "4 takeover takeover NOUN NN _ 2 obj _ _\n"
    "5 of of ADP IN _ 8 case _ _\n"
    "6 al al PROPN NNP _ 8 compound _ SpaceAfter=No\n"
    "7 - - PUNCT HYPH _ 8 punct _ SpaceAfter=No\n"
    "8 Bukamal Bukamal PROPN NNP _ 4 nmod _ _\n";

TEST(location_example_article_bukamal) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    const char *syr[] = { "SYR" };
    dyad_place_context ctx = { syr, 1, NULL, 0 };
    fixture f;
    CHECK(fixture_parse(&f, TAKEOVER));
    CHECK_INT(dyad_find_event_location(g, f.toks, f.n, 1, &ctx, NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.text, "al-Bukamal");
    CHECK_STR(p.country_code, "SYR");
    CHECK(p.lat > 34.3 && p.lat < 34.6 && p.lon > 40.8 && p.lon < 41.1);
    CHECK(fixture_parse(&f, TAKEOVER_SPLIT));
    CHECK_INT(dyad_find_event_location(g, f.toks, f.n, 1, &ctx, NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.text, "al-Bukamal");
    CHECK_STR(p.name, "Albu Kamal");
    dyad_gazetteer_free(g);
}

/* "... the discussions in the Kazakh capital Astana." */
static const char *ASTANA =
    "1 they they PRON PRP _ 2 nsubj _ _\n"
    "2 met meet VERB VBD _ 0 root _ _\n"
    "3 in in ADP IN _ 6 case _ _\n"
    "4 the the DET DT _ 6 det _ _\n"
    "5 Kazakh Kazakh ADJ JJ _ 6 amod _ _\n"
    "6 capital capital NOUN NN _ 2 obl _ _\n"
    "7 Astana Astana PROPN NNP _ 6 appos _ _\n";

TEST(location_apposition_and_document_countries) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    CHECK_INT(locate(g, ASTANA, "met", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.country_code, "KAZ");
    CHECK_STR(p.text, "Astana");
    char codes[8][4];
    size_t n = 0;
    fixture f;
    CHECK(fixture_parse(&f, IDLIB));
    n = dyad_sentence_place_countries(g, f.toks, f.n, codes, n, 8);
    CHECK(fixture_parse(&f, TALKED));
    n = dyad_sentence_place_countries(g, f.toks, f.n, codes, n, 8);
    CHECK(fixture_parse(&f, IN_JORDAN));
    n = dyad_sentence_place_countries(g, f.toks, f.n, codes, n, 8);
    CHECK(fixture_parse(&f, JORDAN_SAID)); /* an actor adds nothing */
    n = dyad_sentence_place_countries(g, f.toks, f.n, codes, n, 8);
    CHECK(fixture_parse(&f, TALKED)); /* no duplicates */
    n = dyad_sentence_place_countries(g, f.toks, f.n, codes, n, 8);
    CHECK_INT(n, 3);
    CHECK_STR(codes[0], "SYR");
    CHECK_STR(codes[1], "VNM");
    CHECK_STR(codes[2], "JOR");
    dyad_gazetteer_free(g);
}

/* "a raffle in August at El Paso Energy in Asia" — a month, a company
 * (El -compound-> Energy, Paso -flat-> El) and a continent. */
static const char *NOT_TOWNS =
    "1 they they PRON PRP _ 2 nsubj _ _\n"
    "2 held hold VERB VBD _ 0 root _ _\n"
    "3 a a DET DT _ 4 det _ _\n"
    "4 raffle raffle NOUN NN _ 2 obj _ _\n"
    "5 in in ADP IN _ 6 case _ _\n"
    "6 August August PROPN NNP _ 2 obl _ _\n"
    "7 at at ADP IN _ 10 case _ _\n"
    "8 El El PROPN NNP _ 10 compound _ _\n"
    "9 Paso Paso PROPN NNP _ 8 flat _ _\n"
    "10 Energy Energy PROPN NNP _ 2 obl _ _\n";

TEST(location_months_companies_and_lowercase_are_not_towns) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    CHECK_INT(locate(g, NOT_TOWNS, "held", NULL, &p), DYAD_LOCATION_NONE);
    /* Lowercase words are not names, even where a town is called so. */
    fixture f;
    CHECK(fixture_parse(&f, IN_JORDAN));
    f.toks[3].form = "jordan";
    CHECK_INT(dyad_find_event_location(g, f.toks, f.n, 1, NULL, NULL, &p), DYAD_LOCATION_NONE);
    /* An organisation tag wins over the gazetteer. */
    CHECK(fixture_parse(&f, IN_JORDAN));
    f.toks[3].entity = DYAD_ENTITY_ORGANIZATION;
    CHECK_INT(dyad_find_event_location(g, f.toks, f.n, 1, NULL, NULL, &p), DYAD_LOCATION_NONE);
    /* Regions without a country. */
    CHECK(dyad_resolve_place(g, "Asia", 4, NULL, &p));
    CHECK_STR(dyad_place_feature_name(p.feature), "region");
    CHECK_STR(p.country_code, "");
    CHECK(dyad_resolve_place(g, "Florida", 7, NULL, &p));
    CHECK_STR(p.country_code, "USA");
    CHECK_STR(dyad_place_feature_name(p.feature), "admin1");
    dyad_gazetteer_free(g);
}

TEST(place_json_matches_interfaces) {
    dyad_place p;
    memset(&p, 0, sizeof p);
    strcpy(p.text, "Vietnam");
    p.name = "Vietnam";
    strcpy(p.country_code, "VNM");
    p.lat = 16.16667;
    p.lon = 107.83333;
    p.geonameid = 1562822;
    p.feature = DYAD_PLACE_COUNTRY;
    char buf[512];
    CHECK(dyad_place_to_json(&p, buf, sizeof buf) > 0);
    CHECK_STR(buf, "{\"text\": \"Vietnam\", \"name\": \"Vietnam\", \"country_code\": \"VNM\", "
                   "\"lat\": 16.1667, \"lon\": 107.8333, \"geonameid\": 1562822, "
                   "\"feature\": \"country\", \"admin1\": null}");
    strcpy(p.text, "the \"Gulf\"");
    p.country_code[0] = '\0';
    p.geonameid = 0;
    p.feature = DYAD_PLACE_REGION;
    CHECK(dyad_place_to_json(&p, buf, sizeof buf) > 0);
    CHECK(strstr(buf, "\"text\": \"the \\\"Gulf\\\"\""));
    CHECK(strstr(buf, "\"country_code\": null"));
    CHECK(strstr(buf, "\"geonameid\": null"));
    CHECK_INT(dyad_place_to_json(&p, buf, 20), -1);
}

/* "... unpopular in Tamil Nadu" (Tamil: ADJ amod) and "in Kurdish Iraq". */
static const char *TAMIL_NADU =
    "1 it it PRON PRP _ 2 nsubj _ _\n"
    "2 failed fail VERB VBD _ 0 root _ _\n"
    "3 in in ADP IN _ 5 case _ _\n"
    "4 Tamil Tamil ADJ NNP _ 5 amod _ _\n"
    "5 Nadu Nadu PROPN NNP _ 2 obl _ _\n"
    "6 and and CCONJ CC _ 8 cc _ _\n"
    "7 Kurdish Kurdish ADJ JJ _ 8 amod _ _\n"
    "8 Iraq Iraq PROPN NNP _ 5 conj _ _\n";

TEST(location_capitalised_modifiers_belong_to_names) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    CHECK_INT(locate(g, TAMIL_NADU, "failed", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.text, "Tamil Nadu");
    CHECK_STR(p.country_code, "IND");
    /* "Kurdish Iraq" is not a name: the anchor alone is. */
    fixture f;
    CHECK(fixture_parse(&f, TAMIL_NADU));
    char codes[4][4];
    CHECK_INT(dyad_sentence_place_countries(g, f.toks, f.n, codes, 0, 4), 2);
    CHECK_STR(codes[1], "IRQ");
    dyad_gazetteer_free(g);
}

/* "They prayed to God in the valley at the University and at CA." */
static const char *NOT_PLACES =
    "1 They they PRON PRP _ 2 nsubj _ _\n"
    "2 prayed pray VERB VBD _ 0 root _ _\n"
    "3 in in ADP IN _ 4 case _ _\n"
    "4 God God PROPN NNP _ 2 obl _ _\n"
    "5 in in ADP IN _ 7 case _ _\n"
    "6 the the DET DT _ 7 det _ _\n"
    "7 valley valley NOUN NN _ 2 obl _ _\n"
    "8 at at ADP IN _ 9 case _ _\n"
    "9 University University PROPN NNP _ 2 obl _ _\n"
    "10 at at ADP IN _ 11 case _ _\n"
    "11 CA CA PROPN NNP _ 2 obl _ _\n"
    "12 in in ADP IN _ 13 case _ _\n"
    "13 EU EU PROPN NNP _ 2 obl _ _\n";

TEST(location_stop_names_acronyms_and_bare_place_nouns) {
    dyad_gazetteer *g = real_gazetteer();
    if (!g) return;
    dyad_place p;
    /* Only "in the EU" is a place here (a region, no country). */
    CHECK_INT(locate(g, NOT_PLACES, "prayed", NULL, &p), DYAD_LOCATION_CLAUSE);
    CHECK_STR(p.text, "EU");
    CHECK_STR(p.name, "European Union");
    fixture f;
    CHECK(fixture_parse(&f, NOT_PLACES));
    f.n = 11; /* without "in EU" */
    CHECK_INT(dyad_find_event_location(g, f.toks, f.n, 1, NULL, NULL, &p), DYAD_LOCATION_NONE);
    dyad_gazetteer_free(g);
}
