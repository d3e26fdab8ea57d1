/* dateline.c — the date at the head of a news story.
 *
 * Wire stories open with a dateline ("DAMASCUS, Nov 12 (Reuters) -"); web
 * pages often with a line that holds only the date ("Sunday, November 12,
 * 2017").  We look only at the start of the first few non-blank lines, and a
 * date counts only when it is framed like a dateline: after an upper-case
 * place name, or followed by the end of the line, an agency in parentheses,
 * a dash or a colon (a place in ordinary case may come before it then).  That keeps "talks on November 12" and "12 May
 * protesters" out: a wrong document date silently shifts every event date,
 * so a missed dateline (date unknown) is the lesser evil. */
#include <string.h>

#include "dyad.h"
#include "io/date.h"

enum {
    WINDOW = 300,   /* a dateline's line must start within these bytes */
    MAX_LINES = 3,  /* ... and be one of the first non-blank lines */
    MAX_PLACE = 60, /* longest upper-case place name ("RIO DE JANEIRO") */
    MAX_SEGMENT = 40,
};

/* A read position in the text; peeks past the end give 0. */
typedef struct cur {
    const char *s;
    size_t n, i;
} cur;

static unsigned char peek(const cur *c, size_t k) {
    return c->i + k < c->n ? (unsigned char)c->s[c->i + k] : 0;
}
static int is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }
static int is_upper(unsigned char ch) { return ch >= 'A' && ch <= 'Z'; }
static int is_alpha(unsigned char ch) { return is_upper(ch) || (ch >= 'a' && ch <= 'z'); }
static int is_alnum(unsigned char ch) { return is_alpha(ch) || is_digit(ch); }

static size_t skip_blanks(cur *c) {
    size_t k = 0;
    while (peek(c, 0) == ' ' || peek(c, 0) == '\t') c->i++, k++;
    return k;
}

static size_t letters(const cur *c) {
    size_t k = 0;
    while (k < 16 && is_alpha(peek(c, k))) k++;
    return k;
}

/* Reads exactly 1..max digits not followed by another digit. */
static int number(cur *c, size_t max, int *val) {
    size_t k = 0;
    int v = 0;
    while (k <= max && is_digit(peek(c, k))) v = v * 10 + (peek(c, k++) - '0');
    if (k == 0 || k > max) return 0;
    c->i += k;
    *val = v;
    return 1;
}

/* "Nov", "Nov.", "November", "Sept." */
static int month_word(cur *c, int *month) {
    size_t k = letters(c);
    if (is_alnum(peek(c, k))) return 0;
    int m = k ? date_month_from_name(c->s + c->i, k) : 0;
    if (!m) return 0;
    c->i += k;
    if (peek(c, 0) == '.') c->i++;
    *month = m;
    return 1;
}

/* "12", "12th" */
static int day_number(cur *c, int *day) {
    if (!number(c, 2, day) || *day < 1 || *day > 31) return 0;
    static const char *const suffix[4] = {"st", "nd", "rd", "th"};
    for (int k = 0; k < 4; k++) {
        unsigned char a = peek(c, 0) | 0x20, b = peek(c, 1) | 0x20;
        if (a == suffix[k][0] && b == suffix[k][1] && !is_alnum(peek(c, 2))) c->i += 2;
    }
    return !is_alnum(peek(c, 0));
}

/* An optional ", 2017" or " 2017"; leaves c alone when there is none. */
static void optional_year(cur *c, int *year) {
    size_t save = c->i;
    int comma = peek(c, 0) == ',';
    c->i += (size_t)comma;
    size_t blanks = skip_blanks(c);
    int y;
    /* 1800-2199: a four-digit number outside is more likely a time ("1500
     * GMT") or a count than a year of news. */
    if ((comma || blanks) && number(c, 4, &y) && y >= 1800 && y <= 2199 &&
        !is_alpha(peek(c, 0))) {
        *year = y;
        return;
    }
    c->i = save;
}

/* One date: "2017-11-12", "Nov 12[, 2017]", "12 Nov[ 2017]"; year 0 when
 * absent. */
