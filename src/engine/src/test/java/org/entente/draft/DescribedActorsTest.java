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
 * Actors news introduces by what they are rather than by a name the gazetteer knows: a person by name and then a
 * description ("a spokesman for ...", "who heads ..."), a state agency by its proper name, a navy's ship by its
 * prefix, a standing unit of a state ("border guards", "peacekeepers"). Sentences written for these tests, each with
 * a near miss that must not yield the reading.
 */
class DescribedActorsTest {

    @Nested
    class PersonsByDescription {
        @Test
        void aNameThenASpokesmanForAStateSpeaksForIt() {
            Draft draft = of("Tomas Berg, a spokesman for the Norwegian government, condemned Russia on Monday.");
            assertThat(actor(draft, "berg").fields()).containsEntry("represents", "NOR");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "berg")
                    .containsEntry("to", "RUS");
            // The near miss: a spokesman for no one named is no one the draft can place.
            assertThat(actors(of("Tomas Berg, a spokesman, condemned Russia on Monday."))).doesNotContain("berg");
        }

        @Test
        void anAideToATitledPersonSpeaksForTheStateThatPersonSpeaksFor() {
            Draft draft = of("Amina Yusuf, an aide to Nigerian President Bola Tinubu, visited Ghana on Friday.");
            assertThat(actor(draft, "yusuf").fields()).containsEntry("represents", "NGA");
            assertThat(only(relations(draft, "VISITS")).fields()).containsEntry("from", "yusuf")
                    .containsEntry("to", "GHA");
            // The near miss: a description that is no title names no one's representative.
            assertThat(actors(of("Ruth Okafor, a teacher from Nigeria, visited Ghana on Friday.")))
                    .doesNotContain("okafor");
        }

        @Test
        void aHyphenatedTitleOfAnOrganisationSpeaksForTheOrganisation() {
            Draft draft = of("Omar Haddad, the secretary-general of the Arab League, criticised Israel on Sunday.");
            assertThat(actor(draft, "haddad").fields()).containsEntry("represents", "ARAB-LEAGUE");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "haddad");
        }

        @Test
        void aMemberOfAGroupReferredToByItsNounSpeaksForTheGroup() {
            Draft draft = of("The Houthis seized a tanker off Yemen. Ali Nasser, a member of the group's political "
                    + "council, said the seizure was lawful.");
            assertThat(actor(draft, "nasser").fields()).containsEntry("represents", "HOUTHIS");
        }

        @Test
        void aPluralPossessiveBeforeATitleNamesWhomThePersonSpeaksFor() {
            Draft draft = of("The Houthis' chief negotiator, Ali Nasser, met Omani officials in Muscat.");
            assertThat(actor(draft, "nasser").fields()).containsEntry("represents", "HOUTHIS");
            // The near miss: the plural possessive of a common noun names no actor.
            assertThat(actors(of("The rebels' chief negotiator, Ali Nasser, met officials in Muscat.")))
                    .doesNotContain("nasser");
        }

        @Test
        void whoHeadsAnAgencySpeaksForTheAgencyOfTheStateTheSentenceNamed() {
            Draft draft = of("In Germany, Karl Weber, who heads the Federal Agency for Technical Relief, said engineers "
                    + "would be sent to Turkey.");
            DraftFact agency = actor(draft, "FATR");
            assertThat(agency.fields()).containsEntry("kind", "AGENCY").containsEntry("partOf", "DEU")
                    .containsEntry("name", "the Federal Agency for Technical Relief");
            assertThat(agency.note()).contains("inferred");
            assertThat(actor(draft, "weber").fields()).containsEntry("represents", "FATR");
            // The near miss: with no state named before it, the agency is no one's, and its head no one's.
            assertThat(actors(of("Karl Weber, who heads the Federal Agency for Technical Relief, said engineers "
                    + "would be sent to Turkey."))).doesNotContain("FATR", "weber");
        }
    }

    @Nested
    class Agencies {
        @Test
        void aStatesPossessiveBeforeAnAgencysProperNameIsAnAgencyOfTheState() {
            Draft draft = of("Kenya's Ministry of Tourism and Wildlife summoned Somalia's ambassador on Tuesday.");
            assertThat(actor(draft, "MTW").fields()).containsEntry("kind", "AGENCY").containsEntry("partOf", "KEN")
                    .containsEntry("name", "Kenya's Ministry of Tourism and Wildlife");
            assertThat(only(relations(draft, "OBJECTS_TO")).fields()).containsEntry("from", "MTW")
                    .containsEntry("to", "SOM");
            // The near miss: a two-word name with no joining word, of no body of introductions.yaml, stays the
            // state's own.
            Draft short_ = of("Kenya's Tourism Ministry summoned Somalia's ambassador on Tuesday.");
            assertThat(actors(short_)).containsExactlyInAnyOrder("KEN", "SOM");
        }
    }

    @Nested
    class Vessels {
        @Test
        void aShipNamedWithANavysPrefixIsAnAgencyOfItsState() {
            Draft draft = of("The Canadian frigate HMCS Ottawa visited Japan on Sunday.");
            assertThat(actor(draft, "hmcs-ottawa").fields()).containsEntry("kind", "AGENCY")
                    .containsEntry("partOf", "CAN").containsEntry("sector", "MILITARY");
            assertThat(only(relations(draft, "VISITS")).fields()).containsEntry("from", "hmcs-ottawa")
                    .containsEntry("to", "JPN");
            // The near miss: a merchant ship's prefix names no navy.
            assertThat(actors(of("The tanker MV Sea Harmony visited Japan on Sunday."))).containsExactly("JPN");
        }
    }

    @Nested
    class Units {
        @Test
        void aDemonymBeforeBorderGuardsIsAnAgencyOfTheState() {
            Draft draft = of("Finnish border guards turned back dozens of migrants at the crossing.");
            assertThat(actor(draft, "fin-border-guards").fields()).containsEntry("kind", "AGENCY")
                    .containsEntry("partOf", "FIN").containsEntry("sector", "MILITARY");
            // The near miss: border guards of no state named are no one's.
            assertThat(actors(of("Border guards turned back dozens of migrants at the crossing."))).isEmpty();
        }

        @Test
        void thePhrasesOfOneUnitAreOneActorNamedByTheFirst() {
            Draft draft = of("An Irish peacekeeping contingent arrived in Lebanon in May. Irish peacekeepers have "
                    + "patrolled the border since.");
            assertThat(actors(draft)).containsOnlyOnce("irl-peacekeepers")
                    .noneMatch(id -> id.contains("contingent"));
            assertThat(actor(draft, "irl-peacekeepers").fields())
                    .containsEntry("name", "the Irish peacekeeping contingent");
            // The near miss: peacekeepers with no state before them are no one's.
            assertThat(actors(of("The peacekeepers arrived in Lebanon in May."))).containsExactly("LBN");
        }
    }
}
