/* date.c — ISO dates and English month/weekday names. */
#include "io/date.h"

#include <string.h>
#include <strings.h>

int date_days_in_month(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[month - 1];
}

int date_valid(int year, int month, int day) {
    return year >= 1 && year <= 9999 && day >= 1 && day <= date_days_in_month(year, month);
}

int dyad_date_parse_iso(const char *s, size_t len, dyad_date *out) {
    /* Exactly YYYY-MM-DD: a timestamp or a partial date is not a date here,
     * so that callers can report it instead of guessing. */
    if (!s || len != 10 || s[4] != '-' || s[7] != '-') return 0;
    int v[3] = {0, 0, 0};
    static const int field[10] = {0, 0, 0, 0, -1, 1, 1, -1, 2, 2};
    for (int i = 0; i < 10; i++) {
        if (field[i] < 0) continue;
        if (s[i] < '0' || s[i] > '9') return 0;
        v[field[i]] = v[field[i]] * 10 + (s[i] - '0');
    }
    if (!date_valid(v[0], v[1], v[2])) return 0;
    if (out) {
        out->year = v[0];
        out->month = v[1];
        out->day = v[2];
    }
    return 1;
}

int date_month_from_name(const char *s, size_t n) {
    static const char *const names[12] = {"january", "february", "march",     "april",
                                          "may",     "june",     "july",      "august",
                                          "september", "october", "november", "december"};
    static const unsigned char lens[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    /* every name has 3 to 9 letters: most words are rejected unread */
    if (n < 3 || n > 9) return 0;
    if (n == 4 && !strncasecmp(s, "sept", 4)) return 9;
    for (int m = 0; m < 12; m++)
        if ((n == 3 || n == lens[m]) && !strncasecmp(s, names[m], n)) return m + 1;
    return 0;
}

int date_is_weekday_name(const char *s, size_t n) {
    static const char *const names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
    if ((n == 4 && (!strncasecmp(s, "tues", 4) || !strncasecmp(s, "thur", 4))) ||
        (n == 5 && !strncasecmp(s, "thurs", 5)))
        return 1;
    for (int d = 0; d < 7; d++) {
        size_t full = strlen(names[d]);
        if ((n == 3 || n == full) && !strncasecmp(s, names[d], n)) return 1;
    }
    return 0;
}