static int a_date(cur *c, int *year, int *month, int *day) {
    size_t save = c->i;
    *year = 0;
    if (is_digit(peek(c, 0)) && is_digit(peek(c, 3)) && peek(c, 4) == '-' && c->i + 10 <= c->n) {
        dyad_date d;
        if (!dyad_date_parse_iso(c->s + c->i, 10, &d) || is_digit(peek(c, 10))) return 0;
        c->i += 10;
        /* An ISO timestamp: 2017-11-12T10:32:00Z */
        if (peek(c, 0) == 'T' && is_digit(peek(c, 1)))
            while (peek(c, 0) && peek(c, 0) != ' ' && peek(c, 0) != '\n') c->i++;
        *year = d.year, *month = d.month, *day = d.day;
        return 1;
    }
    if (month_word(c, month) && skip_blanks(c) && day_number(c, day)) {
        optional_year(c, year);
        return 1;
    }
    c->i = save;
    if (day_number(c, day) && skip_blanks(c) && month_word(c, month)) {
        optional_year(c, year);
        return 1;
    }
    c->i = save;
    return 0;
}

/* An optional time after the date: ", 10:32 AM GMT", " at 3:15 p.m." */
static void optional_time(cur *c) {
    size_t save = c->i;
    if (peek(c, 0) == ',') c->i++;
    skip_blanks(c);
    if ((peek(c, 0) | 0x20) == 'a' && (peek(c, 1) | 0x20) == 't' && peek(c, 2) == ' ') {
        c->i += 2;
        skip_blanks(c);
    }
    int h, m;
    if (!number(c, 2, &h) || peek(c, 0) != ':' || (c->i++, !number(c, 2, &m))) {
        c->i = save;
        return;
    }
    if (peek(c, 0) == ':' && is_digit(peek(c, 1))) c->i++, number(c, 2, &m);
    size_t before = c->i;
    skip_blanks(c);
    unsigned char a = peek(c, 0) | 0x20;
    if ((a == 'a' || a == 'p') && (peek(c, 1) | 0x20) == 'm' && !is_alpha(peek(c, 2))) c->i += 2;
    else if ((a == 'a' || a == 'p') && peek(c, 1) == '.' && (peek(c, 2) | 0x20) == 'm' &&
             peek(c, 3) == '.')
        c->i += 4;
    else c->i = before;
    before = c->i;
    skip_blanks(c);
    size_t k = 0;
    while (k < 6 && is_upper(peek(c, k))) k++;
    if (k >= 2 && k <= 5 && !is_alpha(peek(c, k))) c->i += k; /* GMT, EST, UTC */
    else c->i = before;
}

/* "Sunday, " / "Sun. " before a date. */
static void optional_weekday(cur *c) {
    size_t k = letters(c);
    if (!k || !date_is_weekday_name(c->s + c->i, k)) return;
    size_t save = c->i;
    c->i += k;
    if (peek(c, 0) == '.') c->i++;
    if (peek(c, 0) == ',') c->i++;
    if (!skip_blanks(c)) c->i = save;
}

/* "Published: ", "Updated on " before a date. */
static void optional_label(cur *c) {
    static const char *const labels[] = {"published", "updated", "posted", "dated", "date"};
    size_t k = letters(c);
    for (size_t j = 0; j < sizeof labels / sizeof labels[0]; j++) {
        if (k != strlen(labels[j])) continue;
        size_t m = 0;
        while (m < k && (peek(c, m) | 0x20) == labels[j][m]) m++;
        if (m < k) continue;
        c->i += k;
        if (peek(c, 0) == ':') c->i++;
        skip_blanks(c);
        if ((peek(c, 0) | 0x20) == 'o' && (peek(c, 1) | 0x20) == 'n' && peek(c, 2) == ' ') {
            c->i += 2;
            skip_blanks(c);
        }
        return;
    }
}

/* An upper-case place name and a comma: "DAMASCUS,", "NEW YORK,",
 * "SÃO PAULO,".  Bytes >= 0x80 pass so that accented capitals do. */
