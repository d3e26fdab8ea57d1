/* segment.h — cutting a document into sentences and tokens.
 *
 * The segmenter works in two passes over a UTF-8 text:
 *   tokenize.c   whitespace chunks -> tokens (UD English / EWT conventions:
 *                clitics split, punctuation split, hyphens split except
 *                after prefixes, abbreviations, numbers, URLs kept whole),
 *                with a small class per token;
 *   sentences.c  decides after which tokens a sentence ends (end marks,
 *                abbreviations, closing quotes, line structure).
 * Every token is a byte slice of the text; nothing is rewritten. */
#ifndef DYAD_SEGMENT_H
#define DYAD_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "dyad.h"

/* What the sentence splitter needs to know about a token. */
enum seg_kind {
    SEG_WORD = 0,      /* letters/digits (pro-Assad, 3.5, clitics 's n't) */
    SEG_ABBREV,        /* a word that keeps its final period: Mr. U.S. J. */
    SEG_END,           /* run of . ? ! (incl. "..." and "?!") */
    SEG_ELLIPSIS,      /* "..." or U+2026 */
    SEG_OPEN,          /* opening quote or bracket */
    SEG_CLOSE,         /* closing quote or bracket */
    SEG_QUOTE,         /* straight quote " or ' that could open or close */
    SEG_BULLET,        /* list marker at the start of a line: - * • 1. a) */
    SEG_PUNCT,         /* any other punctuation or symbol */
    SEG_URL,           /* URL or e-mail address */
};

/* Flags of seg_info.flags. */
enum {
    SEG_CAP = 1,       /* first character is an upper-case letter */
    SEG_LOWER = 2,     /* first character is a lower-case letter */
    SEG_DIGIT = 4,     /* first character is a digit */
    SEG_LINE_START = 8 /* first token on its line */
};

typedef struct seg_info {
    uint8_t kind;      /* enum seg_kind */
    uint8_t flags;
    uint8_t newlines;  /* line breaks in the gap before the token, capped at 2 */
    uint8_t abbrev;    /* enum abbrev_class when kind == SEG_ABBREV */
} seg_info;

/* No sentence is longer than this many tokens: longer runs without an end
 * (tables, lists) are cut, preferably at ';' ':' or ','. */
#define SEG_MAX_SENTENCE_TOKENS 256

/* The result of segment_text; arrays live in the arena. */
typedef struct segmentation {
    dyad_token *tokens;
    size_t n_tokens;
    dyad_sentence *sentences;
    size_t n_sentences;
} segmentation;

/* Segments text[0..len) (valid UTF-8; other bytes are treated as symbols).
 * Fills *out with arena memory: tokens with start/end, a NUL-terminated copy
 * of the slice as form, space_after, head = -1 and every annotation NULL;
 * sentences with start/end (first token start, last token end), first_token
 * and n_tokens (at most SEG_MAX_SENTENCE_TOKENS).  Returns DYAD_OK, or DYAD_ERR_INTERNAL when out of memory and
 * DYAD_ERR_INPUT when the text is longer than 4 GiB - 1. */
int segment_text(const char *text, size_t len, arena *a, segmentation *out,
                 dyad_error *err);

/* ---- internal, shared by the segmenter's files ---- */

/* Text wrapped at more than this many bytes per line is not recognised as
 * hard-wrapped. */
#define SEG_MAX_WRAP 200

/* Token slices plus their classes, grown in the arena. */
typedef struct seg_tokens {
    uint32_t *start, *end;
    seg_info *info;
    size_t n, cap;
    /* Line lengths in bytes (the last bucket: longer lines), to recognise
     * hard-wrapped text and its width (sentences.c). */
    uint32_t line_hist[SEG_MAX_WRAP + 2];
    size_t n_lines;
} seg_tokens;

int seg_tokenize(const char *text, size_t len, arena *a, seg_tokens *out);

/* Marks sentence ends: end_after[i] = 1 when a sentence ends after token i.
 * end_after has room for t->n entries. */
void seg_sentence_ends(const char *text, size_t len, const seg_tokens *t,
                       uint8_t *end_after);

#endif
