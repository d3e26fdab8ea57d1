/* libFuzzer target: place-name keys and date phrases on arbitrary bytes.
 * The first byte picks the document date's day offset and tense; the rest
 * is a name (for place_key) and, split at spaces, the words of a date
 * phrase. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "io/date.h"
#include "resolve/calendar.h"
#include "resolve/dates.h"
#include "resolve/placename.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0 || size > 512) return 0;
    char key[PLACE_KEY_MAX];
    size_t kl = place_key((const char *)data + 1, size - 1, key);
    if (kl >= PLACE_KEY_MAX || (kl && strlen(key) != kl)) __builtin_trap();
    place_strip_generic_suffix((const char *)data + 1, size - 1);

    char buf[513];
    memcpy(buf, data + 1, size - 1);
    buf[size - 1] = '\0';
    const char *words[32];
    size_t n = 0;
    for (char *s = strtok(buf, " "); s && n < 32; s = strtok(NULL, " "))
        if (*s) words[n++] = s;
    dyad_date doc = cal_from_days(17000 + data[0]);
    dyad_event_date out;
    memset(&out, 0, sizeof out);
    int p = date_phrase_parse(words, n, doc, data[0] & 1, &out);
    if (p && !date_valid(out.date.year, out.date.month, out.date.day)) __builtin_trap();
    return 0;
}
