#include "base/utf8.h"

size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned char c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int utf8_is_clean(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (p[i] && p[i] < 0x80) { i++; continue; }
        uint32_t cp;
        size_t k = p[i] ? utf8_decode(p + i, n - i, &cp) : 0;
        if (!k) return 0;
        i += k;
    }
    return 1;
}

size_t utf8_repair(const char *s, size_t n, buf *out) {
    const unsigned char *p = (const unsigned char *)s;
    size_t repairs = 0, i = 0, run = 0;
    if (buf_reserve(out, n)) return (size_t)-1;
    while (i < n) {
        if (p[i] && p[i] < 0x80) { i++; continue; }
        uint32_t cp;
        size_t k = p[i] ? utf8_decode(p + i, n - i, &cp) : 0;
        if (k) { i += k; continue; }
        if (buf_append(out, s + run, i - run)) return (size_t)-1;
        if (p[i] && buf_append(out, "\xEF\xBF\xBD", 3)) return (size_t)-1;
        repairs++;
        /* Skip the whole maximal invalid prefix: one U+FFFD per bad lead
         * byte, continuation bytes after it belong to it. */
        i++;
        while (i < n && (p[i] & 0xC0) == 0x80) i++;
        run = i;
    }
    if (buf_append(out, s + run, n - run)) return (size_t)-1;
    return repairs;
}
