/* dict.c — interned words, the phrase trie, records, patterns, CAMEO table. */
#include "code/dict.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/error.h"
#include "base/hash.h"
#include "base/utf8.h"

#include <utf8proc.h>

#define GROW(arr, n, cap)                                                        \
    do {                                                                         \
        if ((n) == (cap)) {                                                      \
            uint32_t nc_ = (cap) ? (cap) * 2 : 64;                               \
            void *p_ = realloc((arr), (size_t)nc_ * sizeof *(arr));              \
            if (!p_) return -1;                                                  \
            (arr) = p_;                                                          \
            (cap) = nc_;                                                         \
        }                                                                        \
    } while (0)

void dict_init(dict *d) {
    memset(d, 0, sizeof *d);
    arena_init(&d->mem);
}

void dict_free(dict *d) {
    if (!d) return;
    free(d->words.str);
    free(d->words.len);
    free(d->words.slots);
    free(d->recs);
    free(d->ranges);
    free(d->entries);
    free(d->actors.keys);
    free(d->actors.vals);
    free(d->actors.terminal);
    free(d->actors.has_child);
    free(d->pats);
    free(d->pat_words);
    free(d->items);
    free(d->items_by_type);
    free(d->verb_first);
    free(d->cameo);
    arena_free(&d->mem);
    memset(d, 0, sizeof *d);
}

/* ---------------------------------------------------------------- words */

size_t word_norm(const char *s, size_t n, char *out, size_t out_size) {
    if (!out_size) return 0;
    /* the ASCII prefix (usually the whole word) in a tight loop; the loop
     * below goes on from the first other byte */
    size_t i = 0, lim = n < out_size - 1 ? n : out_size - 1;
    for (; i < lim && (unsigned char)s[i] < 0x80; i++) out[i] = (char)ascii_lower((unsigned char)s[i]);
    size_t o = i;
    while (i < n && o + 1 < out_size) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)ascii_lower(c); /* tolower in the C locale */
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k) { /* stray byte (legacy dictionaries): keep it */
            out[o++] = (char)c;
            i++;
            continue;
        }
        i += k;
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) cp = '\'';
        else if (cp >= 0x2010 && cp <= 0x2013) cp = '-';
        else cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
        char tmp[4];
        size_t m = utf8_encode(cp, tmp);
        if (o + m + 1 > out_size) break;
        memcpy(out + o, tmp, m);
        o += m;
    }
    out[o] = 0;
    return o;
}

static uint32_t word_hash(const char *w, size_t n) { return (uint32_t)hash_bytes(w, n, 7); }

uint32_t dict_word_find(const dict *d, const char *w, size_t n) {
    const wordtab *t = &d->words;
    if (!t->n_slots) return WORD_NONE;
    uint32_t mask = t->n_slots - 1;
    for (uint32_t i = word_hash(w, n) & mask;; i = (i + 1) & mask) {
        uint32_t v = t->slots[i];
        if (!v) return WORD_NONE;
        if (t->len[v - 1] == n && !memcmp(t->str[v - 1], w, n)) return v - 1;
    }
}

/* word_norm of the NUL-terminated s (as into a buffer of 256) looked up:
 * an ASCII word (nearly every token) is lower-cased and hashed in one pass,
 * without strlen; any other byte, or a word too long for the buffer, takes
 * word_norm's way.  The same id either way. */
uint32_t dict_word_find_norm(const dict *d, const char *s) {
    char tmp[256];
    uint64_t h = 1469598103934665603ULL ^ 7; /* word_hash: hash_bytes seed 7 */
    size_t n = 0;
    for (;; n++) {
        unsigned char c = (unsigned char)s[n];
        if (!c) break;
        if (c >= 0x80 || n == sizeof tmp - 1) {
            size_t m = word_norm(s, n + strlen(s + n), tmp, sizeof tmp);
            return dict_word_find(d, tmp, m);
        }
        c = ascii_lower(c);
        tmp[n] = (char)c;
        h = (h ^ c) * 1099511628211ULL;
    }
    const wordtab *t = &d->words;
    if (!t->n_slots) return WORD_NONE;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    uint32_t mask = t->n_slots - 1;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        uint32_t v = t->slots[i];
        if (!v) return WORD_NONE;
        if (t->len[v - 1] == n && !memcmp(t->str[v - 1], tmp, n)) return v - 1;
    }
}

