#include "resolve/placename.h"

#include <string.h>
#include <utf8proc.h>

#include "base/hash.h"
#include "base/utf8.h"

#define KEY_SEED 0x67617a6574746565ULL /* "gazettee" */

/* Letters that Unicode does not decompose but transliteration treats as
 * base letter variants.  Returns the ASCII replacement or NULL. */
static const char *special_letter(uint32_t cp) {
    switch (cp) {
    case 0x00F8: return "o";   /* ø */
    case 0x00E6: return "ae";  /* æ */
    case 0x0153: return "oe";  /* œ */
    case 0x0142: return "l";   /* ł */
    case 0x0131: return "i";   /* dotless ı */
    case 0x0111: return "d";   /* đ */
    case 0x0127: return "h";   /* ħ */
    case 0x00FE: return "th";  /* þ */
    case 0x00F0: return "d";   /* ð */
    case 0x00DF: return "ss";  /* ß (casefold does this too) */
    default: return NULL;
    }
}

/* Apostrophe-like characters vanish rather than split words: Ma'arrat ->
 * maarrat, Qal‘at -> qalat, ʿAfrin -> afrin. */
static int is_apostrophe(uint32_t cp) {
    return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC ||
           cp == 0x02BB || cp == 0x02BE || cp == 0x02BF || cp == 0x00B4 || cp == 0x02B9 ||
           cp == 0x02C8 || cp == 0x2032;
}

static int is_article(const char *w, size_t n) {
    static const char two[][3] = {"al", "el", "ad", "ar", "as", "at", "az", "an", "ed",
                                  "er", "es", "et", "ez", "ul", "il"};
    static const char three[][4] = {"ash", "adh", "ath"};
    /* every article has two or three letters: other words need no compare */
    if (n == 2) {
        for (size_t i = 0; i < sizeof two / sizeof *two; i++)
            if (w[0] == two[i][0] && w[1] == two[i][1]) return 1;
    } else if (n == 3) {
        for (size_t i = 0; i < sizeof three / sizeof *three; i++)
            if (!memcmp(w, three[i], 3)) return 1;
    }
    return 0;
}

typedef struct word { size_t start, len; } word;

