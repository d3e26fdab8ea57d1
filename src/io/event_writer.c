/* event_writer.c — events as JSON Lines, TSV, the GDELT 2.0 event table,
 * or a table for people (interfaces.md). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/error.h"
#include "dyad.h"
#include "base/ascii.h"

struct dyad_event_writer {
    FILE *out;
    int format;
    uint64_t next_id;      /* GDELT GlobalEventID */
    int header_done;
    buf b;
};

dyad_event_writer *dyad_event_writer_new(FILE *out, int format) {
    dyad_event_writer *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->out = out;
    w->format = format;
    w->next_id = 1;
    buf_init(&w->b);
    return w;
}

void dyad_event_writer_free(dyad_event_writer *w) {
    if (!w) return;
    buf_free(&w->b);
    free(w);
}

static void json_str_or_null(buf *b, const char *s) {
    if (s) buf_json_string(b, s, strlen(s));
    else buf_puts(b, "null");
}

static void json_actor(buf *b, const dyad_actor *a) {
    if (!a->code) { buf_puts(b, "null"); return; }
    buf_puts(b, "{\"code\": ");
    json_str_or_null(b, a->code);
    buf_puts(b, ", \"country\": ");
    json_str_or_null(b, a->country);
    buf_puts(b, ", \"sector\": ");
    json_str_or_null(b, a->sector);
    buf_puts(b, ", \"text\": ");
    json_str_or_null(b, a->text);
    buf_puts(b, ", \"name\": ");
    json_str_or_null(b, a->name);
    buf_putc(b, '}');
}

/* TSV/GDELT cells: tabs and newlines become spaces. */
static void cell(buf *b, const char *s) {
    if (!s) return;
    for (; *s; s++) buf_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void cell_n(buf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n && s[i]; i++) buf_putc(b, (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i]);
}

static void upper_cell(buf *b, const char *s) {
    if (!s) return;
    for (; *s; s++) {
        char c = *s;
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
        buf_putc(b, c);
    }
}

static const char *sentence_text(const dyad_document *doc, const dyad_event *ev, size_t *n) {
    if (!doc || !doc->text || ev->text_end <= ev->text_start || ev->text_end > doc->text_len) {
        *n = 0;
        return "";
    }
    *n = ev->text_end - ev->text_start;
    return doc->text + ev->text_start;
}

/* Decimal digits of v (no printf: the writer runs for every event). */
static void put_size(buf *b, size_t v) {
    char d[24];
    int k = 0;
    do { d[k++] = (char)('0' + v % 10); v /= 10; } while (v);
    char r[24];
    for (int i = 0; i < k; i++) r[i] = d[k - 1 - i];
    buf_append(b, r, (size_t)k);
}

/* "%.1f" of a Goldstein value.  CAMEO's are tenths: when 10 * g is within
 * 1e-6 of an integer k, "%.1f" prints k / 10 exactly (a rounding tie of
 * "%.1f" lies half a tenth away), so it is written directly; anything
 * else goes through printf. */
static void put_tenths(buf *b, double g) {
    double t = g * 10.0;
    if (t > -1e9 && t < 1e9) {
        long long k = (long long)(t < 0 ? t - 0.5 : t + 0.5);
        double diff = t - (double)k;
        if (diff < 1e-6 && diff > -1e-6 && !(k == 0 && signbit(g))) {
            if (k < 0) { buf_putc(b, '-'); k = -k; }
            put_size(b, (size_t)(k / 10));
            char f[2] = {'.', (char)('0' + k % 10)};
            buf_append(b, f, 2);
            return;
        }
    }
    buf_printf(b, "%.1f", g);
}

static void put_date(buf *b, const dyad_date *d) {
    if (d->year >= 1 && d->year <= 9999 && d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31) {
        char s[10] = {(char)('0' + d->year / 1000), (char)('0' + d->year / 100 % 10), (char)('0' + d->year / 10 % 10),
                      (char)('0' + d->year % 10), '-', (char)('0' + d->month / 10), (char)('0' + d->month % 10), '-',
                      (char)('0' + d->day / 10), (char)('0' + d->day % 10)};
        buf_append(b, s, 10);
    } else {
        buf_printf(b, "%04d-%02d-%02d", d->year, d->month, d->day);
    }
}

