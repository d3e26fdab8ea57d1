/* segment.c — the segmenter's driver: tokens, then sentence ends, then the
 * public token and sentence arrays. */
#include "text/segment.h"

#include <string.h>

#include "base/error.h"
#include "text/charclass.h"

int segment_text(const char *text, size_t len, arena *a, segmentation *out,
                 dyad_error *err) {
    memset(out, 0, sizeof *out);
    if (len >= UINT32_MAX)
        return set_error(err, DYAD_ERR_INPUT, "text of %zu bytes is too long to segment (limit 4 GiB)", len);
    if (len == 0) return DYAD_OK;
    seg_tokens t;
    if (seg_tokenize(text, len, a, &t)) goto oom;
    size_t n = t.n;
    if (n == 0) return DYAD_OK;

    uint8_t *end_after = arena_alloc_uninit(a, n); /* seg_sentence_ends sets every byte */
    if (!end_after) goto oom;
    seg_sentence_ends(text, len, &t, end_after);

    /* All forms in one block: each slice copied and NUL-terminated. */
    size_t bytes = 0, n_sent = 0;
    for (size_t i = 0; i < n; i++) {
        bytes += t.end[i] - t.start[i] + 1;
        n_sent += end_after[i];
    }
    /* the forms and the sentences are written whole below; the tokens'
     * other fields start zeroed */
    char *forms = arena_alloc_uninit(a, bytes);
    dyad_token *tok = arena_alloc(a, n * sizeof *tok);
    dyad_sentence *sent = arena_alloc_uninit(a, n_sent * sizeof *sent);
    if (!forms || !tok || !sent) goto oom;

    const unsigned char *s = (const unsigned char *)text;
    size_t si = 0, first = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t b = t.start[i], e = t.end[i];
        memcpy(forms, text + b, e - b);
        forms[e - b] = '\0';
        dyad_token *k = &tok[i];
        k->start = b;
        k->end = e;
        k->form = forms;
        k->head = -1;
        if (e < len) {
            unsigned c = char_class_ascii[s[e]];
            if (c & CC_NONASCII) {
                size_t kl;
                uint32_t cp;
                c = char_class_at(s + e, len - e, &kl, &cp);
            }
            k->space_after = (c & CC_SPACE) != 0;
        }
        forms += e - b + 1;
        if (end_after[i]) {
            sent[si].start = t.start[first];
            sent[si].end = e;
            sent[si].first_token = (uint32_t)first;
            sent[si].n_tokens = (uint32_t)(i + 1 - first);
            si++;
            first = i + 1;
        }
    }
    out->tokens = tok;
    out->n_tokens = n;
    out->sentences = sent;
    out->n_sentences = n_sent;
    return DYAD_OK;
oom:
    return set_error(err, DYAD_ERR_INTERNAL, "out of memory while segmenting %zu bytes", len);
}
