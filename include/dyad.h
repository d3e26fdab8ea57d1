/*
 * dyad.h — the public interface of libdyad.
 *
 * dyad turns news text into political event data: who did what to whom,
 * when and where.  The library is a pipeline of stages:
 *
 *   read (dyad_reader) -> segment (dyad_segment) -> tag/parse (dyad_annotate)
 *   -> code events (dyad_code, later stages)
 *
 * Every function that can fail takes a dyad_error* (may be NULL) and returns
 * a status; the error message names the file, line and problem where known.
 *
 * Memory: a dyad_analysis owns everything produced for one document and is
 * reused across documents (its arena is reset, not freed).  Loaded models are
 * immutable and may be shared by threads; a dyad_analysis belongs to one
 * thread at a time.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

enum dyad_status {
    DYAD_OK = 0,
    DYAD_ERR_INPUT = 1,    /* bad usage, unreadable or malformed input */
    DYAD_ERR_INTERNAL = 2, /* out of memory, bug */
};

typedef struct dyad_error {
    int status;            /* a dyad_status */
    char message[1024];    /* "file:line: problem", for people */
} dyad_error;

/* ---------------------------------------------------------------- dates */
/* ---- reading and dates (src/io/) ---- */

/* A calendar date; year == 0 means unknown. */
typedef struct dyad_date {
    int year, month, day;
} dyad_date;

/* Where a document's date came from.  Precedence: option > input >
 * dateline > unknown. */
enum dyad_date_source {
    DYAD_DATE_UNKNOWN = 0,
    DYAD_DATE_INPUT,     /* the JSON "date" field */
    DYAD_DATE_OPTION,    /* --date on the command line */
    DYAD_DATE_DATELINE,  /* read from the start of the text */
};

/* Parses exactly "YYYY-MM-DD" (a real day, year 0001-9999; no time part)
 * into *out (may be NULL); returns 1 on success, 0 otherwise. */
int dyad_date_parse_iso(const char *s, size_t len, dyad_date *out);

/* Finds a dateline at the start of one of the first three non-blank lines
 * (starting within the first 300 bytes) of text:
 *   "DAMASCUS, Nov 12 (Reuters) -", "WASHINGTON, Nov. 12, 2017 (AP) —",
 *   "BEIRUT, Lebanon, Nov 12", "Sunday, November 12, 2017", "12 Nov 2017",
 *   "2017-11-12", "Published: Nov 12, 2017 10:32 AM GMT".
 * Without an upper-case place name before it, a date counts only when the
 * line ends after it or it is followed by "(", "-", "–", "—", ":", "|" or
 * "[" (then a place in ordinary case may precede it: "Damascus, Nov 12
 * (SANA) -"), so "November 12 talks" and "talks on November 12" are not
 * datelines.  A dateline without a year takes the latest such day not after
 * *reference, or fails when reference is NULL or unknown.  Returns 1 and
 * fills *out (may be NULL) when a valid date is found. */
int dyad_dateline_find(const char *text, size_t len, const dyad_date *reference,
                       dyad_date *out);

/* ---------------------------------------------------------------- reading */

enum dyad_input_format {
    DYAD_FORMAT_AUTO = 0, /* .jsonl/.ndjson, .txt, else JSONL when the first
                             byte after a BOM and blank space is '{' */
    DYAD_FORMAT_TEXT,     /* the whole input is one document */
    DYAD_FORMAT_JSONL,    /* one JSON object per line */
};

/* Input rules (docs: interfaces.md "Input documents"):
 * - Plain text: one document, id = file name without directory and
 *   extension ("stdin" for standard input), line 1.  A leading BOM is
 *   dropped, CRLF and lone CR become LF; an empty input gives no document.
 * - JSON Lines: "id" (string, or an integer: its decimal text; not empty)
 *   and "text" (string) are required; "date" ("YYYY-MM-DD"), "title",
 *   "url" are optional (null = absent).  A bad line is DYAD_READ_SKIPPED with
 *   "FILE:LINE: reason"; blank lines are skipped silently; a BOM may open
 *   any line; JSON strings are kept as they are ("\r\n" stays).
 * - Both: invalid UTF-8 becomes U+FFFD and NUL bytes (raw or "\u0000") are
 *   dropped, each counted in utf8_repairs. */
