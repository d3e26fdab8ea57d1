/* dates.c — when did the event happen?  See dates.h. */
#include "resolve/dates.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/date.h"
#include "resolve/calendar.h"
#include "resolve/tree.h"
#include "base/ascii.h"

#define MAX_WORDS 24
#define WORD_SIZE 32

static int word_in(const char *w, const char *const *list) {
    for (; *list; list++)
        if (**list == *w && strcmp(w, *list) == 0) return 1;
    return 0;
}

/* w equals s, or s followed by an abbreviation dot ("nov."). */
static int eq_abbr(const char *w, const char *s) {
    size_t l = strlen(s);
    return strncmp(w, s, l) == 0 && (w[l] == '\0' || (w[l] == '.' && w[l + 1] == '\0'));
}

static int month_of(const char *w) { /* "nov", "nov.", "november", "sept." */
    size_t n = strlen(w);
    if (n && w[n - 1] == '.') n--;
    return date_month_from_name(w, n);
}

static int weekday_of(const char *w) { /* 0 = Sunday; -1 none */
    static const char *const full[] = { "sunday", "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday" };
    static const char *const abbr[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
    /* every name and abbreviation starts with one of these */
    if (!w[0] || !strchr("smtwf", w[0])) return -1;
    for (int i = 0; i < 7; i++)
        if (strcmp(w, full[i]) == 0 || eq_abbr(w, abbr[i])) return i;
    if (eq_abbr(w, "tues")) return 2;
    if (eq_abbr(w, "thur") || eq_abbr(w, "thurs")) return 4;
    return -1;
}

/* "11", "11th", "1st", "22nd", "3rd" -> 1..31; else 0.  *ordinal set when
 * a suffix was present. */
static int day_of(const char *w, int *ordinal) {
    char *end;
    if (!isdigit((unsigned char)w[0])) return 0;
    long v = strtol(w, &end, 10);
    if (end - w > 2) return 0;
    *ordinal = 0;
    if (*end) {
        if (!str_eq(end, "st") && !str_eq(end, "nd") && !str_eq(end, "rd") && !str_eq(end, "th")) return 0;
        *ordinal = 1;
    }
    return v >= 1 && v <= 31 ? (int)v : 0;
}

static int year_of(const char *w) {
    if (strlen(w) != 4) return 0;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)w[i])) return 0;
    int y = atoi(w);
    return y >= 1900 && y <= 2100 ? y : 0;
}

/* Small counts in words or digits; 0 when not a number. */
static int count_of(const char *w) {
    static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                         "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen", "twenty" };
    if (str_eq(w, "a") || str_eq(w, "an")) return 1;
    for (int i = 0; i < 20; i++)
        if (strcmp(w, words[i]) == 0) return i + 1;
    if (str_eq(w, "thirty")) return 30;
    if (str_eq(w, "forty")) return 40;
    if (str_eq(w, "fifty")) return 50;
    char *end;
    long v = strtol(w, &end, 10);
    if (*w && !*end && v > 0 && v < 1000) return (int)v;
    return 0;
}

enum unit { U_NONE, U_DAY, U_WEEK, U_MONTH, U_YEAR };
static int unit_of(const char *w) {
    if (str_eq(w, "day") || str_eq(w, "days")) return U_DAY;
    if (str_eq(w, "week") || str_eq(w, "weeks")) return U_WEEK;
    if (str_eq(w, "month") || str_eq(w, "months")) return U_MONTH;
    if (str_eq(w, "year") || str_eq(w, "years")) return U_YEAR;
    return U_NONE;
}

static int set_day(dyad_event_date *out, long days) {
    out->date = cal_from_days(days);
    out->precision = DYAD_PRECISION_DAY;
    return out->precision;
}

static int set_week(dyad_event_date *out, long days) {
    int wd = cal_weekday(days);
    long monday = days - (wd == 0 ? 6 : wd - 1);
    out->date = cal_from_days(monday);
    out->precision = DYAD_PRECISION_WEEK;
    return out->precision;
}

static int set_month(dyad_event_date *out, int year, int month) {
    while (month < 1) { month += 12; year--; }
    while (month > 12) { month -= 12; year++; }
    out->date = (dyad_date){ year, month, 1 };
    out->precision = DYAD_PRECISION_MONTH;
    return out->precision;
}

