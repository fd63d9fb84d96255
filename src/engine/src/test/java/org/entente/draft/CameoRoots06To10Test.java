package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO sweep of roots 06 to 10 (material cooperation, aid, yielding, investigation, demands): the common ways
 * wire news reports each act, beyond the verbs patterns.yaml knew, in the files rules/lexicon/patterns/cameo-06-*.yaml
 * to cameo-10-*.yaml. Each sentence is of a context of its own, and each family has a near miss: the act refused,
 * asked for rather than done, the other sense of the word, or a noun with no agent.
 */
class CameoRoots06To10Test {

    @Nested
    class MaterialCooperation {

        @Test
        void jointWorkNamedByAPhraseIsCooperation() {
            assertThat(pairs(of("Norway teamed up with Iceland to patrol the fisheries."), "COOPERATES_WITH"))
                    .containsExactly("NOR>ISL");
            assertThat(pairs(of("Chile joined forces with Argentina to fight the wildfires."), "COOPERATES_WITH"))
                    .containsExactly("CHL>ARG");
            // The near miss: a refusal to team up is none.
            assertThat(relations(of("Norway refused to team up with Iceland."), "COOPERATES_WITH")).isEmpty();
        }

        @Test
        void aSuspectExtraditedOrHandedOverIsJudicialCooperation() {
            assertThat(pairs(of("Peru extradited a former minister to Bolivia."), "COOPERATES_WITH"))
                    .containsExactly("PER>BOL");
            assertThat(pairs(of("Colombia handed over the suspect to Venezuela."), "COOPERATES_WITH"))
                    .containsExactly("COL>VEN");
            // The near misses: an extradition asked for, and a request sent, hand no one over.
            assertThat(relations(of("Peru asked Bolivia to extradite the former minister."), "COOPERATES_WITH"))
                    .isEmpty();
            assertThat(relations(of("Peru sent an extradition request to Bolivia."), "COOPERATES_WITH")).isEmpty();
        }

        @Test
        void intelligenceSharedIsCooperationAndTwoNamedSidesPoolingItCooperateWithEachOther() {
            DraftFact shared = only(relations(of("Jordan shared intelligence with Egypt about the smugglers."),
                    "COOPERATES_WITH"));
            assertThat(shared.field("from")).isEqualTo("JOR");
            assertThat(shared.field("to")).isEqualTo("EGY");
            assertThat(shared.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(pairs(of("Kenya and Uganda share intelligence on the rebels."), "COOPERATES_WITH"))
                    .containsExactly("KEN>UGA");
            // The near miss: intelligence refused is no cooperation.
            assertThat(relations(of("Jordan refused to share intelligence with Egypt."), "COOPERATES_WITH")).isEmpty();
        }

        @Test
        void forcesTrainedAndMilitaryCooperationNamedAsSuchAreDefenceCooperation() {
            assertThat(pairs(of("Britain trained Kenyan soldiers in counter-insurgency."), "DEFENCE_COOPERATION"))
                    .containsExactly("GBR>KEN");
            assertThat(pairs(of("Turkey is training Somalia's troops."), "DEFENCE_COOPERATION"))
                    .containsExactly("TUR>SOM");
            assertThat(pairs(of("Norway's military cooperation with Iceland has grown."), "DEFENCE_COOPERATION"))
                    .containsExactly("NOR>ISL");
            // The near misses: soldiers trained in a state are trained by no one the sentence names; one's own
            // soldiers trained are no cooperation.
            assertThat(relations(of("Kenyan soldiers trained in Britain last year."), "DEFENCE_COOPERATION")).isEmpty();
            assertThat(relations(of("Britain trained its own soldiers in Kenya."), "DEFENCE_COOPERATION")).isEmpty();
        }

        @Test
        void armsBoughtFromASellerAreItsSaleAndArmsNamedByKindAreArms() {
            assertThat(pairs(of("Serbia bought drones from China."), "SELLS_ARMS_TO")).containsExactly("CHN>SRB");
            assertThat(pairs(of("Indonesia signed a deal to buy 42 jets from France."), "SELLS_ARMS_TO"))
                    .containsExactly("FRA>IDN");
            assertThat(pairs(of("Sweden sold Gripen fighters to Thailand."), "SELLS_ARMS_TO"))
                    .containsExactly("SWE>THA");
            assertThat(pairs(of("Brazil supplied Angola with armoured vehicles."), "SELLS_ARMS_TO"))
                    .containsExactly("BRA>AGO");
            assertThat(pairs(of("Vietnam imports most of its weapons from Russia."), "EXPORTS_ARMS_TO"))
                    .containsExactly("RUS>VNM");
            assertThat(pairs(of("Germany approved weapons exports to Ukraine."), "EXPORTS_ARMS_TO"))
                    .containsExactly("DEU>UKR");
            assertThat(pairs(of("Eritrea is arming al-Shabab."), "EXPORTS_ARMS_TO"))
                    .containsExactly("ERI>AL-SHABAAB");
            // The near misses: wheat bought, a purchase decided against, an export refused, and sales a third
            // party condemns with no seller named.
            assertThat(relations(of("Serbia bought wheat from China."), "SELLS_ARMS_TO")).isEmpty();
            assertThat(relations(of("Serbia decided not to buy drones from China."), "SELLS_ARMS_TO")).isEmpty();
            assertThat(relations(of("Germany refused to approve weapons exports to Ukraine."), "EXPORTS_ARMS_TO"))
                    .isEmpty();
            assertThat(relations(of("China condemned arms sales to Taiwan."), "SELLS_ARMS_TO")).isEmpty();
        }
    }

