/* tokenize.c — text -> tokens, following Universal Dependencies English
 * (EWT) conventions.
 *
 * The text is cut at whitespace into chunks; each chunk is then cut into
 * words (letters and digits, joined by apostrophes, by the periods, commas,
 * colons and slashes of numbers, dates and acronyms, and by hyphens only
 * after a prefix: pro-Assad, but al - Assad, 80 - month as in UD), clitics
 * split off words (do|n't, Russia|'s, can|not, gon|na), abbreviations that
 * keep their period (Mr. U.S.), URLs and e-mail addresses whole, and
 * punctuation (runs of the same mark together: "...", "--", "?!").  ASCII is
 * classed by table; only non-ASCII bytes are decoded. */
#include <string.h>

#include "text/abbreviations.h"
#include "text/charclass.h"
#include "text/segment.h"

typedef struct tok_state {
    const unsigned char *s;
    size_t len;
    arena *a;
    seg_tokens *t;
    int newlines;       /* line breaks seen since the last token */
    int line_start;     /* no token yet on the current line */
    int failed;         /* out of memory */
} tok_state;

static unsigned cls_at(const tok_state *st, size_t i, size_t *n) {
    uint32_t cp;
    size_t k;
    if (i >= st->len) {
        if (n) *n = 0;
        return CC_SPACE;
    }
    unsigned c = char_class_ascii[st->s[i]];
    if (c & CC_NONASCII) {
        c = char_class_at(st->s + i, st->len - i, &k, &cp);
    } else {
        k = 1;
    }
    if (n) *n = k;
    return c;
}

static int grow(tok_state *st) {
    seg_tokens *t = st->t;
    /* News text has 5-6 bytes per token: the first guess is rarely grown. */
    size_t cap = t->cap ? t->cap * 2 : st->len / 4 + 64;
    /* entries are read only below t->n, each written by push first */
    uint32_t *ns = arena_alloc_uninit(st->a, cap * sizeof *ns);
    uint32_t *ne = arena_alloc_uninit(st->a, cap * sizeof *ne);
    seg_info *ni = arena_alloc_uninit(st->a, cap * sizeof *ni);
    if (!ns || !ne || !ni) return -1;
    if (t->n) {
        memcpy(ns, t->start, t->n * sizeof *ns);
        memcpy(ne, t->end, t->n * sizeof *ne);
        memcpy(ni, t->info, t->n * sizeof *ni);
    }
    t->start = ns;
    t->end = ne;
    t->info = ni;
    t->cap = cap;
    return 0;
}

static void push(tok_state *st, size_t b, size_t e, int kind, int abbrev) {
    if (st->failed || e <= b) return;
    seg_tokens *t = st->t;
    if (t->n == t->cap && grow(st)) {
        st->failed = 1;
        return;
    }
    unsigned c = cls_at(st, b, NULL);
    uint8_t flags = 0;
    if (c & CC_UPPER) flags |= SEG_CAP;
    else if (c & CC_LOWER) flags |= SEG_LOWER;
    else if (c & CC_DIGIT) flags |= SEG_DIGIT;
    if (st->line_start) flags |= SEG_LINE_START;
    t->start[t->n] = (uint32_t)b;
    t->end[t->n] = (uint32_t)e;
    t->info[t->n] = (seg_info){(uint8_t)kind, flags, (uint8_t)st->newlines, (uint8_t)abbrev};
    t->n++;
    st->newlines = 0;
    st->line_start = 0;
}

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* w[0..n) equals the lower-case literal lit, ignoring ASCII case. */
static int ieq(const unsigned char *w, size_t n, const char *lit) {
    for (size_t i = 0; i < n; i++)
        if (!lit[i] || lower_ascii(w[i]) != lit[i]) return 0;
    return lit[n] == '\0';
}

