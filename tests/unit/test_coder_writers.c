/* Tests of the event writers: JSON Lines (field order, escaping, nulls),
 * TSV (header and rows agree), GDELT 2.0 (61 columns, codes as strings). */
#include <jansson.h>
#include <stdlib.h>

#include "test.h"
#include "tree_util.h"

static dyad_coder *fixture(void) {
    static dyad_coder *c;
    if (c) return c;
    char dir[4096];
    const char *root = getenv("ROOT");
    snprintf(dir, sizeof dir, "%s/tests/data/coder", root && *root ? root : ".");
    dyad_coder_options o = {0};
    o.data_dir = dir;
    o.gazetteer = ""; /* no places here (test_coder_when_where.c has them) */
    c = dyad_coder_load(&o, NULL);
    return c;
}

/* A retreat (leading-zero code) with a quote and a backslash in the text,
 * a statement without a recipient, and three sentences without events: a
 * document of five sentences, so its statement stays (in a short item a
 * plain statement after the lead event only elaborates it and is
 * dropped). */
static const char *DOC =
    "1 Israeli Israeli ADJ JJ 2 amod\n"
    "2 troops troop NOUN NNS 3 nsubj\n"
    "3 withdrew withdraw VERB VBD 0 root\n"
    "4 from from ADP IN 5 case\n"
    "5 Syria Syria PROPN NNP 3 obl\n"
    "6 \"quoted\\\" \"quoted\\\" PUNCT '' 3 punct\n"
    "\n"
    "1 Turkey Turkey PROPN NNP 2 nsubj\n"
    "2 said say VERB VBD 0 root\n"
    "3 nothing nothing PRON NN 2 obj\n"
    "\n"
    "1 Rain rain NOUN NN 2 nsubj\n"
    "2 fell fall VERB VBD 0 root\n"
    "\n"
    "1 Rain rain NOUN NN 2 nsubj\n"
    "2 fell fall VERB VBD 0 root\n"
    "\n"
    "1 Rain rain NOUN NN 2 nsubj\n"
    "2 fell fall VERB VBD 0 root\n";

static char *write_events_as(int format, const char *id, size_t *len) {
    dyad_coder *c = fixture();
    if (!c) return NULL;
    dyad_events *e = dyad_events_new();
    dyad_date date = {2017, 11, 12};
    if (tree_code(c, e, DOC, &date) != 2) { dyad_events_free(e); return NULL; }
    char *out = NULL;
    FILE *f = open_memstream(&out, len);
    dyad_event_writer *w = dyad_event_writer_new(f, format);
    dyad_document doc = {0};
    doc.id = id;
    doc.url = "https://example.org/a";
    /* the text the tokens point into is the last tree document's */
    doc.text = tree_last_text(&doc.text_len);
    doc.date = date;
    dyad_event_writer_write(w, &doc, e, NULL);
    dyad_event_writer_free(w);
    fclose(f);
    dyad_events_free(e);
    return out;
}

static char *write_events(int format, size_t *len) { return write_events_as(format, "doc\"1", len); }

TEST(writer_jsonl_order_escaping_nulls) {
    size_t len;
    char *out = write_events(DYAD_EVENTS_JSONL, &len);
    CHECK(out != NULL);
    char *nl = strchr(out, '\n');
    CHECK(nl != NULL);
    *nl = 0;
    /* field order as in interfaces.md */
    static const char *const keys[] = {"\"id\"", "\"doc_id\"", "\"sentence\"", "\"date\"", "\"date_source\"",
                                       "\"actor\"", "\"recipient\"", "\"cameo\"", "\"event\"", "\"quad_class\"",
                                       "\"goldstein\"", "\"location\"", "\"text\"", "\"evidence\""};
    const char *prev = out;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *at = strstr(prev, keys[i]);
        if (!at) { test_fail(__FILE__, __LINE__, "key %s missing or out of order in %s", keys[i], out); free(out); return; }
        prev = at;
    }
    json_error_t jerr;
    json_t *j = json_loads(out, 0, &jerr);
    json_t *j2 = json_loads(nl + 1, 0, &jerr);
    int ok = j && j2;
    const char *id = ok ? json_string_value(json_object_get(j, "id")) : NULL;
    const char *cameo = ok ? json_string_value(json_object_get(j, "cameo")) : NULL;
    const char *text = ok ? json_string_value(json_object_get(j, "text")) : NULL;
    const char *actor = ok ? json_string_value(json_object_get(json_object_get(j, "actor"), "code")) : NULL;
    const char *date = ok ? json_string_value(json_object_get(j, "date")) : NULL;
    int recip_null = ok && json_is_null(json_object_get(j2, "recipient"));
    int event_null = ok && json_is_null(json_object_get(j2, "event"));
    int quad = ok ? (int)json_integer_value(json_object_get(j, "quad_class")) : 0;
    char idc[64] = "", cameoc[16] = "", textc[128] = "", actorc[16] = "", datec[16] = "";
    if (id) snprintf(idc, sizeof idc, "%s", id);
    if (cameo) snprintf(cameoc, sizeof cameoc, "%s", cameo);
    if (text) snprintf(textc, sizeof textc, "%s", text);
    if (actor) snprintf(actorc, sizeof actorc, "%s", actor);
    if (date) snprintf(datec, sizeof datec, "%s", date);
    json_decref(j);
    json_decref(j2);
    free(out);
    CHECK(ok);
    CHECK_STR(idc, "doc\"1:0:0");
    CHECK_STR(cameoc, "0874");
    CHECK_STR(textc, "Israeli troops withdrew from Syria \"quoted\\\"");
    CHECK_STR(actorc, "ISRMIL");
    CHECK_STR(datec, "2017-11-12");
    CHECK(recip_null);
    CHECK(event_null);
    CHECK_INT(quad, 2);
}

