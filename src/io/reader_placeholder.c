/* PLACEHOLDER until the reader lands: deleted by its owner. */
#include <stddef.h>
#include "dyad.h"
#include "base/error.h"
int dyad_date_parse_iso(const char *s, size_t len, dyad_date *out) { (void)s; (void)len; (void)out; return 0; }
int dyad_dateline_find(const char *t, size_t n, const dyad_date *ref, dyad_date *out) { (void)t; (void)n; (void)ref; (void)out; return 0; }
dyad_reader *dyad_reader_open(const char *path, const dyad_reader_options *o, dyad_error *err) { (void)o; set_error(err, DYAD_ERR_INTERNAL, "%s: reader not built yet", path ? path : "-"); return NULL; }
int dyad_reader_next(dyad_reader *r, dyad_document *d, dyad_error *e) { (void)r; (void)d; (void)e; return DYAD_READ_END; }
size_t dyad_reader_utf8_repairs(const dyad_reader *r) { (void)r; return 0; }
const char *dyad_reader_source(const dyad_reader *r) { (void)r; return "-"; }
void dyad_reader_close(dyad_reader *r) { (void)r; }
