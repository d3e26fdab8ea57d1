/* dict_dyad.c — dyad's own dictionary format (the files in data/dict/).
 *
 *   KEY KIND [in=CCC,CCC] [DATES]: phrase; phrase; ...      # comment
 *
 * in=: the entry holds only where the sentence (or else the story)
 * happens in one of those countries, and there it wins over the entries
 * without in=.
 * KIND: name adj people metonym person office igo group agent (actors),
 * region (a region: no actor, but its words are taken),
 * discard (a phrase that keeps its sentence from being coded: sports),
 * verb (KEY = CAMEO code, phrases are tree patterns), event (the CAMEO
 * table: "030 event: 4.0 1 AGREE | Express intent to cooperate").
 * Errors name file:line. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "code/dict.h"

static const struct { const char *name; int kind; } kinds[] = {
    {"name", AK_NAME},     {"adj", AK_ADJ},       {"people", AK_PEOPLE},
    {"metonym", AK_METONYM}, {"person", AK_PERSON}, {"office", AK_OFFICE},
    {"igo", AK_IGO},       {"ngo", AK_IGO},       {"group", AK_GROUP},   {"agent", AK_AGENT},
    {"actor", AK_ACTOR},   {"discard", AK_DISCARD}, {"region", AK_REGION},
};

static const char *trim(const char *s, const char *e, const char **end) {
    while (s < e && isspace((unsigned char)*s)) s++;
    while (e > s && isspace((unsigned char)e[-1])) e--;
    *end = e;
    return s;
}

/* 0: any case; 1: written with a capital (not all-lowercase text);
 * 2: an acronym ("UN", "US": not "Un", "us"). */
static int has_upper_first_word(const char *s, size_t n) {
    int upper = 0, lower = 0;
    size_t i = 0;
    for (; i < n && s[i] != ' '; i++) {
        if (isupper((unsigned char)s[i])) upper++;
        if (islower((unsigned char)s[i])) lower++;
    }
    if (upper >= 2 && !lower && n == i) return 2;
    return upper ? 1 : 0;
}

/* Parses one verb pattern into *p and b; returns 0 or -1 with *why.
 *   HEAD (lemma, n:lemma, or lemma_particle) then +PARTICLE, obj=L|L,
 *   PREP=L|L, @PREP|PREP, -, >L|L (later items constrain that verb). */
static int parse_pattern(dict *d, const char *s, size_t n, verb_pat *p, pat_build *b, const char **why) {
    int have_lemma = 0, seg = 0;
    size_t i = 0;
    b->n_it = b->n_w = 0;
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        size_t st = i;
        while (i < n && s[i] != ' ') i++;
        if (i == st) break;
        const char *w = s + st;
        size_t wn = i - st;
        if (!have_lemma) {
            if (wn > 2 && w[0] == 'n' && w[1] == ':') { p->noun = 1; w += 2; wn -= 2; }
            /* "pull_out": lemma + particle */
            size_t us = 0;
            while (us < wn && w[us] != '_') us++;
            char tmp[128];
            size_t m = word_norm(w, us, tmp, sizeof tmp);
            p->lemma = dict_word(d, tmp, m);
            if (p->lemma == WORD_NONE) { *why = "out of memory"; return -1; }
            while (us < wn) {
                size_t ps = ++us;
                while (us < wn && w[us] != '_') us++;
                m = word_norm(w + ps, us - ps, tmp, sizeof tmp);
                uint32_t id = m ? dict_word(d, tmp, m) : WORD_NONE;
                if (id != WORD_NONE && pb_add(b, IT_PART, 0, &id, 1)) { *why = "pattern too long"; return -1; }
            }
            have_lemma = 1;
            continue;
        }
        if (wn == 1 && w[0] == '-') { p->no_recipient = 1; continue; }
        int type;
        uint32_t ids[256];
        int k = 0;
        const char *eq = memchr(w, '=', wn);
        if (w[0] == '+') { type = IT_PART; w++; wn--; }
        else if (w[0] == '@') { type = IT_REC; w++; wn--; }
        else if (w[0] == '>') { type = IT_XCOMP; w++; wn--; }
        else if (wn > 4 && !memcmp(w, "obj=", 4)) { type = IT_OBJ; w += 4; wn -= 4; }
        else if (eq && eq > w) {
            /* PREP=L|L: the preposition first ("according_to" -> "according to"
             * is matched by its first word) */
            type = IT_PP;
            char tmp[128];
            size_t pn = (size_t)(eq - w), us = 0;
            while (us < pn && w[us] != '_') us++;
            size_t m = word_norm(w, us, tmp, sizeof tmp);
            ids[k++] = dict_word(d, tmp, m);
            wn -= pn + 1;
            w = eq + 1;
        } else { *why = "unknown pattern item (expected +WORD, obj=LEMMA, PREP=LEMMA, @PREP, >LEMMA or -)"; return -1; }
        int first_alt = k;
        size_t q = 0;
        while (q <= wn) {
            size_t qb = q;
            while (q < wn && w[q] != '|') q++;
            if (q > qb) {
                if (k >= 256) { *why = "too many alternatives"; return -1; }
                char tmp[128];
                /* "@according_to": the first word marks the oblique */
                size_t len = q - qb, us = 0;
                if (type == IT_REC || type == IT_PART) { while (us < len && w[qb + us] != '_') us++; len = us; }
                size_t m = word_norm(w + qb, len, tmp, sizeof tmp);
                uint32_t id = dict_word(d, tmp, m);
                if (id == WORD_NONE) { *why = "out of memory"; return -1; }
                ids[k++] = id;
            }
            q++;
        }
        if (k == first_alt) { *why = "empty pattern item"; return -1; }
        if (type == IT_PART) {
            for (int j = 0; j < k; j++)
                if (pb_add(b, IT_PART, seg, &ids[j], 1)) { *why = "pattern too long"; return -1; }
        } else if (pb_add(b, type, type == IT_XCOMP ? 0 : seg, ids, k)) {
            *why = "pattern too long";
            return -1;
        }
        if (type == IT_XCOMP) {
            if (seg) { *why = "more than one '>' item"; return -1; }
            seg = 1;
        }
    }
    if (!have_lemma) { *why = "empty pattern"; return -1; }
    return 0;
}

