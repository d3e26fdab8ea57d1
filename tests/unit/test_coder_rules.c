/* Tests of the event coder on hand-written dependency trees (tree_util.h)
 * with the fixture dictionaries in tests/data/coder/dict. */
#include <stdlib.h>

#include "test.h"
#include "tree_util.h"

static dyad_coder *fixture(void) {
    static dyad_coder *c;
    if (c) return c;
    char dir[4096];
    const char *root = getenv("ROOT");
    snprintf(dir, sizeof dir, "%s/tests/data/coder", root && *root ? root : ".");
    dyad_coder_options o = {0};
    o.data_dir = dir;
    o.gazetteer = ""; /* no places here (test_coder_when_where.c has them) */
    dyad_error err = {0};
    c = dyad_coder_load(&o, &err);
    if (!c) fprintf(stderr, "fixture: %s\n", err.message);
    return c;
}

static const dyad_date D2017 = {2017, 11, 12};

/* Codes src and compares the rendered events with want. */
#define EXPECT_EVENTS(src, date, want)                                   \
    do {                                                                 \
        dyad_coder *c_ = fixture();                                      \
        CHECK(c_ != NULL);                                               \
        dyad_events *e_ = dyad_events_new();                             \
        int n_ = tree_code(c_, e_, (src), (date));                       \
        CHECK(n_ >= 0);                                                  \
        char got_[4096];                                                 \
        snprintf(got_, sizeof got_, "%s", tree_events_str(e_));          \
        dyad_events_free(e_);                                            \
        CHECK_STR(got_, (want));                                         \
    } while (0)

TEST(coder_active_svo) {
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 attacked attack VERB VBD 0 root\n"
                  "3 Turkey Turkey PROPN NNP 2 obj\n"
                  "4 . . PUNCT . 2 punct\n",
                  &D2017, "RUS>TUR:190");
}

/* Tokens the dictionary matcher splits ("Dol_Amroth", "pro-Assad") take
 * several entries of its word stream; many long ones before ordinary words
 * once wrote past the stream's end (ASan: heap-buffer-overflow in
 * find_mentions).  The words after them are still matched. */
TEST(coder_many_split_tokens_fit_the_word_stream) {
    EXPECT_EVENTS("1 aa_bb_cc_dd_ee_ff_gg_hh_ii_jj_kk_ll_mm_nn_oo _ X FW 5 dep\n"
                  "2 aa_bb_cc_dd_ee_ff_gg_hh_ii_jj_kk_ll_mm_nn_oo _ X FW 5 dep\n"
                  "3 aa_bb_cc_dd_ee_ff_gg_hh_ii_jj_kk_ll_mm_nn_oo _ X FW 5 dep\n"
                  "4 Russia Russia PROPN NNP 5 nsubj\n"
                  "5 attacked attack VERB VBD 0 root\n"
                  "6 Turkey Turkey PROPN NNP 5 obj\n"
                  "7 near near ADP IN 9 case\n"
                  "8 the the DET DT 9 det\n"
                  "9 border border NOUN NN 5 obl\n"
                  "10 . . PUNCT . 5 punct\n",
                  &D2017, "RUS>TUR:190");
}

TEST(coder_passive_agent_is_actor) {
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 3 nsubj:pass\n"
                  "2 was be AUX VBD 3 aux:pass\n"
                  "3 attacked attack VERB VBN 0 root\n"
                  "4 by by ADP IN 5 case\n"
                  "5 Russia Russia PROPN NNP 3 obl:agent\n"
                  "6 . . PUNCT . 3 punct\n",
                  &D2017, "RUS>TUR:190");
    /* older UD: plain obl with "by" */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 3 nsubj:pass\n"
                  "2 was be AUX VBD 3 aux:pass\n"
                  "3 attacked attack VERB VBN 0 root\n"
                  "4 by by ADP IN 5 case\n"
                  "5 Russia Russia PROPN NNP 3 obl\n",
                  &D2017, "RUS>TUR:190");
}

TEST(coder_negation_suppresses) {
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 4 nsubj\n"
                  "2 did do AUX VBD 4 aux\n"
                  "3 not not PART RB 4 advmod\n"
                  "4 attack attack VERB VB 0 root\n"
                  "5 Turkey Turkey PROPN NNP 4 obj\n",
                  &D2017, "");
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 4 nsubj\n"
                  "2 has have AUX VBZ 4 aux\n"
                  "3 never never ADV RB 4 advmod\n"
                  "4 attacked attack VERB VBN 0 root\n"
                  "5 Turkey Turkey PROPN NNP 4 obj\n",
                  &D2017, "");
    /* "no" on the light verb's object */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 launched launch VERB VBD 0 root\n"
                  "3 no no DET DT 4 det\n"
                  "4 assault assault NOUN NN 2 obj\n"
                  "5 on on ADP IN 6 case\n"
                  "6 ISIS ISIS PROPN NNP 4 nmod\n",
                  &D2017, "");
}

TEST(coder_denial_and_failure_suppress) {
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 denied deny VERB VBD 0 root\n"
                  "3 attacking attack VERB VBG 2 xcomp\n"
                  "4 Turkey Turkey PROPN NNP 3 obj\n",
                  &D2017, "");
    EXPECT_EVENTS("1 Syrian Syrian ADJ JJ 2 amod\n"
                  "2 troops troop NOUN NNS 3 nsubj\n"
                  "3 failed fail VERB VBD 0 root\n"
                  "4 to to PART TO 5 mark\n"
                  "5 capture capture VERB VB 3 xcomp\n"
                  "6 Damascus Damascus PROPN NNP 5 obj\n",
                  &D2017, "");
    /* a negated governor: "did not agree to meet" */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 4 nsubj\n"
                  "2 did do AUX VBD 4 aux\n"
                  "3 not not PART RB 4 advmod\n"
                  "4 agree agree VERB VB 0 root\n"
                  "5 to to PART TO 6 mark\n"
                  "6 meet meet VERB VB 4 xcomp\n"
                  "7 Turkey Turkey PROPN NNP 6 obj\n",
                  &D2017, "");
}

