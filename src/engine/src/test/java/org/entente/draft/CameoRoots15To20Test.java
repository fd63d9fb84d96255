package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.pairs;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO sweep of roots 15 to 20 (rules/lexicon/patterns/cameo-15-*.yaml to cameo-20-*.yaml): the common ways wire
 * news words force posture, reduced relations, coercion, assault, fighting and mass violence, each in a sentence of
 * an invented context, with near misses that draft nothing: a negation, the other sense of the word, an act undone,
 * a noun with no actor.
 */
class CameoRoots15To20Test {

    /** Each sentence, after its pair ("FROM>TO"), drafts a relation of that kind between the pair. */
    private static void drafts(String kind, String... pairsAndSentences) {
        for (int i = 0; i < pairsAndSentences.length; i += 2) {
            String sentence = pairsAndSentences[i + 1];
            assertThat(pairs(of(sentence), kind)).as(sentence).contains(pairsAndSentences[i]);
        }
    }

    /** Each sentence drafts no relation at all. */
    private static void nothing(String... sentences) {
        for (String sentence : sentences) {
            assertThat(of(sentence).ofType("Relation")).as(sentence).isEmpty();
        }
    }

    /** CAMEO 15, exhibit force posture: MOBILISES_AGAINST. */
    @Nested
    class Root15ForcePosture {

        @Test
        void forcesPutOnAlertAgainstAStateMobiliseAgainstIt() {
            drafts("MOBILISES_AGAINST",
                    "CHL>BOL", "Chile put its troops on high alert along the border with Bolivia.",
                    "TZA>UGA", "Tanzania placed its forces on combat readiness against Uganda.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Chile put its troops on high alert after the earthquake.");
        }

        @Test
        void forcesMassedOrMovedTowardAStateMobiliseAgainstIt() {
            drafts("MOBILISES_AGAINST",
                    "SRB>HRV", "Serbia has amassed tanks and troops near Croatia.",
                    "IRQ>KWT", "Iraq moved troops and artillery toward the border with Kuwait.",
                    "EGY>LBY", "Egypt mobilised reservists against Libya.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Zambia moved troops to the border to fight the locusts.",
                    "Iraq moved its embassy to Kuwait City.");
        }

        @Test
        void aBuildUpNearAStateIsTheOwnersMobilisation() {
            drafts("MOBILISES_AGAINST",
                    "RUS>FIN", "Russia's military build-up near Finland alarmed Nordic capitals.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Zambia's build-up of reserves worried the IMF.");
        }

        @Test
        void warshipsOffACoastAndAShowOfForceAtAStateMobiliseAgainstIt() {
            drafts("MOBILISES_AGAINST",
                    "RUS>NOR", "Russia deployed warships off the coast of Norway.",
                    "RUS>NOR", "Russia sent an aircraft carrier into waters near Norway.",
                    "SRB>HRV", "Serbia staged a show of force aimed at Croatia.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Japan sent a delegation to waters near the Philippines.",
                    "The show of force in Belgrade impressed visitors.");
        }

        @Test
        void warplanesInAnothersAirspaceMobiliseAgainstIt() {
            drafts("MOBILISES_AGAINST",
                    "RUS>JPN", "Russia flew 12 bombers into Japan's air defence zone.",
                    "RUS>FIN", "Russian jets violated Finland's airspace on Friday.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Norway flew aid into Sudan.");
        }

    }

    /** CAMEO 16, reduce relations: REDUCES_RELATIONS, RECALLS_AMBASSADOR, SANCTIONS, CANCELS_AGREEMENT. */
    @Nested
    class Root16ReducingRelations {

        @Test
        void anEnvoyCalledHomeIsRecalled() {
            drafts("RECALLS_AMBASSADOR",
                    "BRA>NIC", "Brazil called home its ambassador from Nicaragua.",
                    "ARG>NIC", "Argentina recalled its ambassador in Managua.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Brazil did not call home its ambassador from Nicaragua.");
        }

        @Test
        void anEmbassyClosedOrADiplomatDeclaredUnwelcomeReducesRelations() {
            drafts("REDUCES_RELATIONS",
                    "GHA>TGO", "Ghana closed its embassy in Togo.",
                    "NOR>BLR", "Norway declared two Belarusian diplomats persona non grata.",
                    "LVA>BLR", "Latvia declared Belarus's ambassador persona non grata.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Ghana closed the road to the embassy.");
        }

