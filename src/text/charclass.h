/* charclass.h — byte classes for the segmenter.
 *
 * ASCII goes through one 256-entry table; only bytes >= 0x80 reach utf8proc
 * (char_class_cp), so plain English text never leaves the table. */
#ifndef DYAD_CHARCLASS_H
#define DYAD_CHARCLASS_H

#include <stddef.h>
#include <stdint.h>

enum {
    CC_SPACE = 1,   /* whitespace (incl. Unicode spaces, zero-width space) */
    CC_UPPER = 2,   /* letter, upper or title case */
    CC_LOWER = 4,   /* letter, lower case or caseless */
    CC_DIGIT = 8,   /* number */
    CC_MARK = 16,   /* combining mark: continues a word */
    CC_PUNCT = 32,  /* punctuation or symbol */
    CC_NL = 64,     /* line break (\n, U+2028, U+2029; also CC_SPACE) */
    CC_NONASCII = 128 /* in the byte table: decode with char_class_cp */
};
#define CC_ALNUM (CC_UPPER | CC_LOWER | CC_DIGIT)
#define CC_WORD (CC_UPPER | CC_LOWER | CC_DIGIT | CC_MARK)

extern const uint8_t char_class_ascii[256];

/* Class of the code point starting at s[0] (n > 0 bytes available); sets
 * *len to its length in bytes (1 for an invalid byte, classed CC_PUNCT). */
unsigned char_class_at(const unsigned char *s, size_t n, size_t *len, uint32_t *cp);

#endif
