/* Tests of src/io/date.c and dateline.c. */
#include "test.h"

#include "dyad.h"
#include "io/date.h"

/* The date found in s as "YYYY-MM-DD", or "none". */
static const char *found(const char *s, const dyad_date *ref) {
    static char out[16];
    dyad_date d = {0, 0, 0};
    if (!dyad_dateline_find(s, strlen(s), ref, &d)) return "none";
    snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
    return out;
}

TEST(date_parse_iso_exact_and_valid) {
    dyad_date d;
    CHECK(dyad_date_parse_iso("2017-11-12", 10, &d));
    CHECK_INT(d.year, 2017);
    CHECK_INT(d.month, 11);
    CHECK_INT(d.day, 12);
    CHECK(dyad_date_parse_iso("2016-02-29", 10, &d));
    CHECK(dyad_date_parse_iso("2000-02-29", 10, NULL));
    CHECK(!dyad_date_parse_iso("1900-02-29", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-02-29", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-02-30", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-04-31", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-13-01", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-00-10", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-11-00", 10, NULL));
    CHECK(!dyad_date_parse_iso("0000-11-12", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-1-12", 9, NULL));
    CHECK(!dyad_date_parse_iso("2017/11/12", 10, NULL));
    CHECK(!dyad_date_parse_iso("2017-11-12T10:00", 16, NULL));
    CHECK(!dyad_date_parse_iso("2017-11-12", 9, NULL));
    CHECK(!dyad_date_parse_iso("+017-11-12", 10, NULL));
    CHECK(!dyad_date_parse_iso(NULL, 0, NULL));
}

TEST(date_month_and_weekday_names) {
    CHECK_INT(date_month_from_name("Nov", 3), 11);
    CHECK_INT(date_month_from_name("NOVEMBER", 8), 11);
    CHECK_INT(date_month_from_name("sept", 4), 9);
    CHECK_INT(date_month_from_name("Sep", 3), 9);
    CHECK_INT(date_month_from_name("May", 3), 5);
    CHECK_INT(date_month_from_name("Novem", 5), 0);
    CHECK_INT(date_month_from_name("No", 2), 0);
    CHECK(date_is_weekday_name("Sunday", 6));
    CHECK(date_is_weekday_name("thurs", 5));
    CHECK(date_is_weekday_name("Tue", 3));
    CHECK(!date_is_weekday_name("Sundays", 7));
}

TEST(dateline_forms_from_the_wires_and_the_web) {
    dyad_date ref = {2017, 11, 20};
    CHECK_STR(found("DAMASCUS, Nov 12 (Reuters) - Syrian forces", &ref), "2017-11-12");
    CHECK_STR(found("WASHINGTON, Nov. 12, 2017 (AP) \xE2\x80\x94 The", NULL), "2017-11-12");
    CHECK_STR(found("November 12, 2017\n\nRussia and", NULL), "2017-11-12");
    CHECK_STR(found("12 Nov 2017\nText", NULL), "2017-11-12");
    CHECK_STR(found("12 November 2017 - Text", NULL), "2017-11-12");
    CHECK_STR(found("Sunday, November 12, 2017", NULL), "2017-11-12");
    CHECK_STR(found("2017-11-12\nText", NULL), "2017-11-12");
    CHECK_STR(found("Nov 12, 2017 (Reuters) - Text", NULL), "2017-11-12");
    CHECK_STR(found("BEIRUT, Lebanon, Sept. 3, 2017 (AP) -- x", NULL), "2017-09-03");
    CHECK_STR(found("NEW YORK, Sept 3 (Reuters) - x", &ref), "2017-09-03");
    CHECK_STR(found("S\xC3\x83O PAULO, 3 September 2017 \xE2\x80\x93 x", NULL), "2017-09-03");
    CHECK_STR(found("Published: Nov 12, 2017 10:32 AM GMT\nText", NULL), "2017-11-12");
    CHECK_STR(found("Updated on 2017-11-12T10:32:00Z\nText", NULL), "2017-11-12");
    CHECK_STR(found("Sun. 12th November 2017 | Syria", NULL), "2017-11-12");
    CHECK_STR(found("  SUNDAY, NOVEMBER 12, 2017\n", NULL), "2017-11-12");
    CHECK_STR(found("Nov 12 2017: talks", NULL), "2017-11-12");
    CHECK_STR(found("May 5, 2017\n", NULL), "2017-05-05");
    CHECK_STR(found("Damascus, Nov 12 (SANA) - The army", &ref), "2017-11-12");
    CHECK_STR(found("Moscow, Russia, 12 November 2017 \xE2\x80\x94 x", NULL), "2017-11-12");
    CHECK_STR(found("LONDON/PARIS, Nov 12 (Reuters) - x", &ref), "2017-11-12");
    CHECK_STR(found("ST. LOUIS, Nov 12 (AP) - x", &ref), "2017-11-12");
}

TEST(dateline_in_the_first_lines_only) {
    CHECK_STR(found("Syria daily: Putin and Trump agree\n\nBy Scott Lucas\nNovember 12, 2017\n", NULL),
              "2017-11-12"); /* title, byline, date */
    CHECK_STR(found("Syria daily\nPutin and Trump agree\nBy Scott Lucas\nNovember 12, 2017\n", NULL),
              "none"); /* the fourth non-blank line is the story */
    CHECK_STR(found("Syria daily: Putin and Trump agree\n\nNovember 12, 2017\nText", NULL),
              "2017-11-12");
    char long_first[400];
    memset(long_first, 'x', 320);
    strcpy(long_first + 320, "\nNovember 12, 2017\n");
    CHECK_STR(found(long_first, NULL), "none"); /* starts past 300 bytes */
}

TEST(dateline_never_from_the_middle_of_a_sentence) {
    dyad_date ref = {2017, 11, 20};
    CHECK_STR(found("The talks on November 12, 2017 ended.", &ref), "none");
    CHECK_STR(found("November 12 talks collapsed, officials said.", &ref), "none");
    CHECK_STR(found("12 people were killed on Nov 12, 2017.", &ref), "none");
    CHECK_STR(found("12 May protesters marched.", &ref), "none");
    CHECK_STR(found("May 2017 - a year of war", &ref), "none");
    CHECK_STR(found("On Nov 12, 2017 (Sunday) Russia said", &ref), "none");
    CHECK_STR(found("US, Russia agree on Syria\nRussia and the US agreed", &ref), "none");
    CHECK_STR(found("DAMASCUS (Reuters) - On Nov 12 Syria said", &ref), "none");
    CHECK_STR(found("", &ref), "none");
    CHECK_STR(found("Moscow, the Kremlin said on Nov 12 - x", &ref), "none");
    CHECK_STR(found("Damascus, Nov 12 talks failed", &ref), "none");
    CHECK_STR(found("Yesterday the talks, Nov 12 (Reuters) - x", &ref), "none");
}

TEST(dateline_validates_days) {
    CHECK_STR(found("Feb 30, 2017 - x", NULL), "none");
    CHECK_STR(found("Feb 29, 2017 - x", NULL), "none");
    CHECK_STR(found("Feb 29, 2016 - x", NULL), "2016-02-29");
    CHECK_STR(found("32 Nov 2017\n", NULL), "none");
    CHECK_STR(found("2017-11-31\n", NULL), "none");
    CHECK_STR(found("Nov 12, 1500 GMT - x", NULL), "none");
}

TEST(dateline_without_a_year_uses_the_reference) {
    dyad_date ref = {2017, 11, 20};
    CHECK_STR(found("DAMASCUS, Nov 12 (Reuters) -", NULL), "none");
    CHECK_STR(found("DAMASCUS, Nov 12 (Reuters) -", &ref), "2017-11-12");
    CHECK_STR(found("DAMASCUS, Nov 20 (Reuters) -", &ref), "2017-11-20");
    CHECK_STR(found("DAMASCUS, Nov 21 (Reuters) -", &ref), "2016-11-21");
    CHECK_STR(found("DAMASCUS, Dec 31 (Reuters) -", &ref), "2016-12-31");
    dyad_date march = {2017, 3, 1};
    CHECK_STR(found("Feb 29 (Reuters) - x", &march), "2016-02-29");
    dyad_date unknown = {0, 0, 0};
    CHECK_STR(found("Nov 12 (Reuters) - x", &unknown), "none");
    CHECK_STR(found("Feb 30 (Reuters) - x", &march), "none");
}

TEST(dateline_respects_the_length) {
    const char *s = "Nov 12, 2017 (Reuters)";
    dyad_date d, ref = {2020, 1, 1};
    /* Only "Nov 12" is visible: no year, so the reference decides. */
    CHECK(!dyad_dateline_find(s, 6, NULL, &d));
    CHECK(dyad_dateline_find(s, 6, &ref, &d));
    CHECK_INT(d.year, 2019);
    CHECK(!dyad_dateline_find(s, 3, &ref, &d));
    CHECK(!dyad_dateline_find(NULL, 0, &ref, &d));
}