static int its_is_it_is(const tok_state *st, size_t e) {
    static const char *const after[] = {
        "a", "an", "the", "not", "so", "been", "just", "really", "too",
        "going", "gonna", "always", "never", "ok", "okay", "also", "still", "because",
        "like", "all", "my", "your", "about", "to", "in", "on", "at", "for",
    }; /* not "very" or "only": "its very existence", "its only hope" */
    size_t i = e;
    if (i >= st->len || st->s[i] != ' ') return 0;
    while (i < st->len && st->s[i] == ' ') i++;
    size_t j = i;
    while (j < st->len && (char_class_ascii[st->s[j]] & (CC_UPPER | CC_LOWER))) j++;
    if (j < st->len && (st->s[j] == '-' || st->s[j] == '\'')) return 0; /* its in-house team */
    for (size_t k = 0; k < sizeof after / sizeof after[0]; k++)
        if (ieq(st->s + i, j - i, after[k])) return 1;
    return 0;
}

/* Emits word [b,e) with English clitics split off. */
static void emit_word(tok_state *st, size_t b, size_t e) {
    const unsigned char *w = st->s + b;
    size_t n = e - b;
    /* Fused forms that UD writes as two words, by first letter (a word is
     * compared with the few that start like it). */
#define F(w, cut) {w, sizeof w - 1, cut}
    typedef struct fused_word { const char *word; size_t len, cut; } fused_word;
    static const fused_word fa[] = {F("arent", 3), F("aint", 2), F("alot", 1), {NULL, 0, 0}},
                            fc[] = {F("cannot", 3), F("couldnt", 5), F("cant", 2), {NULL, 0, 0}},
                            fd[] = {F("dont", 2), F("didnt", 3), F("doesnt", 4), {NULL, 0, 0}},
                            fg[] = {F("gonna", 3), F("gotta", 3), {NULL, 0, 0}},
                            fh[] = {F("havent", 4), F("hasnt", 3), F("hadnt", 3), {NULL, 0, 0}},
                            fi[] = {F("isnt", 2), F("im", 1), F("ive", 1), {NULL, 0, 0}},
                            fs[] = {F("shouldnt", 6), {NULL, 0, 0}},
                            ft[] = {F("theyre", 4), F("thats", 4), {NULL, 0, 0}},
                            fw[] = {F("wanna", 3), F("wasnt", 3), F("werent", 4), F("wouldnt", 5), F("wont", 2),
                                    F("whats", 4), {NULL, 0, 0}},
                            fy[] = {F("youre", 3), {NULL, 0, 0}};
#undef F
    /* every fused word ends in a, e, m, s or t: most words skip the table */
    int cl = n >= 2 ? lower_ascii(w[n - 1]) : 0;
    if (n >= 2 && n <= 8 && (cl == 't' || cl == 's' || cl == 'e' || cl == 'a' || cl == 'm') &&
        !(n == 2 && w[1] >= 'A' && w[1] <= 'Z')) { /* not "IM" */
        const fused_word *f;
        switch (lower_ascii(w[0])) {
        case 'a': f = fa; break;
        case 'c': f = fc; break;
        case 'd': f = fd; break;
        case 'g': f = fg; break;
        case 'h': f = fh; break;
        case 'i': f = fi; break;
        case 's': f = fs; break;
        case 't': f = ft; break;
        case 'w': f = fw; break;
        case 'y': f = fy; break;
        default: f = fy + 1; /* none */
        }
        for (; f->word; f++)
            if (f->len == n && ieq(w, n, f->word)) {
                push(st, b, b + f->cut, SEG_WORD, 0);
                push(st, b + f->cut, e, SEG_WORD, 0);
                return;
            }
    }
    /* "its" for "it's" in web text: it|s before a word that cannot follow
     * the possessive. */
    if (n == 3 && ieq(w, 3, "its") && its_is_it_is(st, e)) {
        push(st, b, b + 2, SEG_WORD, 0);
        push(st, b + 2, e, SEG_WORD, 0);
        return;
    }
    /* n't: "don't" -> do|n't, "can't" -> ca|n't. */
    if (n >= 4 && lower_ascii(w[n - 1]) == 't') {
        size_t ap = 0;
        if (w[n - 2] == '\'') ap = 1;
        else if (n >= 6 && w[n - 4] == 0xE2 && w[n - 3] == 0x80 && w[n - 2] == 0x99) ap = 3;
        if (ap && n >= ap + 3 && lower_ascii(w[n - 2 - ap]) == 'n') {
            size_t cut = n - 2 - ap;
            push(st, b, b + cut, SEG_WORD, 0);
            push(st, b + cut, e, SEG_WORD, 0);
            return;
        }
    }
    /* 's 'm 'd 're 've 'll (and with U+2019). */
    for (size_t tail = 1; tail <= 2 && tail < n; tail++) {
        size_t i = n - tail;
        const unsigned char *x = w + i;
        int ok = tail == 1 ? (lower_ascii(x[0]) == 's' || lower_ascii(x[0]) == 'm' ||
                              lower_ascii(x[0]) == 'd')
                           : ((lower_ascii(x[0]) == 'r' && lower_ascii(x[1]) == 'e') ||
                              (lower_ascii(x[0]) == 'v' && lower_ascii(x[1]) == 'e') ||
                              (lower_ascii(x[0]) == 'l' && lower_ascii(x[1]) == 'l'));
        if (!ok) continue;
        if (i >= 2 && w[i - 1] == '\'') {
            push(st, b, b + i - 1, SEG_WORD, 0);
            push(st, b + i - 1, e, SEG_WORD, 0);
            return;
        }
        if (i >= 4 && w[i - 3] == 0xE2 && w[i - 2] == 0x80 && w[i - 1] == 0x99) {
            push(st, b, b + i - 3, SEG_WORD, 0);
            push(st, b + i - 3, e, SEG_WORD, 0);
            return;
        }
    }
    push(st, b, e, SEG_WORD, 0);
}

