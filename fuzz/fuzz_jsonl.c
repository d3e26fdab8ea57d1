/* fuzz_jsonl — arbitrary bytes as a document stream through the reader.
 *
 * The first byte picks the options (format auto/text/jsonl, a small record
 * limit, a reference date) so that every path of the reader is reached; the
 * rest is the input.  Besides crashes and sanitizer reports, it checks the
 * promises of dyad.h: every document has an id, valid NUL-free UTF-8 text of
 * the stated length and a real date or none, and a skipped record has a
 * "source:line: reason" message.  A second reader that parses every record
 * with jansson runs in step: the fast scanner (json_scan.c) must give the
 * same documents, the same messages and the same repair counts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "io/date.h"
#include "io/reader_internal.h"

static void check(int ok) {
    if (!ok) abort();
}

static int same_str(const char *a, const char *b) {
    return (!a && !b) || (a && b && !strcmp(a, b));
}

static int same_doc(const dyad_document *a, const dyad_document *b) {
    return same_str(a->id, b->id) && a->text_len == b->text_len &&
           !memcmp(a->text, b->text, a->text_len) && same_str(a->title, b->title) &&
           same_str(a->url, b->url) && a->date.year == b->date.year &&
           a->date.month == b->date.month && a->date.day == b->date.day &&
           a->date_source == b->date_source && a->line == b->line &&
           a->utf8_repairs == b->utf8_repairs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    uint8_t mode = data[0];
    static const int formats[4] = {DYAD_FORMAT_JSONL, DYAD_FORMAT_AUTO, DYAD_FORMAT_TEXT,
                                   DYAD_FORMAT_JSONL};
    dyad_date ref = {2017, 11, 12};
    dyad_reader_options opt = {0};
    opt.format = formats[mode & 3];
    opt.max_record_bytes = (mode & 4) ? 64 : 0;
    opt.reference = (mode & 8) ? &ref : NULL;
    dyad_error err = {0}, err2 = {0};
    dyad_reader *r = reader_open_memory((const char *)data + 1, size - 1, "fuzz", &opt, &err);
    dyad_reader *slow = reader_open_memory((const char *)data + 1, size - 1, "fuzz", &opt, &err2);
    check(r != NULL && slow != NULL);
    slow->slow_json = 1;
    for (int n = 0; n < 100000; n++) {
        dyad_document doc, doc2;
        int got = dyad_reader_next(r, &doc, &err);
        int got2 = dyad_reader_next(slow, &doc2, &err2);
        check(got == got2);
        check(got != DYAD_READ_DOCUMENT || same_doc(&doc, &doc2));
        check(got != DYAD_READ_SKIPPED || !strcmp(err.message, err2.message));
        if (got == DYAD_READ_END || got == DYAD_READ_FAILED) break;
        if (got == DYAD_READ_SKIPPED) {
            check(!strncmp(err.message, "fuzz:", 5) && strstr(err.message, ": ") != NULL);
            check(utf8_is_clean(err.message, strlen(err.message)));
            continue;
        }
        check(got == DYAD_READ_DOCUMENT);
        check(doc.id && doc.id[0]);
        check(utf8_is_clean(doc.id, strlen(doc.id)));
        check(doc.text && strlen(doc.text) == doc.text_len);
        check(utf8_is_clean(doc.text, doc.text_len));
        check(!doc.title || utf8_is_clean(doc.title, strlen(doc.title)));
        check(!doc.url || utf8_is_clean(doc.url, strlen(doc.url)));
        check(doc.date.year == 0 ? doc.date_source == DYAD_DATE_UNKNOWN
                                 : date_valid(doc.date.year, doc.date.month, doc.date.day));
    }
    check(dyad_reader_utf8_repairs(r) == dyad_reader_utf8_repairs(slow));
    dyad_reader_close(r);
    dyad_reader_close(slow);
    return 0;
}
