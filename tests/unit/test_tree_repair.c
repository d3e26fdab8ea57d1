/* tree_repair_attribution and tree_repair_finite_acl on parses the parser really produced. */
#include "test.h"

#include "nlp/tree_repair.h"

/* "Germany has delivered an air defence system to Ukraine , Defence
 * Minister Christine Lambrecht said on Wednesday ." as the parser parsed
 * it: "said" a ccomp of "delivered" with "system" its subject. */
TEST(tree_repair_final_attribution) {
    const char *forms[] = {"Germany", "has", "delivered", "an", "air", "defence", "system", "to", "Ukraine", ",",
                           "Defence", "Minister", "Christine", "Lambrecht", "said", "on", "Wednesday", "."};
    const char *upos[] = {"PROPN", "AUX", "VERB", "DET", "NOUN", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT",
                          "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"};
    const char *xpos[] = {"NNP", "VBZ", "VBN", "DT", "NN", "NN", "NN", "IN", "NNP", ",",
                          "NNP", "NNP", "NNP", "NNP", "VBD", "IN", "NNP", "."};
    const char *lemmas[] = {"Germany", "have", "deliver", "a", "air", "defence", "system", "to", "Ukraine", ",",
                            "Defence", "Minister", "Christine", "Lambrecht", "say", "on", "Wednesday", "."};
    int32_t heads[] = {2, 2, -1, 6, 5, 6, 14, 8, 6, 14, 11, 12, 6, 12, 2, 16, 14, 2};
    const char *deprels[] = {"nsubj", "aux", "root", "det", "compound", "compound", "nsubj", "case", "nmod", "punct",
                             "compound", "nmod:desc", "appos", "flat", "ccomp", "case", "obl", "punct"};
    tree_repair_attribution(18, forms, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[14], 2);              /* said -> delivered */
    CHECK_STR(deprels[14], "parataxis");
    CHECK_INT(heads[6], 2);               /* system -> delivered */
    CHECK_STR(deprels[6], "obj");
    CHECK_INT(heads[13], 14);             /* the phrase's last noun is the subject */
    CHECK_STR(deprels[13], "nsubj");
    CHECK_INT(heads[12], 13);             /* its loose words hang on it */
    CHECK_INT(heads[9], 14);              /* the comma */
    CHECK_INT(heads[16], 14);             /* on Wednesday stays with "said" */
    /* a tree without a root cycle: every word reaches the root */
    for (int i = 0; i < 18; i++) {
        int k = i, steps = 0;
        while (heads[k] >= 0 && steps++ < 18) k = heads[k];
        CHECK(steps < 18);
    }
}

/* Parsed right ("said" a parataxis), or no phrase before the reporting
 * verb: left alone. */
TEST(tree_repair_leaves_good_parses) {
    const char *forms[] = {"Russian", "forces", "shelled", "Kharkiv", "overnight", ",", "Ukrainian", "officials", "said", "."};
    const char *upos[] = {"ADJ", "NOUN", "VERB", "PROPN", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"};
    const char *xpos[] = {"JJ", "NNS", "VBD", "NNP", "NN", ",", "JJ", "NNS", "VBD", "."};
    const char *lemmas[] = {"Russian", "force", "shell", "Kharkiv", "overnight", ",", "Ukrainian", "official", "say", "."};
    int32_t heads[] = {1, 2, -1, 2, 2, 8, 7, 8, 2, 2};
    const char *deprels[] = {"amod", "nsubj", "root", "obj", "obl:tmod", "punct", "amod", "nsubj", "parataxis", "punct"};
    int32_t before[10];
    memcpy(before, heads, sizeof heads);
    tree_repair_attribution(10, forms, upos, xpos, lemmas, heads, deprels);
    CHECK(!memcmp(before, heads, sizeof heads));
}

/* "Colombia 's government and the ELN rebels agreed on Tuesday to restart
 * talks ." as the parser parsed it (condensed): "government" the root,
 * "rebels" an nmod of it, "agreed" (VBD) an acl of "rebels". */
TEST(tree_repair_finite_acl_becomes_the_predicate) {
    const char *upos[] = {"PROPN", "PART", "NOUN", "CCONJ", "DET", "PROPN", "NOUN", "VERB", "ADP", "PROPN",
                          "PART", "VERB", "NOUN", "PUNCT"};
    const char *xpos[] = {"NNP", "POS", "NN", "CC", "DT", "NNP", "NNS", "VBD", "IN", "NNP", "TO", "VB", "NNS", "."};
    int32_t heads[] = {2, 0, -1, 5, 5, 2, 2, 6, 9, 7, 11, 7, 11, 2};
    const char *deprels[] = {"nmod:poss", "case", "root", "cc", "det", "conj", "nmod", "acl", "case", "obl",
                             "mark", "advcl", "obj", "punct"};
    tree_repair_finite_acl(14, NULL, upos, xpos, heads, deprels);
    CHECK_INT(heads[7], -1); /* agreed: the root */
    CHECK_STR(deprels[7], "root");
    CHECK_INT(heads[2], 7); /* government: its subject */
    CHECK_STR(deprels[2], "nsubj");
    CHECK_INT(heads[13], 7); /* the final stop moves to the verb */
    CHECK_INT(heads[5], 2);  /* the conjunct stays with the subject */
}

/* "Forces loyal to Muammar Gaddafi shelled the town": the parser read
 * "loyal" as the subject of a relative clause under the root noun; the
 * noun is the verb's subject and "loyal" its modifier. */
TEST(tree_repair_finite_acl_adjective_subject) {
    const char *upos[] = {"NOUN", "ADJ", "ADP", "PROPN", "PROPN", "VERB", "DET", "NOUN"};
    const char *xpos[] = {"NNS", "JJ", "IN", "NNP", "NNP", "VBD", "DT", "NN"};
    int32_t heads[] = {-1, 5, 3, 1, 3, 0, 7, 5};
    const char *deprels[] = {"root", "nsubj", "case", "obl", "flat", "acl:relcl", "det", "obj"};
    tree_repair_finite_acl(8, NULL, upos, xpos, heads, deprels);
    CHECK_INT(heads[5], -1);
    CHECK_INT(heads[0], 5);
    CHECK_STR(deprels[0], "nsubj");
    CHECK_INT(heads[1], 0);
    CHECK_STR(deprels[1], "amod");
}

/* A participle (VBN) acl, or a finite acl with its own subject, is left
 * alone: "the talks held in Geneva", "the plan it announced". */
TEST(tree_repair_finite_acl_leaves_participles) {
    const char *upos[] = {"DET", "NOUN", "VERB", "ADP", "PROPN"};
    const char *xpos[] = {"DT", "NNS", "VBN", "IN", "NNP"};
    int32_t heads[] = {1, -1, 1, 4, 2};
    const char *deprels[] = {"det", "root", "acl", "case", "obl"};
    tree_repair_finite_acl(5, NULL, upos, xpos, heads, deprels);
    CHECK_INT(heads[2], 1);
    CHECK_INT(heads[1], -1);
    const char *upos2[] = {"DET", "NOUN", "PRON", "VERB"};
    const char *xpos2[] = {"DT", "NN", "PRP", "VBD"};
    int32_t heads2[] = {1, -1, 3, 1};
    const char *deprels2[] = {"det", "root", "nsubj", "acl"};
    tree_repair_finite_acl(4, NULL, upos2, xpos2, heads2, deprels2);
    CHECK_INT(heads2[3], 1);
    CHECK_INT(heads2[1], -1);
}

/* "soldiers shot dead a protester": "dead" an amod of the object after it
 * becomes the verb's xcomp; "bought new cars" is no such case. */
TEST(tree_repair_shot_dead_is_the_result) {
    const char *forms[] = {"soldiers", "shot", "dead", "a", "protester"};
    const char *upos[] = {"NOUN", "VERB", "ADJ", "DET", "NOUN"};
    int32_t heads[] = {1, -1, 4, 4, 1};
    const char *deprels[] = {"nsubj", "root", "amod", "det", "obj"};
    tree_repair_shot_dead(5, forms, upos, heads, deprels);
    CHECK_INT(heads[2], 1);
    CHECK_STR(deprels[2], "xcomp");
    const char *forms2[] = {"they", "bought", "new", "cars"};
    const char *upos2[] = {"PRON", "VERB", "ADJ", "NOUN"};
    int32_t heads2[] = {1, -1, 3, 1};
    const char *deprels2[] = {"nsubj", "root", "amod", "obj"};
    tree_repair_shot_dead(4, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[2], 3);
    CHECK_STR(deprels2[2], "amod");
}

/* "Gunmen shot dead an Ecuadorian prosecutor who ..., officials said"
 * with "prosecutor" given to "said": it comes back as the object; "a mob
 * beat to death a factory manager" likewise; a verb with an object keeps
 * it ("shot dead two men" parsed right is left alone). */
TEST(tree_repair_shot_dead_takes_its_object_back) {
    const char *forms[] = {"Gunmen", "shot", "dead", "an", "Ecuadorian", "prosecutor", ",", "officials", "said"};
    const char *upos[] = {"NOUN", "VERB", "ADJ", "DET", "ADJ", "NOUN", "PUNCT", "NOUN", "VERB"};
    int32_t heads[] = {1, -1, 1, 5, 5, 8, 5, 8, 1};
    const char *deprels[] = {"nsubj", "root", "xcomp", "det", "amod", "dislocated", "punct", "nsubj", "parataxis"};
    tree_repair_shot_dead(9, forms, upos, heads, deprels);
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "obj");
    const char *forms2[] = {"a", "mob", "beat", "to", "death", "a", "factory", "manager"};
    const char *upos2[] = {"DET", "NOUN", "VERB", "ADP", "NOUN", "DET", "NOUN", "NOUN"};
    int32_t heads2[] = {1, 2, -1, 4, 2, 7, 7, 4};
    const char *deprels2[] = {"det", "nsubj", "root", "case", "obl", "det", "compound", "nmod"};
    tree_repair_shot_dead(8, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[7], 2);
    CHECK_STR(deprels2[7], "obj");
    /* (a passive's object is its subject, and a day is no object: "A
     * woman was stoned to death Tuesday" keeps "Tuesday" where it was) */
    const char *forms3[] = {"woman", "was", "stoned", "to", "death", "Tuesday"};
    const char *upos3[] = {"NOUN", "AUX", "VERB", "ADP", "NOUN", "PROPN"};
    int32_t heads3[] = {2, 2, -1, 4, 2, 4};
    const char *deprels3[] = {"nsubj:pass", "aux:pass", "root", "case", "obl", "appos"};
    tree_repair_shot_dead(6, forms3, upos3, heads3, deprels3);
    CHECK_INT(heads3[5], 4);
    CHECK_STR(deprels3[5], "appos");
    /* (nor a time word after an active verb: "killed to death Monday") */
    const char *forms4[] = {"mob", "beat", "to", "death", "Monday"};
    const char *upos4[] = {"NOUN", "VERB", "ADP", "NOUN", "PROPN"};
    int32_t heads4[] = {1, -1, 3, 1, 3};
    const char *deprels4[] = {"nsubj", "root", "case", "obl", "appos"};
    tree_repair_shot_dead(5, forms4, upos4, heads4, deprels4);
    CHECK_INT(heads4[4], 3);
}

/* "found former French President Nicolas Sarkozy guilty" with "former"
 * the verb's xcomp and the name its conjunct: "former" modifies the name,
 * the name is the object. */
TEST(tree_repair_former_is_no_complement) {
    const char *forms[] = {"court", "found", "former", "President", "Nicolas", "Sarkozy", "guilty"};
    const char *upos[] = {"NOUN", "VERB", "ADJ", "PROPN", "PROPN", "PROPN", "ADJ"};
    int32_t heads[] = {1, -1, 1, 4, 2, 4, 4};
    const char *deprels[] = {"nsubj", "root", "xcomp", "nmod:desc", "conj", "flat", "amod"};
    tree_repair_former_object(7, forms, upos, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "obj");
    CHECK_INT(heads[2], 4);
    CHECK_STR(deprels[2], "amod");
    tree_repair_found_guilty(7, forms, upos, heads, deprels);
    CHECK_INT(heads[6], 1);
    CHECK_STR(deprels[6], "xcomp");
}

/* "protesters opposed to vaccine mandates blocked the bridge" read as
 * "mandates blocked ..." a relative clause of the root noun: the clause is
 * the predicate and "protesters" its subject; "the man I saw" (no
 * participle) keeps its relative clause. */
TEST(tree_repair_reduced_relative_is_the_predicate) {
    const char *forms[] = {"protesters", "opposed", "to", "vaccine", "mandates", "blocked", "the", "bridge"};
    const char *upos[] = {"NOUN", "VERB", "ADP", "NOUN", "NOUN", "VERB", "DET", "NOUN"};
    const char *xpos[] = {"NNS", "VBN", "IN", "NN", "NNS", "VBD", "DT", "NN"};
    int32_t heads[] = {-1, 0, 3, 1, 5, 0, 7, 5};
    const char *deprels[] = {"root", "acl", "case", "obl", "nsubj", "acl:relcl", "det", "obj"};
    tree_repair_reduced_relative(8, forms, upos, xpos, heads, deprels);
    tree_repair_finite_acl(8, NULL, upos, xpos, heads, deprels);
    CHECK_INT(heads[5], -1);
    CHECK_STR(deprels[5], "root");
    CHECK_INT(heads[0], 5);
    CHECK_STR(deprels[0], "nsubj");
    CHECK_INT(heads[4], 1);
    const char *forms2[] = {"the", "man", "I", "saw"};
    const char *upos2[] = {"DET", "NOUN", "PRON", "VERB"};
    const char *xpos2[] = {"DT", "NN", "PRP", "VBD"};
    int32_t heads2[] = {1, -1, 3, 1};
    const char *deprels2[] = {"det", "root", "nsubj", "acl:relcl"};
    tree_repair_reduced_relative(4, forms2, upos2, xpos2, heads2, deprels2);
    CHECK_INT(heads2[3], 1);
    CHECK_STR(deprels2[3], "acl:relcl");
}

/* "gave the officers who seized power one week to reinstate X": the span
 * and its to-clause come back to "gave" from the object's relative
 * clause. */
TEST(tree_repair_ultimatum_span_belongs_to_give) {
    const char *forms[] = {"ECOWAS", "gave", "the", "officers", "who", "seized", "power", "one", "week", "to",
                           "reinstate", "Bazoum"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "PRON", "VERB", "NOUN", "NUM", "NOUN", "PART", "VERB",
                          "PROPN"};
    int32_t heads[] = {1, -1, 3, 1, 5, 3, 5, 8, 5, 10, 5, 10};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "nsubj", "acl:relcl", "obj", "nummod", "obl:unmarked",
                             "mark", "advcl", "obj"};
    tree_repair_ultimatum(12, forms, upos, heads, deprels);
    CHECK_INT(heads[8], 1);
    CHECK_INT(heads[10], 1);
    CHECK_STR(deprels[10], "advcl");
}

