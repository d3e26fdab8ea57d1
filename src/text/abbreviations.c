/* abbreviations.c — hand-listed English abbreviations for news text.
 *
 * Lists are short and checked only for a word directly followed by '.', so a
 * linear scan per length bucket is cheap (a few per sentence). */
#include "text/abbreviations.h"

#include <string.h>

typedef struct {
    const char *word;
    unsigned char cls;
} abbrev_entry;

/* Case-sensitive: "US." at a sentence end is not "U.S.". */
static const abbrev_entry abbrevs[] = {
    /* titles and honorifics: always followed by a name */
    {"Mr", ABBR_TITLE}, {"Mrs", ABBR_TITLE}, {"Ms", ABBR_TITLE}, {"Dr", ABBR_TITLE},
    {"Messrs", ABBR_TITLE}, {"Mmes", ABBR_TITLE}, {"Prof", ABBR_TITLE},
    {"Gen", ABBR_TITLE}, {"Lt", ABBR_TITLE}, {"Col", ABBR_TITLE}, {"Sen", ABBR_TITLE},
    {"Rep", ABBR_TITLE}, {"Gov", ABBR_TITLE}, {"Sgt", ABBR_TITLE}, {"Capt", ABBR_TITLE},
    {"Maj", ABBR_TITLE}, {"Adm", ABBR_TITLE}, {"Rev", ABBR_TITLE}, {"St", ABBR_TITLE},
    {"Mt", ABBR_TITLE}, {"Ft", ABBR_TITLE}, {"Hon", ABBR_TITLE}, {"Pres", ABBR_TITLE},
    {"Supt", ABBR_TITLE}, {"Cmdr", ABBR_TITLE}, {"Cdr", ABBR_TITLE}, {"Brig", ABBR_TITLE},
    {"Cpl", ABBR_TITLE}, {"Pvt", ABBR_TITLE}, {"Gens", ABBR_TITLE}, {"Sens", ABBR_TITLE},
    {"Reps", ABBR_TITLE}, {"Drs", ABBR_TITLE}, {"Insp", ABBR_TITLE}, {"Amb", ABBR_TITLE}, {"Assoc", ABBR_TITLE}, {"Asst", ABBR_TITLE},
    {"Mlle", ABBR_TITLE}, {"Mme", ABBR_TITLE}, {"Mssrs", ABBR_TITLE},
    {"Sr", ABBR_GENERAL}, {"Jr", ABBR_GENERAL},
    /* organisations, places */
    {"Co", ABBR_GENERAL}, {"Corp", ABBR_GENERAL}, {"Inc", ABBR_GENERAL},
    {"Ltd", ABBR_GENERAL}, {"Bros", ABBR_GENERAL}, {"Dept", ABBR_GENERAL},
    {"Univ", ABBR_GENERAL}, {"Assn", ABBR_GENERAL}, {"Ave", ABBR_GENERAL},
    {"Blvd", ABBR_GENERAL}, {"Rd", ABBR_GENERAL}, {"Gov't", ABBR_GENERAL},
    {"Intl", ABBR_GENERAL}, {"Natl", ABBR_GENERAL}, {"Mfg", ABBR_GENERAL},
    /* months and days */
    {"Jan", ABBR_GENERAL}, {"Feb", ABBR_GENERAL}, {"Mar", ABBR_GENERAL},
    {"Apr", ABBR_GENERAL}, {"Jun", ABBR_GENERAL}, {"Jul", ABBR_GENERAL},
    {"Aug", ABBR_GENERAL}, {"Sep", ABBR_GENERAL}, {"Sept", ABBR_GENERAL},
    {"Oct", ABBR_GENERAL}, {"Nov", ABBR_GENERAL}, {"Dec", ABBR_GENERAL},
    {"Mon", ABBR_GENERAL}, {"Tue", ABBR_GENERAL}, {"Tues", ABBR_GENERAL},
    {"Wed", ABBR_GENERAL}, {"Thu", ABBR_GENERAL}, {"Thur", ABBR_GENERAL},
    {"Thurs", ABBR_GENERAL}, {"Fri", ABBR_GENERAL}, {"Sat", ABBR_GENERAL},
    /* US states as written by wire services */
    {"Ala", ABBR_GENERAL}, {"Ariz", ABBR_GENERAL}, {"Ark", ABBR_GENERAL},
    {"Calif", ABBR_GENERAL}, {"Colo", ABBR_GENERAL}, {"Conn", ABBR_GENERAL},
    {"Del", ABBR_GENERAL}, {"Fla", ABBR_GENERAL}, {"Ill", ABBR_GENERAL},
    {"Ind", ABBR_GENERAL}, {"Kan", ABBR_GENERAL}, {"Ky", ABBR_GENERAL},
    {"La", ABBR_GENERAL}, {"Md", ABBR_GENERAL}, {"Mich", ABBR_GENERAL},
    {"Minn", ABBR_GENERAL}, {"Miss", ABBR_GENERAL}, {"Mo", ABBR_GENERAL},
    {"Mont", ABBR_GENERAL}, {"Neb", ABBR_GENERAL}, {"Nev", ABBR_GENERAL},
    {"Okla", ABBR_GENERAL}, {"Ore", ABBR_GENERAL}, {"Pa", ABBR_GENERAL},
    {"Tenn", ABBR_GENERAL}, {"Tex", ABBR_GENERAL}, {"Va", ABBR_GENERAL},
    {"Vt", ABBR_GENERAL}, {"Wash", ABBR_GENERAL}, {"Wis", ABBR_GENERAL},
    {"Wyo", ABBR_GENERAL},
    {"Etc", ABBR_ETC},
};

