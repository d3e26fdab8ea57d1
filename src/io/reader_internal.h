/* reader_internal.h — the reader's state, shared by reader.c (input,
 * formats, plain text) and jsonl.c (JSON Lines records).  Not public: tests
 * and fuzz targets use reader_open_memory() and reader_memory(). */
#ifndef DYAD_IO_READER_INTERNAL_H
#define DYAD_IO_READER_INTERNAL_H

#include <jansson.h>

#include "base/buf.h"
#include "dyad.h"

enum {
    READ_CHUNK = 1 << 16, /* bytes asked of read(2) at a time */
    JSONL_BLANK = 2,      /* jsonl_record(): a blank line, read on */
};

/* The JSON fields we read; the first four are handed out as strings. */
enum { FIELD_ID, FIELD_TEXT, FIELD_TITLE, FIELD_URL, FIELD_DATE, N_FIELDS };

struct dyad_reader {
    int fd;                /* -1: reading from memory */
    int close_fd;          /* 0 for standard input */
    const char *mem;       /* memory input (fd == -1) */
    size_t mem_len, mem_pos;
    char *source;          /* name in messages: the path or "<stdin>" */
    char *text_id;         /* id of a plain-text document */
    int format;            /* DYAD_FORMAT_TEXT or DYAD_FORMAT_JSONL once known */
    int has_date, has_reference;
    dyad_date date;        /* --date */
    dyad_date reference;   /* resolves datelines without a year */
    size_t max_record;     /* 0: no limit */

    char *in;              /* read-ahead of READ_CHUNK bytes */
    size_t in_len, in_pos;
    int eof;               /* the input has no more bytes */
    int read_errno;        /* errno of a failed read, else 0 */

    buf rec;               /* the current record's raw bytes */
    buf clean;             /* the record after UTF-8 repair */
    buf field[N_FIELDS];   /* NUL-free copies of JSON strings, when needed */
    char number_id[32];    /* a numeric JSON id as text */
    json_t *json;          /* the current record's tree, freed on the next call */

    int slow_json;         /* tests: parse every record with jansson */
    size_t line;           /* line number of the current record */
    size_t repairs;        /* total repairs in this input */
    int done;
};

/* Opens len bytes at data as an input named name (which decides the
 * format by extension like a path would; the data must outlive the
 * reader).  For tests and fuzzing. */
dyad_reader *reader_open_memory(const char *data, size_t len, const char *name,
                                const dyad_reader_options *opt, dyad_error *err);

/* Bytes the reader holds in buffers now: stays flat over a stream of
 * records of bounded size (the streaming property tests check). */
size_t reader_memory(const dyad_reader *r);

/* Parses one JSONL line (no '\n'; the bytes may be changed) into *doc.
 * Returns DYAD_READ_DOCUMENT, DYAD_READ_SKIPPED or DYAD_READ_FAILED (err
 * filled), or JSONL_BLANK. */
int jsonl_record(dyad_reader *r, char *line, size_t len, dyad_document *doc, dyad_error *err);

/* What the fast scanner found in a good record. */
typedef struct jsonl_fields {
    const char *s[N_FIELDS]; /* NUL-terminated, NUL-free; NULL when absent */
    size_t n[N_FIELDS];
    int has_date;
    dyad_date date;
    size_t repairs;          /* "\u0000" escapes dropped */
} jsonl_fields;

/* json_scan.c: reads a well-formed record that jansson would accept as a
 * document, with the same values, and returns 1; returns 0 for anything
 * else (left to jansson).  On success strings may be NUL-terminated in
 * place inside line. */
int jsonl_scan(dyad_reader *r, char *line, size_t len, jsonl_fields *out);

/* 1 when s[0..n) is valid UTF-8 without NUL bytes (fast on ASCII). */
int text_is_clean(const char *s, size_t n);

/* Fills the date, source, line and id/text defaults shared by both formats;
 * input_date is the record's own date (NULL when none). */
void reader_finish_document(dyad_reader *r, dyad_document *doc, const dyad_date *input_date);

/* Sets err to "SOURCE:LINE: reason" (status DYAD_ERR_INPUT), making the
 * message safe to print: control characters become '?', and so do bytes of
 * invalid UTF-8. */
void reader_record_error(const dyad_reader *r, dyad_error *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
