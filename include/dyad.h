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
#include <stdio.h>

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

/* ---- segmentation output (src/text) ---- */

/* Writes sentence i of a as one line for `dyad split` (tokens == 0: the
 * sentence's text with every run of whitespace, line breaks included,
 * collapsed to one space) or `dyad tokenize` (tokens == 1: its tokens
 * separated by single spaces), followed by '\n', into out[0..cap) with a
 * terminating NUL.  Returns the line's length without the NUL, like
 * snprintf: a result >= cap means the line was cut; call again with more
 * room.  Returns 0 when i is out of range. */
size_t dyad_sentence_line(const dyad_analysis *a, size_t i, int tokens, char *out,
                          size_t cap);
/* ---- end segmentation output ---- */
/* ---------------------------------------------------------------- resolve */
/* When and where an event happened (src/resolve/).  The event is given as
 * the token index of its verb in one sentence's tokens (head indexes are
 * sentence-relative, -1 = root); "its clause" is the verb's subtree without
 * embedded clauses (ccomp, advcl, acl, parataxis, csubj, conjoined verbs). */

/* Marks the tokens of the verb's clause: in_clause[i] = 1 or 0 for i < n.
 * Returns how many tokens are in it (0 when verb is out of range). */
size_t dyad_clause_tokens(const dyad_token *toks, size_t n, int verb,
                          unsigned char *in_clause);

enum dyad_date_precision {
    DYAD_PRECISION_NONE = 0,
    DYAD_PRECISION_DAY,
    DYAD_PRECISION_WEEK,   /* date = the Monday of that week */
    DYAD_PRECISION_MONTH,  /* date = the 1st of that month */
    DYAD_PRECISION_YEAR,   /* date = 1 January of that year */
};

enum dyad_event_date_source {
    DYAD_EVENT_DATE_NONE = 0,     /* no document date and no absolute date */
    DYAD_EVENT_DATE_CLAUSE,       /* a date expression in the clause */
    DYAD_EVENT_DATE_DOCUMENT,     /* the document date */
};

typedef struct dyad_event_date {
    dyad_date date;        /* year 0 when source is NONE */
    int precision;         /* enum dyad_date_precision */
    int source;            /* enum dyad_event_date_source */
    int first_token, last_token; /* the expression used; -1 when none */
} dyad_event_date;

/* Dates the event whose verb is toks[verb] from the temporal modifiers of
 * its clause (obl/obl:tmod/obl:npmod/nmod:tmod/advmod of the verb: "on
 * Saturday", "two weeks ago", "last month", "Nov. 11", "in December 2015")
 * against doc_date (year 0 = unknown).  future: 1 future, 0 past, -1 decide
 * from the tree (dyad_verb_is_future).  An infinitive without a date of
 * its own takes its governor's ("failed last week to capture"), unless it
 * is planned.  Always fills *out; returns its source. */
int dyad_resolve_event_date(const dyad_token *toks, size_t n, int verb,
                            dyad_date doc_date, int future,
                            dyad_event_date *out);

/* 1 when the verb is future or planned: "will/shall/'ll attack", "is going
 * to attack", "plans/intends/expects/agreed/decided/vowed to attack" (the
 * verb, or a verb it is the xcomp of). */
int dyad_verb_is_future(const dyad_token *toks, size_t n, int verb);

/* "clause", "document", or NULL for NONE (JSON null). */
const char *dyad_event_date_source_name(int source);
/* "day", "week", "month", "year", or NULL. */
const char *dyad_date_precision_name(int precision);

/* The gazetteer: GeoNames cities (population >= 1000) with alternate names,
 * every country, and our curated regions (data/geo/).  Immutable once
 * loaded; shareable by threads. */
typedef struct dyad_gazetteer dyad_gazetteer;

/* Loads data/geo/gazetteer.bin (path NULL: <data dir>/geo/gazetteer.bin). */
dyad_gazetteer *dyad_gazetteer_load(const char *path, dyad_error *err);
void dyad_gazetteer_free(dyad_gazetteer *g);
size_t dyad_gazetteer_place_count(const dyad_gazetteer *g);

