/* dict_compat.c — TABARI and PETRARCH2 dictionaries into dyad's structures.
 *
 * Both formats are read as bytes: CRLF, NUL and Ctrl-Z bytes, stray Latin-1
 * bytes, malformed dates and a missing final newline are tolerated, each
 * quirk warned about once per coder (see ../shared/data/compat/README.md).
 *
 * Actors: a block is one or more phrases (a primary line, `+` synonyms, a
 * primary without a code takes the codes that follow) with codes inline
 * (`PHRASE [CODE] [CODE 991201-010114]`) or on TAB-indented lines.
 * `[CODE <date]`, `[CODE >date]`, YYMMDD or YYYYMMDD; `---` codes nothing.
 * Agents: `[~GOV]` appends the sector to the actor, `[NGO~]` prepends it;
 * PETRARCH `!SET! = A, B` substitutions and `{plural}` forms.
 * Verbs: blocks (`--- NAME [code] ---` in PETRARCH, a root line in TABARI)
 * list verbs; every pattern applies to every verb of its block.  Patterns
 * are flattened onto the tree: after `*`, `PREP +` or `(PREP)` = recipient
 * oblique, the first noun / `{NOUN PHRASE}` / `&SYNSET` / `(PREP NOUN)` =
 * required object (obj or oblique), words before `*` are not used. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "code/dict.h"

enum quirk { Q_NUL = 0, Q_CTRLZ, Q_BADDATE, Q_LATIN1, Q_NOCODE, Q_FINISH, Q_BADPAT, Q_CRLF, Q_COMMENT };

/* ---------------------------------------------------------------- lines */

typedef struct reader {
    dict *d;
    const char *path;
    char *data;
    size_t len, pos;
    uint32_t line;
    int petrarch;          /* comment style */
    int in_xml_comment;
} reader;

static int rd_open(reader *r, dict *d, const char *path, int petrarch, dyad_error *err) {
    memset(r, 0, sizeof *r);
    r->d = d;
    r->path = arena_strndup(&d->mem, path, strlen(path));
    r->petrarch = petrarch;
    r->data = dict_read_file(path, &r->len, err);
    if (!r->data) return -1;
    /* NUL and Ctrl-Z bytes inside names: dropped, warned once */
    size_t o = 0;
    for (size_t i = 0; i < r->len; i++) {
        unsigned char c = (unsigned char)r->data[i];
        if (c == 0) { dict_warn_once(d, Q_NUL, "%s: NUL byte(s) ignored", path); continue; }
        if (c == 0x1a) { dict_warn_once(d, Q_CTRLZ, "%s: Ctrl-Z byte(s) ignored", path); continue; }
        if (c == '\r') continue;
        r->data[o++] = (char)c;
    }
    r->len = o;
    r->data[o] = 0;
    return 0;
}

/* Next line with comments removed (in place); NULL at the end. */
static char *rd_line(reader *r) {
    while (r->pos < r->len) {
        char *s = r->data + r->pos;
        char *nl = memchr(s, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - s) : r->len - r->pos;
        r->pos += n + (nl ? 1 : 0);
        s[n] = 0;
        r->line++;
        if (!strncmp(s, "~~FINISH", 8)) {
            r->pos = r->len;
            return NULL;
        }
        /* XML comments, possibly over several lines */
        char *p = s;
        for (;;) {
            if (r->in_xml_comment) {
                char *end = strstr(p, "-->");
                if (!end) { *p = 0; break; }
                memmove(p, end + 3, strlen(end + 3) + 1);
                r->in_xml_comment = 0;
                continue;
            }
            char *start = strstr(p, "<!--");
            if (!start) break;
            r->in_xml_comment = 1;
            p = start;
        }
        if (r->petrarch) {
            if (s[0] == '#') s[0] = 0;
            for (char *q = s; *q; q++)
                if (*q == '#' && q > s && isspace((unsigned char)q[-1])) { *q = 0; break; }
        } else {
            if (s[0] == '#' || s[0] == '/') s[0] = 0;
            char *semi = strchr(s, ';');
            if (semi) *semi = 0;
            /* Internatnl mixes '#' comments after the code */
            char *br = strrchr(s, ']');
            char *hash = strchr(s, '#');
            if (hash && br && hash > br) *hash = 0;
        }
        for (unsigned char *q = (unsigned char *)s; *q; q++)
            if (*q >= 0x80) {
                /* not necessarily UTF-8: kept as bytes */
                break;
            }
        size_t m = strlen(s);
        while (m && isspace((unsigned char)s[m - 1])) s[--m] = 0;
        return s;
    }
    return NULL;
}

static void rd_close(reader *r) { free(r->data); }

/* ---------------------------------------------------------------- dates */

