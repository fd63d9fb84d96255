package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.InputError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Material acts as wire-service news words them: strikes named by what they hit, wars and fights, help in a
 * defence, forces placed under an alliance or given bases, build-ups at a border, ramming at sea, shipments of
 * munitions, measures against a state; acts two or more named sides do together (one relation for each pair); and
 * measures undone ("lifted sanctions"), which are no measure. Each with a near miss.
 */
class MaterialActsTest {

    @Nested
    class Strikes {

        @Test
        void aStrikeInsideAStateOrOnAGroupsPositionsAttacksIt() {
            String text = "Turkey struck inside Syria on Sunday.";
            DraftFact strike = only(relations(of(text), "ATTACKS"));
            assertThat(strike).matches(between("TUR", "SYR"));
            assertThat(strike.evidence()).containsExactly(text);
            assertThat(strike.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(strike.attribution()).isEqualTo("test-article");
            assertThat(pairs(of("Israel bombed positions of Hezbollah near the border."), "ATTACKS"))
                    .containsExactly("ISR>HEZBOLLAH");
            assertThat(pairs(of("Turkey struck what it called bases of the rebels in Iraq."), "ATTACKS"))
                    .containsExactly("TUR>IRQ");
            assertThat(pairs(of("Russia said it had carried out a strike on one of Ukraine's airfields."), "ATTACKS"))
                    .containsExactly("RUS>UKR");
            // The near misses: a strike inside a building, or bases named with no one whose they are, attack no one.
            assertThat(relations(of("Turkey struck inside the compound on Sunday."), "ATTACKS")).isEmpty();
            assertThat(relations(of("Israel bombed positions near the border."), "ATTACKS")).isEmpty();
        }

        @Test
        void aStrikeOnAGroupsBasesInAStateAttacksBothTheGroupAndTheState() {
            assertThat(pairs(of("Turkey struck what it described as two bases of Hezbollah, a militant group, in the "
                    + "Duhok district of Iraq's Kurdistan region."), "ATTACKS"))
                    .containsExactlyInAnyOrder("TUR>HEZBOLLAH", "TUR>IRQ");
            // The near miss: one verb read two ways against one object is still one act, the longer reading's.
            assertThat(pairs(of("Kenya accused Somalia of building alliances to contain Ethiopia."), "ACCUSES"))
                    .isEmpty();
        }

        @Test
        void missilesOfTwoKindsAndAStatesAircraftShotDownAreAttacks() {
            assertThat(pairs(of("Iran fired more than 200 drones and missiles at Israel overnight."), "ATTACKS"))
                    .containsExactly("IRN>ISR");
            assertThat(pairs(of("Turkey shot down a Russian jet."), "ATTACKS")).containsExactly("TUR>RUS");
            // The near misses: drones shot down name no state, and missiles fired at nothing named attack no one.
            assertThat(relations(of("Turkey shot down three drones."), "ATTACKS")).isEmpty();
            assertThat(relations(of("Iran fired drones and missiles into the sea."), "ATTACKS")).isEmpty();
        }

        @Test
        void theStateThatSendsJetsToStrikeIsTheAttackerNotTheJets() {
            assertThat(pairs(of("Egypt sent jets to strike Libya."), "ATTACKS")).containsExactly("EGY>LBY");
            // The near miss: jets sent to a state that strike no one attack no one.
            assertThat(relations(of("Egypt sent jets to Libya."), "ATTACKS")).isEmpty();
        }
    }

    @Nested
    class Fights {

        @Test
        void aWarOfOneSideOrFightingItIsAFight() {
            DraftFact war = only(relations(of("Russia's war in Ukraine has lasted two years."), "FIGHTS"));
            assertThat(war).matches(between("RUS", "UKR"));
            assertThat(pairs(of("Saudi Arabia has been fighting the Houthi movement since 2015."), "FIGHTS"))
                    .containsExactly("SAU>HOUTHIS");
            // The near misses: a war on an abstract noun, and fighting for a state, fight no one.
            assertThat(relations(of("Colombia's war on drugs has lasted decades."), "FIGHTS")).isEmpty();
            assertThat(relations(of("Volunteers from Georgia are fighting for Ukraine."), "FIGHTS")).isEmpty();
        }
    }

    @Nested
    class FightsByTheirNoun {

        @Test
        void clashesOrAnExchangeOfFireBetweenTwoStatesIsAFightFromTheFirstNamed() {
            assertThat(pairs(of("Clashes between Armenia and Azerbaijan killed four soldiers."), "FIGHTS"))
                    .containsExactly("ARM>AZE");
            assertThat(pairs(of("A soldier was killed in an exchange of fire between Thailand and Cambodia."),
                    "FIGHTS")).containsExactly("THA>KHM");
            // The near miss: a clash of no named sides.
            assertThat(relations(of("The clash between the two leaders was loud."), "FIGHTS")).isEmpty();
        }
    }