enum dyad_place_feature {
    DYAD_PLACE_NONE = 0,
    DYAD_PLACE_COUNTRY,
    DYAD_PLACE_ADMIN1,
    DYAD_PLACE_REGION,
    DYAD_PLACE_CITY,
};

typedef struct dyad_place {
    char text[128];        /* the words in the document ("al-Bukamal") */
    const char *name;      /* gazetteer name ("Albu Kamal"); owned by it */
    char country_code[4];  /* ISO 3166 alpha-3 ("SYR"), "" when none */
    char country_fips[3];  /* FIPS 10-4 ("SY"; GDELT's country codes), "" when none */
    double lat, lon;
    int32_t geonameid;     /* 0 for our curated regions */
    int feature;           /* enum dyad_place_feature */
    const char *admin1;    /* GeoNames admin1 code ("SY.07") or NULL */
    int first_token, last_token; /* in the sentence; -1 for the dateline */
} dyad_place;

/* Context that decides between places of the same name: ISO alpha-3 codes
 * of the event's actors, and of other places in the document. */
typedef struct dyad_place_context {
    const char *const *actor_countries;
    size_t n_actor_countries;
    const char *const *document_countries;
    size_t n_document_countries;
} dyad_place_context;

/* Looks name[0..len) up (any spelling variant, see src/resolve/placename.h)
 * and picks the candidate: a country of that name first, else by population
 * and feature, preferring the context's countries.  Returns 1 and fills
 * *out (text = name) when found, else 0.  ctx may be NULL. */
int dyad_resolve_place(const dyad_gazetteer *g, const char *name, size_t len,
                       const dyad_place_context *ctx, dyad_place *out);

enum dyad_location_source {
    DYAD_LOCATION_NONE = 0,
    DYAD_LOCATION_CLAUSE,    /* "in/near/at/outside/north of X" in the clause */
    DYAD_LOCATION_SENTENCE,  /* such a phrase elsewhere in the sentence */
    DYAD_LOCATION_DATELINE,  /* the dateline place the caller gave */
};

/* Where the event happened: a place name introduced by a locative case
 * marker (in, near, outside, at, around, across, inside, north/south/east/
 * west of, possibly nested: "at the summit in Vietnam") in the verb's
 * clause, then in the sentence, then dateline_place (may be NULL).  A name
 * used as an actor ("Jordan said") is never a location.  Returns the
 * enum dyad_location_source, filling *out unless NONE. */
int dyad_find_event_location(const dyad_gazetteer *g, const dyad_token *toks,
                             size_t n, int verb, const dyad_place_context *ctx,
                             const char *dateline_place, dyad_place *out);

/* The place a verb acts on, when its object names one: "shelled Kharkiv",
 * "attacked the town of Bakhmut", "seized Idlib province".  For a visit
 * (visit = 1) its "to"-oblique too ("travelled to Kabul"), and countries
 * ("visited Turkey"); otherwise a country object is the event's target
 * actor, not a place ("attacked Syria").  A name the tagger made a person
 * or an organisation is no place.  Returns 1 and fills *out when found,
 * else 0. */
int dyad_find_target_location(const dyad_gazetteer *g, const dyad_token *toks, size_t n,
                              int verb, int visit, const dyad_place_context *ctx,
                              dyad_place *out);

/* Collects the countries (ISO alpha-3) of the places a sentence names in
 * locative positions into codes[n_codes..max_codes), skipping codes already
 * there; returns the new count.  Run over a document's sentences, it gives
 * dyad_place_context.document_countries. */
size_t dyad_sentence_place_countries(const dyad_gazetteer *g, const dyad_token *toks,
                                     size_t n, char (*codes)[4], size_t n_codes,
                                     size_t max_codes);

/* The places a sentence names in locative positions (shallowest first),
 * resolved with ctx (may be NULL), into out[0..max); returns how many. */
size_t dyad_sentence_places(const dyad_gazetteer *g, const dyad_token *toks, size_t n,
                            const dyad_place_context *ctx, dyad_place *out, size_t max);

/* "country", "admin1", "region", "city". */
const char *dyad_place_feature_name(int feature);

