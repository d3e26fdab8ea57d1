/* Tests of src/io/reader.c and jsonl.c: formats, bad input, streaming. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test.h"

#include "base/buf.h"
#include "base/utf8.h"
#include "dyad.h"
#include "io/reader_internal.h"

/* One temporary directory for these tests, removed at exit. */
static char tmp_dir[256];

static char tmp_files[64][512];
static int n_tmp_files;

static void remove_tmp_dir(void) {
    for (int i = 0; i < n_tmp_files; i++) unlink(tmp_files[i]);
    rmdir(tmp_dir);
}

static const char *tmp_path(const char *name) {
    static char path[512];
    if (!tmp_dir[0]) {
        snprintf(tmp_dir, sizeof tmp_dir, "/tmp/dyad-test-reader-XXXXXX");
        if (!mkdtemp(tmp_dir)) return NULL;
        atexit(remove_tmp_dir);
    }
    snprintf(path, sizeof path, "%s/%s", tmp_dir, name);
    return path;
}

static const char *write_file(const char *name, const void *data, size_t n) {
    const char *path = tmp_path(name);
    FILE *f = path ? fopen(path, "wb") : NULL;
    if (!f) return NULL;
    if (n_tmp_files < 64) snprintf(tmp_files[n_tmp_files++], 512, "%s", path);
    if (n && fwrite(data, 1, n, f) != n) path = NULL;
    fclose(f);
    return path;
}
#define WRITE_STR(name, s) write_file(name, s, sizeof s - 1)

/* Everything read from one input, for easy checks. */
typedef struct result {
    int n_docs, n_skipped, failed;
    char ids[16][64];
    char texts[16][256];
    char messages[16][1024];
    size_t lines[16];
    dyad_date dates[16];
    int date_sources[16];
    size_t repairs_doc[16];
    size_t repairs_total;
} result;

static void read_all(dyad_reader *r, result *res) {
    memset(res, 0, sizeof *res);
    for (;;) {
        dyad_document doc;
        dyad_error err = {0};
        int got = dyad_reader_next(r, &doc, &err);
        if (got == DYAD_READ_END) break;
        if (got == DYAD_READ_FAILED) {
            res->failed = 1;
            snprintf(res->messages[0], sizeof res->messages[0], "%s", err.message);
            break;
        }
        if (got == DYAD_READ_SKIPPED) {
            if (res->n_skipped < 16)
                snprintf(res->messages[res->n_skipped], 1024, "%s", err.message);
            res->n_skipped++;
            continue;
        }
        int i = res->n_docs++;
        if (i >= 16) continue;
        snprintf(res->ids[i], 64, "%s", doc.id);
        snprintf(res->texts[i], 256, "%s", doc.text);
        res->lines[i] = doc.line;
        res->dates[i] = doc.date;
        res->date_sources[i] = doc.date_source;
        res->repairs_doc[i] = doc.utf8_repairs;
    }
    res->repairs_total = dyad_reader_utf8_repairs(r);
    dyad_reader_close(r);
}

static int read_path(const char *path, const dyad_reader_options *opt, result *res) {
    dyad_error err = {0};
    dyad_reader *r = path ? dyad_reader_open(path, opt, &err) : NULL;
    if (!r) return 0;
    read_all(r, res);
    return 1;
}

static int read_mem(const char *data, size_t n, const char *name, const dyad_reader_options *opt,
                    result *res) {
    dyad_error err = {0};
    dyad_reader *r = reader_open_memory(data, n, name, opt, &err);
    if (!r) return 0;
    read_all(r, res);
    return 1;
}
#define READ_STR(s, name, opt, res) read_mem(s, sizeof s - 1, name, opt, res)

static result res; /* big; one test at a time */

TEST(reader_text_file_is_one_document_named_after_the_file) {
    const char *p = WRITE_STR("report.2017.txt", "DAMASCUS, Nov 12, 2017 (Reuters) - Talks began.\n");
    CHECK(p && read_path(p, NULL, &res));
    CHECK_INT(res.n_docs, 1);
    CHECK_STR(res.ids[0], "report.2017");
    CHECK_STR(res.texts[0], "DAMASCUS, Nov 12, 2017 (Reuters) - Talks began.\n");
    CHECK_INT(res.lines[0], 1);
    CHECK_INT(res.date_sources[0], DYAD_DATE_DATELINE);
    CHECK_INT(res.dates[0].year, 2017);
    CHECK_INT(res.dates[0].month, 11);
    CHECK_INT(res.dates[0].day, 12);
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(p, NULL, &err);
    CHECK(r != NULL);
    CHECK_STR(dyad_reader_source(r), p);
    dyad_document doc;
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_DOCUMENT);
    CHECK_STR(doc.source, p);
    CHECK(doc.title == NULL && doc.url == NULL);
    CHECK_INT(doc.text_len, strlen(doc.text));
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_END);
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_END);
    dyad_reader_close(r);
}