static int words_rehash(wordtab *t, uint32_t n_slots) {
    uint32_t *slots = calloc(n_slots, sizeof *slots);
    if (!slots) return -1;
    for (uint32_t id = 0; id < t->n; id++) {
        const char *s = t->str[id];
        uint32_t i = word_hash(s, strlen(s)) & (n_slots - 1);
        while (slots[i]) i = (i + 1) & (n_slots - 1);
        slots[i] = id + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->n_slots = n_slots;
    return 0;
}

static int add_word(dict *d, const char *w, size_t n, uint32_t *id) {
    wordtab *t = &d->words;
    if ((t->n + 1) * 2 > t->n_slots && words_rehash(t, t->n_slots ? t->n_slots * 2 : 1024))
        return -1;
    if (t->n == t->cap) {
        uint32_t nc = t->cap ? t->cap * 2 : 64;
        char **ns = realloc(t->str, (size_t)nc * sizeof *ns);
        if (!ns) return -1;
        t->str = ns;
        uint32_t *nl = realloc(t->len, (size_t)nc * sizeof *nl);
        if (!nl) return -1;
        t->len = nl;
        t->cap = nc;
    }
    char *s = arena_strndup(&d->mem, w, n);
    if (!s) return -1;
    t->str[t->n] = s;
    t->len[t->n] = (uint32_t)n;
    uint32_t mask = t->n_slots - 1;
    uint32_t i = word_hash(w, n) & mask;
    while (t->slots[i]) i = (i + 1) & mask;
    t->slots[i] = t->n + 1;
    *id = t->n++;
    return 0;
}

uint32_t dict_word(dict *d, const char *w, size_t n) {
    uint32_t id = dict_word_find(d, w, n);
    if (id != WORD_NONE) return id;
    if (add_word(d, w, n, &id)) return WORD_NONE;
    return id;
}

const char *dict_word_str(const dict *d, uint32_t id) {
    return id < d->words.n ? d->words.str[id] : "";
}

/* One raw word (already cut at spaces) -> normalised pieces. */
static int push_piece(dict *d, const char *w, size_t n, uint32_t *ids, int *k, int max) {
    if (!n) return 0;
    char tmp[256];
    size_t m = word_norm(w, n, tmp, sizeof tmp);
    if (!m) return 0;
    if (*k >= max) return -1;
    uint32_t id = dict_word(d, tmp, m);
    if (id == WORD_NONE) return -1;
    ids[(*k)++] = id;
    return 0;
}

/* Splits one space-free chunk: "Moscow's" -> moscow 's; "pro-Assad" -> pro - assad. */
static int split_chunk(dict *d, const char *w, size_t n, uint32_t *ids, int *k, int max) {
    /* possessive 's / ’s at the end */
    size_t poss = 0;
    if (n > 2 && (w[n - 1] == 's' || w[n - 1] == 'S') && w[n - 2] == '\'') poss = 2;
    else if (n > 4 && (w[n - 1] == 's' || w[n - 1] == 'S') && !memcmp(w + n - 4, "\xe2\x80\x99", 3)) poss = 4;
    size_t body = n - poss;
    size_t start = 0;
    for (size_t i = 0; i <= body; i++) {
        int dash = i < body && w[i] == '-' && i > 0 && i + 1 < body;
        if (i == body || dash) {
            if (push_piece(d, w + start, i - start, ids, k, max)) return -1;
            if (dash && push_piece(d, "-", 1, ids, k, max)) return -1;
            start = i + 1;
        }
    }
    if (poss && push_piece(d, w + body, poss, ids, k, max)) return -1;
    return 0;
}

int dict_phrase_words(dict *d, const char *phrase, size_t n, uint32_t *ids, int max) {
    int k = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (phrase[i] == ' ' || phrase[i] == '_' || phrase[i] == '\t')) i++;
        size_t b = i;
        while (i < n && phrase[i] != ' ' && phrase[i] != '_' && phrase[i] != '\t') i++;
        if (i > b && split_chunk(d, phrase + b, i - b, ids, &k, max)) return -1;
    }
    return k;
}