TEST(coder_subject_taken_for_a_prepositional_object) {
    /* "the meeting came a day after Russia attacked Turkey", parsed with
     * "after Russia" a phrase of "day" and the verb without a subject */
    EXPECT_EVENTS("1 the the DET DT 2 det\n"
                  "2 meeting meeting NOUN NN 3 nsubj\n"
                  "3 came come VERB VBD 0 root\n"
                  "4 a a DET DT 5 det\n"
                  "5 day day NOUN NN 3 obl:unmarked\n"
                  "6 after after ADP IN 7 case\n"
                  "7 Russia Russia PROPN NNP 5 nmod\n"
                  "8 attacked attack VERB VBD 3 advcl\n"
                  "9 Turkey Turkey PROPN NNP 8 obj\n",
                  &D2017, "RUS>TUR:190");
    /* a real prepositional object before a participle is no subject */
    EXPECT_EVENTS("1 the the DET DT 2 det\n"
                  "2 meeting meeting NOUN NN 3 nsubj\n"
                  "3 came come VERB VBD 0 root\n"
                  "4 after after ADP IN 5 case\n"
                  "5 Russia Russia PROPN NNP 3 obl\n"
                  "6 attacking attack VERB VBG 3 advcl\n"
                  "7 Turkey Turkey PROPN NNP 6 obj\n",
                  &D2017, "");
}

TEST(coder_infinitive_of_a_noun_is_not_done) {
    /* "Turkey stressed its determination to attack Syria" */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 stressed stress VERB VBD 0 root\n"
                  "3 its its PRON PRP$ 4 nmod:poss\n"
                  "4 determination determination NOUN NN 2 obj\n"
                  "5 to to PART TO 6 mark\n"
                  "6 attack attack VERB VB 4 acl\n"
                  "7 Syria Syria PROPN NNP 6 obj\n",
                  &D2017, "");
    /* the finite verb is done */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 attacked attack VERB VBD 0 root\n"
                  "3 Syria Syria PROPN NNP 2 obj\n",
                  &D2017, "TUR>SYR:190");
}

TEST(coder_threat_and_intent) {
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 threatened threaten VERB VBD 0 root\n"
                  "3 to to PART TO 4 mark\n"
                  "4 attack attack VERB VB 2 xcomp\n"
                  "5 Turkey Turkey PROPN NNP 4 obj\n",
                  &D2017, "RUS>TUR:138");
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 agreed agree VERB VBD 0 root\n"
                  "3 to to PART TO 4 mark\n"
                  "4 meet meet VERB VB 2 xcomp\n"
                  "5 Turkey Turkey PROPN NNP 4 obj\n",
                  &D2017, "RUS>TUR:036");
    /* agreed to sign: the agreement itself, signed by both with the
     * partner of its with-phrase */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 agreed agree VERB VBD 0 root\n"
                  "3 to to PART TO 4 mark\n"
                  "4 sign sign VERB VB 2 xcomp\n"
                  "5 an a DET DT 6 det\n"
                  "6 agreement agreement NOUN NN 4 obj\n"
                  "7 with with ADP IN 8 case\n"
                  "8 Iraq Iraq PROPN NNP 6 nmod\n",
                  &D2017, "IRQ>IRN:057 IRN>IRQ:057");
}

TEST(coder_call_on_is_an_appeal_not_the_action) {
    EXPECT_EVENTS("1 France France PROPN NNP 2 nsubj\n"
                  "2 called call VERB VBD 0 root\n"
                  "3 on on ADP IN 4 case\n"
                  "4 Russia Russia PROPN NNP 2 obl\n"
                  "5 to to PART TO 6 mark\n"
                  "6 withdraw withdraw VERB VB 2 xcomp\n"
                  "7 . . PUNCT . 2 punct\n",
                  &D2017, "FRA>RUS:020");
}

TEST(coder_compound_actors_give_pairs) {
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 4 nsubj\n"
                  "2 and and CCONJ CC 3 cc\n"
                  "3 Iran Iran PROPN NNP 1 conj\n"
                  "4 attacked attack VERB VBD 0 root\n"
                  "5 Turkey Turkey PROPN NNP 4 obj\n"
                  "6 and and CCONJ CC 7 cc\n"
                  "7 Israel Israel PROPN NNP 5 conj\n",
                  &D2017, "RUS>TUR:190 RUS>ISR:190 IRN>TUR:190 IRN>ISR:190");
}

TEST(coder_reciprocal_conjoined_subject) {
    EXPECT_EVENTS("1 Putin Putin PROPN NNP 4 nsubj\n"
                  "2 and and CCONJ CC 3 cc\n"
                  "3 Trump Trump PROPN NNP 1 conj\n"
                  "4 agreed agree VERB VBD 0 root\n"
                  "5 . . PUNCT . 4 punct\n",
                  &D2017, "RUSGOV>USAGOV:030 USAGOV>RUSGOV:030");
}

TEST(coder_reported_speech_codes_the_clause) {
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 said say VERB VBD 0 root\n"
                  "3 that that SCONJ IN 5 mark\n"
                  "4 Russia Russia PROPN NNP 5 nsubj\n"
                  "5 attacked attack VERB VBD 2 ccomp\n"
                  "6 Syria Syria PROPN NNP 5 obj\n",
                  &D2017, "RUS>SYR:190");
    /* a bare statement stays a statement */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 said say VERB VBD 0 root\n"
                  "3 nothing nothing PRON NN 2 obj\n",
                  &D2017, "TUR>-:010");
    /* a reported clause with no actor leaves the statement ("telling
     * reporters, 'We agreed'" with nobody the "we" could be) */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 said say VERB VBD 0 root\n"
                  "3 that that SCONJ IN 7 mark\n"
                  "4 the the DET DT 5 det\n"
                  "5 plan plan NOUN NN 7 nsubj:pass\n"
                  "6 was be AUX VBD 7 aux:pass\n"
                  "7 agreed agree VERB VBN 2 ccomp\n",
                  &D2017, "TUR>-:010");
    /* ... but a rejected one does not: what was not done is not stated */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 said say VERB VBD 0 root\n"
                  "3 Russia Russia PROPN NNP 6 nsubj\n"
                  "4 did do AUX VBD 6 aux\n"
                  "5 not not PART RB 6 advmod\n"
                  "6 attack attack VERB VB 2 ccomp\n"
                  "7 Syria Syria PROPN NNP 6 obj\n",
                  &D2017, "");
    /* "forces say they are launching": they = the reporter */
    EXPECT_EVENTS("1 pro-Assad pro-Assad ADJ JJ 2 amod\n"
                  "2 forces force NOUN NNS 3 nsubj\n"
                  "3 say say VERB VBP 0 root\n"
                  "4 they they PRON PRP 6 nsubj\n"
                  "5 are be AUX VBP 6 aux\n"
                  "6 launching launch VERB VBG 3 ccomp\n"
                  "7 a a DET DT 9 det\n"
                  "8 new new ADJ JJ 9 amod\n"
                  "9 assault assault NOUN NN 6 obj\n"
                  "10 on on ADP IN 11 case\n"
                  "11 ISIS ISIS PROPN NNP 9 nmod\n",
                  &D2017, "SYRMIL>IMGISI:190");
}

