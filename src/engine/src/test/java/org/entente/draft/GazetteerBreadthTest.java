package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.entente.draft.Drafts.actorIds;
import static org.entente.draft.Drafts.actorOf;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.InputError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer's kinds of entry beyond states: armed groups under the names news gives them, bodies of states known by
 * their own names, the authorities of territories that are no states, regional blocs with their region, seats of
 * government, and office holders under other spellings. Each with a near miss: the ordinary word, the other state's
 * body, the territory in a list of states.
 */
class GazetteerBreadthTest {

    @Nested
    class Groups {
        @Test
        void anArmedGroupUnderAnyOfItsSpellingsIsOneGroupInItsRegion() {
            Draft draft = of("Al-Shabab fighters attacked an army base near the Kenyan border on Tuesday.");
            assertThat(actorOf(draft, "AL-SHABAAB").fields()).containsEntry("kind", "NON_STATE_GROUP")
                    .containsEntry("region", "eastern-africa");
            Draft again = of("Kenya accused al-Shabaab of the raid.");
            assertThat(only(relations(again, "ACCUSES")).fields()).containsEntry("to", "AL-SHABAAB");
            // The near miss: a group named with words of a state's is that group, not the state.
            Draft pakistani = of("The Pakistani Taliban attacked a police post in Khyber.");
            assertThat(actorIds(pakistani)).contains("TTP").doesNotContain("TALIBAN");
        }