        @Test
        void goodsBannedAndABoycottOfAnActorAreSanctions() {
            drafts("SANCTIONS",
                    "AUS>IRN", "Australia banned imports from Iran.",
                    "ARAB-LEAGUE>EGY", "The Arab League boycotted Egypt.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Australia banned imports of plastic bags.",
                    "Zambia boycotted the summit in Kampala.");
        }

        @Test
        void talksWalkedOutOfReduceRelationsAndAreNoMeeting() {
            drafts("REDUCES_RELATIONS",
                    "COL>ELN", "Colombia pulled out of peace talks with the ELN.",
                    "SRB>HRV", "Serbia walked out of negotiations with Croatia.",
                    "SDN>RSF", "Sudan suspended talks with the Rapid Support Forces.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Colombia pulled out of the World Cup.");
        }

        @Test
        void cooperationAndAgreementsEndedAreReducedOrCancelled() {
            drafts("CANCELS_AGREEMENT",
                    "TCD>rel-tcd-signs-agreement-fra", "Chad ended its defence agreement with France.",
                    "BLR>rel-blr-signs-agreement-pol",
                    "Belarus suspended its participation in the arms treaty with Poland.");
            drafts("REDUCES_RELATIONS",
                    "TCD>FRA", "Chad terminated its military cooperation with France.");
            drafts("COOPERATES_WITH",
                    "NER>USA", "Niger deepened its military cooperation with the United States.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Chad did not end its defence agreement with France.");
        }

        @Test
        void anExpulsionByItsNounReducesRelations() {
            drafts("REDUCES_RELATIONS",
                    "RUS>NOR", "Russia's expulsion of two Norwegian diplomats angered Oslo.",
                    "PER>CHL", "The expulsion of Chilean diplomats by Peru was unexpected.");
            // The near misses: each names no such act, or no actor for it.
            nothing("The expulsion of migrants from Chile continued.");
        }

    }

    /** CAMEO 17, coerce: COERCES. */
    @Nested
    class Root17Coercion {

        @Test
        void aStatesVesselSeizedIsCoerced() {
            drafts("COERCES",
                    "GIN>NOR", "Guinea impounded a Norwegian vessel.",
                    "IRN>GRC", "Iran seized two Greek ships in the Gulf.",
                    "VEN>PAN", "Venezuela seized a tanker flagged to Panama.",
                    "AL-SHABAAB>NOR", "Al-Shabab hijacked Norway's cargo ship.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Iran did not seize the Greek ship.",
                    "Police seized drugs worth 2 million dollars.");
        }

        @Test
        void countedNationalsHeldOrDeportedAreTheirStatesCoerced() {
            drafts("COERCES",
                    "CHL>PER", "Chile detained two Peruvians.",
                    "TZA>UGA", "Tanzania deported 14 Ugandans on Monday.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Tanzania jailed the opposition leader.",
                    "Chile detained two cars.");
        }

        @Test
        void aBlockadeLaidOnAStateCoercesItAndIsNoSanction() {
            drafts("COERCES",
                    "EGY>LBY", "Egypt imposed a naval blockade on Libya.",
                    "RUS>NOR", "Russia blockaded Norway's ports.");
            drafts("SANCTIONS",
                    "EGY>LBY", "Egypt imposed sanctions on Libya.");
            // The near miss: a blockade lifted is no coercion nor sanction; it yields to the state it was laid on
            // (CAMEO 08, cameo-08-yield.yaml).
            assertThat(pairs(of("Peru lifted the blockade on Bolivia."), "COERCES")).isEmpty();
            assertThat(pairs(of("Peru lifted the blockade on Bolivia."), "SANCTIONS")).isEmpty();
            assertThat(pairs(of("Peru lifted the blockade on Bolivia."), "YIELDS_TO")).containsExactly("PER>BOL");
        }

        @Test
        void aCyberattackOnAStateCoercesIt() {
            drafts("COERCES",
                    "RUS>FIN", "Russia carried out a cyberattack on Finland.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Heart attacks on the rise in Chile.");
        }

    }

    /** CAMEO 18, assault: ATTACKS. */
    @Nested
    class Root18Assault {

        @Test
        void anAttackToldWithALightVerbAndItsNounAttacks() {
            drafts("ATTACKS",
                    "EGY>LBY", "Egypt carried out an airstrike on Libya.",
                    "RUS>GEO", "Russia launched a missile attack on Georgia.",
                    "USA>TALIBAN", "The United States conducted strikes against the Taliban.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Serbia did not carry out an attack on Croatia.",
                    "Zambia carried out a survey of Malawi.",
                    "Zambia launched an appeal for aid to Malawi.");
        }

