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
 * Actors an article introduces itself, which no gazetteer entry covers, in the ways wire-service news introduces
 * them: a group named with its acronym, after or before a description, or after "known as"; a body of a state; a
 * person with a title the lexicon lacks; and the words that refer back to them. Sentences of other contexts than the
 * articles the drafter was developed on, each with a near miss that must not yield the reading.
 */
class IntroducedActorsTest {

    @Nested
    class Groups {
        @Test
        void aNameWithItsAcronymInBracketsIsAGroupNamedAgainByTheAcronym() {
            Draft draft = of("Rebels of the Movement for Justice and Equality (MJE) attacked a garrison in Chad on "
                    + "Sunday. The MJE accused Sudan of arming its rivals.");
            DraftFact group = actor(draft, "MJE");
            assertThat(group.fields()).containsEntry("kind", "NON_STATE_GROUP").containsEntry("region", "middle-africa")
                    .containsEntry("name", "the Movement for Justice and Equality");
            assertThat(group.confidence()).isLessThan(0.95);
            assertThat(group.note()).contains("movement", "inferred");
            assertThat(only(relations(draft, "ACCUSES")).fields()).containsEntry("from", "MJE").containsEntry("to", "SDN");
            // The near miss: a name no group noun heads is a place, not an actor.
            assertThat(actors(of("The talks were held at the Centre for Strategic Studies (CSS) in Qatar.")))
                    .containsExactly("QAT");
        }

        @Test
        void aNameAfterItsDescriptionIsAGroupAndItsRoleRefersBackToIt() {
            Draft draft = of("Mutinous soldiers in Burkina Faso named a military council, the Patriotic Movement for "
                    + "Safeguard and Restoration, to run the country. The junta condemned France on Monday.");
            assertThat(actor(draft, "PMSR").fields()).containsEntry("kind", "NON_STATE_GROUP")
                    .containsEntry("region", "western-africa");
            DraftFact condemns = only(relations(draft, "CONDEMNS"));
            assertThat(condemns.fields()).containsEntry("from", "PMSR").containsEntry("to", "FRA");
            assertThat(condemns.note()).contains("'The junta' read as PMSR");
            // The near miss: "the junta" of an article that introduced no group refers to no one.
            assertThat(relations(of("The junta condemned France on Monday."), "CONDEMNS")).isEmpty();
        }

        @Test
        void aNameAfterKnownAsOrCallingItselfIsAGroupOfTheDescriptionsKind() {
            Draft militia = of("In Mozambique, a militia known as the Cabo Delgado Defence Front attacked the port. "
                    + "The militants also criticised Tanzania.");
            assertThat(actor(militia, "CDDF").fields()).containsEntry("kind", "NON_STATE_GROUP")
                    .containsEntry("region", "eastern-africa");
            assertThat(only(relations(militia, "CONDEMNS")).fields()).containsEntry("from", "CDDF");
            Draft calling = of("A group calling itself the Free Sahel Front condemned Mali.");
            assertThat(only(relations(calling, "CONDEMNS")).fields()).containsEntry("from", "FSF");
            // The near miss: a place known by a name is no group.
            assertThat(actors(of("Rebels seized a town known as Palma Norte in Mozambique."))).containsExactly("MOZ");
        }

        @Test
        void aTitleAfterAnIntroducedGroupNamesAPersonWhoSpeaksForIt() {
            Draft draft = of("Fighting spread across Sudan between the army and the Rapid Support Forces (RSF). RSF "
                    + "commander Mohamed Hamdan Dagalo accused Egypt of sending jets.");
            assertThat(actor(draft, "dagalo").fields()).containsEntry("represents", "RSF");
            assertThat(only(relations(draft, "ACCUSES")).fields()).containsEntry("from", "dagalo");
            // The near miss: a demonym's armed forces with an acronym are the state's, no group of their own.
            assertThat(actors(of("Clashes involved the Sudanese Armed Forces (SAF) near Khartoum.")))
                    .doesNotContain("SAF");
        }

        @Test
        void aNameThatStartsWithAStateIsTheGroupWhenADescriptionFollows() {
            Draft draft = of("Fighters of the Sudan Liberation Movement, a rebel group, attacked a convoy. The rebels "
                    + "accused Chad of backing the army.");
            assertThat(actors(draft)).contains("SLM", "TCD");
            assertThat(only(relations(draft, "ACCUSES")).fields()).containsEntry("from", "SLM");
            // The near miss: with no description the state is the state.
            assertThat(actors(of("Sudan Liberation day was marked in Khartoum."))).contains("SDN").doesNotContain("SLM");
        }