TEST(coder_pronouns_and_titles_use_document_memory) {
    EXPECT_EVENTS("1 Erdogan Erdogan PROPN NNP 2 nsubj\n"
                  "2 arrived arrive VERB VBD 0 root\n"
                  "3 in in ADP IN 4 case\n"
                  "4 Moscow Moscow PROPN NNP 2 obl\n"
                  "\n"
                  "1 He he PRON PRP 2 nsubj\n"
                  "2 criticized criticize VERB VBD 0 root\n"
                  "3 Iran Iran PROPN NNP 2 obj\n",
                  &D2017, "TURGOV>IRN:112");
    EXPECT_EVENTS("1 Erdogan Erdogan PROPN NNP 2 nsubj\n"
                  "2 arrived arrive VERB VBD 0 root\n"
                  "\n"
                  "1 The the DET DT 2 det\n"
                  "2 president president NOUN NN 3 nsubj\n"
                  "3 criticized criticize VERB VBD 0 root\n"
                  "4 Iran Iran PROPN NNP 3 obj\n",
                  &D2017, "TURGOV>IRN:112");
    /* "the government" after a country: that country's government */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 condemned condemn VERB VBD 0 root\n"
                  "3 Israel Israel PROPN NNP 2 obj\n"
                  "\n"
                  "1 The the DET DT 2 det\n"
                  "2 government government NOUN NN 3 nsubj\n"
                  "3 attacked attack VERB VBD 0 root\n"
                  "4 Syria Syria PROPN NNP 3 obj\n",
                  &D2017, "IRN>ISR:112 ISRGOV>SYR:190");
    /* plural pronoun after a conjoined pair: both */
    EXPECT_EVENTS("1 Putin Putin PROPN NNP 4 nsubj\n"
                  "2 and and CCONJ CC 3 cc\n"
                  "3 Trump Trump PROPN NNP 1 conj\n"
                  "4 arrived arrive VERB VBD 0 root\n"
                  "\n"
                  "1 They they PRON PRP 2 nsubj\n"
                  "2 condemned condemn VERB VBD 0 root\n"
                  "3 ISIS ISIS PROPN NNP 2 obj\n",
                  &D2017, "RUSGOV>IMGISI:112 USAGOV>IMGISI:112");
}

TEST(coder_appositions_and_titles_give_one_actor) {
    EXPECT_EVENTS("1 Russian Russian ADJ JJ 3 amod\n"
                  "2 Foreign Foreign PROPN NNP 3 compound\n"
                  "3 Minister Minister PROPN NNP 4 compound\n"
                  "4 Sergei Sergei PROPN NNP 6 nsubj\n"
                  "5 Lavrov Lavrov PROPN NNP 4 flat\n"
                  "6 criticized criticize VERB VBD 0 root\n"
                  "7 his he PRON PRP$ 9 nmod:poss\n"
                  "8 US US PROPN NNP 9 compound\n"
                  "9 counterpart counterpart NOUN NN 6 obj\n"
                  "10 Rex Rex PROPN NNP 9 appos\n"
                  "11 Tillerson Tillerson PROPN NNP 10 flat\n",
                  &D2017, "RUSGOV>USAGOV:112");
}

TEST(coder_actor_composition) {
    EXPECT_EVENTS("1 Syrian Syrian ADJ JJ 2 amod\n"
                  "2 troops troop NOUN NNS 3 nsubj\n"
                  "3 shelled shell VERB VBD 0 root\n"
                  "4 Iraqi Iraqi ADJ JJ 5 amod\n"
                  "5 rebels rebel NOUN NNS 3 obj\n",
                  &D2017, "SYRMIL>IRQREB:190");
    EXPECT_EVENTS("1 pro-Assad pro-Assad ADJ JJ 2 amod\n"
                  "2 forces force NOUN NNS 3 nsubj\n"
                  "3 attacked attack VERB VBD 0 root\n"
                  "4 ISIS ISIS PROPN NNP 3 obj\n",
                  &D2017, "SYRMIL>IMGISI:190");
    /* the hyphen split by the segmenter */
    EXPECT_EVENTS("1 pro pro ADJ JJ 3 amod\n"
                  "2 - - PUNCT HYPH 3 punct\n"
                  "3 Assad Assad PROPN NNP 4 compound\n"
                  "4 forces force NOUN NNS 5 nsubj\n"
                  "5 attacked attack VERB VBD 0 root\n"
                  "6 ISIS ISIS PROPN NNP 5 obj\n",
                  &D2017, "SYRMIL>IMGISI:190");
    EXPECT_EVENTS("1 The the DET DT 4 det\n"
                  "2 US US PROPN NNP 4 compound\n"
                  "3 State State PROPN NNP 4 compound\n"
                  "4 Department Department PROPN NNP 5 nsubj\n"
                  "5 criticized criticize VERB VBD 0 root\n"
                  "6 Russia Russia PROPN NNP 5 obj\n",
                  &D2017, "USAGOV>RUS:112");
    EXPECT_EVENTS("1 the the DET DT 3 det\n"
                  "2 Assad Assad PROPN NNP 3 compound\n"
                  "3 regime regime NOUN NN 5 nmod:poss\n"
                  "4 's 's PART POS 3 case\n"
                  "5 military military NOUN NN 6 nsubj\n"
                  "6 attacked attack VERB VBD 0 root\n"
                  "7 rebels rebel NOUN NNS 6 obj\n",
                  &D2017, "SYRMIL>SYRREB:190");
}

