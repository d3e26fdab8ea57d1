/* tree_repair.h — repairs of parser output the coder cannot live with.
 *
 * Wire copy ends half its sentences with an attribution: "Germany has
 * delivered air defence systems to Ukraine, Defence Minister Christine
 * Lambrecht said."  The parser often hangs the reporting verb inside the
 * main clause and gives it the main clause's object as subject, so the
 * delivery loses its object and the sentence reads as a statement by the
 * air defence systems.  tree_repair_attribution makes such a final
 * reporting verb (after a comma and its noun phrase, nothing finite after
 * it) a parataxis of the main predicate, its noun phrase its subject, and
 * gives the main clause's words back to their predicate.  Parses with the
 * reporting verb already a parataxis, or the root, are left alone. */
#ifndef DYAD_TREE_REPAIR_H
#define DYAD_TREE_REPAIR_H

#include <stddef.h>
#include <stdint.h>

void tree_repair_attribution(size_t n, const char *const *forms, const char *const *upos,
                             const char *const *xpos, const char *const *lemmas, int32_t *heads,
                             const char **deprels);

/* "Canadian protesters opposed to COVID-19 vaccine mandates blocked the
 * bridge" read as a noun with a relative clause "mandates blocked ...":
 * with no relative pronoun and the clause's subject inside a participle's
 * phrase after the root noun, the subject goes back to that phrase and the
 * clause becomes a finite acl, which tree_repair_finite_acl makes the
 * predicate. */
void tree_repair_reduced_relative(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels);
/* A finite verb the parser made an acl of the root noun before it
 * ("the ELN rebels agreed ..." read as a noun phrase) becomes the root,
 * that noun its subject; so does a participle on a quantity root in a
 * sentence with no finite verb ("Hundreds of thousands of Lebanese
 * rallied in Beirut" with "rallied" read as a participle). */
/* "Twenty-one of the schoolgirls kidnapped from Chibok in 2014 have been
 * freed by Boko Haram" with "kidnapped" the root and "have been freed" its
 * adverbial clause: the -ed root with a subject and no object or
 * auxiliary becomes a participle on the subject's phrase, and the later
 * clause with a finite auxiliary and no subject of its own the root. */
void tree_repair_participle_subject(size_t n, const char *const *forms, const char *const *upos, const char **xpos,
                                    int32_t *heads, const char **deprels);
/* An obl:agent that no "by" opens ("later hosted Cuban Foreign Minister
 * Bruno Rodriguez" with the guest read as the agent) is the object of a
 * verb that has no object, passive auxiliary or passive subject. */
void tree_repair_agent_without_by(size_t n, const char *const *forms, int32_t *heads, const char **deprels);
/* "lifting its decades-old embargo" with "decades" read as the object: a
 * span noun before "-old"/"-long" measures the adjective, and its
 * possessive or determiner goes to the adjective's noun. */
void tree_repair_hyphen_age(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels);
/* "A pounded X, and B rolled into Y and attacked Z" with "attacked" a
 * conjunct of "pounded": a subjectless verb conjunct after another
 * conjunct of the same head with a subject of its own belongs to it. */
void tree_repair_conjunct_after_subject(size_t n, const char *const *upos, int32_t *heads, const char **deprels);
void tree_repair_finite_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                            int32_t *heads,
                            const char **deprels);

/* "shot dead a protester": "dead" right after a verb, parsed as an
 * adjective of the object after it, is the verb's xcomp; the object after
 * "shot dead" or "beat to death" that the parser hung on another clause
 * comes back to the verb. */
/* "prompting President Saleh to declare a state of emergency": a
 * to-infinitive parsed as an adverbial clause of a verb of causing that
 * has an object is its complement (xcomp), done by that object.  (Verbs
 * of asking, "urged Iran to halt ...", keep their parse: the coder reads
 * their requests either way.) */
void tree_repair_object_control(size_t n, const char *const *forms, const char *const *lemmas, int32_t *heads,
                                 const char **deprels);
/* "gave the French ambassador 72 hours to leave" read as one object with
 * "ambassador" a compound before the number: the compound (with the words
 * before it) is the verb's indirect object. */