/* YYMMDD or YYYYMMDD -> YYYYMMDD; -1 when malformed.  Day 31 of a short
 * month ("040931") is kept: dates compare as integers. */
static int32_t legacy_date(const char *s, size_t n) {
    while (n && isspace((unsigned char)*s)) { s++; n--; }          /* "19950601 - 19990815" */
    while (n && isspace((unsigned char)s[n - 1])) n--;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    if (n == 6) {
        long yy = v / 10000;
        return (int32_t)((yy < 30 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000); /* 320101 = 1932 */
    }
    if (n == 8) return (int32_t)v;
    return -1;
}

/* One "[CODE date]" body -> code + range; returns 0, 1 (no range) or -1. */
static int parse_code_body(reader *r, const char *b, size_t n, char *code, size_t code_size, date_range *dr,
                           int *has_range) {
    while (n && isspace((unsigned char)*b)) { b++; n--; }
    while (n && isspace((unsigned char)b[n - 1])) n--;
    size_t k = 0;
    while (k < n && !isspace((unsigned char)b[k])) k++;
    if (k >= code_size) k = code_size - 1;
    memcpy(code, b, k);
    code[k] = 0;
    *has_range = 0;
    const char *d = b + k;
    size_t dn = n - k;
    while (dn && isspace((unsigned char)*d)) { d++; dn--; }
    if (!dn) return 0;
    /* a code that is itself a date: "[991201-010114]" (commented-out errors) */
    int32_t a, z;
    if (d[0] == '<' || d[0] == '>') {
        const char *q = d + 1;
        size_t qn = dn - 1;
        while (qn && isspace((unsigned char)*q)) { q++; qn--; } /* "[CODE > 050211]" */
        int32_t v = legacy_date(q, qn);
        if (v < 0) goto bad;
        dr->from = d[0] == '<' ? 0 : v;
        dr->to = d[0] == '<' ? v : 99991231;
        *has_range = 1;
        return 0;
    }
    const char *dash = memchr(d, '-', dn);
    if (!dash) goto bad;
    a = legacy_date(d, (size_t)(dash - d));
    z = legacy_date(dash + 1, dn - (size_t)(dash - d) - 1);
    if (a < 0 || z < 0) goto bad;
    dr->from = a;
    dr->to = z;
    *has_range = 1;
    return 0;
bad:
    dict_warn_once(r->d, Q_BADDATE, "%s:%u: malformed date '%.*s' (code used without it; further bad dates not reported)",
                   r->path, r->line, (int)dn, d);
    return 1;
}

/* ---------------------------------------------------------------- actors */

typedef struct block {
    char **phrases; uint32_t n_phr, cap_phr;
    uint32_t *recs; uint32_t n_rec, cap_rec;
} block;

static int block_push_phrase(block *b, const char *p, size_t n) {
    if (b->n_phr == b->cap_phr) {
        uint32_t nc = b->cap_phr ? b->cap_phr * 2 : 16;
        char **q = realloc(b->phrases, nc * sizeof *q);
        if (!q) return -1;
        b->phrases = q;
        b->cap_phr = nc;
    }
    b->phrases[b->n_phr] = strndup(p, n);
    if (!b->phrases[b->n_phr]) return -1;
    b->n_phr++;
    return 0;
}

static int block_push_rec(block *b, uint32_t rec) {
    if (b->n_rec == b->cap_rec) {
        uint32_t nc = b->cap_rec ? b->cap_rec * 2 : 8;
        uint32_t *q = realloc(b->recs, nc * sizeof *q);
        if (!q) return -1;
        b->recs = q;
        b->cap_rec = nc;
    }
    b->recs[b->n_rec++] = rec;
    return 0;
}

static void block_clear(block *b) {
    for (uint32_t i = 0; i < b->n_phr; i++) free(b->phrases[i]);
    b->n_phr = 0;
    b->n_rec = 0;
}

/* Releases everything a block holds, at the end of a file. */
static void block_free(block *b) {
    block_clear(b);
    free(b->phrases);
    free(b->recs);
}

static int block_flush(dict *d, block *b) {
    int st = 0;
    for (uint32_t i = 0; i < b->n_phr && !st; i++)
        for (uint32_t k = 0; k < b->n_rec && !st; k++)
            if (dict_add_phrase(d, b->phrases[i], strlen(b->phrases[i]), b->recs[k], 0) < 0) {
                /* an empty phrase ("_") codes nothing; not fatal */
            }
    block_clear(b);
    return st;
}

/* Parses every [..] on a line into records; returns how many. */
static int parse_codes(reader *r, const char *s, int kind, block *b, int agent) {
    int n = 0;
    const char *p = s;
    while ((p = strchr(p, '['))) {
        const char *e = strchr(p, ']');
        if (!e) break;
        char code[64];
        date_range dr;
        int has = 0;
        parse_code_body(r, p + 1, (size_t)(e - p - 1), code, sizeof code, &dr, &has);
        p = e + 1;
        if (!code[0]) continue;
        if (isdigit((unsigned char)code[0]) && strchr(code, '-') && !has) continue; /* "[991201-010114]" */
        int prefix = 0;
        char *c = code;
        if (agent) {
            size_t cl = strlen(c);
            if (c[0] == '~') c++;
            else if (cl && c[cl - 1] == '~') { c[cl - 1] = 0; prefix = 1; }
        }
        uint32_t rec = dict_add_rec(r->d, c, strlen(c), kind, has ? &dr : NULL, has ? 1 : 0, r->path, r->line);
        if (rec == UINT32_MAX) return -1;
        r->d->recs[rec].agent_prefix = (uint8_t)prefix;
        if (has) r->d->stats.dated++;
        if (block_push_rec(b, rec)) return -1;
        n++;
    }
    return n;
}

/* Phrase text of a line: up to the first '[' or '{', trailing '_' dropped. */
static size_t phrase_part(const char *s, const char **start) {
    while (*s == '+' || isspace((unsigned char)*s)) s++;
    *start = s;
    size_t n = strcspn(s, "[{");
    while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '_')) n--;
    return n;
}