/* ", days after the minister described ..." with "days" the subject and
 * the minister its nmod: the minister is the subject, "after" the
 * clause's marker; a clause with a subject of its own is left alone. */
TEST(tree_repair_days_after_clause) {
    const char *forms[] = {"junta", "acted", ",", "days", "after", "the", "minister", "described", "it"};
    const char *upos[] = {"NOUN", "VERB", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "VERB", "PRON"};
    int32_t heads[] = {1, -1, 7, 7, 6, 6, 3, 1, 7};
    const char *deprels[] = {"nsubj", "root", "punct", "nsubj", "case", "det", "nmod", "parataxis", "obj"};
    tree_repair_days_after(9, forms, upos, heads, deprels);
    CHECK_INT(heads[6], 7);
    CHECK_STR(deprels[6], "nsubj");
    CHECK_STR(deprels[4], "mark");
    CHECK_STR(deprels[3], "obl:npmod");
    CHECK_STR(deprels[7], "advcl");
    /* (a clause with a subject of its own after the phrase is left alone:
     * "days after the vote the minister resigned" read with both) */
    const char *forms2[] = {"days", "after", "the", "vote", "the", "minister", "resigned"};
    const char *upos2[] = {"NOUN", "ADP", "DET", "NOUN", "DET", "NOUN", "VERB"};
    int32_t heads2[] = {6, 3, 3, 0, 5, 6, -1};
    const char *deprels2[] = {"nsubj", "case", "det", "nmod", "det", "nsubj", "root"};
    tree_repair_days_after(7, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[3], 0);
    CHECK_STR(deprels2[0], "nsubj");
}

/* "gave the French ambassador 72 hours to leave" with "ambassador" a
 * compound before the number: it is the indirect object, and the
 * to-clause of the span belongs to "gave". */
TEST(tree_repair_two_objects_of_give) {
    const char *forms[] = {"junta", "gave", "the", "French", "ambassador", "72", "hours", "to", "leave"};
    const char *upos[] = {"NOUN", "VERB", "DET", "ADJ", "NOUN", "NUM", "NOUN", "PART", "VERB"};
    int32_t heads[] = {1, -1, 6, 4, 6, 6, 1, 8, 6};
    const char *deprels[] = {"nsubj", "root", "det", "amod", "compound", "nummod", "obj", "mark", "acl"};
    tree_repair_two_objects(9, upos, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "iobj");
    CHECK_INT(heads[2], 4);
    tree_repair_ultimatum(9, forms, upos, heads, deprels);
    CHECK_INT(heads[8], 1);
    CHECK_STR(deprels[8], "advcl");
}

/* "gave Iranian diplomats 48 hours to leave" with the span hung on the
 * diplomats and the to-clause their acl: the diplomats are the indirect
 * object, the span the object, the clause the verb's. */
TEST(tree_repair_ultimatum_span_on_the_object) {
    const char *forms[] = {"Bahrain", "gave", "Iranian", "diplomats", "48", "hours", "to", "leave"};
    const char *upos[] = {"PROPN", "VERB", "ADJ", "NOUN", "NUM", "NOUN", "PART", "VERB"};
    int32_t heads[] = {1, -1, 3, 1, 5, 3, 7, 3};
    const char *deprels[] = {"nsubj", "root", "amod", "obj", "nummod", "obl:unmarked", "mark", "acl"};
    tree_repair_ultimatum(8, forms, upos, heads, deprels);
    CHECK_STR(deprels[3], "iobj");
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "obj");
    CHECK_INT(heads[7], 1);
    CHECK_STR(deprels[7], "advcl");
}

/* "prompting President Saleh to declare a state of emergency" with the
 * to-clause an advcl: it is the complement (xcomp), done by the object;
 * without an object it stays. */
TEST(tree_repair_object_control_of_causatives) {
    const char *forms[] = {"prompting", "Saleh", "to", "declare", "emergency"};
    const char *lemmas[] = {"prompt", "Saleh", "to", "declare", "emergency"};
    int32_t heads[] = {-1, 0, 3, 0, 3};
    const char *deprels[] = {"root", "obj", "mark", "advcl", "obj"};
    tree_repair_object_control(5, forms, lemmas, heads, deprels);
    CHECK_STR(deprels[3], "xcomp");
    const char *forms2[] = {"prompting", "calls", "to", "act"};
    const char *lemmas2[] = {"prompt", "call", "to", "act"};
    int32_t heads2[] = {-1, 0, 3, 0};
    const char *deprels2[] = {"root", "nsubj", "mark", "advcl"};
    tree_repair_object_control(4, forms2, lemmas2, heads2, deprels2);
    CHECK_STR(deprels2[3], "advcl");
}

/* "rallied outside parliament": "outside" an amod of the verb's object
 * becomes the case of an oblique; "sought outside help" keeps its
 * adjective (help is no building). */
TEST(tree_repair_outside_a_building) {
    const char *forms[] = {"students", "rallied", "outside", "parliament"};
    const char *upos[] = {"NOUN", "VERB", "ADJ", "NOUN"};
    int32_t heads[] = {1, -1, 3, 1};
    const char *deprels[] = {"nsubj", "root", "amod", "obj"};
    tree_repair_outside(4, forms, upos, heads, deprels);
    CHECK_STR(deprels[2], "case");
    CHECK_STR(deprels[3], "obl");
    const char *forms2[] = {"they", "sought", "outside", "help"};
    const char *deprels2[] = {"nsubj", "root", "amod", "obj"};
    tree_repair_outside(4, forms2, upos, heads, deprels2);
    CHECK_STR(deprels2[2], "amod");
    CHECK_STR(deprels2[3], "obj");
}

/* "Mali , Burkina Faso and Niger announced": the vocative first name is
 * one more conjunct of the subject. */
TEST(tree_repair_list_subject_vocative) {
    const char *forms[] = {"Mali", ",", "Burkina", "and", "Niger", "announced"};
    const char *upos[] = {"PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"};
    int32_t heads[] = {5, 0, 5, 4, 2, -1};
    const char *deprels[] = {"vocative", "punct", "nsubj", "cc", "conj", "root"};
    tree_repair_list_subject(6, forms, upos, heads, deprels);
    CHECK_INT(heads[0], 2);
    CHECK_STR(deprels[0], "conj");
}

/* ... and when the first name was made the root with the verb its
 * parataxis, the verb becomes the root. */
TEST(tree_repair_list_subject_root) {
    const char *forms[] = {"Mali", ",", "Burkina", "and", "Niger", "announced", "withdrawal"};
    const char *upos[] = {"PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"};
    int32_t heads[] = {-1, 0, 5, 4, 2, 0, 5};
    const char *deprels[] = {"root", "punct", "nsubj", "cc", "conj", "parataxis", "obj"};
    tree_repair_list_subject(7, forms, upos, heads, deprels);
    CHECK_INT(heads[5], -1);
    CHECK_STR(deprels[5], "root");
    CHECK_INT(heads[0], 2);
    CHECK_STR(deprels[0], "conj");
    CHECK_INT(heads[1], 5);
}

/* "received Syrian President Assad" with "Syrian" the verb's xcomp and
 * the name its object: the name is the verb's object. */
TEST(tree_repair_demonym_complement) {
    const char *forms[] = {"Emir", "received", "Syrian", "President", "Assad"};
    const char *upos[] = {"PROPN", "VERB", "ADJ", "PROPN", "PROPN"};
    int32_t heads[] = {1, -1, 1, 4, 2};
    const char *deprels[] = {"nsubj", "root", "xcomp", "compound", "obj"};
    tree_repair_adjective_xcomp(5, forms, upos, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "obj");
    CHECK_INT(heads[2], 4);
    CHECK_STR(deprels[2], "amod");
}

/* "questioned ousted former President Park" with "ousted" the verb's
 * xcomp and the name its bare oblique: the name is the object; a name
 * with a preposition ("made public in Seoul") stays. */
TEST(tree_repair_status_adjective_complement) {
    const char *forms[] = {"prosecutors", "questioned", "ousted", "former", "President", "Park"};
    const char *upos[] = {"NOUN", "VERB", "ADJ", "ADJ", "PROPN", "PROPN"};
    int32_t heads[] = {1, -1, 1, 4, 5, 2};
    const char *deprels[] = {"nsubj", "root", "xcomp", "amod", "nmod:desc", "obl"};
    tree_repair_adjective_xcomp(6, forms, upos, heads, deprels);
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "obj");
    CHECK_INT(heads[2], 5);
    CHECK_STR(deprels[2], "amod");
    const char *forms2[] = {"it", "made", "public", "in", "Seoul"};
    const char *upos2[] = {"PRON", "VERB", "ADJ", "ADP", "PROPN"};
    int32_t heads2[] = {1, -1, 1, 4, 2};
    const char *deprels2[] = {"nsubj", "root", "xcomp", "case", "obl"};
    tree_repair_adjective_xcomp(5, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[4], 2);
    CHECK_STR(deprels2[4], "obl");
}

/* "called the raid an act of war" (two objects) and "called the move
 * illegal" (the adjective the noun's amod): the second is the verb's
 * xcomp; "called the illegal move" stays. */
TEST(tree_repair_called_it_what) {
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"};
    const char *lemmas[] = {"Olmert", "call", "the", "raid", "a", "act"};
    int32_t heads[] = {1, -1, 3, 1, 5, 1};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "det", "obj"};
    tree_repair_called_it(6, upos, lemmas, heads, deprels);
    CHECK_STR(deprels[3], "obj");
    CHECK_STR(deprels[5], "xcomp");
    const char *upos2[] = {"PROPN", "VERB", "DET", "NOUN", "ADJ", "PUNCT"};
    const char *lemmas2[] = {"Moscow", "call", "the", "move", "illegal", "."};
    int32_t heads2[] = {1, -1, 3, 1, 3, 1};
    const char *deprels2[] = {"nsubj", "root", "det", "xcomp", "amod", "punct"};
    tree_repair_called_it(6, upos2, lemmas2, heads2, deprels2);
    CHECK_STR(deprels2[3], "obj");
    CHECK_INT(heads2[4], 1);
    CHECK_STR(deprels2[4], "xcomp");
    const char *upos3[] = {"PROPN", "VERB", "DET", "ADJ", "NOUN"};
    const char *lemmas3[] = {"Moscow", "call", "the", "illegal", "move"};
    int32_t heads3[] = {1, -1, 4, 4, 1};
    const char *deprels3[] = {"nsubj", "root", "det", "amod", "obj"};
    tree_repair_called_it(5, upos3, lemmas3, heads3, deprels3);
    CHECK_INT(heads3[3], 4);
    CHECK_STR(deprels3[3], "amod");
    /* "called the move a grave error" with "error" hung on "move" */
    const char *upos4[] = {"PROPN", "VERB", "DET", "NOUN", "DET", "ADJ", "NOUN", "PUNCT"};
    const char *lemmas4[] = {"France", "call", "the", "move", "a", "grave", "error", "."};
    int32_t heads4[] = {1, -1, 3, 1, 6, 6, 3, 1};
    const char *deprels4[] = {"nsubj", "root", "det", "obj", "det", "amod", "nmod:unmarked", "punct"};
    tree_repair_called_it(8, upos4, lemmas4, heads4, deprels4);
    CHECK_STR(deprels4[3], "obj");
    CHECK_INT(heads4[6], 1);
    CHECK_STR(deprels4[6], "xcomp");
    /* "called the crackdown a massacre" with "massacre" an unmarked
     * oblique of the verb, as if a time */
    const char *upos5[] = {"PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"};
    const char *lemmas5[] = {"Erdogan", "call", "the", "crackdown", "a", "massacre", "."};
    int32_t heads5[] = {1, -1, 3, 1, 5, 1, 1};
    const char *deprels5[] = {"nsubj", "root", "det", "obj", "det", "obl:unmarked", "punct"};
    tree_repair_called_it(7, upos5, lemmas5, heads5, deprels5);
    CHECK_STR(deprels5[3], "obj");
    CHECK_STR(deprels5[5], "xcomp");
    /* ("called a meeting Monday": a bare oblique first stays) */
    const char *upos6[] = {"PROPN", "VERB", "NOUN", "DET", "NOUN"};
    const char *lemmas6[] = {"Annan", "call", "Monday", "a", "meeting"};
    int32_t heads6[] = {1, -1, 1, 4, 1};
    const char *deprels6[] = {"nsubj", "root", "obl:unmarked", "det", "obj"};
    tree_repair_called_it(5, upos6, lemmas6, heads6, deprels6);
    CHECK_STR(deprels6[2], "obl:unmarked");
    CHECK_STR(deprels6[4], "obj");
}

/* "placed opposition hopeful Chamorro under arrest" with "opposition"
 * the object and the name a bare oblique right after it: the name is the
 * object; "gave the army Monday" (a name not right after) stays. */
TEST(tree_repair_noun_before_name) {
    const char *upos[] = {"NOUN", "VERB", "NOUN", "ADJ", "PROPN", "ADP", "NOUN"};
    int32_t heads[] = {1, -1, 1, 4, 1, 6, 4};
    const char *deprels[] = {"nsubj", "root", "obj", "amod", "obl:unmarked", "case", "nmod"};
    tree_repair_noun_before_name(7, upos, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "obj");
    CHECK_INT(heads[2], 4);
    CHECK_STR(deprels[2], "compound");
    const char *upos2[] = {"NOUN", "VERB", "NOUN", "ADP", "NOUN", "PROPN"};
    int32_t heads2[] = {1, -1, 1, 4, 2, 1};
    const char *deprels2[] = {"nsubj", "root", "obj", "case", "nmod", "obl:unmarked"};
    tree_repair_noun_before_name(6, upos2, heads2, deprels2);
    CHECK_INT(heads2[2], 1);
    CHECK_STR(deprels2[2], "obj");
}

/* "granted Zakayev political asylum" with the name a compound of the
 * object: the name is the indirect object. */
TEST(tree_repair_name_compound_of_given_object) {
    const char *forms[] = {"Britain", "granted", "Zakayev", "political", "asylum"};
    const char *upos[] = {"PROPN", "VERB", "PROPN", "ADJ", "NOUN"};
    const char *lemmas[] = {"Britain", "grant", "Zakayev", "political", "asylum"};
    int32_t heads[] = {1, -1, 4, 4, 1};
    const char *deprels[] = {"nsubj", "root", "compound", "amod", "obj"};
    tree_repair_name_then_object(5, forms, upos, lemmas, heads, deprels);
    CHECK_INT(heads[2], 1);
    CHECK_STR(deprels[2], "iobj");
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "obj");
}

/* "President Frank - Walter Steinmeier apologised" with "Frank" the root:
 * one name, the verb the root. */
