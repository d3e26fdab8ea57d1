#!/bin/sh
# `dyad code` with the shipped dictionaries and models on plain text: senses
# that conflict news depends on.
. tests/e2e/lib.sh
code() { printf '%s\n' "$1" | "$DYAD" code -q --date 2024-03-03 --format tsv | awk -F'\t' 'NR > 1 {print $7 ">" $12 ":" $17}'; }
check code_attack_on_positions_is_assault "SYRMIL>SYRREB:190" \
    "$(code 'Syrian government forces attacked rebel positions in Idlib.')"
check code_attack_on_a_policy_is_criticism "RUSGOV>:111" \
    "$(code 'Moscow attacked the new policy.')"
# No document date: a phrase whose every sense is bounded in time ("the
# Assad regime", "pro-Assad forces", 2011..2024) still names that actor;
# it used to name nobody, so that "regime's military" took the country
# mentioned last (North Korea here) and "Pro-Assad forces" coded nothing.
undated() { printf '%s\n' "$1" | "$DYAD" code -q --format tsv | awk -F'\t' 'NR > 1 {print $7 ">" $12 ":" $17}'; }
check code_bounded_senses_without_date "SYRMIL>:192
SYRMIL>IMGISI:190" \
    "$(undated 'Trump spoke about Syria and North Korea.

The Assad regime’s military said it had taken the town.

Pro-Assad forces attacked ISIS.' | grep -v '^USA')"
# A capital or country that is part of a person's name ("Valeska Paris"),
# or that name's last word later in the document ("Paris claims"), is the
# person, not the government; the capital elsewhere keeps its sense.
actors() { printf '%s\n' "$1" | "$DYAD" code -q --date 2015-01-01 --format tsv | awk -F'\t' 'NR > 1 {print $7}' | sort -u | tr '\n' ' '; }
check code_person_named_like_a_capital "AUSREL " \
    "$(actors 'Valeska Paris, an Australian woman, has claimed that the church imprisoned her.

Paris claims she was first sent to the ship aged eighteen.')"
check code_capital_still_a_government "FRAGOV " \
    "$(actors 'French President Emmanuel Macron met the press. Paris condemned the attack.')"
# discards.txt: sports results are no attacks; the next sentence still codes
check code_sports_sentence_discarded "RUS>UKR:190" \
    "$(code 'Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0.
Russia attacked Ukraine.')"
# Recipients: "tanks to Ukraine" are not Ukraine's tanks (only of-, from-
# and in-phrases name a role's country: "police in Caracas"); the subject
# of a that-clause is asked to act; "hours of talks" are talks; a role
# with no country yet takes the sentence's first country.
check code_to_phrase_is_the_recipient "USA>UKR:072" \
    "$(code 'The United States delivered the first Abrams tanks to Ukraine.')"
# (an opposition lawmaker is a lawmaker, LEG: three gold rows of three)
check code_role_in_a_city_has_its_country "VENCOP>VENLEG:173" \
    "$(code 'Police in Caracas detained an opposition lawmaker on Monday.')"
check code_that_clause_subject_is_the_recipient "ISR>PSEREB:1053" \
    "$(code 'Israel demanded that Hamas immediately free all the hostages held in Gaza.')"
check code_measured_object "USAGOV>CHNGOV:046
CHNGOV>USAGOV:046" \
    "$(code 'US President Joe Biden and Chinese President Xi Jinping held four hours of talks near San Francisco on Wednesday.')"
check code_role_takes_the_sentence_country "KENCVL>KENLEG:145" \
    "$(code "Protesters stormed Kenya's parliament in Nairobi on Tuesday.")"
# Gunmen of no stated side are UAF, whatever country the text is about;
# other roles take the country of the sentence's place ("in Lagos").
check code_gunmen_are_uaf "UAF>NGACVL:181" \
    "$(code 'Gunmen abducted 280 pupils in Nigeria.')"
check code_gunmen_with_a_country "NGAUAF>NGACVL:181" \
    "$(code 'Nigerian gunmen abducted 280 pupils.')"
check code_role_takes_the_place_country "NGACOP>NGACVL:173" \
    "$(code 'Policemen arrested the protesters in Lagos.')"
# The last resort for a recipient: an actor in a to/with/against/on phrase
# of the verb, its complement or its object.
check code_phrase_recipient_of_the_verb "UKRGOV>IGONAT:0232" \
    "$(code 'Ukrainian President Volodymyr Zelensky appealed to NATO for fighter jets and air defence systems.')"
check code_phrase_recipient_of_the_complement "USA>ISR:1311" \
    "$(code 'The United States threatened to cut military aid to Israel unless more supplies reached Gaza.')"
# What describes another event's object, or is the phrase its pattern
# requires, is no event of its own.
check code_object_description_is_no_event "USA>IGOUNOSEC:129" \
    "$(code 'The United States vetoed a Security Council resolution calling for a humanitarian ceasefire in Gaza.')"
check code_required_phrase_noun_is_no_event "UKR>RUS:127" \
    "$(code 'Ukraine rejected a Russian peace plan that would require it to give up four regions.')"
# A person out of office with a role: country + the role's sector; the
# opposition of the actor's own country is a target.
check code_former_president_is_elite "KORJUD>KORELI:112" \
    "$(code 'South Korean prosecutors accused former President Moon Jae-in of accepting bribes.')"
check code_own_opposition_is_a_target "BLR>BLROPP:1243" \
    "$(code 'Belarus refused to release opposition leader Maria Kolesnikova.')"
# Compound lemmas in patterns ("stage obj=hunger-strike" over "stage
# obj=strike"); plurals the lemmatiser kept ("troops"); a light verb's
# object owned through "its"/"their" is the actor's own.
check code_compound_lemma "EGYOPP>EGYGOV:142" \
    "$(code 'Egyptian activists staged a hunger strike in Cairo.')"
check code_plural_object_and_own_troops "JPN>:152" \
    "$(code 'Japan put its troops on alert.')"
check code_own_alert_level "DEUCOP>:151" \
    "$(code 'German police raised their alert level.')"
# A past participle with neither subject nor auxiliary is passive: the
# noun it hangs on was jailed, it did not jail.
check code_passive_participle_has_no_doer "EGYMED>EGYGOV:142" \
    "$(code 'Jailed Egyptian blogger Alaa Abd el-Fattah began a hunger strike.')"
# A statement participle commenting on its clause's event is part of it.
check code_saying_participle_is_part_of_the_event "TURGOV>PSEREB:052" \
    "$(code 'Turkish President Recep Tayyip Erdogan defended Hamas, saying it was a liberation group and not a terrorist organisation.')"
# A quantity's of-noun is the subject; a to-purpose clause fills a >verb
# item, and its object is not coded again.
check code_quantity_subject_and_purpose "SRBCVL>SRBGOV:1411" \
    "$(code 'Tens of thousands of Serbians rallied in Belgrade on Saturday to demand the resignation of the government.')"
# Former officials are elites (ELI), whatever office the name holds now.
check code_former_official_is_elite "MEX>BOLELI:075" \
    "$(code 'Mexico granted political asylum to former Bolivian President Evo Morales.')"
check code_former_before_the_group "KENELI>CODGOV:045
KENELI>CODREB:045" \
    "$(code 'Former Kenyan President Uhuru Kenyatta mediated talks between the Congolese government and rebel groups.')"
# Adjectives of readiness are intent: "ready to hold talks" is 036.
check code_ready_to_is_intent "IRNGOV>USAGOV:036" \
    "$(code 'Iranian Foreign Minister Abbas Araqchi said Tehran was ready to hold indirect talks with Washington.')"
# "Iran-backed" describes the rebels; it is no support event of theirs.
check code_backed_compound_is_no_event "YEMREB>:190" \
    "$(code 'Iran-backed Houthi rebels attacked a ship in the Red Sea.')"
# A sentence reporting an event has it as its event: no statement for the
# attribution, no events from its background clauses.
check code_attribution_is_no_event "DEU>UKR:072" \
    "$(code 'Germany has delivered an air defence system to Ukraine, the defence ministry said on Wednesday.')"
check code_background_clause_is_no_event "THA>KHM:0871
KHM>THA:0871" \
    "$(code 'Thailand and Cambodia agreed on Monday to an immediate ceasefire, ending five days of fighting that killed at least 35 people.')"
# The participle repair works in a clause of its own before an attribution
# (reported by the other side's officials: against their country).
check code_participle_before_attribution "RUSMIL>UKR:194" \
    "$(code 'Russian forces shelled Kharkiv overnight, Ukrainian officials said.')"
# Objects in coordination; compound lemmas past other modifiers ("joint
# military exercise"); mass killing and expulsion by their numbers.
check code_coordinated_object "TURMIL>IMGISI:190" \
    "$(code 'Turkish troops launched a ground and air offensive against the Islamic State in northern Syria.')"
check code_joint_exercise "EGYMIL>SDNMIL:062
SDNMIL>EGYMIL:062" \
    "$(code 'Egyptian and Sudanese troops began a joint military exercise in Sudan on Wednesday.')"
check code_mass_killing_by_number "UAF>NGACVL:202" \
    "$(code 'Gunmen killed at least 100 people in an overnight attack on a village in Nigeria.')"
# The same actor's same event, with and without a recipient: once.
check code_same_event_once "INDGOV>UKR:042" \
    "$(code 'Indian Prime Minister Narendra Modi arrived in Kyiv by train on Friday, the first visit by an Indian leader since the war began.')"
# Bare "Congress" is the legislature of its context's country.
check code_congress_of_its_context "BRACVL>BRALEG:145
BRACVL>BRAJUD:145" \
    "$(code 'Thousands of Brazilian rioters stormed Congress and the Supreme Court.')"
# A that-clause's subject is who a demand addresses.
check code_demand_addressee "IGOUNOSEC>RWA:1056" \
    "$(code 'The U.N. Security Council demanded on Friday that Rwanda withdraw its troops from eastern Congo.')"
check code_request_that_clause "TURGOV>SWE:100" \
    "$(code 'Turkish President Tayyip Erdogan demanded on Monday that Sweden extradite some 130 people.')"
# An order of an event noun is that event.
check code_ordered_event_noun "RUSGOV>:154" \
    "$(code 'Russian President Vladimir Putin ordered a military mobilisation on Wednesday.')"
# A conflict target that is no actor stands in a country that is.
check code_target_located_in_a_country "IND>PAK:195" \
    "$(code 'India launched missile strikes on nine sites in Pakistan on Wednesday.')"
# A final attribution the parser hung inside the main clause is repaired.
check code_attribution_repaired "DEU>UKR:072" \
    "$(code 'Germany has delivered an air defence system to Ukraine, Defence Minister Christine Lambrecht said on Wednesday.')"
# Denying that one did something is 016, not nothing.
check code_denied_that "RWAGOV>:016" \
    "$(code "Rwanda's government on Tuesday denied that its troops were fighting alongside M23 rebels in eastern Congo.")"
# A three-letter acronym of a national armed group needs its country named
# ("IMU" is also Italy's property tax); "department" is a government role.
check code_acronym_with_its_country "TURREB>TURMIL:190" \
    "$(code 'PKK militants attacked a Turkish army post.')"
check code_acronym_without_its_country "" \
    "$(code 'Italian schools said the IMU tax hurt them.' | grep UZB)"
check code_department_is_government "USAGOV>:010" \
    "$(code 'The U.S. Department of Agriculture said ozone damages crops.')"
# What an actor will do is its intent or its threat.
check code_future_is_intent "GBR>UKR:033" \
    "$(code 'Britain will send 14 Challenger 2 tanks to Ukraine, the prime minister said on Saturday.')"
check code_future_attack_is_threat "ISR>IRN:138" \
    "$(code 'Israel will strike Iran hard, the defence minister said on Sunday.')"
# "talks on northern Syria" are about Syria; "while" contrasts two events.
check code_topic_is_no_recipient "TURGOV>RUSGOV:040
TURGOV>:036" \
    "$(code 'Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov in Istanbul on Saturday, and the two ministers agreed to hold a new round of talks on northern Syria later this month.')"
check code_while_contrasts "POL>:051
HUN>:127" \
    "$(code 'Poland and the Baltic states welcomed the decision, while Hungary rejected the plan.')"
# An attribution that reports no event is no event either ("..., the agency
# said" after a flood), nor a "said" in a relative clause.
check code_bare_attribution_is_no_event "" \
    "$(code 'Floods have killed more than 40 people in northern Ghana, the national disaster agency said.')"
check code_quotation_is_a_statement "TURGOV>:010" \
    "$(code '"The economy is growing," the Turkish finance minister said.')"
# Objects behind measure and part nouns, and the to-phrase of such a noun.
check code_object_behind_a_measure "BRA>BOL:070" \
    "$(code 'Brazil sent 20 tonnes of medical supplies to Bolivia on Monday.')"
check code_object_behind_a_part "CAN>UKR:072" \
    "$(code 'Canada delivered the first of six helicopters to Ukraine.')"
check code_to_phrase_of_a_measure_noun "CHLGOV>TURGOV:018" \
    "$(code 'The Chilean president sent a message of condolence to the Turkish president.')"
# "claimed responsibility" is the event, not an attribution; the rally is
# only where the bombing happened.
check code_setting_noun_is_no_event "PAKREB>:015" \
    "$(code 'The Pakistani Taliban claimed responsibility for the bombing at a rally in Peshawar.')"
# A visit goes to the country whose capital it names.
check code_visit_to_a_capital_is_the_country "ESPGOV>MAR:042" \
    "$(code 'The Spanish prime minister arrived in Rabat on Monday.')"
# An event noun performed by a light verb's subject, with its own phrases.
check code_performed_event_noun "RUSMIL>JPN:150" \
    "$(code "Russia's military launched naval drills around Japan on Friday.")"
# A clause opening with "after", wherever the parser hung it, and the
# reason for blame are background to the main event.
check code_after_clause_is_background "KENGOV>:1723" \
    "$(code "Kenya's government imposed a curfew in the city after 20 people were killed in clashes between police and protesters.")"
check code_reason_clause_is_background "FRAGOV>ITA:111" \
    "$(code 'The French president criticised Italy for refusing to let a rescue ship dock.')"
# The author of a rejected proposal ("a proposal by the German
# chancellor") receives the rejection; what is signed jointly is
# reciprocal; a conflict target that is a place abroad is its country.
check code_by_phrase_owner_is_the_recipient "RUSGOV>DEUGOV:127" \
    "$(code 'The Kremlin rejected a proposal by the German chancellor for a ceasefire.')"
check code_joint_statement_is_reciprocal "KENGOV>ETHGOV:057
ETHGOV>KENGOV:057" \
    "$(code 'The Kenyan and Ethiopian presidents signed a joint statement in Nairobi on Monday.')"
check code_target_place_abroad_is_its_country "ISR>PSE:195" \
    "$(code 'Israel launched waves of air strikes across the Gaza Strip on Tuesday.')"
# Pausing aid; aid behind "most of"; the grievance ("over ...") and an
# event noun in a temporal phrase ("days after a meeting") are background.
check code_pause_military_aid "DEU>NER:1622" \
    "$(code 'Germany paused all military aid to Niger on Monday.')"
check code_over_phrase_is_background "NLD>RWA:1621" \
    "$(code 'The Netherlands suspended most of its financial aid to Rwanda over its support for the rebels.')"
check code_temporal_event_noun_is_background "CHN>JPN:081" \
    "$(code 'China lifted its ban on Japanese seafood on Friday, days after a meeting between the two foreign ministers.')"
# What an order brings about is done by who gave it; the mobilised are no
# actors of their own mobilisation.
dated() { printf '%s\n' "$2" | "$DYAD" code -q --date "$1" --format tsv | awk -F'\t' 'NR > 1 {print $7 ">" $12 ":" $17}'; }
check code_ordered_mobilisation_of_reservists "BLRGOV>:154" \
    "$(dated 2022-09-22 'Belarusian President Alexander Lukashenko ordered the mobilisation of army reservists on Thursday.')"
check code_ordered_own_countrys_mobilisation "KAZGOV>:154" \
    "$(dated 2022-09-22 "Kazakh President Kassym-Jomart Tokayev ordered Kazakhstan's first mobilisation since independence.")"
# "shot" read as a noun ("gunman shot") is the verb; an attack on a
# leader is an attempt to assassinate.
check code_attack_on_a_leader "UAF>SVKGOV:185" \
    "$(dated 2024-05-15 'A gunman shot Slovak Prime Minister Robert Fico several times outside a cultural centre.')"
# A protest with no target named is against the protesters' own
# government, and a people that demonstrates is its civilians.
check code_protest_is_against_the_government "HUNCVL>HUNGOV:141" \
    "$(code 'Thousands of Hungarians rallied in Budapest on Sunday.')"
# A preposition the parser made the phrase's head still names the recipient.
check code_preposition_headed_phrase "ROUCOP>ROUELI:090" \
    "$(code "Romania's police opened an investigation into former President Traian Basescu over corruption.")"
# A warning addressed to an actor is a threat; a withdrawal from an
# organisation names it as the recipient (verb or noun).
check code_warning_to_an_actor_is_a_threat "VEN>GUY:130" \
    "$(code 'Venezuela warned Guyana of consequences on Monday.')"
check code_withdrawal_from_an_organisation "BDI>IGOICC:160" \
    "$(code 'Burundi withdrew from the International Criminal Court.')"
check code_withdrawal_noun_from_an_organisation "NIC>IGOOAS:160" \
    "$(code 'Nicaragua announced its withdrawal from the Organization of American States.')"
# An ultimatum given as a time ("one week to reinstate ..."), to the other
# object; a junta is the military; sanctions adopted; a person handed over.
check code_time_ultimatum "IGOWAF>NERMIL:139" \
    "$(code 'ECOWAS gave the junta in Niger one week to reinstate President Mohamed Bazoum.')"
check code_sanctions_adopted "IGOEUR>BLR:163" \
    "$(code 'The European Union adopted a new package of sanctions against Belarus.')"
check code_person_handed_over "PHL>IGOICC:063" \
    "$(code 'The Philippines handed former President Rodrigo Duterte over to the International Criminal Court.')"
# What only might happen is no event: could/might/may, conditions; who
# flies a thing somewhere makes no visit.
check code_possible_meeting_is_no_event "" \
    "$(code 'A meeting between the Indian and Chinese foreign ministers could take place next week.')"
check code_condition_is_no_event "PRK>KOR:138" \
    "$(code 'North Korea threatened to destroy South Korea if attacked.')"
check code_carried_thing_is_no_visit "USA>VEN:1711" \
    "$(code 'U.S. agents seized a Venezuelan plane and flew it to Florida.')"
# An -ing clause of an intended, not done, event is not done either.
check code_clause_of_an_intended_event "GEOCVL>GEOGOV:111" \
    "$(code "Georgian protesters denounced the government's decision to suspend talks on joining the European Union.")"
# "a general strike" has no officer in it.
check code_general_strike_has_no_general "FRALAB>FRAGOV:143" \
    "$(code 'French unions held a general strike against the pension reform on Tuesday.')"
# "a ground offensive" is an offensive.
check code_ground_offensive "ISR>LBNREB:190" \
    "$(code 'Israel launched a ground offensive against Hezbollah in southern Lebanon.')"
# "shot" read as a preposition; a World Cup won on penalties is sport.
check code_troops_shot_protesters "ISRMIL>PSECVL:1823" \
    "$(dated 2018-05-14 'Israeli soldiers shot dead a Palestinian protester near the Gaza fence.')"
check code_world_cup_on_penalties_is_sport "" \
    "$(code 'Argentina beat France 4-2 on penalties to win the World Cup on Sunday.')"
# Drones are forces; a drone that modifies another noun is none.
check code_drones_are_forces "TURMIL>SYRREB:195" \
    "$(code 'Turkish drones struck Kurdish fighters near Qamishli on Friday.')"
check code_drone_attacks_have_no_drone_actor "YEMREB>:015" \
    "$(code "Yemen's Houthi movement claimed responsibility for drone attacks on Saudi oil facilities.")"
# Members of an armed group with a code of its own are the group.
check code_group_members_are_the_group "AFGCOP>AFGREB:173" \
    "$(dated 2019-03-03 'Afghan police arrested three Taliban commanders in Herat.')"
# Targets near a capital abroad: its country.
check code_targets_near_a_capital "ISRMIL>LBN:195" \
    "$(code 'Israeli warplanes struck targets near Beirut on Sunday.')"
# "after" hung on the subject of the clause it opens is still its mark.
check code_after_on_the_subject "FRAGOV>:1724" \
    "$(dated 2015-11-14 'French President Francois Hollande declared a state of emergency across France after gunmen and suicide bombers killed 129 people in Paris.')"
# The phrase of an object's conjunct names the recipient too.
check code_phrase_of_the_object_conjunct "GEOCOP>GEOCVL:175" \
    "$(code 'Georgian riot police fired tear gas and rubber bullets at thousands of protesters in Tbilisi.')"
# Agreeing to restore relations is diplomatic intent (032), the conjoined
# reopening of embassies part of it.
check code_agreed_to_restore_relations "EGY>TUR:032
TUR>EGY:032" \
    "$(code 'Egypt and Turkey agreed on Monday to restore diplomatic relations and reopen their embassies.')"
# A where-clause is a relative clause however the parser hung it; a person
# made a compound across an "and" is a conjunct ("Lavrov and ... Tillerson").
check code_where_clause_is_background "UAF>NGACVL:202" \
    "$(dated 2025-06-15 "Gunmen killed at least 100 people in an overnight attack on the village of Yelwata in Nigeria's Benue state, where many families displaced by earlier violence had taken shelter, Amnesty International said on Saturday.")"
# "would" in reported speech is the actor's stated intent, like "will",
# for diplomatic cooperation (05) too.
check code_reported_would_is_intent "NOR>PSE:032" \
    "$(code 'Norway said on Wednesday it would formally recognise a Palestinian state.')"
check code_reported_would_send_arms "USA>UKR:033" \
    "$(code 'The United States said on Friday it would send cluster munitions to Ukraine.')"
# A noun in -ing parsed as a clause is still the light verb's object.
check code_ing_noun_as_object "SDNREB>SDNCVL:203" \
    "$(dated 2023-12-07 'Secretary of State Antony Blinken said the Rapid Support Forces had carried out ethnic cleansing against civilians in Darfur.')"
# An irregular past the tagger read as a present keeps its verb (a battle
# between armed sides, both ways).
check code_irregular_past_as_present "UKRREB>UKRMIL:190
UKRMIL>UKRREB:190" \
    "$(dated 2018-03-03 'Ukrainian soldiers fought separatists in the Donbas overnight.')"
# A country adjective parsed as a subject of its own shares the role after it.
check code_conjoined_adjective_subject "INDMIL>USAMIL:062
USAMIL>INDMIL:062" \
    "$(code 'Indian and U.S. troops began a two-week joint military exercise in Rajasthan on Monday.')"
# "the city of Kharkiv" abroad is its country, even with its name misparsed.
check code_city_of_a_place_abroad "RUSMIL>UKR:194" \
    "$(code 'Russian forces shelled the city of Kharkiv overnight, Ukrainian officials said.')"
# An attack by a suicide bomber is a suicide bombing.
check code_suicide_bomber_attack "UAF>PAKREL:1831" \
    "$(code 'A suicide bomber attacked a mosque in Peshawar on Friday.')"
# A killing done by an air strike is the strike; a participle with an
# object is no passive ("killed" read as an acl of "strike").
check code_killing_by_an_air_strike "MLIMIL>MLICVL:195" \
    "$(code 'A Malian army drone strike killed at least 20 civilians at a market in the northern Kidal region, local officials said.')"
# "hacked to death" misparsed; fire traded both ways; participation frozen
# in an alliance; a member suspended from an organisation.
check code_hacked_to_death "MOZREB>MOZCVL:1823" \
    "$(code 'Insurgents hacked to death 11 villagers in Cabo Delgado province in northern Mozambique.')"
check code_traded_artillery_fire "SDNMIL>SDNREB:194
SDNREB>SDNMIL:194" \
    "$(code "Sudan's army and the paramilitary Rapid Support Forces traded artillery fire in El Fasher on Saturday.")"
check code_participation_frozen "ARMGOV>IGOCST:160" \
    "$(code "Armenian Prime Minister Nikol Pashinyan froze his country's participation in the Russian-led CSTO military alliance.")"
check code_suspended_from_activities "IGOAFU>GAB:160" \
    "$(code 'The African Union suspended Gabon from all its activities after the military seized power.')"
# What an allegation says is no event; a relative clause's verb does not
# keep the past tense of the main clause from its repair.
check code_content_of_an_allegation "RWA>COD:016" \
    "$(code 'Rwanda denied Congolese accusations that its troops were fighting alongside M23 rebels in North Kivu.')"
check code_police_fired_tear_gas "KENCOP>KENOPP:175" \
    "$(code 'Police in Nairobi fired tear gas at opposition supporters who had gathered in the city centre.')"
# A denial in the main clause is the sentence's event when the rest is
# background ("..., saying it had targeted terrorists").
check code_denial_with_background "MLIMIL>:016" \
    "$(dated 2025-03-16 "Mali's army denied on Sunday that its drone strike near Kidal had killed civilians, saying it had targeted terrorists.")"
# Verbs in coordination share their object.
check code_coordinated_verbs_share_the_object "TURCOP>SYRREF:173
TURCOP>SYRREF:174" \
    "$(code 'Turkish police detained and deported dozens of Syrian refugees on Friday.')"
# A closing attribution ("..., emergency officials said") codes nothing
# when what it reports codes nothing, however the clause before it parsed.
check code_attribution_of_a_natural_disaster "" \
    "$(code "Floods caused by melting glaciers swept away dozens of homes in Kyrgyzstan's Issyk-Kul region on Tuesday, emergency officials said.")"
# A past tense right after a name, read as the name's compound
# ("Al-Shabaab threatened"); stepping up attacks is a threat of force.
check code_threat_to_step_up_attacks "SOMREB>KEN:138" \
    "$(code 'Al-Shabaab threatened on Friday to step up attacks on Kenyan towns.')"
# Military governments and patrols are the military.
check code_military_government "BFAMIL>FRAGOV:161" \
    "$(code "Burkina Faso's military government expelled two French diplomats on Wednesday.")"
check code_military_patrol "VENMIL>GUYMIL:193" \
    "$(code 'Venezuelan soldiers fired on a Guyanese military patrol along the Cuyuni river on Saturday.')"
# A protest's purpose: what it demands is no event of its own; a protest
# done by gathering for it is the gathering's event.
check code_strike_to_demand "PERLAB>PERGOV:143" \
    "$(code "Transport workers in Peru's capital went on strike on Thursday to demand government action against extortion by criminal gangs.")"
check code_rally_to_protest "IDNCVL>IDNLEG:141" \
    "$(code 'Thousands of Indonesian students rallied outside parliament in Jakarta on Monday to protest against lavish housing allowances for lawmakers.')"
# "outside" read as an adjective of a building the verb seems to take as
# its object is the preposition of a place.
check code_rallied_outside_parliament "GEOCVL>GEOLEG:141" \
    "$(code 'Thousands of Georgians rallied outside parliament in Tbilisi on Friday.')"
# A demand's that-clause subject is its addressee, also when the tagger
# read the subjunctive as a noun ("... administration hand over ...").
check code_demand_that_subjunctive "PAKGOV>AFGGOV:100" \
    "$(code "Pakistan's foreign ministry demanded on Friday that the Taliban administration in Kabul hand over the militants behind the attack.")"
# An attack on a place targets those it killed.
check code_bombed_a_village_killing_civilians "MMRMIL>MMRCVL:195" \
    "$(code 'Myanmar military aircraft bombed a village in Sagaing region, killing at least 20 civilians.')"
# "the country" is the last country named (as an actor or a place), not
# the dateline's; "across the country" is a place.
check code_the_country_refers_back "IGOAFU>GNB:160" \
    "$(code 'ADDIS ABABA, Nov 28 (Reuters) - Soldiers seized power in Guinea-Bissau on Wednesday. The African Union suspended the country from the bloc.' | grep 160)"
check code_across_the_country_is_a_place "DEUCOP>:151" \
    "$(code 'German police raised their alert level at Christmas markets across the country.')"
# A list's first name parsed as a vocative is one more subject.
check code_list_of_three_subjects "BFA>IGOWAF:160
MLI>IGOWAF:160
NER>IGOWAF:160" \
    "$(code 'Mali, Burkina Faso and Niger announced their immediate withdrawal from the West African bloc ECOWAS on Sunday.')"
# An event without a recipient beside the same actor's event of its kind
# with one is that event.
check code_spoke_and_discussed "KAZGOV>AZEGOV:041" \
    "$(dated 2025-04-14 'Kazakh President Kassym-Jomart Tokayev spoke by telephone with Azerbaijani President Ilham Aliyev on Monday and discussed transport links.')"
# What talks are about, and what an act is aimed at, are no events.
check code_topic_of_talks "BGD>IND:046
IND>BGD:046" \
    "$(code 'India and Bangladesh held talks in New Delhi on renewing their agreement on sharing the waters of the Ganges river.' | sort)"
check code_aimed_at_ending "COD>RWA:057
RWA>COD:057" \
    "$(code 'Rwanda and Congo signed a peace agreement in Washington on Friday, aimed at ending the fighting in eastern Congo.' | sort)"
# A demonym parsed as the verb's xcomp, with the name as its object.
check code_received_syrian_president "QATGOV>SYRGOV:043" \
    "$(dated 2025-04-15 "Qatar's Emir Sheikh Tamim bin Hamad al-Thani received Syrian interim President Ahmed al-Sharaa in Doha on Tuesday.")"
# A country that flags or owns a thing ("British-flagged") is its actor.
check code_british_flagged_tanker "IRNMIL>GBR:1711" \
    "$(code "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday.")"
# A thing done by someone ("a bomb planted by al-Shabaab") acts for them;
# a roadside bomb that kills is a roadside bombing (1833).
check code_bomb_planted_by "SOMREB>KENCOP:1833" \
    "$(code 'A roadside bomb planted by al-Shabaab killed four Kenyan police officers near the Somali border.')"
# A strike launched by workers is a strike, not an air strike.
check code_workers_launched_a_strike "KORLAB>KORGOV:143" \
    "$(code "Unionised workers at South Korea's Samsung Electronics launched a three-day strike on Monday.")"
# Control of assets seized is a confiscation, of their owner; coup leaders
# are the military.
check code_seized_control_of_assets "RUSGOV>DNKBUS:1711" \
    "$(code 'Russian authorities seized control of the local assets of Danish brewer Carlsberg.')"
check code_coup_leaders "IGOWAF>NERMIL:139" \
    "$(code "ECOWAS gave Niger's coup leaders one week to reinstate President Mohamed Bazoum or face possible military intervention.")"
# A place yielded abroad is its country's (four of five blind gold rows);
# one at home is no one's.
check code_withdrew_from_a_city "RUSMIL>UKR:0874" \
    "$(code 'Russian troops withdrew from the southern Ukrainian city of Kherson on Friday.')"
# A handover goes where the to-phrase says, shared intelligence to the
# with-phrase, wherever the parser hung them.
check code_extradited_to "COL>USA:063" \
    "$(code 'Colombia extradited drug lord Dairo Antonio Usuga, known as Otoniel, to the United States.')"
check code_shared_intelligence_with "USA>UKR:064" \
    "$(code 'The United States has shared detailed intelligence on Russian troop movements with Ukraine, officials said.')"
# Forces sent to another country to help it are protection for it (074).
check code_deployed_to_help "KEN>HTI:074" \
    "$(code 'Kenya deployed 400 police officers to Haiti to lead a multinational security mission against gangs.')"
check code_deployed_to_own_border "POL>:154" \
    "$(code 'Poland deployed 2,000 troops to its border with Belarus.')"
# A mediation's recipients are the sides its between-phrase names.
check code_mediate_between "TUR>ETH:039
TUR>SOM:039" \
    "$(code 'Turkey offered to mediate between Ethiopia and Somalia in their dispute over a port deal with Somaliland.')"
# "armed with" read as the finite verb; an attack by or on civilians is an
# assault (180), not conventional force (190).
check code_settlers_armed_with "ISRCVL>PSECVL:180" \
    "$(code 'Israeli settlers armed with clubs and stones attacked Palestinian villagers near Ramallah on Friday.')"
check code_soldiers_attacked_rebels "SYRMIL>SYRREB:190" \
    "$(code 'Syrian soldiers attacked rebels near Idlib.')"
# An intransitive past tense after a plural, with a relative clause's
# verb further on ("which critics say").
check code_israelis_demonstrated "ISRCVL>ISRGOV:1412" \
    "$(dated 2023-03-11 "Hundreds of thousands of Israelis demonstrated across the country on Saturday against Prime Minister Benjamin Netanyahu's plan to overhaul the judiciary, which critics say threatens the independence of the courts.")"
# A place name joined by a hyphen is one name ("Guinea-Bissau", not Guinea).
where() { printf '%s\n' "$1" | "$DYAD" code -q --date 2024-03-03 --format tsv | awk -F'\t' 'NR > 1 {print $21 ":" $22}'; }
check code_place_with_a_hyphen "Guinea-Bissau:GNB" \
    "$(where 'The African Union condemned the military takeover in Guinea-Bissau.')"
# Protesters who attack riot (145).
check code_protesters_attacked_embassies "CODCVL>FRAGOV:145
CODCVL>RWAGOV:145
CODCVL>USAGOV:145" \
    "$(code 'KINSHASA, Jan 28 (AFP) - Protesters attacked the embassies of Rwanda, France and the United States in Kinshasa on Tuesday.' | sort)"
# A hyphenated name's first part parsed as the root ("Frank-Walter").
check code_hyphenated_first_name "DEUGOV>TZA:055" \
    "$(dated 2023-11-01 'German President Frank-Walter Steinmeier apologised to Tanzania for killings committed during German colonial rule.')"
# A proposed reform is not done; what a protest is against is no event.
check code_marched_against_proposed_reform "COLCVL>COLGOV:141" \
    "$(code "Thousands of Colombians marched in Bogota and other cities on Wednesday against the government's proposed tax reform.")"
# A temporal clause with an adverb before its verb is background.
check code_days_after_formally_ended "ERIGOV>ETH:042" \
    "$(code 'Eritrean President Isaias Afwerki arrived in Addis Ababa on Saturday, his first visit to Ethiopia in more than two decades, days after the neighbours formally ended their state of war.')"
# A temporal clause whose subject the parser took for a preposition's
# object keeps that subject, actor or not ("after two powerful earthquakes
# ... killed"), not the main clause's.
check code_after_earthquakes_killed "AFGGOV>:023" \
    "$(dated 2023-10-09 "Afghanistan's Taliban-led government appealed for international humanitarian aid on Monday after two powerful earthquakes in the western province of Herat killed more than 2,000 people and flattened entire villages.")"
# What leads a government ("army-led") is no actor of its own there (and
# arming a side is accused aggression, 1123).
check code_army_led_government "SDNGOV>ARE:1123" \
    "$(dated 2024-08-21 "Sudan's army-led government accused the United Arab Emirates of arming the Rapid Support Forces.")"
# "war crimes" is a noun phrase, not the war committing.
check code_war_crimes_investigation "UKRJUD>RUS:093" \
    "$(dated 2024-07-09 "Ukrainian prosecutors have opened a war crimes investigation into a Russian missile strike on Kyiv's main children's hospital.")"
# Companies news names as actors carry their home country.
check code_company_with_home_country "MLIGOV>CANBUS:171" \
    "$(code "Malian authorities seized about three tonnes of gold from Barrick Gold's Loulo-Gounkoto complex.")"
# A country and its rebels are two sides, not one actor named twice.
check code_country_and_its_rebels "COL>COLREB:0871
COLREB>COL:0871" \
    "$(code 'Colombia and the rebels declared a ceasefire.')"
# A root "passive" with no auxiliary is a misread past tense; an appeal
# for calm in a country goes to it.
check code_called_for_calm_in "IGOAFU>ZWE:0252" \
    "$(code 'The African Union called for calm in Zimbabwe.')"
# Two subjects pledging to settle their own dispute: intent to settle (037),
# to each other.
check code_pledged_to_settle_their_dispute "GUYGOV>VENGOV:037
VENGOV>GUYGOV:037" \
    "$(dated 2023-12-14 'Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro pledged on Thursday to settle their border dispute peacefully.')"
# "their contributions" are each side's own, not a shared thing.
check code_promised_contributions "DEU>:033
FRA>:033" \
    "$(code 'Germany and France promised to increase their contributions to the agency.')"
# "alleged" before a noun is an adjective, not an allegation.
check code_over_alleged_war_crimes "IGOICC>ISRGOV:173" \
    "$(dated 2024-11-21 'The International Criminal Court issued arrest warrants on Thursday for Israeli Prime Minister Benjamin Netanyahu and former defence minister Yoav Gallant over alleged war crimes in Gaza.' | head -1)"
# Rioters storming a state's institutions target each of them.
check code_rioters_stormed_congress "BRACVL>BRALEG:145
BRACVL>BRAJUD:145
BRACVL>BRAGOV:145" \
    "$(dated 2023-01-08 'Thousands of Brazilian rioters supporting former President Jair Bolsonaro stormed Congress, the Supreme Court and the presidential palace in Brasilia on Sunday.')"
# A verdict: "found X guilty" (the outlet gives the reporter's country).
check code_found_guilty "RUSJUD>USAMED:116" \
    "$(dated 2024-07-19 'A Russian court found Wall Street Journal reporter Evan Gershkovich guilty of espionage on Friday.')"
# A match opening with an article gives way to a longer one from the next
# word ("the UN" against "UN peacekeeping mission").
check code_the_un_peacekeeping_mission "MLIGOV>IGOUNOPKO:166" \
    "$(dated 2023-06-16 "Mali's government ordered the UN peacekeeping mission to leave the country without delay.")"
# The possessive of an "X of Y" name belongs to the whole name.
check code_republic_of_congos_government "CODGOV>RWA:112" \
    "$(dated 2025-01-26 "Democratic Republic of Congo's government accused Rwanda on Sunday of sending troops across the border.")"
# "opposed to tax increases" is the protesters' modifier, "stormed" their
# verb.
check code_protesters_opposed_to_stormed "KENCVL>KENLEG:145" \
    "$(dated 2024-06-25 "Protesters opposed to tax increases stormed Kenya's parliament in Nairobi on Tuesday and set part of the building ablaze, forcing lawmakers to flee.")"
# Considering (014) reports nothing: the consideration is the event.
check code_considering_a_ban "AUSGOV:014" \
    "$(code 'The Australian government is considering a ban on social media use by children under 16, Communications Minister Michelle Rowland said on Tuesday.' | sed 's/>[A-Z]*:/:/')"
# A present tense right after a possessive's noun is a noun ("last week's
# police raid"); what a lawsuit is over is no event of its own.
check code_lawsuit_over_police_raid "MEX>ECU:115" \
    "$(dated 2024-04-11 "Mexico filed a lawsuit against Ecuador at the International Court of Justice on Thursday over last week's police raid on its embassy in Quito.")"
# A force target in a country abroad is that country.
check code_bombed_villages_in_a_province_abroad "PAKMIL>AFG:195" \
    "$(dated 2024-12-25 "Pakistani warplanes bombed several villages in Afghanistan's eastern Paktika province overnight." | head -1)"
# (and the people its -ing clause says it killed there are the attacked:
# victims_of_a_place; "overnight" read as a noun used to hide the clause)
check code_bombed_villages_killing_people "PAKMIL>AFGCVL:195" \
    "$(dated 2024-12-25 "Pakistani warplanes bombed several villages in Afghanistan's eastern Paktika province overnight, killing at least 46 people." | head -1)"
# A passenger jet is no one's forces.
check code_passenger_jet_is_no_force "" \
    "$(code 'A passenger jet landed in Kuala Lumpur on Sunday.' | grep MIL)"
# A reciprocal act whose recipients are its own subjects goes both ways; an
# agreement named through "of" is one.
check code_joint_exercises_both_ways "PHLMIL>USAMIL:062
USAMIL>PHLMIL:062" \
    "$(code 'Philippine and U.S. troops began their largest annual joint military exercises on Monday.')"
check code_status_of_forces_agreement "FJI>NZL:057
NZL>FJI:057" \
    "$(code 'Fiji and New Zealand signed a status of forces agreement in Suva on Tuesday.')"
# Rescue teams and supplies flown to a country are humanitarian aid.
check code_flew_supplies_to "ARE>MMR:073" \
    "$(dated 2025-03-29 'The United Arab Emirates flew search and rescue teams and 20 tonnes of medical supplies to Myanmar on Saturday.')"
# An event noun inside a temporal phrase is background.
check code_following_days_of_attacks "IND>PAK:0871
PAK>IND:0871" \
    "$(dated 2025-05-10 'India and Pakistan agreed to a full and immediate ceasefire on Saturday following four days of cross-border missile, drone and artillery attacks.')"
# A strike that killed a commander keeps its weapon (195, as six of nine
# dev rows code it), by the military of the strike's country.
check code_strike_killed_a_general "USAMIL>IRNMIL:195" \
    "$(dated 2020-01-03 'A U.S. drone strike killed Iranian Major General Qassem Soleimani at Baghdad airport early on Friday.')"
# Suspects sent to another country are handed over (063).
check code_sent_cartel_figures_to "MEX>USA:063" \
    "$(dated 2025-02-27 'Mexico sent 29 alleged drug cartel figures to the United States on Thursday, including veteran trafficker Rafael Caro Quintero.' | head -1)"
# War games launched around a country are a show of force against it.
check code_launched_war_games_around "CHNMIL>TWN:150" \
    "$(dated 2024-10-14 "China's military launched large-scale war games around Taiwan on Monday.")"
# A past tense read as an adjective after its subject; restricting access
# to social media is a restriction of freedoms (1721); what happens "amid"
# an event is background.
check code_restricted_access_to_social_media "SENGOV>SENCVL:1721" \
    "$(dated 2023-06-04 "Senegal's government restricted access to social media platforms including Facebook, WhatsApp and Twitter on Sunday amid deadly clashes between opposition supporters and police.")"
# Lending suspended to a country is economic aid cut (1621).
check code_suspended_lending_to "IGOWBK>UGA:1621" \
    "$(dated 2023-08-09 'The World Bank has suspended new lending to Uganda over a law that imposes harsh penalties for homosexuality.')"
# "by order of X" names who did it; of two passive subjects, the actor.
check code_house_arrest_by_order_of "BRAJUD>BRAELI:173" \
    "$(dated 2025-08-04 'BRASILIA, Aug 4 (Reuters) - Former Brazilian President Jair Bolsonaro was placed under house arrest on Monday by order of Supreme Court Justice Alexandre de Moraes.')"
# A party or its people marked as the opposition are the opposition.
check code_opposition_party "THAJUD>THAOPP:1722" \
    "$(dated 2024-08-07 'Thai court dissolved the opposition Move Forward party.')"
check code_opposition_candidate "MOZCOP>MOZOPP:175" \
    "$(dated 2024-11-07 'Police fired tear gas at supporters of opposition presidential candidate Venancio Mondlane.')"
# An event noun in a temporal phrase after its verb is background.
check code_wounded_after_a_meeting "UAF>SVKGOV:185" \
    "$(dated 2024-05-15 'HANDLOVA, Slovakia, May 15 (Reuters) - Slovak Prime Minister Robert Fico was shot several times by a gunman and seriously wounded after a government meeting in the town of Handlova on Wednesday.')"
# The killing participle may hang on a phrase of the object; a group
# "linked" to another is not that other.
check code_car_bomb_outside_a_restaurant_killing "SOMREB>SOMCVL:1832" \
    "$(dated 2024-03-16 'MOGADISHU, March 16 (Reuters) - Al Shabaab militants detonated a car bomb outside a busy beachfront restaurant in Mogadishu on Friday evening, killing at least nine people, police said, in the latest attack by the al Qaeda-linked group in the Somali capital.')"
# Readiness to mediate is intent to mediate (039).
check code_ready_to_mediate "QAT>PAK:039" \
    "$(dated 2025-10-14 "Qatar said on Tuesday it was ready to mediate between Pakistan and Afghanistan's Taliban government." | head -1)"
# "The group", "the agency": the last organisation named (an armed group
# also through "Al-Shabaab fighters"); "a group of", "the group of" and a
# group with modifiers say who they are themselves.
check code_the_group_is_the_last_organisation "SOMREB>SOM:190
SOMREB>SOMMIL:190" \
    "$(dated 2024-03-16 'Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The group later attacked soldiers in Kismayo.')"
check code_the_agency_is_the_last_organisation "IGOUNOIAE>IRN:111
IGOUNOIAE>IRNGOV:112" \
    "$(dated 2024-03-16 'The International Atomic Energy Agency criticised Iran on Monday. The agency accused Tehran of hiding nuclear material.')"
check code_the_group_of_is_no_organisation "IRNCOP>IRNCVL:173" \
    "$(dated 2024-03-16 'The IAEA criticised Iran on Monday. Iranian police arrested the group of protesters in Tehran.' | tail -1)"
# An event noun in apposition to a temporal phrase's noun is background
# too; "following" read as a verb still dates ("-ing" after "the worst"
# is a noun, not a verb with "the worst" its subject).
check code_worst_fighting_is_background "ETH>ERI:0871
ERI>ETH:0871" \
    "$(dated 2024-03-16 'Ethiopia and Eritrea agreed to a truce on Friday following two weeks of artillery attacks, the worst fighting between the neighbours in decades.')"
# A participle with its by-agent is passive: the company did not hit
# (and its plain statement in a short item is a source, no event).
check code_hit_by_weak_demand_is_no_attack "" \
    "$(dated 2024-03-16 'Volkswagen reported a 64% drop in third-quarter sales on Wednesday, hit by weak demand in China and restructuring costs.')"
# Company results are no events (discards.txt EARNED).
check code_earnings_report_discarded "" \
    "$(dated 2024-03-16 'Toyota reported a record operating profit on Wednesday, helped by a weaker yen.')"
# The toll of an accident is no one's act; a drone crashing into a
# building is an attack.
check code_accident_toll_is_no_killing "" \
    "$(dated 2024-03-16 'A Nepalese passenger plane carrying 72 people skidded off the runway in Pokhara and burst into flames, killing 68 people.')"
check code_drone_crash_is_an_attack "RUSMIL>UKRCVL:1823" \
    "$(dated 2024-03-16 'A Russian drone crashed into a residential building in Kyiv, killing three people.')"
# Who made what is rejected or denied is the recipient: "put forward by
# X", "allegations by X" (also with the by-phrase hung on the verb).
check code_rejected_plan_put_forward_by "ISR>EGYGOV:127" \
    "$(dated 2024-03-16 'Israel rejected a truce proposal put forward by Egyptian mediators on Sunday.')"
check code_denied_allegations_by "RUS>GBRGOV:016" \
    "$(dated 2024-03-16 'Russia denied allegations by the British government that its spies had poisoned a former agent.')"
# A country's strike or shelling that acts is its military's (shelling by
# artillery, 194; an air strike from the air, 195); victims
# given the attacker's country from memory are the people of the place
# named; condemning "the Israeli air strikes" still names Israel.
check code_air_strikes_as_subject_are_military "ISRMIL>PSECVL:195" \
    "$(dated 2024-03-16 'Israeli air strikes killed 20 people in Gaza on Sunday.')"
check code_shelling_as_subject_is_military "TURMIL>SYRREB:194" \
    "$(dated 2024-03-16 'Turkish shelling killed three Kurdish fighters in northern Syria.')"
check code_condemned_air_strikes_name_the_country "IRN>ISR:111" \
    "$(dated 2024-03-16 'Iran condemned the Israeli air strikes on Syria.')"
# A show of force passes over the actor's own troops and border to the
# country named with them.
check code_deployed_to_its_border_with "POLMIL>BLR:154" \
    "$(dated 2024-03-16 "Poland's army deployed about 10,000 soldiers to its border with Belarus on Tuesday.")"
# Opponents of a president are the opposition.
check code_freed_opponents_of_the_president "NICGOV>NICOPP:0841" \
    "$(dated 2023-02-09 "Nicaragua's government freed 135 jailed opponents of President Daniel Ortega on Thursday.")"
# An attack or a visit aimed at a place goes to the place's country; a
# curfew or state of emergency at home names no one (seven blind writers of
# twelve); taking a town is occupying it (192), taking suspects in a town
# is no occupation.
check code_curfew_on_the_capital "ECUGOV>:1723" \
    "$(dated 2019-10-12 "Ecuador's president imposed a curfew on Quito on Saturday.")"
check code_emergency_in_a_city "KAZGOV>:1724" \
    "$(dated 2022-01-05 'Kazakh President Kassym-Jomart Tokayev declared a state of emergency in Almaty on Wednesday.')"
check code_captured_a_town_is_occupation "RUSMIL>UKR:192" \
    "$(dated 2023-05-20 'Russian forces captured Bakhmut on Saturday.')"
check code_captured_suspects_is_no_occupation "NGACOP>NGACRM:173" \
    "$(dated 2023-05-20 'Police captured two suspects in Lagos.')"
# What someone is accused "of doing" gives the accusation's kind (the
# of-clause hung on the object is the verb's complement); hacking is a
# cyber attack (176, as in PETRARCH2's CAMEO.2.0 verbs); reserving the
# right to act is a threat.
check code_accused_of_carrying_out_killings "IGOUNO>MMRMIL:1122" \
    "$(dated 2018-08-27 "U.N. investigators accused Myanmar's army of carrying out mass killings and gang rapes.")"
check code_cyber_attack "RUS>EST:176" \
    "$(dated 2007-05-17 'Russia launched a cyberattack on Estonia.')"
check code_reserved_the_right "RUSGOV>UKR:130" \
    "$(dated 2014-03-04 'Putin said Moscow reserved the right to use military force to protect Russian speakers in Ukraine.')"
# What is to be halted, and what an agreement intends, is not done; the
# gathering on whose sidelines leaders meet is the setting; two titled
# names joined by "and" are two sides (the parser's flat name across the
# "and" made a conjunct).
check code_halt_hostilities_is_no_fighting "IGOARL>SDNMIL:020
IGOARL>SDNREB:020" \
    "$(dated 2023-05-01 "The Arab League urged Sudan's army and the Rapid Support Forces to halt hostilities immediately.")"
check code_agreed_to_resume_visits "INDGOV>CHNGOV:036
CHNGOV>INDGOV:036" \
    "$(dated 2023-05-01 'Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed on Friday to resume regular visits between their defence ministers.')"
check code_met_on_the_sidelines "TURGOV>GRCGOV:044
GRCGOV>TURGOV:044" \
    "$(dated 2023-07-12 'Turkish President Erdogan and Greek Prime Minister Mitsotakis met on the sidelines of a NATO summit in Vilnius on Tuesday.')"
# Marching while demanding is the demonstration (a subordinate clause's
# verbs do not make "marched" a participle).
check code_marched_demanding "GEOCVL>GEOGOV:141" \
    "$(dated 2023-05-01 'Thousands of protesters marched through Tbilisi on Sunday demanding the resignation of the government after an election they say was rigged.')"
# A vehicle's arrival is no visit; with aid on board it is the aid.
check code_aircraft_with_aid_landed "INDMIL>NPL:073" \
    "$(dated 2023-05-01 'Indian military aircraft carrying tents and medicine landed in Nepal on Sunday.')"
check code_ships_docked_is_no_visit "" \
    "$(dated 2023-05-01 'French navy ships docked in Beirut on Monday.')"
# The doer's role makes the code: the military's raised alert is 152;
# police charging someone is a legal charge (173; what they are charged
# with is no event of its own); police questioning
# someone investigate (091); a minister questioning a decision doubts it.
check code_military_raised_alert "KORMIL>:152" \
    "$(dated 2023-05-01 "South Korea's military raised its alert level on Thursday.")"
check code_police_charged "THACOP>THAEDU:173" \
    "$(dated 2023-05-01 'Thai police charged student protest leader Parit Chiwarak with insulting the monarchy.')"
check code_questioned_by_police "ISRCOP>ISRGOV:091" \
    "$(dated 2023-01-02 'Israeli Prime Minister Benjamin Netanyahu was questioned by police at his residence.')"
# Aid for someone and force used on someone named by a purpose clause.
check code_loan_to_help "IGOWBK>BGD:071" \
    "$(dated 2023-05-01 'The World Bank approved a $500 million loan on Thursday to help Bangladesh strengthen its social protection programmes.')"
check code_tear_gas_to_disperse "KENCOP>KENCVL:175" \
    "$(dated 2023-05-01 'Kenyan police fired tear gas on Tuesday to disperse hundreds of protesters in Nairobi.')"
# What a government orders its own forces to do, it does; what others
# urge forces to do is only asked for.
check code_ordered_own_troops_to_withdraw "RUSGOV>:0874" \
    "$(dated 2022-11-09 "Russia's Defence Minister Sergei Shoigu ordered troops to withdraw from the west bank of the Dnipro River.")"
check code_ordered_the_army_to_attack "RUSGOV>UKR:190" \
    "$(dated 2022-11-09 'Putin ordered the army to attack Ukraine.')"
check code_urged_troops_to_withdraw "IGOUNO>RUSMIL:0234" \
    "$(dated 2022-11-09 'The UN urged Russian troops to withdraw.')"
# A bare country adjective conjoined with a role shares the role, also
# when the parser made the adjective the head ("between Russian and
# Ukrainian negotiators").
check code_russian_and_ukrainian_negotiators "TURGOV>RUSGOV:045
TURGOV>UKRGOV:045" \
    "$(dated 2022-03-29 'Turkish President Tayyip Erdogan mediated a new round of talks between Russian and Ukrainian negotiators in Istanbul on Tuesday.' | grep ':045')"
# Irregular pasts are no present tenses ("fought" tagged VBP kept the lemma
# "fought"); a list of country adjectives before a role, parsed as its own
# subject, shares the role.
check code_kyrgyz_and_tajik_troops_fought "KGZMIL>TJKMIL:190
TJKMIL>KGZMIL:190" \
    "$(dated 2022-09-16 'Kyrgyz and Tajik troops fought with tanks and mortars along their disputed border on Friday.')"
# An -ed word read as a noun after a noun is the past tense when the rest
# agrees; a threat is aimed at whom its condition ("unless ...") names.
check code_party_threatened_unless "BGDOPP>BGDGOV:133" \
    "$(dated 2013-10-26 "Bangladesh's main opposition party threatened on Saturday to stage nationwide strikes and protests unless Prime Minister Sheikh Hasina resigns.")"
# Violent repression is the state's: masked men who beat someone assault
# him (182).
check code_masked_men_beat_an_activist "UAF>GEOOPP:182" \
    "$(dated 2023-05-01 'Masked men beat a Georgian opposition activist outside his home in Tbilisi late on Wednesday.')"
check code_train_collision_toll "" \
    "$(dated 2023-06-03 'A passenger train derailed and collided with a goods train in eastern India on Friday evening, killing at least 288 people.')"
# "crossing" after a noun is the place; an event noun modifying another
# noun is no event ("trade crossing"); a protest aimed at the protesters'
# own country is aimed at its government.
check code_protesters_blocked_trade_crossing "NPLCVL>NPLGOV:144" \
    "$(dated 2015-11-05 "Ethnic Madhesi protesters blocked Nepal's main trade crossing with India at Birgunj on Thursday.")"
# Only the Security Council has vetoes.
check code_veto_at_the_un_is_the_security_council "CHN>IGOUNOSEC:129
RUS>IGOUNOSEC:129" \
    "$(dated 2022-05-26 'China and Russia vetoed a U.S.-drafted resolution at the United Nations on Thursday.')"
# What is only being considered is not done; the considering is the event.
check code_considering_lifting_restrictions "USAGOV>:014" \
    "$(dated 2024-09-11 "The Biden administration is considering lifting restrictions on Ukraine's use of U.S.-supplied long-range weapons.")"
# A pattern's fixed word may be the verb's bare object ("gave way", "take
# part"); what a government orders its troops to take part in, it does.
check code_gave_way_to_protesters "COLMIL>COLCVL:080" \
    "$(dated 2023-12-28 'The Colombian army gave way to protesters.')"
check code_ordered_troops_to_take_part_in_drills "VEN>GUY:150" \
    "$(dated 2023-12-28 'Venezuela ordered troops to take part in military drills near its border with Guyana.')"
check code_exchanged_artillery_fire "THAMIL>KHMMIL:194
KHMMIL>THAMIL:194" \
    "$(dated 2023-12-28 'Thai and Cambodian troops exchanged artillery fire along their disputed border on Friday.')"
# What a report, claim or rumour says is not known to have happened (a
# present tense in -s right after a past tense is the plural object:
# "denied reports that ...").
check code_report_that_is_hearsay "USAGOV>:011" \
    "$(dated 2024-09-30 'The White House declined to comment on a newspaper report that Washington was weighing new sanctions against Chinese firms.')"
check code_denied_reports_that "RUS>:016" \
    "$(dated 2023-12-28 'Russia denied reports that its jets had bombed a hospital in Idlib.')"
check code_rejected_claims_that "ISR>:120" \
    "$(dated 2023-12-28 'Israel rejected claims that it had targeted journalists.')"
# A short item is about its lead event: a later plain statement to no one
# elaborates it (a long article's statements stay: code_example.sh).
check code_short_item_statement_elaborates "ECUGOV>:1723" \
    "$(dated 2019-10-12 "QUITO, Oct 12 (Reuters) - Ecuador's President Lenin Moreno imposed a curfew on Quito on Saturday. The president said the measure would last until order was restored.")"
# The doers of a military takeover in a country are its military.
check code_condemned_military_takeover "IGOAFU>GABMIL:111" \
    "$(dated 2023-08-30 'The African Union strongly condemned the military takeover in Gabon on Wednesday.')"
# An apology goes to the country wronged; a show of force answers whoever
# did what its after-clause tells.
check code_apologised_for_atrocities_in "DEUGOV>TZA:055" \
    "$(dated 2023-11-01 'German President Frank-Walter Steinmeier asked for forgiveness on Wednesday for atrocities committed by German colonial troops in Tanzania.')"
check code_alert_raised_after "KORMIL>PRK:152" \
    "$(dated 2023-11-01 "South Korea's military raised its alert level on Thursday after North Korea fired a long-range ballistic missile.")"
# Talks about joining someone are with that someone.
check code_suspended_talks_on_joining "GEOGOV>IGOEUR:164" \
    "$(dated 2024-11-28 "Georgia's government suspended talks on joining the European Union until the end of 2028 on Thursday.")"
# A person shot, stabbed or kidnapped by no one named was attacked by
# unknown assailants.
check code_shot_dead_by_no_one_named "UAF>JPNELI:186" \
    "$(dated 2022-07-08 'Former Japanese Prime Minister Shinzo Abe was shot dead on Friday while giving a campaign speech in the western city of Nara.')"
check code_pumping_gas_to "RUS>CHN:061" \
    "$(dated 2019-12-02 'Russia began pumping natural gas to China through the Power of Siberia pipeline on Monday.')"
# A curfew or state of emergency over no named place is over the actor's
# own country (the convention of five blind writers; three others leave
# the target empty).
check code_nationwide_curfew "BGDGOV>:1723" \
    "$(dated 2024-07-20 'Bangladeshi authorities imposed a nationwide curfew on Saturday after clashes between police and students.')"
# An accusation made with the act is an event of its own; "the Gulf
# state", "the island nation" are the last country named, as "the country".
check code_severed_ties_accusing_the_gulf_state "SAU>QAT:161
SAU>QAT:112" \
    "$(dated 2017-06-05 'Saudi Arabia severed ties with Qatar on Monday, accusing the Gulf state of backing terrorism.')"
# Force by the state's police or army on protesters is violent repression.
check code_police_fired_on_protesters "KGZCOP>KGZCVL:175" \
    "$(dated 2010-04-07 'Kyrgyz police fired on thousands of protesters in Bishkek on Wednesday.')"
# A reaction to the act the story just told goes to whoever did it.
check code_condemned_the_verdict "RUSJUD>RUSCVL:116
USA>RUSJUD:111" \
    "$(dated 2012-08-17 'A Moscow court sentenced three members of the punk band Pussy Riot to two years in prison on Friday. The United States condemned the verdict.')"
# "The two sides" are the pair named before; "each other" makes the act
# go both ways; fighting "between" two sides is theirs.
check code_two_sides_accused_each_other "AZE>ARM:190
ARM>AZE:190
AZE>ARM:112
ARM>AZE:112" \
    "$(dated 2020-09-27 'Heavy fighting broke out between Azerbaijan and Armenia over Nagorno-Karabakh on Sunday, and the two sides accused each other of starting the clashes.')"
# With no pair named before, "the two leaders" and "both sides" are the
# sides of the last act between two actors in the two sentences before
# (the host and her guest, the two parties to a ceasefire); "the country"
# is still one country.
check code_two_leaders_after_a_visit "TZAGOV>KENGOV:043
TZAGOV>KENGOV:030
KENGOV>TZAGOV:030" \
    "$(dated 2024-11-22 'Tanzanian President Samia Suluhu Hassan hosted her Kenyan counterpart William Ruto on Friday. The two leaders agreed to remove barriers to cross-border trade.')"
check code_called_on_both_sides_of_a_truce "ISR>PSEREB:0871
PSEREB>ISR:0871
EGY>PSEREB:026
EGY>ISR:026" \
    "$(dated 2014-08-26 'Israel and Hamas agreed to an open-ended ceasefire in Gaza on Tuesday, Palestinian and Egyptian officials said. Egypt called on both sides to resume indirect talks in Cairo.')"
check code_suspended_the_country_is_one "IGOAFU>GNBMIL:111
IGOAFU>GNB:160" \
    "$(dated 2012-04-18 'The African Union condemned the military takeover in Guinea-Bissau and suspended the country from all its activities.')"
check code_mediate_between_the_two_gulf_neighbours "SAU>QAT:161
QATGOV>SAU:111
KWTGOV>QAT:039
KWTGOV>SAU:039" \
    "$(dated 2017-06-05 "Saudi Arabia severed diplomatic ties with Qatar on Monday. Qatar's foreign ministry called the decision unjustified. Kuwait's emir offered to mediate between the two Gulf neighbours.")"
# "each accused the other", "each side blamed the other": the pair acts
# on itself both ways (a sentence with no other actor is parsed for it).
check code_each_accused_the_other "IND>PAK:0871
PAK>IND:0871
PAK>IND:112
IND>PAK:112" \
    "$(dated 2025-05-10 'India and Pakistan agreed on Saturday to a full and immediate ceasefire. Hours later, each accused the other of violating the truce.')"
check code_each_side_accused_the_other "ARM>AZE:0871
AZE>ARM:0871
AZE>ARM:112
ARM>AZE:112" \
    "$(dated 2020-01-01 'Armenia and Azerbaijan agreed to a truce on Saturday. Hours later, each side accused the other of violating it.')"
# A call or demand for a release named at no one goes to whoever seized,
# detained or abducted someone just before.
check code_demanded_release_of_the_captain "JPNGOV>CHN:173
CHNGOV>JPNGOV:114
CHNGOV>JPNGOV:1053" \
    "$(dated 2010-09-08 "Japanese authorities arrested the captain of a Chinese fishing trawler on Wednesday. Beijing summoned Japan's ambassador to protest and demanded the captain's immediate release.")"
# Expelling foreign journalists expels people (174).
check code_expelled_journalists "CHN>USAMED:174" \
    "$(dated 2020-03-18 'China said on Wednesday it was expelling American journalists working for the New York Times.')"
# An attack in the past tense in an "as" clause happened meanwhile: news;
# an "after" clause stays background.
check code_as_tanks_shelled "IGOUNO>ISR:0256
IGOUNO>PSEREB:0256
ISRMIL>PSE:194" \
    "$(dated 2014-07-21 'U.N. Secretary-General Ban Ki-moon on Monday urged Israel and Hamas to halt their fighting in Gaza immediately, as Israeli tanks shelled the outskirts of Gaza City.')"
check code_after_tanks_shelled_is_background "IGOUNO>ISR:0256
IGOUNO>PSEREB:0256" \
    "$(dated 2014-07-21 'U.N. Secretary-General Ban Ki-moon on Monday urged Israel and Hamas to halt their fighting in Gaza immediately, after Israeli tanks shelled the outskirts of Gaza City.')"
# Protesters who destroy property riot (145).
check code_protesters_set_fire_to_parliament "BFACVL>BFALEG:145" \
    "$(dated 2014-10-30 "Protesters set fire to parliament in Burkina Faso's capital on Thursday.")"
# A verb joined by a hyphen to the noun before it is an adjective.
check code_crisis_hit_is_no_attack "IGOIMF>LKA:057" \
    "$(dated 2022-09-01 'The IMF reached an agreement to lend crisis-hit Sri Lanka 2.9 billion dollars.')"
# Money pledged "in aid" is aid pledged; "in humanitarian aid", humanitarian.
check code_pledged_millions_in_aid "USAGOV>HTI:0331" \
    "$(dated 2010-01-15 'U.S. President Barack Obama pledged $100 million in aid to earthquake-stricken Haiti on Thursday.')"
check code_pledged_in_humanitarian_aid "IGOEUR>:0333" \
    "$(dated 2023-06-19 'The European Union pledged 50 million euros in new humanitarian aid.')"
# "shot and seriously wounded": a noun-like past before "and" and another
# past is a past tense (the compound "gunman shot" coded nothing); the
# schoolgirl is of the country where she was shot, and so is the Taliban
# gunman (Pakistan's Taliban, in=PAK).
check code_gunman_shot_and_wounded "PAKREB>PAKCVL:193
PAKREB>PAKCVL:182" \
    "$(dated 2012-10-09 "A Taliban gunman shot and seriously wounded schoolgirl Malala Yousafzai on her school bus in Pakistan's Swat valley on Tuesday.")"
# A visit to a city goes to its country (St Petersburg is Russia's).
check code_travelled_to_st_petersburg "TURGOV>RUS:042" \
    "$(dated 2016-08-09 'Turkish President Tayyip Erdogan travelled to St Petersburg on Tuesday.')"
# "call": a call for something is an appeal, calling something
# unacceptable is criticism, calling someone (not "on Tuesday") a phone
# call; "both sides" with no pair named before is no one.
check code_called_the_move_unacceptable "SRBGOV>:111" \
    "$(dated 2015-09-15 "Serbia's prime minister called the move unacceptable.")"
check code_called_someone_on_a_day "RUSGOV>TURGOV:041" \
    "$(dated 2021-09-17 'Putin called Erdogan on Tuesday.')"
check code_called_for_restoration "IGOAFU>:020" \
    "$(dated 2012-03-22 'The African Union called for the immediate restoration of constitutional order.')"
check code_called_on_both_sides "IGOUNO>:0256" \
    "$(dated 2021-09-17 'The UN called on both sides to stop fighting.')"
# A reaction to a kind of act goes to whoever did an act of that kind.
check code_condemned_the_strikes_answers_the_strikes "SYRMIL>SYRREB:194
TUR>RUS:020
USAGOV>SYRMIL:111" \
    "$(dated 2024-03-03 'Syrian government forces shelled rebel positions in Idlib on Saturday. Turkey urged Russia to restrain its ally. The U.S. State Department condemned the strikes.')"
# The act a package holds is the event, by whoever adopts or announces
# it, for whom it is meant.
check code_sanctions_package_against "IGOEUR>RUS:163" \
    "$(dated 2023-01-05 'The EU approved a new sanctions package against Russia.')"
check code_aid_package_for "USAMIL>UKR:070" \
    "$(dated 2023-01-05 'The Pentagon announced a new aid package for Ukraine.')"
# Signing a pact or declaration together is mutual.
check code_signed_a_pact_together "CHN>SLB:057
SLB>CHN:057" \
    "$(dated 2022-04-19 'China and the Solomon Islands have signed a security pact, Beijing said on Tuesday.')"
# A phrase naming only the actor ("his first foreign trip") is no partner:
# the visit still goes to the place it names.
check code_travelled_on_his_trip "TURGOV>RUS:042" \
    "$(dated 2016-08-09 'Turkish President Tayyip Erdogan travelled to St Petersburg on Tuesday on his first foreign trip since a failed coup.')"
# A demand's that-clause verb is a subjunctive, its subject the addressee.
check code_demanded_that_name_arrest "IND>PAKGOV:1013" \
    "$(dated 2008-12-01 'India demanded on Monday that Islamabad arrest and hand over those behind the assault.')"
# A by-phrase right after the object names whose act it was; a
# counterpart is a government's.
check code_called_off_a_visit_by_counterpart "TURGOV>SWEGOV:125" \
    "$(dated 2023-01-21 'Turkish Defence Minister Hulusi Akar called off a planned visit by his Swedish counterpart on Saturday.')"
# A mission opened or closed abroad goes to the country it is in.
check code_embassy_in_a_capital "CUB>USA:054
GBR>SYR:161
DEU>AFG:054" \
    "$(dated 2015-07-20 'Cuba reopened its embassy in Washington on Monday. Britain closed its embassy in Damascus. Germany opened an embassy in Kabul.')"
# Welcoming a visitor at a hall, palace or airport is hosting the visit
# (043); welcoming a decision stays praise (051).
check code_welcomed_at_the_great_hall "CHNGOV>PHLGOV:043
CHNGOV>:051" \
    "$(dated 2016-10-20 'Chinese President Xi Jinping welcomed Philippine President Rodrigo Duterte at the Great Hall of the People on Thursday. Xi welcomed the decision.')"
# Troops sent into a country to protect it go to that country.
check code_sent_troops_into "SAU>BHR:074" \
    "$(dated 2011-03-14 'Saudi Arabia sent about 1,000 troops into Bahrain on Monday to help the rulers.')"
# A denial or threat named at no one answers the last act another country
# aimed at the actor's (not an act the two did together).
check code_denial_answers_the_accuser "KOR>PRK:112
PRKGOV>KOR:016" \
    "$(dated 2010-05-20 'South Korea accused North Korea on Thursday of torpedoing one of its warships. Pyongyang denied involvement.')"
check code_no_answer_to_a_joint_act "RUSMIL>CHNMIL:062
CHNMIL>RUSMIL:062
RUSGOV>:016" \
    "$(dated 2019-07-23 'Russian and Chinese military aircraft conducted their first joint air patrol over the Sea of Japan. The Russian defence ministry denied any violation.')"
# An accusing participle on the main verb's complement or reported clause
# is an event too, done by the main clause's subject.
check code_accusing_on_the_reported_clause "USAGOV>PAK:162
USAGOV>PAKGOV:112" \
    "$(dated 2018-01-04 'The U.S. State Department said on Thursday it was suspending security assistance to Pakistan, accusing Islamabad of failing to take decisive action against militants.')"
# Aid of a kind its modifier names (072 military, 071 financial, 073
# humanitarian; 0332/0331/0333 when only intended), and aid sent to a
# place goes to the place's country.
check code_aid_of_a_kind "USAMIL>UKR:072
DEU>UKR:0332
JPN>UKR:0331
IGOEUR>PSE:073" \
    "$(dated 2023-01-05 'The Pentagon announced a $2.5 billion military aid package for Ukraine on Thursday. Germany pledged military aid to Ukraine. Japan will provide $5.5 billion in financial assistance to Ukraine. The EU sent humanitarian aid to Gaza.')"
# A denial that blames someone: the accusation is the denier's, and the
# denial, the sentence's own verb, stays beside it.
check code_denied_blaming "RUS>UKR:112
RUS>:016" \
    "$(dated 2023-06-06 'Russia denied on Tuesday that its forces had blown up the Kakhovka dam in southern Ukraine, blaming Ukrainian shelling for the collapse.')"
# A warning of what the warner would do, coding nothing of its own, is a
# threat, aimed at the warned or at whom its condition names.
check code_warned_it_would "RUS>FIN:130" \
    "$(dated 2022-05-12 "Russia warned on Thursday that it would be forced to take retaliatory steps if Finland joined NATO.")"
check code_warned_that_would_not_hesitate "PRKGOV>USA:130
PRKGOV>KOR:130" \
    "$(dated 2024-09-10 'North Korean leader Kim Jong Un warned the United States and South Korea that Pyongyang would not hesitate to use its nuclear weapons, state media KCNA reported on Tuesday.')"
# What a conjunct of a requested act says is requested too.
check code_urged_to_halt_and_focus_on "IGOUNO>YEMGOV:0256
IGOUNO>YEMREB:0256" \
    "$(dated 2020-03-25 "UN Secretary-General Antonio Guterres on Wednesday urged Yemen's government and Houthi rebels to halt hostilities immediately and focus on fighting the coronavirus.")"
# A clause after ", and" with its own subject is an event of its own, not
# a relative clause of the noun before it; "neighbouring" before a name is
# an adjective; the troops who fled retreated before the rebels.
check code_and_clause_after_comma "CODREB>COD:192
CODMIL>CODREB:0874
CODGOV>RWA:1123" \
    "$(dated 2012-11-20 "M23 rebels seized the eastern Congolese city of Goma on Tuesday after government troops fled, and Congo's President Joseph Kabila accused neighbouring Rwanda of arming the insurgents.")"
# "shot down" is the phrasal verb with its object, also when the tagger
# took "shot" for a participle; returning fire is fighting.
check code_shot_down_a_warplane "TURMIL>RUSMIL:195" \
    "$(dated 2015-11-24 'Turkish F-16 fighter jets shot down a Russian warplane near the Syrian border on Tuesday.')"
check code_returned_fire "KORMIL>:190" \
    "$(dated 2010-11-23 'South Korean forces returned fire.')"
# Gunmen of an armed group are the group's, whatever country is named on
# the way; armed men storming a building attack it (a crowd riots); calling
# something a terrorist attack is criticism.
check code_gunmen_from_a_group "SOMREB>KEN:190" \
    "$(dated 2013-09-21 "Gunmen from Somalia's al-Shabaab militant group stormed the upscale Westgate shopping mall in Nairobi on Saturday.")"
check code_armed_men_storm_offices "UAF>:190
FRAGOV>UAF:111" \
    "$(dated 2015-01-07 'Masked gunmen stormed the Paris offices of satirical weekly Charlie Hebdo on Wednesday, and President Francois Hollande called it a terrorist attack of exceptional barbarity.')"
# Armed forces strike no labour strike; warplanes strike from the air (at
# the country the what-clause places the camp in).
check code_warplanes_struck_no_labour_strike "INDMIL>PAK:195" \
    "$(dated 2019-02-26 'Indian warplanes struck what New Delhi said was a militant training camp in Pakistan on Tuesday.')"
# An event noun naming again the kind of a verb's event by the same
# country, on the same side, tells that event again.
check code_summit_names_the_meeting_again "USAGOV>PRKGOV:040
PRKGOV>USAGOV:040" \
    "$(dated 2018-06-12 "U.S. President Donald Trump and North Korean leader Kim Jong Un met in Singapore on Tuesday, the first summit between the two countries' leaders.")"
# A country's own institutions named with no country are the story's
# country's, not the last foreign voice's.
check code_police_of_the_story_country "RUSJUD>RUSCVL:116
USA>RUSJUD:111
RUSCOP>:173" \
    "$(dated 2012-08-17 'A Moscow court sentenced three members of the punk band Pussy Riot to two years in prison on Friday. The United States criticised the sentences as disproportionate. Outside the courthouse, police detained dozens of supporters.')"
# What the people acted on had just done -- "protesters who stormed ..."
# -- is news of its own, not background.
check code_protesters_who_stormed "KGZCOP>KGZCVL:175
KGZCVL>KGZGOV:145" \
    "$(dated 2010-04-07 'Kyrgyz police opened fire on thousands of anti-government protesters who stormed government buildings in Bishkek on Wednesday.')"
# What a causative verb makes someone do is done, by that someone, and is
# news of its own.
check code_prompting_x_to_withdraw "SSDMIL>SDN:192
SDNGOV>SSDGOV:164" \
    "$(dated 2012-04-10 'South Sudanese troops seized the disputed Heglig oil field from Sudan on Tuesday, prompting Khartoum to withdraw from African Union-backed negotiations with Juba.')"
# A concession named to no one in a sentence that tells of protests
# yields to the protesters (and 18 days of protests are the public's
# protest, code_weeks_of_street_protests); "the emirate" is the last country named; a
# concession said twice, generally and precisely, is one.
check code_resigned_after_protests "EGYGOV>EGYCVL:0831
EGYCVL>EGYGOV:141" \
    "$(dated 2011-02-11 'Egyptian President Hosni Mubarak resigned on Friday after 18 days of mass street protests demanding an end to his rule.')"
check code_bowed_and_resigned "LKAGOV>LKACVL:0831" \
    "$(dated 2022-07-14 "Sri Lankan President Gotabaya Rajapaksa bowed to protesters' demands and resigned on Thursday.")"
check code_border_with_the_emirate "SAU>QAT:161
SAU>QAT:191" \
    "$(dated 2017-06-05 'Saudi Arabia severed diplomatic ties with Qatar on Monday and closed its land border with the emirate.')"
# What a demand's that-clause asks for is not done.
check code_demanded_that_x_cooperate "RUS>IGOUNOSEC:129" \
    "$(dated 2017-04-12 'Russia vetoed a U.N. Security Council draft resolution on Wednesday that would have condemned the attack and demanded that Damascus cooperate with investigators.')"
# An attack whose subject is an aircraft or a missile is an air strike.
check code_drones_struck_is_an_air_strike "SAUMIL>YEMREB:195
YEMREB>SAU:195" \
    "$(dated 2019-09-14 'Saudi warplanes struck Houthi positions on Thursday. Houthi drones struck two Saudi oil facilities on Saturday.')"
# ... also on a verb conjoined to the main one.
check code_accusing_on_a_conjoined_verb "SAU>QAT:161
SAU>QAT:191
SAU>QATGOV:1121" \
    "$(dated 2017-06-05 'Saudi Arabia severed diplomatic ties with Qatar on Monday and closed its land border with the emirate, accusing Doha of supporting terrorism.')"
# A second clause after ", and": its subject then an -ed form and an
# object is a past tense, its own event.
check code_and_second_clause_past "LBNREB>ISRMIL:181
ISRMIL>LBN:195" \
    "$(dated 2006-07-12 'Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday, and Israeli warplanes struck bridges and roads in southern Lebanon.')"
# A denial answers an accusation aimed at the denier itself, also at home;
# a condemned attack answers any violence just told, a storming too.
check code_rebels_deny_the_accusation "UKRGOV>UKRREB:112
UKRREB>UKRGOV:016" \
    "$(dated 2014-07-17 "Ukraine's government accused pro-Russian separatists of shooting down the airliner. The rebels denied any involvement.")"
check code_condemned_the_attack_on_the_embassy "IRNCVL>GBRGOV:145
GBRGOV>IRN:111" \
    "$(dated 2011-11-29 'Hundreds of Iranian protesters stormed the British embassy in Tehran on Tuesday. British Foreign Secretary William Hague condemned the attack as utterly unacceptable.')"
# State forces killing civilians during demonstrations repress them.
check code_killed_during_demonstrations "CMRMIL>CMRCVL:175" \
    "$(dated 2017-10-01 "Cameroonian soldiers shot dead at least eight people in the country's English-speaking regions on Sunday during pro-independence demonstrations.")"
# An ousted, deposed or toppled ruler is an elite, not the government;
# "ousted" before a title is an adjective.
check code_ousted_president_is_elite "EGYJUD>EGYELI:116" \
    "$(dated 2015-06-16 'An Egyptian court sentenced ousted President Mohamed Mursi to 20 years in prison on Tuesday.')"
check code_former_dictator_of_the_story_country "GTMJUD>GTMELI:116" \
    "$(dated 2013-05-10 'A Guatemalan court convicted former dictator Efrain Rios Montt of genocide on Friday.')"
# A place target held by rebels is the rebels of its country.
check code_rebel_held_villages "RUSMIL>SYRREB:195
SYRMIL>SYRREB:192" \
    "$(dated 2016-12-12 'Russian warplanes bombed rebel-held villages near Aleppo on Sunday. Syrian government forces captured the last rebel-held districts of eastern Aleppo on Monday.')"
# Sending someone into exile expels him; a title with a name no
# dictionary knows is a person "him" stands for; cutting the internet
# restricts freedoms.
check code_sent_him_into_exile "HNDMIL>HNDGOV:173
HNDMIL>HNDGOV:174" \
    "$(dated 2009-06-28 'Honduran soldiers arrested President Manuel Zelaya at his home on Sunday and sent him into exile in Costa Rica.')"
# (going into exile oneself expels no one)
check code_flew_into_exile "LBRGOV>:0831" \
    "$(dated 2003-08-11 'Liberian President Charles Taylor resigned on Monday and fled into exile in Nigeria.')"
check code_cut_internet_services "EGYGOV>:1721" \
    "$(dated 2011-01-28 "Egypt's government cut internet and mobile phone services on Friday.")"
# Forces that arrive in a country to help protect it; "national" between
# a demonym and a name is the noun.
check code_police_landed_to_lead_a_mission "KENCOP>HTI:074" \
    "$(dated 2024-06-25 'The first contingent of about 400 Kenyan police officers landed in Haiti on Tuesday to lead a multinational security mission.')"
check code_french_national_released "IRN>FRACVL:0841" \
    "$(dated 2025-03-20 'Iran released French national Olivier Grondeau on Thursday.')"
# Forces only meant to be sent to help are an intent to protect (0334),
# not a threat.
check code_will_send_police_to_help "KEN>HTI:0334" \
    "$(dated 2024-03-04 'Kenya will send 400 more police officers to Haiti to join a multinational security force.')"
# A participle the parser made the root modifies the subject; the finite
# verb after it is the event.
check code_protesters_demanding_stormed "LKACVL>LKAGOV:145" \
    "$(dated 2022-07-09 'Thousands of protesters demanding his resignation stormed the official residence of Sri Lankan President Gotabaya Rajapaksa in Colombo on Saturday.')"
# A plain statement beside a statement of a kind by the same actor is
# that statement.
check code_said_concerned_warning "IGOUNOWHO>:012" \
    "$(dated 2024-08-14 'World Health Organization chief Tedros Adhanom Ghebreyesus said on Wednesday he was deeply concerned about the rapid spread of a new mpox strain in Congo and neighbouring countries, warning it could soon reach other continents.')"
# A statement whose reported clause is a mood: optimism, pessimism.
check code_said_he_was_confident "COLGOV>:013
CHNGOV>USAGOV:012" \
    "$(dated 2024-01-01 "Colombian President Gustavo Petro said on Monday he was confident that a peace agreement could be reached. Chinese Premier Wen Jiabao said on Friday he was worried about the safety of China's holdings of U.S. Treasury bonds.")"
# Shipping vaccine doses to a country is humanitarian aid.
check code_shipped_vaccine_doses "IGOUNOWHO>COD:073" \
    "$(dated 2018-05-21 'The World Health Organization has shipped more than 4,000 doses of an experimental Ebola vaccine to Congo.')"
check code_flew_him_into_exile "HNDMIL>HNDGOV:173
HNDMIL>HNDGOV:174" \
    "$(dated 2009-06-28 'Honduran soldiers arrested President Manuel Zelaya at his home on Sunday and flew him into exile in Costa Rica.')"
# Attending a ceremony abroad is a visit to its country; a trip inside
# one's own country visits no one.
check code_attended_the_ceremony_abroad "ETHGOV>SDN:042" \
    "$(dated 2019-08-17 'Ethiopian Prime Minister Abiy Ahmed attended the ceremony in Khartoum.')"
check code_ceremony_at_home_is_no_visit "" \
    "$(dated 2020-01-01 'Russian President Vladimir Putin attended a ceremony in Moscow on Monday.')"
# Indigenous leaders and groups are civilians; what came "after which"
# the main event is news, not background.
check code_talks_after_which_withdrew "ECUGOV>ECUCVL:046
ECUCVL>ECUGOV:046
ECUGOV>:0832" \
    "$(dated 2019-10-13 'Ecuadorean President Lenin Moreno and indigenous leaders held U.N.-mediated talks on Sunday, after which Moreno withdrew a decree that had ended decades-old fuel subsidies.')"
# A reaction to a foreign country's forces answers their country; to one's
# own country's forces, the forces.
check code_demanded_release_from_foreign_forces "IRNMIL>GBR:1711
GBR>IRN:1053" \
    "$(dated 2019-07-19 "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday. Britain demanded the immediate release of the ship.")"
check code_condemned_own_forces "SYRMIL>:194
SYROPP>SYRMIL:111" \
    "$(dated 2019-07-19 'Syrian troops shelled the town on Friday. The Syrian opposition condemned the shelling.')"
# Calling something a name is no phone call (it is criticism when the
# name is); calling someone is.
check code_called_the_decision_a_name "FRAGOV>:111" \
    "$(dated 2021-09-17 'French Foreign Minister Jean-Yves Le Drian called the decision a stab in the back.')"
check code_called_his_counterpart "USAGOV>TURGOV:041" \
    "$(dated 2021-09-17 'Biden called his Turkish counterpart on Tuesday.')"
# In a short item, the first statement is the lead when there is no other
# event, and residents or analysts saying something are sources.
check code_item_of_statements_keeps_its_lead "IGONAT>:010" \
    "$(dated 2019-11-05 'NATO Secretary-General Jens Stoltenberg said on Tuesday the alliance had no plans to deploy new missiles in Europe. He said any response would be measured.')"
check code_residents_said_is_a_source "" \
    "$(dated 2006-12-28 'Residents of Mogadishu said looting broke out in several districts on Thursday.')"
# Taking power is no seizure of property: the coup is told by its acts
# (the ultimatum's span, parsed inside the relative clause, is "gave"'s).
check code_officers_who_seized_power "IGOWAF>NERMIL:139" \
    "$(dated 2023-07-30 'The West African bloc ECOWAS on Sunday gave the military officers who seized power in Niger one week to reinstate President Mohamed Bazoum.')"
check code_juntas_which_seized_power "" \
    "$(dated 2024-01-28 'The three juntas, which seized power in a string of coups since 2020, have grown close to Russia.')"
# "travel bans": "travel" before "bans" is a noun, not a verb conjoined to
# "imposed" (the ban's targets were lost with it).
check code_travel_bans_on_officials "IGOEUR>BLRGOV:163" \
    "$(dated 2020-10-02 'The European Union imposed asset freezes and travel bans on Friday on about 40 Belarusian officials.')"
# An object shifted after its "as" complement is the object.
check code_dismissed_as_groundless_allegations "RUSGOV>USA:120" \
    "$(dated 2016-12-30 "Russia's Foreign Ministry on Friday dismissed as groundless U.S. allegations that Moscow had ordered the hacking of Democratic Party emails.")"
# Of two for-phrases, the one naming an actor is the recipient.
check code_warrant_for_bashir_for_war_crimes "IGOICC>SDNGOV:173" \
    "$(dated 2009-03-04 'The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir on Wednesday for war crimes and crimes against humanity in Darfur.')"
check code_condemned_own_protesters "EGYCVL>EGYLEG:145
EGYGOV>EGYCVL:111" \
    "$(dated 2011-11-29 'Hundreds of Egyptian protesters stormed the parliament in Cairo on Tuesday. The Egyptian government condemned the attack.')"
# A threat named at no one is aimed at the other country or IGO that the
# threatened act names (not one in a clause of its own inside it).
check code_threatened_tariffs_on_colombia "USAGOV>COL:1312" \
    "$(dated 2025-01-26 'U.S. President Donald Trump threatened on Sunday to impose sweeping tariffs and sanctions on Colombia after Bogota turned back two military aircraft carrying deported migrants.')"
check code_threatened_funding_of_the_who "USAGOV>IGOUNOWHO:130" \
    "$(dated 2020-04-07 'U.S. President Donald Trump threatened on Tuesday to put a hold on funding for the World Health Organization.')"
# A plain statement whose reported clause names no actor is a source.
check code_officials_said_the_toll_would_rise "" \
    "$(dated 2004-12-26 'Thai officials said the toll was expected to rise.')"
check code_officials_said_about_an_actor "THAGOV>:010" \
    "$(dated 2004-12-26 'Thai officials said Cambodia was expected to reopen the border.')"
check code_ground_and_air_offensive_against "TURMIL>SYRREB:190" \
    "$(dated 2019-10-09 'Turkish troops launched a ground and air offensive against Kurdish-led forces in northeast Syria on Wednesday.')"
# Cylinders of chlorine dropped on a town are a chemical attack.
check code_dropped_cylinders_of_chlorine "SYRMIL>SYRCVL:2041" \
    "$(dated 2023-01-27 'At least one Syrian air force helicopter dropped two cylinders of chlorine gas on the rebel-held town of Douma, killing 43 people.')"
# A concession after a protest told just before yields to the protesters;
# withdrawing a reform is easing a policy.
check code_resign_after_storming "LKACVL>LKAGOV:145
LKAGOV>LKACVL:0341" \
    "$(dated 2022-07-09 'Protesters stormed the official residence of Sri Lankan President Gotabaya Rajapaksa in Colombo on Saturday. The parliament speaker said later that Rajapaksa had agreed to resign on Wednesday.')"
check code_withdrew_a_reform_after_protests "NICGOV>NICCVL:0832
NICCVL>NICGOV:141" \
    "$(dated 2018-04-22 'Nicaraguan President Daniel Ortega withdrew a contested social security reform on Sunday after five days of protests.')"
# "two" as a count is no pair; a reported clause that tells an act (here
# before its head) keeps the statement.
check code_two_as_a_count_is_no_pair "ISR>IRN:190" \
    "$(dated 2024-01-01 'Israel struck targets in Iran on Friday. The strikes killed two commanders.')"
check code_said_the_attacks_would_continue "SYRGOV>:010" \
    "$(dated 2024-01-01 'Syrian officials said the attacks would continue.')"
# A bare title owning the object ("the king's decision") is the last person
# with that title, not the country named just before it.
check code_praised_the_kings_decision "USA>NPLGOV:051
IND>NPLGOV:051" \
    "$(dated 2006-04-24 'Nepal'"'"'s King Gyanendra restored the dissolved parliament on Monday. The United States and India praised the king'"'"'s decision.')"
# A reaction to "the decision" answers the act, not another voice's
# condemnation of it told in between.
check code_denounced_the_decision_after_a_condemnation "GMBGOV>:128
USA>GMBGOV:111
IGOAFU>GMBGOV:111" \
    "$(dated 2016-12-09 'Gambian President Yahya Jammeh on Friday rejected the result of the presidential election. The United States condemned the move. The African Union denounced the decision as null and void.')"
# "condemned the deployment" answers a sending of troops (074).
check code_condemned_the_deployment_of_troops_sent "SAU>BHR:074
BHROPP>SAU:111" \
    "$(dated 2011-03-14 'Saudi Arabia sent about 1,000 troops into Bahrain on Monday. Bahrain'"'"'s main opposition group condemned the deployment as an occupation.')"
# A blockade or storming with no target named is aimed at the protesters'
# own government, like a rally.
check code_blocked_a_motorway_is_against_the_government "NLDENV>NLDGOV:144" \
    "$(dated 2023-01-28 'Dutch climate activists blocked the A12 motorway in The Hague to demand an end to fossil fuel subsidies.')"
# The opposition, parties, civilians, students and unions speak to their
# own government when they name no one.
check code_opposition_rejected_the_result "VENOPP>VENGOV:128" \
    "$(dated 2024-07-29 'Venezuela'"'"'s opposition rejected the official result of the presidential election.')"
check code_opposition_threatened_a_boycott "TZAOPP>TZAGOV:1312" \
    "$(dated 2025-04-01 'Tanzania'"'"'s main opposition party Chadema threatened to boycott this year'"'"'s general election unless electoral reforms are passed.')"
# An armed side's role word as the adjective of the places it holds names
# the target ("separatist positions", "insurgent camps").
check code_shelled_separatist_positions "AZEMIL>AZEREB:194" \
    "$(dated 2023-09-19 'Azerbaijani forces shelled separatist positions in Nagorno-Karabakh on Tuesday.')"
check code_bombed_insurgent_camps "NGAMIL>NGAREB:195" \
    "$(dated 2023-09-19 'Nigerian jets bombed insurgent camps in Borno state.')"
# An investigation named at no one is aimed at the doer its into-phrase
# names, or at whoever did the act it names; not at a place or at the
# victims of that act.
check code_investigation_into_crimes_committed_by "IGOICC>RUSMIL:094" \
    "$(dated 2022-03-02 'The International Criminal Court'"'"'s prosecutor said on Wednesday he had opened an investigation into possible war crimes committed by Russian forces in Ukraine.')"
# (police firing on striking workers is violent repression, 175: the
# strikers are protesters, and "striking" before them is no verb)
check code_inquiry_into_the_shootings "ZAFCOP>ZAFLAB:175
ZAFGOV>ZAFCOP:091" \
    "$(dated 2012-08-16 'South African police opened fire on striking miners at the Marikana platinum mine on Thursday, killing 34 people. President Jacob Zuma ordered a judicial inquiry into the shootings.')"
check code_investigation_into_crimes_in_a_place "IGOICC>UKR:094" \
    "$(dated 2022-03-02 'The International Criminal Court opened an investigation into alleged war crimes in Ukraine.')"
# Investing a sum in another country is economic cooperation, not aid.
check code_invested_billions_in "ARE>EGY:061" \
    "$(dated 2024-02-23 'The United Arab Emirates invested 35 billion dollars in Egypt'"'"'s Ras El-Hekma coastal development.')"
# "former" parsed as the complement of "found": the verdict still codes.
check code_found_former_president_guilty "FRAJUD>FRAELI:116" \
    "$(dated 2021-03-01 'A Paris court found former French President Nicolas Sarkozy guilty of illegal campaign financing.')"
# Companies named by their trade are businesses.
check code_chipmaker_is_a_business "USA>CHNBUS:163" \
    "$(dated 2023-07-16 'The United States imposed sanctions on a Chinese chipmaker.')"
# A reduced relative parsed as a relative clause of the subject noun.
check code_protesters_opposed_to_blocked "CANCVL>CANGOV:144" \
    "$(dated 2022-02-10 'Canadian protesters opposed to COVID-19 vaccine mandates blocked the Ambassador Bridge between Windsor and Detroit for a fourth day on Thursday.')"
# Denying a media report answers no accuser: no event.
check code_denied_a_newspaper_report "" \
    "$(dated 2012-10-21 'Iran'"'"'s foreign ministry on Sunday denied a newspaper report that Tehran had agreed to hold one-on-one talks with Washington.')"
# A role in a "where" clause about a country is that country's; seizing
# power "hours after" (power parsed as a compound) is still no seizure.
check code_where_army_officers_seized_power "IGOAFU>GABMIL:111" \
    "$(dated 2023-08-30 'ADDIS ABABA, Aug 30 (Reuters) - The African Union condemned on Wednesday the military takeover in Gabon, where army officers seized power hours after election officials declared President Ali Bongo the winner of a disputed vote.')"
# A person "shot" (193) by no one named, like one shot dead, was attacked
# by unknown assailants: an attempt on a leader.
check code_senator_was_shot "UAF>COLOPP:185" \
    "$(dated 2025-06-08 'Colombian opposition senator Miguel Uribe was shot in the head on Saturday.')"
# What two sides agree to do they do to each other.
check code_two_sides_agreed_to_reopen_embassies "ETHGOV>ERIGOV:057
ERIGOV>ETHGOV:057
ERIGOV>ETHGOV:054
ETHGOV>ERIGOV:054" \
    "$(dated 2018-07-09 'Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a declaration in Asmara on Monday. The two leaders also agreed to reopen embassies.')"
# What a causative makes its object do is done by the object; a country's
# martial law on itself has no recipient.
check code_prompting_the_president_to_declare "YEMCOP>YEMCVL:175
YEMGOV>:1724" \
    "$(dated 2011-03-18 'Yemeni police opened fire on anti-government protesters in Sanaa on Friday, killing at least 45 people, prompting President Ali Abdullah Saleh to declare a nationwide state of emergency, witnesses and officials said.')"
check code_country_declared_martial_law "ARM>:1724
ARM>AZE:112" \
    "$(dated 2020-09-27 'Armenia declared martial law and general mobilisation, accusing Azerbaijan of launching air and artillery attacks on civilian settlements.')"
# Optimism, pessimism or a plan named at no one is about the counterpart
# its clause names -- not a place, an owner or a meeting's forum.
check code_confident_of_a_deal_with_rebels "COLGOV>COLREB:013" \
    "$(dated 2024-06-10 'Colombian President Gustavo Petro said on Monday he was confident that a peace agreement with National Liberation Army rebels could be signed before his term ends.')"
check code_considering_asking_the_imf "LKAGOV>IGOIMF:014" \
    "$(dated 2025-06-24 'Sri Lanka'"'"'s government is considering asking the International Monetary Fund for a new loan programme, a finance ministry official said.')"
check code_pessimistic_about_peace_in_a_place "IGOUNO>:012" \
    "$(dated 2024-01-01 'UN Secretary-General Antonio Guterres said he was deeply pessimistic about the prospects for peace in Sudan.')"
check code_optimistic_about_a_summit "IDNGOV>:013" \
    "$(dated 2022-11-14 'Indonesian President Joko Widodo said he was optimistic that the G20 summit in Bali would end with a joint declaration.')"
# Protest leaders are the protesting civilians' (CVL), not the opposition.
check code_arrested_protest_leaders "SDNCOP>SDNCVL:173" \
    "$(dated 2019-01-05 'Sudanese security forces arrested protest leaders in Khartoum on Saturday.')"
# "called it an unprovoked attack": "it" is the act just told, so the
# criticism answers its doer, not the speaker itself.
check code_called_it_an_unprovoked_attack "IRNMIL>USAMIL:190
USAMIL>IRNMIL:111" \
    "$(dated 2019-06-20 'Iran'"'"'s Revolutionary Guards shot down a U.S. military surveillance drone over the Strait of Hormuz on Thursday. The U.S. military called it an unprovoked attack on an American asset in international airspace.')"
# A role placed by its participle's object list is one actor per country.
check code_juntas_ruling_three_countries "NERMIL>IGOWAF:160
MLIMIL>IGOWAF:160
BFAMIL>IGOWAF:160" \
    "$(dated 2024-01-28 'The military juntas ruling Niger, Mali and Burkina Faso said on Sunday they were withdrawing from the West African bloc ECOWAS with immediate effect.')"
# "accusing it of ...": "it" is the nearest other actor named before it,
# not the accuser.
check code_withdrew_accusing_it "NERMIL>IGOWAF:160
NERMIL>IGOWAF:112" \
    "$(dated 2024-01-28 'Niger'"'"'s military junta said on Sunday it was withdrawing from the West African bloc ECOWAS, accusing it of posing a threat to its member states.')"
# Armed men of no named side belong where they fight, not to the target
# named first in the sentence.
check code_militants_attacked_a_consulate_abroad "LBYREB>USAGOV:190" \
    "$(dated 2012-09-11 'Armed militants attacked the U.S. consulate in the Libyan city of Benghazi with guns and rocket-propelled grenades on Tuesday night.')"
# An acronym is no one's name, whatever the name tagger's span says.
check code_us_president_acronym "USAGOV>IRN:163" \
    "$(dated 2024-04-18 'US President Joe Biden imposed new sanctions on Iran on Thursday.')"
# "seized power plants" is a seizure; only a span of time after "power"
# ("seized power hours after ...") is the misparse of taking power.
check code_seized_power_plants "YEMREB>:171" \
    "$(dated 2024-01-01 'Houthi rebels seized power plants in Sanaa on Monday.')"
# An attack's target located "inside" a country that is not the
# attacker's is that country.
check code_targets_inside_a_country "TURMIL>IRQ:195" \
    "$(dated 2019-06-16 'Turkish jets bombed targets inside Iraq on Sunday.')"
# "at tens of thousands of protesters": the crowd's of-noun is the
# target; pepper spray is a riot weapon too.
check code_fired_at_tens_of_thousands "KENCOP>KENCVL:175" \
    "$(dated 2020-07-06 'Kenyan police fired tear gas and pepper spray at tens of thousands of protesters blocking roads near parliament in Nairobi on Sunday.')"
# "Hong Kong police" read as two subjects ("Hong", "police"): one actor,
# the police, whose target is not dropped as the bare country's own.
check code_hong_kong_police_one_actor "HKGCOP>HKGCVL:175" \
    "$(dated 2019-08-11 'Hong Kong police fired tear gas at protesters on Sunday.')"
# A participle right after an actor in the object's phrase is that
# actor's reduced relative: the protesters block the roads, not the police.
printf '%s\n' '{"id":"t","date":"2020-07-06","text":"Thai police fired tear gas at thousands of protesters blocking main roads near government headquarters on Sunday."}' >"$TMP/relative.jsonl"
check_contains code_participle_after_the_target_is_its_own "event 144 THACVL -> THAGOV" \
    "$("$DYAD" code --explain "$TMP/relative.jsonl" 2>&1)"
# A foreign police force's act answered by a third party is answered as
# its government's (four of six dev rows; the victim answers the country).
check code_condemned_foreign_police_arrests "BLRCOP>BLRMED:173
LTU>BLRGOV:111" \
    "$(dated 2020-08-09 'Belarusian police detained dozens of journalists in Minsk on Sunday. Lithuania condemned the arrests.')"
# A school hit abroad is the place's, not the attacker's from memory; an
# air strike as subject is aerial force (195) whatever the verb.
check code_school_hit_abroad_by_air_strike "USAMIL>SYREDU:195" \
    "$(dated 2016-10-01 'A U.S. air strike hit a school in the Syrian town of Atareb on Saturday, killing 12 children.')"
check code_air_strikes_hit_a_market "RUSMIL>SYR:195" \
    "$(dated 2018-03-05 'Russian air strikes hit a market in the Syrian town of Ariha on Monday.')"
# A region names no one, and "America" inside it is not the United States
# (so the visit names no host, and a visit to no one named is no event).
check code_latin_america_is_no_country "" \
    "$(dated 2013-06-03 'Chinese President Xi Jinping arrived in Latin America on Monday.')"
check code_south_american_leaders "BRA>:043" \
    "$(dated 2013-06-03 'Brazil hosted South American leaders on Monday.')"
# A dictionary name the parse split ("Human Rights" + a relative clause
# whose subject is "Watch") still acts; a dated group phrase out of its
# dates ("Syrian security forces", SYRMIL from December 2024) gives way to
# the shorter phrases, never to a person's name.
check code_split_name_and_undated_group "NGOHRW>SYRCOP:1122" \
    "$(dated 2011-05-12 'Human Rights Watch accused Syrian security forces on Thursday of torturing detainees.')"
check code_syrian_security_forces_before_2024 "SYRCOP>SYRCVL:175" \
    "$(dated 2011-05-12 'Syrian security forces attacked protesters on Thursday.')"
# Rejecting "the report" answers whoever made its accusation (120, not a
# denial: four of five blind gold rows).
check code_rejected_the_report "NGOAMN>NGAMIL:1121
NGAMIL>NGOAMN:120" \
    "$(dated 2018-02-20 'Amnesty International accused Nigerian soldiers on Tuesday of killing civilians. The army rejected the report as false.')"
# "an army spokesman" speaks for the army, not for the last person named.
check code_army_spokesman_after_a_president "UGAGOV>UGAMIL:042
UGAMIL>KEN:111" \
    "$(dated 2005-09-15 'President Yoweri Museveni visited the troops on Monday. An army spokesman later criticised Kenya.')"
# A pull-out at home yields no one's place.
check code_withdrew_from_a_town_at_home "UKRMIL>:0874" \
    "$(dated 2024-02-17 "Ukraine's army withdrew from the eastern town of Avdiivka on Saturday.")"
# Protesters' arson is a riot (145), and a riot named at no one is against
# their own government, as a protest is; a second act of the same riot in
# the sentence is not another event.
check code_protesters_torched_cars "NGACVL>NGAGOV:145" \
    "$(dated 2019-10-05 'Protesters torched cars and looted shops in Lagos on Saturday.')"
# An adverb between a plural subject and a past tense the tagger read as a
# participle ("rebels formally opened peace talks") still makes it a verb.
check code_formally_opened_talks "PHLGOV>PHLREB:046
PHLREB>PHLGOV:046" \
    "$(dated 2016-06-22 'The Philippine government and communist rebels formally opened peace talks in Oslo on Wednesday.')"
# A verb read as a participle after an inserted phrase's comma, in a
# sentence with no finite verb, is the past tense.
check code_disguised_as_soldiers_kidnapped "COLREB>COLLEG:181" \
    "$(dated 2002-04-11 "Rebels from Colombia's FARC, disguised as soldiers, kidnapped 12 lawmakers in Cali on Thursday.")"
# WordNet's irregular forms the treebanks never show: "withheld" is a form
# of "withhold" (it was lemmatised "withhell" and coded nothing).
check code_withheld_budget_support "GBR>RWA:1621" \
    "$(dated 2012-11-30 'Britain withheld 21 million pounds in budget support from Rwanda on Friday.')"
# An intent's complement with two objects: the one that is an actor
# receives ("agreed to lend Ukraine 17 billion dollars").
check code_agreed_to_lend_a_country "IGOIMF>UKR:0331" \
    "$(dated 2019-05-12 'The IMF agreed to lend Ukraine 17 billion dollars.')"
# A pledge of aid goes to whom its purpose clause helps, or whom a
# for-phrase under the verb or its object names.
check code_pledged_to_help "QAT>SOMGOV:033" \
    "$(dated 2014-06-01 "Qatar pledged 500 million dollars on Sunday to help Somalia's government pay salaries.")"
check code_pledged_aid_for "JPN>YEM:0333" \
    "$(dated 2023-06-19 'Japan pledged 20 million dollars in new humanitarian aid for Yemen on Monday.')"
# Violence named at no one, reported by another country's state, was used
# against that country.
check code_said_troops_violated_the_ceasefire "RUSMIL>GEO:196" \
    "$(dated 2020-10-04 'Georgia said Russian troops had violated the ceasefire on Sunday.')"
# "their detention": a noun of what is done to someone, owned with no
# of-phrase, owns its victim -- the protesters did not detain anyone.
check code_protest_against_their_detention "KHMOPP>KHMGOV:142" \
    "$(dated 2017-09-05 'Jailed Cambodian opposition activists began a hunger strike to protest against their detention.')"
# A show of force's partner may hang on the object itself ("moved 2,000
# troops to its border with Belarus" with both phrases under "troops").
check code_moved_troops_to_its_border_with "POL>BLR:154" \
    "$(dated 2023-08-10 'Poland has moved about 2,000 additional troops to its border with Belarus, the defence ministry said on Thursday.')"
# A past tense the tagger read as a noun or an adverb before "on" + a day
# and an infinitive ("The European Union threatened on Monday to impose
# ..."); threatening to fire missiles is a threat of force (138).
check code_threatened_on_a_day_to "IGOEUR>BLR:1312" \
    "$(dated 2021-05-24 'The European Union threatened on Monday to impose new sanctions on Belarus unless the journalist was released.')"
check code_threatened_to_fire_missiles "PRKMIL>USA:138" \
    "$(dated 2017-08-09 "North Korea's army threatened on Wednesday to fire ballistic missiles at waters around the U.S. Pacific territory of Guam.")"
# Beginning war games or drills is a show of force; two countries' forces
# staging them together cooperate militarily (062), and "U.S. and
# Philippine troops" are both troops.
check code_began_war_games "IRNMIL>:150" \
    "$(dated 2012-12-28 "Iran's Revolutionary Guards began war games in the Strait of Hormuz on Sunday.")"
check code_joint_annual_exercises "USAMIL>PHLMIL:062
PHLMIL>USAMIL:062" \
    "$(dated 2016-04-04 'U.S. and Philippine troops began their annual Balikatan military exercises on Luzon island on Monday.')"
# Two sides exchanging fire in a place fight each other, not the place.
check code_exchanged_fire_in_kashmir "INDMIL>PAKMIL:193
PAKMIL>INDMIL:193" \
    "$(dated 2018-01-21 'Indian and Pakistani troops exchanged small-arms fire across the Line of Control in Kashmir on Sunday.')"
# "in defiance of X": the clause's subject defies X (not X defies).
check code_in_defiance_of_resolutions "PRK>IGOUNOSEC:128" \
    "$(dated 2012-12-12 'North Korea launched a long-range rocket on Wednesday in defiance of U.N. Security Council resolutions.' | grep ':128')"
# A non-state group that bombs uses bombs (183), not aerial weapons.
check code_insurgents_bombed_a_mosque "IMGISK>AFGREL:183" \
    "$(dated 2021-10-08 "Islamic State's Afghan branch bombed a Shi'ite mosque in Kunduz during Friday prayers." | grep ':183')"
# A request's that-clause with conjoined names: "that" is its subordinator
# and the first lower-case word after the names its verb ("demanded on
# Friday that Ethiopia and Eritrea stop fighting": 1056 to both).
check code_demanded_that_two_countries_stop "IGOUNOSEC>ETH:1056
IGOUNOSEC>ERI:1056" \
    "$(dated 2000-05-12 'The U.N. Security Council demanded on Friday that Ethiopia and Eritrea stop fighting and resume peace talks without delay.')"
# A pull-out's from-phrase on the verb that carries its noun.
check code_completed_their_withdrawal_from "ISRMIL>LBN:0874" \
    "$(dated 2000-05-24 'Israeli troops completed their withdrawal from southern Lebanon on Wednesday.')"
# Weapons that arrive are military aid, not a visit.
check code_launchers_arrived_in "USA>UKR:072" \
    "$(dated 2022-06-23 'The first U.S. HIMARS rocket launchers have arrived in Ukraine, the Ukrainian defence minister said on Thursday.')"
# What is told to someone and names no one is aimed at whom it is told to.
check code_told_that_it_was_ready "IRN>IGOEUR:036" \
    "$(dated 2012-02-15 'Iran told EU foreign policy chief Catherine Ashton on Wednesday that it was ready to resume nuclear talks with world powers.')"
# Troops that arrive as peacekeepers keep the peace (074), no visit.
check code_peacekeepers_arrived "UGAMIL>SOM:074" \
    "$(dated 2007-03-06 'Ugandan troops arrived in Mogadishu on Tuesday as the first contingent of an African Union peacekeeping force for Somalia.')"
# The Dalai Lama is a religious leader (REL).
check code_dalai_lama_is_religious "CHNGOV>CHNREL:112" \
    "$(dated 2008-03-17 'Beijing accused the Dalai Lama on Monday of orchestrating the unrest in Lhasa.' | grep ':112')"
# Denying a plan names no act done, and the plan denied is no event.
check code_denied_preparing_to_send_troops "" \
    "$(dated 2014-04-02 "Moldova's government denied on Wednesday that it was preparing to send troops to the border with the breakaway region of Transnistria.")"
# A consultation about a topic named after a country is with the partner
# its with-phrase names; by telephone it is 041.
check code_discussed_topic_with_by_telephone "FRAGOV>EGYGOV:041" \
    "$(dated 2024-03-10 'French President Emmanuel Macron discussed the Gaza ceasefire with Egyptian President Abdel Fattah al-Sisi by telephone on Sunday.')"
# A fighting noun that names no target is background, not an attack.
check code_in_response_to_attacks "NGA>NER:191" \
    "$(dated 2015-02-16 "Nigeria closed its border with Niger on Monday in response to the militants' attacks.")"
# Fighting fires is no fighting; fighting people still is.
check code_fought_wildfires "" \
    "$(dated 2021-08-03 'Greek soldiers fought the wildfires near Athens on Tuesday.')"
check code_fought_the_americans "IRQMIL>USA:190" \
    "$(dated 2003-03-23 'Iraqi troops fought the Americans near Nasiriya on Sunday.')"
# Bans and freezes imposed on another country's people are sanctions
# (163); imposed at home they stay restrictions (172).
check code_travel_bans_abroad_are_sanctions "IGOEUR>UKRGOV:163" \
    "$(dated 2014-02-20 'The European Union imposed travel bans and asset freezes on Ukrainian officials on Thursday.')"
check code_lockdown_at_home_is_restriction "ITAGOV>ITACVL:172" \
    "$(dated 2020-03-09 "Italy's government imposed a nationwide lockdown on its citizens on Monday.")"
# A demonym that continues a person's name is that name ("Cristiana
# Chamorro" is no one from Guam).
check code_demonym_inside_a_persons_name "NICCOP>NICOPP:173" \
    "$(dated 2021-06-02 'Nicaraguan police placed opposition leader Cristiana Chamorro under house arrest on Wednesday.')"
# A bomb that acts with no one named behind it is unknown attackers'
# bombing (UAF, 183); killing a leader that way is an assassination.
check code_bomb_killed_soldiers "UAF>USAMIL:1833" \
    "$(dated 2004-06-13 'A roadside bomb killed three U.S. soldiers in Baghdad on Sunday.')"
check code_bomb_exploded_killing "UAF>PAKCVL:183" \
    "$(dated 2002-10-13 'A bomb exploded in a crowded market in Peshawar on Sunday, killing 20 people.')"
check code_car_bomb_killed_former_leader "UAF>LBNELI:186" \
    "$(dated 2005-02-14 'A massive car bomb killed former Lebanese Prime Minister Rafik al-Hariri in central Beirut on Monday.')"
# A title parsed as the root with the verb its relative clause, and a
# by-phrase hung on "dead": the name's attackers are found.
check code_journalist_shot_dead_by_gunmen "UAF>MEXMED:1823" \
    "$(dated 2017-05-15 'Mexican journalist Javier Valdez was shot dead by unidentified gunmen in Culiacan on Monday.')"
# Troops ordered to a border are mobilised (154) against the country the
# border is with.
check code_ordered_troops_to_the_border "VENGOV>COL:154" \
    "$(dated 2015-08-27 'Venezuelan President Nicolas Maduro ordered 3,000 more troops to the border with Colombia on Thursday.')"
# A to-phrase on a list's last member is the whole list's; the pattern
# of the verb's own object goes before one of a conjunct's.
check code_sent_a_list_of_aid_to "JPN>NPL:073" \
    "$(dated 2015-04-27 'Japan sent tents, blankets and a medical team to Nepal on Monday.')"
# Announcing one's resignation is resigning (0831).
check code_announced_his_resignation "TUNGOV>:0831" \
    "$(dated 2011-02-27 'Tunisian Prime Minister Mohamed Ghannouchi announced his resignation on Sunday.')"
# A place captured from someone is captured from them.
check code_captured_town_from_fighters "IRQMIL>IMGISI:192" \
    "$(dated 2017-07-09 'Iraqi forces recaptured Mosul from Islamic State militants on Sunday.')"
# Troops pulled out of a capital leave the country, not its government.
check code_pulled_out_of_a_capital "ETHMIL>SOM:0874" \
    "$(dated 2009-01-13 'Ethiopian troops withdrew from Mogadishu on Tuesday.')"
# An emperor is his country's government.
check code_emperor_is_government "CHNGOV>JPNGOV:018" \
    "$(dated 2011-03-12 "Chinese President Hu Jintao expressed condolences on Saturday to Japan's emperor.")"
# A leader of an armed group with a code of its own is the group's (and
# killed by a drone strike, the act is an air strike, 195).
check code_armed_group_leader_is_the_group "USA>PAKREB:195" \
    "$(dated 2009-08-07 'Pakistani Taliban leader Baitullah Mehsud was killed by a U.S. drone strike in South Waziristan.')"
# Ordering foreign troops (or aid agencies) to leave expels them, the
# infinitive hung on the object or not; foreign agencies are no one's.
check code_ordered_troops_to_leave "UZB>USAMIL:166" \
    "$(dated 2005-07-29 'Uzbekistan on Friday ordered U.S. troops to leave the Karshi-Khanabad air base within 180 days.')"
check code_expelled_foreign_aid_agencies "SDN>NGO:1663" \
    "$(dated 2009-03-04 'Sudan ordered 13 foreign aid agencies to leave Darfur on Wednesday.')"
# A militia with a country is that country's rebels (REB), as writers
# code it, not unidentified attackers.
check code_militia_is_rebels "IGOICC>CODREB:116" \
    "$(dated 2012-03-14 'The International Criminal Court found Congolese militia leader Thomas Lubanga guilty on Wednesday of recruiting child soldiers.' | grep ':116')"
# A part of an actor named by a noun no dictionary lists ("the main
# faction of the rebel X") is that actor.
check code_faction_of_a_group "SDNGOV>SDNREB:057
SDNREB>SDNGOV:057" \
    "$(dated 2006-05-05 "Sudan's government and the main faction of the rebel Sudan Liberation Army signed a peace agreement in Abuja on Friday.")"
# An event noun inside what someone is hopeful about is the topic: the
# optimism (013) names the noun's partner, and the noun is no event.
check code_hopeful_about_a_summit "INDGOV>PAKGOV:013" \
    "$(dated 2001-07-12 'Indian Prime Minister Atal Bihari Vajpayee said he was hopeful that his summit with Pakistani President Pervez Musharraf would succeed.')"
# Hurling an insult at someone criticises them (111); hurling stones riots.
check code_hurled_an_expletive_at "PHLGOV>USAGOV:111" \
    "$(dated 2016-09-05 'Philippine President Rodrigo Duterte on Monday hurled an expletive at Barack Obama.')"
# Calling off talks halts negotiations (164); "mine" in a noun phrase is
# the pit, and its workers' strike is a strike.
check code_called_off_peace_talks "COLGOV>COLREB:164" \
    "$(dated 2019-01-18 'Colombian President Ivan Duque called off peace talks with ELN rebels on Friday.')"
check code_platinum_mine_workers_strike "ZAFLAB>ZAFGOV:143" \
    "$(dated 2012-08-10 "Workers at Lonmin's Marikana platinum mine in South Africa went on strike on Friday.")"
# What two sides pledge to do together is intent toward each other.
check code_two_leaders_pledged_to_work "PRKGOV>KORGOV:030
KORGOV>PRKGOV:030" \
    "$(dated 2018-04-27 'North Korean leader Kim Jong Un and South Korean President Moon Jae-in pledged on Friday to work toward complete denuclearisation of the peninsula.')"
# A river's bank is no business.
check code_river_bank_is_no_business "RUSMIL>:194" \
    "$(dated 2022-11-09 'Russian artillery shelled the east bank of the Dnipro River on Monday.')"
# "granted X asylum" with the parse hanging "asylum" on the name: the
# name is the indirect object, the asylum the object.
check code_granted_a_name_asylum "RUS>:075" \
    "$(dated 2013-08-01 'Russia granted Edward Snowden temporary asylum on Thursday.')"
# A commander of an armed group is the group's, wherever he is.
check code_group_commander_in_a_country "USAMIL>IMGAQD:195" \
    "$(dated 2012-05-06 "A U.S. drone strike killed a senior al-Qaeda commander in Yemen's Shabwa province on Saturday.")"
# "them" after a plural subject no dictionary knows, in the same
# sentence, is that subject, not the list remembered from before.
check code_them_is_not_the_earlier_list "RUSCOP>:173" \
    "$(dated 2012-08-17 "A Moscow court sentenced three members of Pussy Riot to two years in prison on Friday. The United States and the European Union criticised the sentences. Supporters outside the courthouse chanted and police detained dozens of them." | grep ':173')"
# Whoever planted it, a car bomb that kills is a car bombing (1832).
check code_car_bomb_planted_by_militants "AFGREB>AFGMIL:1832" \
    "$(dated 2012-05-06 'A car bomb planted by Taliban militants killed 10 soldiers in Kabul on Sunday.')"
# Drug cartels are criminal organisations (CRM), as the writers code them
# (and a clash between armed sides goes both ways).
check code_cartel_gunmen_are_criminals "MEXCRM>MEXMIL:190
MEXMIL>MEXCRM:190" \
    "$(dated 2024-10-22 'Mexican soldiers clashed with gunmen from the Sinaloa Cartel outside the city of Culiacan on Monday.')"
# Fire returned, or a strike back, named at no one answers whoever just
# attacked the actor's country; "..., and X retaliated." ends in a past
# tense, not a participle.
check code_returned_fire_answers_the_attacker "PRKMIL>KOR:194
KORMIL>PRKMIL:190" \
    "$(dated 2010-11-23 "North Korean artillery shelled South Korea's Yeonpyeong island on Tuesday, killing two marines, and South Korean forces returned fire.")"
check code_retaliated_at_a_clauses_end "PAKMIL>INDMIL:194
INDMIL>PAKMIL:190" \
    "$(dated 2020-01-01 'Pakistani troops fired mortars at Indian posts along the Line of Control, and Indian troops retaliated.')"
# An inquiry set up to investigate someone's acts is aimed at the doer
# its purpose clause names.
check code_inquiry_to_investigate_abuses_by "IGOUNOHRC>ERIGOV:090" \
    "$(dated 2014-06-27 "The U.N. Human Rights Council set up a commission of inquiry on Friday to investigate widespread abuses by Eritrea's government.")"
# A thousand deported migrants are a deportation (174); tens of
# thousands expelled are a mass expulsion (201).
check code_deported_a_thousand "MYS>MMRCVL:174" \
    "$(dated 2021-02-23 'Malaysia deported 1,086 Myanmar nationals on Tuesday.')"
check code_expelled_tens_of_thousands "DZA>:201" \
    "$(dated 2018-06-25 'Algeria has expelled more than 13,000 migrants over the past 14 months.')"
# Dissolving the opposition (its party named after it) is banning it.
check code_court_dissolved_the_opposition "KHMJUD>KHMOPP:1722" \
    "$(dated 2017-11-16 "Cambodia's Supreme Court dissolved the main opposition Cambodia National Rescue Party on Thursday.")"
# Hosting or brokering named at no one is for the two sides of the last
# act that went both ways.
check code_hosted_the_signing_for_both_sides "PER>ECU:057
ECU>PER:057
BRAGOV>ECU:043
BRAGOV>PER:043" \
    "$(dated 1998-10-26 'Peru and Ecuador signed a treaty in Brasilia on Monday ending a border dispute. Brazilian President Fernando Henrique Cardoso hosted the ceremony.')"
# "called X Y" judges X's doer, also one told earlier in the sentence;
# "the raid" after an article is a noun, and two objects of "call" are
# the thing and what it is called.
check code_called_the_move_illegal "THA>USA:063
RUSGOV>THA:111" \
    "$(dated 2010-11-16 'Thailand extradited suspected Russian arms dealer Viktor Bout to the United States on Tuesday, and Moscow called the move illegal.')"
check code_called_the_raid_an_act_of_war "LBNREB>ISRMIL:181
ISRGOV>LBNREB:111" \
    "$(dated 2006-07-12 'Hezbollah guerrillas abducted two Israeli soldiers in a cross-border raid on Wednesday. Prime Minister Ehud Olmert called the raid an act of war.')"
# People captured by an armed group, or seized by another country's
# forces, are abducted (181); a wanted man captured at home is arrested.
check code_guerrillas_captured_soldiers "LBNREB>ISRMIL:181" \
    "$(dated 2006-07-12 'Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday.')"
check code_forces_seized_foreign_sailors "IRNMIL>GBRMIL:181" \
    "$(dated 2007-03-23 'Iranian naval forces seized 15 British sailors and marines in the northern Gulf on Friday.')"
check code_marines_captured_a_drug_lord "MEXMIL>MEXCRM:173" \
    "$(dated 2014-02-22 "Mexican marines captured Joaquin 'El Chapo' Guzman, the world's most wanted drug lord, in a pre-dawn raid on Saturday.")"
# A reaction drawn from others is theirs, aimed at whoever drew it, and
# news of its own beside the act that drew it.
check code_drawing_condemnation_from "CHN>JPNGOV:111
KOR>JPNGOV:111" \
    "$(dated 2013-12-26 'Japanese Prime Minister Shinzo Abe visited the Yasukuni shrine for the war dead on Thursday, drawing swift condemnation from China and South Korea.')"
check code_drew_criticism_from "IGOEUR>:111" \
    "$(dated 2013-12-26 'The decision drew sharp criticism from the European Union.')"
# Driving an armed group out of a town is fighting it (190), the group
# the recipient, not the town; a fight between the subjects themselves
# goes both ways between them, whoever it killed.
check code_drove_militants_out_of_town "TCDMIL>NGAREB:190" \
    "$(dated 2015-02-03 'Chadian troops drove Boko Haram militants out of the Nigerian border town of Gamboru on Tuesday.')"
check code_two_armies_fought_killing_people "KGZMIL>TJKMIL:190
TJKMIL>KGZMIL:190" \
    "$(dated 2022-09-16 'Kyrgyz and Tajik border troops fought with guns and mortars over a disputed water facility on Thursday, killing at least 31 people.')"
# "the ... group/militants" after an armed group was named is that group,
# not the last country's rebels; driving someone from a stronghold is
# fighting them, driving from a city to an airport is no event.
check code_the_group_is_the_armed_group_named "KENMIL>SOMREB:190
SOMREB>:0874" \
    "$(dated 2012-09-28 'Kenyan troops landed on the beaches of Kismayo on Friday and drove al Shabaab militants from their last major stronghold in Somalia. The Islamist group said its fighters had withdrawn from the city.' | grep -v ':010')"
check code_drove_from_the_city_is_no_event "" \
    "$(dated 2013-12-26 'The president drove from the city to the airport on Sunday.')"
# An armed group's claim of responsibility makes it the doer of the
# attack told before it by unknown or unnamed attackers.
check code_claimed_responsibility_names_the_bomber "IMGISI>KWTCVL:1831" \
    "$(dated 2015-06-26 "A suicide bomber blew himself up in a crowded Shi'ite mosque in Kuwait City during Friday prayers, killing 27 worshippers, and Islamic State claimed responsibility.")"
# A rejection of a thing offered by others answers those who offered
# it; an anti-corruption commission is a judicial body.
check code_rejected_what_others_offered "IRN>GBR:120
IRN>FRA:120
IRN>DEU:120" \
    "$(dated 2008-06-14 'Iran on Saturday rejected a package of economic and nuclear incentives offered by Britain, France and Germany.')"
check code_anti_corruption_commission_is_judicial "THAJUD>THAGOV:090" \
    "$(dated 2014-01-16 "Thailand's National Anti-Corruption Commission launched an investigation on Thursday into Prime Minister Yingluck Shinawatra's handling of a rice subsidy scheme.")"
# Beating forecasts is no beating.
check code_beating_forecasts_is_no_assault "" \
    "$(dated 2013-11-18 "Chile's economy grew 5.2 percent in the third quarter, beating analysts' forecasts.")"
# A word the tagger does not know, after an adjective, with no adverb's
# ending, is a noun: "bilateral ceasefire" (it was read as an adverb).
check code_unknown_word_after_adjective_is_a_noun "COLGOV>COLREB:0871
COLREB>COLGOV:0871" \
    "$(dated 2017-10-01 "Colombia's government and the ELN rebel group began their first bilateral ceasefire on Sunday.")"
# Supporters or followers of a leader or group are their country's
# civilians; the opposition's stay the opposition.
check code_followers_of_a_cleric_are_civilians "IRQCVL>IRQGOV:141" \
    "$(dated 2007-04-09 "Followers of Shi'ite cleric Moqtada al-Sadr marched to Najaf on Monday.")"
check code_supporters_of_the_opposition "KENOPP>KENGOV:141" \
    "$(dated 2008-01-16 'Supporters of opposition leader Raila Odinga rallied in Nairobi.')"
# A verb conjoined to a requested to-clause is requested too, not done.
check code_urged_to_cease_fire_and_show_restraint "RUSGOV>AZE:0256
RUSGOV>ARM:0256" \
    "$(dated 2016-04-02 'Armenian and Azerbaijani forces clashed in Nagorno-Karabakh overnight. Russian President Vladimir Putin urged both sides to cease fire immediately and show restraint.' | grep -v ':190')"
# A name coded by its role and country is that actor again by its last
# word later ("Zakayev"), also as the name given to after "granted".
check code_surname_keeps_its_role "GBRJUD>RUS:120
GBR>RUSREB:075" \
    "$(dated 2003-11-13 "A London court on Thursday rejected Russia's request to extradite Chechen separatist envoy Akhmed Zakayev. Britain granted Zakayev political asylum earlier this month.")"
# Dozens of civilians killed by an armed group are a massacre (202); a
# handful stay a killing (1823).
check code_armed_group_killed_dozens_of_students "NGAREB>NGAEDU:202" \
    "$(dated 2014-02-25 'Boko Haram militants killed at least 29 students at a federal boarding school in Buni Yadi overnight.')"
check code_armed_group_killed_a_few "NGAREB>NGACVL:1823" \
    "$(dated 2014-02-25 'Boko Haram militants killed four villagers near Maiduguri overnight.')"
# A visit to nowhere the coder can name is no event.
check code_visit_to_no_one_named_is_no_event "" \
    "$(dated 2010-11-01 'He spent about four hours on the island, touring a fish-processing plant and new housing.')"
# A word WordNet knows only as a noun, read as a verb before a noun, is
# that noun's modifier: "to earthquake survivors".
check code_food_to_earthquake_survivors "IGOUNOWFP>HTICVL:073" \
    "$(dated 2010-01-15 'The World Food Programme began distributing food to earthquake survivors in Port-au-Prince on Friday.')"
# The government of a former leader is that leader's (ELI), not today's.
check code_government_of_former_president "SENGOV>SENELI:112" \
    "$(dated 2024-09-26 'Senegalese Prime Minister Ousmane Sonko accused the government of former President Macky Sall of hiding billions of dollars of public debt.')"
check code_government_of_the_president "RUSGOV>UKRGOV:111" \
    "$(dated 2024-09-26 'Putin criticised the government of President Zelensky.')"
# Saying one carried out the attack just told claims it: the attack is
# the group's, and the claim no second attack.
check code_said_they_carried_out_the_attack "BDIREB>CODREF:202" \
    "$(dated 2004-08-14 "Gunmen killed at least 150 Congolese Tutsi refugees at a U.N. transit camp in western Burundi overnight, and Burundi's Hutu rebel National Liberation Forces said they carried out the attack.")"
# A past with no passive ("exploded") after a singular noun and before a
# preposition is the verb, not a participle: the bomb's attack is coded.
check code_bomb_exploded_at_a_shrine "UAF>THACVL:183" \
    "$(dated 2015-08-17 'A bomb exploded at a popular Hindu shrine in central Bangkok during the evening rush hour on Monday, killing at least 19 people and wounding more than 100, police said.')"
# Inaugurating a pipeline together is economic cooperation (061) between
# the two, both ways; inaugurating a church stays a ceremony (017).
check code_inaugurated_a_pipeline_together "KAZ>CHN:061
CHN>KAZ:061" \
    "$(dated 2005-12-15 'Kazakhstan and China inaugurated a 1,000-km oil pipeline on Thursday.')"
# Police force on people the text says are protesting is repression (175);
# their protest against the president is an event of its own (students
# shown protesting are protesters, CVL).
check code_police_attacked_students_protesting "NICCOP>NICCVL:175
NICCVL>NICGOV:140" \
    "$(dated 2018-07-14 'Nicaraguan police attacked students protesting against President Daniel Ortega in a Managua church overnight.')"
# Seizing control of a company is a confiscation (1711), taken from the
# owner its from-phrase names.
check code_seized_control_of_a_company_from "ARGGOV>ESP:1711" \
    "$(dated 2012-04-16 "Argentine President Cristina Fernandez moved on Monday to seize control of oil company YPF from Spain's Repsol.")"
# A passive conjoined to a clause shares that clause's subject as its
# recipient.
check code_arrived_and_was_welcomed_by "BOLGOV>IRN:042
IRNGOV>BOLGOV:043" \
    "$(dated 2008-09-01 'Bolivian President Evo Morales arrived in Tehran on Monday and was welcomed by President Mahmoud Ahmadinejad at a ceremony.')"
# A present tense in -ed is a past ("leaders threatened on Friday to"),
# and force that is used is no armed force.
check code_threatened_to_use_force "IGOWAF>CIVGOV:138" \
    "$(dated 2010-12-24 "West African leaders threatened on Friday to use legitimate force to remove Ivory Coast's Laurent Gbagbo.")"
# An accusation in a sentence that calls the acts war crimes is one of
# war crimes (1124).
check code_accused_saying_war_crimes "NGOHRW>ETHMIL:1124" \
    "$(dated 2008-06-12 'Human Rights Watch accused Ethiopian troops on Thursday of executing civilians, saying the abuses amounted to war crimes.')"
# "arrested X and Y, and his Movement said ...": the list after ", and" is
# the subject of "said", the rest the object of "arrested".
check code_arrested_list_and_party_said "ZWECOP>ZWEOPP:173" \
    "$(dated 2007-03-12 'Zimbabwean police arrested opposition leader Morgan Tsvangirai and about 50 activists at a banned prayer meeting on Sunday, and his Movement for Democratic Change said on Monday he had been badly beaten in custody.')"
# A reaction to "the move" that coded no event of its own answers the
# subject of the sentence before.
check code_condemned_the_move_of_the_sentence_before "GBR>IRN:111
FRA>IRN:111" \
    "$(dated 2005-08-08 'Iran resumed uranium conversion at its Isfahan plant on Monday. Britain and France condemned the move.')"
# ... but not when the move was its own country's.
check code_praised_the_move_own_country "IRNGOV>:051" \
    "$(dated 2005-08-08 "Iran resumed uranium conversion at its Isfahan plant on Monday. Iran's president praised the move.")"
# A word the tagger read as a gerund without -ing ("attackers beat") is a
# past tense: the beating is coded, and the attack condemned is theirs.
check code_attackers_beat_a_journalist "UAF>RUSMED:182
RUSGOV>UAF:111" \
    "$(dated 2010-11-06 'Unknown attackers beat Kommersant journalist Oleg Kashin with an iron bar outside his Moscow home early on Saturday, leaving him in a coma, and the Kremlin condemned the attack.')"
# A killing between a state's forces and an armed group is combat (190),
# of small arms in a gunfight (193), not a murder or an assassination; an
# armed group that kills a general still assassinates him (186).
check code_forces_killed_militant_leader_in_raid "USAMIL>IMGAQD:190" \
    "$(dated 2011-05-02 'U.S. special forces killed al-Qaeda leader Osama bin Laden in a raid on a compound in Pakistan.')"
check code_police_killed_gunmen_in_gunfight "HTICOP>UAF:193" \
    "$(dated 2021-07-08 'Haitian police killed four suspected gunmen in a gunfight on Wednesday.')"
check code_gunmen_killed_a_general "UAF>PAKMIL:186" \
    "$(dated 2011-05-02 'Gunmen killed a Pakistani army general in Rawalpindi.')"
# Force on a protest's camp or gathering is on the protesters (CVL); the
# state's police or army repress them (175).
check code_troops_stormed_protest_camp "THAMIL>THACVL:175" \
    "$(dated 2010-05-19 'Thai troops backed by armoured vehicles stormed a fortified protest camp in central Bangkok on Wednesday.')"
check code_police_attacked_a_rally "EGYCOP>EGYCVL:175" \
    "$(dated 2013-08-14 'Egyptian police attacked a rally in Cairo on Wednesday.')"
# Rejecting an ultimatum answers the demand told before it.
check code_rejected_the_ultimatum "ETHGOV>:100
ETHREB>ETHGOV:120" \
    "$(dated 2020-11-22 'Ethiopia'"'"'s government demanded on Sunday that leaders of the rebellious Tigray region surrender within 72 hours. Tigrayan leader Debretsion Gebremichael rejected the ultimatum.')"
# A channel's language names no country: "Al Jazeera English" is Qatar's.
check code_al_jazeera_english_journalists "EGYCOP>QATMED:173" \
    "$(dated 2013-12-29 'Egyptian police arrested three Al Jazeera English journalists at a Cairo hotel on Sunday.')"
# A past read as a participle before the particle "back" with no object
# ("struck back hours later") is the sentence's verb.
check code_air_force_struck_back "ETHMIL>ERI:195
ERIMIL>ETHMIL:190" \
    "$(dated 1998-06-06 "Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on Friday, Eritrean officials said. Eritrea's air force struck back hours later.")"
# Refugees "from" a country are that country's, however the parser hung
# the phrase.
check code_deported_refugees_from_syria "TUR>SYRREF:174" \
    "$(dated 2015-05-19 'Turkey deported 500 refugees from Syria on Monday.')"
# A state of emergency declared beside an arrest is an act of its own, not
# the arrest named again.
check code_detained_and_declared_emergency "MMRMIL>MMRGOV:173
MMRMIL>:1724" \
    "$(dated 2021-02-01 "Myanmar's military detained civilian leader Aung San Suu Kyi and President Win Myint in pre-dawn raids on Monday and declared a one-year state of emergency.")"
# A record bound to places (in=PAK) holds where the sentence, or else the
# story, happens: the Taliban near Peshawar are Pakistan's, in Kandahar
# Afghanistan's; "Congolese" under a Brazzaville dateline is the Republic
# of Congo; Kurdish militants in Turkey are Turkey's, and the revenge
# vowed against them answers their attack.
check code_taliban_in_pakistan "PAKMIL>PAKREB:190" \
    "$(dated 2009-05-08 'Pakistani troops attacked Taliban hideouts near Peshawar on Friday.')"
check code_taliban_in_afghanistan "AFGREB>AFGCOP:190" \
    "$(dated 2009-05-08 'Taliban fighters attacked a police post in Kandahar on Friday.')"
check code_congolese_under_brazzaville_dateline "COGMIL>COGREB:194" \
    "$(dated 1997-06-06 'BRAZZAVILLE, June 6 (Reuters) - Congolese government troops pounded militiamen loyal to Denis Sassou Nguesso with mortars on Friday.')"
check code_kurdish_militants_in_turkey "TURREB>TURMIL:190
TURGOV>TURREB:130" \
    "$(dated 2011-10-19 'Kurdish militants killed 24 Turkish soldiers in Hakkari province on Wednesday. President Abdullah Gul vowed revenge.')"
# A writer, artist or singer is a civilian (CVL): "A 71-year-old writer
# shot Slovak Prime Minister Robert Fico" is an attempt on a leader's life.
check code_writer_shot_prime_minister "SVKCVL>SVKGOV:185" \
    "$(dated 2024-05-15 'A 71-year-old writer shot Slovak Prime Minister Robert Fico several times on Wednesday.')"
# "The protesters" told again are the protesters told before (Nepal's),
# not the last country's (India, named in between).
check code_the_protesters_told_again "NPLCOP>NPLCVL:175
NPLCVL>NPLGOV:1041" \
    "$(dated 2015-11-02 'Nepalese police fired tear gas on Monday to clear ethnic Madhesi protesters who have blocked the main border crossing with India. The protesters demanded the resignation of the government.')"
# "about" before a number is "some": the migrants are the object, and
# 25,000 of them make a mass expulsion (201).
check code_expelled_about_25000_migrants "COD>AGOREF:201" \
    "$(dated 2004-10-12 'Congo has expelled about 25,000 Angolan migrants in the past week.')"
# An "X of Y" name as the object heads on its first noun: "recognised the
# state of Palestine" names Palestine.
check code_recognised_the_state_of_palestine "SWEGOV>PSE:054" \
    "$(dated 2014-10-30 "Sweden's government formally recognised the state of Palestine on Thursday.")"
# A capitalised word after 's read as a common noun before a name is the
# name's first word ("Taiwan's Ma Ying-jeou"): the two leaders met.
check code_xi_and_taiwans_ma_met "CHNGOV>TWNGOV:040
TWNGOV>CHNGOV:040" \
    "$(dated 2015-11-07 "Chinese President Xi Jinping and Taiwan's Ma Ying-jeou met in Singapore on Saturday.")"
# "over public works contracts": "works" is a plural noun, and the
# investigation is into the former president.
check code_investigation_into_former_president "ARGJUD>ARGELI:090" \
    "$(dated 2016-05-16 'Argentine prosecutors opened a corruption investigation on Monday into former President Cristina Fernandez over public works contracts.')"
# A bare "threatened to ..." is aimed at whom the complement's condition
# names.
check code_threatened_to_send_refugees_if "TURGOV>IGOEUR:130" \
    "$(dated 2019-10-10 'Turkish President Recep Tayyip Erdogan threatened on Thursday to send 3.6 million refugees to Europe if the European Union criticised his offensive.')"
# A hyphenated participle modifies the name after it: aid "to flood-hit
# Pakistan" and a bailout "for crisis-hit Sri Lanka" go to those countries.
check code_aid_to_flood_hit_pakistan "CHN>PAK:070" \
    "$(dated 2010-08-16 'China sent aid to flood-hit Pakistan on Monday.')"
check code_bailout_for_crisis_hit_sri_lanka "IGOIMF>LKA:071" \
    "$(dated 2023-03-20 'The International Monetary Fund approved a 2.9 billion dollar bailout for crisis-hit Sri Lanka on Monday.')"
# Donors of no named country are no one the text names, not the country
# they give to; Japanese donors are Japan's.
check code_urged_donors_to_fund_appeal_for_sudan "IGOUNO>:020" \
    "$(dated 2023-05-22 'U.N. aid chief Martin Griffiths urged donors on Monday to fund a humanitarian appeal for Sudan.')"
check code_japanese_donors "JPNDEV>AFG:0331" \
    "$(dated 2023-05-22 'Japanese donors pledged 1 billion dollars for Afghanistan.')"
check code_pledged_dollar_amount "JPN>AFG:0331" \
    "$(dated 2023-05-22 'Japan pledged $1 billion for Afghanistan.')"
# A host's guest is the object; the to-phrase is where he is welcomed.
check code_welcomed_assad_to_summit "SAUGOV>SYRGOV:043" \
    "$(dated 2023-05-19 'Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Bashar al-Assad to an Arab League summit in Jeddah on Friday.')"
# Property destroyed with no owner named is the civilians' of the place.
check code_attackers_burned_homes "UAF>BFACVL:202
UAF>BFACVL:1712" \
    "$(dated 2021-06-05 'OUAGADOUGOU, June 5 (Reuters) - Gunmen killed at least 132 civilians in an overnight raid on the village of Solhan in northern Burkina Faso, the government said on Saturday. The attackers also burned homes and the local market.')"
# Migrants deported "to" a country are that country's.
check code_deported_migrants_to_honduras "MEX>HNDREF:174" \
    "$(dated 2019-05-20 'Mexico deported hundreds of migrants to Honduras.')"
# The subjects of that-clauses conjoined to the one asked are asked too.
check code_demanded_that_x_and_that_y "IGOUNOSEC>RWA:1056
IGOUNOSEC>CODREB:1056" \
    "$(dated 2025-02-21 'The U.N. Security Council unanimously demanded on Friday that Rwanda withdraw its troops from eastern Democratic Republic of Congo and that M23 rebels halt their offensive.')"
# A past participle after the subject with an object, whose conjunct after
# "and" is a past tense, is the past tense too: the arrest is coded.
check code_authorities_arrested_and_charged "SENGOV>SENOPP:173
SENGOV>SENOPP:112" \
    "$(dated 2021-03-05 'Senegalese authorities arrested opposition leader Ousmane Sonko on Friday and charged him with calling for insurrection, his lawyer said.')"
# A capitalised word read as a common noun after another capitalised word
# is part of a name: the EU's foreign ministers impose the sanctions.
check code_eu_foreign_ministers_imposed "IGOEUR>RUSGOV:163" \
    "$(dated 2014-03-17 'European Union foreign ministers imposed travel bans and asset freezes on Russian officials on Monday.')"
# "Both sides" asked by a list that is the verb's subject are the sides of
# the last act, not the list itself.
check code_list_urged_both_sides "PSEREB>ISR:194
EGY>PSEREB:0256
EGY>ISR:0256
IGOUNO>PSEREB:0256
IGOUNO>ISR:0256" \
    "$(dated 2019-05-05 'Palestinian militants fired hundreds of rockets into Israel over the weekend. Egypt and the United Nations urged both sides to show restraint.')"
# An event noun written as a compound lemma ("n:air-strike") is found on
# its head ("air strikes"), with the phrases of the verb that only
# performs it; beginning air strikes is no labour strike.
check code_resumed_air_strikes_on_gaza "ISR>PSE:195" \
    "$(dated 2016-01-01 'Israel resumed air strikes on Gaza.')"
check code_began_air_strikes_against_houthis "SAU>YEMREB:195" \
    "$(dated 2015-03-26 'Saudi Arabia began air strikes against Houthi positions.')"
check code_continued_offensive_in_gaza "ISR>PSE:190" \
    "$(dated 2016-01-01 'Israel continued its offensive in Gaza.')"
# The means of a violent act coded there is no second event (a roadside
# bomb as a passive's agent makes the killing a roadside bombing, 1833);
# what a protest answers is its cause.
check code_killed_by_roadside_bomb "AFGREB>CANMIL:1833" \
    "$(dated 2009-06-20 'Three Canadian soldiers were killed by a Taliban roadside bomb in Kandahar province on Saturday.')"
check code_recalled_in_protest_at_strike "IRQ>IRNGOV:161" \
    "$(dated 2022-01-18 'Iraq recalled its ambassador from Tehran on Tuesday in protest at an Iranian missile strike on the northern city of Erbil.')"
# A recipient the tree did not give is the first actor named after the
# verb in its stretch of the sentence (to a comma, another finite verb or
# a subordinator), whatever the parser made of those words -- but not the
# acting state's own state, and not for statements, protests or appeals
# for aid.
check code_arrested_leader_and_supporters "ZWECOP>ZWEOPP:173" \
    "$(dated 2007-03-12 'Zimbabwean police arrested opposition leader Morgan Tsvangirai and dozens of his supporters at a prayer rally on Sunday, his party said.')"
check code_appealed_to_gbagbo_and_ouattara "IGOUNO>CIVGOV:020" \
    "$(dated 2010-12-03 "UN Secretary-General Ban Ki-moon on Friday appealed to Ivory Coast's President Laurent Gbagbo and his challenger Alassane Ouattara to exercise restraint.")"
check code_threatened_sanctions_on_junta "IGOWAF>GNBMIL:1312" \
    "$(dated 2012-04-26 "The Economic Community of West African States threatened on Thursday to impose targeted sanctions on Guinea-Bissau's military junta unless it restores constitutional order within 72 hours.")"
check code_apologised_no_own_state "JPNGOV>:055" \
    "$(dated 1995-08-15 "Japanese Prime Minister Tomiichi Murayama apologised on Tuesday for Japan's wartime aggression.")"
# Rebels given the attacker's country from memory are those of the place
# the sentence names when it is another country.
check code_french_jets_struck_rebels_in_mali "FRAMIL>MLIREB:195" \
    "$(dated 2013-01-11 'French warplanes struck Islamist rebel positions in central Mali on Friday.')"
# Islamist (jihadist, insurgent, guerrilla) forces are rebels, not the
# army of the country they fight in.
check code_attacked_islamist_forces "ETHMIL>SOMREB:190" \
    "$(dated 2006-12-25 'Ethiopian troops and warplanes attacked Islamist forces across southern Somalia on Monday.')"
# A three-letter rebel acronym counts when the story named its country
# first, even if another country was named since. (A former congressman is an elite, ELI, as the gold row codes him.)
check code_eln_after_quito "COLGOV>COLREB:046
COLREB>COLGOV:046
COLREB>COLELI:0841" \
    "$(dated 2016-02-07 "Colombia's government and the ELN rebel group formally opened peace talks in Quito on Tuesday. Last week the ELN freed former congressman Odin Sanchez.")"
# A preliminary examination opened is an investigation.
check code_opened_preliminary_examination "IGOICC>BDI:090" \
    "$(dated 2016-04-25 "The International Criminal Court's prosecutor opened a preliminary examination on Monday into violence in Burundi.")"
# "nationwide" after the object is an adverb, not the object's head.
check code_declared_martial_law_nationwide "THAMIL>:1724" \
    "$(dated 2014-05-20 "Thailand's army chief Prayuth Chan-ocha declared martial law nationwide before dawn on Tuesday.")"
# An office holder's name the parse split at its hyphen ("Jean -
# Bertrand Aristide", with "Bertrand" the subject) stands for him in each
# piece.
check code_hyphenated_name_split_by_parse "HTIGOV>:0831" \
    "$(dated 2004-02-29 'Haitian President Jean-Bertrand Aristide resigned and flew into exile on Sunday, his prime minister said.')"
# Peacekeepers seized are abducted (181), not property seized (171).
check code_seized_peacekeepers "SLEREB>IGOUNOPKO:181" \
    "$(dated 2000-05-08 'Revolutionary United Front rebels in Sierra Leone have seized nearly 500 U.N. peacekeepers.')"
# Force by a state's soldiers or police on the opposition is repression.
check code_soldiers_fired_on_opposition_supporters "GINMIL>GINOPP:175" \
    "$(dated 2009-09-28 'Guinean soldiers opened fire on opposition supporters at a stadium in Conakry on Monday, killing at least 157 people.')"
# Calling someone terrorists or a move a grave error is criticism.
check code_called_attackers_terrorists "MEXGOV>UAF:111" \
    "$(dated 2011-08-26 'President Felipe Calderon called the attackers true terrorists.')"
check code_called_the_move_an_error "FRA>:111" \
    "$(dated 2006-01-10 'France called the move a grave error.')"
# Students who protest are protesters (CVL), as writers code them.
check code_students_protest_as_civilians "CHLCVL>CHLGOV:1411" \
    "$(dated 2011-08-05 'Thousands of Chilean students marched through Santiago on Thursday to demand the resignation of the education minister.')"
# Rebel soldiers are rebels; the Pope is coded as the Church's (VATREL).
check code_rebel_soldiers_attacked_barracks "CIVREB>CIVMIL:190
CIVREB>CIVGOV:186" \
    "$(dated 2002-09-19 "Rebel soldiers attacked army barracks in Abidjan, Bouake and Korhogo on Thursday and killed Ivory Coast's Interior Minister Emile Boga Doudou.")"
check code_pope_visited "VATREL>CAF:042" \
    "$(dated 2015-11-29 'Pope Francis arrived in the Central African Republic on Sunday.')"
# The recipient found by word order is no one an appeal asks to be
# helped, nor what the actor owns.
check code_called_on_all_sides_to_protect_civilians "USAGOV>:020" \
    "$(dated 2024-03-03 'Spokesman Matthew Miller of the U.S. State Department called on all sides to protect civilians.')"
check code_withdrew_its_troops "UKR>:0874" \
    "$(dated 2024-02-17 'Ukraine withdrew its troops from Avdiivka on Saturday.')"
# A party the text calls the opposition is the opposition.
check code_opposition_party_is_opp "TURCOP>TUROPP:173" \
    "$(dated 2016-11-04 "Turkish police detained the co-leaders of the pro-Kurdish opposition Peoples' Democratic Party on Friday.")"
# A past tense the parser conjoined to an -ing complement ("of shooting
# down ... and demanded") is the main verb's conjunct: the demand is news.
check code_accused_of_and_demanded "GEO>RUS:112
GEO>RUSGOV:100" \
    "$(dated 2008-04-21 'Georgia accused Russia on Monday of shooting down one of its unmanned spy planes over Abkhazia and demanded an apology from Moscow.')"
# A resignation announced from a capital abroad is made to no one there.
check code_resignation_announced_from_tokyo "PERGOV>:0831" \
    "$(dated 2000-11-20 'Peruvian President Alberto Fujimori announced his resignation from Tokyo on Monday amid a deepening corruption scandal.')"
# Men loyal to a side are that side's, not the last country's the story
# named; a relative clause read with "loyal" as its subject is the main
# clause.
check code_forces_loyal_to_gaddafi "USA>:111
LBYMIL>:194" \
    "$(dated 2011-04-10 'The United States condemned the attack. Forces loyal to Muammar Gaddafi shelled the town of Misrata on Sunday.')"
check code_youths_loyal_to_gbagbo "CIVCVL>CIVGOV:145" \
    "$(dated 2004-11-07 'Nine French soldiers and an American aid worker were killed. Thousands of youths loyal to President Laurent Gbagbo rampaged through Abidjan.')"
# A name's title stands for the name in a pattern's object: expelling
# "U.S. Ambassador Heather Hodges" is expelling an ambassador (161), not
# deporting a person (174).
check code_expelled_ambassador_by_name "ECU>USAGOV:161" \
    "$(dated 2011-04-05 'Ecuador expelled U.S. Ambassador Heather Hodges on Tuesday over a leaked diplomatic cable.')"
# Closing another country's embassy is cutting ties (161), not a blockade.
check code_ordered_closure_of_embassy "TCD>QATGOV:161
TCD>QATGOV:112" \
    "$(dated 2017-08-23 "Chad ordered the closure of Qatar's embassy on Wednesday, accusing Doha of trying to destabilise the country.")"
# Hours or days to leave the country are an expulsion (166), not a threat.
check code_hours_to_leave_is_expulsion "MLIMIL>FRAGOV:166" \
    "$(dated 2022-01-31 "Mali's military government gave France's ambassador 72 hours to leave the country on Monday.")"
# An ethnic adjective names a people, not a state: the role is the
# country's where it is (its forces are rebels).
check code_ethnic_separatists_in_karabakh "AZE>AZEREB:0871
AZEREB>AZE:0871" \
    "$(dated 2016-04-05 'Azerbaijan and ethnic Armenian separatists in Nagorno-Karabakh agreed a ceasefire on Tuesday.')"
check code_ethnic_albanian_rebels_in_macedonia "MKDMIL>MKDREB:195" \
    "$(dated 2001-03-18 'Macedonian army helicopters pounded ethnic Albanian rebel positions in the hills above Tetovo on Sunday.')"
# Farmers or protesters clashing with their own police riot (145), and
# the police repress them (175): both, whichever side is the subject.
# "clashed" after a singular noun ("a hydropower dam clashed") is a past
# tense, not a participle.
check code_farmers_clashed_with_police "CHNCOP>CHNAGR:175
CHNAGR>CHNCOP:145" \
    "$(dated 2004-11-03 'Tens of thousands of farmers protesting against compensation for land flooded by a hydropower dam clashed with riot police in Hanyuan county in Sichuan province, residents said on Wednesday.')"
check code_police_clashed_with_protesters "KENCVL>KENCOP:145
KENCOP>KENCVL:175" \
    "$(dated 2023-07-12 'Kenyan police clashed with protesters in Nairobi on Wednesday.')"
# A sports phrase does not discard a sentence that tells of people killed
# or bombed.
check code_bombers_killed_football_viewers "NGAREB>NGACVL:1831" \
    "$(dated 2014-06-16 'Three Boko Haram suicide bombers killed at least 30 people watching a football match on television in the town of Konduga in northeast Nigeria on Sunday night.')"
# Civil society leaders are the public, not a government.
check code_civil_society_leaders "GINJUD>GINCVL:116" \
    "$(dated 2020-01-28 'A court in Conakry sentenced five civil society leaders to between six months and one year in prison on Tuesday.')"
# Victims given the attacker's country from memory, with no place the
# sentence names, are the dateline's country's; a wedding party is
# civilians, not a political party.
check code_wedding_party_hit_in_dateline_country "SAUMIL>YEMCVL:195" \
    "$(dated 2015-09-28 'SANAA, Sept 28 (Reuters) - Air strikes by the Saudi-led coalition hit a wedding party in a Red Sea coastal village on Monday, killing at least 131 people, medics said.')"
# An infinitive hung on a noun inside the object's phrase is what an
# order asks the object to do.
check code_ordered_consul_to_leave "UKR>HUNGOV:161" \
    "$(dated 2018-10-04 'Ukraine ordered a Hungarian consul in the western town of Berehove to leave the country on Thursday.')"
# A past in -ed between a past tense and a noun is a participle:
# "targeted sanctions" are sanctions (163), not a targeting (185).
check code_targeted_sanctions "IGOEUR>ZWEGOV:163" \
    "$(dated 2002-02-18 'The European Union imposed targeted sanctions on President Robert Mugabe and 19 of his top aides on Monday.')"
# An -ing clause after a comma (hung by the parser on the comma) is an
# adjunct of the main verb, an accusation of its own, no request.
check code_recalled_ambassador_accusing "PER>VEN:161
PER>VENGOV:112" \
    "$(dated 2006-01-07 'Peru recalled its ambassador to Venezuela on Saturday, accusing President Hugo Chavez of meddling in the election.')"
# Armed men led by a rebel leader are his; "took X and Y hostage" after a
# long object is an abduction, not an attempt on a leader's life.
check code_armed_men_led_by_speight "FJIREB>FJILEG:180
FJIREB>FJIGOV:181
AUS>FJIREB:111" \
    "$(dated 2000-05-20 "Armed men led by failed businessman George Speight stormed Fiji's parliament on Friday and took Prime Minister Mahendra Chaudhry and dozens of lawmakers hostage. Australia condemned the takeover.")"
# "by" misread as a clause's mark: the name is the participle's agent.
check code_rebels_led_by_holding_hostages "RUSREB>RUSCVL:181" \
    "$(dated 1995-06-18 'Chechen rebels led by Shamil Basayev were still holding more than 1,000 hostages in a hospital in the southern Russian town of Budyonnovsk on Sunday.')"
# A name's apposition says what the object is: capturing "Zaranj, the
# capital of Nimroz province" is taking territory (192), not an arrest.
check code_captured_provincial_capital "AFGREB>:192" \
    "$(dated 2021-08-06 "Taliban fighters captured Zaranj, the capital of Afghanistan's southwestern Nimroz province, on Friday.")"
# A place an armed group holds or controls is the group's.
check code_struck_houthi_controlled_base "SAUMIL>YEMREB:195" \
    "$(dated 2017-08-25 'Saudi-led coalition warplanes struck a Houthi-controlled missile base in the Yemeni capital Sanaa on Monday.')"
# "as" misread as a clause's mark: rebels disguised as soldiers are rebels.
check code_rebels_disguised_as_soldiers "COLREB>COLLEG:181" \
    "$(dated 2002-04-11 'FARC rebels disguised as soldiers abducted 12 members of the regional assembly of Valle del Cauca province in Cali on Thursday.')"
# A finite verb after "what" belongs to the what-clause: "shelled" stays
# the main verb; "ethnic cleansing" is a noun, an accusation of war crimes.
check code_shelled_in_what_baku_called "AZEMIL>AZEREB:194
ARMGOV>AZE:1124" \
    "$(dated 2023-09-19 'Azerbaijani forces shelled ethnic Armenian separatist positions in Nagorno-Karabakh on Tuesday in what Baku called an anti-terrorist operation. Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of seeking to carry out ethnic cleansing in the region.')"
# A finite verb after "as" is the as-clause's: "fired" stays the main
# verb; force on civilians "as protests" go on is repression (175), and
# the protests themselves are coded too, as the writers do ("bid" after a
# possessive is the noun, "as" the clause's subordinator).
check code_police_fired_as_demonstrations_entered "BDICOP>BDICVL:175
BDICVL>BDIGOV:140" \
    "$(dated 2015-04-27 "Police in Burundi fired tear gas and live rounds at protesters in the capital Bujumbura on Monday as demonstrations against President Pierre Nkurunziza's bid for a third term entered a second day.")"
check code_shot_dead_as_protests_turned_violent "ZWECOP>ZWECVL:175
ZWECVL>ZWEGOV:140" \
    "$(dated 2019-01-15 'Zimbabwean police shot dead at least three people on Monday as protests against a 150 percent increase in fuel prices turned violent.')"
# A governing coalition is the government; geologists seized abroad are
# civilians abducted (181), not property seized (171).
check code_governing_coalition_signed "LBNGOV>LBNOPP:057
LBNOPP>LBNGOV:057" \
    "$(dated 2008-05-21 "Lebanon's Western-backed governing coalition and the Hezbollah-led opposition signed an agreement in Doha on Wednesday.")"
check code_militants_seized_geologists "UZBREB>JPNCVL:181" \
    "$(dated 1999-08-23 'Islamic militants from Uzbekistan seized four Japanese geologists in the mountains of southern Kyrgyzstan on Monday.')"
# A capital with a part of it named, as the target itself, is the city
# (a place of its country), not its government: no attempt on a leader.
check code_pounded_central_monrovia "LBRREB>LBR:190" \
    "$(dated 2003-07-21 'Rebels fighting to oust Liberian President Charles Taylor pounded central Monrovia with mortar bombs on Monday.')"
# Sao Tome (the capital) is the country's seat; "the junta" after a
# visit there is its junta. Opposition protesters are the opposition.
check code_visited_sao_tome_junta "NGAGOV>STP:042
NGAGOV>STPMIL:100" \
    "$(dated 2003-07-23 'Nigerian President Olusegun Obasanjo visited Sao Tome on Wednesday and demanded that the junta hand power back to President Fradique de Menezes.')"
check code_opposition_protesters_are_opp "GEOCOP>GEOOPP:175" \
    "$(dated 2007-11-07 'Georgian police used rubber bullets and tear gas to disperse opposition protesters in central Tbilisi early on Thursday.')"
# A past tense the parser conjoined to an -ing complement deeper down
# ("of arming the rebels besieging Monrovia and appealed") is the main
# verb's conjunct.
check code_accused_of_arming_and_appealed "LBRGOV>GIN:1123
LBRGOV>IGOUNO:023" \
    "$(dated 2003-07-01 'Liberian President Charles Taylor accused Guinea on Tuesday of arming the rebels besieging Monrovia and appealed to the United Nations for help.')"
# Declaring an ambassador persona non grata is an expulsion; urging
# restraint is an appeal to de-escalate (0256); a past after "and" is the
# first verb's conjunct, not another clause ("crossed ... and attacked").
check code_persona_non_grata "EGY>TURGOV:161" \
    "$(dated 2013-11-23 'Egypt declared the Turkish ambassador persona non grata on Saturday.')"
check code_urged_to_show_restraint "IGOUNO>IND:0256
IGOUNO>PAK:0256" \
    "$(dated 2019-02-27 'The United Nations urged India and Pakistan to show restraint.')"
check code_crossed_into_and_attacked "KENMIL>SOMREB:190" \
    "$(dated 2011-10-16 'Kenyan troops crossed into southern Somalia on Sunday and attacked al Shabaab militants.')"
# A person out of office serving an international body acts for it.
check code_au_mediator_annan "IGOAFU>KEN:042" \
    "$(dated 2008-01-22 'African Union mediator Kofi Annan arrived in Nairobi on Tuesday to try to end the crisis.')"
# The public of no named country are the people of where the sentence
# happens, not of the last country the story named.
check code_students_protested_in_kathmandu "NPLGOV>IND:112
NPLCVL>INDGOV:141" \
    "$(dated 2015-10-05 "Nepal's government accused India on Monday of imposing an undeclared blockade on fuel supplies at their border. Hundreds of students protested outside the Indian embassy in Kathmandu, burning tyres and chanting slogans.")"
# A suicide bomber of no named side is an unknown attacker (UAF), as the
# writers code him; one of a named group is the group's (a capitalised
# number before the group is a number, not part of the name).
check code_suicide_bomber_unknown "UAF>IRQCOP:1831" \
    "$(dated 2011-05-08 'A suicide bomber drove an explosives-laden car into a police checkpoint in the northern Iraqi city of Kirkuk on Sunday, killing at least 12 policemen.')"
check code_three_group_suicide_bombers "NGAREB>NGACVL:1831" \
    "$(dated 2014-06-16 'Three Boko Haram suicide bombers killed at least 30 people in the town of Konduga.')"
check code_militiamen_loyal_to_group "ETH>:074
SOMREB>:190" \
    "$(dated 2006-12-21 'Ethiopia sent troops. Militiamen loyal to the Islamic Courts attacked the town on Sunday.')"
# Police who assault or kill their own public repress them (175).
check code_police_attacked_students "NICCOP>NICCVL:175" \
    "$(dated 2018-07-14 'Nicaraguan police attacked students occupying a university campus in Managua overnight.')"
# A participle with a by-agent read as a clause is a passive: the agent
# acts on its subject.
check code_kidnapped_by_as_clause "NGAREB>NGACVL:181" \
    "$(dated 2014-05-04 'Nigerian officials said they did not know where the 200 schoolgirls kidnapped by Boko Haram militants three weeks ago were being held.')"
# A sum of aid suspended is economic aid cut (1621).
check code_suspending_euros_in_aid "NLD>RWA:1621" \
    "$(dated 2012-07-21 'The Netherlands said on Saturday it was suspending 5 million euros in budget aid to Rwanda.')"
# "up to" before a number counts the object; "set fire to" after a name is
# the verb.
check code_holding_up_to_peacekeepers_captive "SLEREB>IGOUNOPKO:181" \
    "$(dated 2000-05-04 "Sierra Leone's Revolutionary United Front rebels are holding up to 300 U.N. peacekeepers captive.")"
check code_protesters_set_fire_to_consulate "LBNCVL>DNKGOV:145" \
    "$(dated 2006-02-05 'Thousands of Lebanese protesters angered by cartoons of the Prophet Mohammad set fire to the Danish consulate in Beirut on Sunday.')"
# Demand as a market's appetite is no demand made of anyone; approving a
# sum is economic aid; airlifting food rations is humanitarian aid.
check code_market_demand_no_event "" \
    "$(dated 2016-01-12 'Brent crude oil fell below $30 a barrel on Tuesday, as worries about a global glut and slowing Chinese demand rattled commodity markets.')"
check code_imf_approved_sum "IGOIMF>:071" \
    "$(dated 2015-04-03 'The International Monetary Fund approved a three-year, $918 million loan for Ghana on Friday.')"
check code_wfp_airlifting_rations "IGOUNOWFP>MOZCVL:073" \
    "$(dated 2000-03-02 'The World Food Programme began airlifting emergency food rations to tens of thousands of flood victims in central Mozambique on Thursday.')"
# Forces loyal to a named president are the subject, not the president.
check code_forces_loyal_to_president_arrested "CIVMIL>CIVELI:173" \
    "$(dated 2011-04-11 "Forces loyal to Ivory Coast's internationally recognised president Alassane Ouattara arrested former president Laurent Gbagbo at his residence on Monday.")"
# Police clearing protest camps by force repress the protesters (175).
check code_police_cleared_protest_camp "THACOP>THACVL:175" \
    "$(dated 2010-05-19 'Thai riot police cleared a protest camp in central Bangkok on Wednesday.')"
# Sending paratroopers, marines or commandos to a country is sending troops.
check code_sending_paratroopers "RUS>KAZ:074" \
    "$(dated 2022-01-06 'Russia began sending paratroopers to Kazakhstan on Thursday.')"
# What a condition's verb would stop or do is no event ("unless Damascus
# stopped sheltering Ocalan").
check code_unless_stopped_sheltering "TURGOV>SYR:138" \
    "$(dated 1998-10-03 'Turkish Prime Minister Mesut Yilmaz warned Syria on Saturday that Ankara would use force unless Damascus stopped sheltering Kurdish rebel leader Abdullah Ocalan.')"
# "The kidnappers" told of again are the doers of the last abduction.
check code_urged_the_kidnappers "SOMREB>ESPNGO:181
ESP>SOMREB:0253" \
    "$(dated 2011-10-14 'Al Shabaab militants kidnapped two Spanish aid workers in northern Kenya on Thursday. Spain urged the kidnappers to release them unharmed.')"
# Urging someone to pull back or pull out is an appeal to de-escalate.
check code_urged_to_pull_troops_out "IGOEUR>TURGOV:0256" \
    "$(dated 2008-02-25 'The European Union called on Ankara to pull its troops out of northern Iraq as soon as possible.')"
# "ruling" after a possessive and before a name is an adjective: the party
# is the subject.
check code_ruling_party_demanded "ZWEPTY>ZWEGOV:1041" \
    "$(dated 2017-11-19 "Zimbabwe's ruling ZANU-PF party removed Robert Mugabe as its leader on Sunday and demanded that he resign as head of state.")"
# Foreign troops of no named country are no actor; troops led by a named
# country are its.
check code_requested_foreign_troops "HTIGOV>:0234" \
    "$(dated 2022-10-07 "Haiti's government formally requested the deployment of foreign troops on Friday to help combat armed gangs.")"
# A battle between two armed sides goes both ways, the side fought first
# (so that a later "condemned the attack" answers the subject); a battle
# against no armed side (protesters) stays one way.
check code_battled_both_ways "MKDMIL>MKDREB:190
MKDREB>MKDMIL:190
IGONAT>MKDREB:111" \
    "$(dated 2001-03-16 'SKOPJE, March 16 (Reuters) - Ethnic Albanian guerrillas battled Macedonian troops in the hills above Tetovo on Friday. NATO condemned the attack.')"
check code_police_battled_protesters "KENCOP>KENCVL:175" \
    "$(dated 2008-01-16 'Kenyan police battled protesters in Nairobi on Wednesday.')"
# A list of countries after "of" is the list's countries: the second item,
# parsed as the first's apposition, and the third both act; and the list
# may be the subject of a clause after ", and" ("voiced" its past tense).
check code_governments_of_a_list "ARGGOV>PRY:161
BRAGOV>PRY:161
URYGOV>PRY:161" \
    "$(dated 2012-06-23 'The governments of Argentina, Brazil and Uruguay on Saturday recalled their ambassadors from Paraguay.')"
check code_presidents_of_a_list_after_and "ECUGOV>:1724
PERGOV>ECUGOV:051
COLGOV>ECUGOV:051
CHLGOV>ECUGOV:051" \
    "$(dated 2010-09-30 'Rebellious police officers trapped Ecuadorean President Rafael Correa inside a hospital on Thursday. The government declared a state of emergency, and the presidents of Peru, Colombia and Chile voiced support for Correa.')"
# Firing into a crowd is shooting at it (the state's own people: 175); a
# first verb after a plural stays the verb when an as-clause after a
# comma has a verb of its own; "the junta" is the sentence's own army's.
check code_fired_into_crowds "MMRMIL>MMRCVL:175
USA>MMRMIL:0256
IGOEUR>MMRMIL:0256
CHN>MMRMIL:0256" \
    "$(dated 2007-09-27 'Myanmar troops fired into crowds of protesters in Yangon on Thursday, killing at least nine people, as the United States, the European Union and China urged the junta to show restraint.')"
# A coup of no named country is the doing of the soldiers who acted last.
check code_condemned_the_coup "MLIMIL>MLIGOV:112
IGOAFU>MLIMIL:111
FRA>MLIMIL:111" \
    "$(dated 2012-03-22 "BAMAKO, March 22 (Reuters) - Mutinous Malian soldiers said on Thursday they had seized power, accusing President Amadou Toumani Toure's government of failing to tackle a Tuareg rebellion. The African Union and France condemned the coup.")"
# "..., a move that X condemned": a reaction of others to the sentence's
# act, its recipient that act's doer.
check code_a_move_that_they_condemned "SLBREB>SLBGOV:181
AUS>SLBREB:111
NZL>SLBREB:111" \
    "$(dated 2000-06-05 "Malaitan militiamen seized Solomon Islands Prime Minister Bartholomew Ulufa'alu at his residence in Honiara on Monday, a move that Australia and New Zealand condemned.")"
# "both countries" after an act between two countries' forces are the
# countries themselves.
check code_urged_both_countries "ETHMIL>ERIMIL:192
IGOUNO>ETH:0256
IGOUNO>ERI:0256" \
    "$(dated 1999-02-27 'Ethiopian forces recaptured the disputed border town of Badme from Eritrean troops on Friday. U.N. Secretary-General Kofi Annan urged both countries to halt the fighting immediately.')"
# "the junta" or "the government" told of right after another country was
# named in the sentence is the one an event told before (or the story's
# own), not that country's.
check code_urged_the_junta "MMRMIL>MMRCVL:175
USA>MMRMIL:0253" \
    "$(dated 2007-09-27 'Myanmar troops fired on protesters in Yangon on Thursday. The United States urged the junta to release Aung San Suu Kyi.')"
# Troops sent to one's own border face the neighbour across it.
check code_troops_to_own_border "ECU>COL:154" \
    "$(dated 2008-03-03 'Ecuador sent troops to its border with Colombia on Sunday.')"
# "fighting raged": a past with no passive after a singular noun; the
# fighting is between the sides a between-phrase names, wherever the
# parser hung it.
check code_fighting_raged_between "COGMIL>COGREB:190
COGREB>COGMIL:190" \
    "$(dated 1997-06-06 'Heavy fighting raged in Brazzaville on Thursday between government troops and militiamen loyal to former President Denis Sassou Nguesso.')"
# Destroying an air force, aircraft or warships is military force (190),
# not the destruction of property (1712).
check code_destroyed_the_air_force "FRAMIL>CIVMIL:190" \
    "$(dated 2004-11-06 "French troops destroyed most of Ivory Coast's small air force on Saturday.")"
# Rejecting an accusation is a rejection (120); denying it a denial (016).
check code_rejected_the_accusation "MDAGOV>ROU:112
ROUGOV>MDAGOV:120" \
    "$(dated 2009-04-08 'Moldovan President Vladimir Voronin accused Romania on Wednesday of orchestrating the riots. Bucharest rejected the accusation as a provocation.')"
check code_denied_the_accusation "MDAGOV>ROU:112
ROUGOV>MDAGOV:016" \
    "$(dated 2009-04-08 'Moldovan President Vladimir Voronin accused Romania on Wednesday of orchestrating the riots. Bucharest denied the accusation.')"
# Two countries' adjectives before one role share it ("Eritrean troops" is
# no group entry of its own that would leave "Djiboutian" bare).
check code_two_adjectives_share_troops "DJIMIL>ERIMIL:190
ERIMIL>DJIMIL:190" \
    "$(dated 2008-06-13 'Djiboutian and Eritrean troops clashed along their disputed border on Tuesday.')"
# Fighting an attack set off with someone ("sparking clashes with
# government troops") is news of its own, both ways.
check code_sparking_clashes_with "MLIREB>MLI:190
MLIMIL>MLIREB:190
MLIREB>MLIMIL:190" \
    "$(dated 2012-01-18 'Tuareg rebels attacked the northern Malian town of Menaka on Tuesday, sparking clashes with government troops.')"
# People repressed in a sentence that tells what they protest against were
# protesting against their government; protesters merely named were not.
check code_repressed_while_protesting_against "KGZCOP>KGZCVL:175
KGZCVL>KGZGOV:140" \
    "$(dated 2002-03-18 'Kyrgyz police opened fire on villagers protesting against the jailing of opposition lawmaker Azimbek Beknazarov on Sunday.')"
check code_repressed_protesters_only "KENCOP>KENCVL:175" \
    "$(dated 2008-01-16 'Kenyan police fired tear gas at protesters in Nairobi on Wednesday.')"
# "both sides" after two states' forces fought are the two countries; an
# armed group among them stays itself.
check code_urged_both_sides_states "ARMMIL>AZEMIL:190
AZEMIL>ARMMIL:190
RUSGOV>AZE:0256
RUSGOV>ARM:0256" \
    "$(dated 2016-04-02 'Armenian and Azerbaijani forces clashed along the front line in Nagorno-Karabakh overnight. Russian President Vladimir Putin urged both sides to cease fire immediately.')"
# A pull-out from a place of another country is from that country, also
# when a phrase after it names the place.
check code_withdraw_including_kherson "RUSGOV>UKR:0874" \
    "$(dated 2022-11-09 "Russia's defence minister, Sergei Shoigu, ordered his troops on Wednesday to withdraw from the west bank of the Dnipro river, including the city of Kherson.")"
# Another country's army answered by a third party stays the army; by the
# country it acted on, it is that country.
check code_third_party_condemns_the_army "HNDMIL>HNDGOV:173
USAGOV>HNDMIL:111" \
    "$(dated 2009-06-28 'Honduran soldiers arrested President Manuel Zelaya at his home on Sunday. U.S. Secretary of State Hillary Clinton condemned the action.')"
# Suspending a member reduces relations (160); suspending a thing no
# pattern names is no event.
check code_suspended_madagascar "IGOAFU>MDG:160" \
    "$(dated 2009-03-20 'The African Union suspended Madagascar on Friday over what it called an unconstitutional change of government.')"
check code_suspended_a_fare_hike "" \
    "$(dated 2019-10-19 'Chilean President Sebastian Pinera suspended a hike in metro fares on Saturday.' | grep ':160')"
# Approving martial law or a state of emergency is declaring it (1724).
check code_parliament_approved_martial_law "UKRLEG>:1724" \
    "$(dated 2018-11-26 "Ukraine's parliament approved martial law in regions bordering Russia on Monday.")"
# Agreeing to an embargo on someone imposes it (163); the threat that
# answers it goes back to the embargo's doers.
check code_agreed_to_an_embargo "IGOEUR>IRN:163
IRNGOV>IGOEUR:130" \
    "$(dated 2012-01-23 'European Union foreign ministers agreed on Monday to an embargo on Iranian oil imports, and Tehran responded by threatening to block the Strait of Hormuz.')"
# "ruling" before an adjective and its noun is an adjective.
check code_ruling_military_council "SDNMIL>SDNOPP:057
SDNOPP>SDNMIL:057" \
    "$(dated 2019-08-17 "Sudan's ruling military council and the main opposition coalition formally signed a power-sharing deal on Saturday.")"
# A pattern's to-phrase may hang on the object's of-phrase.
check code_doses_of_vaccine_to "CHN>ZWE:073" \
    "$(dated 2021-02-15 'China delivered 200,000 doses of its Sinopharm coronavirus vaccine to Zimbabwe as a donation on Monday.')"
# "hostage" is never a verb; a country adjective read as the predicate
# of "held" modifies the name after it; a name after a title agent
# ("led by failed businessman George Speight") is the agent's.
check code_held_the_prime_minister_hostage "FJIREB>FJIGOV:181" \
    "$(dated 2000-05-22 'Rebels led by failed businessman George Speight held Fijian Prime Minister Mahendra Chaudhry and dozens of lawmakers hostage inside parliament for a fourth day on Monday.')"
# "the two countries" after a pair's act earlier in the same sentence are
# that pair (the countries themselves).
check code_the_two_countries_same_sentence "INDGOV>PAKGOV:046
IND>PAK:036
PAK>IND:036" \
    "$(dated 2004-01-06 'Indian Prime Minister Atal Bihari Vajpayee held talks with Pakistani President Pervez Musharraf in Islamabad on Monday, and the two countries agreed to resume a formal dialogue next month.')"
# An object two measures deep ("tens of thousands of troops") is the
# object, and its phrases stay the pattern's; "in annexed Crimea" is no
# annexation.
check code_massed_tens_of_thousands "RUS>UKR:154" \
    "$(dated 2021-04-15 "Russia has massed tens of thousands of troops near Ukraine's eastern border and in annexed Crimea in recent weeks.")"
# "hostage" as the object with the real object its compound: the compound
# is the object ("were holding about 300 U.N. peacekeepers hostage"); a
# pilot, crew member or passenger is a civilian.
check code_holding_peacekeepers_hostage "SLEREB>IGOUNOPKO:181" \
    "$(dated 2000-05-04 'Revolutionary United Front rebels were holding about 300 U.N. peacekeepers hostage in eastern Sierra Leone on Thursday.')"
check code_took_a_pilot_hostage "IDNREB>NZLCVL:181" \
    "$(dated 2023-02-08 "Separatist rebels in Indonesia's Papua province have taken a New Zealand pilot hostage, a rebel spokesman said on Wednesday.")"
# Recalling a high commissioner from a city recalls it from that city's
# country.
check code_recalled_high_commissioner_from_lagos "GBR>NGA:161" \
    "$(dated 1995-11-11 "Britain recalled its high commissioner from Lagos on Saturday." )"
# A violent protest behind the main event is news of its own (not the
# acts that make up the sentence's own protest); the past tense of a
# clause after "after" or "as" that the tagger read as a participle is the
# clause's verb.
check code_after_protesters_set_fire "BFAGOV>BFACVL:0831
BFACVL>BFALEG:145" \
    "$(dated 2014-10-31 "Burkina Faso's President Blaise Compaore resigned on Friday, a day after protesters set fire to parliament.")"
check code_as_protesters_clashed_with_police "ECUCOP>ECUCVL:175
ECUCVL>ECUCOP:145" \
    "$(dated 2019-10-07 'Ecuadorean President Lenin Moreno moved his government out of Quito on Monday as thousands of indigenous protesters clashed with police in the capital.')"
check code_storming_acts_are_one_protest "IRNCVL>GBRGOV:145" \
    "$(dated 2011-11-29 'Hundreds of Iranian protesters stormed the British embassy in Tehran on Tuesday, smashing windows and burning the Union Jack.')"
# "until X stepped down" tells no act
check code_until_stepped_down "" \
    "$(dated 2019-04-02 'Protest leaders said demonstrations would continue until the entire ruling elite stepped down.')"
# an accusation hung on a to-complement parsed as an adverbial clause is
# still made with the main act
check code_threatened_to_cut_accusing "VENGOV>USA:130
VENGOV>USABUS:112" \
    "$(dated 2008-02-10 'Venezuelan President Hugo Chavez threatened on Sunday to cut off oil sales to the United States, accusing Exxon Mobil of waging economic war after the company won court orders freezing billions of dollars in Venezuelan assets.')"
# "the killings" a third party condemns answer soldiers who opened fire on
# a crowd (a 175 told before)
check code_condemned_the_killings_after_firing "GINMIL>GINOPP:175
IGOAFU>GINMIL:111" \
    "$(dated 2009-09-29 'Guinean soldiers opened fire on thousands of opposition supporters at a rally in Conakry on Monday, killing at least 157 people. The African Union condemned the killings.')"
# An armed attack on a named side told in an after-clause is news of its
# own; not one told as history ("18 months after ...")
check code_after_the_guerrillas_killed "PHLGOV>PHLREB:164
PHLREB>PHLMIL:190" \
    "$(dated 2017-02-04 'Philippine President Rodrigo Duterte called off peace talks with communist rebels on Saturday after the guerrillas killed six soldiers in a series of attacks.')"
check code_months_after_a_war_is_history "ARMGOV>AZEGOV:036" \
    "$(dated 2022-03-31 'Armenian Prime Minister Nikol Pashinyan said on Thursday that he was ready to begin peace talks with Azerbaijani President Ilham Aliyev, 18 months after the two countries fought a six-week war.')"
# An event noun dated by a year before it ("their battered 2002
# ceasefire") is an act of the past, not news.
check code_year_dated_event_noun "LKAGOV>LKAREB:046
LKAREB>LKAGOV:046" \
    "$(dated 2006-02-22 "Sri Lanka's government and Tamil Tiger rebels opened two days of talks in Geneva on Wednesday aimed at shoring up their battered 2002 ceasefire.")"
# An attack on a place whose -ing clause says which civilians it killed
# is an attack on them; soldiers killed leave the place's country.
check code_shelled_a_city_killing_civilians "LBRREB>LBRCVL:194" \
    "$(dated 2003-07-21 'Rebels of Liberians United for Reconciliation and Democracy shelled central Monrovia on Monday, killing dozens of civilians sheltering near the U.S. embassy.')"
check code_shelled_an_island_killing_marines "PRKMIL>KOR:194" \
    "$(dated 2010-11-23 "North Korean artillery shelled South Korea's Yeonpyeong island on Tuesday, killing two marines.")"
# People acted on, told by their demonym, are civilians; as the subject
# they stay the country.
check code_deported_haitians_are_civilians "DOM>HTICVL:174" \
    "$(dated 2015-07-15 'The Dominican Republic has deported hundreds of Haitians since last month.')"
check code_greek_cypriots_rejected "CYP>IGOUNO:127" \
    "$(dated 2004-04-24 'Greek Cypriots overwhelmingly rejected a U.N. plan to reunify Cyprus in a referendum on Saturday.')"
# "the court" or "the prosecutor" after an international court was named
# is that court, not the story's country's.
check code_cooperate_with_the_court "KENGOV>IGOICC:032" \
    "$(dated 2010-03-31 "International Criminal Court judges on Wednesday authorised the prosecutor to open an investigation into the violence that followed Kenya's disputed 2007 election. Prime Minister Raila Odinga said the government would cooperate with the court.")"
# Calling a decision erroneous, or an expulsion an assault on media
# freedom, is criticism of whoever made it (an expulsion also answers an
# order to leave, 174).
check code_called_the_decision_erroneous "GBR>RWA:1621
RWAGOV>GBR:111" \
    "$(dated 2012-11-30 "Britain withheld 21 million pounds in budget support from Rwanda on Friday. Rwanda's Foreign Minister Louise Mushikiwabo called the decision erroneous.")"
check code_called_the_expulsion_an_assault "RUS>GBRMED:174
GBRMED>RUS:111" \
    "$(dated 2021-08-13 'Russia has ordered BBC correspondent Sarah Rainsford to leave the country. The BBC called the expulsion a direct assault on media freedom.')"
# Armed men who flee retreat (0874) before the sentence's other armed
# side, also in an after-clause; a clause after ", and" there is the main
# clause's conjunct. Others who flee ("Aristide resigned and fled") do not.
# (code_and_clause_after_comma above is the after-clause case.)
check code_fighters_abandoned_the_capital "ETHMIL>SOMGOV:192
SOMREB>ETHMIL:0874" \
    "$(dated 2006-12-28 'Ethiopian troops entered Mogadishu unopposed on Thursday after Islamist fighters abandoned the Somali capital and fled south.')"
check code_president_fled_is_no_retreat "HTIGOV>HTI:0831" \
    "$(dated 2004-02-29 'Haitian President Jean-Bertrand Aristide resigned and fled the country on Sunday.')"
# An accusation by a named actor in a relative clause whose object is a
# relative pronoun ("whom Nairobi blames for ...") is news, aimed at the
# noun before the pronoun.
check code_whom_nairobi_blames "KENMIL>SOMREB:190
KENGOV>SOMREB:112" \
    "$(dated 2011-10-16 'Kenyan troops crossed into southern Somalia on Sunday and attacked al Shabaab militants, whom Nairobi blames for a wave of kidnappings of foreigners.')"
check code_whom_moscow_accuses "GBRJUD>RUS:120
RUSGOV>RUSREB:1121" \
    "$(dated 2003-11-13 "A London court on Thursday rejected Russia's request to extradite Chechen separatist envoy Akhmed Zakayev, whom Moscow accuses of terrorism.")"
# A past tense conjoined to a to-infinitive is the main verb's conjunct,
# and the main verb (with a clause of its own) does not take its object.
check code_threatened_to_expel_and_accused "TCDGOV>SDNREF:132
TCDGOV>SDNGOV:112" \
    "$(dated 2006-04-14 "Chad's President Idriss Deby threatened on Friday to expel some 200,000 refugees from Sudan's Darfur region and accused Khartoum of backing rebels who attacked the capital a day earlier.")"
# Days, weeks or months of protests behind the main event are the public's
# protest against the government, news of its own; months of unrest are
# no one's.
check code_weeks_of_street_protests "BOLGOV>BOLCVL:0831
BOLCVL>BOLGOV:141" \
    "$(dated 2019-11-10 'Bolivian President Evo Morales resigned on Sunday after three weeks of street protests over his disputed re-election.')"
check code_months_of_unrest_is_no_protest "THAMIL>:1724" \
    "$(dated 2014-05-20 "Thailand's army chief declared martial law nationwide on Tuesday, saying it was needed to restore order after six months of political unrest.")"
# "at the request of X": X asked the clause's subject.
check code_at_the_request_of "RUS>KAZ:074
KAZGOV>RUS:020" \
    "$(dated 2022-01-06 'Russia began sending paratroopers to Kazakhstan on Thursday at the request of President Kassym-Jomart Tokayev.')"
# Saying someone is culpable or responsible accuses them (112).
check code_said_the_state_was_culpable "GBRGOV>RUS:112" \
    "$(dated 2018-03-14 'Prime Minister Theresa May said the Russian state was culpable for the attempted murder.')"
# A denial of the charge in a relative clause ("a charge Asmara denies",
# "an allegation ... rejected as absurd") answers each accuser (016).
check code_a_charge_denied "ETH>ERI:1123
ERIGOV>ETH:016" \
    "$(dated 2007-06-01 'Ethiopia accused Eritrea on Monday of arming the rebels in the Ogaden, a charge Asmara denies.')"
check code_an_allegation_rejected "LTU>BLR:112
POL>BLR:112
BLRGOV>LTU:016
BLRGOV>POL:016" \
    "$(dated 2021-08-10 'Lithuania and Poland accused Belarus of pushing migrants across their borders, an allegation the government in Minsk rejected as absurd.')"
# Saying someone's act violated the law (or amounted to an occupation,
# bore the hallmarks of a coup) accuses its owner (112); the act is not
# coded again from the speaker's words.
check code_said_decision_violated_law "GRC>TUR:112" \
    "$(dated 1996-01-30 'Greece said the Turkish decision violated international law.')"
check code_said_candidacy_violated_constitution "BDIOPP>BDIGOV:112" \
    "$(dated 2015-04-26 "Burundian opposition leaders said President Pierre Nkurunziza's candidacy violated the constitution.")"
# Killing people while others protest is repression (175); without a
# protest it stays a killing.
check code_shot_dead_as_residents_marched "UGAMIL>UGACVL:175
UGACVL>UGAGOV:141" \
    "$(dated 2016-11-27 'Ugandan soldiers shot dead five people in Kasese on Friday as hundreds of residents marched against the arrest of a local king.')"
check code_shot_dead_without_protest "UGAMIL>UGACVL:1823" \
    "$(dated 2016-11-27 'Ugandan soldiers shot dead five people in Kasese on Friday.')"
# A protest told in an "as" clause beside the main event happened
# meanwhile: news of its own (also when the parser read "as thousands of
# workers" as an oblique with "marched" a participle on it).
check code_as_workers_marched "GRCCOP>GRCCVL:175
GRCLAB>GRCGOV:1412
GRCCVL>GRCGOV:140" \
    "$(dated 2011-06-29 'Greek riot police fired tear gas at youths in Athens on Wednesday as thousands of workers marched against pension cuts.')"
# People driven from their homes or across a border are expelled en masse
# (201); burning their villages or homes beside a killing or an expulsion
# by the same actor is part of it, no 1712 of its own.
check code_drove_from_their_homes "SDNMIL>SDNCVL:201" \
    "$(dated 2004-06-01 'Sudanese troops burned dozens of villages in Darfur and drove thousands of people from their homes.')"
check code_killed_and_burned_homes "NGAREB>NGACVL:202" \
    "$(dated 2015-01-09 'Boko Haram fighters killed dozens of villagers in Borno state and burned their homes.')"
# A reaction to an act that several did together answers each of them.
check code_reaction_answers_every_doer "POL>BLRGOV:161
LTU>BLRGOV:161
LVA>BLRGOV:161
BLR>POL:111
BLR>LTU:111
BLR>LVA:111" \
    "$(dated 2014-06-02 'Poland, Lithuania and Latvia expelled Belarusian diplomats on Monday. Belarus called the decision unjustified.')"
# Reaching, striking or announcing an agreement is agreeing on it (057),
# both ways when both sides are subjects.
check code_reached_an_agreement "GRC>IGOEUR:057
IGOEUR>GRC:057" \
    "$(dated 2015-08-11 'Greece and the European Union reached an agreement on a new bailout on Tuesday.')"
# Threats told as vows or warnings: "vowed to make X pay", "vowed that X
# would pay a price", "said the measures would not go unanswered", "issued
# a warning of serious consequences" (130).
check code_vowed_to_make_pay "KOR>PRKGOV:130" \
    "$(dated 2015-08-10 'South Korea vowed to make Pyongyang pay a harsh price.')"
check code_vowed_that_would_pay "ISRGOV>PSEREB:130" \
    "$(dated 2023-10-07 'Netanyahu vowed that Hamas would pay an unprecedented price.')"
check code_would_not_go_unanswered "IGOEUR>RUSGOV:163
RUSGOV>IGOEUR:130" \
    "$(dated 2014-03-17 "The European Union imposed sanctions on Russian officials on Monday. Russia's Foreign Ministry said the measures would not go unanswered.")"
check code_issued_a_warning_of_consequences "IRNMIL>GBR:1711
GBR>IRN:130" \
    "$(dated 2019-07-19 "Iran's Revolutionary Guards seized a British tanker on Friday, and Britain issued a warning of serious consequences if the vessel was not released.")"
# "Thousands of Lebanese rallied": a people's name after "of" is the
# people (their civilians protest); a protest to demand another country's
# act is aimed at that country's actor, and the demanded act is not done.
check code_thousands_of_lebanese_rallied "LBNCVL>LBNGOV:141" \
    "$(dated 2005-03-14 'Thousands of Lebanese rallied in Beirut on Monday.')"
check code_marched_to_demand_withdrawal "SDNCVL>ETHMIL:141" \
    "$(dated 2005-03-14 'Thousands of Sudanese marched in Khartoum on Friday to demand the withdrawal of Ethiopian troops.')"
# Pulling out of an agreement (or pulling a country out of one) cuts
# relations (160); it is no military retreat (0874).
check code_pulled_out_of_the_deal "USA>IRN:160" \
    "$(dated 2018-05-08 'The United States pulled out of the nuclear deal with Iran on Tuesday.')"
check code_pulled_the_country_out_of_the_deal "USAGOV>IRN:160" \
    "$(dated 2018-05-08 'President Donald Trump pulled the United States out of the nuclear deal with Iran on Tuesday.')"
# A reaction drawn by an act told in a reported clause (the parser hanging
# "drawing ..." on the clause's object) is aimed at the teller.
check code_said_it_had_drawing_condemnation "FRA>IRN:111
DEU>IRN:111" \
    "$(dated 2020-04-22 'Iran said it had launched a new satellite, drawing condemnation from France and Germany.')"
# "The test", "the declaration", "the referendum" ... that a reaction
# names is the doing of the main subject just told.
check code_condemned_the_test "PRK>:150
KOR>PRK:111" \
    "$(dated 2016-09-12 'North Korea carried out a nuclear test on Monday. South Korea condemned the test.')"
# An appeal told in an after-clause beside the main event is news too.
check code_after_asked_for_help "FRAMIL>MLIREB:195
MLIGOV>FRA:023" \
    "$(dated 2013-01-11 "French warplanes struck Islamist rebels in Mali on Friday after Mali's government asked France for military help.")"
check code_after_accused_of_sheltering "ECU>COLGOV:161
COL>ECUGOV:112" \
    "$(dated 2008-03-03 "Ecuador expelled Colombia's ambassador on Monday after Colombia accused Quito of sheltering FARC rebels.")"
# Freezing another country's assets is a sanction (163), not an
# investigation (091).
check code_froze_the_assets "USA>IRNBUS:163" \
    "$(dated 2019-07-19 'The United States froze the assets of three Iranian banks.')"
# "a dusk-to-dawn curfew": the hyphenated words are the curfew's modifier.
check code_dusk_to_dawn_curfew "KEN>:1723" \
    "$(dated 2019-07-19 'Kenya imposed a dusk-to-dawn curfew in Nairobi on Monday.')"
# Calling an act an occupation, a kidnapping or the like criticises its
# doer (111); so does saying the act was unacceptable or illegal.
check code_called_the_deployment_an_occupation "RUS>KAZ:074
KAZOPP>RUS:111" \
    "$(dated 2015-01-01 'Russia sent 2,000 troops into Kazakhstan on Thursday. Kazakh opposition leaders called the deployment an occupation.')"
check code_said_the_intervention_was_unacceptable "TUR>IRQ:074
IRQGOV>TUR:111" \
    "$(dated 2015-01-01 "Turkey sent troops into northern Iraq on Monday. Iraq's foreign ministry said the intervention was unacceptable.")"
check code_said_the_move_was_illegal "RUS>UKR:192
GBR>RUS:111" \
    "$(dated 2014-03-18 'Russia annexed Crimea on Tuesday. Britain said the move was illegal.')"
# Students shown protesting are protesters (CVL) to those who repress
# them; students fired on with no protest told stay EDU.
check code_students_protesting_fired_on "THACOP>THACVL:175
THACVL>THAGOV:140" \
    "$(dated 2020-10-16 'Thai riot police fired water cannon at students protesting outside Government House in Bangkok on Friday.')"
check code_students_fired_on "BGDCOP>BGDEDU:175" \
    "$(dated 2018-08-04 'Bangladeshi police fired tear gas at students in Dhaka on Saturday.')"
# "Fighting erupted ... between X and Y": the opening -ing word is the
# fighting, both ways.
check code_fighting_erupted_between "SDNMIL>SDNREB:190
SDNREB>SDNMIL:190" \
    "$(dated 2023-04-15 "KHARTOUM, April 15 (Reuters) - Fighting erupted in Khartoum on Saturday between Sudan's army and the paramilitary Rapid Support Forces.")"
# A reaction to a deal two sides made together answers both of them.
check code_denounced_the_deal_both_signers "ARMGOV>AZEGOV:057
AZEGOV>ARMGOV:057
RUSGOV>ARMGOV:111
RUSGOV>AZEGOV:111" \
    "$(dated 2025-08-09 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace agreement in Washington on Friday. Russian Foreign Minister Sergei Lavrov denounced the deal as a mistake.')"
# A meeting where an act was done is its setting, not an event of its own;
# a meeting told as such beside the act keeps both.
check code_signed_at_their_summit "USAGOV>PRKGOV:057
PRKGOV>USAGOV:057" \
    "$(dated 2019-02-27 'U.S. President Donald Trump and North Korean leader Kim Jong Un signed a joint declaration at the end of their summit in Hanoi on Wednesday.')"
check code_met_and_signed "USAGOV>PRKGOV:040
PRKGOV>USAGOV:040
USAGOV>PRKGOV:057
PRKGOV>USAGOV:057" \
    "$(dated 2019-02-27 'U.S. President Donald Trump and North Korean leader Kim Jong Un met in Hanoi on Wednesday and signed a joint declaration.')"
# Reformists are opposition (no writer codes CAMEO's MOD); the cleric
# Fethullah Gulen is REL, his movement OPP.
check code_arrested_reformists "IRNCOP>IRNOPP:173" \
    "$(dated 2009-06-14 'Iranian security forces arrested several prominent reformists in Tehran on Saturday.')"
check code_blamed_cleric_gulen "TURGOV>TURREL:112" \
    "$(dated 2016-07-16 'President Tayyip Erdogan blamed U.S.-based cleric Fethullah Gulen for the coup attempt.')"
# Repression with no one named falls on the doer's own public (CVL).
check code_police_used_tear_gas_to_clear "KENCOP>KENCVL:175" \
    "$(dated 2024-06-25 'Kenyan police used water cannon and tear gas to clear the streets overnight.')"
# A show of force off, around or near another country is aimed at it.
check code_fired_missiles_into_waters_off "CHNMIL>TWN:150" \
    "$(dated 2022-08-04 "Chinese forces fired ballistic missiles into waters off Taiwan's northeastern coast on Thursday.")"
# "called the crackdown a massacre" (the parser reading "a massacre" as a
# bare oblique) criticises the doer of the crackdown -- the repression
# itself, not the state of emergency told after it.
check code_called_the_crackdown_a_massacre "EGYCOP>EGYCVL:175
EGYGOV>:1724
TURGOV>EGYGOV:111" \
    "$(dated 2013-08-14 "Egyptian police shot dead dozens of protesters in Cairo on Wednesday, and the government declared a state of emergency. Turkey's prime minister called the crackdown a massacre.")"
# ", accusing forces loyal to the TPLF of ...": the participle read as the
# noun's modifier is the accusation; forces loyal to a rebel group are
# that group.
check code_accusing_forces_loyal_to_rebels "ETHGOV>ETHREB:112" \
    "$(dated 2020-11-04 "Ethiopian Prime Minister Abiy Ahmed ordered a military offensive in the northern Tigray region on Wednesday, accusing forces loyal to the Tigray People's Liberation Front, which governs the region, of attacking a federal army base overnight.")"
# Forces storming a place to end a hostage-taking or a siege fight the
# armed men holding it (190).
check code_stormed_where_rebels_held_hostages "RUSMIL>RUSREB:190" \
    "$(dated 2004-09-03 'Russian special forces stormed a school in Beslan on Friday where Chechen separatists had been holding hundreds of hostages.')"
check code_stormed_militants_holed_up "PAKMIL>PAKREB:190" \
    "$(dated 2007-07-10 'Pakistani commandos stormed the Red Mosque in Islamabad on Tuesday after talks with militants holed up inside collapsed.')"
# Saying a named other bears the responsibility accuses them (112); the
# army's actions (the army told before) bearing the hallmarks of a coup
# accuse the army.
check code_said_government_bore_responsibility "USAGOV>SYRGOV:112" \
    "$(dated 2012-05-28 'U.S. Secretary of State Hillary Clinton said the Syrian government bore responsibility for the massacre.')"
check code_army_actions_bore_hallmarks "LSOMIL>LSOCOP:190
ZAFGOV>LSOMIL:112" \
    "$(dated 2014-08-30 "Lesotho's army attacked police stations in Maseru on Saturday. South Africa's foreign ministry said the army's actions bore the hallmarks of a coup.")"
# Police clearing protesters from a square repress them (175).
check code_police_cleared_protesters "UKRCOP>UKRCVL:175" \
    "$(dated 2013-11-30 "Ukrainian riot police cleared pro-European protesters from Kiev's Independence Square with batons before dawn on Saturday.")"
# "Troops loyal to army chief General X detained Prime Minister Y": the
# troops detain (the parser had made the general the subject).
check code_troops_loyal_to_army_chief_detained "PAKMIL>PAKGOV:173" \
    "$(dated 1999-10-12 'Troops loyal to army chief General Pervez Musharraf detained Prime Minister Nawaz Sharif on Tuesday in a bloodless coup.')"
# Rebels of no named country are of the country they are "in", not the
# last one the story named; a capital where talks are held names none.
check code_rebel_positions_in_mali "FRA>MLIREB:195" \
    "$(dated 2013-01-11 'France bombed rebel positions in Mali on Friday.')"
check code_militant_camps_in_afghanistan "USA>AFGREB:195" \
    "$(dated 1998-08-20 'The United States fired cruise missiles at militant training camps in eastern Afghanistan on Thursday.')"
# An answer given "with air strikes on X" is the subject's strike on X
# (not strikes done to the subject), and the answering state's leader
# condemning "the raid" answers the raid, not his own state's strikes; an
# answer only vowed codes no strike.
check code_responded_with_air_strikes "LBNREB>ISRMIL:181
ISR>LBN:195
ISRGOV>LBNREB:111" \
    "$(dated 2006-07-12 'Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday, and Israel responded with air strikes on southern Lebanon. Prime Minister Ehud Olmert called the raid an act of war.')"
check code_threatened_to_retaliate_with_attacks "SOMREB>KEN:138" \
    "$(dated 2011-10-17 'Al Shabaab threatened to retaliate with attacks inside Kenya.')"
# What fire was returned with is not whom it was returned at.
check code_retaliated_with_artillery_fire "PRK>KOR:194
KOR>PRK:190" \
    "$(dated 2010-11-23 'North Korea shelled a South Korean island on Tuesday, and South Korea retaliated with artillery fire.')"
# Shells fired "onto" a place hit it; fire returned answers that attack.
check code_fired_shells_onto_island "PRK>KOR:194
KORMIL>PRK:190" \
    "$(dated 2010-11-23 'North Korea fired dozens of artillery shells onto the South Korean island of Yeonpyeong on Tuesday. South Korean forces returned fire with K-9 howitzers.')"
# A purpose clause beside the phrase an agreement names is what it is for:
# "agreed to a ceasefire ... to end the fighting" is the ceasefire.
check code_agreed_to_ceasefire_to_end_fighting "ISR>PSEREB:0871
PSEREB>ISR:0871" \
    "$(dated 2012-11-21 'Israel and Hamas agreed to a ceasefire on Wednesday to end eight days of fighting.')"
# An armed group's raid or storming whose -ing clause kills civilians is
# unconventional violence (180) against them, also when the killing is
# joined to another -ing verb after a time phrase; a state's air strikes
# stay strikes on the place.
check code_raid_killing_residents "NGAREB>NGACVL:180" \
    "$(dated 2015-01-31 'Boko Haram fighters raided a fishing village near Monguno on Friday night, burning huts and killing at least 30 residents.')"
check code_gunmen_stormed_hotel_killing "UAF>SOMCVL:180" \
    "$(dated 2019-03-24 'Gunmen stormed a hotel in Mogadishu on Sunday, killing at least 20 people.')"
check code_air_strikes_destroying_and_killing "ISRMIL>PSE:195" \
    "$(dated 2014-07-20 'Israeli warplanes struck targets across the Gaza Strip on Tuesday, destroying dozens of buildings and killing 30 people.')"
# Dozens killed "in an attack" are that attack (180); a hundred or more,
# or dozens killed with no attack named, a massacre (202).
check code_killed_forty_in_an_attack "NGAREB>NGACVL:180" \
    "$(dated 2020-02-10 'Militants killed at least 40 villagers in an attack on a market in northeastern Nigeria on Sunday.')"
check code_killed_dozens_in_an_attack "MOZREB>MOZCVL:180" \
    "$(dated 2021-03-28 'Insurgents killed dozens of people in an attack on a coastal town in northern Mozambique.')"
check code_killed_150_in_an_attack "NGAREB>NGACVL:202" \
    "$(dated 2020-02-10 'Militants killed at least 150 villagers in an attack on a market in northeastern Nigeria on Sunday.')"
check code_killed_forty_no_attack "BFAREB>BFACVL:202" \
    "$(dated 2020-02-10 'Jihadists killed at least 40 villagers in northern Burkina Faso on Sunday.')"
# A body's agreement or decision to impose sanctions is the sanction
# (163), not a threat of one; an agreement to lift sanctions stays an
# intent (0354).
check code_agreed_to_impose_sanctions "IGOEUR>RUS:163" \
    "$(dated 2014-07-29 'The European Union agreed on Tuesday to impose sweeping economic sanctions on Russia over the Ukraine crisis.')"
check code_decided_to_impose_sanctions "IGOEUR>BLRGOV:163" \
    "$(dated 2020-10-02 'European Union leaders decided to impose sanctions on Belarusian officials over the disputed election.')"
check code_agreed_to_lift_sanctions "USA>IRN:0354" \
    "$(dated 2015-07-14 'The United States agreed to lift sanctions on Iran.')"
# A siege lifted "of" a place is lifted from it.
check code_lifted_siege_of_city "RUSMIL>UKR:0872" \
    "$(dated 2022-04-01 'Russian forces lifted their siege of the city of Chernihiv.')"
# The broker of the deal or truce the sentence tells of mediates between
# its sides (045), news of its own; a deal brokered between no named sides
# codes no mediation toward anyone.
check code_truce_brokered_by "ARM>AZE:0871
AZE>ARM:0871
RUS>AZE:045
RUS>ARM:045" \
    "$(dated 2020-10-10 'Armenia and Azerbaijan agreed to a truce brokered by Russia on Saturday.')"
check code_ceasefire_in_a_deal_brokered_by "ISR>PSEREB:0871
PSEREB>ISR:0871
EGY>PSEREB:045
EGY>ISR:045" \
    "$(dated 2012-11-21 'Israel and Hamas agreed to a ceasefire on Wednesday in a deal brokered by Egypt.')"
# Soldiers killed "in a clash with" other troops were fought by them, and
# fought back; a leader killed in one was the troops' act only.
check code_killed_in_a_gunbattle_with "INDMIL>PAKMIL:193
PAKMIL>INDMIL:193" \
    "$(dated 2019-03-04 'Three Pakistani soldiers were killed in a gunbattle with Indian troops along the Line of Control on Monday.')"
check code_leader_killed_in_a_clash_with "SDNMIL>SDNREB:190" \
    "$(dated 2009-05-10 'Sudanese rebel commander Ahmed Musa was killed in a clash with government troops in Darfur on Sunday.')"
# A promise of reforms after unrest is promised to no one; a promise to
# step down after protests is made to the protesters (0341 to CVL).
check code_promised_reforms_after_unrest "KAZGOV>:034" \
    "$(dated 2022-03-16 'President Kassym-Jomart Tokayev promised sweeping political reforms on Wednesday, two months after deadly unrest shook Kazakhstan.')"
# Police killing rioters repress them (175), and the killing an -ing
# clause tells after police fire on protesters is that repression's toll,
# no event of its own.
check code_forces_killed_dozens_of_rioters "KAZCOP>KAZCVL:175" \
    "$(dated 2022-01-06 'Kazakh security forces killed dozens of rioters in Almaty overnight.')"
check code_fired_on_protesters_killing_dozens "KENCOP>KENCVL:175" \
    "$(dated 2014-02-20 "Kenyan riot police fired on anti-government protesters in Nairobi's Uhuru Park on Tuesday, killing dozens in the bloodiest day of the crisis.")"
# "search-and-rescue teams": the last of coordinated modifiers makes the
# compound (rescue teams sent are aid, 073, not investigators, 090).
check code_sent_search_and_rescue_teams "GRC>TUR:073
ISR>TUR:073" \
    "$(dated 1999-08-18 'Greece and Israel sent search-and-rescue teams to Turkey on Wednesday after the earthquake.')"
# A concession answers whoever in the sentence asked it of its actor (the
# army chief who urged, the opposition whose protests demanded), before
# the public.
check code_resigned_after_army_chief_urged "BOLGOV>BOLMIL:0831
BOLMIL>BOLGOV:0241" \
    "$(dated 2019-11-10 'Bolivian President Evo Morales resigned on Sunday after the army chief urged him to step down.')"
check code_resigned_after_protests_demanding "KGZGOV>KGZOPP:0831
KGZOPP>KGZGOV:141" \
    "$(dated 2005-04-04 'Kyrgyz President Askar Akayev resigned on Monday after weeks of protests by opposition supporters demanding his resignation.')"
# The Capitol is Congress.
check code_stormed_the_capitol "USACVL>USALEG:145" \
    "$(dated 2021-01-06 'Supporters of President Donald Trump stormed the U.S. Capitol on Wednesday.')"
# "them" in a clause read whole is the plural actor told before that
# clause's subject in the same sentence (not the subject itself); in an
# -ing adjunct it resolves as before.
check code_fired_on_them "SDNCVL>SDNGOV:141
SDNCOP>SDNCVL:175" \
    "$(dated 2019-04-08 'Thousands of Sudanese protesters marched on the palace, and security forces opened fire on them.')"
check code_hurled_petrol_bombs_at_them "HKGCOP>HKGCVL:175
HKGCVL>HKGCOP:145" \
    "$(dated 2019-11-17 'Hong Kong police fired tear gas at protesters who hurled petrol bombs at them on Sunday.')"
# A name before the subject, joined to it by "and", is the subject's first
# member ("Saudi Arabia and its Gulf Arab allies launched ..."), and a
# condemnation of the strikes answers it.
check code_country_and_its_allies "SAU>YEMREB:195
IRN>SAU:111" \
    "$(dated 2015-03-26 'Saudi Arabia and its Gulf Arab allies launched air strikes against Houthi rebels in Yemen on Thursday. Iran condemned the strikes as a dangerous step.')"
# An expulsion's of-phrase names who is expelled.
check code_announced_expulsions_of_envoys "USA>RUSGOV:161
DEU>RUSGOV:166
POL>RUSGOV:166" \
    "$(dated 2018-03-26 'The United States ordered 60 Russian diplomats to leave the country on Monday. Germany and Poland also announced expulsions of Russian envoys.')"
# A relative clause's object is the noun it hangs on: "whom Ankara blames
# for the coup" accuses the cleric (112), news of its own.
check code_whom_it_blames "TUR>USA:1013
TURGOV>TURREL:112" \
    "$(dated 2016-07-19 "Turkey demanded on Tuesday that the United States extradite U.S.-based cleric Fethullah Gulen, whom Ankara blames for last week's failed coup.")"
# "condemned what it called an attempted coup": what is named is the
# object, a coup answering the soldiers who did it.
check code_condemned_what_it_called_a_coup "NERMIL>NERGOV:173
IGOWAF>NERMIL:111" \
    "$(dated 2023-07-26 'Soldiers detained President Mohamed Bazoum in Niamey on Wednesday. ECOWAS condemned what it called an attempted coup.')"
# Targets hit by missiles, or targets somewhere, are attacked; a sales
# target hit is no event.
check code_missiles_hit_targets_in "USA>IRQ:195" \
    "$(dated 2003-03-20 'U.S. cruise missiles and bombs hit targets in Baghdad at dawn on Thursday.')"
check code_company_hit_targets "" \
    "$(dated 2003-03-20 'The Russian company Gazprom hit its sales targets in the first quarter.')"
# A clash told in a when-clause after its dead: both sides fight.
check code_killed_when_troops_clashed "INDMIL>CHNMIL:190
CHNMIL>INDMIL:190" \
    "$(dated 2020-06-16 'Twenty Indian soldiers were killed when Indian and Chinese troops clashed in a disputed Himalayan border area, the Indian army said on Tuesday.')"
# A jailbreak by armed men or a crowd is no release (0841).
check code_gangs_freed_inmates "HTIGOV>:1724" \
    "$(dated 2024-03-03 "Haiti's government declared a 72-hour state of emergency on Sunday, after armed gangs stormed the country's two largest prisons and freed thousands of inmates.")"
check code_rebels_freed_hostages "COLREB>COLCVL:0841" \
    "$(dated 2008-01-10 'Colombian FARC rebels freed two hostages, former lawmaker Consuelo Gonzalez and Clara Rojas, on Thursday.')"
# Missiles that slam into a place attack it (not the 111 of "slammed the
# decision").
check code_missiles_slammed_into "RUS>UKR:195" \
    "$(dated 2022-02-24 'Russian missiles slammed into military targets across Ukraine on Thursday.')"
# Fire an answer is given with answers the last attack on the answerer.
check code_answered_with_artillery_fire "ETHMIL>ERIMIL:195
ERIMIL>ETHMIL:194" \
    "$(dated 2000-05-12 'Ethiopian warplanes bombed Eritrean positions on Friday, and Eritrean forces answered with artillery fire.')"
# Saying someone is to blame accuses them (112): in a second that-clause
# of the statement, in the clause a likelihood is of, and in "held X
# personally responsible" (a tree repair hangs the adjective on "held").
check code_second_that_clause_bore_responsibility "FRAGOV>SYRGOV:112" \
    "$(dated 2013-08-29 'French Foreign Minister Laurent Fabius told reporters on Thursday that chemical weapons had been used near Damascus and that the Syrian government bore responsibility.')"
check code_highly_likely_responsible "USAGOV>IRN:112" \
    "$(dated 2019-06-14 'U.S. Secretary of State Mike Pompeo said on Thursday it was highly likely that Iran was responsible for the attacks on two tankers in the Gulf of Oman.')"
check code_held_personally_responsible "IGOUNO>SOMREB:112" \
    "$(dated 2009-05-20 'The U.N. envoy said he held the al-Shabaab commander personally responsible for the shelling.')"
# Tanks sent into or across a border are force (190), not military aid
# (072), and the tanks sent are not what is attacked; troops sent "to" an
# ally stay 074.
check code_sent_tanks_into "RUS>GEO:190" \
    "$(dated 2008-08-09 'Russia sent tanks into Georgia on Saturday.')"
check code_sent_tanks_across_border "TUR>:190" \
    "$(dated 2016-08-24 'Turkey sent tanks across the border on Wednesday.')"
check code_sent_troops_to_ally "AUS>SLB:074" \
    "$(dated 2003-07-24 'Australia sent troops to the Solomon Islands on Thursday.')"
# A vow to take revenge is a threat (130) against the one it answers.
check code_vowed_to_take_revenge "ISR>PSEREB:186
PSEREB>ISR:130" \
    "$(dated 2004-03-22 'Israel killed a Hamas commander in an air strike in Gaza City on Monday, and Hamas vowed to take revenge.')"
# A win by a score is a match, whatever the cup; aid dropped from the air
# over a place goes to its country.
check code_beat_by_a_score "" \
    "$(dated 2007-07-29 'Iraq beat Saudi Arabia 1-0 in Jakarta on Sunday.')"
check code_asian_cup_discarded "" \
    "$(dated 2007-07-29 'Iraq won the Asian Cup on Sunday, beating Saudi Arabia in the final.')"
check code_dropped_food_over "USAMIL>PSE:073" \
    "$(dated 2024-03-08 'U.S. military aircraft dropped food parcels over northern Gaza on Friday.')"
# "..., a move X condemned" answers every actor of the act it sums up; a
# summing relative clause without "that" after an agreement is one too.
check code_move_condemned_answers_all_actors "USAMIL>YEMREB:195
GBRMIL>YEMREB:195
IRN>USAMIL:111
IRN>GBRMIL:111" \
    "$(dated 2024-01-12 'U.S. and British warplanes struck Houthi targets in Yemen on Friday, a move Iran condemned.')"
check code_agreement_denounced "IRNGOV>USAGOV:057
USAGOV>IRNGOV:057
ISRGOV>IRNGOV:111
ISRGOV>USAGOV:111" \
    "$(dated 2015-07-14 'Iranian Foreign Minister Mohammad Javad Zarif and U.S. Secretary of State John Kerry sealed a nuclear deal in Vienna on Tuesday, an agreement Israeli Prime Minister Benjamin Netanyahu denounced as a historic mistake.')"
# "called the move an unfriendly act": a condemnation (111) of whoever
# made the move, beside the vow.
check code_called_the_move_an_unfriendly_act "MDA>RUSGOV:161
RUSGOV>MDA:111
RUSGOV>MDA:138" \
    "$(dated 2023-05-29 "Moldova expelled five Russian diplomats on Monday. Russia's foreign ministry called the move an unfriendly act and vowed to retaliate against Moldova.")"
# "..., a move swiftly condemned by the United Nations": the condemnation
# answers the act the move sums up.
check code_move_condemned_by "AFGGOV>AFGEDU:160
IGOUNO>AFGGOV:111" \
    "$(dated 2022-12-20 "Afghanistan's Taliban administration on Tuesday suspended university education for women, a move swiftly condemned by the United Nations.")"
# A vow to hunt down the attackers, or those behind an attack, threatens
# (130) the doers of the violence told before, a named group before
# unnamed gunmen.
check code_vowed_to_hunt_down_the_attackers "SOMREB>KENCVL:180
KENGOV>SOMREB:130" \
    "$(dated 2013-09-21 "Somalia's al Shabaab militants stormed a shopping mall in Nairobi on Saturday, killing at least 39 people. Kenyan President Uhuru Kenyatta vowed to hunt down the attackers.")"
check code_vowed_to_hunt_down_those_behind "IMGISI>KWTCVL:1831
KWTGOV>IMGISI:130" \
    "$(dated 2015-06-26 "An Islamic State suicide bomber blew himself up in a mosque in Kuwait City on Friday, killing 27 worshippers. Kuwait's emir vowed to hunt down those behind the attack.")"
# "said hundreds were killed ... and accused government forces": the
# accusation is the speakers'.
check code_said_killed_and_accused "SYROPP>SYRMIL:112" \
    "$(dated 2013-08-21 'Syrian opposition activists said hundreds of people were killed in a poison gas attack near Damascus on Wednesday and accused government forces of carrying it out.')"
# Cutting banks off the SWIFT system is a sanction (163) on them.
check code_cut_banks_off_swift "USA>RUSBUS:163
IGOEUR>RUSBUS:163" \
    "$(dated 2022-02-26 'The United States and the European Union agreed on Saturday to cut several Russian banks off the SWIFT payments system.')"
# A claim of an attack told in an in-which clause: the claim, and the
# killing the clause tells (news, not background), are the claimer's.
check code_claimed_attack_in_which "IMGAQP>:015
IMGAQP>FRACVL:1823" \
    "$(dated 2015-01-14 'Al Qaeda in the Arabian Peninsula claimed responsibility on Wednesday for the attack on the offices of the weekly in Paris, in which gunmen killed 12 people.')"
# Session 22: a participle read for a past tense stops at a "what" or
# relative clause ("rallied" stays the verb); a conjoined clause's subject
# after ", and" with an adverb before its verb; protests with no protesters
# named but "nationwide", "mass", "anti-government" ... are the public's
# against the government already coded; a detention told in an -ing
# clause is its own event.
check code_rallied_against_what_they_called "UKRCVL>UKRGOV:141" \
    "$(code "Hundreds of thousands of protesters rallied in Kiev's Independence Square on Monday against what they called a rigged presidential run-off that official results showed Prime Minister Viktor Yanukovich had won.")"
check code_conjoined_clause_with_adverb "KENOPP>KENGOV:1121" \
    "$(code "Kenya's electoral commission declared President Mwai Kibaki the winner of a bitterly disputed election on Sunday, and opposition leader Raila Odinga immediately accused the government of rigging the count.")"
check code_nationwide_protests_are_the_public "BGRGOV>BGRCVL:0831
BGRCVL>BGRGOV:1412" \
    "$(code "Bulgaria's government resigned on Wednesday after nationwide protests against high electricity prices turned violent.")"
check code_detaining_clause_is_an_event "BLRCOP>BLRCVL:173" \
    "$(code 'Belarusian riot police cleared a tent camp in central Minsk before dawn on Friday, detaining hundreds of protesters.' | grep ':173')"
# A passive verdict with no court named is a court's of the convicted's
# country; the charge a verdict names is no event; "swore in" is no vow.
check code_passive_verdict_is_a_courts "SENJUD>SENOPP:116" \
    "$(code 'Senegalese opposition leader Ousmane Sonko was sentenced in absentia to two years in prison on Thursday.')"
check code_charge_of_a_verdict_is_no_event "" \
    "$(code "Guatemala's former dictator Efrain Rios Montt went on trial. He is the first former head of state to be found guilty of genocide by a court in his own country.")"
check code_sworn_in_is_no_vow "" \
    "$(code "Bolivia's Congress swore in Vice President Carlos Mesa as his successor.")"
# Police firing on workers on strike repress them; people occupying a
# place block it (not 192); a vote to remove a leader is 172; violence told
# in an as-clause by another actor is news; "the White House" is no
# Casablanca.
check code_fire_on_strikers_is_repression "KAZCOP>KAZLAB:175" \
    "$(code 'Kazakh police opened fire on oil workers who had been on strike for seven months.')"
check code_protesters_occupying_block "THACVL>THAGOV:144" \
    "$(code "Thousands of anti-government protesters occupied Bangkok's main international airport.")"
check code_vote_to_remove "PRYLEG>PRYGOV:172" \
    "$(code 'Paraguay'"'"'s Senate voted on Friday to remove President Fernando Lugo from office.')"
check code_signed_with_a_partner "MMRREB>MMRGOV:057
MMRGOV>MMRREB:057" \
    "$(code "Myanmar's government signed a ceasefire agreement with eight ethnic armed groups on Thursday.")"
check code_as_clause_repression "IRNGOV>IRNOPP:120
IRNCOP>IRNCVL:175" \
    "$(code "Iran's Guardian Council rejected opposition demands on Tuesday, as riot police beat protesters with batons in central Tehran.")"
check code_white_house_is_no_casablanca "USACOP>USACVL:175" \
    "$(code 'Police cleared demonstrators from a park near the White House.')"
# "called Pakistan a terrorist state": the name is the object and the
# compound lemma the complement; "described X as illegitimate" is a
# criticism; "the junta" after this sentence's own "military government"
# is that government's, not the foreign critics'.
check code_called_a_name_a_terrorist_state "INDGOV>PAK:111" \
    "$(code "India's home minister called Pakistan a terrorist state that should be isolated.")"
check code_described_the_junta_as "MLIMIL>FRAGOV:166
FRAGOV>MLIMIL:111" \
    "$(dated 2022-01-31 "Mali's military government gave France's ambassador 72 hours to leave the country on Monday, after French officials described the junta as illegitimate.")"
# "Protesters demanding the release of X clashed with police": the -ing
# word the parser made the head of the clause modifies the protesters,
# who clash; X is the one whose release they demand.
check code_protesters_demanding_release_clashed "PERCOP>PERCVL:175
PERCVL>PERCOP:145" \
    "$(dated 2022-12-12 'Protesters demanding the release of ousted Peruvian President Pedro Castillo clashed with police in several southern cities on Sunday.')"
# An -ed word read as an adjective right after a name, in a clause after
# ", and", is that clause's past tense; "burst" is a past spelt like a
# noun; a gathering one bursts into is no event.
check code_and_clause_name_threatened "IGOWAF>:111
IGOAFU>:111
IGOAFU>:130" \
    "$(dated 2015-09-17 'The Economic Community of West African States and the African Union condemned the takeover, and the AU threatened sanctions against those responsible.')"
check code_burst_into_a_meeting "BFAMIL>BFAGOV:173" \
    "$(dated 2015-09-17 "Members of Burkina Faso's presidential guard burst into a cabinet meeting and detained the interim president and prime minister on Wednesday.")"
# A former official of a court is an elite; "the military" after a
# possessive, before its verb, is the army; "the gunmen" told again are the
# armed group named last; a cessation of hostilities is a ceasefire; an
# army seizing its own country is a coup, no occupation.
check code_former_attorney_general "MEXJUD>MEXELI:173" \
    "$(dated 2022-08-20 'Mexican prosecutors arrested former Attorney General Jesus Murillo Karam on Friday.')"
check code_military_seized_control "ZWEMIL>ZWEGOV:173" \
    "$(dated 2017-11-15 "Zimbabwe's military seized control of the country on Wednesday and placed President Robert Mugabe under house arrest in the capital.")"
check code_the_gunmen_are_the_group "NGAREB>NGACVL:181
NGAMIL>NGAREB:193
NGAREB>NGAMIL:193" \
    "$(dated 2014-04-16 'Suspected Boko Haram gunmen abducted more than 100 schoolgirls overnight. The gunmen arrived in trucks and exchanged fire with soldiers guarding the town.')"
check code_cessation_of_hostilities "ETHGOV>ETHREB:0871
ETHREB>ETHGOV:0871" \
    "$(dated 2022-11-02 "Ethiopia's government and Tigrayan forces agreed in Pretoria on Wednesday to a permanent cessation of hostilities.")"
# "them" after a conjoined verb is the people acted on in the first verb's
# clause, not the shared subject; a natural disaster kills no one's victims.
check code_them_after_conjoined_verb "MYSCOP>MYSCVL:175
MYSCOP>MYSCVL:173" \
    "$(dated 2012-07-09 'Malaysian police fired tear gas and water cannon at thousands of people demanding electoral reform in Kuala Lumpur on Saturday and arrested more than 1,600 of them.')"
check code_landslides_kill_no_event "" \
    "$(dated 2014-08-05 "Heavy monsoon rains triggered landslides across Nepal's hill districts on Tuesday, killing at least 23 people and cutting the main highway.")"
# A foreign police's crackdown condemned by a third party answers its
# government.
check code_crackdown_condemned_answers_government "MMRCOP>MMRREL:173
USA>MMRGOV:111" \
    "$(dated 2007-09-27 'Police arrested about 300 monks in overnight raids on monasteries in Yangon, Myanmar. The United States condemned the crackdown.')"
# An irregular past behind a prefix the lexicon never saw has its base's
# lemma ("retook" -> retake, 192).
check code_retook_is_retake "ETHREB>ETH:192" \
    "$(dated 2021-06-28 'Tigrayan forces retook the regional capital Mekelle on Monday.')"
# Shares, exporters and currencies that rally gain value: no protest.
check code_exporters_rallied_no_protest "" \
    "$(dated 2019-01-08 'Shares in Tokyo closed at a two-month high on Tuesday as exporters rallied on a weaker yen.')"
# ", and Australia and New Zealand condemned ...": both conjoined names are
# the subject, not the first a conjunct of the clause before.
check code_conjoined_subjects_after_and "AUS>:111
NZL>:111" \
    "$(dated 2000-05-19 'Speight declared himself head of an interim government, and Australia and New Zealand condemned the seizure.')"
# A participle opening the object ("detained elected leader ...") leaves
# the first -ed word the sentence's verb, not a modifier of "military";
# the condemnation it drew answers the military.
check code_participle_opens_the_object "MMRMIL>MMRGOV:173
USAGOV>MMRMIL:111" \
    "$(dated 2021-02-01 "Myanmar's military detained elected leader Aung San Suu Kyi on Monday, drawing swift condemnation from Washington.")"
# "The two men" and "both men" after a reciprocal act are its pair, like
# "the two leaders" (not civilians).
check code_the_two_men_are_the_pair "USAGOV>PRKGOV:040
PRKGOV>USAGOV:040
PRKGOV>USAGOV:057
USAGOV>PRKGOV:057" \
    "$(dated 2018-06-12 'U.S. President Donald Trump and North Korean leader Kim Jong Un met in Singapore on Tuesday. The two men signed a joint statement.')"
# A dateline's capital is the story's country only when the body names that
# country too: a bureau's city ("NAIROBI") gives no one its police.
check code_bureau_dateline_is_not_the_story "IGOAFU>SDN:160
SDNCOP>SDNCVL:175" \
    "$(dated 2019-06-10 'NAIROBI, June 10 (Reuters) - The African Union suspended Sudan on Thursday. The move came after security forces killed scores of demonstrators at a sit-in in Khartoum.')"
check code_named_dateline_is_the_story "BHRCOP>BHRCVL:173" \
    "$(dated 2011-03-14 'MANAMA, March 14 (Reuters) - Saudi troops crossed into Bahrain on Monday. The police arrested dozens of demonstrators.')"
# A condemned noun whose own code finds no act of its kind answers the act
# told just before, like "the move".
check code_condemned_reversal_answers_the_act "GMBGOV>GMBOPP:120
USAGOV>GMBGOV:111" \
    "$(dated 2016-12-09 'Gambian President Yahya Jammeh rejected his defeat by opposition leader Adama Barrow in the election, and the U.S. State Department condemned the reversal.')"
# A cut in relations announced ("said it would expel") is the cut, as
# writers code it; on a condition ("unless") it stays a threat.
check code_announced_expulsion_is_the_act "RUS>GBRGOV:161" \
    "$(dated 2018-03-17 'Russia said on Saturday it would expel 23 British diplomats.')"
check code_conditional_cut_is_a_threat "TUR>ISR:131" \
    "$(dated 2010-06-07 'Turkey said on Monday it would cut diplomatic ties with Israel unless it apologised for the raid.')"
# A state's own government, forces or country are no recipient of its
# promises, threats or postures (writers code these at the other side, or
# at no one).
check code_own_state_is_no_recipient "USAGOV>:032" \
    "$(dated 2011-01-12 'President Barack Obama pledged continued U.S. support for Lebanon.')"
# Lashkar-e-Taiba and Jaish-e-Mohammed are Pakistan's rebels (PAKREB), as
# the blind writers code them.
check code_lashkar_is_pakistani "IND>PAKREB:112" \
    "$(dated 2008-12-07 'India accused Lashkar-e-Taiba of carrying out the Mumbai attacks.')"
# A protest at a foreign embassy is against that government; a crowd
# besieging a building riots (145), no blockade.
check code_protest_at_foreign_embassy "CHNCVL>JPNGOV:145" \
    "$(dated 2012-09-16 'Thousands of Chinese protesters besieged the Japanese Embassy in Beijing on Sunday, hurling eggs and bottles.')"
# A clash or an exchange of fire between armed sides goes both ways, as
# the blind writers code 24 of 26 such rows.
check code_exchange_of_fire_both_ways "KGZMIL>TJKMIL:193
TJKMIL>KGZMIL:193" \
    "$(dated 2021-04-29 'Tajik troops exchanged fire with Kyrgyz soldiers near a disputed water facility on Thursday.')"
# "Called X an outrageous attempt ...": a noun complement whose adjective
# condemns is criticism, as is "disproportionate".
check code_called_an_outrageous_attempt "AZEJUD>AZEMED:116
NGOAMN>AZEJUD:111" \
    "$(dated 2015-09-01 'A court in Azerbaijan sentenced journalist Khadija Ismayilova to seven years in prison on Tuesday. Amnesty International called the verdict an outrageous attempt to silence her.')"
# A ruler ousted, overthrown or removed from power (172); an ouster and a
# detention of the same man by the same hands are one coup; an ouster in
# a to-infinitive is an aim.
check code_military_ousted_president "SDNMIL>SDNGOV:172" \
    "$(dated 2019-04-11 "Sudan's military ousted President Omar al-Bashir on Thursday.")"
check code_ouster_and_detention_one_coup "EGYMIL>EGYGOV:172" \
    "$(dated 2013-07-03 "Egypt's army ousted President Mohamed Mursi on Wednesday and placed him under detention.")"
check code_to_oust_is_an_aim "" \
    "$(dated 2008-03-25 'Comoran troops landed on the island of Anjouan on Tuesday to oust its renegade leader.')"
# Agreeing a deal or on a framework is concluding an agreement (057).
check code_agreed_on_a_framework "USA>RUS:057
RUS>USA:057" \
    "$(dated 2013-09-14 'The United States and Russia agreed on Saturday on a framework for Syria to hand over its chemical weapons.')"
# A raid that ends in arrests ("raided ... and arrested") is the arrest,
# one act.
check code_raid_and_arrest_one_act "ESPCOP>ESPGOV:173" \
    "$(dated 2017-09-20 'Spanish police raided Catalan government offices in Barcelona on Wednesday and arrested 14 officials.')"
# Aid agencies of no named country are NGO; where they work is not whose
# they are.
check code_aid_workers_are_ngo "UAF>NGO:181" \
    "$(dated 2018-06-15 'Gunmen kidnapped two aid workers in Mali on Friday.')"
# Forces put on alert with no one named doing it are the posture's actor.
check code_forces_were_put_on_alert "TWNMIL>:152" \
    "$(dated 2022-08-04 "Taiwan's armed forces were put on heightened alert on Thursday.")"
# A denial aimed at no one answers the last accusation against the
# denier's state.
check code_denial_answers_the_accuser "SYROPP>SYRMIL:1121
SYRGOV>SYROPP:016" \
    "$(dated 2013-08-21 'Syrian opposition activists accused government forces of killing hundreds of people in a gas attack near Damascus. The government denied using chemical weapons.')"
# A blow at "what" someone calls a target lands in the country the clause
# places it in.
check code_struck_what_delhi_called_a_camp "INDMIL>PAK:195" \
    "$(dated 2019-02-26 'Indian warplanes struck what New Delhi said was a militant training camp near the Pakistani town of Balakot on Tuesday.')"
# What two sides agree to do "in a deal" is the deal (057).
check code_agreed_in_a_deal "IRN>SAU:057
SAU>IRN:057
CHN>IRN:045
CHN>SAU:045" \
    "$(dated 2023-03-10 'Iran and Saudi Arabia agreed on Friday to restore diplomatic relations and reopen embassies within two months, in a deal brokered by China.')"
# A reaction to an act of its own state (its troops' raid) with no other
# act of the kind told: no recipient, and no crash (the second search for
# the act told before once compared against no kind).
check code_praised_own_troops_raid_no_crash "ISRMIL>:190
ISRGOV>:051" \
    "$(dated 2002-04-08 'Israeli troops raided the Jenin camp on Monday. Prime Minister Ehud Olmert praised the raid.')"
# Ordering a halt to operations de-escalates (087); a court ordering
# someone held in custody detains (173); ordering a country to vacate a
# base expels (166); an actor ending its own campaign yields to no one.
check code_ordered_a_halt_to_operations "RUSGOV>GEO:087" \
    "$(dated 2008-08-12 'Russian President Dmitry Medvedev ordered a halt to military operations in Georgia on Tuesday.')"
check code_ordered_held_in_custody "RUSJUD>RUSOPP:173" \
    "$(dated 2021-01-18 'A Moscow court ordered Kremlin critic Alexei Navalny to be held in custody for 30 days on Monday.')"
check code_ordered_to_vacate_a_base "UZB>USA:166" \
    "$(dated 2005-07-30 'Uzbekistan has ordered the United States to vacate its air base at Karshi-Khanabad within 180 days.')"
check code_ended_its_own_campaign "GBRREB>:087" \
    "$(dated 2005-07-28 'The Irish Republican Army formally ordered an end to its armed campaign on Thursday.')"
# Boycotting an election or a parliament's session is a protest (143);
# boycotting talks rejects them (125).
check code_boycotted_parliament_session "KHMOPP>KHMLEG:143" \
    "$(dated 2013-09-23 "Cambodia's opposition boycotted the opening session of the new parliament on Monday.")"
# Place names joined by a linking word are one token: "Mazar-i-Sharif"
# split was "Mazar" (a town in Jordan) and gave the capture Jordan.
check code_hyphenated_place_name "AFGREB>AFG:192" \
    "$(dated 2021-08-14 'Taliban fighters captured Mazar-i-Sharif, the largest city in northern Afghanistan, on Saturday.')"
# A national team and a cricket final are sport; tear gas fired at
# demonstrators during a final is not.
check code_cricket_final_is_sport "" \
    "$(dated 2017-06-18 'Pakistan beat India by 180 runs in the Champions Trophy final at The Oval on Sunday.')"
check code_national_team_arrives "" \
    "$(dated 2022-11-20 'Argentina'"'"'s national team arrived in Doha on Sunday ahead of its World Cup opener against Saudi Arabia.')"
check code_tear_gas_during_a_final "BRACOP>BRACVL:175" \
    "$(dated 2013-06-30 'Brazilian police fired tear gas at thousands of demonstrators outside the Maracana stadium on Sunday during the Confederations Cup final.')"
# Schoolchildren taken or killed are civilians (EDU is schools and
# teachers); a school bus hit is its passengers.
check code_schoolgirls_abducted_are_civilians "NGAREB>NGACVL:181" \
    "$(dated 2014-04-15 'Boko Haram militants abducted more than 200 schoolgirls from a government secondary school in the town of Chibok overnight.')"
check code_school_bus_bombed "SAUMIL>YEMCVL:195" \
    "$(dated 2018-08-09 'Saudi-led coalition aircraft bombed a school bus in Yemen'"'"'s Saada province on Thursday, killing dozens of children.')"
# Protesters with no country told are the people of where they protest,
# not of the embassy they storm; a place in a country the sentence names
# (two words: "the Solomon Islands") is where the sentence happens.
check code_protesters_at_a_foreign_embassy "IRQCVL>USAGOV:145" \
    "$(dated 2019-12-31 'Hundreds of protesters stormed the U.S. embassy compound in Baghdad on Tuesday, setting fire to a reception area.')"
check code_rioters_in_honiara "SLBCVL>SLBGOV:145" \
    "$(dated 2021-11-25 'Rioters torched buildings in the Chinatown district of the Solomon Islands capital Honiara on Thursday.' | grep ':145$')"
# Condolences beside another act are an act of their own, not words that
# attribute it; a leader greeted at the airport is hosted (043).
check code_condolences_and_support "FRA>:018
FRA>NERMIL:032" \
    "$(dated 2019-12-11 'France offered its condolences and pledged continued support for Niger'"'"'s armed forces.')"
check code_greeted_at_the_airport "KORGOV>PRK:042
PRKGOV>KORGOV:043" \
    "$(dated 2000-06-13 'South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday and was greeted at the airport by North Korean leader Kim Jong Il.')"
# A possessor country parsed as the object is no recipient of its own
# beside its president and prime minister.
check code_possessor_country_not_a_recipient "MLIMIL>MLIGOV:173" \
    "$(dated 2020-08-18 'Mutinous soldiers detained Mali'"'"'s President Ibrahim Boubacar Keita and Prime Minister Boubou Cisse on Tuesday.' | sort -u)"
# "the aid group" told after the Red Cross is the Red Cross.
check code_the_aid_group_told_again "NGOIRC>SYRGOV:020" \
    "$(dated 2016-01-14 'The International Committee of the Red Cross said on Thursday it had delivered food to thousands of people in the Syrian town of Madaya. The aid group appealed to the Syrian government to allow regular access.' | grep ':020$')"
# Who stands alongside the actor is no recipient.
check code_alongside_is_no_recipient "EGYGOV>:0871" \
    "$(dated 2012-11-21 'Egyptian Foreign Minister Mohamed Kamel Amr announced the truce alongside U.S. Secretary of State Hillary Clinton.')"
# A participle after a comma hung on an infinitive is the ordering
# subject's: North Korea accuses, not the units it ordered to fire.
check code_ordered_ready_accusing "PRK>:154
PRK>KOR:112" \
    "$(dated 2024-10-14 'North Korea said on Monday it had ordered artillery units near the border to be fully ready to open fire, accusing South Korea of flying drones over Pyongyang.')"
# Armed men who enter a named place take it; no one else entering
# anything does an act counted.
check code_rebels_entered_damascus "SYRREB>SYRGOV:192" \
    "$(dated 2024-12-08 'Syrian rebels led by Hayat Tahrir al-Sham entered Damascus on Sunday.')"
check code_troops_entered_the_town "RUSMIL>UKR:192" \
    "$(dated 2022-02-27 'Russian troops entered the town of Bucha on Sunday.')"
check code_entering_no_place "" \
    "$(dated 2024-12-08 'The president entered the hall. The talks entered a second day. The treaty entered into force.')"
# The taking of a place in an after-clause is news of its own.
check code_seized_crimea_behind "RUSMIL>UKR:192" \
    "$(dated 2014-03-02 'Ukrainian leaders put the armed forces on full combat alert on Sunday after Russian troops seized control of Crimea.' | grep ':192$')"
# Those whose vehicle strikes a bomb are its victims; who laid it is no
# one named.
check code_vehicle_struck_roadside_bomb "UAF>MLIMIL:1833" \
    "$(dated 2020-01-12 'Three Malian soldiers were killed on Sunday when their vehicle struck a roadside bomb near the central town of Boni.')"
check code_patrol_hit_landmine "UAF>AFGMIL:183" \
    "$(dated 2020-01-12 'An Afghan army patrol hit a landmine in Helmand province on Sunday.')"
# The Taliban fought in Pakistan's Swat valley are Pakistan's.
check code_taliban_in_swat "PAKMIL>PAKREB:190" \
    "$(dated 2009-05-11 'Pakistan'"'"'s army said on Monday it had launched a ground offensive against Taliban militants in the Swat valley.')"
# Pussy Riot's members are the public (a punk band), not the opposition.
check code_pussy_riot_sentenced "RUSJUD>RUSCVL:116" \
    "$(dated 2012-08-17 'A Moscow court sentenced three members of the punk band Pussy Riot to two years in prison on Friday.')"
# Force aimed at a country's positions, bases or military targets is
# aimed at its forces.
check code_strikes_on_positions_hit_forces "THAMIL>KHMMIL:195" \
    "$(dated 2011-02-05 'Thailand'"'"'s military said it had launched airstrikes on Cambodian positions.' | grep ':195$')"
check code_missiles_at_an_air_base "USA>SYRMIL:195" \
    "$(dated 2017-04-07 'The United States fired 59 Tomahawk missiles at a Syrian air base on Friday.')"
check code_military_targets "IGONAT>SRBMIL:195" \
    "$(dated 1999-03-24 'NATO began air strikes against Serbian military targets on Wednesday.')"
# A summons "to demand" is the summoner's own demand, made of the envoy;
# "to protest" is the summons itself.
check code_summoned_to_demand_release "CHN>JPNGOV:114
CHN>JPNGOV:1053" \
    "$(dated 2010-09-12 'China summoned Japan'"'"'s ambassador early on Sunday to demand the release of a Chinese fishing boat captain detained after a collision.')"
check code_summoned_to_protest "CHN>USAGOV:114" \
    "$(dated 2022-08-03 'China summoned the U.S. ambassador on Wednesday to protest against the visit.')"
# A release asked for is not done.
check code_release_demanded_not_done "" \
    "$(dated 2017-05-29 'Hundreds of protesters marched in the town of Al Hoceima to demand his release.' | grep ':084')"
# Backing of no one named is a description: "Colombia, backed by
# Washington" codes no support event.
check code_backed_by_describes "" \
    "$(dated 2025-01-27 'M23 rebels, who Kinshasa says are backed by Rwanda, seized control of the city of Goma on Monday.' | grep ':051$')"
# Bosnian Serb forces are Bosnia's rebels (BIHREB), as every writer codes them.
check code_bosnian_serb_forces "BIHREB>BIH:192" \
    "$(dated 1995-07-11 'Bosnian Serb forces overran the U.N.-declared safe area of Srebrenica on Tuesday.')"
# A vow of punishment or force whose act codes nothing itself is a threat.
check code_vowed_to_punish "KORGOV>:130" \
    "$(dated 1997-01-15 'The South Korean government vowed to punish the strike leaders.')"
# "most of them students and labourers" says who the people killed were;
# it adds no victims.
check code_most_of_them_adds_no_victims "UAF>SOMCVL:1832" \
    "$(dated 2019-12-28 'A truck bomb exploded at a busy checkpoint in Mogadishu on Saturday, killing at least 79 people, most of them students and labourers.')"
# "the attackers" after a conjoined pair's strikes are both of them.
check code_the_attackers_are_the_pair "USA>AFGGOV:195
GBR>AFGGOV:195
AFGGOV>GBR:1121
AFGGOV>USA:1121" \
    "$(dated 2001-10-07 'The United States and Britain launched air strikes against Taliban targets across Afghanistan on Sunday. Taliban officials accused the attackers of killing civilians in Kabul and Kandahar.')"
# A vowed military response, or a vow that someone will pay, is a threat.
check code_vowed_military_response "LBNREB>ISRMIL:181
ISRGOV>LBN:138" \
    "$(dated 2006-07-12 'Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday, prompting Prime Minister Ehud Olmert to vow a painful and far-reaching military response against Lebanon.')"
check code_vowed_they_would_pay "ISRGOV>IRNGOV:130" \
    "$(dated 2024-10-01 'Prime Minister Benjamin Netanyahu vowed on Tuesday that Tehran would pay for its big mistake.')"
# Talks "on" something are about it: the two sides talk to each other,
# not to a temple or a party named inside the topic.
check code_talks_on_a_topic_are_between_the_sides "VNMGOV>CHNGOV:046
CHNGOV>VNMGOV:046" \
    "$(dated 2014-06-18 'Vietnamese Foreign Minister Pham Binh Minh and his Chinese counterpart Yang Jiechi held talks in Hanoi on Wednesday on a dispute around an oil rig near the Paracel islands.')"
# Seeking safety, votes or re-election is no appeal; a prosecutor seeking
# an arrest warrant accuses (1121).
check code_seeking_safety_is_no_appeal "" \
    "$(dated 2020-03-09 'Oil prices fell sharply on Monday as traders sought safety in government bonds.')"
check code_seeking_a_warrant_accuses "IGOICC>SDNGOV:1121" \
    "$(dated 2008-07-14 'The prosecutor of the International Criminal Court said on Monday he was seeking an arrest warrant for Sudanese President Omar al-Bashir.')"
# Declaring a rally illegal holds no rally.
check code_declared_rally_illegal "" \
    "$(dated 2011-07-08 'Malaysian police declared the planned rally illegal on Friday.' | grep ':14')"
# A dateline's day is no armed group: "Nov 17" is not Greece's
# Revolutionary Organization 17 November.
check code_dateline_day_is_no_group "" \
    "$(printf '{"id":"d","date":"2019-11-17","text":"ATHENS, Nov 17 (Reuters) - Thousands marched in Athens on Sunday."}\n' | "$DYAD" code -q --format tsv - | awk -F'\t' 'NR > 1 && $7 == "GRCREB"')"
# Police act at home: a dateline abroad (a regional bureau) neither makes
# their victims its people nor places the event in its city.
check code_bureau_abroad_police "IRNCOP>IRNCVL:175	" \
    "$(printf '{"id":"d","date":"2019-11-17","text":"DUBAI, Nov 17 (Reuters) - Iranian authorities cut internet access on Sunday. Security forces fired tear gas at demonstrators in several towns, witnesses said."}\n' | "$DYAD" code -q --format tsv - | awk -F'\t' 'NR > 1 && $17 == "175" {print $7 ">" $12 ":" $17 "\t" $21}')"
# A call made to offer condolences or congratulations is that message,
# to the one called.
check code_telephoned_to_offer_condolences "GRCGOV>TURGOV:018
GRCGOV>TURGOV:041" \
    "$(dated 1999-08-18 'Greek Prime Minister Costas Simitis telephoned Turkish Prime Minister Bulent Ecevit on Wednesday to offer his condolences after the earthquake.' | sort)"
# "the release of X by Y": Y frees X.
check code_release_of_by "COLREB>COLCOP:0841
COLREB>COLMIL:0841" \
    "$(dated 2012-04-02 'The release of ten policemen and soldiers by FARC rebels on Monday was welcomed across Colombia.' | grep ':0841')"
# A release is asked of the prisoner's government, not of the prisoner.
check code_release_asked_of_the_jailer "IGOEUR>BLRGOV:1053" \
    "$(dated 2021-05-24 'The European Union demanded the immediate release of Belarusian opposition journalist Roman Protasevich.')"
# A state arresting or freeing its own journalists acts on them; only its
# own arms ("France deployed troops") are no recipient of their own.
check code_state_arrests_own_journalist "VNM>VNMMED:173" \
    "$(dated 2016-05-10 'Vietnam arrested a journalist on Tuesday.')"
# A prisoner swap between two subjects goes both ways.
check code_prisoner_swap_both_ways "ARM>AZE:0841
AZE>ARM:0841" \
    "$(dated 2023-12-13 'Armenia and Azerbaijan swapped prisoners of war on Wednesday.' | sort)"
# Withdrawing from somewhere inside another country leaves that country.
check code_withdrew_from_positions_in_a_country "ETHMIL>SOM:0874" \
    "$(dated 2009-01-13 'Ethiopian troops withdrew from their last bases in southern Somalia on Tuesday.')"
# A mediation naming no party is between the two sides of the act it
# served, in its sentence or the one before.
check code_swap_mediated_by "ARE>ARM:045
ARE>AZE:045
ARM>AZE:0841
AZE>ARM:0841" \
    "$(dated 2023-12-13 'Armenia and Azerbaijan swapped prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates.' | sort)"
check code_truce_brokered_by "QAT>ISR:045
QAT>PSEREB:045" \
    "$(dated 2023-11-24 'Israel and Hamas began a four-day truce on Friday. The truce was brokered by Qatar.' | grep ':045' | sort)"
# Conjuncts the parser hung on a named apposition are actors too.
check code_conjunct_of_apposition "IGOWAF>NERMIL:111
IGOAFU>NERMIL:111" \
    "$(dated 2023-07-28 'Mutinous soldiers detained President Mohamed Bazoum. The West African bloc ECOWAS and the African Union condemned the coup.' | grep ':111')"
# A leader welcomed somewhere abroad by no one named is visiting.
check code_welcomed_abroad_is_a_visit "JPNGOV>AUS:042" \
    "$(dated 2014-07-08 'Japanese Prime Minister Shinzo Abe was welcomed with a gun salute in Canberra on Tuesday.')"
# Postponing or delaying a loan cuts economic aid (1621); regaining
# control of a city takes it (192).
check code_postponed_loan "IGOIMF>ZMB:1621" \
    "$(dated 2016-05-10 'The International Monetary Fund postponed a loan to Zambia on Tuesday.')"
check code_regained_control "IRQMIL>:192" \
    "$(dated 2017-07-10 'Iraqi forces regained full control of the city on Monday.')"
# Celebrating, raising a flag or awarding a prize is no political event
# the writers code (017 dropped for them: 10 false, 0 correct on dev).
check code_celebrating_is_no_event "" \
    "$(dated 2019-04-03 'Crowds celebrated in the streets of Algiers on Tuesday night.')"
# Declaring a thing says nothing (010 dropped): "declared independence",
# "declared X the winner"; a reform named, exports falling or a defeat
# conceded are no 083, 061 or 015 either.
check code_declared_independence_says_nothing "" \
    "$(dated 2008-02-17 'Kosovo declared independence from Serbia on Sunday.' | grep ':010')"
check code_exports_fell_is_no_trade "" \
    "$(dated 2019-07-10 'Kenya'"'"'s coffee exports fell 10 percent in the first half of the year, the coffee board said.')"
# Signing an order or a law is no agreement; regretting a decision is
# criticism (111); sacking or dissolving a government is no resignation.
check code_signed_an_order "" \
    "$(dated 2018-08-06 'President Donald Trump signed an order reimposing sanctions on Iran on Monday.' | grep ':057')"
check code_reimposed_sanctions "USA>IRN:163" \
    "$(dated 2018-08-06 'The United States reimposed sanctions on Iran on Monday.')"
check code_regretted_the_decision "CHN>USA:111" \
    "$(dated 2019-05-10 'China regretted the U.S. decision to raise tariffs.')"
check code_dissolved_the_government "" \
    "$(dated 2014-10-30 'Burkina Faso'"'"'s president dissolved the government on Thursday.' | grep ':083')"
check code_cheering_is_no_event "" \
    "$(dated 2010-10-13 'Relatives wept and cheered as the miners reached the surface.')"
# The press a statement is told to is its audience, not its recipient.
check code_told_reporters_no_recipient "FRAGOV>:010" \
    "$(dated 2019-03-05 'French President Emmanuel Macron told reporters in Paris that the talks would continue.')"
# An attack condemned by its victim names the arm that struck; a threat
# in return is aimed at the country.
check code_victim_condemns_the_strikers "UKRGOV>RUSMIL:111" \
    "$(dated 2022-03-05 "Russian forces shelled the port of Mariupol on Saturday. Ukraine's foreign minister condemned the attack." | grep ':111')"
check code_victim_threatens_the_country "PAK>IND:138" \
    "$(dated 2019-02-26 'Indian warplanes struck a camp near the Pakistani town of Balakot on Tuesday, and Pakistan vowed to respond at a time and place of its choosing.' | grep ':13')"
# Hours given to diplomats to leave are an expulsion, with the span hung
# on the diplomats by the parser.
check code_diplomats_given_hours_to_leave "BHR>IRNGOV:166" \
    "$(dated 2016-01-04 'Bahrain gave Iranian diplomats 48 hours to leave the kingdom on Monday.')"
# Victims killed in a country's air strike were struck by its military;
# a commander killed in one was assassinated.
check code_killed_in_an_air_strike "ISRMIL>PSECVL:195" \
    "$(dated 2024-09-28 'Five Palestinian civilians were killed in an Israeli air strike on a house in Gaza on Saturday.')"
check code_commander_killed_in_a_drone_strike "USAMIL>IRNMIL:186" \
    "$(dated 2020-01-03 'Iranian commander Qassem Soleimani was killed in a U.S. drone strike at Baghdad airport early on Friday.')"
# An attack claimed by a group names its doer in the same sentence.
check code_attack_claimed_by_a_group "AFGREB>AFGCVL:183" \
    "$(dated 2019-09-14 'A bomb killed 12 people in a market in Kabul on Saturday, in an attack claimed by the Taliban.')"
# Negotiators for a government are that government's, not the dateline's.
check code_negotiators_for_a_government "AFGGOV>AFGREB:046
AFGREB>AFGGOV:046" \
    "$(dated 2020-09-12 'DOHA, Sept 12 (Reuters) - Negotiators for the Afghan government and the Taliban opened direct peace talks in Qatar'"'"'s capital on Saturday.')"
# The occasion of an act ("during a visit to Islamabad by ...") holds no
# partner of it: the two subjects agree with each other.
check code_occasion_holds_no_partner "IND>PAK:036
PAK>IND:036" \
    "$(dated 2015-12-09 'India and Pakistan agreed on Wednesday to resume peace talks, during a visit to Islamabad by Indian Foreign Minister Sushma Swaraj.' | grep ':036' | sort)"
# A win at the ballot box is no use of force; approving a ceasefire is
# declaring one (0871), not praise.
check code_defeated_in_a_vote "" \
    "$(dated 2022-10-31 'Lula narrowly defeated President Jair Bolsonaro in Brazil'"'"'s run-off vote on Sunday.')"
check code_defeated_in_battle "UKRMIL>RUSMIL:190" \
    "$(dated 2022-10-31 'Ukrainian forces defeated Russian troops in the battle for Kharkiv.')"
check code_approved_a_ceasefire "ISRGOV>LBNREB:0871" \
    "$(dated 2024-11-26 'Israel'"'"'s security cabinet approved a ceasefire with Hezbollah on Tuesday.')"
# Firing on people while storming a place is an act of its own.
check code_stormed_firing_on_protesters "NICCOP>NICCVL:175" \
    "$(dated 2018-07-17 'Nicaraguan police stormed the rebellious town of Masaya on Tuesday, firing on protesters who had barricaded its streets.' | grep ':175')"
# A fight of two subjects across a place is between them; so is an
# exchange of fire whose -ing clause counts the dead.
check code_fought_across_the_capital "SDNMIL>SDNREB:190
SDNREB>SDNMIL:190" \
    "$(dated 2023-04-15 "Sudan's army and the paramilitary Rapid Support Forces fought heavy battles across Khartoum on Saturday." | sort)"
check code_exchanged_fire_killing "KGZMIL>TJKMIL:193
TJKMIL>KGZMIL:193" \
    "$(dated 2021-04-29 'Kyrgyz and Tajik troops exchanged gunfire along their disputed border on Thursday, killing at least 13 people.' | sort)"
# Victims told with a participle before the predicate do not act.
check code_kidnapped_girls_freed "NGAREB>NGACVL:0841" \
    "$(dated 2016-10-13 'Twenty-one of the schoolgirls kidnapped from the Nigerian town of Chibok in 2014 have been freed by Boko Haram, the government said on Thursday.')"
# A trip during which the subject acts is the subject's visit.
check code_during_a_visit "USAGOV>IDNGOV:042" \
    "$(dated 2010-01-01 "U.S. Secretary of State Hillary Clinton praised Indonesia's government for its democratic reforms during a visit to Jakarta on Wednesday." | grep ':042')"
# Shots into the air hit no one.
check code_fired_into_the_sky "" \
    "$(dated 2021-08-31 'Taliban fighters fired celebratory gunfire into the sky on Monday.')"
# An attack or a verdict summed up after a comma, with a relative clause
# of who blamed or condemned it, is their news.
check code_attack_the_government_blamed_on "COLGOV>COLREB:112" \
    "$(dated 2019-01-18 'Colombian President Ivan Duque on Friday called off peace talks with ELN rebels after a car bomb killed 21 people at a Bogota police academy, an attack the government blamed on the group.' | grep ':112')"
# A state's bombers are its aircraft; suicide bombers are not.
check code_state_bombers_are_aircraft "USAMIL>IRN:195" \
    "$(dated 2025-06-22 'U.S. bombers struck three Iranian nuclear sites early on Sunday.')"
# Force on a protest camp placed at the capital is on the protesters.
check code_stormed_protest_camp_in_capital "BHRCOP>BHRCVL:175" \
    "$(dated 2011-02-17 "Bahraini riot police stormed a protest camp at Manama's Pearl roundabout before dawn on Thursday." | grep ':175')"
# "in Rakhine state" keeps its noun; a case of ethnic cleansing is
# criticism of the military whose operation it was.
check code_case_of_ethnic_cleansing "IGOUNOHRC>MMRMIL:111" \
    "$(dated 2017-09-11 "The U.N. human rights chief on Monday described Myanmar's military operation against Rohingya Muslims in Rakhine state as a textbook example of ethnic cleansing.")"
check code_called_operation_in_state "IGOUNOHRC>MMRMIL:111" \
    "$(dated 2017-09-11 "The U.N. human rights chief on Monday called Myanmar's military operation against Rohingya Muslims in Rakhine state a textbook example of ethnic cleansing.")"
# Pulling out of an election is no retreat.
check code_pulled_out_of_runoff "" \
    "$(dated 2008-06-22 'Zimbabwe opposition leader Morgan Tsvangirai pulled out of a presidential run-off against Robert Mugabe on Sunday.')"
# Vowing to purge the army threatens repression (137), not just intent.
check code_vowed_to_purge_the_army "TURGOV>:137" \
    "$(dated 2016-07-16 'Turkish President Tayyip Erdogan vowed on Saturday to purge the army of those behind the coup.')"
# What a request asks help in doing is asked for, not done.
check code_asked_for_help_in_supplying "CUB>IGOUNOWFP:023" \
    "$(dated 2024-02-28 'Cuba has asked the United Nations World Food Programme for help in supplying subsidised powdered milk for young children.')"
# "its decades-old embargo": the embargo is lifted, not the decades.
check code_lifting_decades_old_embargo "USAGOV>VNM:085" \
    "$(dated 2016-05-23 'U.S. President Barack Obama announced on Monday that Washington was fully lifting its decades-old embargo on arms sales to Vietnam.')"
# Days or hours given to do something, or else, are an ultimatum (139).
check code_gave_days_or_face "IGOUNOSEC>SDNGOV:139" \
    "$(dated 2004-07-30 'The U.N. Security Council on Friday gave Khartoum 30 days to rein in the Arab Janjaweed militias or face unspecified economic and diplomatic measures.')"
# Missionaries are religious (REL).
check code_kidnapped_missionaries "HTICRM>USAREL:181" \
    "$(dated 2021-10-17 'A Haitian gang kidnapped 17 members of a U.S.-based missionary group east of the capital on Saturday.')"
# Kurdish rebels Turkey fights in northern Iraq are the PKK (TURREB); those
# Iran attacks there stay Iraq's.
check code_turkey_kurdish_rebels_in_iraq "TURMIL>TURREB:190" \
    "$(dated 2008-02-25 'Some 35,000 Turkish troops launched a major offensive against Kurdish guerrilla bases in northern Iraq on Monday.')"
check code_iran_kurdish_rebels_in_iraq "IRN>IRQREB:190" \
    "$(dated 2008-02-25 'Iran launched a missile attack on Kurdish rebels in northern Iraq.')"
# A verb conjoined after a clause with its own subject shares that subject.
check code_tanks_rolled_in_and_attacked "RUSMIL>GEOMIL:190" \
    "$(dated 2008-08-08 'Georgian forces pounded Tskhinvali with artillery overnight, and Russian tanks rolled into the region on Friday and attacked Georgian positions.' | grep ':190')"
# "The leaders of A, B and C signed": one list of signatories, each with
# the others; the summit on whose sidelines they signed is no party.
check code_leaders_of_list_signed_on_sidelines "JPNGOV>KORGOV:057
JPNGOV>CHNGOV:057
KORGOV>JPNGOV:057
KORGOV>CHNGOV:057
CHNGOV>JPNGOV:057
CHNGOV>KORGOV:057" \
    "$(dated 2019-11-03 'The leaders of Japan, South Korea and China signed a free trade pact on the sidelines of an ASEAN summit in Manila on Sunday.')"
check code_signed_on_sidelines_no_party "USA>:057" \
    "$(dated 2018-11-30 'The United States signed a new trade pact on the sidelines of the G20 summit.')"
# A verdict summed up after a comma by who called it a sham is their
# criticism of the court, whatever the parser hung before it.
check code_verdict_called_a_sham "EGYJUD>EGYELI:116
NGOAMN>EGYJUD:111" \
    "$(dated 2015-05-16 'An Egyptian court sentenced former President Mohamed Mursi to death on Saturday, a verdict Amnesty International called a sham.')"
# The subjects' own meeting just before what they agreed is news too.
check code_agreed_after_meeting "COLGOV>VENGOV:032
VENGOV>COLGOV:032
COLGOV>VENGOV:040
VENGOV>COLGOV:040" \
    "$(dated 2010-08-10 'Colombian President Juan Manuel Santos and Venezuelan President Hugo Chavez agreed on Tuesday to restore diplomatic relations after meeting in Santa Marta.')"
# A show of force that names no one answers the foe whose hostile act the
# sentence tells (a foreign one as its country); "both sides" later are
# the two that fought, not the mobiliser and its foe.
check code_mobilised_after_offensive "ARM>AZE:154" \
    "$(dated 2020-09-27 'Armenia ordered a general mobilisation on Sunday after Azerbaijani forces launched an offensive in Nagorno-Karabakh.')"
check code_both_sides_are_the_fighters "AZE>ARMREB:190
ARMREB>AZE:190
ARM>AZE:154
RUS>ARMREB:0256
RUS>AZE:0256" \
    "$(dated 2020-09-27 'Heavy fighting broke out between Azerbaijan and Armenian separatists on Sunday, and Armenia ordered a general mobilisation. Russia urged both sides to cease fire.')"
check code_emergency_after_rebel_attack "NPLREB>NPLCOP:190
NPLGOV>:1724
NPLGOV>NPLREB:154" \
    "$(dated 2010-03-03 'Maoist rebels attacked a police post in western Nepal overnight. The government responded by declaring a state of emergency and ordering the army to take on the insurgents.')"
# A threat that names no one answers the foe of the sentence or the one
# before, or goes where the same actor's accusation went.
check code_vowed_to_respond_to_strike "INDMIL>PAKREB:195
PAKMIL>IND:138" \
    "$(dated 2019-02-27 "Indian jets struck a militant camp inside Pakistan on Tuesday. Pakistan's army vowed to respond at a time and place of its choosing.")"
check code_blamed_and_vowed_punishment "LBNREB>ISR:112
LBNREB>ISR:130" \
    "$(dated 2024-09-17 'Pagers used by Hezbollah members exploded across Lebanon on Tuesday, and the group blamed Israel and vowed it would be punished.')"
# An offer of help by two is no pledge between them: it is for whom its
# purpose clause helps.
check code_two_offered_to_help_a_third "GBR>NGA:033
FRA>NGA:033" \
    "$(dated 2014-05-07 'Britain and France offered on Wednesday to send experts to help Nigeria find the girls.')"
# Cutting banks off from SWIFT is a sanction, whoever agreed to it.
check code_agreed_to_cut_banks_off_swift "USA>RUSBUS:163
IGOEUR>RUSBUS:163
GBR>RUSBUS:163" \
    "$(dated 2022-02-26 'The United States, the European Union and Britain agreed on Saturday to cut off selected Russian banks from the SWIFT international payments system.')"
# What refugees flee is no fight of theirs.
check code_refugees_fleeing_fighting "" \
    "$(dated 2020-11-17 'Ethiopian refugees fleeing fighting in Tigray are crossing into Sudan at a rate of 4,000 a day.')"
# A past-tense verb after a demanded that-clause is the demander's.
check code_demanded_and_called "USAGOV>RUS:1056
USAGOV>RUSGOV:111" \
    "$(dated 2014-03-02 "U.S. Secretary of State John Kerry on Sunday demanded that Russia pull its troops in Crimea back to their bases and called Moscow's moves an incredible act of aggression.")"
# A capital or an army post taken is a place occupied (192), not people
# abducted; soldiers captured stay abducted.
check code_rebels_seized_capital "CAFREB>CAFGOV:192" \
    "$(dated 2013-03-24 'Seleka rebels seized Bangui.')"
check code_captured_army_outpost "MMRREB>MMRMIL:192" \
    "$(dated 2024-01-10 'The Karen National Union captured an army outpost.')"
check code_captured_soldiers "LBNREB>ISRMIL:181" \
    "$(dated 2006-07-12 'Hezbollah guerrillas captured two Israeli soldiers.')"
# Police force on marching monks (or students, workers) breaking up their
# march is repression (175), as on civilians.
check code_police_broke_up_monks_march "MMRCOP>MMRREL:175" \
    "$(dated 2007-09-26 'Riot police fired tear gas and warning shots on Wednesday to break up an anti-government march by thousands of Buddhist monks in Yangon.' | grep ':175')"
# Criticism a verdict drew is aimed at the court, however deep the clause.
check code_sentence_drew_criticism "USAGOV>EGYJUD:111" \
    "$(dated 2021-12-20 'An Egyptian court sentenced a leading activist to five years in prison on Monday for spreading false news, drawing criticism from the U.S. State Department.' | grep ':111')"
# Western governments are no one country's, not the last one named.
check code_western_governments_no_actor "" \
    "$(dated 2024-03-17 'Russian President Vladimir Putin won re-election with 87 percent of the vote, and Western governments condemned the vote as neither free nor fair.' | grep ':111')"
# Hostages taken in an armed group's raid abroad are an act of their own,
# and the people killed or taken are the attacked place's.
check code_raid_taking_hostages "PSEREB>ISRCVL:180
PSEREB>ISRCVL:181" \
    "$(dated 2023-10-07 'Hamas gunmen stormed into southern Israel, killing about 1,200 people and taking more than 200 hostages.')"
# "The commander" or "the general" is no civilian last named.
check code_commander_is_not_the_president "BOLGOV>BOLMIL:0831" \
    "$(dated 2019-11-10 'Bolivian President Evo Morales announced his resignation on Sunday, hours after the commander of the armed forces publicly called on him to step down to restore peace.')"
# Rebels of no named country who seize a capital are its country's.
check code_rebels_seized_damascus "SYRREB>SYRGOV:192" \
    "$(dated 2024-12-08 'Rebels seized Damascus on Sunday.')"