static int load_actors(dict *d, const char *path, int petrarch, dyad_error *err) {
    reader r;
    if (rd_open(&r, d, path, petrarch, err)) return err ? err->status : DYAD_ERR_INPUT;
    block b = {0};
    int in_wordlist = 0, st = 0;
    char *s;
    while ((s = rd_line(&r)) && !st) {
        if (!s[0]) continue;
        if (s[0] == '<') {
            /* TABARI <NOUN>/<ADJECTIVE> word lists are for its parser;
             * "<! -- ... -->" (a malformed comment in PETR.Validate) is a comment */
            if (!strncmp(s, "</", 2)) in_wordlist = 0;
            else if (!strncasecmp(s, "<NOUN>", 6) || !strncasecmp(s, "<ADJECTIVE>", 11)) in_wordlist = 1;
            else if (!strncmp(s, "<!", 2)) dict_warn_once(d, Q_COMMENT, "%s:%u: malformed comment '%.20s...' skipped", path, r.line, s);
            continue;
        }
        if (in_wordlist) continue;
        if (isspace((unsigned char)s[0])) {
            /* TAB-indented code line for the current block */
            if (parse_codes(&r, s, AK_ACTOR, &b, 0) < 0) st = -1;
            continue;
        }
        const char *ps;
        size_t pn = phrase_part(s, &ps);
        if (s[0] == '+') {
            if (pn && block_push_phrase(&b, ps, pn)) st = -1;
            d->stats.synonyms++;
            if (strchr(s, '[') && parse_codes(&r, s, AK_ACTOR, &b, 0) < 0) st = -1;
            continue;
        }
        /* a new primary: the previous block is complete if it has codes */
        if (b.n_rec) block_flush(d, &b);
        if (pn && block_push_phrase(&b, ps, pn)) st = -1;
        d->stats.primary++;
        if (parse_codes(&r, s, AK_ACTOR, &b, 0) < 0) st = -1;
    }
    if (b.n_rec) block_flush(d, &b);
    else if (b.n_phr) dict_warn_once(d, Q_NOCODE, "%s: phrase(s) without a code at the end ignored", path);
    block_free(&b);
    rd_close(&r);
    if (st) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    return 0;
}

int dict_load_tabari_actors(dict *d, const char *path, dyad_error *err) { return load_actors(d, path, 0, err); }
int dict_load_petrarch_actors(dict *d, const char *path, dyad_error *err) { return load_actors(d, path, 1, err); }

/* ---------------------------------------------------------------- agents */

typedef struct subst { char name[32]; char members[512]; } subst;

static void add_plural(char *out, size_t n, const char *p) {
    size_t len = strlen(p);
    char last = len ? (char)toupper((unsigned char)p[len - 1]) : 0;
    char prev = len > 1 ? (char)toupper((unsigned char)p[len - 2]) : 0;
    if (last == 'Y' && prev && !strchr("AEIOU", prev)) snprintf(out, n, "%.*sIES", (int)len - 1, p);
    else if (last == 'S' || last == 'X' || (last == 'H' && (prev == 'C' || prev == 'S'))) snprintf(out, n, "%sES", p);
    else snprintf(out, n, "%sS", p);
}

