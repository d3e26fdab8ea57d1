/* buf.h — a growable byte buffer (for output and for reading records). */
#ifndef DYAD_BUF_H
#define DYAD_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
    char *data; /* always NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
} buf;

void buf_init(buf *b);
void buf_free(buf *b);
/* All appenders return 0 on success, -1 when out of memory. */
int buf_reserve(buf *b, size_t extra);
int buf_append(buf *b, const void *p, size_t n);
int buf_puts(buf *b, const char *s);
int buf_putc(buf *b, char c);
int buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included. */
int buf_json_string(buf *b, const char *s, size_t n);
void buf_clear(buf *b);

#endif