/* Writes the place as interfaces.md's "location" object:
 * {"text", "name", "country_code", "lat", "lon", "geonameid", "feature",
 *  "admin1"} (null for absent values).  Returns the length, or -1 when
 * size is too small (1024 bytes are plenty for real names). */
int dyad_place_to_json(const dyad_place *p, char *out, size_t size);

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



/* ---------------------------------------------------------------- event coder */

/* Dictionary formats dyad_coder_load reads (--dict-format). */
enum dyad_dict_format {
    DYAD_DICT_DYAD = 0,    /* data/dict/NAME.txt: "KEY KIND [DATES]: phrase; ..." */
    DYAD_DICT_TABARI,      /* .actors / .agents / .verbs (TABARI 0.8) */
    DYAD_DICT_PETRARCH,    /* PETRARCH2 actors, agents, CAMEO.2.0 verbs, discards */
};

typedef struct dyad_coder_options {
    const char *data_dir;  /* holds dict/{countries,people,igos,groups,agents,verbs,cameo}.txt,
                              NULL: dyad_default_data_dir() */
    /* Replacements, each a list of files separated by ',' (NULL: the data dir's):
     * actors replaces countries+people+igos+groups, agents and verbs their
     * files; discards (PETRARCH only) adds sentence filters. */
    const char *actors, *agents, *verbs, *discards;
    int dict_format;       /* enum dyad_dict_format, for actors/agents/verbs/discards */
    int quiet;             /* no warnings (legacy-format quirks) on stderr */
    const char *gazetteer; /* place names for event locations; NULL: <data dir>/geo/gazetteer.bin
                              (missing: locations are null, one warning); "": none */
} dyad_coder_options;

/* Loaded dictionaries and the compiled matcher: immutable, shareable. */
typedef struct dyad_coder dyad_coder;

dyad_coder *dyad_coder_load(const dyad_coder_options *opt, dyad_error *err);
void dyad_coder_free(dyad_coder *c);

/* Entry counts, for tests and `--explain`: phrases in the actor matcher
 * (actors + agents), verb patterns, CAMEO table rows. */
void dyad_coder_counts(const dyad_coder *c, size_t *phrases, size_t *patterns,
                       size_t *cameo_codes);

/* An actor or recipient as coded.  code is NULL for "no recipient". */
typedef struct dyad_actor {
    const char *code;      /* RUSGOV, IGOUNO, IMGISI, SYR */
    const char *country;   /* RUS, or NULL (IGO, IMG, NGO...) */
    const char *sector;    /* GOV, or NULL */
    const char *text;      /* the words in the sentence ("his US counterpart Donald Trump") */
    const char *name;      /* the name matched ("Donald Trump"), or NULL */
    uint32_t start, end;   /* byte offsets of text in the document */
} dyad_actor;

typedef struct dyad_event {
    size_t sentence;       /* index of the sentence in the document */
    size_t index;          /* index of the event in the sentence */
    dyad_actor actor;
    dyad_actor recipient;  /* recipient.code == NULL: no target */
    char cameo[8];         /* "030", "0874", "190" */
    const char *plover;    /* AGREE ... ASSAULT; NULL for CAMEO 01 and 02 */
    int quad_class;        /* 1..4 */
    double goldstein;      /* -10..10 */
    dyad_date date;        /* when it happened; year 0: unknown */
    const char *date_source; /* "clause" (a date in its clause), "document", or NULL (unknown) */
    const char *date_precision; /* "day", "week", "month", "year", or NULL (unknown) */
    const char *location;  /* where: the place as JSON object text (dyad_place_to_json), or NULL */
    const dyad_place *place; /* the same place, structured, or NULL */
    uint32_t text_start, text_end; /* the sentence, byte offsets in the document */
    const char *verb;      /* the trigger words ("announced", "launching assault") */
    const char *rule;      /* the pattern or rule that fired */
    uint32_t trigger;      /* the trigger word's index among the sentence's tokens */
} dyad_event;

/* The events of one document, and the coder's per-document memory (last
 * person, country, organisation, for pronouns and titles).  Reusable. */
typedef struct dyad_events dyad_events;