TEST(coder_people_by_document_date) {
    static const char *s = "1 Trump Trump PROPN NNP 2 nsubj\n"
                           "2 criticized criticize VERB VBD 0 root\n"
                           "3 Iran Iran PROPN NNP 2 obj\n";
    dyad_date d2019 = {2019, 6, 1}, d2023 = {2023, 6, 1}, d2026 = {2026, 1, 1};
    EXPECT_EVENTS(s, &d2019, "USAGOV>IRN:112");
    EXPECT_EVENTS(s, &d2023, "USA>IRN:112");
    EXPECT_EVENTS(s, &d2026, "USAGOV>IRN:112");
    /* no date: the current (open-ended) office */
    EXPECT_EVENTS(s, NULL, "USAGOV>IRN:112");
}

TEST(coder_event_noun_with_support_of) {
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 used use VERB VBD 0 root\n"
                  "3 the the DET DT 4 det\n"
                  "4 talks talk NOUN NNS 2 obj\n"
                  "5 with with ADP IN 7 case\n"
                  "6 the the DET DT 7 det\n"
                  "7 support support NOUN NN 2 obl\n"
                  "8 of of ADP IN 9 case\n"
                  "9 Turkey Turkey PROPN NNP 7 nmod\n"
                  "10 and and CCONJ CC 11 cc\n"
                  "11 Iran Iran PROPN NNP 9 conj\n",
                  &D2017, "TUR>RUS:051 IRN>RUS:051");
}

TEST(coder_light_verb_object_owner_is_recipient) {
    EXPECT_EVENTS("1 The the DET DT 3 det\n"
                  "2 White White PROPN NNP 3 compound\n"
                  "3 House House PROPN NNP 4 nsubj\n"
                  "4 blocked block VERB VBD 0 root\n"
                  "5 the the DET DT 6 det\n"
                  "6 meeting meeting NOUN NN 4 obj\n"
                  "7 that that PRON WDT 9 obj\n"
                  "8 Moscow Moscow PROPN NNP 9 nsubj\n"
                  "9 wanted want VERB VBD 6 acl:relcl\n",
                  &D2017, "USAGOV>RUS:125");
}

TEST(coder_particles_and_obliques) {
    EXPECT_EVENTS("1 Israeli Israeli ADJ JJ 2 amod\n"
                  "2 troops troop NOUN NNS 3 nsubj\n"
                  "3 pulled pull VERB VBD 0 root\n"
                  "4 out out ADP RP 3 compound:prt\n"
                  "5 of of ADP IN 6 case\n"
                  "6 Syria Syria PROPN NNP 3 obl\n",
                  &D2017, "ISRMIL>SYR:0874");
    /* without the particle the pattern does not apply */
    EXPECT_EVENTS("1 Israeli Israeli ADJ JJ 2 amod\n"
                  "2 troops troop NOUN NNS 3 nsubj\n"
                  "3 pulled pull VERB VBD 0 root\n"
                  "4 Syria Syria PROPN NNP 3 obj\n",
                  &D2017, "");
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 met meet VERB VBD 0 root\n"
                  "3 with with ADP IN 4 case\n"
                  "4 Turkey Turkey PROPN NNP 2 obl\n",
                  &D2017, "RUS>TUR:040");
}

TEST(coder_subject_inheritance) {
    /* conj: "Russia attacked Syria and bombed Iraq" */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 attacked attack VERB VBD 0 root\n"
                  "3 Syria Syria PROPN NNP 2 obj\n"
                  "4 and and CCONJ CC 5 cc\n"
                  "5 bombed bomb VERB VBD 2 conj\n"
                  "6 Iraq Iraq PROPN NNP 5 obj\n",
                  &D2017, "RUS>SYR:190 RUS>IRQ:190");
    /* acl: "ISIS posted video showing its forces destroying Syrian troops" */
    EXPECT_EVENTS("1 ISIS ISIS PROPN NNP 2 nsubj\n"
                  "2 posted post VERB VBD 0 root\n"
                  "3 video video NOUN NN 2 obj\n"
                  "4 showing show VERB VBG 3 acl\n"
                  "5 its its PRON PRP$ 6 nmod:poss\n"
                  "6 forces force NOUN NNS 4 obj\n"
                  "7 destroying destroy VERB VBG 6 acl\n"
                  "8 Syrian Syrian ADJ JJ 9 amod\n"
                  "9 troops troop NOUN NNS 7 obj\n",
                  &D2017, "IMGISI>SYRMIL:190");
}

TEST(coder_ner_names_without_dictionary_entry) {
    /* "Syrian activist Ahmed Karim": the country adjective codes him */
    EXPECT_EVENTS("1 Syrian Syrian ADJ JJ 3 amod\n"
                  "2 activist activist NOUN NN 3 compound\n"
                  "3 Ahmed Ahmed PROPN NNP 5 nsubj B-PER\n"
                  "4 Karim Karim PROPN NNP 3 flat I-PER\n"
                  "5 accused accuse VERB VBD 0 root\n"
                  "6 Russia Russia PROPN NNP 5 obj\n",
                  &D2017, "SYR>RUS:112");
    /* an unknown name alone codes nothing */
    EXPECT_EVENTS("1 Ahmed Ahmed PROPN NNP 3 nsubj B-PER\n"
                  "2 Karim Karim PROPN NNP 1 flat I-PER\n"
                  "3 accused accuse VERB VBD 0 root\n"
                  "4 Russia Russia PROPN NNP 3 obj\n",
                  &D2017, "");
}

