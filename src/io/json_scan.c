/* json_scan.c — the fast path for well-formed JSON Lines records.
 *
 * jansson builds a tree of every record and reads it a byte at a time
 * through callbacks: about 50 MB/s.  Almost every record in real data is
 * well formed, so this scanner reads just the fields we keep, word at a
 * time, and hands out strings in place.  It accepts only what jansson
 * accepts, with the same values; anything unusual (an error, an escape in a
 * key, an exponent, deep nesting, a wrong field type) returns 0 and the
 * record goes to jansson, which decides and words the error.  The fuzz
 * target fuzz_jsonl checks the two agree on every input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "io/reader_internal.h"

enum { V_NONE, V_STRING, V_NULL, V_INT };
enum { MAX_DEPTH = 32 }; /* deeper (rare) goes to jansson */

typedef struct value {
    int kind;
    char *s;          /* V_STRING: the bytes (in the line or in a field buf) */
    size_t n;
    char *end_quote;  /* in-place strings: where to put the NUL */
    size_t nuls;      /* "\u0000" escapes dropped */
    long long num;    /* V_INT */
} value;

typedef struct scan {
    char *s;
    size_t n, i;
} scan;

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* 1 when s[0..n) is valid UTF-8 without NUL bytes; ASCII runs are checked
 * eight bytes at a time. */
int text_is_clean(const char *s, size_t n) {
    size_t i = 0;
    for (;;) {
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            /* any byte >= 0x80, or any zero byte */
            if ((w & HIGHS) || ((w - ONES) & ~w & HIGHS)) break;
            i += 8;
        }
        if (i >= n) return 1;
        unsigned char c = (unsigned char)s[i];
        if (c && c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = c ? utf8_decode((const unsigned char *)s + i, n - i, &cp) : 0;
        if (!k) return 0;
        i += k;
    }
}

/* Index of the first '"', '\\' or control byte at or after i; n if none. */
static size_t special(const char *s, size_t n, size_t i) {
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t q = w ^ (ONES * '"'), b = w ^ (ONES * '\\');
        uint64_t hit = ((q - ONES) & ~q) | ((b - ONES) & ~b) | ((w - ONES * 0x20) & ~w);
        if (hit & HIGHS) break;
        i += 8;
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c < 0x20) return i;
    }
    return n;
}

static void skip_ws(scan *c) {
    while (c->i < c->n) {
        char ch = c->s[c->i];
        if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') break;
        c->i++;
    }
}

static int hex4(const char *s, uint32_t *v) {
    *v = 0;
    for (int k = 0; k < 4; k++) {
        char ch = s[k];
        int d = ch >= '0' && ch <= '9' ? ch - '0'
              : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (d < 0) return 0;
        *v = *v << 4 | (uint32_t)d;
    }
    return 1;
}

/* A string at c->i (on its '"').  Escapes are decoded into out, or only
 * checked when out is NULL. */