TEST(reader_text_strips_bom_and_normalises_line_ends) {
    CHECK(READ_STR("\xEF\xBB\xBFOne.\r\nTwo.\rThree.\r\n\r\nFour.\r", "a.txt", NULL, &res));
    CHECK_INT(res.n_docs, 1);
    CHECK_STR(res.texts[0], "One.\nTwo.\nThree.\n\nFour.\n");
    CHECK_INT(res.repairs_total, 0);
}

TEST(reader_empty_input_gives_no_document_and_no_error) {
    const char *p = write_file("empty.txt", "", 0);
    CHECK(p && read_path(p, NULL, &res));
    CHECK_INT(res.n_docs, 0);
    CHECK_INT(res.n_skipped, 0);
    CHECK_INT(res.failed, 0);
    CHECK(READ_STR("\xEF\xBB\xBF", "bom-only", NULL, &res));
    CHECK_INT(res.n_docs + res.n_skipped + res.failed, 0);
    CHECK(READ_STR("", "empty.jsonl", NULL, &res));
    CHECK_INT(res.n_docs + res.n_skipped + res.failed, 0);
    CHECK(READ_STR("\n\n  \r\n\t\n", "blank.jsonl", NULL, &res));
    CHECK_INT(res.n_docs + res.n_skipped + res.failed, 0);
}

TEST(reader_text_repairs_bad_bytes_and_drops_nul) {
    CHECK(READ_STR("caf\xE9 \xFF\xFE ok\0\0 end", "bad.txt", NULL, &res));
    CHECK_INT(res.n_docs, 1);
    CHECK_STR(res.texts[0], "caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD ok end");
    CHECK_INT(res.repairs_doc[0], 5);
    CHECK_INT(res.repairs_total, 5);
}