/* UD English splits hyphens ("al - Assad", "15 - year"), except after a
 * prefix (non-, pre-, co-, e-mail ...) and inside phone numbers; measured on
 * EWT + GUM train, where these keep their hyphen 95% of the time. */
static int hyphen_joins(const unsigned char *s, size_t b, size_t q, size_t e) {
    static const char *const prefixes[] = {
        "non", "e", "re", "mid", "anti", "co", "pre", "pro", "cross", "post", "over",
        "semi", "multi", "ex", "sub", "counter", "mini", "neo", "socio", "psycho",
        "inter", "intra", "micro", "macro", "de", "bi", "tri", "ultra", "quasi",
        "pseudo", "hyper", "vice", "meta", "trans", "extra", "infra", "mega", "uni",
    };
    size_t n = q - b;
    if (n == 0 || n > 7) return 0;
    size_t d = b; /* x3-5213: an extension */
    if (n >= 2 && (s[b] == 'x' || s[b] == 'X')) d++;
    int digits = 1;
    for (size_t i = d; i < q; i++)
        if (!(char_class_ascii[s[i]] & CC_DIGIT)) digits = 0;
    if (digits) {
        n = q - d;
        /* 713-853-3989, 646-8420, 3-5213 (phone numbers and extensions);
         * not 1969-1970 or 20-93 */
        size_t r = q + 1, m = 0;
        while (r < e && (char_class_ascii[s[r]] & CC_DIGIT)) r++, m++;
        return n <= 3 && m >= 3;
    }
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (ieq(s + b, n, prefixes[i])) return 1;
    return 0;
}

/* Romanised given names keep their hyphen: "Jae-in", "Jong-un", "Ki-moon"
 * -- a capitalised syllable of two to four letters, a hyphen, and two to
 * four lower-case letters ending the word.  Split as UD does ("Jae - in"),
 * the "in" became a preposition and broke the parse of "Moon Jae-in". */
static int name_syllables(const unsigned char *s, size_t b, size_t q, size_t e) {
    size_t n = q - b;
    if (n < 2 || n > 4 || !(char_class_ascii[s[b]] & CC_UPPER)) return 0;
    for (size_t i = b + 1; i < q; i++)
        if (!(char_class_ascii[s[i]] & CC_LOWER)) return 0;
    size_t r = q + 1;
    while (r < e && (char_class_ascii[s[r]] & CC_LOWER)) r++;
    size_t m = r - (q + 1);
    if (m < 2 || m > 4) return 0;
    /* the syllable ends the word: not "Jae-in-law", nor a longer word */
    return r == e || (!(char_class_ascii[s[r]] & (CC_WORD | CC_NONASCII)) && s[r] != '-');
}