size_t place_key(const char *s, size_t n, char out[PLACE_KEY_MAX]) {
    /* Pass 1: fold into a word buffer with single spaces between words. */
    char folded[PLACE_KEY_MAX * 2];
    size_t fl = 0;
    int pending_space = 0;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        uint32_t cp = p[i];
        size_t len = 1;
        /* ASCII (most bytes of English text) needs no decoding */
        if (cp >= 0x80 && (len = utf8_decode(p + i, n - i, &cp)) == 0) { i++; continue; } /* invalid byte: ignore */
        i += len;
        if (cp < 0x80 ? cp == '\'' || cp == '`' : is_apostrophe(cp)) continue;
        if (cp < 0x80) {
            /* ASCII fast path: most names in English text. */
            char c = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                pending_space = 1;
                continue;
            }
            if (pending_space && fl > 0) {
                if (fl + 1 >= sizeof folded) return 0;
                folded[fl++] = ' ';
            }
            pending_space = 0;
            if (fl + 1 >= sizeof folded) return 0;
            folded[fl++] = c;
            /* the rest of an ASCII word in a tight loop */
            for (; i < n; i++) {
                unsigned char b = p[i], lc = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
                if (!((lc >= 'a' && lc <= 'z') || (lc >= '0' && lc <= '9'))) break;
                if (fl + 1 >= sizeof folded) return 0;
                folded[fl++] = (char)lc;
            }
            continue;
        }
        utf8proc_int32_t dec[16];
        utf8proc_int32_t last = 0;
        utf8proc_ssize_t nd = utf8proc_decompose_char(
            (utf8proc_int32_t)cp, dec, 16,
            UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_LUMP, &last);
        if (nd < 0 || nd > 16) continue;
        for (utf8proc_ssize_t k = 0; k < nd; k++) {
            uint32_t c = (uint32_t)dec[k];
            const char *rep = special_letter(c);
            char enc[4];
            size_t el;
            if (rep) {
                el = strlen(rep);
                memcpy(enc, rep, el);
            } else if (c < 0x80) {
                if (c == '\'' || c == '`') continue;
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    pending_space = 1;
                    continue;
                }
                enc[0] = (char)c;
                el = 1;
            } else {
                utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
                if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) continue;
                if (!(cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) &&
                    cat != UTF8PROC_CATEGORY_ND) {
                    pending_space = 1;
                    continue;
                }
                el = utf8_encode(c, enc);
            }
            if (pending_space && fl > 0) {
                if (fl + 1 >= sizeof folded) return 0;
                folded[fl++] = ' ';
            }
            pending_space = 0;
            if (fl + el >= sizeof folded) return 0;
            memcpy(folded + fl, enc, el);
            fl += el;
        }
    }
    if (fl == 0) return 0;

    /* Pass 2: words. */
    word words[32];
    size_t nw = 0;
    for (size_t a = 0; a < fl;) {
        size_t b = a;
        while (b < fl && folded[b] != ' ') b++;
        if (nw == 32) return 0;
        words[nw].start = a;
        words[nw].len = b - a;
        nw++;
        a = b + 1;
    }
    size_t first = 0;
    if (nw > 1 && words[0].len == 3 && memcmp(folded + words[0].start, "the", 3) == 0) first = 1;

    size_t ol = 0;
    for (size_t w = first; w < nw; w++) {
        const char *ws = folded + words[w].start;
        size_t wl = words[w].len;
        if (w + 1 < nw && is_article(ws, wl)) continue;
        if ((wl == 3 && memcmp(ws, "abu", 3) == 0) || (wl == 4 && memcmp(ws, "abou", 4) == 0) ||
            (wl == 4 && memcmp(ws, "albu", 4) == 0) || (wl == 3 && memcmp(ws, "bou", 3) == 0)) {
            ws = "bu";
            wl = 2;
        } else if (wl > 4 && memcmp(ws, "albu", 4) == 0) {
            ws += 2; /* albukamal -> bukamal */
            wl -= 2;
        } else if (wl > 3 && memcmp(ws, "abu", 3) == 0) {
            ws += 1; /* abukamal -> bukamal */
            wl -= 1;
        }
        /* "Raqqah" = "Raqqa" = "Raqa", "Ma'arrat" = "Maarat": a word-final
         * h after a or e is dropped and doubled letters count once. */
        if (wl > 2 && ws[wl - 1] == 'h' && (ws[wl - 2] == 'a' || ws[wl - 2] == 'e')) wl--;
        for (size_t k = 0; k < wl; k++) {
            char c = ws[k];
            if (c >= 'a' && c <= 'z' && ol > 0 && out[ol - 1] == c) continue;
            if (ol + 1 >= PLACE_KEY_MAX) return 0;
            out[ol++] = c;
        }
    }
    out[ol] = '\0';
    return ol;
}

int place_key_is_ascii(const char *key, size_t len) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)key[i] >= 0x80) return 0;
    return 1;
}

uint64_t place_key_hash(const char *key, size_t len) { return hash_bytes(key, len, KEY_SEED); }

size_t place_strip_generic_suffix(const char *s, size_t n) {
    static const char *const generic[] = {
        "province", "governorate", "region", "district", "city", "town", "village",
        "state", "county", "oblast", "prefecture", "area", "municipality", "Province",
        "Governorate", "Region", "District", "City", "Town", "Village", "State",
        "County", "Oblast",
    };
    size_t end = n;
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '.')) end--;
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++) {
        size_t gl = strlen(generic[i]);
        if (end > gl + 1 && memcmp(s + end - gl, generic[i], gl) == 0) {
            char before = s[end - gl - 1];
            if (before == ' ' || before == '-') {
                size_t k = end - gl - 1;
                while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '-')) k--;
                return k;
            }
        }
    }
    return n;
}