void tree_repair_two_objects(size_t n, const char *const *upos, int32_t *heads, const char **deprels);
/* "..., days after France's foreign minister described the junta as
 * illegitimate" read with "days" the subject and the minister its nmod:
 * the minister is the subject, "after" the clause's marker, "days" its
 * measure, and the clause an adverbial one. */
void tree_repair_days_after(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels);
/* "gave the military officers who seized power in Niger one week to
 * reinstate President Bazoum": the span and its to-clause parsed inside
 * the object's relative clause belong to "give". */
void tree_repair_ultimatum(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                           const char **deprels);
/* "A Paris court found former French President Nicolas Sarkozy guilty":
 * "former" parsed as the verb's xcomp with the name its conjunct modifies
 * the name, which becomes the verb's object. */
void tree_repair_former_object(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                               const char **deprels);
void tree_repair_shot_dead(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                           const char **deprels);

/* "rallied outside parliament": "outside" read as an adjective of the
 * verb's object, when that object is a building or a name, is the
 * preposition of an oblique. */
void tree_repair_outside(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                         const char **deprels);

/* "Mali, Burkina Faso and Niger announced ...": a list's first name
 * parsed as a vocative, before a subject with conjuncts of its own, is one
 * more conjunct of that subject. */
void tree_repair_list_subject(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels);

/* "received Syrian interim President Ahmed al-Sharaa": a capitalised
 * adjective right after a verb, parsed as its xcomp (or object) with the name as the
 * adjective's object, is the name's modifier, the name the verb's object.
 * So is any adjective whose name hangs on it as an oblique with no
 * preposition ("questioned ousted former President Park Geun-hye"). */
void tree_repair_adjective_xcomp(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                 const char **deprels);

/* "German President Frank-Walter Steinmeier apologised ...": a name
 * joined by a hyphen, its first part made the root and the verb a
 * parataxis or conjunct of it with the second part as subject, becomes
 * one name, the subject of that verb, which becomes the root. */
void tree_repair_hyphen_name(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                             const char **deprels);

/* "Russian Foreign Minister Sergei Lavrov met ...": a sentence's first
 * word, a capitalised adjective, made the root with the verb under it
 * and every word up to the verb in the verb's subject, is that subject's
 * modifier; the verb is the root. */
void tree_repair_adjective_root(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels);

/* "found former President X guilty of ...": a verdict adjective after
 * the verb's object, parsed as the object's modifier, is the verb's
 * complement (xcomp), as in "found him guilty"; so is any adjective right
 * after the object of call, deem, declare, brand or label ("called the
 * move unacceptable"). */
void tree_repair_found_guilty(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels);

/* "Turkish President Erdogan and Greek Prime Minister Mitsotakis met": a
 * name part (flat) whose own phrase holds the "and" before it is a second
 * name, a conjunct. */
void tree_repair_flat_across_and(size_t n, const char *const *upos, int32_t *heads, const char **deprels);

/* "accused Myanmar's army of carrying out mass killings": an "of V-ing"
 * clause parsed as the object's modifier (acl) is the accusing verb's
 * (advcl), where the coder looks for what someone is accused of. */
void tree_repair_accused_of(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels);

/* "Democratic Republic of Congo's government accused ...": a possessive
 * on the last word of an "X of Y" name, parsed as "X of [Y's government]",
 * belongs to the whole name; the possessed noun takes the name's place. */
void tree_repair_of_name_possessive(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                    const char **deprels);

/* "seized Goma after government troops fled, and Congo's President
 * Joseph Kabila accused Rwanda ...": a finite clause after ", and" with
 * its own subject (no relative pronoun), parsed as a relative clause of
 * a noun, is a conjunct of the sentence's root. */
void tree_repair_and_clause(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                            int32_t *heads, const char **deprels);
/* "police arrested leader X and 50 activists ..., and his Movement ...
 * said": a list read as the subject of a clause under a first verb that
 * has no object is split at its ", and" member, the clause's subject; the
 * members before it are the first verb's object, the clause its
 * conjunct. */