static int set_year(dyad_event_date *out, int year) {
    out->date = (dyad_date){ year, 1, 1 };
    out->precision = DYAD_PRECISION_YEAR;
    return out->precision;
}

/* Month/day without a year: the latest not after doc (past) or the first
 * not before it (future). */
static int infer_year(int month, int day, dyad_date doc, int future) {
    int y = doc.year;
    dyad_date cand = { y, month, day };
    long c = cal_days(cand), d = cal_days(doc);
    if (!future && c > d) y--;
    if (future && c < d) y++;
    return y;
}

static int parse_numeric(const char *w, dyad_date doc, int future, dyad_event_date *out) {
    int a, b, c;
    char tail;
    if (sscanf(w, "%4d-%2d-%2d%c", &a, &b, &c, &tail) == 3 && a >= 1900) {
        if (!date_valid(a, b, c)) return 0;
        return set_day(out, cal_days((dyad_date){ a, b, c }));
    }
    if (sscanf(w, "%2d/%2d/%4d%c", &a, &b, &c, &tail) == 3) {
        if (c < 100) c += 2000;
        int day, month;
        if (a > 12 && b <= 12) { day = a; month = b; }
        else if (b > 12 && a <= 12) { day = b; month = a; }
        else if (a == b) { day = a; month = a; }
        else return 0; /* 12/11/2017: day-month or month-day? do not guess */
        if (!date_valid(c, month, day)) return 0;
        return set_day(out, cal_days((dyad_date){ c, month, day }));
    }
    (void)doc;
    (void)future;
    return 0;
}

