/* tree_util.h — hand-written dependency trees for the coder's tests.
 *
 * A document is sentences separated by blank lines; a sentence is one token
 * per line, either CoNLL-U (10 TAB-separated columns; MISC "NE=PER|ORG|LOC")
 * or the compact form, whitespace-separated:
 *
 *   ID FORM LEMMA UPOS XPOS HEAD DEPREL [NER]      (NER: B-PER, I-ORG, _)
 *
 * The document text is the forms joined by single spaces (sentences by
 * one space), so token offsets are real. */
#ifndef DYAD_TEST_TREE_UTIL_H
#define DYAD_TEST_TREE_UTIL_H

#include <stddef.h>

#include "dyad.h"

typedef struct tree_doc {
    dyad_token *tok;
    size_t n_tok;
    size_t *first, *count;   /* per sentence */
    size_t n_sent;
    char *text;
    size_t text_len;
    char *store;             /* the strings tokens point to */
} tree_doc;

/* Returns 0, or -1 with a message on stderr naming the bad line. */
int tree_doc_parse(tree_doc *d, const char *src);
void tree_doc_free(tree_doc *d);

/* Codes every sentence of src (a fresh document dated date, may be NULL)
 * into e; returns the number of events or -1. */
int tree_code(const dyad_coder *c, dyad_events *e, const char *src, const dyad_date *date);

/* Renders the events as "ACTOR>RECIPIENT:CODE" joined by ' ' (recipient '-'
 * when none), in order, into a static buffer. */
const char *tree_events_str(const dyad_events *e);

/* The text of the document tree_code last coded. */
const char *tree_last_text(size_t *len);

#endif