    @Nested
    class EachOther {

        @Test
        void aListOfNamedStatesHoldingJointDrillsCooperatesPairByPair() {
            String text = "Chile, Peru and Bolivia held joint naval drills off the Pacific coast on Monday.";
            Draft draft = of(text);
            assertThat(pairs(draft, "DEFENCE_COOPERATION")).containsExactlyInAnyOrder("CHL>PER", "CHL>BOL", "PER>BOL");
            DraftFact first = relations(draft, "DEFENCE_COOPERATION").stream().filter(between("CHL", "PER"))
                    .findFirst().orElseThrow();
            assertThat(first.evidence()).containsExactly(text);
            assertThat(first.status()).isEqualTo(FactStatus.OCCURRED);
            // The near misses: a group noun is a reading of whom it means, so it is not expanded into pairs; and one
            // state holding drills has no partner named.
            assertThat(relations(of("Chile, Peru and Bolivia signed a trade pact. The three allies held joint drills "
                    + "near the border."), "DEFENCE_COOPERATION")).isEmpty();
            assertThat(relations(of("Chile held joint drills near the border."), "DEFENCE_COOPERATION")).isEmpty();
        }

        @Test
        void demonymsJoinedBeforeOneArmedServiceAreEachTheirStatesForces() {
            assertThat(pairs(of("Instead, Chilean and Peruvian soldiers held a joint exercise near Lima."),
                    "DEFENCE_COOPERATION")).containsExactly("CHL>PER");
            // The near miss: demonyms before a noun that stands for no state name no one.
            assertThat(Drafts.actorIds(of("Chilean and Peruvian wines were served at the dinner.")))
                    .doesNotContain("CHL", "PER");
        }

        @Test
        void anActDoneToEachOtherMustBeOfAMutualKindAndNameItsSidesWithFrom(@TempDir Path folder)
                throws IOException {
            Drafts.copyRules(folder);
            Path patterns = folder.resolve("lexicon/patterns.yaml");
            Files.writeString(patterns, Files.readString(patterns).replace("relations:\n", "relations:\n"
                    + "  - {id: attack-together, kind: ATTACKS, to: EACH_OTHER, match: \"{from} attacked\"}\n"));
            InputError error = catchThrowableOfType(InputError.class, () -> Drafter.load(folder));
            assertThat(error).hasMessageContaining("attack-together").hasMessageContaining("marks mutual");
            assertThat(error.where()).contains("patterns.yaml:");
        }

        @Test
        void sidesThatClashedFightEachOtherButNotWhomTheyClashedWith() {
            assertThat(pairs(of("Armenia and Azerbaijan clashed along their border overnight."), "FIGHTS"))
                    .containsExactly("ARM>AZE");
            assertThat(pairs(of("Thailand and Cambodia exchanged fire near the temples."), "FIGHTS"))
                    .containsExactly("THA>KHM");
            // The near misses: two who clashed with a third fought the third, not each other; and a denial.
            assertThat(pairs(of("Armenia and Azerbaijan clashed with Iran."), "FIGHTS"))
                    .containsExactlyInAnyOrder("ARM>IRN", "AZE>IRN");
            assertThat(relations(of("Armenia and Azerbaijan have not clashed since May."), "FIGHTS")).isEmpty();
        }
    }

    @Nested
    class Cooperation {

        @Test
        void helpInADefenceFightingAlongsideBasesAndCommandAreDefenceCooperation() {
            assertThat(pairs(of("British jets helped Jordan intercept the drones."), "DEFENCE_COOPERATION"))
                    .containsExactly("GBR>JOR");
            assertThat(pairs(of("French troops have fought alongside the Malian army since 2013."),
                    "DEFENCE_COOPERATION")).containsExactly("FRA>mli-army");
            assertThat(pairs(of("Kenya gave American forces access to three more Kenyan bases."),
                    "DEFENCE_COOPERATION")).containsExactly("KEN>USA");
            assertThat(pairs(of("Poland placed a tank battalion under NATO's command."), "DEFENCE_COOPERATION"))
                    .containsExactly("POL>NATO");
            // The near misses: help with an election is not a defence, and a battalion under its own command is no one's.
            assertThat(relations(of("Britain helped Jordan prepare the election."), "DEFENCE_COOPERATION")).isEmpty();
            assertThat(relations(of("Poland placed a tank battalion under its own command."), "DEFENCE_COOPERATION"))
                    .isEmpty();
        }

