/* event_store.c — the dyad_events container and dyad_code_sentence. */
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "code/coder.h"

dyad_events *dyad_events_new(void) {
    dyad_events *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    arena_init(&e->mem);
    buf_init(&e->ex);
    return e;
}

void dyad_events_free(dyad_events *e) {
    if (!e) return;
    arena_free(&e->mem);
    buf_free(&e->ex);
    free(e->ev);
    sent_work *w = &e->w;
    free(w->form_id); free(w->lemma_id); free(w->mention_of); free(w->group_of);
    free(w->child_first); free(w->child_next); free(w->m); free(w->g); free(w->order);
    free(w->consumed);
    free(e);
}

void dyad_events_begin(dyad_events *e, const char *text, size_t len, const dyad_date *date) {
    arena_reset(&e->mem);
    e->n = 0;
    e->text = text;
    e->text_len = len;
    memset(&e->date, 0, sizeof e->date);
    e->date_int = 0;
    if (date && date->year) {
        e->date = *date;
        e->date_int = date->year * 10000 + date->month * 100 + date->day;
    }
    memset(&e->memo, 0, sizeof e->memo);
    e->n_doc_cc = 0;
    buf_clear(&e->ex);
}

void dyad_events_set_explain(dyad_events *e, int on) { e->explain = on; }
const char *dyad_events_explain(const dyad_events *e) { return e->ex.data ? e->ex.data : ""; }
size_t dyad_event_count(const dyad_events *e) { return e->n; }
const dyad_event *dyad_event_get(const dyad_events *e, size_t i) { return i < e->n ? &e->ev[i] : NULL; }

static const char *kind_name(int k) {
    static const char *const names[] = {"name", "adj", "people", "metonym", "person", "office", "igo",
                                        "igo-metonym", "group", "agent", "agent", "actor", "discard"};
    if (k >= 0 && k < AK__COUNT) return names[k];
    if (k == MK_NER_PERSON) return "ner-person";
    if (k == MK_NER_ORG) return "ner-org";
    if (k == MK_PRONOUN) return "pronoun";
    return "?";
}

static void explain_sentence(const dyad_coder *c, dyad_events *e, size_t sentence) {
    sent_work *w = &e->w;
    const dyad_token *t = w->t;
    buf *b = &e->ex;
    buf_printf(b, "# sentence %zu:", sentence);
    for (uint32_t i = 0; i < w->n; i++) buf_printf(b, " %s", t[i].form ? t[i].form : "_");
    buf_putc(b, '\n');
    for (uint32_t i = 0; i < w->n; i++)
        buf_printf(b, "  %u\t%s\t%s\t%s\t%s\t%d\t%s\n", i + 1, t[i].form ? t[i].form : "_",
                   t[i].lemma ? t[i].lemma : "_", t[i].upos ? t[i].upos : "_", t[i].xpos ? t[i].xpos : "_",
                   t[i].head + 1, t[i].deprel ? t[i].deprel : "_");
    for (uint32_t k = 0; k < w->n_m; k++) {
        const mention *m = &w->m[k];
        buf_puts(b, "  mention '");
        for (uint32_t i = m->b; i < m->e; i++) buf_printf(b, "%s%s", i > m->b ? " " : "", t[i].form);
        if (m->rec >= 0) {
            const actor_rec *r = &c->d.recs[m->rec];
            buf_printf(b, "' %s %s (%s:%u)\n", kind_name(m->kind), r->code, r->file ? r->file : "?", r->line);
        } else {
            buf_printf(b, "' %s\n", kind_name(m->kind));
        }
    }
    for (uint32_t g = 0; g < w->n_g; g++) {
        const group *gr = &w->g[g];
        buf_printf(b, "  actor at '%s': %s", t[gr->top].form, gr->val.code ? gr->val.code : "(no code)");
        for (int i = 0; i < gr->plural; i++) buf_printf(b, "%s%s", i ? "," : " = ", gr->alts[i].code);
        buf_putc(b, '\n');
    }
}

int dyad_code_sentence(const dyad_coder *c, dyad_events *e, size_t sentence, const dyad_token *tokens,
                       size_t n, dyad_error *err) {
    if (!n) return 0;
    if (n > 100000) return set_error(err, DYAD_ERR_INPUT, "sentence %zu: too many tokens (%zu)", sentence, n);
    e->memo.sentence = sentence;
    if (sw_prepare(c, e, tokens, (uint32_t)n) || find_mentions(c, e) || build_groups(c, e))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    if (e->explain) explain_sentence(c, e, sentence);
    /* the document's places so far (this sentence included) break ties
     * between places of the same name */
    if (c->gaz)
        e->n_doc_cc = dyad_sentence_place_countries(c->gaz, tokens, n, e->doc_cc, e->n_doc_cc,
                                                    sizeof e->doc_cc / sizeof e->doc_cc[0]);
    if (code_events(c, e, sentence)) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    return 0;
}