void tree_repair_and_subject(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                             const char *const *lemmas, int32_t *heads, const char **deprels);

/* "shot down a Russian warplane", "blew up the bridge": the particle of
 * a phrasal verb parsed as the preposition of the noun after it is the
 * verb's particle, the noun its object. */
void tree_repair_particle(size_t n, const char *const *forms, const char *const *lemmas, int32_t *heads,
                          const char **deprels);

/* "Thousands of protesters demanding his resignation stormed the
 * residence": a participle made the root, with the sentence's finite verb
 * as its complement, is the subject's modifier; the finite verb is the
 * root and takes the subject. */
void tree_repair_participle_root(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                                 const char **deprels);

/* "dismissed as groundless U.S. allegations": the noun of the as-oblique
 * of a judging verb with no object is its object, the adjective its
 * complement. */
void tree_repair_shifted_object(size_t n, const char *const *forms, const char *const *upos,
                                const char *const *lemmas, int32_t *heads, const char **deprels);

/* "launched a ground and air offensive against X" with "ground" the
 * object: the attack noun is the object, with the first word's phrases. */
void tree_repair_attack_kinds(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels);

/* "Speaker Pelosi said": a capitalised title parsed as the head of the
 * name after it (flat) is the name's compound, the name the head (only
 * titles the coder's patterns do not name: "ordered Ambassador X to
 * leave" keeps "Ambassador" the object). */
void tree_repair_title_name(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels);

/* "After he lost the lawsuit, Norton's prominence faded" parsed with
 * "lost" the root: a main clause after the opening subordinate clause's
 * comma, with its own subject, is the root, the opening clause its advcl. */
void tree_repair_fronted_clause(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels);

/* "a chance for me to get", "waiting for the rain to stop": "for" before
 * a noun and a to-infinitive, parsed as the noun's preposition, is the
 * infinitive's marker, the noun its subject. */
void tree_repair_for_subject(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                             const char *const *lemmas, int32_t *heads, const char **deprels);

/* A pair of quotes or brackets around one phrase hangs on that phrase's
 * head (UD), not on a word outside it. */
void tree_repair_paired_marks(size_t n, const char *const *forms, int32_t *heads, const char **deprels);

/* Two subjects of one head (which UD never gives: one subject a head):
 * a phrase right before a proper-noun subject modifies the word after it
 * ("Russian opposition politician Boris Nemtsov was shot", "US President
 * Joe Biden said"); one joined to the next by commas or a conjunction is
 * the first of a list ("Saudi Arabia and Turkey flew ..."). */
void tree_repair_double_subject(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels);

/* "Mexican journalist Javier Valdez was shot dead ..." parsed with
 * "journalist" the root and "was shot" a relative clause whose subject is
 * the name right after it (no relative pronoun): the verb is the root, the
 * title noun the name's modifier (nmod:desc). */
void tree_repair_title_root(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels);

/* "appealed on Thursday to Sri Lanka's army and Tamil Tiger rebels" with
 * "to ... army" hung on "Thursday" and "rebels" its conjunct: a weekday
 * heads no to/with/against/for/from/into/at phrase; the phrase is the
 * verb's, the day's later conjuncts the phrase's. */
void tree_repair_weekday_phrase(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels);

/* "Russia granted Edward Snowden temporary asylum" with "asylum" hung on
 * the name (nmod:desc, compound or apposition, no comma between): after a
 * verb of giving, the name is the indirect object and the noun the
 * object.  So is a name right after the verb that the parser made a
 * compound of the object ("granted Zakayev political asylum"). */
void tree_repair_name_then_object(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *lemmas, int32_t *heads, const char **deprels);

/* "called the raid an act of war" with two objects (or the second read
 * as an unmarked oblique: "called the crackdown a massacre"), "called the
 * move illegal" with the adjective the noun's modifier after it: after call,
 * brand, label, dub, term or deem, the first is the object and the
 * second, or that adjective, what it is called (xcomp). */
void tree_repair_called_it(size_t n, const char *const *upos, const char *const *lemmas, int32_t *heads,
                           const char **deprels);

