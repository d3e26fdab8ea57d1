/* fuzz_jsonl — arbitrary bytes as a document stream through the reader.
 *
 * The first byte picks the options (format auto/text/jsonl, a small record
 * limit, a reference date) so that every path of the reader is reached; the
 * rest is the input.  Besides crashes and sanitizer reports, it checks the
 * promises of dyad.h: every document has an id, valid NUL-free UTF-8 text of
 * the stated length and a real date or none, and a skipped record has a
 * "source:line: reason" message. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "io/date.h"
#include "io/reader_internal.h"

static void check(int ok) {
    if (!ok) abort();
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
    dyad_error err = {0};
    dyad_reader *r = reader_open_memory((const char *)data + 1, size - 1, "fuzz", &opt, &err);
    check(r != NULL);
    for (int n = 0; n < 100000; n++) {
        dyad_document doc;
        int got = dyad_reader_next(r, &doc, &err);
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
    dyad_reader_close(r);
    return 0;
}