static int load_agents(dict *d, const char *path, int petrarch, dyad_error *err) {
    reader r;
    if (rd_open(&r, d, path, petrarch, err)) return err ? err->status : DYAD_ERR_INPUT;
    subst subs[32];
    int n_subs = 0, st = 0;
    block b = {0};
    char *s;
    while ((s = rd_line(&r)) && !st) {
        while (isspace((unsigned char)*s)) s++;
        if (!s[0]) continue;
        if (s[0] == '!' && strchr(s, '=')) {
            if (n_subs < 32) {
                char *eq = strchr(s, '=');
                snprintf(subs[n_subs].name, sizeof subs[n_subs].name, "%.*s", (int)(eq - s), s);
                char *nm = subs[n_subs].name;
                size_t k = strlen(nm);
                while (k && isspace((unsigned char)nm[k - 1])) nm[--k] = 0;
                snprintf(subs[n_subs].members, sizeof subs[n_subs].members, "%s", eq + 1);
                n_subs++;
            }
            continue;
        }
        const char *ps;
        size_t pn = phrase_part(s, &ps);
        if (!pn || !strchr(s, '[')) continue;
        char phrase[512];
        snprintf(phrase, sizeof phrase, "%.*s", (int)pn, ps);
        if (parse_codes(&r, s, AK_AGENT, &b, 1) < 0) { st = -1; break; }
        d->stats.agents++;
        /* forms: the phrase, substitutions, plurals */
        char forms[64][512];
        int nf = 0;
        char *bang = strchr(phrase, '!');
        char *bang2 = bang ? strchr(bang + 1, '!') : NULL;
        int substituted = 0;
        if (bang && bang2) {
            for (int i = 0; i < n_subs; i++) {
                size_t nl = strlen(subs[i].name);
                if ((size_t)(bang2 - bang + 1) != nl || strncmp(bang, subs[i].name, nl)) continue;
                char mem[512];
                snprintf(mem, sizeof mem, "%s", subs[i].members);
                char *save = NULL;
                for (char *tok = strtok_r(mem, ",", &save); tok && nf < 64; tok = strtok_r(NULL, ",", &save)) {
                    while (isspace((unsigned char)*tok)) tok++;
                    size_t tl = strlen(tok);
                    while (tl && isspace((unsigned char)tok[tl - 1])) tok[--tl] = 0;
                    /* "CONGRESS!PERSON!" -> CONGRESSMAN; "!MINST!_OF" -> MINISTER_OF */
                    snprintf(forms[nf++], 512, "%.*s%s%s", (int)(bang - phrase), phrase, tok, bang2 + 1);
                }
                substituted = 1;
            }
        }
        if (!substituted) snprintf(forms[nf++], 512, "%s", phrase);
        const char *brace = strchr(s, '{');
        int n_base = nf;
        if (brace) {
            const char *close = strchr(brace, '}');
            if (close && close > brace + 1) {
                char pl[512];
                snprintf(pl, sizeof pl, "%.*s", (int)(close - brace - 1), brace + 1);
                char *save = NULL;
                for (char *tok = strtok_r(pl, " ", &save); tok && nf < 64; tok = strtok_r(NULL, " ", &save))
                    snprintf(forms[nf++], 512, "%s", tok);
            }
        } else if (petrarch) {
            for (int i = 0; i < n_base && nf < 64; i++) {
                char pl[512];
                add_plural(pl, sizeof pl, forms[i]);
                snprintf(forms[nf++], 512, "%s", pl);
            }
        }
        for (int i = 0; i < nf && !st; i++) block_push_phrase(&b, forms[i], strlen(forms[i]));
        block_flush(d, &b);
    }
    block_free(&b);
    rd_close(&r);
    if (st) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    return 0;
}

int dict_load_tabari_agents(dict *d, const char *path, dyad_error *err) { return load_agents(d, path, 0, err); }
int dict_load_petrarch_agents(dict *d, const char *path, dyad_error *err) { return load_agents(d, path, 1, err); }

/* ---------------------------------------------------------------- discards */

int dict_load_petrarch_discards(dict *d, const char *path, dyad_error *err) {
    reader r;
    if (rd_open(&r, d, path, 1, err)) return err ? err->status : DYAD_ERR_INPUT;
    char *s;
    uint32_t rec = dict_add_rec(d, "DISCARD", 7, AK_DISCARD, NULL, 0, r.path, 0);
    if (rec == UINT32_MAX) { rd_close(&r); return set_error(err, DYAD_ERR_INTERNAL, "out of memory"); }
    while ((s = rd_line(&r))) {
        while (isspace((unsigned char)*s) || *s == '+') s++; /* story-level discards: sentence-level here */
        size_t n = strlen(s);
        while (n && (s[n - 1] == '_' || isspace((unsigned char)s[n - 1]))) n--;
        if (!n) continue;
        if (!dict_add_phrase(d, s, n, rec, 0)) d->stats.discards++;
    }
    rd_close(&r);
    return 0;
}

