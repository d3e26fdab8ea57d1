/* date.h — calendar helpers shared by the reader and the dateline finder. */
#ifndef DYAD_IO_DATE_H
#define DYAD_IO_DATE_H

#include <stddef.h>

#include "dyad.h"

/* Days in month m (1-12) of year y (proleptic Gregorian); 0 for a bad month. */
int date_days_in_month(int year, int month);

/* 1 when year/month/day name a real day (year 1-9999). */
int date_valid(int year, int month, int day);

/* Month number 1-12 for an English month name of n bytes, any case: full
 * ("November"), three letters ("Nov") or "Sept"; 0 otherwise. */
int date_month_from_name(const char *s, size_t n);

/* 1 when s[0..n) is an English weekday name, full or abbreviated
 * ("Sunday", "Sun", "Tues", "Thurs"), any case. */
int date_is_weekday_name(const char *s, size_t n);

#endif