    @Nested
    class Aid {

        @Test
        void theRecipientNamedFirstStillReceivesTheAid() {
            assertThat(pairs(of("Norway gave Chad $50 million in humanitarian aid."), "PROVIDES_AID"))
                    .containsExactly("NOR>TCD");
            assertThat(pairs(of("Germany provided Ukraine with military assistance."), "PROVIDES_AID"))
                    .containsExactly("DEU>UKR");
            // The near miss: a warning given is no aid.
            assertThat(relations(of("Norway gave Chad a warning about the border."), "PROVIDES_AID")).isEmpty();
        }

        @Test
        void suppliesDonatedOrAirliftedAndMoneyLentOrPledgedAreAid() {
            assertThat(pairs(of("Canada donated vaccines to Ghana."), "PROVIDES_AID")).containsExactly("CAN>GHA");
            assertThat(pairs(of("Britain airlifted food and medicine to Sudan."), "PROVIDES_AID"))
                    .containsExactly("GBR>SDN");
            assertThat(pairs(of("China extended a $3 billion loan to Sri Lanka."), "PROVIDES_AID"))
                    .containsExactly("CHN>LKA");
            assertThat(pairs(of("The World Bank approved $500 million in funding for Kenya."), "PROVIDES_AID"))
                    .containsExactly("WORLD-BANK>KEN");
            assertThat(pairs(of("Saudi Arabia pledged $2 billion to Egypt."), "PROVIDES_AID")).containsExactly("SAU>EGY");
            // The near misses: a donation urged on another, grain shipped (trade), support lent.
            assertThat(relations(of("Canada urged Britain to donate vaccines to Ghana."), "PROVIDES_AID")).isEmpty();
            assertThat(relations(of("Egypt shipped grain to Sudan."), "PROVIDES_AID")).isEmpty();
            assertThat(relations(of("Brazil lent its support to Bolivia."), "PROVIDES_AID")).isEmpty();
        }

        @Test
        void aidNamedByItsDonorOrReceivedFromItIsTheDonorsAid() {
            assertThat(pairs(of("Japan's aid to Vietnam has grown."), "PROVIDES_AID")).containsExactly("JPN>VNM");
            assertThat(pairs(of("US military aid to Ukraine was delayed by Congress."), "PROVIDES_AID"))
                    .containsExactly("USA>UKR");
            assertThat(pairs(of("Kenya received aid from Japan."), "PROVIDES_AID")).containsExactly("JPN>KEN");
            // The near miss: aid sought is not aid received.
            assertThat(relations(of("Kenya sought aid from Japan."), "PROVIDES_AID")).isEmpty();
        }

        @Test
        void debtWrittenOffAStateBailedOutAndAsylumGrantedAreAid() {
            assertThat(pairs(of("France wrote off Congo's debt."), "PROVIDES_AID")).containsExactly("FRA>COG");
            assertThat(pairs(of("The EU bailed out Greece."), "PROVIDES_AID")).containsExactly("EU>GRC");
            assertThat(pairs(of("Russia granted asylum to Bashar al-Assad."), "PROVIDES_AID"))
                    .containsExactly("RUS>assad");
            // The near misses: a write-off asked for, and a status granted, give no aid.
            assertThat(relations(of("Zambia asked France to write off its debt."), "PROVIDES_AID")).isEmpty();
            assertThat(relations(of("China granted Kenya observer status."), "PROVIDES_AID")).isEmpty();
        }
    }