static int place_prefix(cur *c) {
    size_t k = 0, upper = 0;
    for (; k < MAX_PLACE; k++) {
        unsigned char ch = peek(c, k);
        if (is_upper(ch)) upper++;
        else if (!(ch >= 0x80 || ch == ' ' || ch == '.' || ch == '\'' || ch == '-' || ch == '/'))
            break;
    }
    if (upper < 2 || peek(c, k) != ',') return 0;
    c->i += k + 1;
    return 1;
}

/* A further part of the place: " Syria,", " Costa Rica,", " Calif.," */
static int place_segment(cur *c) {
    size_t save = c->i;
    skip_blanks(c);
    size_t start = c->i;
    for (int words = 0; words < 4; words++) {
        if (!is_upper(peek(c, 0)) && peek(c, 0) < 0x80) break;
        while (is_alpha(peek(c, 0)) || peek(c, 0) >= 0x80 || peek(c, 0) == '.' ||
               peek(c, 0) == '\'' || peek(c, 0) == '-')
            c->i++;
        if (c->i - start > MAX_SEGMENT) break;
        if (peek(c, 0) == ',') {
            c->i++;
            return 1;
        }
        if (peek(c, 0) != ' ') break;
        c->i++;
    }
    c->i = save;
    return 0;
}

/* What may follow a date for it to count as a dateline. */
static int dateline_end(const cur *c) {
    unsigned char ch = peek(c, 0);
    if (c->i >= c->n || ch == '\n' || ch == '\r') return 1;
    if (ch && strchr("(-|:[", ch)) return 1;
    return ch == 0xE2 && peek(c, 1) == 0x80 && (peek(c, 2) == 0x93 || peek(c, 2) == 0x94);
}

static int try_line(cur *c, int *y, int *m, int *d) {
    skip_blanks(c);
    size_t start = c->i;
    if (place_prefix(c)) {
        /* The upper-case place name already marks a dateline: no need to
         * check what follows the date. */
        for (int seg = 0;; seg++) {
            skip_blanks(c);
            size_t save = c->i;
            optional_weekday(c);
            if (a_date(c, y, m, d)) return 1;
            c->i = save;
            if (seg == 2 || !place_segment(c)) break;
        }
        c->i = start;
    }
    /* A bare date, or one after a place in ordinary case ("Damascus, Nov 12
     * (SANA) -"): the date must end the line or be followed by a dateline's
     * punctuation. */
    for (int seg = 0;; seg++) {
        skip_blanks(c);
        size_t save = c->i;
        optional_label(c);
        optional_weekday(c);
        if (a_date(c, y, m, d)) {
            optional_time(c);
            skip_blanks(c);
            if (dateline_end(c)) return 1;
        }
        c->i = save;
        if (seg == 2 || !place_segment(c)) return 0;
    }
}

/* The year of the latest month/day not after ref (Feb 29: the latest leap
 * year); 0 when there is none. */
static int year_before(const dyad_date *ref, int month, int day) {
    if (!ref || !date_valid(ref->year, ref->month, ref->day)) return 0;
    int y = ref->year;
    if (month > ref->month || (month == ref->month && day > ref->day)) y--;
    for (int k = 0; k < 8 && y >= 1; k++, y--)
        if (date_valid(y, month, day)) return y;
    return 0;
}

int dyad_dateline_find(const char *text, size_t len, const dyad_date *reference,
                       dyad_date *out) {
    if (!text) return 0;
    size_t pos = 0;
    for (int lines = 0; pos < len && pos < WINDOW && lines < MAX_LINES;) {
        size_t limit = len < WINDOW + MAX_PLACE ? len : WINDOW + MAX_PLACE;
        const char *nl = memchr(text + pos, '\n', limit - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t k = pos;
        while (k < end && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) k++;
        if (k < end) {
            lines++;
            cur c = {text, len, pos};
            int y, m, d;
            if (try_line(&c, &y, &m, &d)) {
                if (!y) y = year_before(reference, m, d);
                if (y && date_valid(y, m, d)) {
                    if (out) out->year = y, out->month = m, out->day = d;
                    return 1;
                }
                /* A dateline we cannot date (no year, no reference, or a
                 * bad day) ends the search: later lines are the story. */
                return 0;
            }
        }
        if (!nl) break;
        pos = end + 1;
    }
    return 0;
}