static int string(scan *c, buf *out, value *v) {
    size_t start = ++c->i, j = special(c->s, c->n, start);
    if (j >= c->n || (unsigned char)c->s[j] < 0x20) return 0;
    v->kind = V_STRING;
    v->nuls = 0;
    if (c->s[j] == '"') {
        v->s = c->s + start;
        v->n = j - start;
        v->end_quote = c->s + j;
        c->i = j + 1;
        return 1;
    }
    if (out) {
        buf_clear(out);
        if (buf_append(out, c->s + start, j - start)) return 0;
    }
    for (;;) {
        if (c->s[j] == '"') break;
        if (c->s[j] != '\\' || j + 1 >= c->n) return 0;
        char e = c->s[j + 1], ch = 0;
        j += 2;
        switch (e) {
        case '"': ch = '"'; break;
        case '\\': ch = '\\'; break;
        case '/': ch = '/'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'u': break;
        default: return 0;
        }
        if (e != 'u') {
            if (out && buf_putc(out, ch)) return 0;
        } else {
            uint32_t cp, lo;
            if (j + 4 > c->n || !hex4(c->s + j, &cp)) return 0;
            j += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF) return 0;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (j + 6 > c->n || c->s[j] != '\\' || c->s[j + 1] != 'u' ||
                    !hex4(c->s + j + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return 0;
                j += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            char enc[4];
            if (cp == 0) v->nuls++;
            else if (out && buf_append(out, enc, utf8_encode(cp, enc))) return 0;
        }
        size_t k = special(c->s, c->n, j);
        if (k >= c->n || (unsigned char)c->s[k] < 0x20) return 0;
        if (out && buf_append(out, c->s + j, k - j)) return 0;
        j = k;
    }
    c->i = j + 1;
    v->s = out ? out->data : NULL;
    v->n = out ? out->len : 0;
    v->end_quote = NULL;
    return 1;
}

/* An object key: a string without escapes (jansson refuses "\u0000" in
 * keys; escaped keys are rare enough to leave to it). */
static int key(scan *c, char **k, size_t *n) {
    if (c->i >= c->n || c->s[c->i] != '"') return 0;
    size_t start = c->i + 1, j = special(c->s, c->n, start);
    if (j >= c->n || c->s[j] != '"') return 0;
    *k = c->s + start;
    *n = j - start;
    c->i = j + 1;
    return 1;
}

/* A number as jansson's lexer takes it; exponents and long numbers (which
 * may overflow) are left to jansson. */
static int number(scan *c, int *is_int, long long *val) {
    size_t start = c->i, i = c->i;
    const char *s = c->s;
    if (i < c->n && s[i] == '-') i++;
    if (i >= c->n || s[i] < '0' || s[i] > '9') return 0;
    if (s[i] == '0') i++;
    else while (i < c->n && s[i] >= '0' && s[i] <= '9') i++;
    *is_int = 1;
    if (i < c->n && s[i] == '.') {
        i++;
        if (i >= c->n || s[i] < '0' || s[i] > '9') return 0;
        while (i < c->n && s[i] >= '0' && s[i] <= '9') i++;
        *is_int = 0;
    }
    if (i < c->n && (s[i] == 'e' || s[i] == 'E' || (s[i] >= '0' && s[i] <= '9'))) return 0;
    if (i - start > 18) return 0;
    if (*is_int) {
        long long v = 0;
        for (size_t k = start + (s[start] == '-'); k < i; k++) v = v * 10 + (s[k] - '0');
        *val = s[start] == '-' ? -v : v;
    }
    c->i = i;
    return 1;
}

static int literal(scan *c, const char *word) {
    size_t k = strlen(word);
    if (c->i + k > c->n || memcmp(c->s + c->i, word, k)) return 0;
    char next = c->i + k < c->n ? c->s[c->i + k] : ' ';
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) return 0;
    c->i += k;
    return 1;
}

static int skip_value(scan *c, int depth) {
    if (c->i >= c->n) return 0;
    char ch = c->s[c->i];
    value v;
    if (ch == '"') return string(c, NULL, &v);
    if (ch == 't') return literal(c, "true");
    if (ch == 'f') return literal(c, "false");
    if (ch == 'n') return literal(c, "null");
    if (ch == '-' || (ch >= '0' && ch <= '9')) {
        int is_int;
        long long x;
        return number(c, &is_int, &x);
    }
    if ((ch != '{' && ch != '[') || depth >= MAX_DEPTH) return 0;
    char close = ch == '{' ? '}' : ']';
    c->i++;
    skip_ws(c);
    if (c->i < c->n && c->s[c->i] == close) {
        c->i++;
        return 1;
    }
    for (;;) {
        if (ch == '{') {
            char *k;
            size_t n;
            if (!key(c, &k, &n)) return 0;
            skip_ws(c);
            if (c->i >= c->n || c->s[c->i] != ':') return 0;
            c->i++;
            skip_ws(c);
        }
        if (!skip_value(c, depth + 1)) return 0;
        skip_ws(c);
        if (c->i >= c->n) return 0;
        if (c->s[c->i] == close) {
            c->i++;
            return 1;
        }
        if (c->s[c->i] != ',') return 0;
        c->i++;
        skip_ws(c);
    }
}

