/* place_json.c — a dyad_place as the JSON object of interfaces.md's
 * "location" field. */
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dyad.h"

/* Appends s as a JSON string (or null); returns the new length, or size
 * when out of room. */
static size_t put_str(char *out, size_t size, size_t l, const char *s) {
    if (l >= size) return size;
    if (!s || !*s) {
        if (size - l <= 4) { /* no room: what fits, as snprintf cut it */
            memcpy(out + l, "null", size - l - 1);
            out[size - 1] = '\0';
            return size;
        }
        memcpy(out + l, "null", 5);
        return l + 4;
    }
    if (l + 1 >= size) return size;
    out[l++] = '"';
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char esc[8];
        const char *e = NULL;
        if (*p == '"') e = "\\\"";
        else if (*p == '\\') e = "\\\\";
        else if (*p < 0x20) { snprintf(esc, sizeof esc, "\\u%04x", *p); e = esc; }
        size_t el = e ? strlen(e) : 1;
        if (l + el + 1 >= size) return size;
        if (e) memcpy(out + l, e, el);
        else out[l] = (char)*p;
        l += el;
    }
    out[l++] = '"';
    out[l] = '\0';
    return l;
}

static size_t put_raw(char *out, size_t size, size_t l, const char *fmt_result) {
    size_t k = strlen(fmt_result);
    if (l >= size || l + k + 1 >= size) return size;
    memcpy(out + l, fmt_result, k + 1);
    return l + k;
}

/* printf's "%.4f" of x (the exact binary value rounded half to even, as
 * glibc rounds), without the format machinery, which was most of the cost
 * of an event's location; snprintf for what the integer arithmetic does
 * not cover. */
static void fixed4(double x, char *out, size_t size) {
#if defined(__SIZEOF_INT128__)
    double a = fabs(x);
    if (a < 1e9) {
        int e;
        double m = frexp(a, &e); /* a = m * 2^e, 0.5 <= m < 1 (or m = 0) */
        uint64_t mant = (uint64_t)ldexp(m, 53); /* exact: 53 bits */
        int s = 53 - e;                         /* a = mant / 2^s, s > 0 */
        unsigned __int128 num = (unsigned __int128)mant * 10000u;
        uint64_t q = 0;
        if (s < 100) { /* else a * 10^4 < 2^-30: rounds to 0 */
            unsigned __int128 one = (unsigned __int128)1 << s;
            q = (uint64_t)(num >> s);
            unsigned __int128 r = num & (one - 1), half = one >> 1;
            if (r > half || (r == half && (q & 1))) q++;
        }
        char d[32];
        size_t k = sizeof d;
        d[--k] = '\0';
        for (int i = 0; i < 4; i++, q /= 10) d[--k] = (char)('0' + q % 10);
        d[--k] = '.';
        do d[--k] = (char)('0' + q % 10); while (q /= 10);
        if (signbit(x)) d[--k] = '-';
        if (sizeof d - k <= size) {
            memcpy(out, d + k, sizeof d - k);
            return;
        }
    }
#endif
    snprintf(out, size, "%.4f", x);
}

int dyad_place_to_json(const dyad_place *p, char *out, size_t size) {
    if (!p || !out || size == 0) return -1;
    char num[96];
    size_t l = 0;
    l = put_raw(out, size, l, "{\"text\": ");
    l = put_str(out, size, l, p->text);
    l = put_raw(out, size, l, ", \"name\": ");
    l = put_str(out, size, l, p->name);
    l = put_raw(out, size, l, ", \"country_code\": ");
    l = put_str(out, size, l, p->country_code);
    if (p->lat == p->lat && p->lon == p->lon) { /* not NaN */
        l = put_raw(out, size, l, ", \"lat\": ");
        fixed4(p->lat, num, sizeof num);
        l = put_raw(out, size, l, num);
        l = put_raw(out, size, l, ", \"lon\": ");
        fixed4(p->lon, num, sizeof num);
        l = put_raw(out, size, l, num);
        l = put_raw(out, size, l, ", \"geonameid\": ");
    } else {
        l = put_raw(out, size, l, ", \"lat\": null, \"lon\": null, \"geonameid\": ");
    }
    int id = (int)p->geonameid;
    if (id > 0) { /* "%d", without the format machinery */
        char d[16];
        size_t k = sizeof d;
        d[--k] = '\0';
        do d[--k] = (char)('0' + id % 10); while (id /= 10);
        memcpy(num, d + k, sizeof d - k);
    } else {
        memcpy(num, "null", 5);
    }
    l = put_raw(out, size, l, num);
    l = put_raw(out, size, l, ", \"feature\": ");
    l = put_str(out, size, l, dyad_place_feature_name(p->feature));
    l = put_raw(out, size, l, ", \"admin1\": ");
    l = put_str(out, size, l, p->admin1);
    l = put_raw(out, size, l, "}");
    return l >= size ? -1 : (int)l;
}