static int is_code(const char *s, size_t n) {
    if (!n || n > 15) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '~') return 0;
    return 1;
}

int dict_load_dyad(dict *d, const char *path, dyad_error *err) {
    size_t len;
    char *data = dict_read_file(path, &len, err);
    if (!data) return err ? err->status : DYAD_ERR_INPUT;
    const char *file = arena_strndup(&d->mem, path, strlen(path));
    int status = 0;
    uint32_t line = 0;
    const char *p = data, *end = data + len;
    while (p < end && !status) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        line++;
        const char *hash = memchr(p, '#', (size_t)(eol - p));
        const char *e;
        const char *s = trim(p, hash ? hash : eol, &e);
        p = eol + 1;
        if (s == e) continue;
        const char *colon = memchr(s, ':', (size_t)(e - s));
        /* n:LEMMA inside a verb line is after the record colon, so the first
         * colon always ends the head. */
        if (!colon) {
            status = set_error(err, DYAD_ERR_INPUT, "%s:%u: expected 'KEY KIND: phrase; ...'", path, line);
            break;
        }
        const char *key = s, *ke = s;
        while (ke < colon && !isspace((unsigned char)*ke)) ke++;
        const char *kind = ke, *kinde;
        while (kind < colon && isspace((unsigned char)*kind)) kind++;
        kinde = kind;
        while (kinde < colon && !isspace((unsigned char)*kinde)) kinde++;
        const char *dates = kinde, *datese;
        dates = trim(dates, colon, &datese);
        const char *places = NULL;
        size_t places_n = 0;
        if (datese - dates > 3 && !memcmp(dates, "in=", 3)) {
            places = dates + 3;
            while (places + places_n < datese && !isspace((unsigned char)places[places_n])) places_n++;
            int ok = places_n >= 3 && places_n % 4 == 3;
            for (size_t j = 0; ok && j < places_n; j++)
                ok = j % 4 == 3 ? places[j] == ',' : isupper((unsigned char)places[j]);
            if (!ok) {
                status = set_error(err, DYAD_ERR_INPUT, "%s:%u: bad place list '%.*s' (want in=CCC or in=CCC,CCC)",
                                   path, line, (int)places_n, places);
                break;
            }
            dates = trim(places + places_n, datese, &datese);
        }
        if (!is_code(key, (size_t)(ke - key)) || kind == kinde) {
            status = set_error(err, DYAD_ERR_INPUT, "%s:%u: expected 'KEY KIND: ...' with KEY a code", path, line);
            break;
        }
        size_t kn = (size_t)(kinde - kind);
        const char *body = colon + 1;
        if (kn == 5 && !memcmp(kind, "event", 5)) {
            /* 030 event: 4.0 1 AGREE | Express intent to cooperate */
            char tmp[512];
            size_t bn = (size_t)(e - body);
            if (bn >= sizeof tmp) bn = sizeof tmp - 1;
            memcpy(tmp, body, bn);
            tmp[bn] = 0;
            char *bar = strchr(tmp, '|');
            const char *name = "";
            if (bar) { *bar = 0; name = bar + 1; while (*name == ' ') name++; }
            double g;
            int q;
            char plover[32];
            char code[16];
            snprintf(code, sizeof code, "%.*s", (int)(ke - key), key);
            if (sscanf(tmp, "%lf %d %31s", &g, &q, plover) != 3 || q < 0 || q > 4 || g < -10 || g > 10) {
                status = set_error(err, DYAD_ERR_INPUT, "%s:%u: expected 'CODE event: GOLDSTEIN QUAD PLOVER|- | name'", path, line);
                break;
            }
            dict_add_cameo(d, code, g, q, strcmp(plover, "-") ? plover : NULL, name);
            continue;
        }
        if (kn == 4 && !memcmp(kind, "verb", 4)) {
            const char *q = body;
            while (q < e) {
                const char *semi = memchr(q, ';', (size_t)(e - q));
                if (!semi) semi = e;
                const char *pe;
                const char *ps = trim(q, semi, &pe);
                q = semi + 1;
                if (ps == pe) continue;
                verb_pat vp;
                memset(&vp, 0, sizeof vp);
                pat_build pb; /* ~4 KB, on the stack */
                const char *why = NULL;
                if (parse_pattern(d, ps, (size_t)(pe - ps), &vp, &pb, &why)) {
                    status = set_error(err, DYAD_ERR_INPUT, "%s:%u: pattern '%.*s': %s", path, line,
                                       (int)(pe - ps), ps, why);
                    break;
                }
                vp.code = arena_strndup(&d->mem, key, (size_t)(ke - key));
                vp.file = file;
                vp.line = line;
                vp.text = arena_strndup(&d->mem, ps, (size_t)(pe - ps));
                if (dict_add_pattern(d, &vp, &pb) == UINT32_MAX) {
                    status = set_error(err, DYAD_ERR_INTERNAL, "out of memory");
                    break;
                }
            }
            continue;
        }
        int k = -1;
        for (size_t j = 0; j < sizeof kinds / sizeof kinds[0]; j++)
            if (strlen(kinds[j].name) == kn && !memcmp(kinds[j].name, kind, kn)) k = kinds[j].kind;
        if (k < 0) {
            status = set_error(err, DYAD_ERR_INPUT, "%s:%u: unknown kind '%.*s'", path, line, (int)kn, kind);
            break;
        }
        size_t keylen = (size_t)(ke - key);
        if (k == AK_AGENT && keylen > 3) k = AK_AGENT_FULL;
        if (k == AK_METONYM && keylen >= 3 &&
            (!strncasecmp(key, "IGO", 3) || !strncasecmp(key, "NGO", 3) || !strncasecmp(key, "IMG", 3)))
            k = AK_IGO_METONYM;
        uint32_t first = 0, count = 0;
        if (dates < datese && dict_parse_dates(d, dates, (size_t)(datese - dates), &first, &count)) {
            status = set_error(err, DYAD_ERR_INPUT, "%s:%u: bad date range '%.*s' (want YYYY-MM-DD..YYYY-MM-DD, open ends allowed)",
                               path, line, (int)(datese - dates), dates);
            break;
        }
        uint32_t rec = dict_add_rec(d, key, keylen, k, NULL, 0, file, line);
        if (rec == UINT32_MAX) { status = set_error(err, DYAD_ERR_INTERNAL, "out of memory"); break; }
        d->recs[rec].first_range = first;
        d->recs[rec].n_ranges = count;
        if (places && !(d->recs[rec].places = arena_strndup(&d->mem, places, places_n))) {
            status = set_error(err, DYAD_ERR_INTERNAL, "out of memory");
            break;
        }
        const char *q = body;
        int n_phr = 0;
        while (q < e) {
            const char *semi = memchr(q, ';', (size_t)(e - q));
            if (!semi) semi = e;
            const char *pe;
            const char *ps = trim(q, semi, &pe);
            q = semi + 1;
            if (ps == pe) continue;
            if (dict_add_phrase(d, ps, (size_t)(pe - ps), rec, has_upper_first_word(ps, (size_t)(pe - ps)))) {
                status = set_error(err, DYAD_ERR_INPUT, "%s:%u: phrase '%.*s' is empty or too long", path, line,
                                   (int)(pe - ps), ps);
                break;
            }
            n_phr++;
        }
        if (!status && !n_phr)
            status = set_error(err, DYAD_ERR_INPUT, "%s:%u: no phrase after ':'", path, line);
    }
    free(data);
    return status;
}