TEST(coder_explain_names_the_rejection) {
    dyad_coder *c = fixture();
    CHECK(c != NULL);
    dyad_events *e = dyad_events_new();
    dyad_events_set_explain(e, 1);
    int n = tree_code(c, e,
                      "1 Russia Russia PROPN NNP 4 nsubj\n"
                      "2 did do AUX VBD 4 aux\n"
                      "3 not not PART RB 4 advmod\n"
                      "4 attack attack VERB VB 0 root\n"
                      "5 Turkey Turkey PROPN NNP 4 obj\n",
                      &D2017);
    const char *ex = dyad_events_explain(e);
    int has_reject = strstr(ex, "rejected 190 'attack'") != NULL && strstr(ex, "negated (advmod 'not')") != NULL;
    int has_actor = strstr(ex, "mention 'Russia' name RUS") != NULL;
    dyad_events_free(e);
    CHECK_INT(n, 0);
    CHECK(has_reject);
    CHECK(has_actor);
}

TEST(coder_pattern_items_oblique_and_complement) {
    /* agree to=ceasefire|truce @with */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 agreed agree VERB VBD 0 root\n"
                  "3 to to ADP IN 5 case\n"
                  "4 a a DET DT 5 det\n"
                  "5 ceasefire ceasefire NOUN NN 2 obl\n"
                  "6 with with ADP IN 7 case\n"
                  "7 Turkey Turkey PROPN NNP 5 nmod\n",
                  &D2017, "RUS>TUR:0356");
    /* agree >sign obj=ceasefire|truce: items after '>' constrain "sign" */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 agreed agree VERB VBD 0 root\n"
                  "3 to to PART TO 4 mark\n"
                  "4 sign sign VERB VB 2 xcomp\n"
                  "5 a a DET DT 6 det\n"
                  "6 truce truce NOUN NN 4 obj\n"
                  "7 with with ADP IN 8 case\n"
                  "8 Turkey Turkey PROPN NNP 6 nmod\n",
                  &D2017, "RUS>TUR:0356");
    /* the plain "agree" reading; a reciprocal verb's with-oblique is the recipient */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 agreed agree VERB VBD 0 root\n"
                  "3 with with ADP IN 4 case\n"
                  "4 Turkey Turkey PROPN NNP 2 obl\n",
                  &D2017, "RUS>TUR:030");
}

TEST(coder_plural_possessive_event_noun_is_reciprocal) {
    EXPECT_EVENTS("1 Putin Putin PROPN NNP 4 nsubj\n"
                  "2 and and CCONJ CC 3 cc\n"
                  "3 Trump Trump PROPN NNP 1 conj\n"
                  "4 arrived arrive VERB VBD 0 root\n"
                  "\n"
                  "1 Their they PRON PRP$ 2 nmod:poss\n"
                  "2 conversation conversation NOUN NN 4 nsubj\n"
                  "3 was be AUX VBD 4 cop\n"
                  "4 brief brief ADJ JJ 0 root\n",
                  &D2017, "RUSGOV>USAGOV:040 USAGOV>RUSGOV:040");
}

TEST(coder_have_to_and_between) {
    /* "had to withdraw": the subject of "had" withdraws */
    EXPECT_EVENTS("1 The the DET DT 3 det\n"
                  "2 Syrian Syrian ADJ JJ 3 amod\n"
                  "3 units unit NOUN NNS 4 nsubj\n"
                  "4 had have VERB VBD 0 root\n"
                  "5 to to PART TO 6 mark\n"
                  "6 withdraw withdraw VERB VB 4 xcomp\n",
                  &D2017, "SYRMIL>-:0874");
    /* "a plan agreed between Lavrov and Tillerson": both directions */
    EXPECT_EVENTS("1 The the DET DT 2 det\n"
                  "2 plan plan NOUN NN 0 root\n"
                  "3 agreed agree VERB VBN 2 acl\n"
                  "4 between between ADP IN 5 case\n"
                  "5 Lavrov Lavrov PROPN NNP 3 obl\n"
                  "6 and and CCONJ CC 7 cc\n"
                  "7 Tillerson Tillerson PROPN NNP 5 conj\n",
                  &D2017, "RUSGOV>USAGOV:030 USAGOV>RUSGOV:030");
}

TEST(coder_bare_sector_takes_last_country) {
    /* "armoured vehicles" after the Syrian army: the Syrian military */
    EXPECT_EVENTS("1 The the DET DT 3 det\n"
                  "2 Syrian Syrian ADJ JJ 3 amod\n"
                  "3 army army NOUN NN 4 nsubj\n"
                  "4 retreated retreat VERB VBD 0 root\n"
                  "\n"
                  "1 ISIS ISIS PROPN NNP 2 nsubj\n"
                  "2 destroyed destroy VERB VBD 0 root\n"
                  "3 two two NUM CD 5 nummod\n"
                  "4 armoured armoured ADJ JJ 5 amod\n"
                  "5 vehicles vehicle NOUN NNS 2 obj\n",
                  &D2017, "SYRMIL>-:0874 IMGISI>SYRMIL:190");
}

TEST(coder_places_requests_and_reports) {
    /* a capital compounding a plain noun is where, not who */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 backed back VERB VBD 0 root\n"
                  "3 the the DET DT 5 det\n"
                  "4 Ankara Ankara PROPN NNP 5 compound\n"
                  "5 talks talk NOUN NNS 2 obj\n",
                  &D2017, "IRN>-:051");
    /* a to-clause attached to the object of a request is not done */
    EXPECT_EVENTS("1 France France PROPN NNP 2 nsubj\n"
                  "2 urged urge VERB VBD 0 root\n"
                  "3 Russia Russia PROPN NNP 2 obj\n"
                  "4 to to PART TO 5 mark\n"
                  "5 attack attack VERB VB 3 acl\n"
                  "6 Syria Syria PROPN NNP 5 obj\n",
                  &D2017, "FRA>RUS:020");
    /* "..., Turkey said": the reporter of a negated event states nothing */
    EXPECT_EVENTS("1 Israel Israel PROPN NNP 4 nsubj\n"
                  "2 did do AUX VBD 4 aux\n"
                  "3 not not PART RB 4 advmod\n"
                  "4 attack attack VERB VB 0 root\n"
                  "5 Syria Syria PROPN NNP 4 obj\n"
                  "6 , , PUNCT , 8 punct\n"
                  "7 Turkey Turkey PROPN NNP 8 nsubj\n"
                  "8 said say VERB VBD 4 parataxis\n",
                  &D2017, "");
    /* "warned X against attacking": not done */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 warned warn VERB VBD 0 root\n"
                  "3 Turkey Turkey PROPN NNP 2 obj\n"
                  "4 against against SCONJ IN 5 mark\n"
                  "5 attacking attack VERB VBG 2 advcl\n"
                  "6 Syria Syria PROPN NNP 5 obj\n",
                  &D2017, "");
}