/* ---------------------------------------------------------------- verbs */

typedef struct synset { char name[64]; uint32_t *heads; uint32_t n, cap; } synset;

typedef struct verbs_state {
    reader r;
    synset *syn; uint32_t n_syn, cap_syn;
    /* current block */
    struct vb { uint32_t lemma; uint32_t part[4]; int n_part; char code[16]; int stem; } *vbs;
    uint32_t n_vb, cap_vb;
    char block_code[16];
} verbs_state;

static const char *const PREPS[] = {"of", "to", "in", "on", "with", "against", "for", "from", "by", "into", "at",
                                    "over", "about", "toward", "towards", "upon", "under", "between", "among",
                                    "through", "across", "after", "before", "behind", "near", NULL};

static int is_prep(const char *w) {
    for (const char *const *p = PREPS; *p; p++)
        if (!strcasecmp(w, *p)) return 1;
    return 0;
}

static uint32_t wid(dict *d, const char *w, size_t n) {
    char tmp[128];
    while (n && w[n - 1] == '_') n--;
    size_t m = word_norm(w, n, tmp, sizeof tmp);
    return m ? dict_word(d, tmp, m) : WORD_NONE;
}

/* Head word (last word) of a phrase "UNGUIDED_ROCKET" -> rocket. */
static uint32_t head_word(dict *d, const char *p) {
    size_t n = strlen(p);
    while (n && (p[n - 1] == '_' || isspace((unsigned char)p[n - 1]))) n--;
    size_t b = n;
    while (b && p[b - 1] != '_' && p[b - 1] != ' ') b--;
    if (b == n) return WORD_NONE;
    return wid(d, p + b, n - b);
}

static synset *find_syn(verbs_state *v, const char *name, size_t n) {
    for (uint32_t i = 0; i < v->n_syn; i++)
        if (strlen(v->syn[i].name) == n && !strncasecmp(v->syn[i].name, name, n)) return &v->syn[i];
    return NULL;
}

static int syn_add(synset *s, uint32_t w) {
    if (w == WORD_NONE) return 0;
    for (uint32_t i = 0; i < s->n; i++)
        if (s->heads[i] == w) return 0;
    if (s->n == s->cap) {
        uint32_t nc = s->cap ? s->cap * 2 : 16;
        uint32_t *q = realloc(s->heads, nc * sizeof *q);
        if (!q) return -1;
        s->heads = q;
        s->cap = nc;
    }
    s->heads[s->n++] = w;
    return 0;
}

static synset *new_syn(verbs_state *v, const char *name, size_t n) {
    if (v->n_syn == v->cap_syn) {
        uint32_t nc = v->cap_syn ? v->cap_syn * 2 : 32;
        synset *q = realloc(v->syn, nc * sizeof *q);
        if (!q) return NULL;
        v->syn = q;
        v->cap_syn = nc;
    }
    synset *s = &v->syn[v->n_syn++];
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%.*s", (int)n, name);
    return s;
}

/* A block verb line: "HURRY {HURRIES ...}", "+SIDE_WITH", "WIRE_+TAP", "BROKER [045]". */
static int add_block_verb(verbs_state *v, const char *s, int tabari) {
    dict *d = v->r.d;
    if (v->n_vb == v->cap_vb) {
        uint32_t nc = v->cap_vb ? v->cap_vb * 2 : 16;
        void *q = realloc(v->vbs, nc * sizeof *v->vbs);
        if (!q) return -1;
        v->vbs = q;
        v->cap_vb = nc;
    }
    struct vb *b = &v->vbs[v->n_vb];
    memset(b, 0, sizeof *b);
    b->lemma = WORD_NONE;
    const char *end = s + strcspn(s, "[{");
    char words[256];
    size_t wn = (size_t)(end - s);
    if (wn >= sizeof words) wn = sizeof words - 1;
    memcpy(words, s, wn);
    words[wn] = 0;
    while (wn && isspace((unsigned char)words[wn - 1])) words[--wn] = 0;
    int stem = tabari && wn && words[wn - 1] != '_';
    /* pieces split on '_' and spaces; '+' marks the verb in multiword verbs */
    char *pieces[16];
    int np = 0, verb_at = 0;
    int leading_plus = words[0] == '+';
    /* strtok_r, not strtok: dictionaries may be loaded on several threads. */
    char *save = NULL;
    for (char *tok = strtok_r(words + leading_plus, "_ ", &save); tok && np < 16; tok = strtok_r(NULL, "_ ", &save)) {
        if (tok[0] == '+') { verb_at = np; tok++; }
        pieces[np++] = tok;
    }
    if (!np) return 0;
    b->lemma = wid(d, pieces[verb_at], strlen(pieces[verb_at]));
    for (int i = verb_at + 1; i < np && b->n_part < 4; i++) b->part[b->n_part++] = wid(d, pieces[i], strlen(pieces[i]));
    if (np > 1) stem = 0;
    b->stem = stem;
    const char *br = strchr(s, '[');
    if (br) {
        size_t k = strcspn(br + 1, "]: ");
        snprintf(b->code, sizeof b->code, "%.*s", (int)k, br + 1);
    }
    if (b->lemma == WORD_NONE) return 0;
    v->n_vb++;
    d->stats.verbs++;
    return 0;
}

