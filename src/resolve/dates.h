/* dates.h — event date resolution (the public entry points are in dyad.h:
 * dyad_resolve_event_date, dyad_verb_is_future).
 *
 * The date of an event comes only from temporal modifiers of its verb
 * (obl, obl:tmod, obl:npmod, nmod:tmod, advmod children and their own
 * modifiers), never from a date modifying a noun ("a resolution from
 * December 2015") or from another clause.  Each such modifier's words are
 * read by date_phrase_parse():
 *
 *   explicit   "Nov 11", "Nov. 11", "11 November", "November 11, 2017",
 *              "the 11th of November", "2017-11-11", "25/12/2017"
 *              (a numeric date where day and month could be swapped, like
 *              12/11/2017, is ignored: it cannot be read without knowing
 *              the source's convention);  month: "December 2015",
 *              "in December";  year: "in 2015";  day of this month:
 *              "on the 11th"
 *   relative   yesterday, today, tonight, tomorrow, last night, this
 *              morning/afternoon/evening; last/this/next week|month|year;
 *              earlier/later this week|month|year; N days|weeks|months|years
 *              ago (digits or number words, "a"/"an" = 1)
 *   weekday    "on Saturday": the most recent Saturday on or before the
 *              document date (the next one on or after it when the verb is
 *              future); "last Saturday" strictly before, "next Saturday"
 *              strictly after
 *
 * For an event noun ("the attack on Friday") its nmod children count as a
 * verb's obl.  An infinitive without a date takes its governor's ("failed
 * last week to capture") unless it is planned ("agreed on Saturday to
 * meet": the meeting is not on Saturday).  A four-digit number is a year
 * only at the end of the phrase ("in 2015", not "in 2000 clashes").
 *
 * A month or month-day without a year is the most recent one not after the
 * document date (past) or the first not before it (future).  Phrases
 * introduced by since/until/before/after/from/by/through/between give a
 * bound, not the date, and are ignored. */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H

#include <stddef.h>

#include "dyad.h"

/* Reads lowercased words (trailing '.' removed, punctuation tokens left
 * out) against doc (year 0 = unknown; only absolute dates then resolve).
 * Returns the precision found (0 = no date), filling out->date and
 * out->precision. */
int date_phrase_parse(const char *const *words, size_t n, dyad_date doc, int future,
                      dyad_event_date *out);

#endif
