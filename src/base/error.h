/* error.h — filling a dyad_error. */
#ifndef DYAD_ERROR_H
#define DYAD_ERROR_H

#include "dyad.h"

/* Sets err (if not NULL) and returns status, so callers can write
 * `return set_error(err, DYAD_ERR_INPUT, "%s:%zu: ...", ...);` */
int set_error(dyad_error *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void clear_error(dyad_error *err);

#endif
