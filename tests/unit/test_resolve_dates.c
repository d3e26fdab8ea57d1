/* Tests of event date resolution (src/resolve/dates.c, calendar.c, tree.c). */
#include <stdio.h>

#include "test.h"

#include "io/date.h"
#include "resolve/calendar.h"
#include "resolve/dates.h"
#include "resolve_fixture.h"

static const dyad_date DOC = { 2017, 11, 12 }; /* a Sunday */

/* Parses space-separated lowercase words; returns "YYYY-MM-DD/precision"
 * or "none" in a static buffer. */
static const char *phrase(const char *text, dyad_date doc, int future) {
    static char buf[256], out[64];
    const char *words[32];
    size_t n = 0;
    snprintf(buf, sizeof buf, "%s", text);
    for (char *s = strtok(buf, " "); s && n < 32; s = strtok(NULL, " ")) words[n++] = s;
    dyad_event_date d;
    memset(&d, 0, sizeof d);
    if (!date_phrase_parse(words, n, doc, future, &d)) return "none";
    snprintf(out, sizeof out, "%04d-%02d-%02d/%s", d.date.year, d.date.month, d.date.day,
             dyad_date_precision_name(d.precision));
    return out;
}

TEST(calendar_round_trip_and_weekdays) {
    dyad_date d = { 2017, 11, 12 };
    long days = cal_days(d);
    CHECK_INT(cal_weekday(days), 0); /* Sunday */
    dyad_date back = cal_from_days(days - 366);
    CHECK_INT(back.year, 2016);
    CHECK_INT(back.month, 11);
    CHECK_INT(back.day, 11);
    CHECK_INT(cal_days((dyad_date){ 1970, 1, 1 }), 0);
    CHECK_INT(date_days_in_month(2016, 2), 29);
    CHECK_INT(date_days_in_month(1900, 2), 28);
    CHECK(!date_valid(2017, 2, 29));
}