/* News writes who stands behind an actor as a hyphenated participle
 * compound: "Iran-backed rebels", "Russian-backed separatists",
 * "UN-brokered truce".  Split as UD does, the participle became a verb of
 * its own (a 051 support event of the rebels, or the sentence's predicate);
 * whole, the word is one modifier.  A capitalised word of two or more
 * letters, a hyphen, and a lower-case -ed or -ing word of four or more
 * letters ending the token.  (Lower-case ones, "so-called", "long-running",
 * stay split as the treebanks have them: joining them too cost 0.002 token
 * F1 on GUM dev.) */
static int participle_compound(const unsigned char *s, size_t b, size_t q, size_t e) {
    if (q - b < 2 || !(char_class_ascii[s[b]] & CC_UPPER)) return 0;
    for (size_t i = b; i < q; i++)
        if (!(char_class_ascii[s[i]] & (CC_UPPER | CC_LOWER))) return 0;
    size_t r = q + 1;
    while (r < e && (char_class_ascii[s[r]] & CC_LOWER)) r++;
    size_t m = r - (q + 1);
    if (m < 4 || (r < e && ((char_class_ascii[s[r]] & (CC_WORD | CC_NONASCII)) || s[r] == '-'))) return 0;
    return (s[r - 2] == 'e' && s[r - 1] == 'd') || (m >= 5 && s[r - 3] == 'i' && s[r - 2] == 'n' && s[r - 1] == 'g');
}

/* Place names joined by a short linking word keep their hyphens:
 * "Rostov-on-Don", "Mazar-i-Sharif", "Port-au-Prince", "Aix-en-Provence".
 * Split as UD splits hyphens, "Mazar" alone was a town in Jordan and
 * "Don" one in France, and either became the recipient's country.  True at
 * the hyphen before the linker (after a capitalised word) and at the one
 * after it, each time only when a capitalised word follows the linker. */
static int place_linker(const unsigned char *s, size_t p, size_t b, size_t q, size_t e) {
    static const char *const linkers[] = {
        "on", "upon", "under", "en", "sur", "sous", "le", "la", "les", "de", "du", "des", "au", "aux", "i",
        "e", "am", "an", "im", "bei", "di", "da", "do", "dos", "das", "del", "al", "el", "ul", "ud",
    };
    size_t lb, le;
    if (char_class_ascii[s[b]] & CC_UPPER) { /* the first hyphen: the linker follows */
        for (size_t i = b; i < q; i++)
            if (!(char_class_ascii[s[i]] & (CC_UPPER | CC_LOWER))) return 0;
        lb = q + 1;
    } else if (b > p + 1 && s[b - 1] == '-' && (char_class_ascii[s[b - 2]] & (CC_UPPER | CC_LOWER))) {
        lb = b; /* the second hyphen, the first one taken: the linker is the segment just taken */
    } else {
        return 0;
    }
    le = lb;
    while (le < e && (char_class_ascii[s[le]] & CC_LOWER)) le++;
    if (le == lb || le + 1 >= e || s[le] != '-' || !(char_class_ascii[s[le + 1]] & CC_UPPER)) return 0;
    if (lb == b && le != q) return 0;
    for (size_t i = 0; i < sizeof linkers / sizeof linkers[0]; i++)
        if (strlen(linkers[i]) == le - lb && memcmp(s + lb, linkers[i], le - lb) == 0) return 1;
    return 0;
}

