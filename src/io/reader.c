/* reader.c — documents from files, standard input or memory.
 *
 * Input is read in READ_CHUNK pieces with read(2) (not stdio: a pipe's
 * records are handed on as soon as they arrive), one record at a time into
 * buffers that are reused, so memory is bounded by the largest record, not
 * by the number of documents.  jsonl.c turns a line into a document; plain
 * text is handled here: the whole input is one document. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "base/utf8.h"
#include "io/reader_internal.h"

static const char BOM[3] = {'\xEF', '\xBB', '\xBF'};

static char *dup_str(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* "dir/report.2017.txt" -> "report.2017"; a name that would become empty
 * (".txt") stays whole. */
static char *id_from_name(const char *name) {
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    return dup_str(base, n);
}

static int has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcasecmp(s + n - k, suffix);
}

/* Refills the read-ahead when it is used up.  Returns 1 when bytes are
 * available, 0 at the end, -1 on a read error (r->read_errno). */
static int fill(dyad_reader *r) {
    if (r->in_pos < r->in_len) return 1;
    if (r->read_errno) return -1; /* sticky: a failed sniff must not look like the end */
    r->in_pos = r->in_len = 0;
    if (r->eof) return 0;
    if (r->fd < 0) {
        size_t n = r->mem_len - r->mem_pos;
        if (n > READ_CHUNK) n = READ_CHUNK;
        memcpy(r->in, r->mem + r->mem_pos, n);
        r->mem_pos += n;
        r->in_len = n;
    } else {
        ssize_t n;
        do n = read(r->fd, r->in, READ_CHUNK);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            r->read_errno = errno;
            r->eof = 1;
            return -1;
        }
        r->in_len = (size_t)n;
    }
    if (r->in_len == 0) r->eof = 1;
    return r->in_len > 0;
}

/* The format by option, extension, then content: '{' as the first byte
 * after a BOM and blank space means JSON Lines. */
static int detect_format(dyad_reader *r, const dyad_reader_options *opt) {
    if (opt && opt->format) return opt->format;
    if (has_suffix(r->source, ".jsonl") || has_suffix(r->source, ".ndjson"))
        return DYAD_FORMAT_JSONL;
    if (has_suffix(r->source, ".txt")) return DYAD_FORMAT_TEXT;
    if (fill(r) <= 0) return DYAD_FORMAT_TEXT;
    size_t i = 0;
    if (r->in_len >= 3 && !memcmp(r->in, BOM, 3)) i = 3;
    while (i < r->in_len && r->in[i] && strchr(" \t\r\n", r->in[i])) i++;
    return i < r->in_len && r->in[i] == '{' ? DYAD_FORMAT_JSONL : DYAD_FORMAT_TEXT;
}

static dyad_reader *reader_new(const char *source, const char *id_name,
                               const dyad_reader_options *opt, dyad_error *err) {
    dyad_reader *r = calloc(1, sizeof *r);
    if (r) {
        r->fd = -1;
        r->source = dup_str(source, strlen(source));
        r->text_id = id_name ? dup_str(id_name, strlen(id_name)) : id_from_name(source);
        r->in = malloc(READ_CHUNK);
    }
    if (!r || !r->source || !r->text_id || !r->in) {
        dyad_reader_close(r);
        set_error(err, DYAD_ERR_INTERNAL, "%s: out of memory", source);
        return NULL;
    }
    buf_init(&r->rec);
    buf_init(&r->clean);
    for (int i = 0; i < N_FIELDS; i++) buf_init(&r->field[i]);
    if (opt && opt->date && opt->date->year) r->has_date = 1, r->date = *opt->date;
    if (opt && opt->reference && opt->reference->year)
        r->has_reference = 1, r->reference = *opt->reference;
    r->max_record = opt ? opt->max_record_bytes : 0;
    return r;
}

