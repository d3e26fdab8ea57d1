/* sentences.c — where sentences end, decided on the token stream.
 *
 * A sentence ends
 *   - after an end mark (. ? !) with the closing quotes and brackets glued to
 *     it and any footnote marks ("[6]", "[...]") after it, unless a comma or
 *     similar follows, or a lower-case word does (except after ? ! or a
 *     period that follows a long word: informal text, see lower_start_ends);
 *   - after an ellipsis only before a capitalised word other than "I";
 *   - after an abbreviation's period only when the next word looks like the
 *     start of a sentence (abbreviations.c says how strict to be: never
 *     after Mr., before any capital after etc., before The/He/In... after
 *     U.S. Inc. and initials);
 *   - at a blank line, always (paragraphs, headings);
 *   - at a single line break, unless the line ends in a comma or the next
 *     goes on in lower case, when the text is not hard-wrapped (each line
 *     is then a paragraph, a heading or a list item), or in wrapped text when
 *     the line is clearly shorter than the wrap width (a heading or the last
 *     line of a paragraph) and the next line starts like a sentence;
 *   - before a list marker that opens a line, and after a dateline
 *     ("TEHRAN (AFP) -");
 *   - in mail and web text, around separator lines and time stamps, after
 *     sign-offs ("Regards,") and after an address before a capital;
 *   - and at the latest after SEG_MAX_SENTENCE_TOKENS tokens. */
#include <string.h>

#include "text/abbreviations.h"
#include "text/segment.h"

typedef struct {
    const char *text;
    size_t len;
    const seg_tokens *t;
    size_t wrap;        /* the width the text is hard-wrapped at, or 0 */
} ctx;

static int is_starter_token(const ctx *c, size_t k, int allow_a_i) {
    const seg_info *in = &c->t->info[k];
    if (in->kind != SEG_WORD && in->kind != SEG_ABBREV) return 0;
    const char *w = c->text + c->t->start[k];
    size_t n = c->t->end[k] - c->t->start[k];
    if (in->kind == SEG_ABBREV) n--; /* "Mr." -> Mr */
    if (!allow_a_i && n == 1) return 0;
    return sentence_starter(w, n);
}

/* An end mark before a lower-case word: informal text often starts its
 * sentences in lower case ("go to famoso. seriously."), while edited text
 * has a lower-case word after a period only after an abbreviation we do not
 * know (short words: "approx. five").  So: ? and ! end; a period ends after
 * a word of four or more letters or a number. */
static int lower_start_ends(const ctx *c, size_t i) {
    const char *m = c->text + c->t->start[i];
    if (*m == '?' || *m == '!') return 1;
    if (c->t->end[i] - c->t->start[i] != 1 || i == 0) return 0;
    size_t p = i - 1;
    if (c->t->end[p] != c->t->start[i]) return 1; /* "word . next" */
    const seg_info *in = &c->t->info[p];
    if (in->kind != SEG_WORD) return 1;
    if (in->flags & SEG_DIGIT) return 1;
    return c->t->end[p] - c->t->start[p] >= 4;
}

/* Length in characters of the line holding token i, up to the token's end. */
static size_t line_length(const ctx *c, size_t i) {
    size_t e = c->t->end[i], b = e, n = 0;
    while (b > 0 && c->text[b - 1] != '\n') {
        b--;
        n += ((unsigned char)c->text[b] & 0xC0) != 0x80; /* characters, not bytes */
    }
    return n;
}

/* Does token k look like the first token of a sentence? */
static int starts_like_sentence(const ctx *c, size_t k) {
    const seg_info *in = &c->t->info[k];
    if (in->flags & (SEG_CAP | SEG_DIGIT)) return 1;
    switch (in->kind) {
    case SEG_OPEN:
    case SEG_QUOTE:
    case SEG_BULLET:
    case SEG_URL: return 1;
    case SEG_PUNCT: {
        /* "$5", "#1", "@user", "*" — symbols, but not , ; : */
        char ch = c->text[c->t->start[k]];
        return !(ch == ',' || ch == ';' || ch == ':' || ch == '%' || ch == '-');
    }
    default: return 0;
    }
}