TEST(matcher_acronyms_need_capitals) {
    /* "Kim Jong Un" is not the UN */
    EXPECT_EVENTS("1 Kim Kim PROPN NNP 4 nsubj\n"
                  "2 Jong Jong PROPN NNP 1 flat\n"
                  "3 Un Un PROPN NNP 1 flat\n"
                  "4 criticized criticize VERB VBD 0 root\n"
                  "5 Japan Japan PROPN NNP 4 obj\n",
                  &D2017, "");
    EXPECT_EVENTS("1 The the DET DT 2 det\n"
                  "2 UN UN PROPN NNP 3 nsubj\n"
                  "3 criticized criticize VERB VBD 0 root\n"
                  "4 Iran Iran PROPN NNP 3 obj\n",
                  &D2017, "IGOUNO>IRN:112");
}

TEST(coder_survives_broken_trees) {
    /* cycles, out-of-range heads and missing relations code nothing and do
     * not loop (under ASan in make test SAN=1) */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 attacked attack VERB VBD 3 conj\n"
                  "3 Turkey Turkey PROPN NNP 2 obj\n"
                  "4 and and CCONJ CC 99 cc\n"
                  "5 Iran Iran PROPN NNP 5 appos\n"
                  "6 x x X _ -7 _\n",
                  &D2017, "RUS>TUR:190");
    EXPECT_EVENTS("1 Russia _ _ _ 0 _\n2 attacked _ _ _ 0 _\n3 Turkey _ _ _ 0 _\n", &D2017, "");
}

TEST(coder_event_nouns_in_negated_phrases) {
    /* "Iran made no reference to the attack by Russia on Syria" */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 made make VERB VBD 0 root\n"
                  "3 no no DET DT 4 det\n"
                  "4 reference reference NOUN NN 2 obj\n"
                  "5 to to ADP IN 7 case\n"
                  "6 the the DET DT 7 det\n"
                  "7 attack attack NOUN NN 4 nmod\n"
                  "8 by by ADP IN 9 case\n"
                  "9 Russia Russia PROPN NNP 7 nmod\n"
                  "10 on on ADP IN 11 case\n"
                  "11 Syria Syria PROPN NNP 7 nmod\n",
                  &D2017, "");
    /* the same attack mentioned plainly is coded (with its target: a
     * fighting noun that names none is background) */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 made make VERB VBD 0 root\n"
                  "3 a a DET DT 4 det\n"
                  "4 reference reference NOUN NN 2 obj\n"
                  "5 to to ADP IN 7 case\n"
                  "6 the the DET DT 7 det\n"
                  "7 attack attack NOUN NN 4 nmod\n"
                  "8 by by ADP IN 9 case\n"
                  "9 Russia Russia PROPN NNP 7 nmod\n"
                  "10 on on ADP IN 11 case\n"
                  "11 Syria Syria PROPN NNP 7 nmod\n",
                  &D2017, "RUS>SYR:190");
}

TEST(coder_events_inside_negated_references) {
    /* "The statement made no reference to the sieges of Syria, which are
     * threatening Turkey": the parser hung the sieges on the verb as a second
     * object; the relative clause is inside the absent reference */
    EXPECT_EVENTS("1 The the DET DT 2 det\n"
                  "2 statement statement NOUN NN 3 nsubj\n"
                  "3 made make VERB VBD 0 root\n"
                  "4 no no DET DT 5 det\n"
                  "5 reference reference NOUN NN 3 obj\n"
                  "6 to to ADP IN 8 case\n"
                  "7 the the DET DT 8 det\n"
                  "8 attacks attack NOUN NNS 3 obj\n"
                  "9 of of ADP IN 10 case\n"
                  "10 Syria Syria PROPN NNP 8 nmod\n"
                  "11 , , PUNCT , 14 punct\n"
                  "12 which which PRON WDT 14 nsubj\n"
                  "13 are be AUX VBP 14 aux\n"
                  "14 threatening threaten VERB VBG 8 acl:relcl\n"
                  "15 Turkey Turkey PROPN NNP 14 obj\n",
                  &D2017, "");
    /* the same relative clause under a plain reference is coded */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 made make VERB VBD 0 root\n"
                  "3 a a DET DT 4 det\n"
                  "4 reference reference NOUN NN 2 obj\n"
                  "5 to to ADP IN 6 case\n"
                  "6 Syria Syria PROPN NNP 4 nmod\n"
                  "7 , , PUNCT , 10 punct\n"
                  "8 which which PRON WDT 10 nsubj\n"
                  "9 is be AUX VBZ 10 aux\n"
                  "10 threatening threaten VERB VBG 6 acl:relcl\n"
                  "11 Turkey Turkey PROPN NNP 10 obj\n",
                  &D2017, "SYR>TUR:138");
    /* "Iran did not mention that Russia attacked Turkey" */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 4 nsubj\n"
                  "2 did do AUX VBD 4 aux\n"
                  "3 not not PART RB 4 advmod\n"
                  "4 mention mention VERB VB 0 root\n"
                  "5 that that SCONJ IN 7 mark\n"
                  "6 Russia Russia PROPN NNP 7 nsubj\n"
                  "7 attacked attack VERB VBD 4 ccomp\n"
                  "8 Turkey Turkey PROPN NNP 7 obj\n",
                  &D2017, "");
    /* "It did not explain why Russia withdrew from Syria" */
    EXPECT_EVENTS("1 It it PRON PRP 4 nsubj\n"
                  "2 did do AUX VBD 4 aux\n"
                  "3 not not PART RB 4 advmod\n"
                  "4 explain explain VERB VB 0 root\n"
                  "5 why why ADV WRB 7 advmod\n"
                  "6 Russia Russia PROPN NNP 7 nsubj\n"
                  "7 withdrew withdraw VERB VBD 4 ccomp\n"
                  "8 from from ADP IN 9 case\n"
                  "9 Syria Syria PROPN NNP 7 obl\n",
                  &D2017, "");
    /* "There was no reference to Russia's attack, which killed ..." with a
     * verb in a relative clause of the content */
    EXPECT_EVENTS("1 There there PRON EX 2 expl\n"
                  "2 was be VERB VBD 0 root\n"
                  "3 no no DET DT 4 det\n"
                  "4 reference reference NOUN NN 2 nsubj\n"
                  "5 to to ADP IN 6 case\n"
                  "6 troops troop NOUN NNS 4 nmod\n"
                  "7 that that PRON WDT 8 nsubj\n"
                  "8 attacked attack VERB VBD 6 acl:relcl\n"
                  "9 Turkey Turkey PROPN NNP 8 obj\n",
                  &D2017, "");
    /* "Iran avoided any reference to Syria, which attacked Turkey" */
    EXPECT_EVENTS("1 Iran Iran PROPN NNP 2 nsubj\n"
                  "2 avoided avoid VERB VBD 0 root\n"
                  "3 any any DET DT 4 det\n"
                  "4 reference reference NOUN NN 2 obj\n"
                  "5 to to ADP IN 6 case\n"
                  "6 Syria Syria PROPN NNP 4 nmod\n"
                  "7 which which PRON WDT 8 nsubj\n"
                  "8 attacked attack VERB VBD 6 acl:relcl\n"
                  "9 Turkey Turkey PROPN NNP 8 obj\n",
                  &D2017, "");
    /* the subject's own relative clause is outside the reference:
     * "Syria, which attacked Turkey, made no reference to Iran" */
    EXPECT_EVENTS("1 Syria Syria PROPN NNP 6 nsubj\n"
                  "2 which which PRON WDT 3 nsubj\n"
                  "3 attacked attack VERB VBD 1 acl:relcl\n"
                  "4 Turkey Turkey PROPN NNP 3 obj\n"
                  "5 , , PUNCT , 3 punct\n"
                  "6 made make VERB VBD 0 root\n"
                  "7 no no DET DT 8 det\n"
                  "8 reference reference NOUN NN 6 obj\n"
                  "9 to to ADP IN 10 case\n"
                  "10 Iran Iran PROPN NNP 8 nmod\n",
                  &D2017, "SYR>TUR:190");
}