static void write_json(dyad_event_writer *w, const dyad_document *doc, const dyad_event *ev) {
    buf *b = &w->b;
    const char *doc_id = doc && doc->id ? doc->id : "";
    size_t id_len = strlen(doc_id);
    buf_puts(b, "{\"id\": ");
    /* doc id + ":s:i" as one string: the escaped id without its closing
     * quote, then the digits (nothing to escape) */
    buf_json_string(b, doc_id, id_len);
    if (b->len) b->len--;
    buf_putc(b, ':');
    put_size(b, ev->sentence);
    buf_putc(b, ':');
    put_size(b, ev->index);
    buf_putc(b, '"');
    buf_puts(b, ", \"doc_id\": ");
    buf_json_string(b, doc_id, id_len);
    buf_puts(b, ", \"sentence\": ");
    put_size(b, ev->sentence);
    buf_puts(b, ", \"date\": ");
    if (ev->date.year) {
        buf_putc(b, '"');
        put_date(b, &ev->date);
        buf_putc(b, '"');
    } else {
        buf_puts(b, "null");
    }
    buf_puts(b, ", \"date_source\": ");
    json_str_or_null(b, ev->date_source);
    buf_puts(b, ", \"date_precision\": ");
    json_str_or_null(b, ev->date_precision);
    buf_puts(b, ", \"actor\": ");
    json_actor(b, &ev->actor);
    buf_puts(b, ", \"recipient\": ");
    json_actor(b, &ev->recipient);
    buf_puts(b, ", \"cameo\": ");
    json_str_or_null(b, ev->cameo);
    buf_puts(b, ", \"event\": ");
    json_str_or_null(b, ev->plover);
    buf_puts(b, ", \"quad_class\": ");
    if (ev->quad_class >= 0) put_size(b, (size_t)ev->quad_class);
    else buf_printf(b, "%d", ev->quad_class);
    buf_puts(b, ", \"goldstein\": ");
    put_tenths(b, ev->goldstein);
    buf_puts(b, ", \"location\": ");
    if (ev->location) buf_puts(b, ev->location);
    else buf_puts(b, "null");
    size_t tn;
    const char *t = sentence_text(doc, ev, &tn);
    buf_puts(b, ", \"text\": ");
    buf_json_string(b, t, tn);
    buf_puts(b, ", \"evidence\": {\"verb\": ");
    json_str_or_null(b, ev->verb);
    buf_puts(b, ", \"rule\": ");
    json_str_or_null(b, ev->rule);
    buf_puts(b, "}}\n");
}

static const char TSV_HEADER[] =
    "id\tdoc_id\tsentence\tdate\tdate_source\tdate_precision\tactor_code\tactor_country\tactor_sector\tactor_text\tactor_name\t"
    "recipient_code\trecipient_country\trecipient_sector\trecipient_text\trecipient_name\tcameo\tevent\t"
    "quad_class\tgoldstein\tlocation\tlocation_country\tlocation_lat\tlocation_lon\tlocation_geonameid\t"
    "location_feature\ttext\tverb\trule\n";

static void tsv_actor(buf *b, const dyad_actor *a) {
    cell(b, a->code); buf_putc(b, '\t');
    cell(b, a->country); buf_putc(b, '\t');
    cell(b, a->sector); buf_putc(b, '\t');
    cell(b, a->text); buf_putc(b, '\t');
    cell(b, a->name); buf_putc(b, '\t');
}

static void write_tsv(dyad_event_writer *w, const dyad_document *doc, const dyad_event *ev) {
    buf *b = &w->b;
    const char *doc_id = doc && doc->id ? doc->id : "";
    cell(b, doc_id);
    buf_printf(b, ":%zu:%zu\t", ev->sentence, ev->index);
    cell(b, doc_id);
    buf_printf(b, "\t%zu\t", ev->sentence);
    if (ev->date.year) buf_printf(b, "%04d-%02d-%02d", ev->date.year, ev->date.month, ev->date.day);
    buf_putc(b, '\t');
    cell(b, ev->date_source);
    buf_putc(b, '\t');
    cell(b, ev->date_precision);
    buf_putc(b, '\t');
    tsv_actor(b, &ev->actor);
    tsv_actor(b, &ev->recipient);
    cell(b, ev->cameo);
    buf_putc(b, '\t');
    cell(b, ev->plover);
    buf_printf(b, "\t%d\t%.1f\t", ev->quad_class, ev->goldstein);
    /* location: the gazetteer's name, ISO country, coordinates, GeoNames id, feature */
    const dyad_place *pl = ev->place;
    if (pl) {
        cell(b, pl->name ? pl->name : pl->text);
        buf_putc(b, '\t');
        cell(b, pl->country_code);
        if (pl->lat == pl->lat) buf_printf(b, "\t%.4f\t%.4f\t", pl->lat, pl->lon);
        else buf_puts(b, "\t\t\t");
        if (pl->geonameid > 0) buf_printf(b, "%d", (int)pl->geonameid);
        buf_putc(b, '\t');
        cell(b, dyad_place_feature_name(pl->feature));
        buf_putc(b, '\t');
    } else {
        buf_puts(b, "\t\t\t\t\t\t");
    }
    size_t tn;
    const char *t = sentence_text(doc, ev, &tn);
    cell_n(b, t, tn);
    buf_putc(b, '\t');
    cell(b, ev->verb);
    buf_putc(b, '\t');
    cell(b, ev->rule);
    buf_putc(b, '\n');
}