        @Test
        void aNameWithNoArticleIsAGroupWhenItsDescriptionFollowsEvenWithThe() {
            Draft draft = of("Bosnian Unity, the largest party of Bosnia's Croats, boycotted the vote. Zagreb backs the "
                    + "party.");
            assertThat(actor(draft, "bosnian-unity").fields()).containsEntry("kind", "NON_STATE_GROUP");
            assertThat(only(relations(draft, "SUPPORTS")).fields()).containsEntry("from", "HRV")
                    .containsEntry("to", "bosnian-unity");
            assertThat(actors(of("Democratic Front, a party of Montenegro's Serbs, left the government.")))
                    .contains("democratic-front");
        }

        @Test
        void aDayBeforeAKnownNameOrAWordOpeningASentenceIsNoGroup() {
            // The near misses: "Thursday the ..." runs into a name the gazetteer knows; with no description a
            // capitalised phrase opening a sentence is no name; a person described by a title is no group.
            assertThat(actors(of("On Thursday the Intergovernmental Authority on Development, the eight-member bloc, "
                    + "met in Djibouti."))).contains("IGAD").hasSize(2);
            assertThat(actors(of("Bosnian Unity boycotted the vote."))).doesNotContain("bosnian-unity");
            assertThat(actors(of("Joe Biden, the president, met Xi Jinping."))).doesNotContain("joe-biden");
        }
    }

    @Nested
    class Bodies {
        @Test
        void aStatesPossessiveOrDemonymBeforeABodyIsAnAgencyOfTheState() {
            Draft parliament = of("Kenya's parliament condemned Uganda on Tuesday.");
            assertThat(actor(parliament, "ken-parliament").fields()).containsEntry("kind", "AGENCY")
                    .containsEntry("partOf", "KEN").containsEntry("sector", "LEGISLATURE");
            assertThat(only(relations(parliament, "CONDEMNS")).fields()).containsEntry("from", "ken-parliament");
            Draft army = of("The Sudanese army accused Ethiopia of shelling the border.");
            assertThat(actor(army, "sdn-army").fields()).containsEntry("partOf", "SDN").containsEntry("sector",
                    "MILITARY");
            // The near misses: an adjective is no body, and armed forces at large are the state itself.
            assertThat(actors(of("Kenya's parliamentary committee condemned Uganda."))).containsExactlyInAnyOrder("KEN",
                    "UGA");
            assertThat(actors(of("Russian forces attacked Ukraine."))).containsExactlyInAnyOrder("RUS", "UKR");
        }

