#include "resolve_fixture.h"

#include <stdlib.h>
#include <string.h>

size_t fixture_parse(fixture *f, const char *conllu) {
    memset(f, 0, sizeof *f);
    size_t used = 0;
    const char *p = conllu;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        if (len > 0 && p[0] != '#') {
            if (f->n == FIXTURE_MAX || used + len + 16 > sizeof f->text) return 0;
            char *line = f->text + used;
            memcpy(line, p, len);
            line[len] = '\0';
            used += len + 1;
            char *col[10];
            size_t nc = 0;
            char *s = line;
            while (*s && nc < 10) {
                while (*s == ' ' || *s == '\t') s++;
                if (!*s) break;
                col[nc++] = s;
                while (*s && *s != ' ' && *s != '\t') s++;
                if (*s) *s++ = '\0';
            }
            if (nc < 8) return 0;
            dyad_token *t = &f->toks[f->n++];
            t->form = col[1];
            t->lemma = strcmp(col[2], "_") ? col[2] : NULL;
            t->upos = col[3];
            t->xpos = strcmp(col[4], "_") ? col[4] : NULL;
            t->head = atoi(col[6]) - 1;
            t->deprel = col[7];
            t->space_after = 1;
            if (nc >= 10) {
                const char *m = col[9];
                if (strstr(m, "SpaceAfter=No")) t->space_after = 0;
                const char *e = strstr(m, "Entity=");
                if (e) {
                    e += 7;
                    if (!strncmp(e, "B-", 2)) { t->entity_begin = 1; e += 2; }
                    t->entity = !strncmp(e, "PER", 3)   ? DYAD_ENTITY_PERSON
                                : !strncmp(e, "ORG", 3) ? DYAD_ENTITY_ORGANIZATION
                                : !strncmp(e, "LOC", 3) ? DYAD_ENTITY_PLACE
                                                        : DYAD_ENTITY_OTHER;
                }
            }
        }
        if (!eol) break;
        p = eol + 1;
    }
    return f->n;
}

int fixture_find(const fixture *f, const char *form) {
    for (size_t i = 0; i < f->n; i++)
        if (strcmp(f->toks[i].form, form) == 0) return (int)i;
    return -1;
}