/* Required words: groups of alternatives, each group one loose obj= item. */
typedef struct word_groups {
    uint32_t w[512];
    int start[8], n[8];
    int n_groups, n_w;
} word_groups;

static void wg_begin(word_groups *g) {
    if (g->n_groups < 8) { g->start[g->n_groups] = g->n_w; g->n[g->n_groups] = 0; }
}
static void wg_add(word_groups *g, uint32_t id) {
    if (id == WORD_NONE || g->n_groups >= 8 || g->n_w >= 512) return;
    g->w[g->n_w++] = id;
    g->n[g->n_groups]++;
}
static void wg_end(word_groups *g) {
    if (g->n_groups < 8 && g->n[g->n_groups] > 0) g->n_groups++;
}

static int add_pat(dict *d, uint32_t lemma, const char *code, int stem, const uint32_t *part, int n_part,
                   const word_groups *groups, int obj_in_obl, const uint32_t *prep, int n_prep,
                   const char *file, uint32_t line, const char *text, int compound) {
    if (!code[0]) return 0;
    verb_pat p;
    memset(&p, 0, sizeof p);
    p.compound_subj = (uint8_t)(compound & 1);
    p.compound_rec = (uint8_t)((compound >> 1) & 1);
    p.code = arena_strndup(&d->mem, code, strlen(code));
    p.lemma = lemma;
    p.stem = (uint8_t)stem;
    p.obj_in_obl = 1; /* always loose: see verb_pat */
    (void)obj_in_obl;
    (void)0;
    p.file = file;
    p.line = line;
    p.text = arena_strndup(&d->mem, text, strlen(text));
    pat_build b;
    b.n_it = b.n_w = 0;
    for (int i = 0; i < n_part; i++) pb_add(&b, IT_PART, 0, &part[i], 1);
    for (int g = 0; groups && g < groups->n_groups; g++)
        pb_add(&b, IT_OBJ, 0, groups->w + groups->start[g], groups->n[g]);
    if (n_prep) pb_add(&b, IT_REC, 0, prep, n_prep);
    return dict_add_pattern(d, &p, &b) == UINT32_MAX ? -1 : 0;
}

