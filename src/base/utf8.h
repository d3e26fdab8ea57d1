/* utf8.h — decoding, validation and repair of UTF-8. */
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Decodes one code point at s[0..n).  Returns its length in bytes (1-4) and
 * sets *cp, or returns 0 for an invalid or truncated sequence (overlongs,
 * surrogates and values past U+10FFFF are invalid). n must be > 0. */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Appends s to out with every invalid sequence replaced by U+FFFD and every
 * NUL byte dropped; returns the number of repairs (invalid sequences + NULs),
 * or (size_t)-1 when out of memory. */
size_t utf8_repair(const char *s, size_t n, buf *out);

/* Returns 1 when s[0..n) is valid UTF-8 without NUL bytes. */
int utf8_is_clean(const char *s, size_t n);

/* Encodes cp into out (4 bytes room); returns its length. */
size_t utf8_encode(uint32_t cp, char *out);

#endif