static int field_of(const char *k, size_t n) {
    static const char *const names[N_FIELDS] = {"id", "text", "title", "url", "date"};
    for (int f = 0; f < N_FIELDS; f++)
        if (strlen(names[f]) == n && !memcmp(k, names[f], n)) return f;
    return -1;
}

/* One of our fields: a string, null, or (for "id") an integer. */
static int field_value(dyad_reader *r, scan *c, int f, value *v) {
    char ch = c->i < c->n ? c->s[c->i] : 0;
    if (ch == '"') return string(c, &r->field[f], v);
    if (ch == 'n' && literal(c, "null")) {
        v->kind = V_NULL;
        return 1;
    }
    int is_int;
    if (f == FIELD_ID && (ch == '-' || (ch >= '0' && ch <= '9')) &&
        number(c, &is_int, &v->num) && is_int) {
        v->kind = V_INT;
        return 1;
    }
    return 0;
}

int jsonl_scan(dyad_reader *r, char *line, size_t len, jsonl_fields *out) {
    scan c = {line, len, 0};
    value v[N_FIELDS];
    for (int f = 0; f < N_FIELDS; f++) v[f].kind = V_NONE;
    skip_ws(&c);
    if (c.i >= c.n || line[c.i] != '{') return 0;
    c.i++;
    skip_ws(&c);
    if (c.i < c.n && line[c.i] == '}') c.i++;
    else for (;;) {
        char *k;
        size_t n;
        if (!key(&c, &k, &n)) return 0;
        skip_ws(&c);
        if (c.i >= c.n || line[c.i] != ':') return 0;
        c.i++;
        skip_ws(&c);
        int f = field_of(k, n);
        /* A repeated key: the last one wins, as in jansson. */
        if (f >= 0 ? !field_value(r, &c, f, &v[f]) : !skip_value(&c, 1)) return 0;
        skip_ws(&c);
        if (c.i >= c.n) return 0;
        if (line[c.i] == '}') {
            c.i++;
            break;
        }
        if (line[c.i] != ',') return 0;
        c.i++;
        skip_ws(&c);
    }
    skip_ws(&c);
    if (c.i != c.n) return 0;

    /* Only a record jansson would also take as a document: everything
     * else gets its reason from the jansson path. */
    int id_ok = (v[FIELD_ID].kind == V_STRING && v[FIELD_ID].n > 0) || v[FIELD_ID].kind == V_INT;
    if (!id_ok || v[FIELD_TEXT].kind != V_STRING) return 0;
    /* A NUL in a date makes it not a date for jansson's path too. */
    if (v[FIELD_DATE].kind == V_STRING &&
        (v[FIELD_DATE].nuls || !dyad_date_parse_iso(v[FIELD_DATE].s, v[FIELD_DATE].n, &out->date)))
        return 0;
    out->has_date = v[FIELD_DATE].kind == V_STRING;
    out->repairs = 0;
    for (int f = 0; f < N_FIELDS; f++) {
        out->s[f] = NULL;
        out->n[f] = 0;
        if (v[f].kind == V_INT) {
            out->n[f] = (size_t)snprintf(r->number_id, sizeof r->number_id, "%lld", v[f].num);
            out->s[f] = r->number_id;
        } else if (v[f].kind == V_STRING) {
            if (v[f].end_quote) *v[f].end_quote = '\0';
            out->s[f] = v[f].s;
            out->n[f] = v[f].n;
            out->repairs += f == FIELD_DATE ? 0 : v[f].nuls;
        }
    }
    return 1;
}