/* End of the word starting at p (a word character) within chunk [p,e). */
static size_t scan_word(const tok_state *st, size_t p, size_t e) {
    const unsigned char *s = st->s;
    size_t q = p, seg_start = p;
    unsigned last = 0;
    while (q < e) {
        unsigned char ch = s[q];
        unsigned c = char_class_ascii[ch];
        if (c & CC_WORD) {
            last = c;
            q++;
            continue;
        }
        size_t k;
        if (c & CC_NONASCII) {
            c = cls_at(st, q, &k);
            if (c & CC_WORD) {
                last = c;
                q += k;
                continue;
            }
            /* U+2019 between letters: an apostrophe (Assad’s, don’t). */
            if (k == 3 && ch == 0xE2 && s[q + 1] == 0x80 && s[q + 2] == 0x99 && q + 3 < e &&
                (last & CC_ALNUM) && (cls_at(st, q + 3, NULL) & (CC_UPPER | CC_LOWER))) {
                q += 3;
                continue;
            }
            break;
        }
        size_t nk;
        unsigned next = q + 1 < e ? cls_at(st, q + 1, &nk) : 0;
        int take = 0;
        switch (ch) {
        case '-':
            /* a short cut-off word keeps its hyphen: "re- ", "w- " (disfluencies,
             * "pre- and post-war"); "service- " is a word and a dash */
            if (q + 1 == e && q - seg_start <= 4 && (char_class_ascii[s[seg_start]] & CC_LOWER))
                return q + 1;
            take = (next & CC_WORD) && (hyphen_joins(s, seg_start, q, e) || name_syllables(s, seg_start, q, e) ||
                                        participle_compound(s, seg_start, q, e) ||
                                        place_linker(s, p, seg_start, q, e));
            break;
        case '_': take = (next & CC_WORD) != 0; break;
        case '\'': take = (last & CC_ALNUM) && (next & (CC_UPPER | CC_LOWER)); break;
        case '.': take = (next & CC_ALNUM) != 0; break;
        case ':': take = (last & CC_DIGIT) && (next & CC_DIGIT); break;
        case '&': take = (last & (CC_UPPER | CC_LOWER)) && (next & (CC_UPPER | CC_LOWER)); break;
        case ',':
            /* 400,000 but not "1,2,3" lists of short numbers after a word */
            if ((last & CC_DIGIT) && q + 3 < e + 1 && q + 3 < st->len &&
                (char_class_ascii[s[q + 1]] & CC_DIGIT) && (char_class_ascii[s[q + 2]] & CC_DIGIT) &&
                (char_class_ascii[s[q + 3]] & CC_DIGIT) &&
                (q + 4 >= e || !(char_class_ascii[s[q + 4]] & CC_DIGIT)))
                take = 1;
            break;
        case '/':
            if ((last & CC_DIGIT) && (next & CC_DIGIT)) take = 1;
            else if (q - seg_start <= 2 && (next & CC_ALNUM)) {
                /* l/c, I/O: short letter groups stay one token; and/or splits */
                size_t r = q + 1;
                while (r < e && (char_class_ascii[s[r]] & CC_ALNUM)) r++;
                take = r - q - 1 <= 2;
            }
            break;
        default: break;
        }
        if (!take) break;
        q++;
        seg_start = q;
    }
    return q;
}

static int trailing_punct(unsigned char c) {
    return c && strchr(".,;:!?\"')]>}", c) != NULL;
}

static int email_local(unsigned char c) {
    return (char_class_ascii[c] & CC_ALNUM) || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-' || c == '\'';
}

static int domain_char(unsigned char c) {
    return (char_class_ascii[c] & CC_ALNUM) || c == '.' || c == '-' || c == '_';
}

/* Finds a URL or e-mail address inside chunk [p,e): sets [*ub,*ue) and
 * returns 1.  URLs: scheme://... or www. to the end of the chunk, less
 * trailing punctuation.  E-mail: local@domain (Enron-style name@ENRON too),
 * with an optional mailto: in front. */
static int find_url(const unsigned char *s, size_t p, size_t e, size_t *ub, size_t *ue) {
    size_t n = e - p;
    const unsigned char *c = s + p;
    const unsigned char *colon = n >= 6 ? memchr(c, ':', n) : NULL;
    while (colon && (size_t)(colon - c) + 2 < n) {
        size_t i = (size_t)(colon - c);
        if (c[i + 1] == '/' && c[i + 2] == '/' && i > 0) {
            size_t b = i;
            while (b > 0 && (char_class_ascii[c[b - 1]] & (CC_UPPER | CC_LOWER))) b--;
            size_t q = n;
            while (q > i + 3 && trailing_punct(c[q - 1])) q--;
            if (b < i && q > i + 3) {
                *ub = p + b;
                *ue = p + q;
                return 1;
            }
        }
        colon = memchr(colon + 1, ':', n - i - 1);
    }
    for (size_t i = 0; i + 4 < n && i < 3; i++) {
        if (ieq(c + i, 4, "www.") && (i == 0 || !(char_class_ascii[c[i - 1]] & CC_ALNUM))) {
            size_t q = n;
            while (q > i + 4 && trailing_punct(c[q - 1])) q--;
            if (q > i + 5) {
                *ub = p + i;
                *ue = p + q;
                return 1;
            }
        }
    }
    const unsigned char *at = memchr(c, '@', n);
    if (at && at > c && (size_t)(at - c) + 1 < n && email_local(at[-1]) &&
        (char_class_ascii[at[1]] & CC_ALNUM)) {
        size_t i = (size_t)(at - c), b = i;
        while (b > 0 && email_local(c[b - 1])) b--;
        while (b < i && (c[b] == '.' || c[b] == '\'' || c[b] == '-')) b++;
        if (b >= 7 && ieq(c + b - 7, 7, "mailto:")) b -= 7;
        size_t q = i + 1;
        while (q < n && domain_char(c[q])) q++;
        while (q > i + 1 && (c[q - 1] == '.' || c[q - 1] == '-')) q--;
        if (b < i && q > i + 1) {
            *ub = p + b;
            *ue = p + q;
            return 1;
        }
    }
    return 0;
}