TEST(tree_repair_hyphenated_name) {
    const char *forms[] = {"Frank", "-", "Walter", "Steinmeier", "apologised", "."};
    const char *upos[] = {"PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"};
    int32_t heads[] = {-1, 4, 4, 2, 0, 0};
    const char *deprels[] = {"root", "punct", "nsubj", "flat", "parataxis", "punct"};
    tree_repair_hyphen_name(6, forms, upos, heads, deprels);
    CHECK_INT(heads[4], -1);
    CHECK_STR(deprels[4], "root");
    CHECK_INT(heads[0], 2);
    CHECK_INT(heads[5], 4);
}

/* "Russian Foreign Minister Lavrov met ..." with "Russian" the root: the
 * verb is the root, the adjective the title's modifier; "Great , I went"
 * is left alone. */
TEST(tree_repair_adjective_made_root) {
    const char *forms[] = {"Russian", "Foreign", "Minister", "Lavrov", "met", "Assad"};
    const char *upos[] = {"ADJ", "ADJ", "PROPN", "PROPN", "VERB", "PROPN"};
    int32_t heads[] = {-1, 2, 3, 4, 0, 4};
    const char *deprels[] = {"root", "amod", "nmod:desc", "nsubj", "ccomp", "obj"};
    tree_repair_adjective_root(6, forms, upos, heads, deprels);
    CHECK_INT(heads[4], -1);
    CHECK_STR(deprels[4], "root");
    CHECK_INT(heads[0], 2);
    CHECK_STR(deprels[0], "amod");
    const char *forms2[] = {"Great", ",", "I", "went"};
    const char *upos2[] = {"ADJ", "PUNCT", "PRON", "VERB"};
    int32_t heads2[] = {-1, 0, 3, 0};
    const char *deprels2[] = {"root", "punct", "nsubj", "parataxis"};
    tree_repair_adjective_root(4, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[0], -1);
}

/* "found Sarkozy guilty" with "guilty" an amod of the object after it: the
 * verb's complement. */
TEST(tree_repair_found_guilty_is_the_complement) {
    const char *forms[] = {"court", "found", "Nicolas", "Sarkozy", "guilty"};
    const char *upos[] = {"NOUN", "VERB", "PROPN", "PROPN", "ADJ"};
    int32_t heads[] = {1, -1, 1, 2, 2};
    const char *deprels[] = {"nsubj", "root", "obj", "flat", "amod"};
    tree_repair_found_guilty(5, forms, upos, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "xcomp");
}

/* "Republic of Congo 's government accused": the possessive belongs to the
 * whole name; the noun takes the name's place as subject. */
TEST(tree_repair_possessive_of_an_of_name) {
    const char *forms[] = {"Republic", "of", "Congo", "'s", "government", "accused"};
    const char *upos[] = {"PROPN", "ADP", "PROPN", "PART", "NOUN", "VERB"};
    int32_t heads[] = {5, 4, 4, 2, 0, -1};
    const char *deprels[] = {"nsubj", "case", "nmod:poss", "case", "nmod", "root"};
    tree_repair_of_name_possessive(6, forms, upos, heads, deprels);
    CHECK_INT(heads[4], 5);
    CHECK_STR(deprels[4], "nsubj");
    CHECK_INT(heads[0], 4);
    CHECK_STR(deprels[0], "nmod:poss");
    CHECK_INT(heads[2], 0);
    CHECK_INT(heads[1], 2);
}

/* "Rights groups accused the army of committing war crimes": the of-clause
 * hung on the object is the accusing verb's; "the risk of losing" under
 * another verb stays. */
TEST(tree_repair_accused_of_clause) {
    const char *forms[] = {"groups", "accused", "the", "army", "of", "committing", "crimes"};
    const char *upos[] = {"NOUN", "VERB", "DET", "NOUN", "SCONJ", "VERB", "NOUN"};
    int32_t heads[] = {1, -1, 3, 1, 5, 3, 5};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "mark", "acl", "obj"};
    tree_repair_accused_of(7, forms, upos, heads, deprels);
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "advcl");
    const char *forms2[] = {"they", "raised", "the", "risk", "of", "losing", "seats"};
    int32_t heads2[] = {1, -1, 3, 1, 5, 3, 5};
    const char *deprels2[] = {"nsubj", "root", "det", "obj", "mark", "acl", "obj"};
    tree_repair_accused_of(7, forms2, upos, heads2, deprels2);
    CHECK_INT(heads2[5], 3);
    CHECK_STR(deprels2[5], "acl");
    /* (hung on an oblique of the verb: "accused the government on
     * Thursday of hiding debt") */
    const char *forms3[] = {"he", "accused", "the", "government", "on", "Thursday", "of", "hiding", "debt"};
    const char *upos3[] = {"PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "SCONJ", "VERB", "NOUN"};
    int32_t heads3[] = {1, -1, 3, 1, 5, 1, 7, 5, 7};
    const char *deprels3[] = {"nsubj", "root", "det", "obj", "case", "obl", "mark", "acl", "obj"};
    tree_repair_accused_of(9, forms3, upos3, heads3, deprels3);
    CHECK_INT(heads3[7], 1);
    CHECK_STR(deprels3[7], "advcl");
}

/* "President Erdogan and Prime Minister Mitsotakis met": the second name,
 * parsed as a part (flat) of the first across the "and", is a conjunct. */
TEST(tree_repair_flat_name_across_and) {
    const char *upos[] = {"PROPN", "CCONJ", "PROPN", "PROPN", "VERB"};
    int32_t heads[] = {4, 3, 3, 0, -1};
    const char *deprels[] = {"nsubj", "cc", "nmod:desc", "flat", "root"};
    tree_repair_flat_across_and(5, upos, heads, deprels);
    CHECK_STR(deprels[3], "conj");
    const char *upos2[] = {"PROPN", "PROPN", "VERB"};
    int32_t heads2[] = {2, 0, -1};
    const char *deprels2[] = {"nsubj", "flat", "root"};
    tree_repair_flat_across_and(3, upos2, heads2, deprels2);
    CHECK_STR(deprels2[1], "flat");
}

/* "called the move unacceptable": the adjective right after the object of
 * a verb of calling is its complement; "saw the move unacceptable" is not
 * repaired (no verdict, no calling). */
TEST(tree_repair_called_x_unacceptable) {
    const char *forms[] = {"minister", "called", "the", "move", "unacceptable"};
    const char *upos[] = {"NOUN", "VERB", "DET", "NOUN", "ADJ"};
    int32_t heads[] = {1, -1, 3, 1, 3};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "amod"};
    tree_repair_found_guilty(5, forms, upos, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "xcomp");
    const char *forms2[] = {"minister", "saw", "the", "move", "unacceptable"};
    int32_t heads2[] = {1, -1, 3, 1, 3};
    const char *deprels2[] = {"nsubj", "root", "det", "obj", "amod"};
    tree_repair_found_guilty(5, forms2, upos, heads2, deprels2);
    CHECK_INT(heads2[4], 3);
}

/* "rebels seized Goma after troops fled, and Kabila accused Rwanda": a
 * finite clause after ", and" with a subject of its own, parsed as a
 * relative clause of "troops", is the root's conjunct; "troops who fled,
 * and who ..." (a relative pronoun) stays. */
TEST(tree_repair_and_clause_after_comma) {
    const char *forms[] = {"rebels", "seized", "Goma", "after", "troops", "fled", ",", "and", "Kabila", "accused", "Rwanda"};
    const char *upos[] = {"NOUN", "VERB", "PROPN", "ADP", "NOUN", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "PROPN"};
    const char *xpos[] = {"NNS", "VBD", "NNP", "IN", "NNS", "VBN", ",", "CC", "NNP", "VBD", "NNP"};
    int32_t heads[] = {1, -1, 1, 4, 1, 4, 5, 8, 9, 4, 9};
    const char *deprels[] = {"nsubj", "root", "obj", "case", "obl", "acl", "punct", "cc", "nsubj", "acl:relcl", "obj"};
    tree_repair_and_clause(11, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[9], 1);
    CHECK_STR(deprels[9], "conj");
    const char *forms2[] = {"rebels", "seized", "Goma", "after", "troops", "fled", ",", "and", "who", "accused", "Rwanda"};
    const char *upos2[] = {"NOUN", "VERB", "PROPN", "ADP", "NOUN", "VERB", "PUNCT", "CCONJ", "PRON", "VERB", "PROPN"};
    int32_t heads2[] = {1, -1, 1, 4, 1, 4, 5, 9, 9, 4, 9};
    const char *deprels2[] = {"nsubj", "root", "obj", "case", "obl", "acl", "punct", "cc", "nsubj", "acl:relcl", "obj"};
    tree_repair_and_clause(11, forms2, upos2, xpos, heads2, deprels2);
    CHECK_INT(heads2[9], 4);
    CHECK_STR(deprels2[9], "acl:relcl");
}

/* "police arrested leader Tsvangirai and activists , and his Movement
 * said": the list read as the subject of "said" is split at ", and" --
 * its first members are the object of "arrested", its last the subject of
 * "said", a clause conjoined to the first; with a reporting first verb
 * ("said X and Y, and Z added") nothing changes. */
TEST(tree_repair_and_subject_splits_the_list) {
    const char *forms[] = {"police", "arrested", "leader", "Tsvangirai", "and", "activists", ",", "and", "his",
                           "Movement", "said", "he", "was", "beaten"};
    const char *upos[] = {"NOUN", "VERB", "NOUN", "PROPN", "CCONJ", "NOUN", "PUNCT", "CCONJ", "PRON",
                          "PROPN", "VERB", "PRON", "AUX", "VERB"};
    const char *xpos[] = {"NNS", "VBD", "NN", "NNP", "CC", "NNS", ",", "CC", "PRP$", "NNP", "VBD", "PRP", "VBD", "VBN"};
    const char *lemmas[] = {"police", "arrest", "leader", "Tsvangirai", "and", "activist", ",", "and", "his",
                            "Movement", "say", "he", "be", "beat"};
    int32_t heads[] = {1, -1, 3, 10, 5, 3, 9, 9, 9, 3, 1, 13, 13, 10};
    const char *deprels[] = {"nsubj", "root", "compound", "nsubj", "cc", "conj", "punct", "cc", "nmod:poss",
                             "conj", "ccomp", "nsubj:pass", "aux:pass", "ccomp"};
    tree_repair_and_subject(14, forms, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[3], 1);
    CHECK_STR(deprels[3], "obj");
    CHECK_INT(heads[5], 3); /* "activists" stays in the object */
    CHECK_INT(heads[9], 10);
    CHECK_STR(deprels[9], "nsubj");
    CHECK_INT(heads[7], 10);
    CHECK_INT(heads[10], 1);
    CHECK_STR(deprels[10], "conj");
    const char *lemmas2[] = {"police", "say", "leader", "Tsvangirai", "and", "activist", ",", "and", "his",
                             "Movement", "say", "he", "be", "beat"};
    int32_t heads2[] = {1, -1, 3, 10, 5, 3, 9, 9, 9, 3, 1, 13, 13, 10};
    const char *deprels2[] = {"nsubj", "root", "compound", "nsubj", "cc", "conj", "punct", "cc", "nmod:poss",
                              "conj", "ccomp", "nsubj:pass", "aux:pass", "ccomp"};
    tree_repair_and_subject(14, forms, upos, xpos, lemmas2, heads2, deprels2);
    CHECK_INT(heads2[3], 10);
    CHECK_STR(deprels2[10], "ccomp");
}

/* "expelled about 25,000 migrants" with "about" the oblique's preposition:
 * the number's modifier, the noun the object; "talked about 20 issues"
 * stays. */
TEST(tree_repair_about_number_is_some) {
    const char *forms[] = {"Congo", "expelled", "about", "25,000", "migrants"};
    const char *upos[] = {"PROPN", "VERB", "ADP", "NUM", "NOUN"};
    const char *lemmas[] = {"Congo", "expel", "about", "25000", "migrant"};
    int32_t heads[] = {1, -1, 4, 4, 1};
    const char *deprels[] = {"nsubj", "root", "case", "nummod", "obl"};
    tree_repair_about_number(5, forms, upos, lemmas, heads, deprels);
    CHECK_STR(deprels[4], "obj");
    CHECK_INT(heads[2], 3);
    CHECK_STR(deprels[2], "advmod");
    const char *lemmas2[] = {"they", "talk", "about", "20", "issue"};
    int32_t heads2[] = {1, -1, 4, 4, 1};
    const char *deprels2[] = {"nsubj", "root", "case", "nummod", "obl"};
    tree_repair_about_number(5, forms, upos, lemmas2, heads2, deprels2);
    CHECK_STR(deprels2[4], "obl");
    CHECK_STR(deprels2[2], "case");
}

/* "sent aid to flood - hit Pakistan" with "hit" an adverbial clause and
 * "Pakistan" its object: "hit" modifies "Pakistan", which is the verb's
 * oblique with "to". */