/* "placed opposition presidential hopeful Cristiana Chamorro under house
 * arrest" with "opposition" the object and the name a bare oblique
 * (obl:unmarked) right after it: the name is the object, the noun its
 * compound. */
void tree_repair_noun_before_name(size_t n, const char *const *upos, int32_t *heads, const char **deprels);

/* All of the above, in the order dyad applies them after the parser. */
/* "held Fijian Prime Minister Mahendra Chaudhry ... hostage": a country
 * adjective right after a verb read as its predicate (xcomp), with the
 * name hung on it as an oblique with no preposition, modifies the name,
 * which is the verb's object. */
void tree_repair_adjective_object(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                                  const char **deprels);

/* "agreed to restore diplomatic relations after meeting in this city"
 * with "meeting" an acl of "relations": an -ing clause opened by after,
 * before, since or upon on a verb's object is a clause of that verb (the
 * treebanks hang no such clause on an object). */
void tree_repair_temporal_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                              int32_t *heads, const char **deprels);

/* "The governments of Argentina, Brazil and Uruguay": a name after a
 * comma taken as the apposition of the name before, with a conjunct of
 * its own after "and", is the list's second item: it and its conjuncts
 * become the first name's conjuncts. */
void tree_repair_listed_appos(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels);

void tree_repair_all(size_t n, const char *const *forms, const char *const *upos, const char **xpos,
                     const char *const *lemmas, int32_t *heads, const char **deprels);

/* "expelled about 25,000 Angolan migrants": "about" before a number,
 * read as the preposition of an oblique of a verb with no object (not a
 * verb of talking or thinking about), is the number's modifier and the
 * noun the object. */
void tree_repair_about_number(size_t n, const char *const *forms, const char *const *upos, const char *const *lemmas,
                              int32_t *heads, const char **deprels);

/* "sent aid to flood-hit Pakistan": a hyphenated participle read as a
 * clause with the name as its object modifies the name, which takes the
 * phrase's place and preposition. */
void tree_repair_hyphen_participle(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                   const char **deprels);
/* A past tense hung as the conjunct of an -ing clause's verb, with no
 * subject of its own, is the conjunct of the finite verb above it
 * ("accused Russia of shooting down ... and demanded an apology"); so is
 * one, even tagged a participle without auxiliary, hung on a subjunctive
 * that-clause ("demanded that Russia pull its troops back and called
 * Moscow's moves an act of aggression"). */
void tree_repair_finite_conjunct(size_t n, const char *const *xpos, int32_t *heads, const char **deprels);
/* "bombed Asmara airport on Friday and Eritrean jets struck ...": a finite
 * verb with no subject right after an "and" phrase joined to a noun of an
 * earlier verb's clause is that verb's conjunct, the phrase its subject. */
void tree_repair_conjoined_clause(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels);

/* A word hung on punctuation hangs on what the punctuation hangs on; a
 * clause (xcomp, advcl) on the first verb above ("..., accusing
 * President Hugo Chavez of meddling" hung on the comma); an -ing clause
 * after a comma is an adjunct (advcl), not a complement (xcomp). */
void tree_repair_punct_head(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                            int32_t *heads, const char **deprels);
/* "Chechen rebels led by Shamil Basayev were holding ...": a "by" read as
 * the mark of a clause whose subject is the name is the case of the
 * participle's agent; the clause's verb is the noun's.  "Rebels led by
 * failed businessman George Speight held ...": a name after a title
 * agent, read as the verb's subject with the noun hung on it, is the
 * agent's apposition, the noun the verb's subject. */
void tree_repair_led_by(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                        int32_t *heads, const char **deprels);
/* "took Prime Minister Mahendra Chaudhry and dozens of lawmakers
 * hostage": a bare "hostage" ending the object of "take", "hold" or
 * "keep" is the verb's predicate (xcomp); so is a "hostage" made the
 * object itself with the real object its compound ("were holding about
 * 300 U.N. peacekeepers hostage"), the compound then the object. */
void tree_repair_hostage(size_t n, const char *const *forms, const char *const *lemmas, int32_t *heads,
                         const char **deprels);
