package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Acts that other acts are about: the root acts news reports without naming a signature (relations taken up again,
 * an accord signed by both, one party's pact with another, a ban, a killing, a designation, an order to leave), the
 * acts on them ("welcomed the deal", "rejected Morocco's pact with Israel", "dismissed the allegations"), and
 * targets named by a demonym ("a senior Russian diplomat"). Each with a near miss.
 */
class ActsAsObjectsTest {

    @Nested
    class Agreements {

        @Test
        void twoPartiesAgreeingToTakeUpRelationsAgainIsOneAgreementFromTheFirstToTheSecond() {
            String text = "Morocco and Algeria have agreed to reopen their embassies after a three-year rupture.";
            DraftFact agreement = only(relations(of(text), "SIGNS_AGREEMENT"));
            assertThat(agreement.field("from")).isEqualTo("MAR");
            assertThat(agreement.field("to")).isEqualTo("DZA");
            assertThat(agreement.evidence()).containsExactly(text);
            assertThat(agreement.status()).isEqualTo(FactStatus.STATED);
            assertThat(agreement.attribution()).isEqualTo("test-article");
            // The near misses: an agreement not reached, and one denied.
            assertThat(relations(of("Morocco and Algeria have not agreed to reopen their embassies."),
                    "SIGNS_AGREEMENT")).isEmpty();
            assertThat(relations(of("Rabat denied that Morocco and Algeria had agreed to reopen their embassies."),
                    "SIGNS_AGREEMENT")).isEmpty();
        }

        @Test
        void anAgreementSignedByTwoIsTheirs() {
            String text = "The ceasefire was signed in Doha on Monday by Chad and Sudan.";
            DraftFact agreement = only(relations(of(text), "SIGNS_AGREEMENT"));
            assertThat(agreement).matches(between("TCD", "SDN"));
            assertThat(agreement.evidence()).containsExactly(text);
            // The near miss: a ceasefire criticised by two is not signed by them.
            assertThat(relations(of("The ceasefire was criticised in Doha on Monday by Chad and Sudan."),
                    "SIGNS_AGREEMENT")).isEmpty();
        }

        @Test
        void onePartysPactWithAnotherAndTheAccordBetweenTwoAreAgreements() {
            DraftFact pact = only(relations(of("Kenya's defence pact with Uganda has angered Tanzania."),
                    "SIGNS_AGREEMENT"));
            assertThat(pact).matches(between("KEN", "UGA"));
            assertThat(pact.status()).isEqualTo(FactStatus.ONGOING);
            assertThat(relations(of("The accord between Eritrea and Ethiopia remains fragile."), "SIGNS_AGREEMENT"))
                    .singleElement().matches(between("ERI", "ETH"));
            // The near misses: talks are no pact, and a border between two is no accord.
            assertThat(relations(of("Kenya's talks with Uganda have angered Tanzania."), "SIGNS_AGREEMENT")).isEmpty();
            assertThat(relations(of("The border between Eritrea and Ethiopia remains closed."), "SIGNS_AGREEMENT"))
                    .isEmpty();
        }
    }

    @Nested
    class ActsOnActs {

        @Test
        void welcomingOrCondemningTheDealActsOnTheAgreementDraftedBefore() {
            Draft draft = of("Egypt and Turkey have agreed to exchange ambassadors again. Libya hailed the agreement, "
                    + "while Greece condemned the deal.");
            String agreement = only(relations(draft, "SIGNS_AGREEMENT")).id();
            DraftFact welcome = only(relations(draft, "SUPPORTS"));
            assertThat(welcome).matches(between("LBY", agreement));
            assertThat(welcome.evidence()).containsExactly("Libya hailed the agreement, while Greece condemned the deal.");
            assertThat(relations(draft, "CONDEMNS")).singleElement().matches(between("GRC", agreement));
            // The near miss: with no agreement drafted before, "the deal" is nothing to welcome.
            assertThat(relations(of("Libya hailed the agreement."), "SUPPORTS")).isEmpty();
        }

        @Test
        void rejectingOnePartysPactRejectsThePactNotTheParty() {
            Draft draft = of("Algeria rejected Morocco's security pact with Israel.");
            String pact = only(relations(draft, "SIGNS_AGREEMENT")).id();
            assertThat(relations(draft, "REJECTS")).singleElement().matches(between("DZA", pact));
            // The near miss: a possessive before a noun that names no act is no object at all.
            assertThat(relations(of("Algeria rejected Morocco's claim to the territory."), "REJECTS")).isEmpty();
        }

        @Test
        void anActDeclaredNullAndVoidIsRejected() {
            Draft draft = of("Mali and Niger signed a defence pact in May. Burkina Faso declared the pact illegal.");
            assertThat(relations(draft, "REJECTS")).singleElement()
                    .matches(fact -> "BFA".equals(fact.field("from")) && String.valueOf(fact.field("to")).startsWith("rel-"));
            // The near miss: a pact declared a success is not rejected.
            assertThat(relations(of("Mali and Niger signed a defence pact in May. Burkina Faso declared the pact a "
                    + "success."), "REJECTS")).isEmpty();
        }

        @Test
        void dismissingTheAllegationsRejectsTheAccusationDraftedBefore() {
            Draft draft = of("Estonia accused Russia of cyberattacks on its ministries. Moscow dismissed the allegations "
                    + "as baseless.");
            String accusation = only(relations(draft, "ACCUSES")).id();
            assertThat(relations(draft, "REJECTS")).singleElement().matches(between("RUS", accusation));
            // The near miss: with no accusation drafted, the allegations are no one's.
            assertThat(relations(of("Moscow dismissed the allegations as baseless."), "REJECTS")).isEmpty();
        }
    }

    @Nested
    class RootActs {

        @Test
        void aBanOnAGroupCoercesIt() {
            DraftFact ban = only(relations(of("Germany banned Hezbollah in 2020."), "COERCES"));
            assertThat(ban).matches(between("DEU", "HEZBOLLAH"));
            assertThat(ban.status()).isEqualTo(FactStatus.OCCURRED);
            // The near misses: a ban not made, and a state barred from talks, which is a rejection.
            assertThat(relations(of("Germany did not ban Hezbollah."), "COERCES")).isEmpty();
            assertThat(relations(of("Lithuania banned Belarus from the summit."), "COERCES")).isEmpty();
        }

        @Test
        void aKillingIsAnAttackOnWhoIsKilled() {
            assertThat(relations(of("Israel's killing of Hezbollah commanders drew protests."), "ATTACKS"))
                    .singleElement().matches(between("ISR", "HEZBOLLAH"));
            String text = "Kenya said Somalia was behind the killing of Kenyan soldiers near the border.";
            DraftFact killing = only(relations(of(text), "ATTACKS"));
            assertThat(killing).matches(between("SOM", "KEN"));
            assertThat(killing.attribution()).isEqualTo("KEN");
            // The near miss: a killing denied is none.
            assertThat(relations(of("Somalia denied that it was behind the killing of Kenyan soldiers."), "ATTACKS"))
                    .isEmpty();
        }

        @Test
        void aTerroristDesignationIsAnAccusation() {
            assertThat(relations(of("The United States designated the Houthis a terrorist organisation."), "ACCUSES"))
                    .singleElement().matches(between("USA", "HOUTHIS"));
            // The near miss: a designation as an ally accuses no one.
            assertThat(relations(of("The United States designated Qatar a major non-NATO ally."), "ACCUSES")).isEmpty();
        }
    }

    @Nested
    class DemonymTargets {

        @Test
        void aDiplomatNamedByADemonymIsHisState() {
            DraftFact order = only(relations(of("Poland ordered a senior Russian diplomat to leave the country."),
                    "REDUCES_RELATIONS"));
            assertThat(order).matches(between("POL", "RUS"));
            assertThat(relations(of("Estonia expelled two Russian diplomats on Friday."), "REDUCES_RELATIONS"))
                    .singleElement().matches(between("EST", "RUS"));
            assertThat(relations(of("The Philippines accused Chinese vessels of ramming its boats."), "ACCUSES"))
                    .singleElement().matches(between("PHL", "CHN"));
            // The near misses: tourists are no agency of their state, and an Indian-born Canadian is Canada's.
            assertThat(relations(of("Poland ordered Russian tourists to leave the country."), "REDUCES_RELATIONS"))
                    .isEmpty();
            assertThat(relations(of("Britain expelled an Indian-born Canadian diplomat."), "REDUCES_RELATIONS"))
                    .singleElement().matches(between("GBR", "CAN"));
        }
    }

    @Nested
    class RelativeClauses {

        @Test
        void aVerbAfterWhoHasTheNounBeforeItAsItsSubject() {
            // The near miss first: the militants threaten Pakistan, not Canada.
            assertThat(relations(of("Islamabad accused Canada of sheltering militants who threaten Pakistan."),
                    "THREATENS")).isEmpty();
            assertThat(relations(of("Moldova condemned Russia, which threatened Moldova again."), "THREATENS"))
                    .anyMatch(between("RUS", "MDA"));
        }
    }
}