int date_phrase_parse(const char *const *w, size_t n, dyad_date doc, int future,
                      dyad_event_date *out) {
    static const char *const bounds[] = { "since", "until", "till", "before", "after", "from",
                                          "by", "through", "between", "prior", "ahead", NULL };
    int have_doc = doc.year != 0;
    long today = have_doc ? cal_days(doc) : 0;
    for (size_t i = 0; i < n; i++)
        if (word_in(w[i], bounds)) return 0;

    /* Explicit dates around a month name. */
    for (size_t i = 0; i < n; i++) {
        int month = month_of(w[i]);
        if (!month) continue;
        int ord, day = 0, year = 0;
        if (i + 1 < n && !year_of(w[i + 1])) day = day_of(w[i + 1], &ord);
        if (!day && i >= 1) day = day_of(w[i - 1], &ord);
        if (!day && i >= 2 && str_eq(w[i - 1], "of")) day = day_of(w[i - 2], &ord);
        for (size_t j = i + 1; j < n && j <= i + 3 && !year; j++) year = year_of(w[j]);
        if (month == 5 && !day && !year) {
            /* "may" is usually the modal verb; as a month it needs "in". */
            if (!(i >= 1 && (str_eq(w[i - 1], "in") || str_eq(w[i - 1], "early") ||
                             str_eq(w[i - 1], "late") || str_eq(w[i - 1], "mid"))))
                continue;
        }
        if (day) {
            if (!year) {
                if (!have_doc) return 0;
                year = infer_year(month, day, doc, future);
            }
            if (!date_valid(year, month, day)) return 0;
            return set_day(out, cal_days((dyad_date){ year, month, day }));
        }
        if (year) return set_month(out, year, month);
        if (!have_doc) return 0;
        year = doc.year;
        if (!future && month > doc.month) year--;
        if (future && month < doc.month) year++;
        return set_month(out, year, month);
    }

    for (size_t i = 0; i < n; i++)
        if (strchr(w[i], '/') || (strlen(w[i]) == 10 && w[i][4] == '-')) {
            int p = parse_numeric(w[i], doc, future, out);
            if (p) return p;
        }

    /* Single-word and two-word relative expressions. */
    for (size_t i = 0; i < n && have_doc; i++) {
        const char *x = w[i], *next = i + 1 < n ? w[i + 1] : "";
        if (str_eq(x, "yesterday")) return set_day(out, today - 1);
        if (str_eq(x, "today") || str_eq(x, "tonight")) return set_day(out, today);
        if (str_eq(x, "tomorrow")) return set_day(out, today + 1);
        if (str_eq(x, "last") && (str_eq(next, "night") || str_eq(next, "evening")))
            return set_day(out, today - 1);
        if (str_eq(x, "this") && (str_eq(next, "morning") || str_eq(next, "afternoon") ||
                                   str_eq(next, "evening")))
            return set_day(out, today);
    }

    /* N units ago. */
    for (size_t i = 2; i < n && have_doc; i++) {
        if (!str_eq(w[i], "ago")) continue;
        int unit = unit_of(w[i - 1]);
        int k = count_of(w[i - 2]);
        if (!unit || !k) return 0; /* "a few weeks ago": too vague */
        if (i >= 3 && (str_eq(w[i - 3], "few") || str_eq(w[i - 3], "couple"))) return 0;
        switch (unit) {
        case U_DAY: return set_day(out, today - k);
        case U_WEEK: return set_week(out, today - 7L * k);
        case U_MONTH: return set_month(out, doc.year, doc.month - k);
        default: return set_year(out, doc.year - k);
        }
    }
    /* last/this/next (earlier/later this) week|month|year|weekday. */
    for (size_t i = 0; i + 1 < n && have_doc; i++) {
        const char *x = w[i], *y = w[i + 1];
        int rel = str_eq(x, "last") || str_eq(x, "past") ? -1
                  : str_eq(x, "this") || str_eq(x, "current") ? 0
                  : str_eq(x, "next") || str_eq(x, "coming") ? 1 : 2;
        /* "in the coming months", "the past weeks": a span, no date. */
        if (rel == 2 || !y[0] || y[strlen(y) - 1] == 's') continue;
        int unit = unit_of(y);
        if (unit == U_WEEK) return set_week(out, today + 7L * rel);
        if (unit == U_MONTH) return set_month(out, doc.year, doc.month + rel);
        if (unit == U_YEAR) return set_year(out, doc.year + rel);
        int wd = weekday_of(y);
        if (wd >= 0) {
            int cur = cal_weekday(today);
            if (rel < 0) { int back = (cur - wd + 7) % 7; return set_day(out, today - (back ? back : 7)); }
            if (rel > 0) { int fwd = (wd - cur + 7) % 7; return set_day(out, today + (fwd ? fwd : 7)); }
        }
    }

    /* A weekday alone. */
    for (size_t i = 0; i < n && have_doc; i++) {
        int wd = weekday_of(w[i]);
        if (wd < 0) continue;
        int cur = cal_weekday(today);
        if (future) return set_day(out, today + (wd - cur + 7) % 7);
        return set_day(out, today - (cur - wd + 7) % 7);
    }

    /* "on the 11th": a day of the document's month. */
    for (size_t i = 0; i < n && have_doc; i++) {
        int ord, day = day_of(w[i], &ord);
        if (!day || !ord) continue;
        int y = doc.year, m = doc.month;
        if (!future && day > doc.day) m--;
        if (future && day < doc.day) m++;
        if (m < 1) { m = 12; y--; }
        if (m > 12) { m = 1; y++; }
        if (!date_valid(y, m, day)) return 0;
        return set_day(out, cal_days((dyad_date){ y, m, day }));
    }

    /* A year alone: "in 2015", "2015" — not a year inside a name ("the
     * United Way 2000 campaign"). */
    for (size_t i = 0; i < n; i++) {
        int y = year_of(w[i]);
        if (!y) continue;
        /* "in 2000 cases" counts cases. */
        if (i + 1 < n && !str_eq(w[i + 1], "and") && !str_eq(w[i + 1], "or")) continue;
        if (i == 0 || str_eq(w[i - 1], "in") || str_eq(w[i - 1], "of") ||
            str_eq(w[i - 1], "during") || str_eq(w[i - 1], "early") ||
            str_eq(w[i - 1], "late") || str_eq(w[i - 1], "mid"))
            return set_year(out, y);
    }
    return 0;
}

/* ---- the tree side ---- */

/* Relations of the verb's children that can carry its time.  An event
 * noun ("the attack on Friday") has nmod where a verb has obl. */