/* ---------------------------------------------------------------- records */

uint32_t dict_add_rec(dict *d, const char *code, size_t code_len, int kind,
                      const date_range *ranges, uint32_t n_ranges, const char *file,
                      uint32_t line) {
    if (d->n_recs == d->cap_recs) {
        uint32_t nc = d->cap_recs ? d->cap_recs * 2 : 256;
        void *p = realloc(d->recs, nc * sizeof *d->recs);
        if (!p) return UINT32_MAX;
        d->recs = p;
        d->cap_recs = nc;
    }
    actor_rec *r = &d->recs[d->n_recs];
    memset(r, 0, sizeof *r);
    char *c = arena_strndup(&d->mem, code, code_len);
    if (!c) return UINT32_MAX;
    for (char *p = c; *p; p++) *p = (char)toupper((unsigned char)*p);
    r->code = c;
    r->kind = (uint8_t)kind;
    r->file = file;
    r->line = line;
    r->first_range = d->n_ranges;
    for (uint32_t i = 0; i < n_ranges; i++) {
        if (d->n_ranges == d->cap_ranges) {
            uint32_t nc = d->cap_ranges ? d->cap_ranges * 2 : 256;
            void *p = realloc(d->ranges, nc * sizeof *d->ranges);
            if (!p) return UINT32_MAX;
            d->ranges = p;
            d->cap_ranges = nc;
        }
        d->ranges[d->n_ranges++] = ranges[i];
    }
    r->n_ranges = n_ranges;
    return d->n_recs++;
}

/* ---------------------------------------------------------------- trie */

static uint64_t edge_hash(uint64_t key) { return hash_mix(key, 0x51ed27); }

uint32_t trie_child(const trie *t, uint32_t node, uint32_t word) {
    if (!t->n_slots || node >= t->n_nodes || !t->has_child[node]) return UINT32_MAX;
    uint64_t key = (((uint64_t)node << 32) | word) + 1;
    uint32_t mask = t->n_slots - 1;
    for (uint32_t i = (uint32_t)edge_hash(key) & mask;; i = (i + 1) & mask) {
        if (!t->keys[i]) return UINT32_MAX;
        if (t->keys[i] == key) return t->vals[i];
    }
}

static int trie_rehash(trie *t, uint32_t n_slots) {
    uint64_t *keys = calloc(n_slots, sizeof *keys);
    uint32_t *vals = calloc(n_slots, sizeof *vals);
    if (!keys || !vals) { free(keys); free(vals); return -1; }
    for (uint32_t j = 0; j < t->n_slots; j++) {
        if (!t->keys[j]) continue;
        uint32_t i = (uint32_t)edge_hash(t->keys[j]) & (n_slots - 1);
        while (keys[i]) i = (i + 1) & (n_slots - 1);
        keys[i] = t->keys[j];
        vals[i] = t->vals[j];
    }
    free(t->keys);
    free(t->vals);
    t->keys = keys;
    t->vals = vals;
    t->n_slots = n_slots;
    return 0;
}

static int trie_new_node(trie *t, uint32_t *out) {
    if (t->n_nodes == t->cap_nodes) {
        uint32_t nc = t->cap_nodes ? t->cap_nodes * 2 : 1024;
        int32_t *term = realloc(t->terminal, nc * sizeof *term);
        if (!term) return -1;
        t->terminal = term;
        uint8_t *hc = realloc(t->has_child, nc);
        if (!hc) return -1;
        t->has_child = hc;
        t->cap_nodes = nc;
    }
    t->terminal[t->n_nodes] = -1;
    t->has_child[t->n_nodes] = 0;
    *out = t->n_nodes++;
    return 0;
}

