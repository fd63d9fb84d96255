package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.actor;
import static org.entente.draft.Drafts.actors;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Actors news names without a state's name: its nationals counted by a demonym as a noun ("two Peruvians", "a
 * Chilean"), a body owned by the capital's possessive ("Lima's foreign ministry"), and the state news agencies, the
 * joint chiefs, the general staff and a state's intelligence of the gazetteer and the list of bodies. Sentences
 * written for these tests, each with a near miss.
 */
class PeoplesAndCapitalsTest {

    @Nested
    class Nationals {
        @Test
        void aCountedPluralDemonymIsItsState() {
            Draft draft = of("The storm killed two Peruvians and four Filipinos on the container ship.");
            assertThat(actors(draft)).containsExactlyInAnyOrder("PER", "PHL");
            // The near miss: a people named uncounted ("the Peruvians") is no actor, nor is a demonym's adjective.
            assertThat(actors(of("The storm hit the Peruvians on the coast and sank Peruvian boats."))).isEmpty();
        }

        @Test
        void aDemonymAfterAnArticleThatHeadsItsPhraseIsItsState() {
            Draft draft = of("Among the dead was a Chilean, who had served on the ship for a decade.");
            assertThat(actor(draft, "CHL").fields()).containsEntry("kind", "STATE");
            // The near miss: the demonym before a noun is an adjective, and names no one.
            assertThat(actors(of("Among the dead was a Chilean engineer, who had served on the ship."))).isEmpty();
        }
    }

    @Nested
    class Capitals {
        @Test
        void aCapitalsPossessiveBeforeABodyIsTheBodyOfItsStateNamedByTheState() {
            Draft draft = of("Lima's foreign ministry summoned Chile's ambassador on Monday.");
            assertThat(actor(draft, "per-mfa").fields()).containsEntry("kind", "AGENCY").containsEntry("partOf", "PER")
                    .containsEntry("sector", "DIPLOMATIC").containsEntry("name", "Peru's foreign ministry");
            assertThat(only(relations(draft, "OBJECTS_TO")).fields()).containsEntry("from", "per-mfa")
                    .containsEntry("to", "CHL");
            // The near miss: a capital's possessive before a noun that names no body is the capital's state.
            assertThat(actors(of("Lima's decision angered Chile's government on Monday.")))
                    .containsExactlyInAnyOrder("PER", "CHL");
        }
    }

    @Nested
    class NamedBodies {
        @Test
        void aStateNewsAgencyAndTheJointChiefsAreBodiesOfTheirStates() {
            Draft draft = of("Xinhua said the Philippines had provoked the incident, according to Manila's Joint Chiefs "
                    + "of Staff.");
            assertThat(actor(draft, "XINHUA").fields()).containsEntry("partOf", "CHN")
                    .containsEntry("sector", "GOVERNMENT");
            assertThat(actor(draft, "phl-joint-chiefs-staff").fields()).containsEntry("partOf", "PHL")
                    .containsEntry("sector", "MILITARY");
            // The near miss: the joint chiefs of no state's possessive are no body of anyone.
            assertThat(actors(of("The Philippines said the joint chiefs met on Monday."))).containsExactly("PHL");
        }

        @Test
        void aStatesIntelligenceServicesAreABodyButItsIntelligenceIsInformation() {
            Draft draft = of("British intelligence agencies warned that Iran had armed the rebels.");
            assertThat(actor(draft, "gbr-intelligence-services").fields()).containsEntry("partOf", "GBR")
                    .containsEntry("sector", "INTELLIGENCE");
            // The near miss: "intelligence" alone is as often what was learnt as who learnt it, and names no body.
            assertThat(actors(of("The British intelligence included intercepts of Iranian officers.")))
                    .doesNotContain("gbr-intelligence", "gbr-intelligence-services");
        }

        @Test
        void aTitleThatOpensABodyIsNoTitle() {
            Draft draft = of("Chile recalled the chief of the General Staff, Ricardo Soto, on Monday.");
            assertThat(actors(draft)).doesNotContain("staff");
            // The near miss: the same title before a name still makes a person.
            assertThat(actors(of("Chile recalled General Ricardo Soto on Monday."))).contains("soto");
        }
    }
}