/* Single-character punctuation kind (ASCII). */
static int ascii_punct_kind(unsigned char ch) {
    switch (ch) {
    case '(': case '[': case '{': return SEG_OPEN;
    case ')': case ']': case '}': return SEG_CLOSE;
    case '"': case '\'': case '`': return SEG_QUOTE;
    default: return SEG_PUNCT;
    }
}

static int nonascii_punct_kind(uint32_t cp) {
    switch (cp) {
    case 0x201C: case 0x2018: case 0x00AB: case 0x2039: case 0x201E: case 0x201A:
    case 0xFF08: case 0x300C: case 0x300E:
        return SEG_OPEN;
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0xFF09: case 0x300D:
    case 0x300F:
        return SEG_CLOSE;
    case 0x2026: return SEG_ELLIPSIS;
    case 0x3002: case 0xFF01: case 0xFF1F: return SEG_END;
    default: return SEG_PUNCT;
    }
}

static int is_bullet_cp(uint32_t cp) {
    return cp == 0x2022 || cp == 0x25CF || cp == 0x25AA || cp == 0x25A0 || cp == 0x25E6 ||
           cp == 0x2023 || cp == 0x2043 || cp == 0x00B7 || cp == 0x2219 || cp == 0x27A2 ||
           cp == 0x25BA;
}

/* First non-space byte at or after i, or 0. */
static unsigned char next_visible(const tok_state *st, size_t i) {
    while (i < st->len && (char_class_ascii[st->s[i]] & CC_SPACE)) i++;
    return i < st->len ? st->s[i] : 0;
}

static void tokenize_plain(tok_state *st, size_t p, size_t e);

static void tokenize_chunk(tok_state *st, size_t p, size_t e) {
    size_t ub, ue;
    if (e - p >= 3 && find_url(st->s, p, e, &ub, &ue)) {
        tokenize_plain(st, p, ub);
        push(st, ub, ue, SEG_URL, 0);
        tokenize_plain(st, ue, e);
        return;
    }
    tokenize_plain(st, p, e);
}

