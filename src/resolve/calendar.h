/* calendar.h — proleptic Gregorian day arithmetic for date resolution. */
#ifndef DYAD_CALENDAR_H
#define DYAD_CALENDAR_H

#include "dyad.h"

/* Days since 1970-01-01 (negative before). */
long cal_days(dyad_date d);
dyad_date cal_from_days(long days);
/* 0 = Sunday ... 6 = Saturday. */
int cal_weekday(long days);
/* Month lengths and validity are the reader's: io/date.h. */

#endif