dyad_reader *dyad_reader_open(const char *path, const dyad_reader_options *opt,
                              dyad_error *err) {
    int std_in = !path || !strcmp(path, "-");
    dyad_reader *r = reader_new(std_in ? "<stdin>" : path, std_in ? "stdin" : NULL, opt, err);
    if (!r) return NULL;
    if (std_in) {
        r->fd = 0;
    } else {
        r->fd = open(path, O_RDONLY | O_CLOEXEC);
        struct stat st;
        int e = r->fd < 0 ? errno : fstat(r->fd, &st) ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
        if (e) {
            set_error(err, DYAD_ERR_INPUT, "%s: cannot open: %s", path, strerror(e));
            dyad_reader_close(r);
            return NULL;
        }
        r->close_fd = 1;
    }
    r->format = detect_format(r, opt);
    return r;
}

dyad_reader *reader_open_memory(const char *data, size_t len, const char *name,
                                const dyad_reader_options *opt, dyad_error *err) {
    dyad_reader *r = reader_new(name, NULL, opt, err);
    if (!r) return NULL;
    r->mem = data;
    r->mem_len = data ? len : 0;
    r->format = detect_format(r, opt);
    return r;
}

void dyad_reader_close(dyad_reader *r) {
    if (!r) return;
    if (r->close_fd && r->fd >= 0) close(r->fd);
    json_decref(r->json);
    buf_free(&r->rec);
    buf_free(&r->clean);
    for (int i = 0; i < N_FIELDS; i++) buf_free(&r->field[i]);
    free(r->in);
    free(r->source);
    free(r->text_id);
    free(r);
}

size_t dyad_reader_utf8_repairs(const dyad_reader *r) { return r ? r->repairs : 0; }

const char *dyad_reader_source(const dyad_reader *r) { return r ? r->source : "-"; }

size_t reader_memory(const dyad_reader *r) {
    size_t n = READ_CHUNK + r->rec.cap + r->clean.cap;
    for (int i = 0; i < N_FIELDS; i++) n += r->field[i].cap;
    return n;
}