TEST(tree_repair_hyphen_participle_modifies_the_name) {
    const char *forms[] = {"China", "sent", "aid", "to", "flood", "-", "hit", "Pakistan", "on", "Monday"};
    const char *upos[] = {"PROPN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "PROPN", "ADP", "PROPN"};
    int32_t heads[] = {1, -1, 1, 4, 6, 4, 1, 6, 9, 6};
    const char *deprels[] = {"nsubj", "root", "obj", "case", "compound", "punct", "advcl", "obj", "case", "obl"};
    tree_repair_hyphen_participle(10, forms, upos, heads, deprels);
    CHECK_INT(heads[7], 1);
    CHECK_STR(deprels[7], "obl");
    CHECK_INT(heads[3], 7);
    CHECK_INT(heads[6], 7);
    CHECK_STR(deprels[6], "amod");
    CHECK_INT(heads[4], 6);
    CHECK_INT(heads[9], 1); /* "on Monday" is the sending's */
}

/* "jets shot down a warplane": the particle parsed as the noun's
 * preposition is the verb's, the noun its object; "marched down the
 * street" (no phrasal verb) stays. */
TEST(tree_repair_particle_of_phrasal_verb) {
    const char *forms[] = {"jets", "shot", "down", "a", "warplane"};
    const char *lemmas[] = {"jet", "shoot", "down", "a", "warplane"};
    int32_t heads[] = {1, -1, 4, 4, 1};
    const char *deprels[] = {"nsubj", "root", "case", "det", "obl"};
    tree_repair_particle(5, forms, lemmas, heads, deprels);
    CHECK_INT(heads[2], 1);
    CHECK_STR(deprels[2], "compound:prt");
    CHECK_STR(deprels[4], "obj");
    const char *forms2[] = {"they", "marched", "down", "the", "street"};
    const char *lemmas2[] = {"they", "march", "down", "the", "street"};
    int32_t heads2[] = {1, -1, 4, 4, 1};
    const char *deprels2[] = {"nsubj", "root", "case", "det", "obl"};
    tree_repair_particle(5, forms2, lemmas2, heads2, deprels2);
    CHECK_INT(heads2[2], 4);
    CHECK_STR(deprels2[4], "obl");
}

/* "protesters demanding his resignation stormed the residence": the
 * participle made the root modifies the subject, the finite verb is the
 * root; a participle root with no finite verb under it stays. */
TEST(tree_repair_participle_made_root) {
    const char *upos[] = {"NOUN", "VERB", "PRON", "NOUN", "VERB", "DET", "NOUN"};
    const char *xpos[] = {"NNS", "VBG", "PRP$", "NN", "VBD", "DT", "NN"};
    int32_t heads[] = {1, -1, 3, 1, 1, 6, 4};
    const char *deprels[] = {"nsubj", "root", "nmod:poss", "obj", "xcomp", "det", "obj"};
    tree_repair_participle_root(7, upos, xpos, heads, deprels);
    CHECK_INT(heads[4], -1);
    CHECK_STR(deprels[4], "root");
    CHECK_INT(heads[0], 4);
    CHECK_INT(heads[1], 0);
    CHECK_STR(deprels[1], "acl");
    const char *xpos2[] = {"NNS", "VBG", "PRP$", "NN", "VBG", "DT", "NN"};
    int32_t heads2[] = {1, -1, 3, 1, 1, 6, 4};
    const char *deprels2[] = {"nsubj", "root", "nmod:poss", "obj", "xcomp", "det", "obj"};
    tree_repair_participle_root(7, upos, xpos2, heads2, deprels2);
    CHECK_INT(heads2[1], -1);
}

/* "Russia dismissed as groundless allegations": the noun of the
 * as-oblique is the judging verb's object, the adjective its complement;
 * "served as acting president" (no judging verb) stays. */
TEST(tree_repair_object_shifted_after_as) {
    const char *forms[] = {"Russia", "dismissed", "as", "groundless", "allegations"};
    const char *upos[] = {"PROPN", "VERB", "ADP", "ADJ", "NOUN"};
    const char *lemmas[] = {"Russia", "dismiss", "as", "groundless", "allegation"};
    int32_t heads[] = {1, -1, 4, 4, 1};
    const char *deprels[] = {"nsubj", "root", "case", "amod", "obl"};
    tree_repair_shifted_object(5, forms, upos, lemmas, heads, deprels);
    CHECK_STR(deprels[4], "obj");
    CHECK_INT(heads[3], 1);
    CHECK_STR(deprels[3], "xcomp");
    CHECK_INT(heads[2], 3);
    const char *forms2[] = {"he", "served", "as", "acting", "president"};
    const char *lemmas2[] = {"he", "serve", "as", "acting", "president"};
    int32_t heads2[] = {1, -1, 4, 4, 1};
    const char *deprels2[] = {"nsubj", "root", "case", "amod", "obl"};
    tree_repair_shifted_object(5, forms2, upos, lemmas2, heads2, deprels2);
    CHECK_STR(deprels2[4], "obl");
    CHECK_INT(heads2[3], 4);
    /* a passive has no object to shift: "was labelled as terrorist
     * organisation" */
    const char *forms3[] = {"it", "was", "labelled", "as", "terrorist", "organisation"};
    const char *upos3[] = {"PRON", "AUX", "VERB", "ADP", "ADJ", "NOUN"};
    const char *lemmas3[] = {"it", "be", "label", "as", "terrorist", "organisation"};
    int32_t heads3[] = {2, 2, -1, 5, 5, 2};
    const char *deprels3[] = {"nsubj:pass", "aux:pass", "root", "case", "amod", "obl"};
    tree_repair_shifted_object(6, forms3, upos3, lemmas3, heads3, deprels3);
    CHECK_STR(deprels3[5], "obl");
}

/* "launched a ground and air offensive against X" with "ground" the
 * object: "offensive" becomes the object, with the against-phrase and the
 * determiner, and "ground" its modifier. */
TEST(tree_repair_ground_and_air_offensive) {
    const char *forms[] = {"troops", "launched", "a", "ground", "and", "air", "offensive", "against", "rebels"};
    const char *upos[] = {"NOUN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "NOUN", "ADP", "NOUN"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3, 8, 3};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "cc", "compound", "conj", "case", "nmod"};
    tree_repair_attack_kinds(9, forms, upos, heads, deprels);
    CHECK_INT(heads[6], 1);
    CHECK_STR(deprels[6], "obj");
    CHECK_INT(heads[3], 6);
    CHECK_STR(deprels[3], "compound");
    CHECK_INT(heads[8], 6);
    CHECK_INT(heads[2], 6);
    /* "seized land and property": no attack noun, no change */
    const char *forms2[] = {"troops", "seized", "land", "and", "property"};
    const char *upos2[] = {"NOUN", "VERB", "NOUN", "CCONJ", "NOUN"};
    int32_t heads2[] = {1, -1, 1, 4, 2};
    const char *deprels2[] = {"nsubj", "root", "obj", "cc", "conj"};
    tree_repair_attack_kinds(5, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[4], 2);
    CHECK_STR(deprels2[2], "obj");
}

/* "Emperor Joshua Norton , in full military regalia , circa 1880 or
 * earlier" as the parser parsed it: the title the head, the name its flat
 * parts.  The first name becomes the head, the title its compound, and
 * the title's phrases and the last name go to it. */
TEST(tree_repair_title_before_name) {
    const char *forms[] = {"Emperor", "Joshua", "Norton", ",",    "in", "full",   "military",
                           "regalia", ",",      "circa",  "1880", "or", "earlier"};
    const char *upos[] = {"PROPN", "PROPN", "PROPN", "PUNCT", "ADP",   "ADJ", "ADJ",
                          "NOUN",  "PUNCT", "ADP",   "NUM",   "CCONJ", "ADJ"};
    int32_t heads[] = {-1, 0, 0, 7, 7, 7, 7, 0, 10, 10, 7, 12, 10};
    const char *deprels[] = {"root", "flat",  "flat", "punct", "case", "amod", "amod",
                             "nmod", "punct", "case", "nmod",  "cc",   "conj"};
    tree_repair_title_name(13, forms, upos, heads, deprels);
    CHECK_INT(heads[1], -1);
    CHECK_STR(deprels[1], "root");
    CHECK_INT(heads[0], 1);
    CHECK_STR(deprels[0], "compound");
    CHECK_INT(heads[2], 1);
    CHECK_STR(deprels[2], "flat");
    CHECK_INT(heads[7], 1);
    /* "ordered French Ambassador Sylvain Itte to leave": a political
     * office the coder's patterns name stays the object's head */
    const char *forms2[] = {"ordered", "French", "Ambassador", "Sylvain", "Itte", "to", "leave"};
    const char *upos2[] = {"VERB", "ADJ", "PROPN", "PROPN", "PROPN", "PART", "VERB"};
    int32_t heads2[] = {-1, 2, 0, 2, 2, 6, 0};
    const char *deprels2[] = {"root", "amod", "obj", "flat", "flat", "mark", "xcomp"};
    tree_repair_title_name(7, forms2, upos2, heads2, deprels2);
    CHECK_INT(heads2[3], 2);
    CHECK_STR(deprels2[2], "obj");
}

/* "Because the player is aggressive , he will go for everything ." in the
 * shape the parser gave GUM's "Because player three is aggressive, so
 * he's gonna go for everything": the opening clause the root, the main
 * clause its advcl.  The main predicate becomes the root, the opening
 * clause its advcl, and the final full stop goes with it. */
TEST(tree_repair_fronted_subordinate_clause) {
    const char *forms[] = {"Because", "the", "player", "is", "aggressive", ",", "he", "will", "go", "for",
                           "everything", "."};
    const char *upos[] = {"SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PRON",
                          "PUNCT"};
    int32_t heads[] = {4, 2, 4, 4, -1, 8, 8, 8, 4, 10, 8, 4};
    const char *deprels[] = {"mark", "det", "nsubj", "cop", "root", "punct", "nsubj", "aux", "advcl", "case",
                             "obl", "punct"};
    tree_repair_fronted_clause(12, forms, upos, heads, deprels);
    CHECK_INT(heads[8], -1);
    CHECK_STR(deprels[8], "root");
    CHECK_INT(heads[4], 8);
    CHECK_STR(deprels[4], "advcl");
    CHECK_INT(heads[11], 8);
    CHECK_INT(heads[2], 4);
    /* a conjunct after the comma ("If you come , I leave and you stay"
     * read with the later clause a conjunct) is left alone */
    int32_t heads2[] = {4, 2, 4, 4, -1, 8, 8, 8, 4, 10, 8, 4};
    const char *deprels2[] = {"mark", "det", "nsubj", "cop", "root", "punct", "nsubj", "aux", "conj", "case",
                              "obl", "punct"};
    tree_repair_fronted_clause(12, forms, upos, heads2, deprels2);
    CHECK_INT(heads2[4], -1);
    CHECK_INT(heads2[8], 4);
}

/* "It was a good chance for me to get ." as the parser parses EWT's "a
 * good chance for me to get to know ...": "me" an nmod of "chance" with
 * "for" its preposition, "get" an acl of "chance".  "for" becomes the
 * marker of "get" and "me" its subject.  "waiting for the rain to stop"
 * with "stop" under "rain": "stop" takes the oblique's place, an advcl. */
TEST(tree_repair_for_noun_to_infinitive) {
    const char *forms[] = {"It", "was", "a", "good", "chance", "for", "me", "to", "get", "."};
    const char *upos[] = {"PRON", "AUX", "DET", "ADJ", "NOUN", "ADP", "PRON", "PART", "VERB", "PUNCT"};
    const char *xpos[] = {"PRP", "VBD", "DT", "JJ", "NN", "IN", "PRP", "TO", "VB", "."};
    const char *lemmas[] = {"it", "be", "a", "good", "chance", "for", "I", "to", "get", "."};
    int32_t heads[] = {4, 4, 4, 4, -1, 6, 4, 8, 4, 4};
    const char *deprels[] = {"nsubj", "cop", "det", "amod", "root", "case", "nmod", "mark", "acl", "punct"};
    tree_repair_for_subject(10, forms, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[5], 8);
    CHECK_STR(deprels[5], "mark");
    CHECK_INT(heads[6], 8);
    CHECK_STR(deprels[6], "nsubj");
    CHECK_INT(heads[8], 4);
    CHECK_STR(deprels[8], "acl");
    const char *forms2[] = {"waiting", "for", "the", "rain", "to", "stop"};
    const char *upos2[] = {"VERB", "ADP", "DET", "NOUN", "PART", "VERB"};
    const char *xpos2[] = {"VBG", "IN", "DT", "NN", "TO", "VB"};
    const char *lemmas2[] = {"wait", "for", "the", "rain", "to", "stop"};
    int32_t heads2[] = {-1, 3, 3, 0, 5, 3};
    const char *deprels2[] = {"root", "case", "det", "obl", "mark", "acl"};
    tree_repair_for_subject(6, forms2, upos2, xpos2, lemmas2, heads2, deprels2);
    CHECK_INT(heads2[5], 0);
    CHECK_STR(deprels2[5], "advcl");
    CHECK_INT(heads2[3], 5);
    CHECK_STR(deprels2[3], "nsubj");
    /* "for years to come" keeps its oblique */
    const char *forms3[] = {"lasted", "for", "years", "to", "come"};
    const char *upos3[] = {"VERB", "ADP", "NOUN", "PART", "VERB"};
    const char *xpos3[] = {"VBD", "IN", "NNS", "TO", "VB"};
    const char *lemmas3[] = {"last", "for", "year", "to", "come"};
    int32_t heads3[] = {-1, 2, 0, 4, 2};
    const char *deprels3[] = {"root", "case", "obl", "mark", "acl"};
    tree_repair_for_subject(5, forms3, upos3, xpos3, lemmas3, heads3, deprels3);
    CHECK_INT(heads3[2], 0);
    CHECK_STR(deprels3[1], "case");
}

/* 'the " kill " switch' with the opening quote hung on "switch" and the
 * closing one on "kill": both go to "kill", the word between them.  Words
 * between quotes that are no one phrase ('said " yes " or " no "' read
 * with "yes" and "or" both under "said") leave the marks alone. */
TEST(tree_repair_quotes_around_one_phrase) {
    const char *forms[] = {"the", "\"", "kill", "\"", "switch"};
    int32_t heads[] = {4, 4, 4, 2, -1};
    const char *deprels[] = {"det", "punct", "compound", "punct", "root"};
    tree_repair_paired_marks(5, forms, heads, deprels);
    CHECK_INT(heads[1], 2);
    CHECK_INT(heads[3], 2);
    CHECK_INT(heads[2], 4);
    const char *forms2[] = {"said", "\"", "yes", "or", "no", "\""};
    int32_t heads2[] = {-1, 0, 0, 0, 0, 0};
    const char *deprels2[] = {"root", "punct", "obj", "cc", "conj", "punct"};
    tree_repair_paired_marks(6, forms2, heads2, deprels2);
    CHECK_INT(heads2[1], 0);
    CHECK_INT(heads2[5], 0);
    /* '" We won , " he said' with the comma and both quotes on "said":
     * the quotes go to "won", the comma does not count */
    const char *forms3[] = {"\"", "We", "won", ",", "\"", "he", "said"};
    int32_t heads3[] = {6, 2, 6, 6, 6, 6, -1};
    const char *deprels3[] = {"punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "root"};
    tree_repair_paired_marks(7, forms3, heads3, deprels3);
    CHECK_INT(heads3[0], 2);
    CHECK_INT(heads3[4], 2);
    CHECK_INT(heads3[3], 6);
}

/* "Russian opposition politician Boris Nemtsov was shot dead" as the parser
 * parsed it: "politician" and "Boris" both subjects of "shot". */
TEST(tree_repair_double_subject_title) {
    const char *forms[] = {"Russian", "opposition", "politician", "Boris", "Nemtsov", "was", "shot", "dead", "."};
    const char *upos[] = {"ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "ADJ", "PUNCT"};
    int32_t heads[] = {2, 2, 6, 6, 3, 6, -1, 6, 6};
    const char *deprels[] = {"amod", "compound", "nsubj:pass", "nsubj:pass", "flat", "aux:pass", "root", "xcomp", "punct"};
    tree_repair_double_subject(9, forms, upos, heads, deprels);
    CHECK_INT(heads[2], 3); /* politician -> Boris */
    CHECK_STR(deprels[2], "nmod:desc");
    CHECK_INT(heads[3], 6); /* Boris stays the subject */
    CHECK_STR(deprels[3], "nsubj:pass");
}

/* "Norway , Ireland and Spain said ..." with "Norway" and "Ireland" both
 * subjects (the comma on "Ireland", "Spain" its conjunct): one list. */
TEST(tree_repair_double_subject_list) {
    const char *forms[] = {"Norway", ",", "Ireland", "and", "Spain", "said", "."};
    const char *upos[] = {"PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"};
    int32_t heads[] = {5, 2, 5, 4, 2, -1, 5};
    const char *deprels[] = {"nsubj", "punct", "nsubj", "cc", "conj", "root", "punct"};
    tree_repair_double_subject(7, forms, upos, heads, deprels);
    CHECK_INT(heads[2], 0);
    CHECK_STR(deprels[2], "conj");
    CHECK_INT(heads[4], 0); /* every member on the first */
    CHECK_INT(heads[0], 5);
}

/* "The leaders of the United States , Mexico and Canada signed" with
 * "leaders" and "Mexico" both subjects: the list is the of-phrase's. */
TEST(tree_repair_double_subject_of_list) {
    const char *forms[] = {"The", "leaders", "of", "the", "United", "States", ",", "Mexico", "and", "Canada", "signed", "."};
    const char *upos[] = {"DET", "NOUN", "ADP", "DET", "ADJ", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"};
    int32_t heads[] = {1, 10, 5, 5, 5, 1, 7, 10, 9, 7, -1, 10};
    const char *deprels[] = {"det", "nsubj", "case", "det", "amod", "nmod", "punct", "nsubj", "cc", "conj", "root", "punct"};
    tree_repair_double_subject(12, forms, upos, heads, deprels);
    CHECK_INT(heads[7], 5); /* Mexico -> States */
    CHECK_STR(deprels[7], "conj");
    CHECK_INT(heads[9], 5); /* Canada too */
    CHECK_INT(heads[1], 10); /* the leaders stay the subject */
}

/* A subject phrase with an article or its own list is no title: "the term
 * X", "Saudi Arabia and nuclear-armed Pakistan" are left alone. */
TEST(tree_repair_double_subject_leaves_articles) {
    const char *forms[] = {"the", "term", "Brexit", "was", "coined", "."};
    const char *upos[] = {"DET", "NOUN", "PROPN", "AUX", "VERB", "PUNCT"};
    int32_t heads[] = {1, 4, 4, 4, -1, 4};
    const char *deprels[] = {"det", "nsubj:pass", "nsubj:pass", "aux:pass", "root", "punct"};
    tree_repair_double_subject(6, forms, upos, heads, deprels);
    CHECK_INT(heads[1], 4);
    CHECK_INT(heads[2], 4);
}

/* "Mexican journalist Javier Valdez was shot dead ." as the parser parsed
 * it: "journalist" the root, "shot" its relative clause. */
TEST(tree_repair_title_made_root) {
    const char *forms[] = {"Mexican", "journalist", "Javier", "Valdez", "was", "shot", "dead", "."};
    const char *upos[] = {"ADJ", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "ADJ", "PUNCT"};
    int32_t heads[] = {1, -1, 5, 2, 5, 1, 5, 1};
    const char *deprels[] = {"amod", "root", "nsubj:pass", "flat", "aux:pass", "acl:relcl", "xcomp", "punct"};
    tree_repair_title_root(8, forms, upos, heads, deprels);
    CHECK_INT(heads[5], -1);
    CHECK_STR(deprels[5], "root");
    CHECK_INT(heads[1], 2); /* journalist -> Javier */
    CHECK_STR(deprels[1], "nmod:desc");
    CHECK_INT(heads[7], 5); /* the stop */
    CHECK_INT(heads[0], 1);
}

/* "appealed on Thursday to the army and the rebels" with the to-phrase
 * hung on "Thursday" and "rebels" the day's conjunct. */
TEST(tree_repair_weekday_heads_no_phrase) {
    const char *forms[] = {"ICRC", "appealed", "on", "Thursday", "to", "the", "army", "and", "rebels", "."};
    const char *upos[] = {"PROPN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "CCONJ", "NOUN", "PUNCT"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3, 8, 3, 1};
    const char *deprels[] = {"nsubj", "root", "case", "obl", "case", "det", "nmod", "cc", "conj", "punct"};
    tree_repair_weekday_phrase(10, forms, upos, heads, deprels);
    CHECK_INT(heads[6], 1); /* army -> appealed */
    CHECK_STR(deprels[6], "obl");
    CHECK_INT(heads[8], 6); /* rebels -> army */
    CHECK_INT(heads[3], 1);
}

/* "Russia granted Edward Snowden temporary asylum" with "asylum" a
 * description of the name. */
TEST(tree_repair_name_then_object_of_giving) {
    const char *forms[] = {"Russia", "granted", "Edward", "Snowden", "temporary", "asylum", "."};
    const char *upos[] = {"PROPN", "VERB", "PROPN", "PROPN", "ADJ", "NOUN", "PUNCT"};
    const char *lemmas[] = {"Russia", "grant", "Edward", "Snowden", "temporary", "asylum", "."};
    int32_t heads[] = {1, -1, 1, 2, 5, 2, 1};
    const char *deprels[] = {"nsubj", "root", "obj", "flat", "amod", "nmod:desc", "punct"};
    tree_repair_name_then_object(7, forms, upos, lemmas, heads, deprels);
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "obj");
    CHECK_STR(deprels[2], "iobj");
}

/* "accused Russia of shooting down a plane and demanded an apology": the
 * past tense hung on "shooting" is the conjunct of "accused"; one with a
 * subject of its own stays. */
TEST(tree_repair_finite_conjunct) {
    const char *xpos[] = {"NNP", "VBD", "NNP", "IN", "VBG", "RP", "NN", "CC", "VBD", "DT", "NN"};
    int32_t heads[] = {1, -1, 1, 4, 1, 4, 4, 8, 4, 10, 8};
    const char *deprels[] = {"nsubj", "root", "obj", "mark", "advcl", "compound:prt", "obj", "cc", "conj", "det", "obj"};
    tree_repair_finite_conjunct(11, xpos, heads, deprels);
    CHECK_INT(heads[8], 1);
    const char *xpos2[] = {"NNP", "VBD", "NNP", "IN", "VBG", "NN", "CC", "PRP", "VBD"};
    int32_t heads2[] = {1, -1, 1, 4, 1, 4, 8, 8, 4};
    const char *deprels2[] = {"nsubj", "root", "obj", "mark", "advcl", "obj", "cc", "nsubj", "conj"};
    tree_repair_finite_conjunct(9, xpos2, heads2, deprels2);
    CHECK_INT(heads2[8], 4);
}

/* "Warplanes bombed Asmara airport on Friday and Eritrean jets struck the
 * town": the parser made "jets" a conjunct of "Friday" and "struck" a
 * clause with no subject; "jets" is the subject of "struck", a conjunct of
 * "bombed".  A verb with a subject of its own is left as it is. */
TEST(tree_repair_conjoined_clause) {
    const char *forms[] = {"Warplanes", "bombed", "Asmara", "airport", "on", "Friday", "and", "Eritrean", "jets",
                           "struck", "the", "town"};
    const char *upos[] = {"NOUN", "VERB", "PROPN", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "NOUN",
                          "VERB", "DET", "NOUN"};
    const char *xpos[] = {"NNS", "VBD", "NNP", "NN", "IN", "NNP", "CC", "NNP", "NNS", "VBD", "DT", "NN"};
    int32_t heads[] = {1, -1, 3, 1, 5, 1, 8, 8, 5, 1, 11, 9};
    const char *deprels[] = {"nsubj", "root", "compound", "obj", "case", "obl", "cc", "compound", "conj",
                             "advcl", "det", "obj"};
    tree_repair_conjoined_clause(12, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[8], 9);
    CHECK_STR(deprels[8], "nsubj");
    CHECK_INT(heads[6], 9);
    CHECK_INT(heads[9], 1);
    CHECK_STR(deprels[9], "conj");
    int32_t heads2[] = {1, -1, 3, 1, 5, 1, 8, 8, 5, 1, 11, 9};
    const char *deprels2[] = {"nsubj", "root", "compound", "obj", "case", "obl", "cc", "compound", "conj",
                              "advcl", "det", "nsubj"};
    tree_repair_conjoined_clause(12, forms, upos, xpos, heads2, deprels2);
    CHECK_INT(heads2[8], 5);
    CHECK_INT(heads2[9], 1);
    CHECK_STR(deprels2[9], "advcl");
}

/* "ordered a consul in the town of Berehove to leave": the infinitive the
 * parser hung on "town", inside the object's phrase, is the order's
 * complement; one that already has a complement keeps it. */
TEST(tree_repair_object_control_infinitive_inside_object) {
    const char *forms[] = {"Ukraine", "ordered", "a", "consul", "in", "the", "town", "to", "leave"};
    const char *lemmas[] = {"Ukraine", "order", "a", "consul", "in", "the", "town", "to", "leave"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3, 8, 6};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "case", "det", "nmod", "mark", "acl"};
    tree_repair_object_control(9, forms, lemmas, heads, deprels);
    CHECK_INT(heads[8], 1);
    CHECK_STR(deprels[8], "xcomp");
    const char *lemmas2[] = {"Ukraine", "see", "a", "consul", "in", "the", "town", "to", "leave"};
    int32_t heads2[] = {1, -1, 3, 1, 6, 6, 3, 8, 6};
    const char *deprels2[] = {"nsubj", "root", "det", "obj", "case", "det", "nmod", "mark", "acl"};
    tree_repair_object_control(9, forms, lemmas2, heads2, deprels2);
    CHECK_INT(heads2[8], 6);
}

/* A clause hung on a comma goes to the verb above it; an -ing clause after
 * a comma hung on an adjunct's noun is the verb's adjunct. */
TEST(tree_repair_punct_head) {
    const char *forms[] = {"Peru", "recalled", "envoy", "on", "Saturday", ",", "accusing", "Chavez"};
    const char *upos[] = {"PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PROPN"};
    const char *xpos[] = {"NNP", "VBD", "NN", "IN", "NNP", ",", "VBG", "NNP"};
    int32_t heads[] = {1, -1, 1, 4, 1, 4, 5, 6};
    const char *deprels[] = {"nsubj", "root", "obj", "case", "obl", "punct", "xcomp", "obj"};
    tree_repair_punct_head(8, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[6], 1);
    CHECK_STR(deprels[6], "advcl");
    int32_t heads2[] = {1, -1, 1, 4, 1, 4, 4, 6};
    const char *deprels2[] = {"nsubj", "root", "obj", "case", "obl", "punct", "acl", "obj"};
    tree_repair_punct_head(8, forms, upos, xpos, heads2, deprels2);
    CHECK_INT(heads2[6], 1);
    CHECK_STR(deprels2[6], "advcl");
}

/* "Chechen rebels led by Shamil Basayev were holding hostages": "by" read
 * as a clause's mark, the name as its subject and the verb under the
 * participle; the name is the participle's agent, the verb the noun's. */
TEST(tree_repair_led_by) {
    const char *forms[] = {"Chechen", "rebels", "led", "by", "Shamil", "Basayev", "were", "holding", "hostages"};
    const char *upos[] = {"ADJ", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "AUX", "VERB", "NOUN"};
    const char *xpos[] = {"JJ", "NNS", "VBN", "IN", "NNP", "NNP", "VBD", "VBG", "NNS"};
    int32_t heads[] = {1, -1, 1, 7, 7, 4, 7, 2, 7};
    const char *deprels[] = {"amod", "root", "acl", "mark", "nsubj", "flat", "aux", "advcl", "obj"};
    tree_repair_led_by(9, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[4], 2);
    CHECK_STR(deprels[4], "obl:agent");
    CHECK_INT(heads[3], 4);
    CHECK_INT(heads[7], -1);
    CHECK_STR(deprels[7], "root");
    CHECK_INT(heads[1], 7);
    CHECK_STR(deprels[1], "nsubj");
}

/* "took the prime minister and dozens of lawmakers hostage": "hostage"
 * read as the head of "lawmakers" is the verb's predicate; "lawmakers"
 * takes its place in the object. */
TEST(tree_repair_hostage) {
    const char *forms[] = {"men", "took", "Chaudhry", "and", "dozens", "of", "lawmakers", "hostage", "."};
    const char *lemmas[] = {"man", "take", "Chaudhry", "and", "dozen", "of", "lawmaker", "hostage", "."};
    int32_t heads[] = {1, -1, 1, 4, 2, 7, 7, 4, 1};
    const char *deprels[] = {"nsubj", "root", "obj", "cc", "conj", "case", "compound", "nmod", "punct"};
    tree_repair_hostage(9, forms, lemmas, heads, deprels);
    CHECK_INT(heads[7], 1);
    CHECK_STR(deprels[7], "xcomp");
    CHECK_INT(heads[6], 4);
    CHECK_STR(deprels[6], "nmod");
    CHECK_INT(heads[5], 6);
}

/* "Rebels fighting to oust President Taylor pounded Monrovia" with
 * "fighting" the root and "Taylor" the subject of "pounded": "pounded" is
 * the root, "Rebels" its subject, "Taylor" the object of "oust". */
TEST(tree_repair_gerund_root) {
    const char *upos[] = {"NOUN", "VERB", "PART", "VERB", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"};
    const char *xpos[] = {"NNS", "VBG", "TO", "VB", "NNP", "NNP", "VBD", "NNP", "."};
    int32_t heads[] = {1, -1, 3, 1, 6, 4, 1, 6, 1};
    const char *deprels[] = {"nsubj", "root", "mark", "xcomp", "nsubj", "flat", "parataxis", "obj", "punct"};
    tree_repair_gerund_root(9, upos, xpos, heads, deprels);
    CHECK_INT(heads[6], -1);
    CHECK_INT(heads[0], 6);
    CHECK_STR(deprels[0], "nsubj");
    CHECK_INT(heads[1], 0);
    CHECK_STR(deprels[1], "acl");
    CHECK_INT(heads[4], 3);
    CHECK_STR(deprels[4], "obj");
    CHECK_INT(heads[8], 6);
}

/* "schoolgirls kidnapped by Boko Haram militants" read as a clause: the
 * participle's subject is a passive's; not when a finite verb hangs on
 * the participle ("forces backed by a coalition launched ..."). */
TEST(tree_repair_agent_subject) {
    const char *xpos[] = {"NNS", "VBN", "IN", "NNS"};
    int32_t heads[] = {1, -1, 3, 1};
    const char *deprels[] = {"nsubj", "root", "case", "obl:agent"};
    tree_repair_agent_subject(4, xpos, heads, deprels);
    CHECK_STR(deprels[0], "nsubj:pass");
    const char *xpos2[] = {"NNS", "VBN", "IN", "NN", "VBD", "NN"};
    int32_t heads2[] = {1, -1, 3, 1, 1, 4};
    const char *deprels2[] = {"nsubj", "root", "case", "obl:agent", "advcl", "obj"};
    tree_repair_agent_subject(6, xpos2, heads2, deprels2);
    CHECK_STR(deprels2[0], "nsubj");
}

/* "holding up to 300 peacekeepers": "up to" counts the noun, the object. */
TEST(tree_repair_up_to) {
    const char *forms[] = {"rebels", "holding", "up", "to", "300", "peacekeepers"};
    const char *upos[] = {"NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN"};
    int32_t heads[] = {1, -1, 1, 5, 5, 1};
    const char *deprels[] = {"nsubj", "root", "compound:prt", "case", "nummod", "obl"};
    tree_repair_up_to(6, forms, upos, heads, deprels);
    CHECK_INT(heads[2], 4);
    CHECK_STR(deprels[2], "advmod");
    CHECK_INT(heads[3], 2);
    CHECK_STR(deprels[5], "obj");
}

/* "Forces loyal to president Ouattara arrested ..." read with "Ouattara"
 * as the subject and "Forces" as his title: "Forces" is the subject, the
 * name the oblique of "loyal", with "president" its title. */
TEST(tree_repair_loyal_to_name) {
    const char *upos[] = {"NOUN", "ADJ", "ADP", "NOUN", "PROPN", "VERB", "PROPN"};
    const char *xpos[] = {"NNS", "JJ", "IN", "NN", "NNP", "VBD", "NNP"};
    const char *lemmas[] = {"force", "loyal", "to", "president", "Ouattara", "arrest", "Gbagbo"};
    int32_t heads[] = {4, 0, 3, 1, 5, -1, 5};
    const char *deprels[] = {"nmod:desc", "amod", "case", "obl", "nsubj", "root", "obj"};
    tree_repair_loyal_to_name(7, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[0], 5);
    CHECK_STR(deprels[0], "nsubj");
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "obl");
    CHECK_INT(heads[3], 4);
    CHECK_INT(heads[2], 4);
}

/* "cut services as protesters fought police" with "as protesters" read as
 * an oblique of "cut": "protesters" is the subject of "fought", "as" its
 * mark. */
TEST(tree_repair_as_clause) {
    const char *forms[] = {"Egypt", "cut", "services", "as", "protesters", "fought", "police"};
    const char *upos[] = {"PROPN", "VERB", "NOUN", "ADP", "NOUN", "VERB", "NOUN"};
    const char *xpos[] = {"NNP", "VBD", "NNS", "IN", "NNS", "VBD", "NN"};
    int32_t heads[] = {1, -1, 1, 4, 1, 1, 5};
    const char *deprels[] = {"nsubj", "root", "obj", "case", "obl", "advcl", "obj"};
    tree_repair_as_clause(7, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[4], 5);
    CHECK_STR(deprels[4], "nsubj");
    CHECK_INT(heads[3], 5);
    CHECK_STR(deprels[3], "mark");
}

TEST(tree_repair_listed_appos) {
    /* "governments of Argentina , Brazil and Uruguay recalled envoys" */
    const char *forms[] = {"governments", "of", "Argentina", ",", "Brazil", "and", "Uruguay", "recalled", "envoys"};
    const char *upos[] = {"NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"};
    int32_t heads[] = {7, 2, 0, 4, 2, 6, 4, -1, 7};
    const char *deprels[] = {"nsubj", "case", "nmod", "punct", "appos", "cc", "conj", "root", "obj"};
    tree_repair_listed_appos(9, forms, upos, heads, deprels);
    CHECK_INT(heads[4], 2);
    CHECK_STR(deprels[4], "conj");
    CHECK_INT(heads[6], 2);
    /* a true apposition, a title after the name, stays */
    const char *f2[] = {"Lavrov", ",", "Minister", "and", "Shoigu", "met"};
    const char *u2[] = {"PROPN", "PUNCT", "NOUN", "CCONJ", "PROPN", "VERB"};
    int32_t h2[] = {5, 2, 0, 4, 2, -1};
    const char *d2[] = {"nsubj", "punct", "appos", "cc", "conj", "root"};
    tree_repair_listed_appos(6, f2, u2, h2, d2);
    CHECK_STR(d2[2], "appos");
}

TEST(tree_repair_adjective_object) {
    /* "held Fijian Prime Minister Chaudhry hostage" */
    const char *upos[] = {"NOUN", "VERB", "ADJ", "PROPN", "PROPN", "PROPN", "NOUN"};
    const char *xpos[] = {"NNS", "VBD", "JJ", "NNP", "NNP", "NNP", "NN"};
    int32_t heads[] = {1, -1, 1, 4, 5, 2, 1};
    const char *deprels[] = {"nsubj", "root", "xcomp", "amod", "nmod:desc", "obl", "xcomp"};
    tree_repair_adjective_object(7, upos, xpos, heads, deprels);
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "obj");
    CHECK_INT(heads[2], 5);
    CHECK_STR(deprels[2], "amod");
}

TEST(tree_repair_led_by_title_agent) {
    /* "Rebels led by businessman George Speight held lawmakers" */
    const char *forms[] = {"Rebels", "led", "by", "businessman", "George", "Speight", "held", "lawmakers"};
    const char *upos[] = {"NOUN", "VERB", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "NOUN"};
    const char *xpos[] = {"NNS", "VBN", "IN", "NN", "NNP", "NNP", "VBD", "NNS"};
    int32_t heads[] = {4, 0, 3, 1, 6, 4, -1, 6};
    const char *deprels[] = {"nmod:desc", "acl", "case", "obl:agent", "nsubj", "flat", "root", "obj"};
    tree_repair_led_by(8, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[0], 6);
    CHECK_STR(deprels[0], "nsubj");
    CHECK_INT(heads[4], 3);
    CHECK_STR(deprels[4], "appos");
}

TEST(tree_repair_hostage_as_object) {
    /* "were holding 300 peacekeepers hostage" */
    const char *forms[] = {"rebels", "were", "holding", "300", "peacekeepers", "hostage"};
    const char *lemmas[] = {"rebel", "be", "hold", "300", "peacekeeper", "hostage"};
    int32_t heads[] = {2, 2, -1, 5, 5, 2};
    const char *deprels[] = {"nsubj", "aux", "root", "nummod", "compound", "obj"};
    tree_repair_hostage(6, forms, lemmas, heads, deprels);
    CHECK_INT(heads[4], 2);
    CHECK_STR(deprels[4], "obj");
    CHECK_STR(deprels[5], "xcomp");
    CHECK_INT(heads[3], 4);
}

TEST(tree_repair_clause_after_subordinate) {
    /* "rebels seized Goma after troops fled , and Kabila accused Rwanda" */
    const char *forms[] = {"rebels", "seized", "Goma", "after", "troops", "fled", ",", "and", "Kabila", "accused", "Rwanda"};
    const char *xpos[] = {"NNS", "VBD", "NNP", "IN", "NNS", "VBD", ",", "CC", "NNP", "VBD", "NNP"};
    int32_t heads[] = {1, -1, 1, 5, 5, 1, 9, 9, 9, 5, 9};
    const char *deprels[] = {"nsubj", "root", "obj", "mark", "nsubj", "advcl", "punct", "cc", "nsubj", "conj", "obj"};
    tree_repair_clause_after_subordinate(11, forms, xpos, heads, deprels);
    CHECK_INT(heads[9], 1);
    CHECK_STR(deprels[9], "conj");
    /* without ", and" (a conjunct inside the clause) it stays */
    const char *f2[] = {"rebels", "seized", "Goma", "after", "troops", "fled", "and", "police", "left"};
    const char *x2[] = {"NNS", "VBD", "NNP", "IN", "NNS", "VBD", "CC", "NNS", "VBD"};
    int32_t h2[] = {1, -1, 1, 5, 5, 1, 8, 8, 5};
    const char *d2[] = {"nsubj", "root", "obj", "mark", "nsubj", "advcl", "cc", "nsubj", "conj"};
    tree_repair_clause_after_subordinate(9, f2, x2, h2, d2);
    CHECK_INT(h2[8], 5);
}

TEST(tree_repair_finite_conjunct_of_infinitive) {
    /* "Deby threatened to expel refugees and accused Khartoum" */
    const char *xpos[] = {"NNP", "VBD", "TO", "VB", "NNS", "CC", "VBD", "NNP"};
    int32_t heads[] = {1, -1, 3, 1, 3, 6, 3, 6};
    const char *deprels[] = {"nsubj", "root", "mark", "advcl", "obj", "cc", "conj", "obj"};
    tree_repair_finite_conjunct(8, xpos, heads, deprels);
    CHECK_INT(heads[6], 1);
}

TEST(tree_repair_charge_denied) {
    /* "accusing Doha of terrorism , a charge Minister Al Thani rejected" */
    const char *forms[] = {"accusing", "Doha", "of", "terrorism", ",", "a", "charge", "Minister", "Al", "Thani", "rejected"};
    const char *upos[] = {"VERB", "PROPN", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "PROPN", "PROPN", "VERB"};
    const char *xpos[] = {"VBG", "NNP", "IN", "NN", ",", "DT", "NN", "NNP", "NNP", "NNP", "VBD"};
    const char *lemmas[] = {"accuse", "Doha", "of", "terrorism", ",", "a", "charge", "Minister", "Al", "Thani", "reject"};
    int32_t heads[] = {-1, 0, 3, 0, 10, 6, 10, 8, 6, 8, 0};
    const char *deprels[] = {"root", "obj", "case", "obl", "punct", "det", "nsubj", "compound", "appos", "flat", "parataxis"};
    tree_repair_charge_denied(11, forms, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[6], 0);
    CHECK_STR(deprels[6], "parataxis");
    CHECK_INT(heads[10], 6);
    CHECK_STR(deprels[10], "acl:relcl");
    CHECK_INT(heads[8], 10);
    CHECK_STR(deprels[8], "nsubj");
    /* a charge that is the subject of a denial of its own stays: "a charge
     * that was denied" has no denier between them */
    const char *f2[] = {"accused", "Doha", ",", "a", "charge", "was", "denied"};
    const char *u2[] = {"VERB", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB"};
    const char *x2[] = {"VBD", "NNP", ",", "DT", "NN", "VBD", "VBN"};
    const char *l2[] = {"accuse", "Doha", ",", "a", "charge", "be", "deny"};
    int32_t h2[] = {-1, 0, 6, 4, 6, 6, 0};
    const char *d2[] = {"root", "obj", "punct", "det", "nsubj:pass", "aux:pass", "parataxis"};
    tree_repair_charge_denied(7, f2, u2, x2, l2, h2, d2);
    CHECK_INT(h2[4], 6);
}

TEST(tree_repair_said_object_clause) {
    /* "Greece said the decision violated the law" */
    const char *forms[] = {"Greece", "said", "the", "decision", "violated", "the", "law"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"};
    const char *xpos[] = {"NNP", "VBD", "DT", "NN", "VBN", "DT", "NN"};
    const char *lemmas[] = {"Greece", "say", "the", "decision", "violate", "the", "law"};
    int32_t heads[] = {1, -1, 3, 1, 3, 6, 4};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "acl", "det", "obj"};
    tree_repair_said_object_clause(7, forms, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "ccomp");
    CHECK_INT(heads[3], 4);
    CHECK_STR(deprels[3], "nsubj");
    /* a participle with a by-agent stays: "said the decision taken by
     * the cabinet" */
    const char *f2[] = {"said", "the", "decision", "taken", "by", "cabinet"};
    const char *u2[] = {"VERB", "DET", "NOUN", "VERB", "ADP", "NOUN"};
    const char *x2[] = {"VBD", "DT", "NN", "VBN", "IN", "NN"};
    const char *l2[] = {"say", "the", "decision", "take", "by", "cabinet"};
    int32_t h2[] = {-1, 2, 0, 2, 5, 3};
    const char *d2[] = {"root", "det", "obj", "acl", "case", "obl:agent"};
    tree_repair_said_object_clause(6, f2, u2, x2, l2, h2, d2);
    CHECK_INT(h2[3], 2);
}

TEST(tree_repair_as_acl) {
    /* "police fired gas as thousands of workers marched against cuts" */
    const char *forms[] = {"police", "fired", "gas", "as", "thousands", "of", "workers", "marched", "against", "cuts"};
    const char *upos[] = {"NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "VERB", "ADP", "NOUN"};
    const char *xpos[] = {"NNS", "VBD", "NN", "IN", "NNS", "IN", "NNS", "VBN", "IN", "NNS"};
    int32_t heads[] = {1, -1, 1, 4, 1, 6, 4, 4, 9, 7};
    const char *deprels[] = {"nsubj", "root", "obj", "case", "obl", "case", "nmod", "acl", "case", "obl"};
    tree_repair_as_acl(10, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[7], 1);
    CHECK_STR(deprels[7], "advcl");
    CHECK_INT(heads[4], 7);
    CHECK_STR(deprels[4], "nsubj");
    CHECK_INT(heads[3], 7);
    CHECK_STR(deprels[3], "mark");
    /* "served as head of a unit based in Kyiv": not opened by the word
     * right before the participle's phrase */
    const char *f2[] = {"served", "as", "head", "of", "a", "unit", "based", "in", "Kyiv"};
    const char *u2[] = {"VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN"};
    const char *x2[] = {"VBD", "IN", "NN", "IN", "DT", "NN", "VBN", "IN", "NNP"};
    int32_t h2[] = {-1, 2, 0, 5, 5, 2, 5, 8, 6};
    const char *d2[] = {"root", "case", "obl", "case", "det", "nmod", "acl", "case", "obl"};
    tree_repair_as_acl(9, f2, u2, x2, h2, d2);
    CHECK_INT(h2[6], 5);
}

TEST(tree_repair_finite_acl_quantity_participle) {
    /* "Thousands of Lebanese rallied in Beirut" with "rallied" read as a
     * participle on the quantity: the sentence's verb */
    const char *forms[] = {"Thousands", "of", "Lebanese", "rallied", "in", "Beirut"};
    const char *upos[] = {"NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN"};
    const char *xpos[] = {"NNS", "IN", "NNS", "VBN", "IN", "NNP"};
    int32_t heads[] = {-1, 2, 0, 0, 5, 3};
    const char *deprels[] = {"root", "case", "nmod", "acl", "case", "obl"};
    tree_repair_finite_acl(6, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[3], -1);
    CHECK_INT(heads[0], 3);
    CHECK_STR(deprels[0], "nsubj");
}

TEST(tree_repair_obj_with_case) {
    /* "pulled out of the deal" with "deal" an object under "of" */
    const char *upos[] = {"NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"};
    int32_t heads[] = {1, -1, 1, 5, 5, 1};
    const char *deprels[] = {"nsubj", "root", "compound:prt", "case", "det", "obj"};
    tree_repair_obj_with_case(6, upos, heads, deprels);
    CHECK_STR(deprels[5], "obl");
    /* a plain object stays */
    const char *u2[] = {"NOUN", "VERB", "DET", "NOUN"};
    int32_t h2[] = {1, -1, 3, 1};
    const char *d2[] = {"nsubj", "root", "det", "obj"};
    tree_repair_obj_with_case(4, u2, h2, d2);
    CHECK_STR(d2[3], "obj");
}

TEST(tree_repair_hyphen_object) {
    /* "imposed a dusk - to - dawn curfew on Monday" */
    const char *forms[] = {"Kenya", "imposed", "a", "dusk", "-", "to", "-", "dawn", "curfew", "on", "Monday"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADP", "PUNCT", "NOUN", "NOUN", "ADP", "PROPN"};
    int32_t heads[] = {1, -1, 3, 1, 5, 7, 5, 8, 3, 10, 3};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "punct", "case", "punct", "compound", "obj", "case", "obl"};
    tree_repair_hyphen_object(11, forms, upos, heads, deprels);
    CHECK_INT(heads[8], 1);
    CHECK_STR(deprels[8], "obj");
    CHECK_INT(heads[3], 8);
    CHECK_STR(deprels[3], "compound");
    CHECK_INT(heads[2], 8);
    CHECK_INT(heads[10], 1);
}

/* ", accusing forces loyal to ..." with "accusing" the noun's modifier:
 * the -ing verb is a clause of the verb before, the noun its object; "a
 * tall, imposing figure" (the noun's phrase begun before the comma)
 * stays. */
TEST(tree_repair_comma_participle) {
    const char *forms[] = {"Abiy", "ordered", "an", "offensive", ",", "accusing", "forces", "of", "attacking"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "SCONJ", "VERB"};
    const char *xpos[] = {"NNP", "VBD", "DT", "NN", ",", "VBG", "NNS", "IN", "VBG"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 1, 8, 6};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "punct", "amod", "conj", "mark", "acl"};
    tree_repair_comma_participle(9, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[5], 1);
    CHECK_STR(deprels[5], "advcl");
    CHECK_INT(heads[6], 5);
    CHECK_STR(deprels[6], "obj");
    CHECK_INT(heads[4], 5);
    const char *forms2[] = {"He", "was", "a", "tall", ",", "imposing", "figure"};
    const char *upos2[] = {"PRON", "AUX", "DET", "ADJ", "PUNCT", "VERB", "NOUN"};
    const char *xpos2[] = {"PRP", "VBD", "DT", "JJ", ",", "VBG", "NN"};
    int32_t heads2[] = {6, 6, 6, 6, 5, 6, -1};
    const char *deprels2[] = {"nsubj", "cop", "det", "amod", "punct", "amod", "root"};
    tree_repair_comma_participle(7, forms2, upos2, xpos2, heads2, deprels2);
    CHECK_STR(deprels2[5], "amod");
}

/* "ordered units to be ready to open fire, accusing Seoul" with
 * "accusing" hung on "open": it is a clause of "ordered"; not one hung on
 * a finite verb ("said, adding"). */
TEST(tree_repair_comma_gerund) {
    const char *forms[] = {"Pyongyang", "ordered", "units", "to", "be", "ready", "to", "open", "fire", ",", "accusing", "Seoul"};
    const char *upos[] = {"PROPN", "VERB", "NOUN", "PART", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT", "VERB", "PROPN"};
    const char *xpos[] = {"NNP", "VBD", "NNS", "TO", "VB", "JJ", "TO", "VB", "NN", ",", "VBG", "NNP"};
    int32_t heads[] = {1, -1, 1, 5, 5, 1, 7, 5, 7, 10, 7, 10};
    const char *deprels[] = {"nsubj", "root", "obj", "mark", "cop", "advcl", "mark", "xcomp", "obj", "punct", "advcl", "obj"};
    tree_repair_comma_gerund(12, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[10], 1);
    const char *forms2[] = {"He", "said", "no", ",", "adding", "more"};
    const char *upos2[] = {"PRON", "VERB", "DET", "PUNCT", "VERB", "ADJ"};
    const char *xpos2[] = {"PRP", "VBD", "DT", ",", "VBG", "JJR"};
    int32_t heads2[] = {1, -1, 1, 4, 1, 4};
    const char *deprels2[] = {"nsubj", "root", "obj", "punct", "advcl", "obj"};
    tree_repair_comma_gerund(6, forms2, upos2, xpos2, heads2, deprels2);
    CHECK_INT(heads2[4], 1);
}

/* "raided a village on Saturday night, burning homes" with "burning" read
 * as a modifier of "night": the participle is a clause of "raided". Not a
 * participle on a noun that is no time ("a village, burning"). */
TEST(tree_repair_time_participle) {
    const char *forms[] = {"Gunmen", "raided", "a", "village", "on", "Saturday", "night", ",", "burning", "homes"};
    const char *upos[] = {"NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT", "VERB", "NOUN"};
    const char *xpos[] = {"NNS", "VBD", "DT", "NN", "IN", "NNP", "NN", ",", "VBG", "NNS"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3, 8, 6, 8};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "case", "compound", "nmod", "punct", "acl", "obj"};
    tree_repair_time_participle(10, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[8], 1);
    CHECK_STR(deprels[8], "advcl");
    const char *forms2[] = {"Gunmen", "raided", "a", "village", ",", "burning", "homes"};
    const char *upos2[] = {"NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN"};
    const char *xpos2[] = {"NNS", "VBD", "DT", "NN", ",", "VBG", "NNS"};
    int32_t heads2[] = {1, -1, 3, 1, 5, 3, 5};
    const char *deprels2[] = {"nsubj", "root", "det", "obj", "punct", "acl", "obj"};
    tree_repair_time_participle(7, forms2, upos2, xpos2, heads2, deprels2);
    CHECK_INT(heads2[5], 3);
    CHECK_STR(deprels2[5], "acl");
}

/* "Saudi Arabia and its Gulf Arab allies launched air strikes" read with
 * "Arabia" an unmarked oblique and "allies" the subject: the name is the
 * subject, the allies its conjunct, "Gulf" their compound. */
TEST(tree_repair_unmarked_first_subject) {
    const char *forms[] = {"Saudi", "Arabia", "and", "its", "Gulf", "Arab", "allies", "launched", "strikes"};
    const char *upos[] = {"ADJ", "PROPN", "CCONJ", "PRON", "NOUN", "ADJ", "NOUN", "VERB", "NOUN"};
    int32_t heads[] = {1, 7, 4, 4, 1, 6, 7, -1, 7};
    const char *deprels[] = {"amod", "obl:unmarked", "cc", "nmod:poss", "conj", "amod", "nsubj", "root", "obj"};
    tree_repair_unmarked_first_subject(9, forms, upos, heads, deprels);
    CHECK_INT(heads[1], 7);
    CHECK_STR(deprels[1], "nsubj");
    CHECK_INT(heads[6], 1);
    CHECK_STR(deprels[6], "conj");
    CHECK_INT(heads[4], 6);
    CHECK_STR(deprels[4], "compound");
    CHECK_INT(heads[3], 6);
    CHECK_INT(heads[2], 6);
}

/* "soldiers were killed when Indian and Chinese troops clashed" read with
 * "troops" the object of "killed" and "clashed" its acl (the parser hung
 * "when" inside the noun's phrase): a clause of "killed", the troops its
 * subject. Not a past tense on a noun no subordinator opens. */
TEST(tree_repair_subordinate_acl) {
    const char *forms[] = {"soldiers", "were", "killed", "when", "Indian", "and", "Chinese", "troops", "clashed"};
    const char *upos[] = {"NOUN", "AUX", "VERB", "ADV", "ADJ", "CCONJ", "ADJ", "NOUN", "VERB"};
    const char *xpos[] = {"NNS", "VBD", "VBN", "WRB", "JJ", "CC", "JJ", "NNS", "VBD"};
    int32_t heads[] = {2, 2, -1, 4, 7, 6, 4, 2, 7};
    const char *deprels[] = {"nsubj:pass", "aux:pass", "root", "advmod", "amod", "cc", "conj", "obj", "acl"};
    tree_repair_subordinate_acl(9, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[8], 2);
    CHECK_STR(deprels[8], "advcl");
    CHECK_INT(heads[7], 8);
    CHECK_STR(deprels[7], "nsubj");
    CHECK_INT(heads[3], 8);
    const char *forms2[] = {"police", "arrested", "men", "who", "fled"};
    const char *upos2[] = {"NOUN", "VERB", "NOUN", "PRON", "VERB"};
    const char *xpos2[] = {"NNS", "VBD", "NNS", "WP", "VBD"};
    int32_t heads2[] = {1, -1, 1, 4, 2};
    const char *deprels2[] = {"nsubj", "root", "obj", "nsubj", "acl"};
    tree_repair_subordinate_acl(5, forms2, upos2, xpos2, heads2, deprels2);
    CHECK_INT(heads2[4], 2);
}

/* "Troops loyal to army chief General Pervez Musharraf detained Prime
 * Minister Nawaz Sharif" read with "Troops" the root and the named chief
 * the subject of a verb hung on it: the troops are the subject, the name
 * the chief's. */
TEST(tree_repair_loyal_to_name_root_noun) {
    const char *upos[] = {"NOUN", "ADJ", "ADP", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN"};
    const char *xpos[] = {"NNS", "JJ", "IN", "NN", "NN", "NNP", "NNP", "VBD", "NNP"};
    const char *lemmas[] = {"troops", "loyal", "to", "army", "chief", "General", "Musharraf", "detain", "Sharif"};
    int32_t heads[] = {-1, 0, 4, 4, 1, 6, 7, 0, 7};
    const char *deprels[] = {"root", "amod", "case", "compound", "obl", "nmod:desc", "nsubj", "parataxis", "obj"};
    tree_repair_loyal_to_name(9, upos, xpos, lemmas, heads, deprels);
    CHECK_INT(heads[7], -1);
    CHECK_STR(deprels[7], "root");
    CHECK_INT(heads[0], 7);
    CHECK_STR(deprels[0], "nsubj");
    CHECK_INT(heads[6], 4);
    CHECK_STR(deprels[6], "appos");
}

/* "... committed in Darfur and that the government bore responsibility"
 * with the second clause hung on "and": it becomes the conjunct of the
 * verb above; "accusing him of corruption and of threatening ..." (no
 * subject of its own) stays. */
TEST(tree_repair_clause_under_conjunction) {
    const char *upos[] = {"PROPN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "ADP", "PROPN",
                          "CCONJ", "SCONJ", "DET", "NOUN", "VERB", "NOUN"};
    int32_t heads[] = {1, -1, 5, 5, 5, 1, 7, 5, 7, 12, 11, 12, 8, 12};
    const char *deprels[] = {"nsubj", "root", "mark", "nsubj:pass", "aux:pass", "ccomp", "case", "obl",
                             "conj", "mark", "det", "nsubj", "ccomp", "obj"};
    tree_repair_clause_under_conjunction(14, upos, heads, deprels);
    CHECK_INT(heads[12], 5);
    CHECK_STR(deprels[12], "conj");
    CHECK_INT(heads[8], 12);
    CHECK_STR(deprels[8], "cc");
    const char *u2[] = {"VERB", "PRON", "ADP", "NOUN", "CCONJ", "SCONJ", "VERB", "NOUN"};
    int32_t h2[] = {-1, 0, 3, 1, 3, 6, 4, 6};
    const char *d2[] = {"root", "obj", "case", "nmod", "conj", "mark", "acl", "obj"};
    tree_repair_clause_under_conjunction(8, u2, h2, d2);
    CHECK_INT(h2[6], 4);
    CHECK_STR(d2[6], "acl");
}

/* ", an agreement Netanyahu denounced as a mistake" with the name an
 * apposition and the verb a clause of its own: the verb becomes the
 * noun's relative clause, the name its subject. */
TEST(tree_repair_summing_relative) {
    const char *forms[] = {"They", "sealed", "a", "deal", ",", "an", "agreement", "Benjamin", "Netanyahu",
                           "denounced", "as", "a", "mistake"};
    const char *upos[] = {"PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "PROPN",
                          "VERB", "ADP", "DET", "NOUN"};
    const char *xpos[] = {"PRP", "VBD", "DT", "NN", ",", "DT", "NN", "NNP", "NNP", "VBD", "IN", "DT", "NN"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3, 6, 7, 1, 12, 12, 9};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "punct", "det", "appos", "appos", "flat",
                             "advcl", "case", "det", "obl"};
    tree_repair_summing_relative(13, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[9], 6);
    CHECK_STR(deprels[9], "acl:relcl");
    CHECK_INT(heads[7], 9);
    CHECK_STR(deprels[7], "nsubj");
}

/* "..., a move Georgian President Mikheil Saakashvili denounced", with
 * "Georgian" hung on "move" and the name already the verb's subject (the
 * verb a relative clause of a noun further back): the verb becomes the
 * move's relative clause, "Georgian" the name's. */
TEST(tree_repair_summing_relative_modifier_on_noun) {
    const char *forms[] = {"Russia", "recognised", "the", "regions", ",", "a", "move", "Georgian", "President",
                           "Mikheil", "Saakashvili", "denounced"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "ADJ", "PROPN",
                          "PROPN", "PROPN", "VERB"};
    const char *xpos[] = {"NNP", "VBD", "DT", "NNS", ",", "DT", "NN", "JJ", "NNP", "NNP", "NNP", "VBD"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3, 6, 9, 11, 9, 3};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "punct", "det", "appos", "amod", "nmod:desc",
                             "nsubj", "flat", "acl:relcl"};
    tree_repair_summing_relative(12, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[11], 6);
    CHECK_STR(deprels[11], "acl:relcl");
    CHECK_INT(heads[9], 11);
    CHECK_INT(heads[7], 9);
}

/* "Spanish riot police fired rubber bullets" read as the noun "riot" with
 * the relative clause "police fired ...": the verb becomes the root, "riot"
 * a compound of "police" and "Spanish" its modifier; a real relative clause
 * ("the man who ...") stays. */
TEST(tree_repair_compound_root) {
    const char *forms[] = {"Spanish", "riot", "police", "fired", "rubber", "bullets", "."};
    const char *upos[] = {"ADJ", "NOUN", "NOUN", "VERB", "NOUN", "NOUN", "PUNCT"};
    const char *xpos[] = {"JJ", "NN", "NNS", "VBD", "NN", "NNS", "."};
    int32_t heads[] = {1, -1, 3, 1, 5, 3, 1};
    const char *deprels[] = {"amod", "root", "nsubj", "acl:relcl", "compound", "obj", "punct"};
    tree_repair_compound_root(7, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[3], -1);
    CHECK_STR(deprels[3], "root");
    CHECK_INT(heads[1], 2);
    CHECK_STR(deprels[1], "compound");
    CHECK_INT(heads[0], 2);
    CHECK_INT(heads[6], 3);
    const char *f2[] = {"Riot", "police", "who", "fired", "shots"};
    const char *u2[] = {"NOUN", "NOUN", "PRON", "VERB", "NOUN"};
    const char *x2[] = {"NN", "NNS", "WP", "VBD", "NNS"};
    int32_t h2[] = {-1, 3, 3, 0, 3};
    const char *d2[] = {"root", "nsubj", "nsubj", "acl:relcl", "obj"};
    tree_repair_compound_root(5, f2, u2, x2, h2, d2);
    CHECK_INT(h2[3], 0);
}

/* "revoked with immediate effect a military accord": the object hung on
 * "effect" is the verb's; an object of a noun whose verb has one stays. */
TEST(tree_repair_object_of_oblique) {
    const char *upos[] = {"NOUN", "VERB", "ADP", "ADJ", "NOUN", "DET", "ADJ", "NOUN"};
    int32_t heads[] = {1, -1, 4, 4, 1, 7, 7, 4};
    const char *deprels[] = {"nsubj", "root", "case", "amod", "obl", "det", "amod", "obj"};
    tree_repair_object_of_oblique(8, upos, heads, deprels);
    CHECK_INT(heads[7], 1);
    int32_t h2[] = {1, -1, 4, 4, 1, 7, 7, 4, 1};
    const char *d2[] = {"nsubj", "root", "case", "amod", "obl", "det", "amod", "obj", "obj"};
    const char *u2[] = {"NOUN", "VERB", "ADP", "ADJ", "NOUN", "DET", "ADJ", "NOUN", "NOUN"};
    tree_repair_object_of_oblique(9, u2, h2, d2);
    CHECK_INT(h2[7], 4);
}

/* "called the move an unfriendly act" with "act" an object of "move": it
 * becomes the complement of "called"; an object of a noun after another
 * verb stays. */
TEST(tree_repair_called_object) {
    const char *forms[] = {"Russia", "called", "the", "move", "an", "unfriendly", "act"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "DET", "ADJ", "NOUN"};
    int32_t heads[] = {1, -1, 3, 1, 6, 6, 3};
    const char *deprels[] = {"nsubj", "root", "det", "obj", "det", "amod", "obj"};
    tree_repair_called_object(7, forms, upos, heads, deprels);
    CHECK_INT(heads[6], 1);
    CHECK_STR(deprels[6], "xcomp");
    const char *f2[] = {"Russia", "gave", "the", "junta", "a", "week"};
    const char *u2[] = {"PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"};
    int32_t h2[] = {1, -1, 3, 1, 5, 3};
    const char *d2[] = {"nsubj", "root", "det", "obj", "det", "obj"};
    tree_repair_called_object(6, f2, u2, h2, d2);
    CHECK_INT(h2[5], 3);
}

/* "said people were killed ... and accused forces of ...": the active
 * conjunct with an object moves from the reported passive to "said"; an
 * active conjunct of an active verb stays. */
TEST(tree_repair_passive_conjunct) {
    const char *upos[] = {"NOUN", "VERB", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "NOUN"};
    const char *xpos[] = {"NNS", "VBD", "NNS", "VBD", "VBN", "CC", "VBD", "NNS"};
    int32_t heads[] = {1, -1, 4, 4, 1, 6, 4, 6};
    const char *deprels[] = {"nsubj", "root", "nsubj:pass", "aux:pass", "ccomp", "cc", "conj", "obj"};
    tree_repair_passive_conjunct(8, upos, xpos, heads, deprels);
    CHECK_INT(heads[6], 1);
    const char *x2[] = {"NNS", "VBD", "NNS", "VBD", "VBD", "CC", "VBD", "NNS"};
    const char *u2[] = {"NOUN", "VERB", "NOUN", "VERB", "VERB", "CCONJ", "VERB", "NOUN"};
    int32_t h2[] = {1, -1, 4, 4, 1, 6, 4, 6};
    const char *d2[] = {"nsubj", "root", "nsubj", "advmod", "ccomp", "cc", "conj", "obj"};
    tree_repair_passive_conjunct(8, u2, x2, h2, d2);
    CHECK_INT(h2[6], 4);
}

/* "claimed responsibility for the attack on the offices, in which gunmen
 * killed 12 people" with "killed" a parataxis of "claimed": a relative
 * clause of "attack", the outermost noun of the phrase before the comma. */
TEST(tree_repair_preposition_relative) {
    const char *forms[] = {"AQAP", "claimed", "responsibility", "for", "the", "attack", "on", "the",
                           "offices", ",", "in", "which", "gunmen", "killed", "people"};
    const char *upos[] = {"PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET",
                          "NOUN", "PUNCT", "ADP", "PRON", "NOUN", "VERB", "NOUN"};
    int32_t heads[] = {1, -1, 1, 5, 5, 1, 8, 8, 5, 13, 11, 13, 13, 1, 13};
    const char *deprels[] = {"nsubj", "root", "obj", "case", "det", "obl", "case", "det",
                             "nmod", "punct", "case", "obl", "nsubj", "parataxis", "obj"};
    tree_repair_preposition_relative(15, forms, upos, heads, deprels);
    CHECK_INT(heads[13], 5);
    CHECK_STR(deprels[13], "acl:relcl");
}

/* "one of the schoolgirls kidnapped from Chibok have been freed by Boko
 * Haram" with "kidnapped" the root: it becomes a participle (VBN) on
 * "schoolgirls" and "freed" the root with "one" its passive subject; with
 * a subordinator between ("arrived ... since the peninsula was divided")
 * the tree is left alone. */
TEST(tree_repair_participle_subject_clause) {
    const char *forms[] = {"one", "of", "the", "schoolgirls", "kidnapped", "from", "Chibok", "have", "been", "freed",
                           "by", "Boko"};
    const char *upos[] = {"NUM", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "AUX", "AUX", "VERB", "ADP", "PROPN"};
    const char *xpos[] = {"CD", "IN", "DT", "NNS", "VBD", "IN", "NNP", "VBP", "VBN", "VBN", "IN", "NNP"};
    int32_t heads[] = {4, 3, 3, 0, -1, 6, 4, 9, 9, 4, 11, 9};
    const char *deprels[] = {"nsubj", "case", "det", "nmod", "root", "case", "obl", "aux", "aux:pass", "advcl",
                             "case", "obl:agent"};
    tree_repair_participle_subject(12, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[9], -1);
    CHECK_INT(heads[4], 3);
    CHECK_STR(deprels[4], "acl");
    CHECK_STR(xpos[4], "VBN");
    CHECK_INT(heads[0], 9);
    CHECK_STR(deprels[0], "nsubj:pass");
    CHECK_INT(heads[6], 4);
    const char *forms2[] = {"Kim", "arrived", "since", "peninsula", "was", "divided"};
    const char *upos2[] = {"PROPN", "VERB", "ADP", "NOUN", "AUX", "VERB"};
    const char *xpos2[] = {"NNP", "VBD", "IN", "NN", "VBD", "VBN"};
    int32_t heads2[] = {1, -1, 3, 1, 5, 1};
    const char *deprels2[] = {"nsubj", "root", "case", "obl", "aux:pass", "advcl"};
    tree_repair_participle_subject(6, forms2, upos2, xpos2, heads2, deprels2);
    CHECK_INT(heads2[1], -1);
    CHECK_STR(xpos2[1], "VBD");
}

/* "hosted Cuban Foreign Minister Bruno Rodriguez" with the guest labelled
 * obl:agent though no "by" opens it: the object; "was hosted by Kerry"
 * keeps its agent. */
TEST(tree_repair_agent_without_by_is_object) {
    const char *forms[] = {"Kerry", "hosted", "minister", "Rodriguez"};
    int32_t heads[] = {1, -1, 3, 1};
    const char *deprels[] = {"nsubj", "root", "nmod:desc", "obl:agent"};
    tree_repair_agent_without_by(4, forms, heads, deprels);
    CHECK_STR(deprels[3], "obj");
    const char *forms2[] = {"he", "was", "hosted", "by", "Kerry"};
    int32_t heads2[] = {2, 2, -1, 4, 2};
    const char *deprels2[] = {"nsubj:pass", "aux:pass", "root", "case", "obl:agent"};
    tree_repair_agent_without_by(5, forms2, heads2, deprels2);
    CHECK_STR(deprels2[4], "obl:agent");
}

/* "called the raid state terrorism" read as one noun phrase: the act noun
 * after the determiner is the object, the rest the complement. */
TEST(tree_repair_called_the_act_a_name) {
    const char *forms[] = {"Erdogan", "called", "the", "raid", "state", "terrorism"};
    const char *upos[] = {"PROPN", "VERB", "DET", "NOUN", "NOUN", "NOUN"};
    int32_t heads[] = {1, -1, 5, 5, 5, 1};
    const char *deprels[] = {"nsubj", "root", "det", "compound", "compound", "obj"};
    tree_repair_called_object(6, forms, upos, heads, deprels);
    CHECK_INT(heads[3], 1);
    CHECK_STR(deprels[3], "obj");
    CHECK_INT(heads[2], 3);
    CHECK_STR(deprels[5], "xcomp");
    CHECK_INT(heads[4], 5);
}

/* ", a verdict Amnesty called a sham": in the relative clause of calling
 * the noun it hangs on is what is called, "sham" the complement. */
TEST(tree_repair_called_in_relative_clause) {
    const char *forms[] = {"a", "verdict", "Amnesty", "called", "a", "sham"};
    const char *upos[] = {"DET", "NOUN", "PROPN", "VERB", "DET", "NOUN"};
    int32_t heads[] = {1, -1, 3, 1, 5, 3};
    const char *deprels[] = {"det", "root", "nsubj", "acl:relcl", "det", "obj"};
    tree_repair_called_object(6, forms, upos, heads, deprels);
    CHECK_STR(deprels[5], "xcomp");
    CHECK_INT(heads[5], 3);
}

/* "lifting its decades-old embargo" with "decades" the object: "decades"
 * measures "old", and "its" goes to "embargo". */
TEST(tree_repair_hyphen_age_measures_the_adjective) {
    const char *forms[] = {"lifting", "its", "decades", "-", "old", "embargo"};
    const char *upos[] = {"VERB", "PRON", "NOUN", "PUNCT", "ADJ", "NOUN"};
    int32_t heads[] = {-1, 2, 0, 2, 5, 0};
    const char *deprels[] = {"root", "nmod:poss", "obj", "punct", "amod", "obj"};
    tree_repair_hyphen_age(6, forms, upos, heads, deprels);
    CHECK_INT(heads[2], 4);
    CHECK_STR(deprels[2], "obl:npmod");
    CHECK_INT(heads[1], 5);
    CHECK_INT(heads[5], 0);
}

/* "gave Mali's new military rulers 72 hours ... to start" with "hours"
 * labelled an object of "rulers": the span is the verb's object, the
 * rulers its indirect object. */
TEST(tree_repair_ultimatum_span_object_of_object) {
    const char *forms[] = {"ECOWAS", "gave", "rulers", "72", "hours", "to", "start"};
    const char *upos[] = {"PROPN", "VERB", "NOUN", "NUM", "NOUN", "PART", "VERB"};
    int32_t heads[] = {1, -1, 1, 4, 2, 6, 1};
    const char *deprels[] = {"nsubj", "root", "obj", "nummod", "obj", "mark", "advcl"};
    tree_repair_ultimatum(7, forms, upos, heads, deprels);
    CHECK_STR(deprels[2], "iobj");
    CHECK_INT(heads[4], 1);
    CHECK_STR(deprels[4], "obj");
}

/* "forces pounded X, and tanks rolled in and attacked positions" with
 * "attacked" a conjunct of "pounded": it belongs to "rolled", whose
 * subject it shares; a conjunct with its own subject stays. */
TEST(tree_repair_conjunct_after_subject_belongs_to_it) {
    const char *upos[] = {"NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "VERB", "CCONJ", "VERB", "NOUN"};
    int32_t heads[] = {1, -1, 1, 5, 5, 1, 7, 1, 7};
    const char *deprels[] = {"nsubj", "root", "obj", "cc", "nsubj", "conj", "cc", "conj", "obj"};
    tree_repair_conjunct_after_subject(9, upos, heads, deprels);
    CHECK_INT(heads[7], 5);
    CHECK_INT(heads[5], 1);
}

/* "agreed to restore relations after meeting in the city" with "meeting"
 * an acl of "relations": the -ing clause is the verb's (advcl). */
TEST(tree_repair_temporal_acl_on_object) {
    const char *forms[] = {"They", "agreed", "to", "restore", "relations", "after", "meeting", "here"};
    const char *upos[] = {"PRON", "VERB", "PART", "VERB", "NOUN", "SCONJ", "VERB", "ADV"};
    const char *xpos[] = {"PRP", "VBD", "TO", "VB", "NNS", "IN", "VBG", "RB"};
    int32_t heads[] = {1, -1, 3, 1, 3, 6, 4, 6};
    const char *deprels[] = {"nsubj", "root", "mark", "xcomp", "obj", "mark", "acl", "advmod"};
    tree_repair_temporal_acl(8, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[6], 3);
    CHECK_STR(deprels[6], "advcl");
    /* (an acl of a subject, or one without such a marker, stays) */
    int32_t h2[] = {1, -1, 3, 1, 3, 6, 4, 6};
    const char *d2[] = {"nsubj", "root", "mark", "xcomp", "obj", "advmod", "acl", "advmod"};
    tree_repair_temporal_acl(8, forms, upos, xpos, h2, d2);
    CHECK_STR(d2[6], "acl");
}

/* "demanded that Russia pull its troops back and called Moscow's moves an
 * act of aggression" with "called" (tagged a participle) a conjunct of the
 * subjunctive "pull": it is the demanding verb's conjunct. */
TEST(tree_repair_finite_conjunct_of_subjunctive) {
    const char *xpos[] = {"NNP", "VBD", "IN", "NNP", "VB", "NNS", "RB", "CC", "VBN", "NNS"};
    int32_t heads[] = {1, -1, 4, 4, 1, 4, 4, 8, 4, 8};
    const char *deprels[] = {"nsubj", "root", "mark", "nsubj", "ccomp", "obj", "advmod", "cc", "conj", "obj"};
    tree_repair_finite_conjunct(10, xpos, heads, deprels);
    CHECK_INT(heads[8], 1);
    /* (a participle with its auxiliary, "... and has called", stays) */
    const char *d2[] = {"nsubj", "root", "mark", "nsubj", "ccomp", "obj", "aux", "cc", "conj", "obj"};
    int32_t h2[] = {1, -1, 4, 4, 1, 4, 8, 8, 4, 8};
    tree_repair_finite_conjunct(10, xpos, h2, d2);
    CHECK_INT(h2[8], 4);
}

/* ", a deal the Palestinian Authority denounced as a stab in the back",
 * the name with its article and the past tense tagged a participle: the
 * verb is still the deal's relative clause, the name its subject. */
TEST(tree_repair_summing_relative_article_and_participle) {
    const char *forms[] = {"They", "signed", "it", ",", "a", "deal", "the", "Palestinian", "Authority",
                           "denounced", "as", "a", "stab"};
    const char *upos[] = {"PRON", "VERB", "PRON", "PUNCT", "DET", "NOUN", "DET", "ADJ", "PROPN",
                          "VERB", "ADP", "DET", "NOUN"};
    const char *xpos[] = {"PRP", "VBD", "PRP", ",", "DT", "NN", "DT", "JJ", "NNP", "VBN", "IN", "DT", "NN"};
    int32_t heads[] = {1, -1, 1, 9, 5, 9, 8, 8, 5, 1, 12, 12, 9};
    const char *deprels[] = {"nsubj", "root", "obj", "punct", "det", "nsubj", "det", "amod", "appos",
                             "parataxis", "case", "det", "obl"};
    tree_repair_summing_relative(13, forms, upos, xpos, heads, deprels);
    CHECK_INT(heads[9], 5);
    CHECK_STR(deprels[9], "acl:relcl");
    CHECK_INT(heads[8], 9);
    CHECK_STR(deprels[8], "nsubj");
}