    @Nested
    class Yielding {

        @Test
        void sanctionsOrABlockadeLiftedYieldToTheStateTheyWereLaidOn() {
            DraftFact lifted = only(relations(of("The United States lifted sanctions on Venezuela."), "YIELDS_TO"));
            assertThat(lifted.field("from")).isEqualTo("USA");
            assertThat(lifted.field("to")).isEqualTo("VEN");
            assertThat(lifted.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(pairs(of("Saudi Arabia lifted its blockade of Yemen."), "YIELDS_TO")).containsExactly("SAU>YEM");
            assertThat(pairs(of("The European Union eased sanctions on Belarus."), "YIELDS_TO"))
                    .containsExactly("EU>BLR");
            // The near miss: a refusal to lift them yields nothing.
            assertThat(relations(of("The United States refused to lift sanctions on Venezuela."), "YIELDS_TO"))
                    .isEmpty();
        }

        @Test
        void peopleOrPropertyReleasedOrReturnedYieldToTheirState() {
            assertThat(pairs(of("Belarus released two nationals of Poland."), "YIELDS_TO")).containsExactly("BLR>POL");
            assertThat(pairs(of("Peru freed Chile's sailors."), "YIELDS_TO")).containsExactly("PER>CHL");
            assertThat(pairs(of("Russia returned the seized vessel to Ukraine."), "YIELDS_TO"))
                    .containsExactly("RUS>UKR");
            // The near misses: a release demanded or called for is a demand, no release; a free state is no
            // state freed.
            assertThat(relations(of("Nigeria demanded the release of its nationals from Niger."), "YIELDS_TO"))
                    .isEmpty();
            assertThat(relations(of("Chile called for the release of Peru's sailors."), "YIELDS_TO")).isEmpty();
            assertThat(relations(of("The minister spoke of a free Ukraine."), "YIELDS_TO")).isEmpty();
        }

        @Test
        void troopsWithdrawnAndAttacksHaltedDeEscalate() {
            assertThat(pairs(of("Russia withdrew 5,000 troops from Georgia."), "YIELDS_TO")).containsExactly("RUS>GEO");
            assertThat(pairs(of("Israel halted its strikes on Lebanon."), "YIELDS_TO")).containsExactly("ISR>LBN");
            // The near misses: a withdrawal ordered of another, one welcomed by a third party, and a halt called for.
            assertThat(relations(of("Mali told France to withdraw its troops from Mali."), "YIELDS_TO")).isEmpty();
            assertThat(relations(of("Kenya welcomed the withdrawal of troops from Somalia."), "YIELDS_TO")).isEmpty();
            assertThat(relations(of("Chile demands Peru withdraw 300 soldiers from the border town."), "YIELDS_TO"))
                    .isEmpty();
            assertThat(relations(of("Kenya called for a halt to the strikes on Somalia."), "YIELDS_TO")).isEmpty();
        }

        @Test
        void inspectorsLetInAccessGrantedAndABorderReopenedAreConcessions() {
            assertThat(pairs(of("Syria allowed OPCW inspectors into the site."), "YIELDS_TO"))
                    .containsExactly("SYR>OPCW");
            assertThat(pairs(of("Venezuela reopened its border with Colombia."), "YIELDS_TO")).containsExactly("VEN>COL");
            // The near miss: a status granted is no access.
            assertThat(relations(of("China granted Kenya observer status."), "YIELDS_TO")).isEmpty();
        }

        @Test
        void givingInToPressureOrAcceptingDemandsYieldsToWhoeverMadeThem() {
            assertThat(pairs(of("Serbia gave in to demands from the European Union."), "YIELDS_TO"))
                    .containsExactly("SRB>EU");
            assertThat(pairs(of("Greece acceded to Turkey's demand."), "YIELDS_TO")).containsExactly("GRC>TUR");
            assertThat(pairs(of("Turkey backed down in its dispute with Greece."), "YIELDS_TO"))
                    .containsExactly("TUR>GRC");
            // The near misses: a demand rejected, a proposal rejected.
            assertThat(relations(of("Greece rejected Turkey's demand."), "YIELDS_TO")).isEmpty();
            assertThat(relations(of("The rebels rejected Egypt's ceasefire proposal."), "YIELDS_TO")).isEmpty();
        }
    }