/* Flattens one pattern line and adds it for every verb of the block. */
static int add_block_pattern(verbs_state *v, const char *s, int tabari) {
    dict *d = v->r.d;
    d->stats.pattern_lines++;
    const char *br = strrchr(s, '[');
    if (!br) { dict_warn_once(d, Q_BADPAT, "%s:%u: pattern without [code] skipped", v->r.path, v->r.line); return 0; }
    char code[16];
    size_t k = strcspn(br + 1, "]: ");
    snprintf(code, sizeof code, "%.*s", (int)(k < 15 ? k : 15), br + 1);
    char body[1024];
    snprintf(body, sizeof body, "%.*s", (int)(br - s - 1), s + 1); /* after the dash, before [ */
    for (size_t bl = strlen(body); bl && isspace((unsigned char)body[bl - 1]);) body[--bl] = 0;
    const char *star = strchr(body, '*');
    if (!star) return 0;
    /* tokenise what follows '*' */
    char post[1024];
    snprintf(post, sizeof post, "%s", star + 1);
    word_groups wg;
    memset(&wg, 0, sizeof wg);
    int obj_in_obl = 0;
    uint32_t prep[4];
    int n_prep = 0, negated = 0;
    char *p = post;
    const char *pending_prep = NULL;
    int in_paren = 0, paren_words = 0;
    char paren_prep[128] = "";
    while (*p) {
        while (*p == ' ' || *p == '_' || *p == '\t') p++;
        if (!*p) break;
        if (*p == '(') { in_paren = 1; paren_words = 0; paren_prep[0] = 0; p++; continue; }
        if (*p == ')') {
            if (in_paren && paren_prep[0] && !paren_words && n_prep < 4) prep[n_prep++] = wid(d, paren_prep, strlen(paren_prep));
            in_paren = 0;
            p++;
            continue;
        }
        if (*p == '{') {
            /* "{ARMS SHIPMENT}" (PETRARCH: every word) or "{ A | B }" (TABARI: one of) */
            char *close = strchr(p, '}');
            if (!close) break;
            *close = 0;
            char inner[512];
            snprintf(inner, sizeof inner, "%s", p + 1);
            p = close + 1;
            if (strchr(inner, '|')) {
                wg_begin(&wg);
                char *save = NULL;
                for (char *alt = strtok_r(inner, "|", &save); alt; alt = strtok_r(NULL, "|", &save)) {
                    while (*alt == ' ' || *alt == '_') alt++;
                    size_t an = strcspn(alt, " _");
                    if (an && alt[0] != '&') wg_add(&wg, wid(d, alt, an));
                }
                wg_end(&wg);
            } else {
                char *save = NULL;
                for (char *x = strtok_r(inner, " _", &save); x; x = strtok_r(NULL, " _", &save)) {
                    if (x[0] == '&' || x[0] == '+' || x[0] == '$' || x[0] == '%') continue;
                    wg_begin(&wg);
                    wg_add(&wg, wid(d, x, strlen(x)));
                    wg_end(&wg);
                }
            }
            if (in_paren) { obj_in_obl = 1; paren_words++; }
            continue;
        }
        size_t n = strcspn(p, " _\t(){}");
        char w[128];
        snprintf(w, sizeof w, "%.*s", (int)(n < 127 ? n : 127), p);
        p += n;
        if (!w[0]) { p++; continue; }
        if (!strcmp(w, "+")) {
            /* "WITH_ +" or "(WITH +)": the target is that oblique */
            if (pending_prep && n_prep < 4) prep[n_prep++] = wid(d, pending_prep, strlen(pending_prep));
            else if (in_paren && paren_prep[0] && n_prep < 4) { prep[n_prep++] = wid(d, paren_prep, strlen(paren_prep)); paren_prep[0] = 0; }
            pending_prep = NULL;
            continue;
        }
        if (!strcmp(w, "%") && (pending_prep || (in_paren && paren_prep[0]))) {
            /* "WITH %": a compound target in that oblique */
            const char *pp = pending_prep ? pending_prep : paren_prep;
            if (n_prep < 4) prep[n_prep++] = wid(d, pp, strlen(pp));
            paren_prep[0] = 0;
            pending_prep = NULL;
            continue;
        }
        if (!strcmp(w, "$") || !strcmp(w, "%") || !strcmp(w, "^") || !strcmp(w, "*")) { pending_prep = NULL; continue; }
        if (!strcasecmp(w, "not") || !strcasecmp(w, "no") || !strcasecmp(w, "never")) { negated = 1; continue; }
        if (w[0] == '&') {
            synset *sy = find_syn(v, w, strlen(w));
            if (in_paren) { obj_in_obl = 1; paren_words++; }
            if (sy) {
                wg_begin(&wg);
                for (uint32_t i = 0; i < sy->n; i++) wg_add(&wg, sy->heads[i]);
                wg_end(&wg);
            }
            continue;
        }
        if (in_paren && !paren_prep[0] && is_prep(w)) { snprintf(paren_prep, sizeof paren_prep, "%s", w); continue; }
        if (is_prep(w)) { pending_prep = w[0] ? arena_strndup(&d->mem, w, strlen(w)) : NULL; continue; }
        pending_prep = NULL;
        if (in_paren) { paren_words++; obj_in_obl = 1; }
        /* determiners and the like say little about the argument */
        if (!strcasecmp(w, "the") || !strcasecmp(w, "a") || !strcasecmp(w, "an") || !strcasecmp(w, "to")) continue;
        wg_begin(&wg);
        wg_add(&wg, wid(d, w, strlen(w)));
        wg_end(&wg);
    }
    if (negated) return 0; /* "- * NOT EXTEND DEADLINE": dyad handles negation itself */
    /* '%' = a compound actor: before the verb the subject, after it the target */
    int compound = 0;
    for (const char *q = body; q < star; q++)
        if (*q == '%') compound |= 1;
    if (strchr(star, '%')) compound |= 2;
    if (!wg.n_groups && !n_prep && !compound && tabari) return 0; /* only pre-verb context: the root code covers it */
    char text[1100];
    snprintf(text, sizeof text, "-%s", body);
    for (uint32_t i = 0; i < v->n_vb; i++) {
        struct vb *b = &v->vbs[i];
        if (add_pat(d, b->lemma, code, b->stem, b->part, b->n_part, &wg, obj_in_obl, prep, n_prep,
                    v->r.path, v->r.line, text, compound))
            return -1;
    }
    return 0;
}

/* Forgets the block's verbs (their default patterns were added by
 * open_defaults before the block's patterns). */
