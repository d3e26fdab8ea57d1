/* gum_names.h — gold name spans from GUM's entity annotation.
 *
 * Used by the name-tagger trainer and by its quality test, so both read the
 * corpus with exactly the same definition of a "name":
 *
 *  1. Mentions are read from the MISC `Entity=` brackets (CorefUD notation,
 *     see ../shared/data/gum/README.md).
 *  2. A mention is NAMED when its head word (the first word of the span whose
 *     HEAD lies outside the span) is a proper noun (UPOS PROPN or XPOS
 *     NNP/NNPS), or when its minimal span (GUM's field 6: the head, its
 *     conj/flat dependents and NNP dependents of NNP words) holds a
 *     proper noun attached as `flat`: "Senior researcher Mu Li", "a man
 *     named Rabindranath Tagore" (the name is then "Mu Li").
 *  3. Its NAME SPAN is the longest run of proper-noun words inside the mention
 *     that contains the head, where a connector (of, -, &, de, van, von, al,
 *     bin, ...) may join two proper nouns: "University of Texas",
 *     "Cheng Chung - tai"; and, in names of anything but people, one or two
 *     of "of", "the", "for", "and" may join proper nouns that GUM's minimal
 *     span holds: "National Library of the Netherlands", "Newfoundland and
 *     Labrador Court of Appeal" (not "and" when it coordinates the head:
 *     "Kirk Bart and Ann Lee" are two names).  A person's title is not
 *     joined to what it is the title of ("President" + "United States"),
 *     as in CoNLL-style names.  The span so agrees with the hull of GUM's
 *     minimal span for 90% of dev names; the rest are minimal spans that
 *     run over commas and coordination ("Portland , Oregon", "Mark
 *     Tedeschi , QC"), which GUM also annotates as separate nested names.
 *     A leading "the" is never part of the span (GUM's full spans include
 *     it and relative clauses, appositions, possessive 's).
 *     A title that GUM tags as a proper noun stays in
 *     the name, as in GUM's own minimal spans: "President Vladimir Putin",
 *     "Mr. Roberts" ("Russian" in "Russian President ..." is an adjective,
 *     so it does not).  Titles were left out in an earlier version (names
 *     starting at the head word); keeping them scored 0.03 F1 higher on
 *     dev, since the tagger then only has to find runs of proper nouns,
 *     and the event coder reads the title as evidence of the role.
 *  4. Types: person -> PERSON, organization -> ORGANIZATION, place -> PLACE,
 *     time -> dropped (dates are not names for us), every other GUM type
 *     (event, object, abstract, substance, animal, plant) -> OTHER.
 *  5. Nested or overlapping name spans are flattened by keeping the longest
 *     (ties: a mention headed by a proper noun; then of two such mentions
 *     the longer, of two others the shorter; then the earlier one):
 *     "the Boston Red Sox" gives ORGANIZATION "Boston Red Sox", not PLACE
 *     "Boston".
 */
#ifndef DYAD_GUM_NAMES_H
#define DYAD_GUM_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "nlp/conllu.h"

/* Fills type[i] (enum dyad_entity_type) and begin[i] (1 on the first word of
 * a name) for the s->n_words words of s.  Returns the number of names, or -1
 * when out of memory. */
int gum_names(const conllu_sentence *s, uint8_t *type, uint8_t *begin);

/* When s starts a document ("# newdoc id = GUM_news_iodine"), copies the
 * genre ("news") into out and returns 1; else returns 0. */
int gum_doc_genre(const conllu_sentence *s, char *out, size_t out_size);

#endif
