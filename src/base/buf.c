#include "base/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(buf *b) { memset(b, 0, sizeof *b); }

void buf_free(buf *b) {
    free(b->data);
    buf_init(b);
}

void buf_clear(buf *b) {
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

int buf_reserve(buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) return -1;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int buf_append(buf *b, const void *p, size_t n) {
    if (buf_reserve(b, n)) return -1;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int buf_puts(buf *b, const char *s) { return buf_append(b, s, strlen(s)); }

int buf_putc(buf *b, char c) { return buf_append(b, &c, 1); }

int buf_printf(buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof small) return buf_append(b, small, (size_t)n);
    if (buf_reserve(b, (size_t)n)) return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

/* Bytes JSON needs escaped: '"', '\\', control characters and DEL. */
static int json_escaped(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c == 0x7f; }

/* Whether any of 8 bytes may need escaping (never a false "no"; a false
 * "yes" only sends the 8 bytes through the byte loop): the classic
 * has-less-than and has-zero-byte tests on a word. */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
static int word_escaped(uint64_t v) {
    uint64_t lt20 = (v - ONES * 0x20) & ~v & HIGHS;
    uint64_t q = v ^ (ONES * '"'), bs = v ^ (ONES * '\\'), del = v ^ (ONES * 0x7f);
    uint64_t z = ((q - ONES) & ~q) | ((bs - ONES) & ~bs) | ((del - ONES) & ~del);
    return (lt20 | (z & HIGHS)) != 0;
}

/* Writes byte c at o, escaped when JSON needs it; returns the new end. */
static char *put_json_byte(char *o, unsigned char c) {
    static const char hex[] = "0123456789abcdef";
    if (!json_escaped(c)) {
        *o++ = (char)c;
        return o;
    }
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    default:
        *o++ = 'u'; *o++ = '0'; *o++ = '0';
        *o++ = hex[c >> 4]; *o++ = hex[c & 15];
        break;
    }
    return o;
}

int buf_json_string(buf *b, const char *s, size_t n) {
    /* worst case: every byte a \u00XX; reserved once, written in place */
    if (n > ((size_t)-1 - 3) / 6 || buf_reserve(b, 6 * n + 2)) return -1;
    char *o = b->data + b->len;
    *o++ = '"';
    size_t i = 0;
    /* plain text 8 bytes at a time; a word that may need escaping goes
     * byte by byte */
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        if (!word_escaped(v)) {
            memcpy(o, &v, 8);
            o += 8;
            continue;
        }
        for (size_t k = 0; k < 8; k++) o = put_json_byte(o, (unsigned char)s[i + k]);
    }
    for (; i < n; i++) o = put_json_byte(o, (unsigned char)s[i]);
    *o++ = '"';
    *o = '\0';
    b->len = (size_t)(o - b->data);
    return 0;
}