static int trie_step(trie *t, uint32_t node, uint32_t word, uint32_t *out) {
    uint32_t c = trie_child(t, node, word);
    if (c != UINT32_MAX) { *out = c; return 0; }
    if ((t->n_edges + 1) * 2 > t->n_slots && trie_rehash(t, t->n_slots ? t->n_slots * 2 : 4096))
        return -1;
    if (trie_new_node(t, &c)) return -1;
    uint64_t key = (((uint64_t)node << 32) | word) + 1;
    uint32_t mask = t->n_slots - 1;
    uint32_t i = (uint32_t)edge_hash(key) & mask;
    while (t->keys[i]) i = (i + 1) & mask;
    t->keys[i] = key;
    t->vals[i] = c;
    t->n_edges++;
    t->has_child[node] = 1;
    *out = c;
    return 0;
}

int dict_add_phrase_ids(dict *d, const uint32_t *ids, int n_words, uint32_t rec, int proper) {
    if (n_words <= 0) return -1;
    trie *t = &d->actors;
    uint32_t node = 0;
    if (!t->n_nodes && trie_new_node(t, &node)) return -1;
    node = 0;
    for (int i = 0; i < n_words; i++)
        if (trie_step(t, node, ids[i], &node)) return -1;
    /* The same phrase for the same record twice (synonym lists repeat): once. */
    for (int32_t e = t->terminal[node]; e >= 0; e = d->entries[e].next)
        if (d->entries[e].rec == rec) return 0;
    GROW(d->entries, d->n_entries, d->cap_entries);
    phrase_entry *pe = &d->entries[d->n_entries];
    pe->rec = rec;
    pe->proper = (uint8_t)proper;
    pe->n_words = (uint8_t)n_words;
    /* Keep file order: append at the end of the chain. */
    pe->next = -1;
    int32_t *link = &t->terminal[node];
    while (*link >= 0) link = &d->entries[*link].next;
    *link = (int32_t)d->n_entries++;
    if ((uint32_t)n_words > d->max_phrase) d->max_phrase = (uint32_t)n_words;
    d->n_phrases++;
    return 0;
}

int dict_add_phrase(dict *d, const char *phrase, size_t n, uint32_t rec, int proper) {
    uint32_t ids[64];
    int k = dict_phrase_words(d, phrase, n, ids, 64);
    if (k <= 0) return -1;
    return dict_add_phrase_ids(d, ids, k, rec, proper);
}

/* ---------------------------------------------------------------- verbs */

int pb_add(pat_build *b, int type, int seg, const uint32_t *ids, int n) {
    if (b->n_it >= 32 || n < 0 || b->n_w + n > 1024 || n > 65535) return -1;
    pat_item *it = &b->it[b->n_it++];
    it->type = (uint8_t)type;
    it->seg = (uint8_t)seg;
    it->n = (uint16_t)n;
    it->first = (uint32_t)b->n_w;
    memcpy(b->w + b->n_w, ids, (size_t)n * sizeof *ids);
    b->n_w += n;
    return 0;
}