static int nonstate(const char *code) {
    return code && (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3) ||
                    !strncmp(code, "MNC", 3));
}

/* Actor columns 6-15 (or 16-25): Code, Name, CountryCode, KnownGroupCode,
 * EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. */
static void gdelt_actor(buf *b, const dyad_actor *a) {
    cell(b, a->code); buf_putc(b, '\t');
    upper_cell(b, a->name ? a->name : a->text); buf_putc(b, '\t');
    cell(b, a->country); buf_putc(b, '\t');
    if (nonstate(a->code) && strlen(a->code) >= 6) buf_printf(b, "%.3s", a->code + 3);
    buf_puts(b, "\t\t\t\t");
    if (!nonstate(a->code)) cell(b, a->sector);
    else if (a->code) buf_printf(b, "%.3s", a->code);
    buf_puts(b, "\t\t\t");
}

/* ActionGeo columns 52-59: Type, FullName, CountryCode, ADM1Code, ADM2Code,
 * Lat, Long, FeatureID, each followed by a tab.  GDELT's country codes are
 * FIPS 10-4 (the gazetteer's, from data/geo/country_ids.tsv); its ADM1 code
 * is the country's for a country (as GDELT writes it), else empty: GDELT's
 * FIPS admin1 codes are not GeoNames' (our ISO codes and GeoNames admin1 are
 * in the JSON and TSV outputs).  Type: 1 country, 2 US state, 3 US city,
 * 4 world city, 5 world state (admin1 or region). */
static void gdelt_action_geo(buf *b, const dyad_place *p) {
    if (!p) {
        for (int i = 0; i < 8; i++) buf_putc(b, '\t');
        return;
    }
    int us = str_eq(p->country_code, "USA");
    int type = p->feature == DYAD_PLACE_COUNTRY ? 1
             : p->feature == DYAD_PLACE_CITY ? (us ? 3 : 4)
             : p->feature == DYAD_PLACE_ADMIN1 ? (us ? 2 : 5) : 5;
    buf_printf(b, "%d\t", type);
    cell(b, p->name ? p->name : p->text);
    buf_putc(b, '\t');
    cell(b, p->country_fips);
    buf_putc(b, '\t');
    if (type == 1) cell(b, p->country_fips);
    buf_puts(b, "\t\t");
    if (p->lat == p->lat) buf_printf(b, "%.4f\t%.4f\t", p->lat, p->lon);
    else buf_puts(b, "\t\t");
    if (p->geonameid > 0) buf_printf(b, "%d", (int)p->geonameid);
    else cell(b, p->name ? p->name : p->text);
    buf_putc(b, '\t');
}

static void write_gdelt(dyad_event_writer *w, const dyad_document *doc, const dyad_event *ev) {
    buf *b = &w->b;
    buf_printf(b, "%llu\t", (unsigned long long)w->next_id++);                  /* 1 GlobalEventID */
    if (ev->date.year) {
        const dyad_date *d = &ev->date;
        buf_printf(b, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", d->year, d->month, d->day, d->year, d->month,
                   d->year, d->year + (d->month * 30 + d->day) / 365.0);        /* 2-5 */
    } else {
        buf_puts(b, "\t\t\t\t");
    }
    gdelt_actor(b, &ev->actor);                                                  /* 6-15 */
    gdelt_actor(b, &ev->recipient);                                              /* 16-25 */
    buf_printf(b, "%d\t", ev->sentence == 0 ? 1 : 0);                            /* 26 IsRootEvent */
    buf_printf(b, "%s\t%.3s\t%.2s\t", ev->cameo, ev->cameo, ev->cameo);          /* 27-29 */
    buf_printf(b, "%d\t%.1f\t", ev->quad_class, ev->goldstein);                  /* 30-31 */
    buf_puts(b, "1\t1\t1\t\t");                                                  /* 32-35 */
    for (int i = 0; i < 16; i++) buf_putc(b, '\t');                              /* 36-51 actor geo */
    gdelt_action_geo(b, ev->place);                                              /* 52-59 */
    buf_putc(b, '\t');                                                           /* 60 DATEADDED */
    cell(b, doc && doc->url ? doc->url : doc && doc->id ? doc->id : "");        /* 61 SOURCEURL */
    buf_putc(b, '\n');
}