        @Test
        void aGroupNamedByItsMovementIsTheGroupAndItsHeadNounRefersBackToIt() {
            Draft draft = of("The Houthi movement fired drones at a tanker. Washington condemned the militia.");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "USA")
                    .containsEntry("to", "HOUTHIS");
            // The near miss: the head noun refers to nothing when no group that it names was named.
            assertThat(relations(of("Washington condemned the militia."), "CONDEMNS")).isEmpty();
        }
    }

    @Nested
    class BodiesOfStates {
        @Test
        void aBodyKnownByItsOwnNameIsAnAgencyOfItsState() {
            Draft draft = of("The Mossad accused Iran of plotting attacks in Europe.");
            assertThat(actorOf(draft, "MOSSAD").fields()).containsEntry("kind", "AGENCY").containsEntry("partOf", "ISR")
                    .containsEntry("sector", "INTELLIGENCE");
            assertThat(relations(draft, "ACCUSES")).anyMatch(between("MOSSAD", "IRN"));
        }

        @Test
        void aNameOtherStatesUseForTheirOwnBodyNeedsItsArticle() {
            Draft british = of("The Foreign Office summoned Russia's ambassador on Monday.");
            assertThat(actorOf(british, "FCDO").fields()).containsEntry("partOf", "GBR");
            // The near miss: Germany's Foreign Office is Germany's, so it is not the British one.
            Draft german = of("Germany's Foreign Office summoned Russia's ambassador on Monday.");
            assertThat(actorIds(german)).contains("DEU").doesNotContain("FCDO", "GBR");
        }

        @Test
        void aSeatOfGovernmentStandsForItsStateWhenItActs() {
            Draft draft = of("Moncloa condemned Venezuela on Friday after the arrest of a Spanish citizen.");
            assertThat(relations(draft, "CONDEMNS")).anyMatch(between("ESP", "VEN"));
            assertThat(actorIds(draft)).doesNotContain("MONCLOA");
        }
    }

    @Nested
    class TerritoriesThatAreNoStates {
        @Test
        void aSelfGoverningTerritoryWithoutACodeIsItsAuthoritiesNotAState() {
            Draft draft = of("Ethiopia signed a port agreement with Somaliland on Monday.");
            DraftFact authorities = actorOf(draft, "SOMALILAND");
            assertThat(authorities.fields()).containsEntry("kind", "NON_STATE_GROUP")
                    .containsEntry("name", "the authorities of Somaliland").containsEntry("region", "eastern-africa");
            assertThat(relations(draft, "SIGNS_AGREEMENT")).anyMatch(between("ETH", "SOMALILAND"));
        }

        @Test
        void aListHoldingSuchATerritoryIsNoListOfStates() {
            // "the two governments" are the two states of a list; a list with Transnistria in it is not one.
            Draft states = of("Moldova and Romania signed a gas accord. Russia criticised the two governments.");
            assertThat(relations(states, "CONDEMNS")).anyMatch(between("RUS", "MDA"))
                    .anyMatch(between("RUS", "ROU"));
            Draft territory = of("Moldova and Transnistria signed a gas accord. Russia criticised the two governments.");
            assertThat(relations(territory, "CONDEMNS")).noneMatch(fact -> "TRANSNISTRIA".equals(fact.field("to")));
        }
    }

    @Nested
    class Organisations {
        @Test
        void aRegionalBlocIsDraftedWithItsRegion() {
            Draft draft = of("IGAD urged Sudan to agree to a ceasefire.");
            assertThat(actorOf(draft, "IGAD").fields()).containsEntry("kind", "ORGANISATION")
                    .containsEntry("region", "eastern-africa");
            assertThat(draft.ofType("Region")).anyMatch(region -> region.id().equals("eastern-africa"));
        }

        @Test
        void anOrganisationWhoseNameIsAnOrdinaryWordNeedsItsArticle() {
            Draft draft = of("The Commonwealth suspended Gabon after the coup.");
            assertThat(actorIds(draft)).contains("COMMONWEALTH");
            // The near miss: the word without its article is no organisation.
            assertThat(actorIds(of("Commonwealth officials visited Gabon after the coup."))).doesNotContain("COMMONWEALTH");
        }
    }

    @Nested
    class People {
        @Test
        void aKnownOfficeHolderIsRecognisedUnderAnotherSpellingOfTheName() {
            Draft draft = of("Recep Tayyip Erdogan criticised Sweden on Wednesday.");
            assertThat(actorOf(draft, "erdogan").fields()).containsEntry("represents", "TUR");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "erdogan");
            // The near miss: a surname alone, before the person was named in full, is no one yet.
            assertThat(actorIds(of("Erdogan Street was closed on Wednesday."))).doesNotContain("erdogan");
        }

        @Test
        void aDemonymBeforeATitleKeepsAReferenceBackToThatStatesPerson() {
            Draft draft = of("Kenyan President William Ruto landed in Kampala. The Kenyan president criticised "
                    + "Uganda.");
            assertThat(relations(draft, "CONDEMNS")).anyMatch(between("ruto", "UGA"));
            // The near miss: the president named last is another state's, so "the Somali president" is not him.
            Draft other = of("Muse Bihi Abdi, the president of Somaliland, flew to Nairobi. The Somali president "
                    + "criticised Kenya.");
            assertThat(relations(other, "CONDEMNS")).noneMatch(fact -> "bihi".equals(fact.field("from")));
        }
    }

    @Nested
    class Loading {
        @Test
        void anAgencyWithoutItsStateIsAnErrorNamingTheLine(@TempDir Path folder) throws IOException {
            InputError error = loadingWith(folder,
                    "SPY-BUREAU: {name: the Spy Bureau, names: [Spy Bureau], kind: AGENCY, refs: []}");
            assertThat(error).hasMessageContaining("only an agency, has partOf");
            assertThat(error.where()).contains("organisations.yaml:").contains("partOf");
        }

        @Test
        void aKindThatIsNoActorKindIsAnErrorNamingTheField(@TempDir Path folder) throws IOException {
            InputError error = loadingWith(folder, "CLUB: {name: the Club, names: [Club], kind: CLUB, refs: []}");
            assertThat(error).hasMessageContaining("'CLUB' is not a valid kind");
            assertThat(error.where()).contains("organisations.yaml:").contains("kind");
        }

        /** The error of loading the project's lexicon with one more line in organisations.yaml. */
        private static InputError loadingWith(Path folder, String line) throws IOException {
            Drafts.copyRules(folder);
            Path organisations = folder.resolve("lexicon/organisations.yaml");
            Files.writeString(organisations, Files.readString(organisations) + line + "\n");
            return catchThrowableOfType(InputError.class, () -> Drafter.load(folder));
        }
    }
}