TEST(reader_detects_the_format) {
    const char *jsonl = "{\"id\": \"a\", \"text\": \"x\"}\n";
    /* Extension first. */
    CHECK(read_mem(jsonl, strlen(jsonl), "d/in.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 1);
    CHECK_STR(res.ids[0], "a");
    CHECK(read_mem(jsonl, strlen(jsonl), "in.NDJSON", NULL, &res));
    CHECK_STR(res.ids[0], "a");
    CHECK(read_mem(jsonl, strlen(jsonl), "in.txt", NULL, &res));
    CHECK_STR(res.ids[0], "in");
    CHECK_STR(res.texts[0], jsonl);
    /* Then content: '{' after a BOM and blank space. */
    CHECK(read_mem(jsonl, strlen(jsonl), "noext", NULL, &res));
    CHECK_STR(res.ids[0], "a");
    CHECK(READ_STR("\xEF\xBB\xBF\n  {\"id\": \"b\", \"text\": \"y\"}", "x.dat", NULL, &res));
    CHECK_INT(res.n_docs, 1);
    CHECK_STR(res.ids[0], "b");
    CHECK(READ_STR("Not {json}", "x.dat", NULL, &res));
    CHECK_STR(res.ids[0], "x");
    CHECK_STR(res.texts[0], "Not {json}");
    /* The option wins over both. */
    dyad_reader_options opt = {.format = DYAD_FORMAT_TEXT};
    CHECK(read_mem(jsonl, strlen(jsonl), "in.jsonl", &opt, &res));
    CHECK_STR(res.ids[0], "in");
    opt.format = DYAD_FORMAT_JSONL;
    CHECK(READ_STR("{\"id\": \"c\", \"text\": \"z\"}", "in.txt", &opt, &res));
    CHECK_STR(res.ids[0], "c");
}

TEST(reader_jsonl_fields_and_line_numbers) {
    CHECK(READ_STR("{\"id\": \"a\", \"date\": \"2017-11-12\", \"title\": \"T\", \"url\": \"http://u\","
                   " \"text\": \"Hello.\", \"extra\": [1, {\"k\": null}]}\n"
                   "\n"
                   "{\"id\": \"b\", \"text\": \"\", \"date\": null, \"title\": null}\n",
                   "in.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 2);
    CHECK_INT(res.n_skipped, 0);
    CHECK_STR(res.ids[0], "a");
    CHECK_STR(res.texts[0], "Hello.");
    CHECK_INT(res.lines[0], 1);
    CHECK_INT(res.date_sources[0], DYAD_DATE_INPUT);
    CHECK_INT(res.dates[0].day, 12);
    CHECK_STR(res.ids[1], "b");
    CHECK_STR(res.texts[1], "");
    CHECK_INT(res.lines[1], 3);
    CHECK_INT(res.date_sources[1], DYAD_DATE_UNKNOWN);
    CHECK_INT(res.dates[1].year, 0);

    dyad_error err = {0};
    const char *s = "{\"id\": \"a\", \"title\": \"T\", \"url\": \"http://u\", \"text\": \"x\"}";
    dyad_reader *r = reader_open_memory(s, strlen(s), "in.jsonl", NULL, &err);
    CHECK(r != NULL);
    dyad_document doc;
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_DOCUMENT);
    CHECK_STR(doc.title, "T");
    CHECK_STR(doc.url, "http://u");
    CHECK_STR(doc.source, "in.jsonl");
    dyad_reader_close(r);
}

TEST(reader_jsonl_numeric_id_becomes_text) {
    CHECK(READ_STR("{\"id\": 42, \"text\": \"x\"}\n{\"id\": -7, \"text\": \"y\"}\n"
                   "{\"id\": 1.5, \"text\": \"z\"}\n",
                   "n.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 2);
    CHECK_STR(res.ids[0], "42");
    CHECK_STR(res.ids[1], "-7");
    CHECK_INT(res.n_skipped, 1);
    CHECK_STR(res.messages[0], "n.jsonl:3: \"id\" is not a string");
}

/* Every bad line is reported with its line number and a specific reason,
 * and the good lines around it all come through. */
TEST(reader_jsonl_bad_records_are_skipped_with_reasons) {
    CHECK(READ_STR("{\"id\": \"ok1\", \"text\": \"a\"}\n"
                   "{\"id\": \"x\"}\n"
                   "{\"id\": 3.5, \"text\": \"b\"}\n"
                   "{\"id\": \"x\", \"text\": \"b\",}\n"
                   "[1, 2]\n"
                   "\"just a string\"\n"
                   "{\"id\": \"x\", \"text\": \"b\", \"date\": \"2017-02-30\"}\n"
                   "{\"id\": \"x\", \"text\": \"b\", \"date\": \"12 Nov 2017\"}\n"
                   "{\"id\": \"x\", \"text\": \"b\", \"date\": 20171112}\n"
                   "{\"id\": \"x\", \"text\": [\"b\"]}\n"
                   "{\"id\": \"x\", \"text\": \"b\", \"title\": 5}\n"
                   "{\"id\": \"x\", \"text\": \"b\", \"url\": {}}\n"
                   "{\"text\": \"b\"}\n"
                   "{\"id\": \"\", \"text\": \"b\"}\n"
                   "{\"id\": \"ok2\", \"text\": \"c\"}\n"
                   "{\"id\": \"x\", \"te\n"
                   "{\"id\": \"ok3\", \"text\": \"d\"}",
                   "bad.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 3);
    CHECK_STR(res.ids[0], "ok1");
    CHECK_STR(res.ids[1], "ok2");
    CHECK_STR(res.ids[2], "ok3");
    CHECK_INT(res.lines[2], 17);
    CHECK_INT(res.n_skipped, 14);
    CHECK_STR(res.messages[0], "bad.jsonl:2: missing \"text\"");
    CHECK_STR(res.messages[1], "bad.jsonl:3: \"id\" is not a string");
    CHECK_STR(res.messages[2], "bad.jsonl:4: invalid JSON: string or '}' expected near '}' at column 25");
    CHECK_STR(res.messages[3], "bad.jsonl:5: not a JSON object but an array");
    CHECK_STR(res.messages[4], "bad.jsonl:6: not a JSON object but a string");
    CHECK_STR(res.messages[5], "bad.jsonl:7: \"date\" is not a date of the form YYYY-MM-DD: \"2017-02-30\"");
    CHECK_STR(res.messages[6], "bad.jsonl:8: \"date\" is not a date of the form YYYY-MM-DD: \"12 Nov 2017\"");
    CHECK_STR(res.messages[7], "bad.jsonl:9: \"date\" is not a string");
    CHECK_STR(res.messages[8], "bad.jsonl:10: \"text\" is not a string");
    CHECK_STR(res.messages[9], "bad.jsonl:11: \"title\" is not a string");
    CHECK_STR(res.messages[10], "bad.jsonl:12: \"url\" is not a string");
    CHECK_STR(res.messages[11], "bad.jsonl:13: missing \"id\"");
    CHECK_STR(res.messages[12], "bad.jsonl:14: \"id\" is empty");
    CHECK(!strncmp(res.messages[13], "bad.jsonl:16: invalid JSON: ", 28));
    CHECK(strstr(res.messages[13], " at column ") != NULL);
}

TEST(reader_jsonl_skip_status_is_input_error) {
    const char *s = "{\"id\": 1}\n";
    dyad_error err = {0};
    dyad_reader *r = reader_open_memory(s, strlen(s), "s.jsonl", NULL, &err);
    CHECK(r != NULL);
    dyad_document doc;
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_SKIPPED);
    CHECK_INT(err.status, DYAD_ERR_INPUT);
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_END);
    CHECK_INT(err.status, DYAD_OK);
    dyad_reader_close(r);
}

TEST(reader_jsonl_crlf_bom_and_last_line_without_newline) {
    CHECK(READ_STR("\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"x\\r\\ny\"}\r\n"
                   "\r\n"
                   "\xEF\xBB\xBF{\"id\": \"b\", \"text\": \"z\"}\r\n"
                   "{\"id\": \"c\", \"text\": \"w\"}",
                   "crlf.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 3);
    CHECK_INT(res.n_skipped, 0);
    CHECK_STR(res.texts[0], "x\r\ny"); /* JSON strings are kept as they are */
    CHECK_STR(res.ids[1], "b");
    CHECK_INT(res.lines[1], 3);
    CHECK_STR(res.ids[2], "c");
    CHECK_INT(res.lines[2], 4);
}

TEST(reader_jsonl_repairs_invalid_utf8_before_parsing) {
    CHECK(READ_STR("{\"id\": \"a\xFF\", \"text\": \"caf\xE9 \xC0\xAF!\", \"title\": \"\xED\xA0\x80\"}\n"
                   "{\"id\": \"b\", \"text\": \"fine\"}\n",
                   "u.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 2);
    CHECK_STR(res.ids[0], "a\xEF\xBF\xBD");
    CHECK_STR(res.texts[0], "caf\xEF\xBF\xBD \xEF\xBF\xBD!");
    CHECK_INT(res.repairs_doc[0], 4);
    CHECK_INT(res.repairs_doc[1], 0);
    CHECK_INT(res.repairs_total, 4);
}

TEST(reader_jsonl_drops_nul_escapes_and_raw_nul_bytes) {
    CHECK(READ_STR("{\"id\": \"a\\u0000b\", \"text\": \"x\\u0000y\\u0000\", \"url\": \"\\u0000\"}\n"
                   "{\"id\": \"c\", \"text\": \"p\0q\"}\n"
                   "\0\0\n"
                   "{\"id\": \"\\u0000\", \"text\": \"r\"}\n",
                   "nul.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 2);
    CHECK_STR(res.ids[0], "ab");
    CHECK_STR(res.texts[0], "xy");
    CHECK_INT(res.repairs_doc[0], 4);
    CHECK_STR(res.texts[1], "pq");
    CHECK_INT(res.repairs_doc[1], 1);
    CHECK_INT(res.n_skipped, 1);
    CHECK_STR(res.messages[0], "nul.jsonl:4: \"id\" is empty");
    CHECK_INT(res.repairs_total, 4 + 1 + 2 + 1);

    dyad_error err = {0};
    const char *s = "{\"id\": \"a\", \"text\": \"x\\u0000y\"}";
    dyad_reader *r = reader_open_memory(s, strlen(s), "in.jsonl", NULL, &err);
    dyad_document doc;
    CHECK(r && dyad_reader_next(r, &doc, &err) == DYAD_READ_DOCUMENT);
    CHECK_INT(doc.text_len, 2);
    CHECK_INT(strlen(doc.text), 2);
    dyad_reader_close(r);
}

TEST(reader_error_messages_are_printable) {
    /* A raw control character inside a string: jansson quotes it back. */
    CHECK(READ_STR("{\"id\": \"a\x1b[31m\", \"text\": \"x\"}\n", "c.jsonl", NULL, &res));
    CHECK_INT(res.n_skipped, 1);
    CHECK(strchr(res.messages[0], 0x1b) == NULL);
    CHECK(!strncmp(res.messages[0], "c.jsonl:1: invalid JSON: ", 25));
}

/* A 50 MB document on a single line, and as a plain-text file. */
TEST(reader_reads_a_50mb_line) {
    size_t n = 50u << 20;
    char *big = malloc(n + 64);
    CHECK(big != NULL);
    size_t k = (size_t)sprintf(big, "{\"id\": \"big\", \"text\": \"");
    for (size_t i = 0; i < n; i++) big[k + i] = (char)('a' + i % 26);
    k += n;
    k += (size_t)sprintf(big + k, "\"}\n{\"id\": \"after\", \"text\": \"x\"}\n");
    const char *p = write_file("big.jsonl", big, k);
    free(big);
    CHECK(p != NULL);
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(p, NULL, &err);
    CHECK(r != NULL);
    dyad_document doc;
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_DOCUMENT);
    CHECK_STR(doc.id, "big");
    CHECK_INT(doc.text_len, n);
    CHECK(doc.text[n - 1] == (char)('a' + (n - 1) % 26));
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_DOCUMENT);
    CHECK_STR(doc.id, "after");
    CHECK_INT(doc.line, 2);
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_END);
    dyad_reader_close(r);

    /* The same file read as one plain-text document. */
    dyad_reader_options opt = {.format = DYAD_FORMAT_TEXT};
    r = dyad_reader_open(p, &opt, &err);
    CHECK(r != NULL);
    CHECK_INT(dyad_reader_next(r, &doc, &err), DYAD_READ_DOCUMENT);
    CHECK(doc.text_len > n);
    CHECK_STR(doc.id, "big");
    dyad_reader_close(r);
    unlink(p);
}

TEST(reader_max_record_bytes_skips_long_records_only) {
    dyad_reader_options opt = {.max_record_bytes = 40};
    CHECK(READ_STR("{\"id\": \"a\", \"text\": \"short\"}\n"
                   "{\"id\": \"b\", \"text\": \"much too long for the limit here\"}\n"
                   "{\"id\": \"c\", \"text\": \"short\"}\n",
                   "m.jsonl", &opt, &res));
    CHECK_INT(res.n_docs, 2);
    CHECK_STR(res.ids[1], "c");
    CHECK_INT(res.lines[1], 3);
    CHECK_STR(res.messages[0], "m.jsonl:2: record longer than 40 bytes");
    opt.max_record_bytes = 4;
    CHECK(READ_STR("Hello world", "t.txt", &opt, &res));
    CHECK_INT(res.n_docs, 0);
    CHECK_STR(res.messages[0], "t.txt:1: document longer than 4 bytes");
}

/* Streaming: 100,000 documents do not make the reader hold more memory
 * than the first thousand did. */
TEST(reader_memory_stays_flat_over_100k_documents) {
    buf in;
    buf_init(&in);
    for (int i = 0; i < 100000; i++)
        CHECK(!buf_printf(&in, "{\"id\": \"d%d\", \"date\": \"2017-11-12\", \"text\": \"Document number %d "
                               "says hello.\"}\n", i, i));
    const char *p = write_file("many.jsonl", in.data, in.len);
    buf_free(&in);
    CHECK(p != NULL);
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(p, NULL, &err);
    CHECK(r != NULL);
    size_t after_1000 = 0, max_seen = 0;
    int n = 0, last_ok = 0;
    dyad_document doc;
    while (dyad_reader_next(r, &doc, &err) == DYAD_READ_DOCUMENT) {
        n++;
        last_ok = !strcmp(doc.id, "d99999") && doc.line == 100000;
        size_t m = reader_memory(r);
        if (m > max_seen) max_seen = m;
        if (n == 1000) after_1000 = m;
    }
    CHECK_INT(n, 100000);
    CHECK(last_ok);
    CHECK_INT(max_seen, after_1000);
    CHECK(max_seen < 256 * 1024);
    dyad_reader_close(r);
    unlink(p);
}

TEST(reader_dates_follow_the_precedence) {
    const char *s = "{\"id\": \"a\", \"date\": \"2017-11-10\", \"text\": \"DAMASCUS, Nov 12, 2017 (Reuters) - x\"}\n"
                    "{\"id\": \"b\", \"text\": \"DAMASCUS, Nov 12, 2017 (Reuters) - x\"}\n"
                    "{\"id\": \"c\", \"text\": \"DAMASCUS, Nov 12 (Reuters) - x\"}\n"
                    "{\"id\": \"d\", \"text\": \"No date here.\"}\n";
    CHECK(read_mem(s, strlen(s), "p.jsonl", NULL, &res));
    CHECK_INT(res.n_docs, 4);
    CHECK_INT(res.date_sources[0], DYAD_DATE_INPUT);
    CHECK_INT(res.dates[0].day, 10);
    CHECK_INT(res.date_sources[1], DYAD_DATE_DATELINE);
    CHECK_INT(res.dates[1].day, 12);
    CHECK_INT(res.date_sources[2], DYAD_DATE_UNKNOWN); /* no year, no reference */
    CHECK_INT(res.date_sources[3], DYAD_DATE_UNKNOWN);
    CHECK_INT(res.dates[3].year, 0);

    dyad_date ref = {2018, 1, 5};
    dyad_reader_options opt = {.reference = &ref};
    CHECK(read_mem(s, strlen(s), "p.jsonl", &opt, &res));
    CHECK_INT(res.date_sources[2], DYAD_DATE_DATELINE);
    CHECK_INT(res.dates[2].year, 2017);

    dyad_date given = {2020, 2, 29};
    opt.date = &given;
    CHECK(read_mem(s, strlen(s), "p.jsonl", &opt, &res));
    for (int i = 0; i < 4; i++) {
        CHECK_INT(res.date_sources[i], DYAD_DATE_OPTION);
        CHECK_INT(res.dates[i].year, 2020);
        CHECK_INT(res.dates[i].day, 29);
    }
}

TEST(reader_unreadable_file_is_an_input_error) {
    dyad_error err = {0};
    const char *p = tmp_path("does-not-exist.txt");
    CHECK(p != NULL);
    char path[512];
    snprintf(path, sizeof path, "%s", p);
    CHECK(dyad_reader_open(path, NULL, &err) == NULL);
    CHECK_INT(err.status, DYAD_ERR_INPUT);
    char want[700];
    snprintf(want, sizeof want, "%s: cannot open: %s", path, strerror(ENOENT));
    CHECK_STR(err.message, want);
    /* A directory opens but cannot be read: refuse it up front. */
    CHECK(dyad_reader_open(tmp_dir, NULL, &err) == NULL);
    snprintf(want, sizeof want, "%s: cannot open: %s", tmp_dir, strerror(EISDIR));
    CHECK_STR(err.message, want);
}

TEST(reader_reads_standard_input) {
    const char *p = WRITE_STR("stdin.jsonl", "{\"id\": \"s\", \"text\": \"from stdin\"}\n{\"id\": 1}\n");
    CHECK(p != NULL);
    int saved = dup(0), fd = open(p, O_RDONLY);
    CHECK(saved >= 0 && fd >= 0);
    dup2(fd, 0);
    close(fd);
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open("-", NULL, &err);
    int ok = r != NULL;
    dyad_document doc;
    ok = ok && !strcmp(dyad_reader_source(r), "<stdin>");
    ok = ok && dyad_reader_next(r, &doc, &err) == DYAD_READ_DOCUMENT && !strcmp(doc.id, "s");
    ok = ok && dyad_reader_next(r, &doc, &err) == DYAD_READ_SKIPPED;
    ok = ok && !strcmp(err.message, "<stdin>:2: missing \"text\"");
    dyad_reader_close(r);
    dup2(saved, 0);
    close(saved);
    CHECK(ok);

    /* Plain text on standard input is the document "stdin". */
    p = WRITE_STR("stdin.txt", "Plain words.");
    saved = dup(0);
    fd = open(p, O_RDONLY);
    dup2(fd, 0);
    close(fd);
    r = dyad_reader_open(NULL, NULL, &err);
    ok = r && dyad_reader_next(r, &doc, &err) == DYAD_READ_DOCUMENT && !strcmp(doc.id, "stdin") &&
         !strcmp(doc.text, "Plain words.");
    dyad_reader_close(r);
    dup2(saved, 0);
    close(saved);
    CHECK(ok);
}

/* A read error (here: standard input is a directory) ends the input with
 * DYAD_READ_FAILED, whatever the format, never a silent end. */
TEST(reader_read_error_is_reported) {
    static const int formats[3] = {DYAD_FORMAT_AUTO, DYAD_FORMAT_TEXT, DYAD_FORMAT_JSONL};
    for (int k = 0; k < 3; k++) {
        int saved = dup(0), fd = open("/", O_RDONLY);
        CHECK(saved >= 0 && fd >= 0);
        dup2(fd, 0);
        close(fd);
        dyad_reader_options opt = {.format = formats[k]};
        dyad_error err = {0};
        dyad_reader *r = dyad_reader_open("-", &opt, &err);
        dyad_document doc;
        int got = r ? dyad_reader_next(r, &doc, &err) : 99;
        char message[1024];
        snprintf(message, sizeof message, "%s", err.message);
        int after = r ? dyad_reader_next(r, &doc, &err) : 99;
        dyad_reader_close(r);
        dup2(saved, 0);
        close(saved);
        CHECK_INT(got, DYAD_READ_FAILED);
        CHECK_INT(after, DYAD_READ_END);
        char want[256];
        snprintf(want, sizeof want, "<stdin>: read error: %s", strerror(EISDIR));
        CHECK_STR(message, want);
    }
}

/* Deterministic pseudo-random bytes. */
static void garbage(char *out, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        out[i] = (char)(seed >> 16);
    }
}

static int all_documents_clean(const char *data, size_t n, const char *name, int format,
                               int *n_docs) {
    dyad_reader_options opt = {.format = format};
    dyad_error err = {0};
    dyad_reader *r = reader_open_memory(data, n, name, &opt, &err);
    if (!r) return 0;
    dyad_document doc;
    int got, ok = 1;
    *n_docs = 0;
    while ((got = dyad_reader_next(r, &doc, &err)) != DYAD_READ_END) {
        if (got == DYAD_READ_FAILED) { ok = 0; break; }
        if (got == DYAD_READ_SKIPPED) {
            ok = ok && utf8_is_clean(err.message, strlen(err.message));
            continue;
        }
        (*n_docs)++;
        ok = ok && utf8_is_clean(doc.text, doc.text_len) && strlen(doc.text) == doc.text_len &&
             utf8_is_clean(doc.id, strlen(doc.id));
    }
    dyad_reader_close(r);
    return ok;
}

TEST(reader_survives_binary_garbage) {
    size_t n = 1 << 20;
    char *g = malloc(n + 200);
    CHECK(g != NULL);
    garbage(g, n, 7);
    /* Good records after the garbage still come through. */
    const char *tail = "\n{\"id\": \"after\", \"text\": \"survived\"}\n";
    memcpy(g + n, tail, strlen(tail));
    int docs = 0;
    CHECK(all_documents_clean(g, n + strlen(tail), "g.jsonl", DYAD_FORMAT_AUTO, &docs));
    CHECK(docs >= 1);
    CHECK(all_documents_clean(g, n, "g.bin", DYAD_FORMAT_AUTO, &docs));
    CHECK_INT(docs, 1);
    CHECK(all_documents_clean(g, n, "g.txt", DYAD_FORMAT_TEXT, &docs));
    CHECK_INT(docs, 1);
    free(g);
    CHECK(READ_STR("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\n{\"id\": \"x\", \"text\": \"y\"}\n", "png.jsonl",
                   NULL, &res));
    CHECK_INT(res.n_docs, 1);
    CHECK_STR(res.ids[0], "x");
    CHECK_INT(res.lines[0], 4);
}

/* The fast scanner (json_scan.c) and jansson agree on every line here:
 * same documents, same messages, same repair counts. */
TEST(reader_fast_scanner_agrees_with_jansson) {
    static const char *const lines[] = {
        "{\"id\": \"a\", \"text\": \"plain\"}",
        "{\"id\":\"a\",\"text\":\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u2014 \\ud83d\\ude00\"}",
        "{\"id\": \"a\", \"text\": \"lone \\ud83d x\"}",
        "{\"id\": \"a\", \"text\": \"lone \\ude00 x\"}",
        "{\"id\": \"a\", \"text\": \"bad \\x escape\"}",
        "{\"id\": \"a\", \"text\": \"short \\u12\"}",
        "{\"id\": \"a\\u0000\", \"text\": \"\\u0000nul\\u0000\"}",
        "{\"id\": \"\\u0000\", \"text\": \"x\"}",
        "{\"id\": \"a\", \"text\": \"x\", \"date\": \"2017-11-12\\u0000\"}",
        "{\"id\": \"a\", \"text\": \"x\", \"date\": \"2017\\u002d11-12\"}",
        "{\"id\": \"a\", \"text\": \"x\", \"k\\u0000\": 1}",
        "{\"\\u0069d\": \"a\", \"text\": \"escaped key\"}",
        "{\"id\": \"a\", \"id\": \"b\", \"text\": \"dup\", \"text\": \"last wins\"}",
        "{\"id\": 1.5, \"id\": \"ok\", \"text\": \"dup fixes type\"}",
        "{\"id\": 0, \"text\": \"zero\"}",
        "{\"id\": -0, \"text\": \"minus zero\"}",
        "{\"id\": 123456789012345678, \"text\": \"18 digits\"}",
        "{\"id\": 1234567890123456789012, \"text\": \"too big\"}",
        "{\"id\": 01, \"text\": \"leading zero\"}",
        "{\"id\": 1e3, \"text\": \"exponent\"}",
        "{\"id\": \"a\", \"text\": \"x\", \"n\": [1, -2.5, 1e999, true, false, null, {}, [], {\"a\": [{}]}]}",
        "{\"id\": \"a\", \"text\": \"x\", \"n\": [1, 2,]}",
        "{\"id\": \"a\", \"text\": \"x\", \"n\": truex}",
        "{\"id\": \"a\", \"text\": \"x\", \"n\": nul}",
        "{\"id\": \"a\", \"text\": \"x\", \"n\": -}",
        "{\"id\": \"a\", \"text\": \"x\", \"n\": 1.}",
        "{\"id\": \"a\", \"text\": \"x\"} trailing",
        "{\"id\": \"a\", \"text\": \"x\"}   \t\r",
        "  {  \"id\"  :  \"a\"  ,  \"text\"  :  \"x\"  }  ",
        "{\"id\": \"a\", \"text\": \"raw\ttab\"}",
        "{\"id\": \"a\", \"text\": \"x\", \"title\": null, \"url\": null, \"date\": null}",
        "{\"id\": \"a\", \"text\": \"x\", \"title\": 3}",
        "{\"id\": \"a\", \"text\": null}",
        "{\"id\": null, \"text\": \"x\"}",
        "{\"id\": \"a\", \"text\": \"x\",}",
        "{\"id\": \"a\" \"text\": \"x\"}",
        "{\"id\": \"a\", \"text\": \"x\"",
        "{}",
        "{\"id\": \"a\", \"text\": \"x\", \"deep\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        "{\"id\": \"caf\xc3\xa9\", \"text\": \"\xe2\x80\x9cquoted\xe2\x80\x9d \\u201c\"}",
        "{\"id\": \"a\", \"text\": \"x\", \"date\": \"2017-02-29\"}",
        "{\"id\": \"a\", \"text\": \"DAMASCUS, Nov 12, 2017 (Reuters) - x\", \"date\": \"2017-11-10\"}",
    };
    buf in;
    buf_init(&in);
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        buf_puts(&in, lines[i]);
        buf_putc(&in, '\n');
    }
    dyad_error e1 = {0}, e2 = {0};
    dyad_reader *fast = reader_open_memory(in.data, in.len, "d.jsonl", NULL, &e1);
    dyad_reader *slow = reader_open_memory(in.data, in.len, "d.jsonl", NULL, &e2);
    CHECK(fast && slow);
    slow->slow_json = 1;
    int docs = 0, same = 1;
    for (size_t i = 0; i < 100 && same; i++) {
        dyad_document a, b;
        int ga = dyad_reader_next(fast, &a, &e1), gb = dyad_reader_next(slow, &b, &e2);
        if (ga != gb) {
            printf("  line %zu: fast %d, jansson %d (%s)\n", i + 1, ga, gb, e2.message);
            same = 0;
        } else if (ga == DYAD_READ_SKIPPED) {
            same = !strcmp(e1.message, e2.message);
        } else if (ga == DYAD_READ_DOCUMENT) {
            docs++;
            same = !strcmp(a.id, b.id) && a.text_len == b.text_len && !memcmp(a.text, b.text, a.text_len) &&
                   a.utf8_repairs == b.utf8_repairs && a.date.day == b.date.day &&
                   a.date_source == b.date_source && !a.title == !b.title && !a.url == !b.url;
            if (!same) printf("  line %zu: documents differ: %s / %s\n", a.line, a.text, b.text);
        } else {
            break;
        }
    }
    CHECK(same);
    CHECK(docs >= 15);
    CHECK_INT(dyad_reader_utf8_repairs(fast), dyad_reader_utf8_repairs(slow));
    dyad_reader_close(fast);
    dyad_reader_close(slow);
    buf_free(&in);
}

TEST(reader_fast_scanner_takes_ordinary_records) {
    dyad_error err = {0};
    dyad_reader *r = reader_open_memory("", 0, "x.jsonl", NULL, &err);
    CHECK(r != NULL);
    char line[] = "{\"id\": \"a\", \"meta\": {\"tags\": [\"x\", 2, true]}, \"title\": \"T\\u00e9\","
                  " \"text\": \"He said \\\"no\\\".\\n\", \"date\": \"2017-11-12\", \"url\": null}";
    jsonl_fields f;
    CHECK(jsonl_scan(r, line, strlen(line), &f));
    CHECK_STR(f.s[FIELD_ID], "a");
    CHECK_STR(f.s[FIELD_TEXT], "He said \"no\".\n");
    CHECK_INT(f.n[FIELD_TEXT], 14);
    CHECK_STR(f.s[FIELD_TITLE], "T\xc3\xa9");
    CHECK(f.s[FIELD_URL] == NULL);
    CHECK(f.has_date && f.date.year == 2017 && f.date.month == 11 && f.date.day == 12);
    char bad[] = "{\"id\": \"a\", \"text\": 5}";
    CHECK(!jsonl_scan(r, bad, strlen(bad), &f));
    dyad_reader_close(r);
}
