/* abbreviations.h — words that keep their final period, and what that
 * period says about the end of a sentence. */
#ifndef DYAD_ABBREVIATIONS_H
#define DYAD_ABBREVIATIONS_H

#include <stddef.h>

enum abbrev_class {
    ABBR_NONE = 0,
    ABBR_TITLE,    /* Mr. Dr. Gen. e.g. vs. No. 5: never ends a sentence */
    ABBR_GENERAL,  /* Inc. Jr. U.S. a.m. Jan.: ends only before a likely
                      sentence start (The, He, ...) or a line break */
    ABBR_ETC,      /* etc.: ends before any capitalised word */
    ABBR_INITIAL,  /* J. (one capital letter): like GENERAL, but "A" and "I"
                      after it are read as further initials/pronoun-less */
};

/* Class of word s[0..n) (without its period) when followed by '.'.
 * next_digit: the next non-space character after the period is a digit
 * ("No. 5", "Fig. 3" are abbreviations only then).
 * Returns ABBR_NONE when the period should be a token of its own. */
int abbrev_class(const char *s, size_t n, int next_digit);

/* 1 when the word s[0..n) is a frequent sentence-initial function word
 * (The, He, In, But, ...), used to decide whether a sentence ended at an
 * ambiguous abbreviation ("U.S. The" vs "U.S. Army"). */
int sentence_starter(const char *s, size_t n);

#endif