/* The lower-case ones apart: most words before a period are lower case
 * ("... officials said."), and need not be compared with the others. */
static const abbrev_entry abbrevs_lower[] = {
    /* never at a sentence end */
    {"vs", ABBR_TITLE}, {"v", ABBR_TITLE}, {"cf", ABBR_TITLE}, {"viz", ABBR_TITLE},
    {"approx", ABBR_TITLE}, {"ca", ABBR_TITLE}, {"esp", ABBR_TITLE},
    {"al", ABBR_GENERAL}, {"ed", ABBR_GENERAL}, {"eds", ABBR_GENERAL},
    {"etc", ABBR_ETC},
};

/* Abbreviations only before a number: "No. 5", "Fig. 3", "pp. 12". */
static const char *const before_digit[] = {
    "No", "no", "Nos", "nos", "Fig", "Figs", "fig", "figs", "pp", "p", "Vol", "vol",
    "Ch", "ch", "Sec", "sec", "Art", "art", "Para", "para", "Op", "op", "Nr", "nr",
    "Tel", "tel", "Ex", "ex", "Sect", "Ps", "Jn", "c", "ca", "b", "d", "fl", "ext", "Ext", "x",
};

int abbrev_class(const char *s, size_t n, int next_digit) {
    if (n == 0) return ABBR_NONE;
    /* One capital letter: an initial (George W. Bush, J. R. R. Tolkien). */
    if (n == 1 && s[0] >= 'A' && s[0] <= 'Z') return ABBR_INITIAL;
    /* Letters separated by periods: U.S, U.N, e.g, i.e, a.m, Ph.D. */
    if (memchr(s, '.', n)) {
        if ((n == 3 && (!memcmp(s, "e.g", 3) || !memcmp(s, "i.e", 3))) ||
            (n == 3 && (!memcmp(s, "E.g", 3) || !memcmp(s, "I.e", 3))))
            return ABBR_TITLE;
        size_t seg = 0;
        int letters = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '.') {
                if (seg == 0 || seg > 3) return ABBR_NONE;
                seg = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                seg++;
                letters++;
            } else {
                return ABBR_NONE;
            }
        }
        if (seg == 0 || seg > 3) return ABBR_NONE;
        return letters ? ABBR_GENERAL : ABBR_NONE;
    }
    int lower = s[0] >= 'a' && s[0] <= 'z';
    const abbrev_entry *list = lower ? abbrevs_lower : abbrevs;
    size_t count = lower ? sizeof abbrevs_lower / sizeof abbrevs_lower[0] : sizeof abbrevs / sizeof abbrevs[0];
    for (size_t i = 0; i < count; i++)
        if (list[i].word[0] == s[0] && strlen(list[i].word) == n && !memcmp(list[i].word, s, n))
            return list[i].cls;
    if (next_digit)
        for (size_t i = 0; i < sizeof before_digit / sizeof before_digit[0]; i++)
            if (before_digit[i][0] == s[0] && strlen(before_digit[i]) == n && !memcmp(before_digit[i], s, n))
                return ABBR_TITLE;
    return ABBR_NONE;
}

/* Words that open many news sentences and rarely follow "U.S." or "Inc." in
 * the middle of one. */
static const char *const starters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
    "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My",
    "Your", "In", "On", "At", "For", "But", "And", "Or", "So", "If", "When", "While",
    "After", "Before", "As", "Although", "Though", "However", "Meanwhile", "Also",
    "Then", "Now", "Yet", "Still", "Some", "Many", "Most", "All", "Both", "Each",
    "Such", "No", "Not", "What", "Who", "Why", "How", "Where", "Which", "Since",
    "During", "Under", "With", "Without", "From", "By", "To", "Last", "Earlier",
    "Later", "Officials", "Mr", "Mrs", "Ms", "According", "Despite", "Because",
    "Even", "Instead", "Other", "Another", "One", "Two", "Three", "Several",
    "Both", "Neither", "Nor", "Thus", "Therefore", "Moreover", "Furthermore",
    "Indeed", "Yes", "Please", "Let", "Do", "Does", "Did", "Is", "Are", "Was",
    "Were", "Can", "Could", "Will", "Would", "Should", "Have", "Has", "Had",
};

int sentence_starter(const char *s, size_t n) {
    if (n == 0 || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
    for (size_t i = 0; i < sizeof starters / sizeof starters[0]; i++)
        if (starters[i][0] == s[0] && strlen(starters[i]) == n && !memcmp(starters[i], s, n)) return 1;
    return 0;
}