TEST(coder_perception_verbs_keep_the_action) {
    /* "a video showing Syrian troops shelling Iraq": the troops shelled */
    EXPECT_EVENTS("1 ISIS ISIS PROPN NNP 2 nsubj\n"
                  "2 posted post VERB VBD 0 root\n"
                  "3 video video NOUN NN 2 obj\n"
                  "4 showing show VERB VBG 2 advcl\n"
                  "5 Syrian Syrian ADJ JJ 6 amod\n"
                  "6 troops troop NOUN NNS 4 obj\n"
                  "7 shelling shell VERB VBG 4 xcomp\n"
                  "8 Iraq Iraq PROPN NNP 7 obj\n",
                  &D2017, "SYRMIL>IRQ:190");
}

TEST(coder_conjoined_modifiers_share_the_role) {
    /* "Iranian and Iraqi officials met": IRNGOV and IRQGOV, both ways */
    EXPECT_EVENTS("1 Iranian Iranian ADJ JJ 4 amod\n"
                  "2 and and CCONJ CC 3 cc\n"
                  "3 Iraqi Iraqi ADJ JJ 1 conj\n"
                  "4 officials official NOUN NNS 5 nsubj\n"
                  "5 met meet VERB VBD 0 root\n",
                  &D2017, "IRNGOV>IRQGOV:040 IRQGOV>IRNGOV:040");
}

TEST(coder_violent_nouns_and_own_forces) {
    /* "the attack on Syria by Russia" vs "the attack of ... ": for violent
     * event nouns "of" is the victim */
    EXPECT_EVENTS("1 Turkey Turkey PROPN NNP 2 nsubj\n"
                  "2 reported report VERB VBD 0 root\n"
                  "3 the the DET DT 4 det\n"
                  "4 attack attack NOUN NN 2 obj\n"
                  "5 of of ADP IN 6 case\n"
                  "6 Syria Syria PROPN NNP 4 nmod\n"
                  "7 by by ADP IN 8 case\n"
                  "8 Russia Russia PROPN NNP 4 nmod\n",
                  &D2017, "RUS>SYR:190");
    /* the first token of a phrase need not be its head: "the United
     * Nations" is a phrase; in "The United Nations envoy" "The" hangs on
     * "envoy" */
    EXPECT_EVENTS("1 The the DET DT 4 det\n"
                  "2 United United PROPN NNP 3 compound\n"
                  "3 Nations Nations PROPN NNPS 4 compound\n"
                  "4 envoy envoy NOUN NN 5 nsubj\n"
                  "5 criticized criticize VERB VBD 0 root\n"
                  "6 Iran Iran PROPN NNP 5 obj\n",
                  &D2017, "IGOUNO>IRN:112");
}

TEST(coder_countries_named_as_places_are_not_remembered) {
    /* "Fighting raged on the Iraq border. Syria attacked armored vehicles.":
     * the vehicles are nobody's in particular, not Iraq's */
    EXPECT_EVENTS("1 Fighting fighting NOUN NN 2 nsubj\n"
                  "2 raged rage VERB VBD 0 root\n"
                  "3 on on ADP IN 6 case\n"
                  "4 the the DET DT 6 det\n"
                  "5 Iraq Iraq PROPN NNP 6 compound\n"
                  "6 border border NOUN NN 2 obl\n"
                  "\n"
                  "1 Syria Syria PROPN NNP 2 nsubj\n"
                  "2 attacked attack VERB VBD 0 root\n"
                  "3 armored armored ADJ JJ 4 amod\n"
                  "4 vehicles vehicle NOUN NNS 2 obj\n",
                  &D2017, "SYR>-:190");
    /* a country as an actor is remembered: "Iraq protested. Rebels attacked
     * the army." -> IRQMIL */
    EXPECT_EVENTS("1 Iraq Iraq PROPN NNP 2 nsubj\n"
                  "2 protested protest VERB VBD 0 root\n"
                  "\n"
                  "1 Rebels rebel NOUN NNS 2 nsubj\n"
                  "2 attacked attack VERB VBD 0 root\n"
                  "3 the the DET DT 4 det\n"
                  "4 army army NOUN NN 2 obj\n",
                  &D2017, "IRQREB>IRQMIL:190");
}

