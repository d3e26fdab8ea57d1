#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>

int set_error(dyad_error *err, int status, const char *fmt, ...) {
    if (!err) return status;
    err->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return status;
}

void clear_error(dyad_error *err) {
    if (!err) return;
    err->status = DYAD_OK;
    err->message[0] = '\0';
}