TEST(date_weekdays_past_and_future) {
    CHECK_STR(phrase("on saturday", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("on thursday", DOC, 0), "2017-11-09/day");
    CHECK_STR(phrase("friday", DOC, 0), "2017-11-10/day");
    /* The document's own weekday is that day. */
    CHECK_STR(phrase("on sunday", DOC, 0), "2017-11-12/day");
    CHECK_STR(phrase("on monday", DOC, 0), "2017-11-06/day");
    /* Future verbs look forward. */
    CHECK_STR(phrase("on monday", DOC, 1), "2017-11-13/day");
    CHECK_STR(phrase("on saturday", DOC, 1), "2017-11-18/day");
    CHECK_STR(phrase("last sunday", DOC, 0), "2017-11-05/day");
    CHECK_STR(phrase("next sunday", DOC, 1), "2017-11-19/day");
    CHECK_STR(phrase("on sat", DOC, 0), "2017-11-11/day");
}

TEST(date_relative_days) {
    CHECK_STR(phrase("yesterday", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("today", DOC, 0), "2017-11-12/day");
    CHECK_STR(phrase("tomorrow", DOC, 1), "2017-11-13/day");
    CHECK_STR(phrase("last night", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("this morning", DOC, 0), "2017-11-12/day");
    CHECK_STR(phrase("earlier today", DOC, 0), "2017-11-12/day");
    /* Across a month and a year boundary. */
    CHECK_STR(phrase("yesterday", (dyad_date){ 2018, 1, 1 }, 0), "2017-12-31/day");
}

TEST(date_weeks_months_years) {
    /* Week precision: the Monday of the week. */
    CHECK_STR(phrase("last week", DOC, 0), "2017-10-30/week");
    CHECK_STR(phrase("this week", DOC, 0), "2017-11-06/week");
    CHECK_STR(phrase("next week", DOC, 1), "2017-11-13/week");
    CHECK_STR(phrase("two weeks ago", DOC, 0), "2017-10-23/week");
    CHECK_STR(phrase("2 weeks ago", DOC, 0), "2017-10-23/week");
    CHECK_STR(phrase("a week ago", DOC, 0), "2017-10-30/week");
    CHECK_STR(phrase("three days ago", DOC, 0), "2017-11-09/day");
    CHECK_STR(phrase("earlier this month", DOC, 0), "2017-11-01/month");
    CHECK_STR(phrase("last month", DOC, 0), "2017-10-01/month");
    CHECK_STR(phrase("last month", (dyad_date){ 2018, 1, 5 }, 0), "2017-12-01/month");
    CHECK_STR(phrase("six months ago", DOC, 0), "2017-05-01/month");
    CHECK_STR(phrase("fourteen months ago", DOC, 0), "2016-09-01/month");
    CHECK_STR(phrase("last year", DOC, 0), "2016-01-01/year");
    CHECK_STR(phrase("earlier this year", DOC, 0), "2017-01-01/year");
    CHECK_STR(phrase("two years ago", DOC, 0), "2015-01-01/year");
    /* Vague counts are not guessed. */
    CHECK_STR(phrase("a few weeks ago", DOC, 0), "none");
    CHECK_STR(phrase("several weeks ago", DOC, 0), "none");
}

TEST(date_explicit_forms) {
    CHECK_STR(phrase("on nov 11", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("nov. 11", DOC, 0), "2017-11-11/day"); /* '.' kept: still read */
    CHECK_STR(phrase("11 november", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("on november 11 2017", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("the 11th of november", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("on sept 3rd", DOC, 0), "2017-09-03/day");
    /* Without a year: the latest not after the document date ... */
    CHECK_STR(phrase("on december 25", DOC, 0), "2016-12-25/day");
    /* ... or, for future verbs, the first not before it. */
    CHECK_STR(phrase("on december 25", DOC, 1), "2017-12-25/day");
    CHECK_STR(phrase("on the 11th", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("on the 20th", DOC, 0), "2017-10-20/day");
    CHECK_STR(phrase("in december 2015", DOC, 0), "2015-12-01/month");
    CHECK_STR(phrase("in december", DOC, 0), "2016-12-01/month");
    CHECK_STR(phrase("in october", DOC, 0), "2017-10-01/month");
    CHECK_STR(phrase("in 2015", DOC, 0), "2015-01-01/year");
    CHECK_STR(phrase("on 2017-11-11", DOC, 0), "2017-11-11/day");
    CHECK_STR(phrase("on saturday , november 4", DOC, 0), "2017-11-04/day");
    /* An invalid day is no date. */
    CHECK_STR(phrase("on february 30 2017", DOC, 0), "none");
    /* "may" only as a month when clearly one. */
    CHECK_STR(phrase("may", DOC, 0), "none");
    CHECK_STR(phrase("in may", DOC, 0), "2017-05-01/month");
}

TEST(date_numeric_ambiguity_is_not_guessed) {
    CHECK_STR(phrase("on 12/11/2017", DOC, 0), "none");
    CHECK_STR(phrase("on 25/12/2016", DOC, 0), "2016-12-25/day");
    CHECK_STR(phrase("on 12/25/2016", DOC, 0), "2016-12-25/day");
    CHECK_STR(phrase("on 11/11/2017", DOC, 0), "2017-11-11/day");
}

TEST(date_bounds_are_not_dates) {
    CHECK_STR(phrase("since 2011", DOC, 0), "none");
    CHECK_STR(phrase("until friday", DOC, 0), "none");
    CHECK_STR(phrase("by december", DOC, 1), "none");
}

TEST(date_unknown_document_date) {
    dyad_date none = { 0, 0, 0 };
    CHECK_STR(phrase("on saturday", none, 0), "none");
    CHECK_STR(phrase("yesterday", none, 0), "none");
    CHECK_STR(phrase("november 11 2017", none, 0), "2017-11-11/day");
    CHECK_STR(phrase("in 2015", none, 0), "2015-01-01/year");
}

/* ---- on trees: the example article (document date 2017-11-12) ---- */

/* "... a position agreed between Lavrov and Tillerson on Saturday." */
static const char *AGREED =
    "1 a a DET DT _ 2 det _ _\n"
    "2 position position NOUN NN _ 0 root _ _\n"
    "3 agreed agree VERB VBN _ 2 acl _ _\n"
    "4 between between ADP IN _ 5 case _ _\n"
    "5 Lavrov Lavrov PROPN NNP _ 3 obl _ Entity=B-PER\n"
    "6 and and CCONJ CC _ 7 cc _ _\n"
    "7 Tillerson Tillerson PROPN NNP _ 5 conj _ Entity=B-PER\n"
    "8 on on ADP IN _ 9 case _ _\n"
    "9 Saturday Saturday PROPN NNP _ 3 obl _ SpaceAfter=No\n"
    "10 . . PUNCT . _ 2 punct _ _\n";

/* "The military announced on Thursday that they had completed victory over
 *  ISIS with the takeover of al-Bukamal in eastern Syria." */
static const char *ANNOUNCED =
    "1 The the DET DT _ 2 det _ _\n"
    "2 military military NOUN NN _ 3 nsubj _ _\n"
    "3 announced announce VERB VBD _ 0 root _ _\n"
    "4 on on ADP IN _ 5 case _ _\n"
    "5 Thursday Thursday PROPN NNP _ 3 obl _ _\n"
    "6 that that SCONJ IN _ 9 mark _ _\n"
    "7 they they PRON PRP _ 9 nsubj _ _\n"
    "8 had have AUX VBD _ 9 aux _ _\n"
    "9 completed complete VERB VBN _ 3 ccomp _ _\n"
    "10 victory victory NOUN NN _ 9 obj _ _\n"
    "11 over over ADP IN _ 12 case _ _\n"
    "12 ISIS ISIS PROPN NNP _ 10 nmod _ Entity=B-ORG\n"
    "13 with with ADP IN _ 15 case _ _\n"
    "14 the the DET DT _ 15 det _ _\n"
    "15 takeover takeover NOUN NN _ 9 obl _ _\n"
    "16 of of ADP IN _ 17 case _ _\n"
    "17 al-Bukamal al-Bukamal PROPN NNP _ 15 nmod _ Entity=B-LOC\n"
    "18 in in ADP IN _ 20 case _ _\n"
    "19 eastern eastern ADJ JJ _ 20 amod _ _\n"
    "20 Syria Syria PROPN NNP _ 17 nmod _ Entity=B-LOC|SpaceAfter=No\n"
    "21 . . PUNCT . _ 3 punct _ _\n";

/* "However, the Islamic State posted video on Friday showing its forces." */
static const char *POSTED =
    "1 However however ADV RB _ 6 advmod _ SpaceAfter=No\n"
    "2 , , PUNCT , _ 6 punct _ _\n"
    "3 the the DET DT _ 5 det _ _\n"
    "4 Islamic Islamic PROPN NNP _ 5 compound _ Entity=B-ORG\n"
    "5 State State PROPN NNP _ 6 nsubj _ Entity=ORG\n"
    "6 posted post VERB VBD _ 0 root _ _\n"
    "7 video video NOUN NN _ 6 obj _ _\n"
    "8 on on ADP IN _ 9 case _ _\n"
    "9 Friday Friday PROPN NNP _ 6 obl _ _\n"
    "10 showing show VERB VBG _ 7 acl _ _\n"
    "11 its its PRON PRP$ _ 12 nmod:poss _ _\n"
    "12 forces force NOUN NNS _ 10 obj _ SpaceAfter=No\n"
    "13 . . PUNCT . _ 6 punct _ _\n";

/* "Invoking a UN resolution from December 2015, the Kremlin highlighted
 *  reform." */
static const char *INVOKING =
    "1 Invoking invoke VERB VBG _ 10 advcl _ _\n"
    "2 a a DET DT _ 4 det _ _\n"
    "3 UN UN PROPN NNP _ 4 compound _ _\n"
    "4 resolution resolution NOUN NN _ 1 obj _ _\n"
    "5 from from ADP IN _ 6 case _ _\n"
    "6 December December PROPN NNP _ 4 nmod _ _\n"
    "7 2015 2015 NUM CD _ 6 nummod _ SpaceAfter=No\n"
    "8 , , PUNCT , _ 10 punct _ _\n"
    "9 Kremlin Kremlin PROPN NNP _ 10 nsubj _ _\n"
    "10 highlighted highlight VERB VBD _ 0 root _ _\n"
    "11 reform reform NOUN NN _ 10 obj _ SpaceAfter=No\n"
    "12 . . PUNCT . _ 10 punct _ _\n";

/* "Two weeks ago, Tillerson had said that there was no role for Assad." */
static const char *SAID =
    "1 Two two NUM CD _ 2 nummod _ _\n"
    "2 weeks week NOUN NNS _ 3 obl:npmod _ _\n"
    "3 ago ago ADV RB _ 7 advmod _ SpaceAfter=No\n"
    "4 , , PUNCT , _ 7 punct _ _\n"
    "5 Tillerson Tillerson PROPN NNP _ 7 nsubj _ _\n"
    "6 had have AUX VBD _ 7 aux _ _\n"
    "7 said say VERB VBN _ 0 root _ _\n"
    "8 that that SCONJ IN _ 10 mark _ _\n"
    "9 there there PRON EX _ 10 expl _ _\n"
    "10 was be VERB VBD _ 7 ccomp _ _\n"
    "11 no no DET DT _ 12 det _ _\n"
    "12 role role NOUN NN _ 10 nsubj _ _\n";

/* "Russia will host talks on Saturday." */
static const char *WILL_HOST =
    "1 Russia Russia PROPN NNP _ 3 nsubj _ _\n"
    "2 will will AUX MD _ 3 aux _ _\n"
    "3 host host VERB VB _ 0 root _ _\n"
    "4 talks talk NOUN NNS _ 3 obj _ _\n"
    "5 on on ADP IN _ 6 case _ _\n"
    "6 Saturday Saturday PROPN NNP _ 3 obl _ _\n";

/* "Turkey plans to attack Afrin next week." */
static const char *PLANS =
    "1 Turkey Turkey PROPN NNP _ 2 nsubj _ _\n"
    "2 plans plan VERB VBZ _ 0 root _ _\n"
    "3 to to PART TO _ 4 mark _ _\n"
    "4 attack attack VERB VB _ 2 xcomp _ _\n"
    "5 Afrin Afrin PROPN NNP _ 4 obj _ _\n"
    "6 next next ADJ JJ _ 7 amod _ _\n"
    "7 week week NOUN NN _ 4 obl:tmod _ _\n";

/* "Troops were killed yesterday." */
static const char *YESTERDAY =
    "1 Troops troop NOUN NNS _ 3 nsubj:pass _ _\n"
    "2 were be AUX VBD _ 3 aux:pass _ _\n"
    "3 killed kill VERB VBN _ 0 root _ _\n"
    "4 yesterday yesterday NOUN NN _ 3 obl:tmod _ _\n";

static void check_event(const char *conllu, const char *verb, dyad_date doc, int want_source,
                        const char *want_date, int want_precision) {
    fixture f;
    if (!fixture_parse(&f, conllu)) { test_fail(__FILE__, __LINE__, "bad fixture"); return; }
    int v = fixture_find(&f, verb);
    dyad_event_date d;
    int src = dyad_resolve_event_date(f.toks, f.n, v, doc, -1, &d);
    char got[16];
    snprintf(got, sizeof got, "%04d-%02d-%02d", d.date.year, d.date.month, d.date.day);
    if (src != want_source || d.source != want_source || strcmp(got, want_date) != 0 ||
        d.precision != want_precision)
        test_fail(__FILE__, __LINE__, "%s: got %s %s/%d, want %s %s/%d", verb,
                  dyad_event_date_source_name(src) ? dyad_event_date_source_name(src) : "none",
                  got, d.precision,
                  dyad_event_date_source_name(want_source) ? dyad_event_date_source_name(want_source) : "none",
                  want_date, want_precision);
}

TEST(date_example_article_events) {
    check_event(AGREED, "agreed", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-11", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    check_event(ANNOUNCED, "announced", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-09", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    /* The embedded clause does not inherit "on Thursday". */
    check_event(ANNOUNCED, "completed", DOC, DYAD_EVENT_DATE_DOCUMENT, "2017-11-12", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    check_event(POSTED, "posted", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-10", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    check_event(SAID, "said", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-10-23", DYAD_PRECISION_WEEK);
}

TEST(date_noun_modifiers_do_not_date_the_event) {
    /* "a resolution from December 2015" modifies the noun. */
    check_event(INVOKING, "Invoking", DOC, DYAD_EVENT_DATE_DOCUMENT, "2017-11-12", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    check_event(INVOKING, "highlighted", DOC, DYAD_EVENT_DATE_DOCUMENT, "2017-11-12", DYAD_PRECISION_DAY);
}

TEST(date_future_verbs_and_plans) {
    check_event(WILL_HOST, "host", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-18", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    check_event(PLANS, "attack", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-13", DYAD_PRECISION_WEEK);
    if (test_failed_now()) return;
    fixture f;
    CHECK(fixture_parse(&f, PLANS));
    CHECK(dyad_verb_is_future(f.toks, f.n, fixture_find(&f, "attack")));
    CHECK(!dyad_verb_is_future(f.toks, f.n, fixture_find(&f, "plans")));
    CHECK(fixture_parse(&f, POSTED));
    CHECK(!dyad_verb_is_future(f.toks, f.n, fixture_find(&f, "posted")));
}

TEST(date_sources_and_unknown_document_date) {
    check_event(YESTERDAY, "killed", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-11", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    dyad_date none = { 0, 0, 0 };
    check_event(YESTERDAY, "killed", none, DYAD_EVENT_DATE_NONE, "0000-00-00", DYAD_PRECISION_NONE);
    if (test_failed_now()) return;
    CHECK_STR(dyad_event_date_source_name(DYAD_EVENT_DATE_DOCUMENT), "document");
    CHECK(dyad_event_date_source_name(DYAD_EVENT_DATE_NONE) == NULL);
    /* The expression's tokens are reported. */
    fixture f;
    CHECK(fixture_parse(&f, SAID));
    dyad_event_date d;
    dyad_resolve_event_date(f.toks, f.n, fixture_find(&f, "said"), DOC, 0, &d);
    CHECK_INT(d.first_token, 0);
    CHECK_INT(d.last_token, 2);
}

TEST(clause_excludes_embedded_clauses) {
    fixture f;
    CHECK(fixture_parse(&f, ANNOUNCED));
    unsigned char in[FIXTURE_MAX];
    size_t k = dyad_clause_tokens(f.toks, f.n, fixture_find(&f, "announced"), in);
    CHECK_INT(k, 6); /* The military announced on Thursday . */
    CHECK(in[fixture_find(&f, "Thursday")]);
    CHECK(!in[fixture_find(&f, "completed")]);
    CHECK(!in[fixture_find(&f, "al-Bukamal")]);
    k = dyad_clause_tokens(f.toks, f.n, fixture_find(&f, "completed"), in);
    CHECK(in[fixture_find(&f, "al-Bukamal")]);
    CHECK(!in[fixture_find(&f, "Thursday")]);
    CHECK_INT(dyad_clause_tokens(f.toks, f.n, 99, in), 0);
}

/* "Forces failed last week to capture the town." */
static const char *FAILED =
    "1 Forces force NOUN NNS _ 2 nsubj _ _\n"
    "2 failed fail VERB VBD _ 0 root _ _\n"
    "3 last last ADJ JJ _ 4 amod _ _\n"
    "4 week week NOUN NN _ 2 obl:tmod _ _\n"
    "5 to to PART TO _ 6 mark _ _\n"
    "6 capture capture VERB VB _ 2 xcomp _ _\n"
    "7 the the DET DT _ 8 det _ _\n"
    "8 town town NOUN NN _ 6 obj _ _\n";

/* "Russia agreed on Saturday to hold talks on Monday." */
static const char *AGREED_TO =
    "1 Russia Russia PROPN NNP _ 2 nsubj _ _\n"
    "2 agreed agree VERB VBD _ 0 root _ _\n"
    "3 on on ADP IN _ 4 case _ _\n"
    "4 Saturday Saturday PROPN NNP _ 2 obl _ _\n"
    "5 to to PART TO _ 6 mark _ _\n"
    "6 hold hold VERB VB _ 2 xcomp _ _\n"
    "7 talks talk NOUN NNS _ 6 obj _ _\n"
    "8 on on ADP IN _ 9 case _ _\n"
    "9 Monday Monday PROPN NNP _ 6 obl _ _\n";

TEST(date_infinitives_take_their_governor_time_unless_planned) {
    check_event(FAILED, "capture", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-10-30", DYAD_PRECISION_WEEK);
    if (test_failed_now()) return;
    check_event(AGREED_TO, "agreed", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-11", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    /* Agreed-to events are ahead: "on Monday" is the next Monday. */
    check_event(AGREED_TO, "hold", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-13", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    /* Without its own date, an agreed-to event is not dated by the
     * agreement. */
    fixture f;
    CHECK(fixture_parse(&f, AGREED_TO));
    f.toks[8].head = 1; /* "on Monday" now modifies "agreed" */
    f.toks[7].head = 8;
    dyad_event_date d;
    CHECK_INT(dyad_resolve_event_date(f.toks, f.n, 5, DOC, -1, &d), DYAD_EVENT_DATE_DOCUMENT);
}

TEST(date_vague_spans_are_not_dates) {
    CHECK_STR(phrase("years ago", DOC, 0), "none");
    CHECK_STR(phrase("in the coming months", DOC, 1), "none");
    CHECK_STR(phrase("the past weeks", DOC, 0), "none");
    CHECK_STR(phrase("to the united way 2000 campaign site", DOC, 0), "none");
    CHECK_STR(phrase("in early 2016", DOC, 0), "2016-01-01/year");
}

/* "The attack on Friday killed 20 in 2000 clashes" (an event noun). */
static const char *ATTACK_NOUN =
    "1 The the DET DT _ 2 det _ _\n"
    "2 attack attack NOUN NN _ 5 nsubj _ _\n"
    "3 on on ADP IN _ 4 case _ _\n"
    "4 Friday Friday PROPN NNP _ 2 nmod _ _\n"
    "5 killed kill VERB VBD _ 0 root _ _\n"
    "6 20 20 NUM CD _ 5 obj _ _\n"
    "7 in in ADP IN _ 9 case _ _\n"
    "8 2000 2000 NUM CD _ 9 nummod _ _\n"
    "9 clashes clash NOUN NNS _ 5 obl _ _\n";

TEST(date_event_nouns_and_counts_that_look_like_years) {
    check_event(ATTACK_NOUN, "attack", DOC, DYAD_EVENT_DATE_CLAUSE, "2017-11-10", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    /* "in 2000 clashes" is a count; Friday belongs to the noun. */
    check_event(ATTACK_NOUN, "killed", DOC, DYAD_EVENT_DATE_DOCUMENT, "2017-11-12", DYAD_PRECISION_DAY);
}

/* "Crowds gathered in the sun on the march." */
static const char *SUN =
    "1 Crowds crowd NOUN NNS _ 2 nsubj _ _\n"
    "2 gathered gather VERB VBD _ 0 root _ _\n"
    "3 in in ADP IN _ 5 case _ _\n"
    "4 the the DET DT _ 5 det _ _\n"
    "5 sun sun NOUN NN _ 2 obl _ _\n"
    "6 on on ADP IN _ 8 case _ _\n"
    "7 the the DET DT _ 8 det _ _\n"
    "8 march march NOUN NN _ 2 obl _ _\n";

TEST(date_lowercase_abbreviations_are_words) {
    check_event(SUN, "gathered", DOC, DYAD_EVENT_DATE_DOCUMENT, "2017-11-12", DYAD_PRECISION_DAY);
    if (test_failed_now()) return;
    fixture f;
    CHECK(fixture_parse(&f, SUN));
    f.toks[4].form = "Sun";
    dyad_event_date d;
    CHECK_INT(dyad_resolve_event_date(f.toks, f.n, 1, DOC, 0, &d), DYAD_EVENT_DATE_CLAUSE);
    CHECK_INT(d.date.day, 12);
}