        @Test
        void aTimeBeforeTheVerbOfARelativeClauseLeavesItsSubjectToTheActorBefore() {
            String text = "Kenya, which this year gave Japanese forces access to four more bases, has moved closer to "
                    + "Tokyo.";
            DraftFact access = only(relations(of(text), "DEFENCE_COOPERATION"));
            assertThat(access).matches(between("KEN", "JPN"));
            assertThat(access.evidence()).containsExactly(text);
            // The near miss: a noun phrase that is no time is a subject of its own, which no actor names.
            assertThat(relations(of("Kenya said the rebels this year gave Japanese forces access to four more bases."),
                    "DEFENCE_COOPERATION")).isEmpty();
        }

        @Test
        void aPactOfMutualAidBindsEachSideToTheOther() {
            Draft draft = of("The treaty commits Chile and Peru to come to each other's aid if either is attacked.");
            assertThat(pairs(draft, "DEFENCE_COOPERATION")).containsExactlyInAnyOrder("CHL>PER", "PER>CHL");
            // The near miss: aid to a third is not each other's.
            assertThat(relations(of("The treaty commits Chile and Peru to send aid to Bolivia."), "DEFENCE_COOPERATION"))
                    .isEmpty();
        }

        @Test
        void forcesThatArriveInACapitalPayNoVisit() {
            assertThat(relations(of("A contingent of Russian military personnel reportedly arrived in Bamako last week."),
                    "VISITS")).isEmpty();
            // The near miss: officials who arrive do visit, as the sentence says.
            DraftFact visit = only(relations(of("Russian officials arrived in Bamako on Monday."), "VISITS"));
            assertThat(visit).matches(between("RUS", "MLI"));
        }

        @Test
        void munitionsShippedToAStateAreArmsExportedToIt() {
            String text = "Washington says Iran has shipped thousands of drones and artillery shells to Russia.";
            DraftFact shipped = only(relations(of(text), "EXPORTS_ARMS_TO"));
            assertThat(shipped).matches(between("IRN", "RUS"));
            assertThat(shipped.attribution()).isEqualTo("USA");
            // The near miss: grain shipped is no arms.
            assertThat(relations(of("Ukraine has shipped thousands of tonnes of grain to Egypt."), "EXPORTS_ARMS_TO"))
                    .isEmpty();
        }
    }

    @Nested
    class Pressure {

        @Test
        void aBuildUpAlongABorderMobilisesAgainstTheStateAcrossIt() {
            assertThat(pairs(of("Officials reported a large Venezuelan military deployment along the border with "
                    + "Guyana."), "MOBILISES_AGAINST")).containsExactly("VEN>GUY");
            // The near miss: a deployment along a river names no state across it.
            assertThat(relations(of("Venezuela reported a large military deployment along the river."),
                    "MOBILISES_AGAINST")).isEmpty();
        }

        @Test
        void rammingAVesselCoercesItsState() {
            assertThat(pairs(of("Chinese ships rammed a Philippine vessel."), "COERCES")).containsExactly("CHN>PHL");
            // The near miss: a vessel of no named state.
            assertThat(relations(of("Chinese ships rammed a fishing boat."), "COERCES")).isEmpty();
        }

        @Test
        void measuresAgainstAStateAreSanctionsAsPossibleAsTheSentenceSays() {
            DraftFact measures = only(relations(of("Japan could consider measures against Moscow."), "SANCTIONS"));
            assertThat(measures).matches(between("JPN", "RUS"));
            assertThat(measures.status()).isEqualTo(FactStatus.POSSIBLE);
            // The near miss: measures against a disease.
            assertThat(relations(of("Japan took measures against the virus."), "SANCTIONS")).isEmpty();
        }

        @Test
        void anEntryBanIsASanctionNotARejection() {
            Draft draft = of("Beijing barred Lai Ching-te from entering mainland China.");
            assertThat(pairs(draft, "SANCTIONS")).containsExactly("CHN>lai");
            assertThat(relations(draft, "REJECTS")).isEmpty();
            // The near miss: barred from talks is a rejection, not a sanction.
            Draft talks = of("Lithuania barred Belarus from the talks.");
            assertThat(relations(talks, "SANCTIONS")).isEmpty();
            assertThat(pairs(talks, "REJECTS")).containsExactly("LTU>BLR");
        }

        @Test
        void sanctionsLiftedOrEasedAreNoSanctions() {
            assertThat(pairs(of("The European Union imposed sanctions on Iran."), "SANCTIONS")).containsExactly("EU>IRN");
            // The near misses: undoing a measure is not taking it.
            assertThat(relations(of("The European Union lifted sanctions on Iran."), "SANCTIONS")).isEmpty();
            assertThat(relations(of("The United States eased sanctions on Venezuela."), "SANCTIONS")).isEmpty();
            assertThat(relations(of("Kenya lifted its ban on the party."), "COERCES")).isEmpty();
        }
    }
}