uint32_t dict_add_pattern(dict *d, const verb_pat *p, const pat_build *b) {
    if (d->n_pats == d->cap_pats) {
        uint32_t nc = d->cap_pats ? d->cap_pats * 2 : 256;
        void *q = realloc(d->pats, nc * sizeof *d->pats);
        if (!q) return UINT32_MAX;
        d->pats = q;
        d->cap_pats = nc;
    }
    while (d->n_pat_words + (uint32_t)b->n_w > d->cap_pat_words) {
        uint32_t nc = d->cap_pat_words ? d->cap_pat_words * 2 : 1024;
        void *q = realloc(d->pat_words, nc * sizeof *d->pat_words);
        if (!q) return UINT32_MAX;
        d->pat_words = q;
        d->cap_pat_words = nc;
    }
    while (d->n_items + (uint32_t)b->n_it > d->cap_items) {
        uint32_t nc = d->cap_items ? d->cap_items * 2 : 1024;
        void *q = realloc(d->items, nc * sizeof *d->items);
        if (!q) return UINT32_MAX;
        d->items = q;
        q = realloc(d->items_by_type, nc * sizeof *d->items_by_type);
        if (!q) return UINT32_MAX;
        d->items_by_type = q;
        d->cap_items = nc;
    }
    if (p->lemma >= d->verb_first_n) {
        uint32_t nn = d->verb_first_n ? d->verb_first_n : 1024;
        while (nn <= p->lemma) nn *= 2;
        int32_t *q = realloc(d->verb_first, nn * sizeof *q);
        if (!q) return UINT32_MAX;
        for (uint32_t i = d->verb_first_n; i < nn; i++) q[i] = -1;
        d->verb_first = q;
        d->verb_first_n = nn;
    }
    verb_pat *np = &d->pats[d->n_pats];
    *np = *p;
    np->first_item = d->n_items;
    np->n_items = (uint16_t)b->n_it;
    np->has_obj = 0;
    int has_arg = 0;
    uint32_t sorted = d->n_items;
    for (int type = 0; type < IT__COUNT; type++)
        for (int i = 0; i < b->n_it; i++)
            if (b->it[i].type == type) {
                pat_item it = b->it[i];
                it.first += d->n_pat_words;
                d->items_by_type[sorted++] = it;
            }
    for (int i = 0; i < b->n_it; i++) {
        pat_item it = b->it[i];
        if (it.type == IT_OBJ && it.seg == 0) np->has_obj = 1;
        if (it.type == IT_OBJ || it.type == IT_PP || it.type == IT_XCOMP) has_arg = 1;
        it.first += d->n_pat_words;
        d->items[d->n_items++] = it;
    }
    np->bare_verb = !np->noun && !np->obj_in_obl && !np->stem && !has_arg;
    if (b->n_w) memcpy(d->pat_words + d->n_pat_words, b->w, (size_t)b->n_w * sizeof *b->w);
    d->n_pat_words += (uint32_t)b->n_w;
    np->next = -1;
    if (np->stem) d->n_stem_pats++;
    int32_t *link = &d->verb_first[p->lemma];
    while (*link >= 0) link = &d->pats[*link].next;
    *link = (int32_t)d->n_pats;
    return d->n_pats++;
}

int32_t dict_verb_first(const dict *d, uint32_t lemma) {
    return lemma < d->verb_first_n ? d->verb_first[lemma] : -1;
}

/* ---------------------------------------------------------------- cameo */

int dict_add_cameo(dict *d, const char *code, double goldstein, int quad,
                   const char *plover, const char *name) {
    GROW(d->cameo, d->n_cameo, d->cap_cameo);
    cameo_entry *e = &d->cameo[d->n_cameo];
    memset(e, 0, sizeof *e);
    snprintf(e->code, sizeof e->code, "%s", code);
    e->goldstein = goldstein;
    e->quad = quad;
    e->plover = plover ? arena_strndup(&d->mem, plover, strlen(plover)) : NULL;
    e->name = arena_strndup(&d->mem, name ? name : "", name ? strlen(name) : 0);
    d->n_cameo++;
    return 0;
}

static int cameo_cmp(const void *a, const void *b) {
    return strcmp(((const cameo_entry *)a)->code, ((const cameo_entry *)b)->code);
}

void dict_sort_cameo(dict *d) {
    if (d->n_cameo) qsort(d->cameo, d->n_cameo, sizeof *d->cameo, cameo_cmp);
}

static const cameo_entry *cameo_exact(const dict *d, const char *code) {
    cameo_entry key;
    /* snprintf(key.code, sizeof key.code, "%s", code), without the format
     * parsing (every event looks its code up) */
    size_t k = 0;
    for (; code[k] && k + 1 < sizeof key.code; k++) key.code[k] = code[k];
    key.code[k] = '\0';
    if (!d->n_cameo) return NULL;
    return bsearch(&key, d->cameo, d->n_cameo, sizeof *d->cameo, cameo_cmp);
}