/* Tokenizes [p,e) (no whitespace, no URL inside). */
static void tokenize_plain(tok_state *st, size_t p, size_t e) {
    const unsigned char *s = st->s;
    while (p < e && !st->failed) {
        unsigned char ch = s[p];
        size_t k = 1;
        uint32_t cp = ch;
        unsigned c = char_class_ascii[ch];
        if (c & CC_NONASCII) c = char_class_at(s + p, st->len - p, &k, &cp);
        if (k > e - p) k = e - p;
        if (c & CC_WORD) {
            size_t q = scan_word(st, p, e);
            /* An abbreviation keeps its period ("etc..." does not). */
            if (q < e && s[q] == '.' && !(q + 1 < e && s[q + 1] == '.')) {
                int cls = abbrev_class((const char *)s + p, q - p,
                                       (char_class_ascii[next_visible(st, q + 1)] & CC_DIGIT) != 0);
                if (cls) {
                    push(st, p, q + 1, SEG_ABBREV, cls);
                    p = q + 1;
                    continue;
                }
            }
            /* "w/" (with) */
            if (q - p == 1 && (s[p] == 'w' || s[p] == 'W') && q < e && s[q] == '/') {
                push(st, p, q + 1, SEG_WORD, 0);
                p = q + 1;
                continue;
            }
            /* "1.", "2.1." or "a)" opening a line is a list marker. */
            if (st->line_start && q < e && q + 1 == e && (s[q] == '.' || s[q] == ')') &&
                ((q - p <= 2 && ((c & CC_DIGIT) || q - p == 1)) ||
                 (q - p <= 8 && (c & CC_DIGIT) && memchr(s + p, '.', q - p)))) {
                push(st, p, q + 1, SEG_BULLET, 0);
                p = q + 1;
                continue;
            }
            emit_word(st, p, q);
            p = q;
            continue;
        }
        /* ".432" (a batting average), ".5" */
        if (ch == '.' && p + 1 < e && (char_class_ascii[s[p + 1]] & CC_DIGIT) &&
            (p == 0 || !(char_class_ascii[s[p - 1]] & (CC_ALNUM | CC_NONASCII)))) {
            size_t q = scan_word(st, p + 1, e);
            push(st, p, q, SEG_WORD, 0);
            p = q;
            continue;
        }
        /* ".doc", ".NET": a file extension standing alone */
        if (ch == '.' && (p == 0 || (char_class_ascii[s[p - 1]] & CC_SPACE)) && p + 2 < e &&
            (char_class_ascii[s[p + 1]] & (CC_UPPER | CC_LOWER))) {
            size_t q = p + 1;
            while (q < e && (char_class_ascii[s[q]] & CC_ALNUM)) q++;
            if (q - p <= 5 && (q == e || trailing_punct(s[q])) && (q == e || s[q] != '.')) {
                push(st, p, q, SEG_WORD, 0);
                p = q;
                continue;
            }
        }
        if (ch == '.' || ch == '?' || ch == '!') {
            size_t q = p;
            int dots = 1;
            while (q < e && (s[q] == '.' || s[q] == '?' || s[q] == '!')) {
                if (s[q] != '.') dots = 0;
                q++;
            }
            push(st, p, q, dots && q - p >= 2 ? SEG_ELLIPSIS : SEG_END, 0);
            p = q;
            continue;
        }
        /* '90s, ’80s, 'em */
        if (ch == '\'' || (ch == 0xE2 && p + 2 < e && s[p + 1] == 0x80 && s[p + 2] == 0x99)) {
            size_t a = p + (ch == '\'' ? 1 : 3), q = a;
            while (q < e && (char_class_ascii[s[q]] & CC_ALNUM)) q++;
            int end_ok = q == e || !(cls_at(st, q, NULL) & CC_WORD);
            if (end_ok && ((q - a == 3 && (char_class_ascii[s[a]] & CC_DIGIT) &&
                            (char_class_ascii[s[a + 1]] & CC_DIGIT) && s[a + 2] == 's') ||
                           (q - a == 2 && s[a] == 'e' && s[a + 1] == 'm'))) {
                push(st, p, q, SEG_WORD, 0);
                p = q;
                continue;
            }
        }
        /* A clitic after a token that kept its period or closed a bracket:
         * "U.N.'s" -> U.N. 's */
        if ((ch == '\'' || (ch == 0xE2 && p + 2 < e && s[p + 1] == 0x80 && s[p + 2] == 0x99)) &&
            st->t->n && st->t->end[st->t->n - 1] == p) {
            size_t a = p + (ch == '\'' ? 1 : 3), q = a;
            while (q < e && (char_class_ascii[s[q]] & (CC_UPPER | CC_LOWER))) q++;
            if ((q == e || !(cls_at(st, q, NULL) & CC_WORD)) &&
                (ieq(s + a, q - a, "s") || ieq(s + a, q - a, "d") || ieq(s + a, q - a, "m") ||
                 ieq(s + a, q - a, "ll") || ieq(s + a, q - a, "re") || ieq(s + a, q - a, "ve"))) {
                push(st, p, q, SEG_WORD, 0);
                p = q;
                continue;
            }
        }
        if (c & CC_NONASCII || (k > 1)) {
            int kind = nonascii_punct_kind(cp);
            if (st->line_start && is_bullet_cp(cp)) kind = SEG_BULLET;
            push(st, p, p + k, kind, 0);
            p += k;
            continue;
        }
        /* #hashtag, @mention */
        if ((ch == '#' || ch == '@') && p + 1 < e && (cls_at(st, p + 1, NULL) & (CC_UPPER | CC_LOWER)) &&
            (p == 0 || !(char_class_ascii[s[p - 1]] & CC_ALNUM))) {
            size_t q = scan_word(st, p + 1, e);
            push(st, p, q, SEG_WORD, 0);
            p = q;
            continue;
        }
        /* ASCII punctuation. */
        if ((ch == ':' || ch == ';') && p + 1 < e &&
            (s[p + 1] == ')' || s[p + 1] == '(' || s[p + 1] == 'D' || s[p + 1] == 'P' ||
             (s[p + 1] == '-' && p + 2 < e && (s[p + 2] == ')' || s[p + 2] == '('))) ) {
            size_t q = p + (s[p + 1] == '-' ? 3 : 2);
            if (q == e) { /* an emoticon ends its chunk */
                push(st, p, q, SEG_PUNCT, 0);
                p = q;
                continue;
            }
        }
        int kind = ascii_punct_kind(ch);
        size_t q = p + 1;
        if (ch == ':' && q < e && s[q] == '?') q++; /* ":?" (mail gateways' mangled tabs) */
        if (kind == SEG_PUNCT || ch == '\'' || ch == '`')
            while (q < e && (s[q] == ch || ((ch == '-' || ch == '=') && (s[q] == '-' || s[q] == '='))))
                q++; /* "--", "**", "''", "``", "==--" */
        if (q - p == 2 && (ch == '\'' || ch == '`')) kind = SEG_QUOTE;
        if (st->line_start && q == e && (ch == '-' || ch == '*' || ch == '+' || ch == '>'))
            kind = SEG_BULLET;
        push(st, p, q, kind, 0);
        p = q;
    }
}