dyad_events *dyad_events_new(void);
void dyad_events_free(dyad_events *e);

/* Starts a document: forgets events and memory.  text (kept, not copied) is
 * the document text token offsets refer to; date may be NULL or year 0. */
void dyad_events_begin(dyad_events *e, const char *text, size_t len, const dyad_date *date);

/* Explanations (tokens, tree, actors, accepted and rejected events) are
 * collected per sentence when on; read them with dyad_events_explain. */
void dyad_events_set_explain(dyad_events *e, int on);
const char *dyad_events_explain(const dyad_events *e);

/* Codes one sentence given as tokens with lemma, upos, head (sentence-
 * relative) and deprel filled; appends its events.  Tokens without
 * annotations code nothing. */
int dyad_code_sentence(const dyad_coder *c, dyad_events *e, size_t sentence,
                       const dyad_token *tokens, size_t n, dyad_error *err);

/* Ends a document coded sentence by sentence: an event without a place of
 * its own (or with only a country) whose sentence refers to "the town" /
 * "the city", or a material conflict event, takes the nearest town the
 * document names (within 6 sentences for "the town", 3 for conflict; in
 * the event's country).  Called by
 * dyad_code_document. */
void dyad_events_finish(const dyad_coder *c, dyad_events *e);

/* Codes every sentence of an annotated analysis (after dyad_segment and
 * dyad_annotate) of doc: dyad_events_begin + dyad_code_sentence each, then
 * dyad_events_finish. */
int dyad_code_document(const dyad_coder *c, const dyad_analysis *a,
                       const dyad_document *doc, dyad_events *e, dyad_error *err);

/* ---- parsing only the sentences the coder needs parsed (src/code/mentions.c,
 *      src/pipeline/annotate.c) ---- */
/* Whether coding a sentence can depend on its dependency tree.  The tokens
 * need lemma, upos and entity (tagged and named; head and deprel are not
 * read).  0 means dyad_code_sentence gives the same events, and leaves the
 * same document memory (pronouns, titles, places, towns), whether or not
 * the sentence is parsed: it has no actor mention (no dictionary phrase,
 * even before the tree-based filters; no PERSON/ORGANIZATION name; no 3rd-
 * person pronoun) -- so no event can have an actor and nothing is
 * remembered -- and no proper noun or PLACE name, so no place is noted.
 * 1 means parse it; -1 out of memory.  e is scratch only: its events and
 * document state are not changed. */
int dyad_code_needs_tree(const dyad_coder *c, dyad_events *e, const dyad_token *tokens, size_t n);

/* dyad_annotate for dyad_code_document: tags, lemmatises and names every
 * sentence, but parses only those dyad_code_needs_tree(c, e, ...) says can
 * depend on their tree (every sentence when e explains: --explain shows
 * full analyses).  The others keep head -1 and deprel NULL.  Coding the
 * result gives exactly the events of dyad_annotate + dyad_code_document.
 * e is used as scratch before dyad_code_document begins the document. */
int dyad_annotate_for_coding(dyad_analysis *a, const dyad_models *m, const dyad_coder *c,
                             dyad_events *e, dyad_error *err);
/* ---- end parsing only what the coder needs ---- */

size_t dyad_event_count(const dyad_events *e);
const dyad_event *dyad_event_get(const dyad_events *e, size_t i);

/* ---- writing events ---- */
enum dyad_event_format {
    DYAD_EVENTS_JSONL = 0, /* interfaces.md field order */
    DYAD_EVENTS_TSV,       /* header line, one row per event */
    DYAD_EVENTS_GDELT,     /* GDELT 2.0 event table: 61 tab-separated columns */
    DYAD_EVENTS_TABLE,     /* aligned, for people */
};

typedef struct dyad_event_writer dyad_event_writer;

/* Writes to out (not closed).  Returns NULL when out of memory. */
dyad_event_writer *dyad_event_writer_new(FILE *out, int format);
/* Writes the events of doc (text: doc->text). */
int dyad_event_writer_write(dyad_event_writer *w, const dyad_document *doc,
                            const dyad_events *e, dyad_error *err);
void dyad_event_writer_free(dyad_event_writer *w);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