void reader_record_error(const dyad_reader *r, dyad_error *err, const char *fmt, ...) {
    if (!err) return;
    char reason[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    set_error(err, DYAD_ERR_INPUT, "%s:%zu: %s", r->source, r->line, reason);
    /* The message quotes input (jansson's "near '...'", a bad date), which
     * may hold control characters or a sequence cut by truncation. */
    unsigned char *m = (unsigned char *)err->message;
    for (size_t i = 0, n = strlen(err->message); i < n;) {
        uint32_t cp;
        size_t k = m[i] >= 0x80 ? utf8_decode(m + i, n - i, &cp) : 1;
        if (k == 0 || m[i] < 0x20 || m[i] == 0x7f) m[i] = '?', k = 1;
        i += k;
    }
}

void reader_finish_document(dyad_reader *r, dyad_document *doc, const dyad_date *input_date) {
    doc->source = r->source;
    doc->line = r->line;
    if (r->has_date) {
        doc->date = r->date;
        doc->date_source = DYAD_DATE_OPTION;
    } else if (input_date) {
        doc->date = *input_date;
        doc->date_source = DYAD_DATE_INPUT;
    } else if (dyad_dateline_find(doc->text, doc->text_len,
                                  r->has_reference ? &r->reference : NULL, &doc->date)) {
        doc->date_source = DYAD_DATE_DATELINE;
    } else {
        doc->date = (dyad_date){0, 0, 0};
        doc->date_source = DYAD_DATE_UNKNOWN;
    }
}

static int read_failed(dyad_reader *r, dyad_error *err) {
    r->done = 1;
    set_error(err, DYAD_ERR_INPUT, "%s: read error: %s", r->source, strerror(r->read_errno));
    return DYAD_READ_FAILED;
}

static int out_of_memory(dyad_reader *r, dyad_error *err) {
    r->done = 1;
    set_error(err, DYAD_ERR_INTERNAL, "%s:%zu: out of memory", r->source, r->line);
    return DYAD_READ_FAILED;
}

/* Reads the next line (without its '\n').  A line that lies whole in the
 * read-ahead is handed out in place (no copy); others are gathered in
 * r->rec.  Returns 1 for a line in *line and *len, 0 at the end, -1 on a read
 * error, -2 out of memory, -3 for a line longer than max_record (dropped;
 * the rest of it is skipped unstored). */
static int read_line(dyad_reader *r, char **line, size_t *len) {
    buf_clear(&r->rec);
    int any = 0, too_long = 0;
    for (;;) {
        int got = fill(r);
        if (got < 0) return -1;
        if (got == 0) {
            if (!any) return 0;
            if (too_long) return -3;
            *line = r->rec.data;
            *len = r->rec.len;
            return 1;
        }
        char *p = r->in + r->in_pos;
        size_t avail = r->in_len - r->in_pos;
        char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        if (r->max_record && r->rec.len + take > r->max_record) too_long = 1;
        r->in_pos += take + (nl != NULL);
        if (nl && !any && !too_long) {
            *line = p;
            *len = take;
            return 1;
        }
        any = 1;
        if (!too_long && buf_append(&r->rec, p, take)) return -2;
        if (nl) {
            if (too_long) return -3;
            *line = r->rec.data;
            *len = r->rec.len;
            return 1;
        }
    }
}

/* The whole input as one document. */
static int next_text(dyad_reader *r, dyad_document *doc, dyad_error *err) {
    r->done = 1;
    r->line = 1;
    buf_clear(&r->rec);
    int too_long = 0, got;
    while ((got = fill(r)) > 0) {
        size_t avail = r->in_len - r->in_pos;
        if (r->max_record && r->rec.len + avail > r->max_record) too_long = 1;
        if (!too_long && buf_append(&r->rec, r->in + r->in_pos, avail))
            return out_of_memory(r, err);
        r->in_pos = r->in_len;
    }
    if (got < 0) return read_failed(r, err);
    if (too_long) {
        reader_record_error(r, err, "document longer than %zu bytes", r->max_record);
        return DYAD_READ_SKIPPED;
    }
    char *s = r->rec.data;
    size_t n = r->rec.len;
    if (n >= 3 && !memcmp(s, BOM, 3)) s += 3, n -= 3;
    /* An empty input is no document rather than an empty one. */
    if (n == 0) return DYAD_READ_END;
    size_t repairs = 0;
    if (!text_is_clean(s, n)) {
        buf_clear(&r->clean);
        repairs = utf8_repair(s, n, &r->clean);
        if (repairs == (size_t)-1) return out_of_memory(r, err);
        s = r->clean.data;
        n = r->clean.len;
    }
    /* Line ends become "\n" (CRLF and old-Mac CR), so that later stages see
     * one kind of paragraph break; offsets refer to this text. */
    if (memchr(s, '\r', n)) {
        size_t w = 0;
        for (size_t i = 0; i < n; i++) {
            if (s[i] != '\r') s[w++] = s[i];
            else if (i + 1 >= n || s[i + 1] != '\n') s[w++] = '\n';
        }
        n = w;
        s[n] = '\0';
    }
    r->repairs += repairs;
    memset(doc, 0, sizeof *doc);
    doc->id = r->text_id;
    doc->text = s;
    doc->text_len = n;
    doc->utf8_repairs = repairs;
    reader_finish_document(r, doc, NULL);
    return DYAD_READ_DOCUMENT;
}

int dyad_reader_next(dyad_reader *r, dyad_document *doc, dyad_error *err) {
    clear_error(err);
    if (r->json) {
        json_decref(r->json);
        r->json = NULL;
    }
    if (r->done) return DYAD_READ_END;
    if (r->format != DYAD_FORMAT_JSONL) return next_text(r, doc, err);
    for (;;) {
        char *line = NULL;
        size_t len = 0;
        int got = read_line(r, &line, &len);
        if (got == 0) {
            r->done = 1;
            return DYAD_READ_END;
        }
        r->line++;
        if (got == -1) return read_failed(r, err);
        if (got == -2) return out_of_memory(r, err);
        if (got == -3) {
            reader_record_error(r, err, "record longer than %zu bytes", r->max_record);
            return DYAD_READ_SKIPPED;
        }
        int res = jsonl_record(r, line, len, doc, err);
        if (res != JSONL_BLANK) return res;
    }
}