/* The sentence ends after token i when it ends at a line break. */
static int line_break_ends(const ctx *c, size_t i, size_t k) {
    const seg_info *next = &c->t->info[k];
    if (next->newlines >= 2) return 1;
    if (next->newlines == 0) return 0;
    if (next->kind == SEG_BULLET && !c->wrap) return 1;
    /* A line that ends in a comma or goes on in lower case continues. */
    const seg_info *cur = &c->t->info[i];
    if (cur->kind == SEG_PUNCT) {
        char ch = c->text[c->t->end[i] - 1];
        if (ch == ',' || ch == ';' || ch == '-' || ch == '&') return 0;
    }
    if (next->flags & SEG_LOWER) return 0;
    if (!c->wrap) return 1;
    /* Hard-wrapped: the break is the writer's, not the wrapper's, when the
     * next word would have fitted on the line. */
    size_t next_word = 0;
    for (size_t b = c->t->start[k]; b < c->len && c->text[b] != ' ' && c->text[b] != '\n' &&
                                    c->text[b] != '\t' && c->text[b] != '\r';
         b++)
        next_word += ((unsigned char)c->text[b] & 0xC0) != 0x80;
    /* (2 characters of slack: wrappers count a trailing space) */
    return line_length(c, i) + 1 + next_word + 2 <= c->wrap && starts_like_sentence(c, k);
}

static int tok_is(const ctx *c, size_t k, const char *w) {
    size_t n = c->t->end[k] - c->t->start[k];
    return strlen(w) == n && !memcmp(c->text + c->t->start[k], w, n);
}

/* A separator line: ****, ____, ==== (4 or more). */
static int separator(const ctx *c, size_t k) {
    if (c->t->info[k].kind != SEG_PUNCT) return 0;
    size_t n = c->t->end[k] - c->t->start[k];
    char ch = c->text[c->t->start[k]];
    return n >= 4 && (ch == '*' || ch == '_' || ch == '=' || ch == '-' || ch == '~' || ch == '#');
}

/* "08/16/2000 12:05 PM": a mail header's time stamp, a sentence of its own. */
static int date_token(const ctx *c, size_t k) {
    const char *w = c->text + c->t->start[k];
    size_t n = c->t->end[k] - c->t->start[k], slashes = 0;
    if (n < 6 || n > 10 || !(c->t->info[k].flags & SEG_DIGIT)) return 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '/') slashes++;
        else if (w[i] < '0' || w[i] > '9') return 0;
    }
    return slashes == 2;
}

static int ampm(const ctx *c, size_t k) {
    const char *w = c->text + c->t->start[k];
    return c->t->end[k] - c->t->start[k] == 2 && (w[1] == 'M' || w[1] == 'm') &&
           (w[0] == 'A' || w[0] == 'P' || w[0] == 'a' || w[0] == 'p');
}

static int word_in(const ctx *c, size_t k, const char *const *list) {
    for (; *list; list++)
        if (tok_is(c, k, *list)) return 1;
    return 0;
}

/* "Saturday, January 31, 2009" after a headline: a date line of its own
 * (not "... on Saturday, January 31, 2009"). */
static int full_date_starts(const ctx *c, size_t i, size_t k) {
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                       "Saturday", "Sunday", NULL};
    static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November",
                                         "December", NULL};
    static const char *const linking[] = {"on", "by", "until", "till", "since", "from", "to",
                                          "last", "next", "this", "and", "or", "of", "before",
                                          "after", "that", "for", "as", "at", "every", "between",
                                          "On", "By", "Until", "Since", "From", NULL};
    const seg_tokens *t = c->t;
    if (k + 5 >= t->n || !(t->info[k].flags & SEG_CAP)) return 0;
    /* cheap shape checks first, the word lists last */
    if (c->text[t->start[k + 1]] != ',' || !(t->info[k + 3].flags & SEG_DIGIT) ||
        c->text[t->start[k + 4]] != ',' || !(t->info[k + 5].flags & SEG_DIGIT) ||
        t->end[k + 5] - t->start[k + 5] != 4)
        return 0;
    if (!word_in(c, k, days) || !word_in(c, k + 2, months)) return 0;
    if (t->info[i].kind == SEG_PUNCT) return 0;
    return !word_in(c, i, linking);
}

/* Rules for mail and web text that add ends edited text never has use for:
 * sign-off commas ("Regards, Debra"), separator lines, mail time stamps and
 * an address followed by a capitalised word. */
