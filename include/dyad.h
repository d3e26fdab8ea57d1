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

/* A calendar date; year == 0 means unknown. */
typedef struct dyad_date {
    int year, month, day;
} dyad_date;

/* Where a document's date came from. */
enum dyad_date_source {
    DYAD_DATE_UNKNOWN = 0,
    DYAD_DATE_INPUT,     /* the JSON "date" field */
    DYAD_DATE_OPTION,    /* --date on the command line */
    DYAD_DATE_DATELINE,  /* read from the start of the text */
};

/* Parses "YYYY-MM-DD" (exactly) into *out; returns 1 on success. */
int dyad_date_parse_iso(const char *s, size_t len, dyad_date *out);

/* Finds a dateline ("DAMASCUS, Nov 12 (Reuters) -", "November 12, 2017",
 * "12 Nov 2017") in the first few hundred bytes of text.  A dateline without
 * a year takes it from *reference when given (the most recent such date not
 * after it), else fails.  Returns 1 and fills *out when one is found. */
int dyad_dateline_find(const char *text, size_t len, const dyad_date *reference,
                       dyad_date *out);

/* ---------------------------------------------------------------- reading */

enum dyad_input_format {
    DYAD_FORMAT_AUTO = 0, /* by extension, else '{' as first byte = JSONL */
    DYAD_FORMAT_TEXT,     /* the whole input is one document */
    DYAD_FORMAT_JSONL,    /* one JSON object per line */
};

typedef struct dyad_document {
    const char *id;         /* never NULL */
    const char *title;      /* NULL when absent */
    const char *url;        /* NULL when absent */
    const char *text;       /* UTF-8, valid (repaired), NUL-terminated */
    size_t text_len;
    dyad_date date;         /* year 0 when unknown */
    int date_source;        /* enum dyad_date_source */
    const char *source;     /* the file name, "<stdin>" for standard input */
    size_t line;            /* JSONL: the line number; text: 1 */
    size_t utf8_repairs;    /* invalid sequences replaced by U+FFFD */
} dyad_document;

typedef struct dyad_reader_options {
    int format;               /* enum dyad_input_format */
    const dyad_date *date;    /* --date: overrides every other source */
    size_t max_record_bytes;  /* 0 = no limit other than memory */
} dyad_reader_options;

typedef struct dyad_reader dyad_reader;

/* Opens path for reading ("-" or NULL: standard input).  Returns NULL and
 * fills err when the file cannot be opened. */
dyad_reader *dyad_reader_open(const char *path, const dyad_reader_options *opt,
                              dyad_error *err);

enum dyad_read_result {
    DYAD_READ_DOCUMENT = 1, /* *doc is filled; valid until the next call */
    DYAD_READ_END = 0,      /* no more input */
    DYAD_READ_SKIPPED = -1, /* a bad record was skipped; err says why */
    DYAD_READ_FAILED = -2,  /* the input cannot be read further; err says why */
};

/* Reads the next document.  Memory stays bounded by the largest record. */
int dyad_reader_next(dyad_reader *r, dyad_document *doc, dyad_error *err);

/* Total invalid UTF-8 sequences repaired so far in this input. */
size_t dyad_reader_utf8_repairs(const dyad_reader *r);

/* The name used in messages for this input. */
const char *dyad_reader_source(const dyad_reader *r);

void dyad_reader_close(dyad_reader *r);

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

/* ---- tagging, lemmatisation, parsing (src/pipeline/annotate.c) ---- */

/* Fills lemma, upos and xpos of every token of a segmented analysis (and
 * head, deprel and entity when the parser and name models are loaded;
 * otherwise head is -1, deprel NULL, entity 0), sentence by sentence.
 * Strings point into the models, the tokens' forms or the analysis, and
 * live as long as both.  Thread-safe for distinct analyses sharing m. */
int dyad_annotate(dyad_analysis *a, const dyad_models *m, dyad_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