static int count_char(const char *s, size_t n, char c) {
    int k = 0;
    for (size_t i = 0; i < n; i++) k += s[i] == c;
    return k;
}

TEST(writer_gdelt_61_columns) {
    size_t len;
    char *out = write_events(DYAD_EVENTS_GDELT, &len);
    CHECK(out != NULL);
    char *line = out;
    int lines = 0, bad = 0;
    char cols[61][128];
    while (*line) {
        char *nl = strchr(line, '\n');
        if (!nl) break;
        if (count_char(line, (size_t)(nl - line), '\t') != 60) bad = 1;
        if (lines == 0) {
            int k = 0;
            char *p = line;
            while (k < 61 && p <= nl) {
                size_t n = strcspn(p, "\t\n");
                snprintf(cols[k++], sizeof cols[0], "%.*s", (int)n, p);
                p += n + 1;
            }
        }
        lines++;
        line = nl + 1;
    }
    free(out);
    CHECK_INT(lines, 2);
    CHECK(!bad);
    CHECK_STR(cols[0], "1");           /* GlobalEventID */
    CHECK_STR(cols[1], "20171112");    /* Day */
    CHECK_STR(cols[2], "201711");      /* MonthYear */
    CHECK_STR(cols[3], "2017");
    CHECK_STR(cols[5], "ISRMIL");      /* Actor1Code */
    CHECK_STR(cols[7], "ISR");         /* Actor1CountryCode */
    CHECK_STR(cols[12], "MIL");        /* Actor1Type1Code */
    CHECK_STR(cols[25], "1");          /* IsRootEvent: first sentence */
    CHECK_STR(cols[26], "0874");       /* EventCode */
    CHECK_STR(cols[27], "087");        /* EventBaseCode */
    CHECK_STR(cols[28], "08");         /* EventRootCode */
    CHECK_STR(cols[29], "2");          /* QuadClass */
    CHECK_STR(cols[60], "https://example.org/a");
}

TEST(writer_tsv_header_matches_rows) {
    size_t len;
    char *out = write_events(DYAD_EVENTS_TSV, &len);
    CHECK(out != NULL);
    char *nl1 = strchr(out, '\n');
    char *nl2 = nl1 ? strchr(nl1 + 1, '\n') : NULL;
    int header = nl1 ? count_char(out, (size_t)(nl1 - out), '\t') : -1;
    int row = nl2 ? count_char(nl1 + 1, (size_t)(nl2 - nl1 - 1), '\t') : -2;
    int starts = !strncmp(out, "id\tdoc_id\tsentence\t", 19);
    free(out);
    CHECK(starts);
    CHECK_INT(row, header);
    CHECK_INT(header, 28);
}

/* The table's DOCUMENT:SENTENCE column: a short id in full; a long one
 * loses its middle, never the sentence number nor the end of the id. */
TEST(writer_table_keeps_sentence_numbers) {
    size_t len;
    char *out = write_events_as(DYAD_EVENTS_TABLE, "d1", &len);
    CHECK(out != NULL);
    CHECK(out && strstr(out, " d1:0 ") && strstr(out, " d1:1 "));
    free(out);
    out = write_events_as(DYAD_EVENTS_TABLE, "syria-daily-2017-11-12", &len);
    CHECK(out != NULL);
    CHECK(out && strstr(out, " syria-dail\xe2\x80\xa6" "2017-11-12:0 ") && strstr(out, "2017-11-12:1 "));
    free(out);
    /* multibyte characters are not cut in the middle */
    out = write_events_as(DYAD_EVENTS_TABLE, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                                             "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                                             "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", &len);
    CHECK(out != NULL);
    CHECK(out && strstr(out, " \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xe2\x80\xa6"));
    CHECK(out && strstr(out, "\xc3\xa9:1 "));
    free(out);
}
