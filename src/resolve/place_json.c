/* place_json.c — a dyad_place as the JSON object of interfaces.md's
 * "location" field. */
#include <stdio.h>
#include <string.h>

#include "dyad.h"

/* Appends s as a JSON string (or null); returns the new length, or size
 * when out of room. */
static size_t put_str(char *out, size_t size, size_t l, const char *s) {
    if (l >= size) return size;
    if (!s || !*s) {
        int w = snprintf(out + l, size - l, "null");
        return w < 0 || (size_t)w >= size - l ? size : l + (size_t)w;
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
    if (p->lat == p->lat && p->lon == p->lon) /* not NaN */
        snprintf(num, sizeof num, ", \"lat\": %.4f, \"lon\": %.4f, \"geonameid\": ", p->lat, p->lon);
    else
        snprintf(num, sizeof num, ", \"lat\": null, \"lon\": null, \"geonameid\": ");
    l = put_raw(out, size, l, num);
    if (p->geonameid > 0) snprintf(num, sizeof num, "%d", (int)p->geonameid);
    else snprintf(num, sizeof num, "null");
    l = put_raw(out, size, l, num);
    l = put_raw(out, size, l, ", \"feature\": ");
    l = put_str(out, size, l, dyad_place_feature_name(p->feature));
    l = put_raw(out, size, l, ", \"admin1\": ");
    l = put_str(out, size, l, p->admin1);
    l = put_raw(out, size, l, "}");
    return l >= size ? -1 : (int)l;
}
