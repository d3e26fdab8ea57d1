/* jsonl.c — one JSON Lines record into a document.
 *
 * Every way a line can be wrong ends in DYAD_READ_SKIPPED with a reason that
 * names the field, so that a user can fix the data; nothing here stops the
 * stream.  Strings are handed out straight from jansson's tree (kept until
 * the next record) unless they need a copy without NUL bytes. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "io/reader_internal.h"

enum { N_STRINGS = FIELD_DATE }; /* id, text, title, url */
static const char *const field_name[N_STRINGS] = {"id", "text", "title", "url"};

/* A JSON string field into *out and *len without NUL bytes ("\u0000" is legal
 * JSON; later stages rely on C strings).  Returns 1 when present, 0 when
 * absent (or null, for optional fields), -1 when it has the wrong type
 * (reason set), -2 out of memory. */
static int string_field(dyad_reader *r, json_t *obj, int f, int required, const char **out,
                        size_t *len, size_t *repairs, const char **reason) {
    json_t *v = json_object_get(obj, field_name[f]);
    *out = NULL;
    *len = 0;
    if (!v || (!required && json_is_null(v))) return 0;
    if (f == FIELD_ID && json_is_integer(v)) {
        /* Numeric ids are common in exported data sets; they become their
         * decimal text. */
        int n = snprintf(r->number_id, sizeof r->number_id, "%" JSON_INTEGER_FORMAT,
                         json_integer_value(v));
        *out = r->number_id;
        *len = (size_t)n;
        return 1;
    }
    if (!json_is_string(v)) {
        *reason = "is not a string";
        return -1;
    }
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    if (memchr(s, '\0', n)) {
        buf *b = &r->field[f];
        buf_clear(b);
        if (buf_reserve(b, n)) return -2;
        for (size_t i = 0; i < n; i++) {
            if (s[i]) b->data[b->len++] = s[i];
            else (*repairs)++;
        }
        b->data[b->len] = '\0';
        s = b->data;
        n = b->len;
    }
    *out = s;
    *len = n;
    return 1;
}

static const char *json_type_name(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    default: return "not an object";
    }
}

static int is_json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static void fill_document(dyad_reader *r, dyad_document *doc, const char *const *s,
                          const size_t *n, size_t repairs, const dyad_date *date) {
    r->repairs += repairs;
    memset(doc, 0, sizeof *doc);
    doc->id = s[FIELD_ID];
    doc->text = s[FIELD_TEXT];
    doc->text_len = n[FIELD_TEXT];
    doc->title = s[FIELD_TITLE];
    doc->url = s[FIELD_URL];
    doc->utf8_repairs = repairs;
    reader_finish_document(r, doc, date);
}

int jsonl_record(dyad_reader *r, char *line, size_t len, dyad_document *doc, dyad_error *err) {
    /* A BOM may open any line: files joined with cat keep theirs. */
    if (len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) line += 3, len -= 3;
    size_t repairs = 0;
    if (!text_is_clean(line, len)) {
        /* jansson rejects invalid UTF-8 outright; repair first so that one
         * bad byte in a text does not lose the document. */
        buf_clear(&r->clean);
        repairs = utf8_repair(line, len, &r->clean);
        if (repairs == (size_t)-1) goto oom;
        line = r->clean.data;
        len = r->clean.len;
    }
    size_t k = 0;
    while (k < len && is_json_space(line[k])) k++;
    if (k == len) {
        r->repairs += repairs; /* NUL bytes on a blank line still count */
        return JSONL_BLANK;
    }

    jsonl_fields fast;
    if (!r->slow_json && jsonl_scan(r, line, len, &fast)) {
        fill_document(r, doc, fast.s, fast.n, repairs + fast.repairs,
                      fast.has_date ? &fast.date : NULL);
        return DYAD_READ_DOCUMENT;
    }

    json_error_t jerr;
    r->json = json_loadb(line, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &jerr);
    if (!r->json) {
        reader_record_error(r, err, "invalid JSON: %s at column %d", jerr.text, jerr.column);
        goto skip;
    }
    if (!json_is_object(r->json)) {
        reader_record_error(r, err, "not a JSON object but %s", json_type_name(r->json));
        goto skip;
    }
    const char *s[N_STRINGS];
    size_t n[N_STRINGS];
    for (int f = 0; f < N_STRINGS; f++) {
        const char *reason = NULL;
        int required = f == FIELD_ID || f == FIELD_TEXT;
        int got = string_field(r, r->json, f, required, &s[f], &n[f], &repairs, &reason);
        if (got == -2) goto oom;
        if (got == -1) {
            reader_record_error(r, err, "\"%s\" %s", field_name[f], reason);
            goto skip;
        }
        if (got == 0 && required) {
            reader_record_error(r, err, "missing \"%s\"", field_name[f]);
            goto skip;
        }
    }
    if (n[FIELD_ID] == 0) {
        reader_record_error(r, err, "\"id\" is empty");
        goto skip;
    }
    dyad_date date, *input_date = NULL;
    json_t *d = json_object_get(r->json, "date");
    if (d && !json_is_null(d)) {
        if (!json_is_string(d)) {
            reader_record_error(r, err, "\"date\" is not a string");
            goto skip;
        }
        if (!dyad_date_parse_iso(json_string_value(d), json_string_length(d), &date)) {
            reader_record_error(r, err, "\"date\" is not a date of the form YYYY-MM-DD: \"%.40s\"",
                                json_string_value(d));
            goto skip;
        }
        input_date = &date;
    }

    fill_document(r, doc, s, n, repairs, input_date);
    return DYAD_READ_DOCUMENT;

skip:
    /* Repairs on a skipped line are still repairs made to this input. */
    r->repairs += repairs;
    return DYAD_READ_SKIPPED;
oom:
    r->done = 1;
    if (err) {
        err->status = DYAD_ERR_INTERNAL;
        snprintf(err->message, sizeof err->message, "%s:%zu: out of memory", r->source, r->line);
    }
    return DYAD_READ_FAILED;
}