        @Test
        void aBodyWithoutItsStateIsTheBodyOfTheStateTheSentenceIsAbout() {
            Draft draft = of("In Ghana, the Supreme Court criticised Togo.");
            DraftFact court = actor(draft, "gha-supreme-court");
            assertThat(court.fields()).containsEntry("partOf", "GHA").containsEntry("sector", "JUDICIARY");
            assertThat(court.note()).contains("inferred");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "gha-supreme-court");
            // The near misses: no state to belong to, a body noun that does not head its phrase, and one in lower
            // case, which names no institution ("the army" may be anyone's).
            assertThat(actors(of("The Senate criticised the plan."))).isEmpty();
            assertThat(actors(of("In Ghana, the Senate building was closed."))).containsExactly("GHA");
            assertThat(actors(of("In Ghana, the army criticised Togo."))).containsExactlyInAnyOrder("GHA", "TGO");
        }
    }

    @Nested
    class Persons {
        @Test
        void aNameFollowedByATitleTheLexiconLacksSpeaksForWhatTheTitleNames() {
            Draft draft = of("Bankole Adeoye, the African Union commissioner for political affairs, urged Sudan to "
                    + "hold talks.");
            DraftFact adeoye = actor(draft, "adeoye");
            assertThat(adeoye.fields()).containsEntry("represents", "AU");
            assertThat(adeoye.confidence()).isLessThan(0.95);
            Draft acting = of("Kurt Volker, the former US special envoy, met Ukraine's president.");
            assertThat(actor(acting, "volker").fields()).containsEntry("represents", "USA");
            // The near miss: a name followed by no title of an actor is no one's spokesman.
            assertThat(actors(of("Ahmed Hassan, a shopkeeper in Somalia, criticised the plan.")))
                    .containsExactly("SOM");
        }

        @Test
        void aTitleTheLexiconLacksBeforeANameNamesThePerson() {
            Draft draft = of("EU commissioner Jutta Urpilainen visited Mozambique on Monday.");
            assertThat(actor(draft, "urpilainen").fields()).containsEntry("represents", "EU");
            assertThat(only(relations(draft, "VISITS")).fields()).containsEntry("from", "urpilainen");
            // The near miss: the title with no name after it is no person.
            assertThat(actors(of("The EU commissioner visited Mozambique on Monday."))).doesNotContain("urpilainen")
                    .allMatch(id -> id.equals("EU") || id.equals("MOZ"));
        }

        @Test
        void theHeadOfATitleRefersBackToThePersonNamedLastWithIt() {
            Draft draft = of("Kenyan Foreign Minister Musalia Mudavadi arrived in Ethiopia on Monday. The minister "
                    + "criticised Somalia.");
            DraftFact criticism = only(relations(draft, "CONDEMNS"));
            assertThat(criticism.fields()).containsEntry("from", "mudavadi").containsEntry("to", "SOM");
            assertThat(criticism.note()).contains("'The minister' read as mudavadi");
            Draft commissioner = of("Bankole Adeoye, the African Union commissioner for political affairs, arrived "
                    + "in Sudan. The commissioner criticised Chad.");
            assertThat(only(relations(commissioner, "CONDEMNS")).fields()).containsEntry("from", "adeoye");
            Draft possessive = of("Bankole Adeoye, the African Union commissioner for political affairs, arrived "
                    + "in Sudan. The African Union's commissioner criticised Chad.");
            assertThat(only(relations(possessive, "CONDEMNS")).fields()).containsEntry("from", "adeoye");
            // The near misses: no one named with the title, the title of someone else ("of Chad"), and the title
            // of another actor's official ("Kenya's commissioner" is not the union's).
            assertThat(relations(of("Bankole Adeoye, the African Union commissioner for political affairs, arrived "
                    + "in Sudan. Kenya's commissioner criticised Chad."), "CONDEMNS"))
                    .noneMatch(fact -> "adeoye".equals(fact.field("from")));
            assertThat(relations(of("The minister criticised Somalia."), "CONDEMNS")).isEmpty();
            assertThat(relations(of("Kenyan Foreign Minister Musalia Mudavadi arrived in Ethiopia. The minister of "
                    + "Chad criticised Somalia."), "CONDEMNS")).noneMatch(fact -> "mudavadi".equals(fact.field("from")));
        }

        @Test
        void aTitleWithNoStateNearItSpeaksForTheStateTheLeadNames() {
            Draft draft = of("Kenya has recalled its ambassador from Uganda. The decision came after weeks of tension. "
                    + "The text was not published. Foreign Minister Musalia Mudavadi said talks would continue.");
            assertThat(actor(draft, "mudavadi").fields()).containsEntry("represents", "KEN");
            // The near miss: an article that names no state gives the title no one to speak for.
            assertThat(actors(of("Foreign Minister Musalia Mudavadi said talks would continue."))).isEmpty();
        }
    }

    @Nested
    class Context {
        @Test
        void theCapitalsOfADatelineAreWhereTheStoryWasFiledNotWhoActs() {
            assertThat(actors(of("Nairobi, 3 May 2024 (Reuters) — Ethiopia condemned Somalia on Friday.")))
                    .containsExactlyInAnyOrder("ETH", "SOM");
            // The near miss: a capital that acts is its government.
            assertThat(actors(of("Nairobi condemned Somalia on Friday."))).containsExactlyInAnyOrder("KEN", "SOM");
        }

        @Test
        void aSentenceOpeningOnTheyGoesOnWithTheManyTheSentenceBeforeOpenedOn() {
            Draft draft = of("Mali and Burkina Faso rejected the plan on Monday. They accused France of interference.");
            assertThat(relations(draft, "ACCUSES")).extracting(fact -> fact.field("from"))
                    .containsExactlyInAnyOrder("MLI", "BFA");
            Draft officers = of("Soldiers in Chad formed a military council, the Transitional Military Council. The "
                    + "officers in N'Djamena have not backed down. They accused Sudan of arming rebels.");
            assertThat(only(relations(officers, "ACCUSES")).fields()).containsEntry("from", "TMC");
            // The near miss: a sentence that opened on one actor leaves "they" to no one.
            assertThat(relations(of("Mali rejected the plan on Monday. They accused France of interference."),
                    "ACCUSES")).isEmpty();
        }

        @Test
        void bothCountriesAreTheTwoTheSentenceBeforeNamed() {
            Draft draft = of("Uganda and Rwanda signed a pact in March. Kenya's president, William Ruto, wrote to "
                    + "Ethiopia's prime minister, Abiy Ahmed, in May. Both countries belong to the African Union.");
            assertThat(draft.ofType("Membership")).extracting(fact -> fact.field("member"))
                    .containsExactlyInAnyOrder("KEN", "ETH");
            // The near miss: after a sentence that names no state, the latest list of two.
            Draft list = of("Uganda and Rwanda signed a pact in March. The text was not published. Both countries "
                    + "belong to the African Union.");
            assertThat(list.ofType("Membership")).extracting(fact -> fact.field("member"))
                    .containsExactlyInAnyOrder("UGA", "RWA");
        }
    }
}
