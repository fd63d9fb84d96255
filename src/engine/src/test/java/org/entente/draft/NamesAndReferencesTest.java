package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who a sentence names and what its words refer back to, in the forms wire-service English uses: a name followed by
 * its title, two people who share a surname, a pronoun subject, both of two states, an agreement referred back to.
 * Each with a sentence that must yield the reading and a near miss that must not.
 */
class NamesAndReferencesTest {

    private static List<String> actors(Draft draft) {
        return draft.ofType("Actor").stream().map(DraftFact::id).toList();
    }

    private static DraftFact actor(Draft draft, String id) {
        return draft.ofType("Actor").stream().filter(fact -> fact.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> memberships(Draft draft) {
        return draft.ofType("Membership").stream().map(fact -> fact.field("member") + ">" + fact.field("organisation"))
                .toList();
    }

    @Nested
    class Names {
        @Test
        void aNameALongerOneOverlapsGivesWayToIt() {
            assertThat(actors(of("Leaders of the Pacific Islands Forum met in Suva on Tuesday."))).contains("PIF");
            // The near miss: the islands alone are a region, not the forum.
            Draft islands = of("Tuvalu is one of the Pacific Islands most exposed to rising seas.");
            assertThat(actors(islands)).doesNotContain("PIF");
            assertThat(islands.ofType("Region")).extracting(DraftFact::id).contains("pacific-islands");
        }

        @Test
        void aNameFollowedByItsTitleSpeaksForTheStateOrOrganisationTheTitleNames() {
            Draft mahuta = of("Nanaia Mahuta, New Zealand's foreign minister, flew to Jakarta on Monday.");
            assertThat(actor(mahuta, "mahuta").fields()).containsEntry("represents", "NZL");

            Draft president = of("Hakainde Hichilema, the president of Zambia, criticised the loan terms.");
            assertThat(actor(president, "hichilema").fields()).containsEntry("represents", "ZMB");

            Draft seat = of("Kurt Campbell, the White House Indo-Pacific coordinator, met officials in Fiji.");
            assertThat(actor(seat, "campbell").fields()).containsEntry("represents", "USA");
        }

        @Test
        void aSurnameBeforeTheSentencesFullStopIsStillTheNamedPerson() {
            // The tokenizer keeps the full stop on some surnames it does not know ("Tokayev." as one word).
            Draft draft = of("Kazakh President Kassym-Jomart Tokayev arrived in Kampala on Friday. "
                    + "Ugandan President Yoweri Museveni held talks with Tokayev.");
            assertThat(Drafts.pairs(draft, "MEETS")).contains("museveni>tokayev");
            // The near misses: a surname of no one introduced, and a capitalised ordinary word, are no one.
            assertThat(relations(of("Ugandan President Yoweri Museveni held talks with Mirziyoyev."), "MEETS"))
                    .isEmpty();
            assertThat(relations(of("Ugandan President Yoweri Museveni held talks with Parliamentarians."), "MEETS"))
                    .isEmpty();
            // An abbreviation keeps its full stop: the name still ends in "Inc.".
            Sentence last = new Nlp().sentences("The deal went to Acme Inc.").get(0);
            assertThat(last.tokens().get(last.tokens().size() - 1).text()).isEqualTo("Inc.");
        }

        @Test
        void aNameFollowedByStatesIsNoTitledPerson() {
            Draft listed = of("Ana Lopez, Spain and Portugal signed the letter.");
            assertThat(actors(listed)).containsExactlyInAnyOrder("ESP", "PRT");
        }

        @Test
        void aTitleSetOffByACommaBeforeTheNameStillNamesThePerson() {
            Draft counterpart = of("Indian Foreign Minister S. Jaishankar met his Chinese counterpart, Wang Yi, in Bali.");
            assertThat(actor(counterpart, "wang").fields()).containsEntry("represents", "CHN");
        }

        @Test
        void twoPeopleOfOneSurnameAreTwoPeople() {
            Draft draft = of("Chinese Foreign Minister Wang Yi arrived in Moscow. Foreign ministry spokesman Wang "
                    + "Wenbin said the visit was routine. Wang Wenbin accused Washington of spreading rumours.");
            assertThat(actors(draft)).contains("wang", "wangwenbin");
            assertThat(only(relations(draft, "ACCUSES")).fields()).containsEntry("from", "wangwenbin");
        }

        @Test
        void aSurnameAloneOrAFullerNameIsThePersonNamedBefore() {
            Draft draft = of("Japanese Prime Minister Kishida arrived in Vilnius. Fumio Kishida condemned Russia.");
            assertThat(actors(draft)).contains("kishida").doesNotContain("fumiokishida");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "kishida");
        }

        @Test
        void aCapitalTheSourceDatasetLeftOutStandsForItsGovernment() {
            assertThat(actors(of("Honiara rejected the criticism on Friday."))).contains("SLB");
        }
    }

    @Nested
    class Subjects {
        @Test
        void aPronounSubjectIsThePersonTheSentenceNamedBeforeIt() {
            DraftFact rejects = only(relations(of("Indian Prime Minister Narendra Modi said he would not allow China "
                    + "to build a base."), "REJECTS"));
            assertThat(rejects.fields()).containsEntry("from", "modi").containsEntry("to", "CHN");
            assertThat(rejects.note()).contains("'he' read as modi");
        }

        @Test
        void theyIsTheWholeListNamedBeforeIt() {
            Draft draft = of("Diplomats from Brazil, Argentina and Chile said they were worried about Venezuela.");
            assertThat(relations(draft, "OBJECTS_TO")).extracting(fact -> fact.field("from"))
                    .containsExactlyInAnyOrder("BRA", "ARG", "CHL");
            assertThat(relations(draft, "OBJECTS_TO")).allSatisfy(fact -> assertThat(fact.note())
                    .contains("'they' read as BRA, ARG, CHL"));
        }

        @Test
        void theyIsNoOneWhenTheListIsPartlyAPlace() {
            assertThat(relations(of("Troops in Poland and Germany said they were worried about Russia."),
                    "OBJECTS_TO")).isEmpty();
        }

        @Test
        void openingAnEmbassyInACapitalSeeksCloserTiesWithItsState() {
            DraftFact ties = only(relations(of("South Korea plans to open an embassy in Tashkent next year."),
                    "SEEKS_CLOSER_TIES"));
            assertThat(ties.fields()).containsEntry("from", "KOR").containsEntry("to", "UZB");
            assertThat(ties.status()).isEqualTo(FactStatus.PLANNED);
            assertThat(relations(of("South Korea did not open an embassy in Tashkent."), "SEEKS_CLOSER_TIES")).isEmpty();
        }

        @Test
        void aPronounSubjectIsNeverAnActorNamedBetween() {
            assertThat(relations(of("He said the treaty with Australia would stand and that he would not allow China "
                    + "to build a base."), "REJECTS")).isEmpty();
        }
    }

    @Nested
    class Groups {
        @Test
        void bothCountriesAreTheTwoNamedLastAndBelongingIsMembership() {
            Draft draft = of("Kenya and Uganda signed the accord. Both countries belong to the African Union.");
            assertThat(memberships(draft)).containsExactlyInAnyOrder("KEN>AU", "UGA>AU");
        }

        @Test
        void aBodyWhoseMembersIncludeStatesHasThemAsMembers() {
            Draft draft = of("Egypt hosted the Arab League, the regional body whose members include Jordan and Iraq.");
            assertThat(memberships(draft)).contains("JOR>ARAB-LEAGUE", "IRQ>ARAB-LEAGUE");
        }

        @Test
        void wantingToBelongIsNoMembership() {
            assertThat(memberships(of("Georgia wants to belong to the European Union."))).isEmpty();
        }
    }

    @Nested
    class Agreements {
        @Test
        void aStateThatOpensAClauseOfItsOwnIsNoSecondTarget() {
            Draft draft = of("Somalia criticised the strike, and Ethiopia said it was worried.");
            assertThat(relations(draft, "CONDEMNS")).extracting(fact -> fact.field("to")).doesNotContain("ETH");
            assertThat(relations(of("Somalia criticised Kenya and Ethiopia on Monday."), "CONDEMNS"))
                    .extracting(fact -> fact.field("to")).containsExactlyInAnyOrder("KEN", "ETH");
        }

        @Test
        void anActOnTheAgreementIsAnActOnTheAgreementDraftedBefore() {
            Draft draft = of("Kenya signed a defence pact with Britain on Monday. Somalia criticised the pact, and "
                    + "Ethiopia said it was disappointed by the agreement. Uganda defended the deal.");
            String signed = only(relations(draft, "SIGNS_AGREEMENT")).id();
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "SOM").containsEntry("to", signed);
            assertThat(only(relations(draft, "OBJECTS_TO")).fields()).containsEntry("from", "ETH")
                    .containsEntry("to", signed);
            assertThat(only(relations(draft, "SUPPORTS")).fields()).containsEntry("from", "UGA").containsEntry("to", signed);
        }

        @Test
        void anAgreementNounThatDoesNotHeadItsPhraseIsNotTheAgreement() {
            Draft draft = of("Kenya signed a defence pact with Britain on Monday. Somalia criticised the pact talks.");
            assertThat(relations(draft, "CONDEMNS")).isEmpty();
        }

        @Test
        void flyingToACapitalVisitsItsStateAndFlyingOverItDoesNot() {
            DraftFact visit = only(relations(of("Indonesian President Joko Widodo flew to Kyiv in June."), "VISITS"));
            assertThat(visit.fields()).containsEntry("from", "widodo").containsEntry("to", "UKR");
            assertThat(relations(of("Indonesian President Joko Widodo flew over Kyiv in June."), "VISITS")).isEmpty();
        }
    }
}