static int temporal_edge(const dyad_token *t, int nominal) {
    if (tree_rel_is(t, "obl") || tree_rel_is(t, "advmod") || str_eq(tree_rel(t), "nmod:tmod") ||
        str_eq(tree_rel(t), "nmod:npmod"))
        return 1;
    return nominal && tree_rel_is(t, "nmod") && !str_eq(tree_rel(t), "nmod:poss");
}

/* Relations inside a date phrase; others (nmod, acl, ...) lead away from
 * it: "on the anniversary of the 2011 uprising" is not dated 2011. */
static int phrase_edge(const dyad_token *t) {
    const char *d = tree_rel(t);
    switch (d[0]) {
    case 'c': return tree_rel_is(t, "case") || tree_rel_is(t, "compound");
    case 'd': return tree_rel_is(t, "det");
    case 'a': return tree_rel_is(t, "amod") || tree_rel_is(t, "advmod") || tree_rel_is(t, "appos");
    case 'f': return tree_rel_is(t, "flat") || tree_rel_is(t, "fixed");
    case 'p': return tree_rel_is(t, "punct");
    case 'o': /* "two weeks ago": weeks is obl:npmod of ago */
        return str_eq(d, "obl:npmod") || str_eq(d, "obl:tmod") || str_eq(d, "obl:unmarked");
    case 'n':
        if (tree_rel_is(t, "nummod")) return 1;
        if (str_eq(d, "nmod:tmod") || str_eq(d, "nmod:npmod") || str_eq(d, "nmod:unmarked")) return 1;
        /* "11", "2017" in "November 11, 2017" may come as nmod. */
        return tree_rel_is(t, "nmod") && t->upos && str_eq(t->upos, "NUM");
    default: return 0;
    }
}

/* Collects the phrase headed by c (c and descendants through phrase
 * edges) into idx (sorted), returns the count. */
static size_t collect_phrase(const tree_index *ix, const dyad_token *toks, int c, int *idx,
                             size_t cap) {
    int stack[MAX_WORDS];
    size_t sp = 0, k = 0;
    stack[sp++] = c;
    while (sp && k < cap) {
        int h = stack[--sp];
        idx[k++] = h;
        for (int ch = ix->first[h]; ch >= 0; ch = ix->next[ch])
            if (phrase_edge(&toks[ch]) && sp < MAX_WORDS) stack[sp++] = ch;
    }
    /* Sentence order. */
    for (size_t i = 1; i < k; i++) {
        int x = idx[i];
        size_t j = i;
        while (j > 0 && idx[j - 1] > x) { idx[j] = idx[j - 1]; j--; }
        idx[j] = x;
    }
    return k;
}