    @Nested
    class Investigation {

        @Test
        void anInvestigationOpenedIntoAStateOrItsConductInvestigatesIt() {
            assertThat(pairs(of("The ICC opened an investigation into Myanmar."), "INVESTIGATES"))
                    .containsExactly("ICC>MMR");
            assertThat(pairs(of("The African Union opened an investigation into Sudan's conduct."), "INVESTIGATES"))
                    .containsExactly("AU>SDN");
            assertThat(pairs(of("Norway is investigating Russia's role in the sabotage."), "INVESTIGATES"))
                    .containsExactly("NOR>RUS");
            // The near misses: an investigation called for is an appeal, one refused is none.
            assertThat(relations(of("Ghana called for an investigation into Togo."), "INVESTIGATES")).isEmpty();
            assertThat(relations(of("Kenya refused to investigate Somalia."), "INVESTIGATES")).isEmpty();
        }

        @Test
        void anInvestigationNamedByItsAgentOrIntoAllegationsAboutAState() {
            assertThat(pairs(of("The ICC's investigation into Venezuela continues."), "INVESTIGATES"))
                    .containsExactly("ICC>VEN");
            assertThat(pairs(of("Poland said it was investigating allegations that Belarus had helped migrants "
                    + "cross."), "INVESTIGATES")).containsExactly("POL>BLR");
            // The near miss: what is investigated names no actor.
            assertThat(relations(of("Japan investigated the weather."), "INVESTIGATES")).isEmpty();
        }

        @Test
        void aCriminalCaseOpenedInvestigatesButACaseAloneMayBeALawsuit() {
            assertThat(pairs(of("Ghana opened a criminal case against Togo."), "INVESTIGATES")).containsExactly("GHA>TGO");
            // The near miss: a case filed at a court is a lawsuit brought, no investigation.
            assertThat(relations(of("Kenya opened a case against Somalia at the court."), "INVESTIGATES")).isEmpty();
        }
    }

    @Nested
    class Demands {

        @Test
        void whatIsDemandedOfAStateNamedByItsPossessiveOrFromIt() {
            assertThat(pairs(of("Ghana demanded Togo's withdrawal from the border area."), "DEMANDS"))
                    .containsExactly("GHA>TGO");
            assertThat(pairs(of("Chile demanded an apology from Peru."), "DEMANDS")).containsExactly("CHL>PER");
            assertThat(pairs(of("Poland demanded the extradition of the suspects from Belarus."), "DEMANDS"))
                    .containsExactly("POL>BLR");
            // The near misses: an apology demanded of no one named, one offered, demands supported.
            assertThat(relations(of("Chile demanded an apology."), "DEMANDS")).isEmpty();
            assertThat(relations(of("Peru offered an apology to Chile."), "DEMANDS")).isEmpty();
            assertThat(relations(of("Brazil supported Bolivia's demands."), "DEMANDS")).isEmpty();
        }

        @Test
        void anUltimatumIssuedTheDemandByItsNounAndACallToStopAreDemands() {
            assertThat(pairs(of("Turkey issued an ultimatum to Sweden."), "DEMANDS")).containsExactly("TUR>SWE");
            assertThat(pairs(of("Ethiopia's demand that Kenya hand over the rebels was rejected."), "DEMANDS"))
                    .containsExactly("ETH>KEN");
            assertThat(pairs(of("Ukraine renewed its demand for Russia to withdraw."), "DEMANDS"))
                    .containsExactly("UKR>RUS");
            assertThat(pairs(of("Brazil called for Bolivia to release the prisoners."), "DEMANDS"))
                    .containsExactly("BRA>BOL");
            assertThat(pairs(of("The United States ordered China to close its consulate in Houston."), "DEMANDS"))
                    .containsExactly("USA>CHN");
            // The near misses: an ultimatum not issued, and a call for talks, which is an appeal.
            assertThat(relations(of("Turkey did not issue an ultimatum to Sweden."), "DEMANDS")).isEmpty();
            assertThat(relations(of("Brazil called for Bolivia to hold talks."), "DEMANDS")).isEmpty();
        }
    }
}