int seg_tokenize(const char *text, size_t len, arena *a, seg_tokens *out) {
    memset(out, 0, sizeof *out);
    tok_state st = {(const unsigned char *)text, len, a, out, 0, 1, 0};
    const unsigned char *s = st.s;
    size_t i = 0, line_begin = 0, line_extra = 0; /* line_extra: UTF-8 continuation bytes */
    while (i < len) {
        unsigned c = char_class_ascii[s[i]];
        size_t k = 1;
        if (c & CC_NONASCII) {
            uint32_t cp;
            c = char_class_at(s + i, len - i, &k, &cp);
        }
        if (c & CC_SPACE) {
            if (c & CC_NL) {
                size_t line = i - line_begin - line_extra; /* in characters */
                line_extra = 0;
                if (line > 0) {
                    out->n_lines++;
                    out->line_hist[line <= SEG_MAX_WRAP ? line : SEG_MAX_WRAP + 1]++;
                }
                if (st.newlines < 2) st.newlines++;
                st.line_start = 1;
                line_begin = i + k;
            } else {
                line_extra += k - 1;
            }
            i += k;
            continue;
        }
        line_extra += k - 1;
        /* A chunk runs to the next whitespace. */
        size_t e = i + k;
        int urlish = 0; /* ':' or '@' seen: look for a URL or address */
        while (e < len) {
            unsigned d = char_class_ascii[s[e]];
            if (!(d & (CC_SPACE | CC_NONASCII))) {
                if (d & CC_PUNCT) urlish |= s[e] == ':' || s[e] == '@'; /* (letters need no test) */
                e++;
                continue;
            }
            if (d & CC_SPACE) break;
            size_t kk;
            uint32_t cp;
            d = char_class_at(s + e, len - e, &kk, &cp);
            if (d & CC_SPACE) break;
            line_extra += kk - 1;
            e += kk;
        }
        /* www. may follow up to two opening marks */
        for (size_t w = i; w < i + 3 && w < e && !urlish; w++) urlish = (s[w] | 0x20) == 'w';
        if (urlish) tokenize_chunk(&st, i, e);
        else tokenize_plain(&st, i, e);
        if (st.failed) return -1;
        i = e;
    }
    return 0;
}