static int close_block(verbs_state *v) {
    v->n_vb = 0;
    v->block_code[0] = 0;
    return 0;
}

/* Each verb of the block gets its default code, before the block's
 * patterns (which win by specificity). */
static int open_defaults(verbs_state *v) {
    dict *d = v->r.d;
    for (uint32_t i = 0; i < v->n_vb; i++) {
        struct vb *b = &v->vbs[i];
        const char *code = b->code[0] ? b->code : v->block_code;
        if (!code[0]) continue;
        if (add_pat(d, b->lemma, code, b->stem, b->part, b->n_part, NULL, 0, NULL, 0, v->r.path, v->r.line,
                    dict_word_str(d, b->lemma), 0))
            return -1;
    }
    return 0;
}

static int load_verbs(dict *d, const char *path, int petrarch, dyad_error *err) {
    verbs_state v;
    memset(&v, 0, sizeof v);
    if (rd_open(&v.r, d, path, petrarch, err)) return err ? err->status : DYAD_ERR_INPUT;
    char *s;
    int st = 0, in_syn = 0, in_time = 0, defaults_done = 1;
    synset *cur_syn = NULL;
    while ((s = rd_line(&v.r)) && !st) {
        if (!s[0]) continue;
        if (!strncmp(s, "<SYNSETS>", 9)) { in_syn = 1; continue; }
        if (!strncmp(s, "</SYNSETS>", 10)) { in_syn = 0; cur_syn = NULL; continue; }
        if (!strncmp(s, "<TIME>", 6)) { in_time = 1; continue; }
        if (!strncmp(s, "</TIME>", 7)) { in_time = 0; continue; }
        if (in_time) continue;
        if (s[0] == '~') continue; /* PETRARCH transformations: reported speech is handled on the tree */
        if (s[0] == '&') {
            size_t n = strcspn(s, " \t");
            cur_syn = find_syn(&v, s, n);
            if (!cur_syn) cur_syn = new_syn(&v, s, n);
            if (!cur_syn) { st = -1; break; }
            d->stats.synsets++;
            continue;
        }
        if (s[0] == '+' && cur_syn && (in_syn || petrarch) && v.n_vb == 0) {
            const char *m = s + 1;
            if (m[0] == '&') { /* nested synset */
                synset *o = find_syn(&v, m, strcspn(m, " _\t"));
                if (o)
                    for (uint32_t i = 0; i < o->n; i++) syn_add(cur_syn, o->heads[i]);
                continue;
            }
            uint32_t h = head_word(d, m);
            if (h == WORD_NONE) h = wid(d, m, strlen(m));
            if (syn_add(cur_syn, h)) st = -1;
            continue;
        }
        if (petrarch && !strncmp(s, "---", 3)) {
            if (!defaults_done) st = open_defaults(&v);
            close_block(&v);
            cur_syn = NULL;
            d->stats.blocks++;
            const char *br = strchr(s, '[');
            if (br) {
                size_t k = strcspn(br + 1, "]: ");
                snprintf(v.block_code, sizeof v.block_code, "%.*s", (int)(k < 15 ? k : 15), br + 1);
            }
            defaults_done = 0;
            continue;
        }
        if (s[0] == '-') {
            if (!defaults_done) { st = open_defaults(&v); defaults_done = 1; }
            if (!st) st = add_block_pattern(&v, s, !petrarch);
            continue;
        }
        if (s[0] == '{') continue; /* TABARI irregular forms: the lemmatiser covers them */
        if (isspace((unsigned char)s[0])) continue;
        if (petrarch) {
            if (defaults_done && v.n_vb) { /* verbs after patterns: a new implicit block */
                close_block(&v);
                defaults_done = 0;
            }
            if (add_block_verb(&v, s, 0)) st = -1;
            continue;
        }
        /* TABARI: a root line starts a new block of one verb */
        if (!defaults_done) st = open_defaults(&v);
        close_block(&v);
        cur_syn = NULL;
        d->stats.blocks++;
        if (add_block_verb(&v, s, 1)) st = -1;
        if (v.n_vb) snprintf(v.block_code, sizeof v.block_code, "%s", v.vbs[0].code);
        v.vbs[0].code[0] = 0;
        defaults_done = 0;
    }
    if (!st && !defaults_done) st = open_defaults(&v);
    close_block(&v);
    for (uint32_t i = 0; i < v.n_syn; i++) free(v.syn[i].heads);
    free(v.syn);
    free(v.vbs);
    rd_close(&v.r);
    if (st) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    return 0;
}

int dict_load_tabari_verbs(dict *d, const char *path, dyad_error *err) { return load_verbs(d, path, 0, err); }
int dict_load_petrarch_verbs(dict *d, const char *path, dyad_error *err) { return load_verbs(d, path, 1, err); }