static int ambiguous_abbreviation(const char *w) {
    static const char *const amb[] = { "sun", "sat", "wed", "mon", "tue", "thu", "fri", "jan",
                                       "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                       "oct", "nov", "dec", "march", "may", NULL };
    return word_in(w, amb);
}

static int is_punct_token(const dyad_token *t) {
    if (t->upos && str_eq(t->upos, "PUNCT")) return 1;
    const char *f = t->form ? t->form : "";
    for (; *f; f++)
        if (isalnum((unsigned char)*f)) return 0;
    return 1;
}

int dyad_verb_is_future(const dyad_token *toks, size_t n, int verb) {
    static const char *const modal[] = { "will", "shall", "'ll", "wo", NULL };
    static const char *const plan[] = { "plan", "intend", "expect", "schedule", "aim", "prepare",
                                        "vow", "pledge", "promise", "threaten", "due", "set", "agree",
                                        "decide", "offer", "want", "hope", "seek",
                                        "going", NULL };
    int v = verb;
    for (int depth = 0; depth < 4 && v >= 0 && (size_t)v < n; depth++) {
        if (tree_child(toks, n, v, "aux", modal) >= 0) return 1;
        if (depth > 0) {
            for (const char *const *p = plan; *p; p++)
                if (tree_word_is(&toks[v], *p)) {
                    /* "going to", "set to", "due to": only with the
                     * infinitive below; "plans to" likewise. */
                    return 1;
                }
        }
        if (!tree_rel_is(&toks[v], "xcomp")) break;
        v = toks[v].head;
    }
    return 0;
}

static int resolve_date(const dyad_token *toks, size_t n, int verb, dyad_date doc_date,
                        int future, dyad_event_date *out, int depth) {
    memset(out, 0, sizeof *out);
    out->first_token = out->last_token = -1;
    /* future < 0: decided from the tree, but only when it matters (a date
     * phrase to read, or an infinitive that may take its governor's time):
     * most verbs have neither */
#define FUTURE() (future >= 0 ? future : (future = verb >= 0 && (size_t)verb < n ? dyad_verb_is_future(toks, n, verb) : 0))
    dyad_event_date best = { 0 };
    best.first_token = best.last_token = -1;
    tree_index ix;
    if (verb >= 0 && (size_t)verb < n && tree_index_build(&ix, toks, n)) {
        const char *vu = toks[verb].upos ? toks[verb].upos : "";
        int nominal = str_eq(vu, "NOUN") || str_eq(vu, "PROPN");
        for (int c = ix.first[verb]; c >= 0; c = ix.next[c]) {
            if (!temporal_edge(&toks[c], nominal)) continue;
            int idx[MAX_WORDS];
            size_t k = collect_phrase(&ix, toks, c, idx, MAX_WORDS);
            char buf[MAX_WORDS][WORD_SIZE];
            const char *words[MAX_WORDS];
            size_t nw = 0;
            for (size_t i = 0; i < k; i++) {
                if (is_punct_token(&toks[idx[i]])) continue;
                tree_lower_form(&toks[idx[i]], buf[nw], WORD_SIZE);
                /* "in the sun", "on the march": lowercase words that are
                 * also abbreviations of days and months are not dates. */
                const char *f = toks[idx[i]].form;
                if (f && islower((unsigned char)f[0]) && ambiguous_abbreviation(buf[nw]))
                    strcpy(buf[nw], "_");
                words[nw] = buf[nw];
                nw++;
            }
            dyad_event_date cand = { 0 };
            int p = date_phrase_parse(words, nw, doc_date, FUTURE(), &cand);
            /* The most precise expression wins; ties go to the first. */
            if (p && (best.precision == 0 || p < best.precision)) {
                best = cand;
                best.first_token = idx[0];
                best.last_token = idx[k - 1];
            }
        }
    }
    /* "Having failed last week to capture the town": an infinitive takes
     * the time of the verb it completes, unless it is planned (the plan's
     * date is not the event's). */
    if (!best.precision && verb >= 0 && (size_t)verb < n && tree_rel_is(&toks[verb], "xcomp") &&
        toks[verb].head >= 0 && depth < 3 && !FUTURE()) {
        dyad_event_date up;
        resolve_date(toks, n, toks[verb].head, doc_date, 0, &up, depth + 1);
        if (up.source == DYAD_EVENT_DATE_CLAUSE) best = up;
    }
    if (best.precision) {
        *out = best;
        out->source = DYAD_EVENT_DATE_CLAUSE;
    } else if (doc_date.year) {
        out->date = doc_date;
        out->precision = DYAD_PRECISION_DAY;
        out->source = DYAD_EVENT_DATE_DOCUMENT;
    } else {
        out->source = DYAD_EVENT_DATE_NONE;
    }
#undef FUTURE
    return out->source;
}

int dyad_resolve_event_date(const dyad_token *toks, size_t n, int verb,
                            dyad_date doc_date, int future, dyad_event_date *out) {
    return resolve_date(toks, n, verb, doc_date, future, out, 0);
}

const char *dyad_event_date_source_name(int source) {
    switch (source) {
    case DYAD_EVENT_DATE_CLAUSE: return "clause";
    case DYAD_EVENT_DATE_DOCUMENT: return "document";
    default: return NULL;
    }
}

const char *dyad_date_precision_name(int precision) {
    switch (precision) {
    case DYAD_PRECISION_DAY: return "day";
    case DYAD_PRECISION_WEEK: return "week";
    case DYAD_PRECISION_MONTH: return "month";
    case DYAD_PRECISION_YEAR: return "year";
    default: return NULL;
    }
}