static int informal_end(const ctx *c, size_t i, size_t k) {
    const seg_tokens *t = c->t;
    const seg_info *nx = &t->info[k];
    const seg_info *cur = &t->info[i];
    /* cheap gates first: this runs for every token */
    if (cur->kind == SEG_WORD && !(nx->flags & (SEG_DIGIT | SEG_CAP)) && !(cur->flags & SEG_CAP) &&
        nx->kind != SEG_PUNCT)
        return 0;
    if (separator(c, i) || separator(c, k)) return 1;
    if (full_date_starts(c, i, k)) return 1;
    if (t->info[i].kind == SEG_URL && (nx->flags & SEG_CAP) && t->end[k] - t->start[k] > 1 &&
        (c->text[t->start[k] + 1] >= 'a' && c->text[t->start[k] + 1] <= 'z'))
        return 1;
    if (nx->flags & SEG_DIGIT && !(cur->kind == SEG_WORD && (cur->flags & SEG_LOWER)) &&
        date_token(c, k) && k + 2 < t->n && ampm(c, k + 2))
        return 1;
    if (ampm(c, i) && i >= 2 && date_token(c, i - 2) && (nx->flags & (SEG_CAP | SEG_LOWER))) return 1;
    if (i >= 1 && cur->kind == SEG_PUNCT && c->text[t->start[i]] == ',' && (nx->flags & SEG_CAP) &&
        (tok_is(c, i - 1, "Regards") || tok_is(c, i - 1, "regards") || tok_is(c, i - 1, "Thanks") ||
         tok_is(c, i - 1, "Sincerely") || tok_is(c, i - 1, "Cheers") || tok_is(c, i - 1, "Best")))
        return 1;
    return 0;
}

/* Splits sentences longer than SEG_MAX_SENTENCE_TOKENS (tables, lists and
 * run-on text without end marks), so the stages after us never see an
 * unbounded sentence: at the last ';' or ':', else the last ',', else
 * anywhere, in the second half of the window. */
static void cap_length(const ctx *c, uint8_t *end_after) {
    const seg_tokens *t = c->t;
    size_t first = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (end_after[i]) {
            first = i + 1;
            continue;
        }
        if (i + 1 - first < SEG_MAX_SENTENCE_TOKENS) continue;
        size_t cut = i, best = 0, comma = 0;
        for (size_t k = i; k > first + SEG_MAX_SENTENCE_TOKENS / 2; k--) {
            if (t->info[k].kind != SEG_PUNCT) continue;
            char ch = c->text[t->start[k]];
            if ((ch == ';' || ch == ':') && !best) best = k;
            if (ch == ',' && !comma) comma = k;
        }
        if (best) cut = best;
        else if (comma) cut = comma;
        end_after[cut] = 1;
        first = cut + 1;
        i = cut;
    }
}

/* "TEHRAN (AFP) -", "BEIRUT, Lebanon, Nov. 12 (Reuters) —": a dateline is a
 * sentence of its own (as in UD English), so the story's first sentence
 * starts with its subject.  Token i is a dash after a space; the line must
 * open with a word in capitals and hold only names, numbers, commas,
 * abbreviations and a bracketed agency before it, with a comma or a bracket
 * among them (not a heading: "MUST READ -"). */
static int dateline_dash(const ctx *c, size_t i) {
    const seg_tokens *t = c->t;
    const char *d = c->text + t->start[i];
    size_t dn = t->end[i] - t->start[i];
    int dash = (dn <= 2 && d[0] == '-' && (dn == 1 || d[1] == '-')) ||
               (dn == 3 && (unsigned char)d[0] == 0xE2 && (unsigned char)d[1] == 0x80 &&
                ((unsigned char)d[2] == 0x93 || (unsigned char)d[2] == 0x94));
    if (!dash || i == 0 || i + 1 >= t->n || t->info[i + 1].newlines ||
        t->start[i] == t->end[i - 1]) /* "Major-General" */
        return 0;
    size_t s = i - 1;
    while (s > 0 && !(t->info[s].flags & SEG_LINE_START) && i - s < 16) s--;
    if (s > 0 && !(t->info[s].flags & SEG_LINE_START)) return 0;
    /* the first word in capitals: TEHRAN, NEW YORK */
    const char *w = c->text + t->start[s];
    size_t wn = t->end[s] - t->start[s];
    if (t->info[s].kind != SEG_WORD || wn < 3) return 0;
    for (size_t x = 0; x < wn; x++)
        if (w[x] < 'A' || w[x] > 'Z') return 0;
    int marked = 0; /* a comma or a bracket: not a heading in capitals ("MUST READ -") */
    for (size_t k = s + 1; k < i; k++) {
        const seg_info *in = &t->info[k];
        if (in->kind == SEG_OPEN) marked = 1;
        if (in->kind == SEG_WORD || in->kind == SEG_ABBREV || in->kind == SEG_OPEN ||
            in->kind == SEG_CLOSE)
            continue;
        if (in->kind == SEG_PUNCT && c->text[t->start[k]] == ',') {
            marked = 1;
            continue;
        }
        /* a hyphen inside a name, a slash between two: "PORT-AU-PRINCE",
         * "DAR ES-SALAAM", "BAKU/YEREVAN" */
        if (in->kind == SEG_PUNCT && (c->text[t->start[k]] == '-' || c->text[t->start[k]] == '/') &&
            t->end[k] - t->start[k] == 1 &&
            t->start[k] == t->end[k - 1] && k + 1 < i && t->start[k + 1] == t->end[k])
            continue;
        return 0;
    }
    return marked && starts_like_sentence(c, i + 1);
}