const cameo_entry *dict_cameo(const dict *d, const char *code) {
    const cameo_entry *e = cameo_exact(d, code);
    if (e) return e;
    char tmp[8];
    size_t n = strlen(code);
    if (n > 3) {
        memcpy(tmp, code, 3);
        tmp[3] = 0;
        if ((e = cameo_exact(d, tmp))) return e;
    }
    if (n > 2) {
        memcpy(tmp, code, 2);
        tmp[2] = 0;
        if ((e = cameo_exact(d, tmp))) return e;
        /* The table keys roots as "010" style too. */
        tmp[2] = '0';
        tmp[3] = 0;
        if ((e = cameo_exact(d, tmp))) return e;
    }
    return NULL;
}

/* ---------------------------------------------------------------- misc */

void dict_warn_once(dict *d, unsigned quirk, const char *fmt, ...) {
    if (quirk < 32) {
        if (d->warned & (1u << quirk)) return;
        d->warned |= 1u << quirk;
    }
    if (d->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

char *dict_read_file(const char *path, size_t *len, dyad_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        set_error(err, DYAD_ERR_INPUT, "%s: cannot open", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap + 1);
    for (;;) {
        if (!data) break;
        size_t got = fread(data + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        cap *= 2;
        char *q = realloc(data, cap + 1);
        if (!q) { free(data); data = NULL; break; }
        data = q;
    }
    int bad = ferror(f);
    fclose(f);
    if (!data) {
        set_error(err, DYAD_ERR_INTERNAL, "%s: out of memory", path);
        return NULL;
    }
    if (bad) {
        free(data);
        set_error(err, DYAD_ERR_INPUT, "%s: read error", path);
        return NULL;
    }
    data[n] = 0;
    *len = n;
    return data;
}

/* "2000-05-07" -> 20000507; an empty string -> dflt. */
static int parse_ymd(const char *s, size_t n, int32_t dflt, int32_t *out) {
    while (n && s[0] == ' ') { s++; n--; }
    while (n && s[n - 1] == ' ') n--;
    if (!n) { *out = dflt; return 0; }
    int y = 0, m = 1, dd = 1, part = 0, digits = 0;
    int vals[3] = {0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        if (isdigit((unsigned char)s[i])) {
            vals[part] = vals[part] * 10 + (s[i] - '0');
            digits++;
        } else if (s[i] == '-' && part < 2 && digits) {
            part++;
            digits = 0;
        } else {
            return -1;
        }
    }
    if (!digits) return -1;
    y = vals[0];
    if (part >= 1) m = vals[1];
    if (part >= 2) dd = vals[2];
    else if (dflt > 20000000 && part == 1) dd = 31;      /* open month end */
    if (part == 0 && dflt > 20000000) { m = 12; dd = 31; }
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || dd < 1 || dd > 31) return -1;
    *out = y * 10000 + m * 100 + dd;
    return 0;
}

int dict_parse_dates(dict *d, const char *s, size_t n, uint32_t *first, uint32_t *count) {
    *first = d->n_ranges;
    *count = 0;
    size_t i = 0;
    while (i < n) {
        size_t b = i;
        while (i < n && s[i] != ',') i++;
        const char *r = s + b;
        size_t rn = i - b;
        if (i < n) i++;
        const char *dots = NULL;
        for (size_t k = 0; k + 1 < rn; k++)
            if (r[k] == '.' && r[k + 1] == '.') { dots = r + k; break; }
        date_range dr;
        if (dots) {
            if (parse_ymd(r, (size_t)(dots - r), 0, &dr.from) ||
                parse_ymd(dots + 2, rn - (size_t)(dots - r) - 2, 99991231, &dr.to))
                return -1;
        } else {
            /* a single date: that day */
            if (parse_ymd(r, rn, 0, &dr.from)) return -1;
            dr.to = dr.from;
        }
        GROW(d->ranges, d->n_ranges, d->cap_ranges);
        d->ranges[d->n_ranges++] = dr;
        (*count)++;
    }
    return 0;
}