TEST(coder_between_and_appositions_of_people) {
    /* "a position agreed between Lavrov and Tillerson" with "between" made
     * the oblique itself, and Tillerson an apposition of Lavrov: two
     * people of different countries are two actors */
    EXPECT_EVENTS("1 a a DET DT 2 det\n"
                  "2 position position NOUN NN 0 root\n"
                  "3 agreed agree VERB VBN 2 acl\n"
                  "4 between between ADP IN 3 obl\n"
                  "5 Lavrov Lavrov PROPN NNP 4 obl\n"
                  "6 and and CCONJ CC 8 cc\n"
                  "7 President President PROPN NNP 8 compound\n"
                  "8 Trump Trump PROPN NNP 5 appos\n",
                  &D2017, "RUSGOV>USAGOV:030 USAGOV>RUSGOV:030");
}

TEST(coder_intransitive_pattern_only_without_object) {
    /* "143 strike -" (a labour strike) and "190 strike" tie; the object
     * decides */
    EXPECT_EVENTS("1 Israel Israel PROPN NNP 2 nsubj\n"
                  "2 struck strike VERB VBD 0 root\n"
                  "3 Syria Syria PROPN NNP 2 obj\n",
                  &D2017, "ISR>SYR:190");
    EXPECT_EVENTS("1 France France PROPN NNP 2 nsubj\n"
                  "2 struck strike VERB VBD 0 root\n"
                  "3 on on ADP IN 4 case\n"
                  "4 Monday Monday PROPN NNP 2 obl\n",
                  &D2017, "FRACVL>FRAGOV:143"); /* (a protest: against its own government) */
}

TEST(coder_topic_country_is_not_remembered) {
    /* "Trump made no reference to the discussion on Syria, telling
     * reporters": Syria is a topic, not the recipient; the telling is a
     * statement, and the press it is told to is its audience, no
     * recipient (since session 25; before, USAMED) */
    EXPECT_EVENTS("1 Trump Trump PROPN NNP 2 nsubj\n"
                  "2 made make VERB VBD 0 root\n"
                  "3 no no DET DT 4 det\n"
                  "4 reference reference NOUN NN 2 obj\n"
                  "5 to to ADP IN 7 case\n"
                  "6 the the DET DT 7 det\n"
                  "7 discussion discussion NOUN NN 4 nmod\n"
                  "8 on on ADP IN 9 case\n"
                  "9 Syria Syria PROPN NNP 7 nmod\n"
                  "10 , , PUNCT , 11 punct\n"
                  "11 telling tell VERB VBG 2 advcl\n"
                  "12 reporters reporter NOUN NNS 11 obj\n",
                  &D2017, "USAGOV>-:010");
    /* "about" always marks a topic */
    EXPECT_EVENTS("1 Trump Trump PROPN NNP 2 nsubj\n"
                  "2 spoke speak VERB VBD 0 root\n"
                  "3 about about ADP IN 4 case\n"
                  "4 Syria Syria PROPN NNP 2 obl\n"
                  "\n"
                  "1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 attacked attack VERB VBD 0 root\n"
                  "3 troops troop NOUN NNS 2 obj\n",
                  &D2017, "RUS>-:190");
}

TEST(coder_perception_verb_passes_to_the_action) {
    /* "ISIS showed its forces destroying two armored vehicles" with the
     * action an advcl of "showed": no 150 show of force, the destruction */
    EXPECT_EVENTS("1 ISIS ISIS PROPN NNP 2 nsubj\n"
                  "2 showed show VERB VBD 0 root\n"
                  "3 its its PRON PRP$ 4 nmod:poss\n"
                  "4 forces force NOUN NNS 2 obj\n"
                  "5 destroying destroy VERB VBG 2 advcl\n"
                  "6 two two NUM CD 8 nummod\n"
                  "7 armored armored ADJ JJ 8 amod\n"
                  "8 vehicles vehicle NOUN NNS 5 obj\n",
                  &D2017, "IMGISI>-:190");
    /* with the action an acl of the object: "ISIS showed Syrian troops
     * attacking Turkey" is the troops' attack, not ISIS's show of force
     * to Syria */
    EXPECT_EVENTS("1 ISIS ISIS PROPN NNP 2 nsubj\n"
                  "2 showed show VERB VBD 0 root\n"
                  "3 Syrian Syrian ADJ JJ 4 amod\n"
                  "4 forces force NOUN NNS 2 obj\n"
                  "5 attacking attack VERB VBG 4 acl\n"
                  "6 Turkey Turkey PROPN NNP 5 obj\n",
                  &D2017, "SYRMIL>TUR:190");
    /* without an action it is a show of force */
    EXPECT_EVENTS("1 Russia Russia PROPN NNP 2 nsubj\n"
                  "2 showed show VERB VBD 0 root\n"
                  "3 strength strength NOUN NN 2 obj\n",
                  &D2017, "RUS>-:150");
}

TEST(coder_participle_amod_misparse_has_its_compound_subject) {
    /* "the Islamic State captured town" parsed as one noun phrase ("State"
     * a compound, "captured" an amod of "town"), as the parser did with
     * "the Islamic State posted video on Friday" */
    EXPECT_EVENTS("1 the the DET DT 3 det\n"
                  "2 Islamic Islamic ADJ NNP 3 amod\n"
                  "3 State State PROPN NNP 5 compound\n"
                  "4 captured capture VERB VBN 5 amod\n"
                  "5 town town NOUN NN 0 root\n",
                  &D2017, "IMGISI>-:190");
    /* a real participle adjective has no subject: "the captured town" */
    EXPECT_EVENTS("1 the the DET DT 3 det\n"
                  "2 captured capture VERB VBN 3 amod\n"
                  "3 town town NOUN NN 0 root\n",
                  &D2017, "");
}