/* The text is hard-wrapped at width W when W is its longest line (few
 * lines longer than SEG_MAX_WRAP aside) and many lines (40%) come close to
 * it (60% of W or more). */
static size_t wrap_width(const seg_tokens *t) {
    if (t->n_lines < 3 || t->line_hist[SEG_MAX_WRAP + 1] * 10 > t->n_lines) return 0;
    size_t w = SEG_MAX_WRAP;
    while (w > 0 && !t->line_hist[w]) w--;
    if (w < 30) return 0;
    size_t near = 0;
    for (size_t l = w * 6 / 10; l <= w; l++) near += t->line_hist[l];
    return near * 10 >= t->n_lines * 4 ? w : 0;
}

void seg_sentence_ends(const char *text, size_t len, const seg_tokens *t, uint8_t *end_after) {
    ctx c = {text, len, t, wrap_width(t)};
    size_t n = t->n;
    memset(end_after, 0, n);
    for (size_t i = 0; i + 1 < n; i++) {
        const seg_info *in = &t->info[i];
        if (in->kind == SEG_END || in->kind == SEG_ELLIPSIS) {
            /* Closing quotes and brackets glued to the mark belong to it. */
            size_t j = i + 1;
            while (j < n && t->start[j] == t->end[j - 1] &&
                   (t->info[j].kind == SEG_CLOSE || t->info[j].kind == SEG_QUOTE))
                j++;
            /* Footnote marks and omissions belong to the sentence:
             * "... in 1805. [6]", "... for all! [...]". */
            while (j + 2 < n && t->info[j].newlines == 0 && text[t->start[j]] == '[' &&
                   ((t->info[j + 1].flags & SEG_DIGIT) || t->info[j + 1].kind == SEG_ELLIPSIS) &&
                   text[t->start[j + 2]] == ']' && t->end[j + 2] - t->start[j + 2] == 1)
                j += 3;
            if (j == n) break;
            size_t last = j - 1;
            const seg_info *nx = &t->info[j];
            int end;
            if (nx->newlines) end = 1;
            else if (last == i && (nx->kind == SEG_END || nx->kind == SEG_ELLIPSIS)) end = 0; /* ". . ." */
            else if (nx->flags & SEG_LOWER) end = last == i && lower_start_ends(&c, i);
            else if (nx->kind == SEG_PUNCT || nx->kind == SEG_CLOSE) {
                char ch = text[t->start[j]];
                end = !(ch == ',' || ch == ';' || ch == ':' || ch == ')' || ch == '-' ||
                        (unsigned char)ch >= 0x80);
            } else if (in->kind == SEG_ELLIPSIS) {
                end = (nx->flags & SEG_CAP) && !(t->end[j] - t->start[j] == 1 && text[t->start[j]] == 'I');
            } else {
                end = 1;
            }
            if (end) end_after[last] = 1;
            i = last;
            continue;
        }
        size_t k = i + 1;
        /* In wrapped text "28." opening a line may be a number ending the
         * sentence rather than a list marker: read it as one when the line
         * break before it was the wrapper's. */
        if (in->kind == SEG_BULLET && c.wrap && i > 0 && !end_after[i - 1] &&
            text[t->end[i] - 1] == '.' && (t->info[i].flags & SEG_DIGIT) &&
            t->info[k].newlines == 0 && starts_like_sentence(&c, k)) {
            end_after[i] = 1;
            continue;
        }
        if (dateline_dash(&c, i)) {
            end_after[i] = 1;
            continue;
        }
        if (line_break_ends(&c, i, k)) {
            end_after[i] = 1;
            continue;
        }
        if (informal_end(&c, i, k)) {
            end_after[i] = 1;
            continue;
        }
        if (in->kind == SEG_ABBREV) {
            const seg_info *nx = &t->info[k];
            switch (in->abbrev) {
            case ABBR_ETC:
                end_after[i] = (nx->flags & SEG_CAP) || nx->kind == SEG_OPEN;
                break;
            case ABBR_GENERAL: end_after[i] = (uint8_t)is_starter_token(&c, k, 1); break;
            case ABBR_INITIAL: end_after[i] = (uint8_t)is_starter_token(&c, k, 0); break;
            default: break;
            }
        }
    }
    if (n) end_after[n - 1] = 1;
    cap_length(&c, end_after);
}
