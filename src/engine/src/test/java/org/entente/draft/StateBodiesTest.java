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
 * The bodies of a state that news names by common nouns with an owner: "Chile's foreign ministry", "the Argentine
 * defence ministry", "its foreign ministry", "the foreign ministry in Kyiv", "the White House National Security
 * Council". Sentences written for these tests, each with a near miss that must not yield the reading.
 */
class StateBodiesTest {

    @Nested
    class WithTheirOwner {
        @Test
        void aStatesPossessiveOrDemonymBeforeAMinistryIsTheMinistryOfTheState() {
            Draft draft = of("Chile's foreign ministry summoned Peru's ambassador on Monday.");
            assertThat(actor(draft, "chl-mfa").fields()).containsEntry("kind", "AGENCY").containsEntry("partOf", "CHL")
                    .containsEntry("sector", "DIPLOMATIC").containsEntry("name", "Chile's foreign ministry");
            assertThat(only(relations(draft, "OBJECTS_TO")).fields()).containsEntry("from", "chl-mfa")
                    .containsEntry("to", "PER");
            Draft defence = of("The Argentine defence ministry condemned Britain on Tuesday.");
            assertThat(actor(defence, "arg-mod").fields()).containsEntry("partOf", "ARG")
                    .containsEntry("sector", "MILITARY").containsEntry("name", "the Argentine defence ministry");
            // The near miss: a ministry the list of bodies lacks, named by two words, stays the state's own.
            assertThat(actors(of("Chile's tourism ministry summoned Peru's ambassador on Monday.")))
                    .containsExactlyInAnyOrder("CHL", "PER");
        }

        @Test
        void aSeatOrAStatesNameBeforeABodyIsTheBodyOfItsState() {
            Draft council = of("The White House National Security Council condemned the missile test.");
            assertThat(actor(council, "usa-nsc").fields()).containsEntry("partOf", "USA")
                    .containsEntry("sector", "GOVERNMENT");
            Draft navy = of("The US Navy condemned Iran after the seizure of the tanker.");
            assertThat(actor(navy, "usa-navy").fields()).containsEntry("partOf", "USA")
                    .containsEntry("sector", "MILITARY");
            // The near miss: a body's noun that does not head its phrase names a person, not the body.
            assertThat(actors(of("A Kenya police officer condemned Uganda."))).containsExactlyInAnyOrder("KEN",
                    "UGA");
        }

        @Test
        void aBodyTheGazetteerNamesIsThatAgency() {
            Draft draft = of("The Chinese coast guard fired water cannon at a Vietnamese fishing boat.");
            assertThat(actors(draft)).contains("CHINA-COAST-GUARD").doesNotContain("chn-coast-guard");
            // The near miss: a state whose coast guard the gazetteer lacks has one of its own.
            assertThat(actors(of("The Malaysian coast guard fired water cannon at a Vietnamese fishing boat.")))
                    .contains("mys-coast-guard");
        }
    }

    @Nested
    class ByReference {
        @Test
        void itsBeforeABodyIsTheBodyOfTheActorNamedLastOutsideARelativeClause() {
            Draft draft = of("Vietnam protested on Monday. Its foreign ministry summoned China's ambassador.");
            assertThat(actor(draft, "vnm-mfa").fields()).containsEntry("partOf", "VNM")
                    .containsEntry("name", "Vietnam's foreign ministry");
            assertThat(only(relations(draft, "OBJECTS_TO")).fields()).containsEntry("from", "vnm-mfa")
                    .containsEntry("to", "CHN");
            Draft clause = of("The European Union, which sanctioned Belarus last year, condemned Minsk through its "
                    + "foreign service.");
            assertThat(actors(clause)).contains("EEAS").doesNotContain("blr-foreign-service");
            // The near miss: "its" before a noun that names no body is no agency.
            assertThat(actors(of("Vietnam protested on Monday. Its fishing fleet stayed in port.")))
                    .containsExactly("VNM");
        }

        @Test
        void aMinistryAStateHasAloneIsThatOfTheCapitalAfterItOrOfTheStateInContext() {
            Draft draft = of("Mexico recalled its envoy to Lima. The foreign ministry's spokeswoman said the decision "
                    + "was final.");
            assertThat(actor(draft, "mex-mfa").note()).contains("inferred");
            Draft capital = of("The defence ministry in Kyiv accused Russia of shelling the port.");
            assertThat(actor(capital, "ukr-mod").fields()).containsEntry("partOf", "UKR");
            assertThat(only(relations(capital, "ACCUSES")).fields()).containsEntry("from", "ukr-mod");
            Draft scene = of("Peru protested. In Nairobi, the National Security Council met on Friday.");
            assertThat(actors(scene)).contains("ken-nsc").doesNotContain("per-nsc");
            // The near misses: with no state in context a ministry is no one's, and "the army" may be anyone's.
            assertThat(actors(of("The foreign ministry said the decision was final."))).isEmpty();
            assertThat(actors(of("Mexico recalled its envoy. The army said the decision was final.")))
                    .containsExactly("MEX");
        }
    }
}