/* "Rebels fighting to oust President Charles Taylor pounded Monrovia"
 * read with "fighting" as the root and the name as the subject of
 * "pounded": the -ing clause modifies the noun, the noun is the finite
 * verb's subject, the name the object of the verb before it. */
void tree_repair_gerund_root(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                             const char **deprels);
/* A participle with a by-agent and no auxiliary ("schoolgirls kidnapped
 * by Boko Haram militants" read as a clause): its subject is a passive's
 * (nsubj:pass). */
void tree_repair_agent_subject(size_t n, const char *const *xpos, int32_t *heads, const char **deprels);
/* "holding up to 300 peacekeepers captive": "up to" before a number,
 * read as a particle and a preposition, counts the noun, the object. */
void tree_repair_up_to(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                       const char **deprels);
/* "Security forces loyal to incumbent leader Laurent Gbagbo opened fire"
 * read with the name as the subject and "forces" as its title: the plural
 * noun is the subject, the name (with its title) what "loyal" names.  So
 * too "Troops loyal to army chief General Pervez Musharraf detained ..."
 * read with "Troops" the root and the name the subject of a verb hung on
 * it: the noun is the verb's subject, the name the chief's apposition. */
void tree_repair_loyal_to_name(size_t n, const char *const *upos, const char *const *xpos,
                               const char *const *lemmas, int32_t *heads, const char **deprels);
/* "... as tens of thousands of protesters fought running battles": an
 * oblique opened by "as" (or "while", "after", "before", "when") right
 * before a subjectless clause verb is that verb's subject, the word its
 * mark. */
void tree_repair_as_clause(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                           int32_t *heads, const char **deprels);
/* "fired tear gas ... as thousands of workers marched against pension
 * cuts" read as an as-oblique with the verb a participle on its noun: the
 * verb right after an oblique opened by "as" or "while" (on a verb) is
 * an adverbial clause, the oblique its subject, the word its mark. */
void tree_repair_as_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                        int32_t *heads, const char **deprels);

/* "seized the city of Goma after government troops fled, and Congo's
 * President Joseph Kabila accused Rwanda ...": a finite clause with a
 * subject of its own after ", and" that the parser made a conjunct of an
 * adverbial clause opened by "after", "as", "when" ... is a conjunct of
 * the main clause the adverbial clause hangs on. */
void tree_repair_clause_after_subordinate(size_t n, const char *const *forms, const char *const *xpos,
                                          int32_t *heads, const char **deprels);

/* "accusing Doha of supporting terrorism, a charge Foreign Minister
 * Sheikh Mohammed ... of Qatar rejected as baseless": after a comma, "a
 * charge" (allegation, accusation, claim) that the parser made the
 * subject or object of a following denial (deny, reject, dismiss,
 * refute) is the noun a relative clause of that denial describes; the
 * denier, which the parser hung on the charge, is the clause's
 * subject. */
void tree_repair_charge_denied(size_t n, const char *const *forms, const char *const *upos,
                               const char *const *xpos, const char *const *lemmas, int32_t *heads,
                               const char **deprels);

/* "said the U.S. decision violated international law" read as "said the
 * decision" with "violated international law" a participle on it: after
 * a verb of saying, a participle or past tense hung on the object noun
 * with an object of its own (and no by-agent) is the reported clause,
 * the noun its subject. */
void tree_repair_said_object_clause(size_t n, const char *const *forms, const char *const *upos,
                                    const char *const *xpos, const char *const *lemmas, int32_t *heads,
                                    const char **deprels);

/* "pulled out of the nuclear deal" with "deal" the verb's object and "of"
 * its case: an object with a preposition of its own is an oblique. */
void tree_repair_obj_with_case(size_t n, const char *const *upos, const int32_t *heads, const char **deprels);

/* "ordered a military offensive ..., accusing forces loyal to the TPLF
 * of ..." with "accusing" read as the modifier of "forces": an -ing verb
 * right after a comma, modifying the noun right after it, is a clause
 * (advcl) of the verb before, that noun its object. */
