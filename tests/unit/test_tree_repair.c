/* tree_repair_attribution on parses the parser really produced. */
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