        @Test
        void aPossessiveStrikeWithModifiersAttacks() {
            drafts("ATTACKS",
                    "EGY>LBY", "Egypt's drone strike on Libya killed two soldiers.");
        }

        @Test
        void weaponsAimedAtAStateAttackIt() {
            drafts("ATTACKS",
                    "IRQ>KWT", "Iraq targeted Kuwait with drones.",
                    "ERI>ETH", "Eritrea hit Ethiopia with artillery.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Eritrea hit Ethiopia with sanctions.",
                    "The storm hit Cuba with heavy rain.");
        }

        @Test
        void fireOpenedOnAStatesForcesAttacksThem() {
            drafts("ATTACKS",
                    "AL-SHABAAB>UGA", "Al-Shabab militants opened fire on Ugandan troops.",
                    "ERI>ETH", "Eritrean forces fired mortars at Ethiopia.");
            // The near misses: each names no such act, or no actor for it.
            nothing("The police opened fire on protesters.");
        }

        @Test
        void hostagesAndForcesUnderFireAreAttacks() {
            drafts("ATTACKS",
                    "BOKO-HARAM>TCD", "Boko Haram took two Chadians hostage.",
                    "RWA>UGA", "Ugandan soldiers came under fire from Rwandan forces on Monday.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Chile came under pressure from Peru.");
        }

    }

    /** CAMEO 19, fight: FIGHTS and INVADED. */
    @Nested
    class Root19Fighting {

        @Test
        void fireExchangedAndFightingBrokenOutAreFights() {
            drafts("FIGHTS",
                    "ERI>ETH", "Eritrean troops exchanged fire with Ethiopian forces.",
                    "TCD>SDN", "Heavy fighting broke out between Chad and Sudan.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Chile exchanged views with Peru.",
                    "Fighting broke out between the two gangs.");
        }

        @Test
        void warsWagedAreFights() {
            drafts("FIGHTS",
                    "RUS>GEO", "Russia waged war on Georgia.",
                    "IRQ>IRN", "Iraq went to war with Iran in 1980.",
                    "SAU>HOUTHIS", "Saudi Arabia has been at war with the Houthis since 2015.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Russia did not go to war with Finland.",
                    "Chile's war on drugs went on.");
        }

        @Test
        void aCeasefireViolatedIsAFight() {
            drafts("FIGHTS",
                    "ERI>ETH", "Eritrea violated the ceasefire with Ethiopia.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Eritrea respected the ceasefire with Ethiopia.");
        }

        @Test
        void territoryOccupiedOrEnteredByForceIsInvaded() {
            drafts("INVADED",
                    "IRQ>KWT", "Iraq occupied Kuwait in 1990.",
                    "RUS>GEO", "Russian forces occupied parts of Georgia.",
                    "IRQ>KWT", "Iraqi troops crossed into Kuwait.",
                    "IRQ>KWT", "Iraq sent troops into Kuwait.",
                    "ISR>LBN", "Israel's occupation of Lebanon lasted 18 years.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Protesters occupied the parliament of Peru.",
                    "Refugees crossed into Chad.",
                    "Kenya sent aid into Somalia.");
        }

    }

    /** CAMEO 20, unconventional mass violence: MASS_VIOLENCE. */
    @Nested
    class Root20MassViolence {

        @Test
        void weaponsOfMassDestructionUsedOnAStateAreMassViolence() {
            drafts("MASS_VIOLENCE",
                    "IRQ>IRN", "Iraq used chemical weapons against Iran.");
            // The near misses: each names no such act, or no actor for it.
            nothing(
                    "Iraq did not use chemical weapons against Iran.",
                    "Chile used nuclear power in Peru.");
        }

        @Test
        void genocideAndMassacresAreMassViolence() {
            drafts("MASS_VIOLENCE",
                    "SRB>BIH", "Serbia committed genocide in Bosnia and Herzegovina, the court found.",
                    "SRB>BIH", "Serbia's genocide against Bosnia and Herzegovina.",
                    "RWA>BDI", "Rwandan soldiers massacred three Burundians.");
            // The near misses: each names no such act, or no actor for it.
            nothing("Zambia carried out mass vaccinations in Malawi.");
        }

    }
}