typedef struct dyad_document {
    const char *id;         /* never NULL */
    const char *title;      /* NULL when absent */
    const char *url;        /* NULL when absent */
    const char *text;       /* UTF-8, valid (repaired), NUL-terminated, no NULs */
    size_t text_len;
    dyad_date date;         /* year 0 when unknown */
    int date_source;        /* enum dyad_date_source */
    const char *source;     /* the file name, "<stdin>" for standard input */
    size_t line;            /* JSONL: the line number; text: 1 */
    size_t utf8_repairs;    /* invalid sequences replaced by U+FFFD, NULs dropped */
} dyad_document;

typedef struct dyad_reader_options {
    int format;               /* enum dyad_input_format */
    const dyad_date *date;    /* --date: overrides every other source */
    size_t max_record_bytes;  /* 0 = no limit other than memory; a longer
                                 record is skipped (the rest still read) */
    const dyad_date *reference; /* for datelines without a year (e.g. the
                                   crawl date); NULL: such datelines give
                                   no date */
} dyad_reader_options;

typedef struct dyad_reader dyad_reader;

/* Opens path for reading ("-" or NULL: standard input).  Returns NULL and
 * fills err ("PATH: cannot open: REASON", DYAD_ERR_INPUT) when the file
 * cannot be opened or is a directory. */
dyad_reader *dyad_reader_open(const char *path, const dyad_reader_options *opt,
                              dyad_error *err);

enum dyad_read_result {
    DYAD_READ_DOCUMENT = 1, /* *doc is filled; valid until the next call */
    DYAD_READ_END = 0,      /* no more input */
    DYAD_READ_SKIPPED = -1, /* a bad record was skipped; err says why */
    DYAD_READ_FAILED = -2,  /* the input cannot be read further; err says why */
};

/* Reads the next document.  Memory stays bounded by the largest record:
 * buffers are reused, records are read one at a time. */
int dyad_reader_next(dyad_reader *r, dyad_document *doc, dyad_error *err);

/* Total invalid UTF-8 sequences repaired and NUL bytes dropped so far in
 * this input (skipped records included). */
size_t dyad_reader_utf8_repairs(const dyad_reader *r);

/* The name used in messages for this input: the path, or "<stdin>". */
const char *dyad_reader_source(const dyad_reader *r);

void dyad_reader_close(dyad_reader *r);
/* ---- end of reading and dates ---- */

/* ---------------------------------------------------------------- analysis */

/* One token: a slice of the document text, plus what later stages add. */
typedef struct dyad_token {
    uint32_t start, end;    /* byte offsets into the document text */
    const char *form;       /* NUL-terminated copy of the slice */
    const char *lemma;      /* after dyad_annotate; else NULL */
    const char *upos;       /* after dyad_annotate; else NULL */
    const char *xpos;       /* after dyad_annotate; else NULL */
    const char *deprel;     /* after dyad_annotate; else NULL */
    int32_t head;           /* sentence-relative index; -1 = root */
    uint8_t space_after;    /* 1 when whitespace follows in the text */
    uint8_t entity;         /* enum dyad_entity_type of the name covering it */
    uint8_t entity_begin;   /* 1 on the first token of a name */
} dyad_token;

typedef struct dyad_sentence {
    uint32_t start, end;         /* byte offsets into the document text */
    uint32_t first_token;        /* index into dyad_tokens() */
    uint32_t n_tokens;
} dyad_sentence;

enum dyad_entity_type {
    DYAD_ENTITY_NONE = 0,
    DYAD_ENTITY_PERSON,
    DYAD_ENTITY_ORGANIZATION,
    DYAD_ENTITY_PLACE,
    DYAD_ENTITY_OTHER,
};

typedef struct dyad_analysis dyad_analysis;

dyad_analysis *dyad_analysis_new(void);
void dyad_analysis_free(dyad_analysis *a);

/* Cuts text into sentences and tokens, replacing what a held before.  The
 * text must stay alive while the analysis is used. */
int dyad_segment(dyad_analysis *a, const char *text, size_t len,
                 dyad_error *err);

size_t dyad_sentence_count(const dyad_analysis *a);
const dyad_sentence *dyad_sentences(const dyad_analysis *a);
size_t dyad_token_count(const dyad_analysis *a);
const dyad_token *dyad_tokens(const dyad_analysis *a);

/* ---------------------------------------------------------------- models */

typedef struct dyad_models dyad_models;

/* Loads the trained models from dir (NULL: the installed data directory,
 * or $DYAD_DATA).  The result is immutable and may be shared by threads. */
dyad_models *dyad_models_load(const char *dir, dyad_error *err);
void dyad_models_free(dyad_models *m);

/* The data directory used when none is given. */
const char *dyad_default_data_dir(void);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