void tree_repair_comma_participle(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels);

/* "ordered seven U.N. officials to leave the country ..., accusing them of
 * meddling", "ordered units to be ready to open fire, accusing South
 * Korea": a participle after a comma hung on an infinitive (or on an
 * adjective with a copula) hangs on the verb that governs them -- the one
 * whose subject does it. */
void tree_repair_comma_gerund(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                              int32_t *heads, const char **deprels);


/* "raided a village ... on Saturday night, burning homes and killing 65
 * residents" with "burning" read as a modifier of "night": an -ing verb
 * after a comma, hung on a day or a time of day before it, is a clause
 * (advcl) of the verb that time phrase belongs to. */
void tree_repair_time_participle(size_t n, const char *const *forms, const char *const *upos,
                                 const char *const *xpos, int32_t *heads, const char **deprels);

/* "Saudi Arabia and its Gulf Arab allies launched air strikes" read with
 * "allies" the subject and "Arabia" an unmarked oblique of the verb
 * ("Gulf" its conjunct): a name before the subject, joined to it by
 * "and", is the first member of the subject. */
void tree_repair_unmarked_first_subject(size_t n, const char *const *forms, const char *const *upos,
                                        int32_t *heads, const char **deprels);

/* "soldiers were killed when Indian and Chinese troops clashed" read with
 * the troops the object of "killed" and "clashed" their acl: a past
 * tense hung on a noun that a subordinator opens is a clause of the verb
 * the noun was put under, the noun its subject. */
void tree_repair_subordinate_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                                 int32_t *heads, const char **deprels);

/* "imposed a dusk-to-dawn curfew" read with "dusk" the object and
 * "curfew" an object of "dusk": a noun object followed by a hyphen whose
 * hyphenated run ends in a noun object of its own is that noun's
 * compound, the noun the verb's object. */
void tree_repair_hyphen_object(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels);

/* "... committed in Darfur and that the government bore responsibility":
 * a verb hung on a CCONJ is the conjunct of the verb above it. */
void tree_repair_clause_under_conjunction(size_t n, const char *const *upos, int32_t *heads, const char **deprels);

/* "..., an agreement Israeli Prime Minister Benjamin Netanyahu denounced
 * as a historic mistake", "..., a verdict Amnesty International called a
 * charade": a name and a subjectless past tense after a summing noun are
 * that noun's relative clause. */
void tree_repair_summing_relative(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels);

/* "called the move an unfriendly act" with "act" an object of "move":
 * the complement of the verb of calling; and ", a verdict Amnesty called
 * a sham": the one object of a relative clause of calling is its
 * complement (the noun the clause hangs on is what is called). */
void tree_repair_called_object(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                               const char **deprels);

/* "said hundreds were killed ... and accused government forces": an active
 * past tense with an object conjoined to a reported passive is the
 * reporting verb's conjunct. */
void tree_repair_passive_conjunct(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                                  const char **deprels);

/* "..., in which gunmen killed 12 people" hung as a parataxis: a relative
 * clause of the noun phrase before the comma. */
void tree_repair_preposition_relative(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                      const char **deprels);
void tree_repair_conjoined_subjects(size_t n, const char *const *forms, const char *const *upos,
                                   const char *const *xpos, int32_t *heads, const char **deprels);
void tree_repair_gerund_root_of(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                                int32_t *heads, const char **deprels);
void tree_repair_title_apposition(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                  const char **deprels);
/* "Spanish riot police fired rubber bullets ..." read as the noun "riot"
 * with a relative clause "police fired ...": a root noun right before the
 * subject of its finite relative clause (no relative word) is a compound
 * of that subject, and the clause's verb the root. */
void tree_repair_compound_root(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                               int32_t *heads, const char **deprels);
/* "revoked with immediate effect a military accord" with "accord" an
 * object of "effect": a noun takes no object in UD, so an object hung on
 * an oblique noun after its verb, when that verb has no object of its
 * own, is the verb's. */
void tree_repair_object_of_oblique(size_t n, const char *const *upos, int32_t *heads, const char **deprels);

#endif
