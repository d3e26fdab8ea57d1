/* ascii.h — case-insensitive comparison without the C library's locale
 * machinery.  dyad never calls setlocale, so strcasecmp and tolower fold
 * A-Z only; these do exactly that, inline, and stop at the first
 * difference (the coder and the resolvers compare every token against
 * word lists, where strcasecmp calls were a visible share of the time). */
#ifndef DYAD_BASE_ASCII_H
#define DYAD_BASE_ASCII_H

static inline unsigned char ascii_lower(unsigned char c) {
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/* strcasecmp(a, b) == 0 in the C locale. */
static inline int ascii_ieq(const char *a, const char *b) {
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (;; x++, y++) {
        unsigned char c = ascii_lower(*x);
        if (c != ascii_lower(*y)) return 0;
        if (!c) return 1;
    }
}

/* ascii_ieq(s, w) for some word w of the NULL-terminated list.  First
 * letters are compared before whole words: most scans of a word list
 * fail, and most of them at the first letter. */
static inline int ascii_ieq_any(const char *s, const char *const *list) {
    /* c | 0x20 equal for letters equal but for case (and for a few other
     * pairs, which ascii_ieq then tells apart) */
    unsigned char c = (unsigned char)(*s | 0x20);
    for (; *list; list++)
        if ((unsigned char)(**list | 0x20) == c && ascii_ieq(s, *list)) return 1;
    return 0;
}

/* strcmp(a, b) == 0, inline: with a literal b (a UPOS tag, a relation, a
 * word) it compiles to a few byte compares instead of a library call. */
static inline int str_eq(const char *a, const char *b) {
    for (;; a++, b++) {
        if (*a != *b) return 0;
        if (!*a) return 1;
    }
}

#endif