/* Writes s in width columns (cut to width - 1 so columns never touch). */
static void pad(buf *b, const char *s, int width) {
    int n = 0;
    if (s)
        for (const char *p = s; *p; p++) {
            if ((*p & 0xC0) != 0x80 && n == width - 1) break;
            buf_putc(b, (*p == '\n' || *p == '\t') ? ' ' : *p);
            if ((*p & 0xC0) != 0x80) n++;
        }
    for (; n < width; n++) buf_putc(b, ' ');
}

/* Byte offset of UTF-8 character k of s (or its length when shorter). */
static size_t utf8_offset(const char *s, size_t k) {
    size_t i = 0, n = 0;
    for (; s[i]; i++)
        if ((s[i] & 0xC0) != 0x80 && n++ == k) break;
    return i;
}

static size_t utf8_chars(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += (*s & 0xC0) != 0x80;
    return n;
}

/* "id:sentence" in at most width characters: a long id loses its middle,
 * never the sentence number nor its end, which tells apart files named by
 * date ("syria-dai…2017-11-12:14"). */
static void table_where(char *out, size_t cap, const char *id, size_t sentence, size_t width) {
    char num[24];
    int nn = snprintf(num, sizeof num, ":%zu", sentence);
    size_t room = width > (size_t)nn + 3 ? width - (size_t)nn : 3;
    size_t chars = utf8_chars(id);
    if (chars <= room) {
        snprintf(out, cap, "%s%s", id, num);
        return;
    }
    size_t head = (room - 1) / 2, tail = room - 1 - head;
    size_t hb = utf8_offset(id, head), tb = utf8_offset(id, chars - tail);
    snprintf(out, cap, "%.*s\xe2\x80\xa6%s%s", (int)hb, id, id + tb, num);
}

static void write_table(dyad_event_writer *w, const dyad_document *doc, const dyad_event *ev) {
    buf *b = &w->b;
    if (!w->header_done) {
        buf_puts(b, "DATE          ACTOR          EVENT                RECIPIENT      DOCUMENT:SENTENCE       PLACE                ACTOR TEXT / RECIPIENT TEXT\n");
        w->header_done = 1;
    }
    char date[16] = "?";
    /* the date to its precision: 2017-11-11, 2017-11-06/w (a week), 2017-11, 2017 */
    const char *pr = ev->date_precision ? ev->date_precision : "day";
    if (ev->date.year) {
        if (str_eq(pr, "year")) snprintf(date, sizeof date, "%04d", ev->date.year);
        else if (str_eq(pr, "month")) snprintf(date, sizeof date, "%04d-%02d", ev->date.year, ev->date.month);
        else snprintf(date, sizeof date, "%04d-%02d-%02d%s", ev->date.year, ev->date.month, ev->date.day,
                      str_eq(pr, "week") ? "/w" : "");
    }
    char place[160] = "-";
    if (ev->place)
        snprintf(place, sizeof place, "%s%s%s", ev->place->name ? ev->place->name : ev->place->text,
                 ev->place->country_code[0] && ev->place->feature != DYAD_PLACE_COUNTRY ? ", " : "",
                 ev->place->feature != DYAD_PLACE_COUNTRY ? ev->place->country_code : "");
    char evs[48];
    snprintf(evs, sizeof evs, "%s %s", ev->cameo, ev->plover ? ev->plover : "");
    char where[160];
    table_where(where, sizeof where, doc && doc->id ? doc->id : "", ev->sentence, 23);
    pad(b, date, 14);
    pad(b, ev->actor.code, 15);
    pad(b, evs, 21);
    pad(b, ev->recipient.code ? ev->recipient.code : "-", 15);
    pad(b, where, 24);
    pad(b, place, 21);
    pad(b, ev->actor.text, 36);
    buf_puts(b, " / ");
    pad(b, ev->recipient.text ? ev->recipient.text : "-", 36);
    while (b->len && b->data[b->len - 1] == ' ') b->len--;
    b->data[b->len] = 0;
    buf_putc(b, '\n');
}

int dyad_event_writer_write(dyad_event_writer *w, const dyad_document *doc, const dyad_events *e,
                            dyad_error *err) {
    buf_clear(&w->b);
    if (w->format == DYAD_EVENTS_TSV && !w->header_done) {
        buf_puts(&w->b, TSV_HEADER);
        w->header_done = 1;
    }
    size_t n = dyad_event_count(e);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *ev = dyad_event_get(e, i);
        switch (w->format) {
        case DYAD_EVENTS_TSV: write_tsv(w, doc, ev); break;
        case DYAD_EVENTS_GDELT: write_gdelt(w, doc, ev); break;
        case DYAD_EVENTS_TABLE: write_table(w, doc, ev); break;
        default: write_json(w, doc, ev); break;
        }
    }
    if (w->b.len && fwrite(w->b.data, 1, w->b.len, w->out) != w->b.len)
        return set_error(err, DYAD_ERR_INTERNAL, "error writing events");
    return 0;
}
