package org.entente.rules;

import static org.entente.testing.Facts.agency;
import static org.entente.testing.Facts.person;
import static org.entente.testing.Facts.with;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Fact;
import org.entente.domain.Relation;
import org.entente.domain.Sector;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/aggression.drl */
class AggressionRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    private static final Relation RUSSIA_INVADED_UKRAINE = relation("INVADED", "RUS", "UKR");

    /** Russia invaded Ukraine; China, the United States and NATO look on. */
    private static List<Fact> war() {
        return List.of(state("RUS"), state("UKR"), state("CHN"), state("USA"), organisation("NATO"),
                RUSSIA_INVADED_UKRAINE);
    }


    @Test
    void supportingAStateThatInvadedAnotherIsSupportForAnAggressor() {
        RULES.verifyThat("support-for-aggressor")
                .given(with(war(), relation("SUPPORTS", "CHN", "RUS")))
                .producesExactly(List.of("CHN", "RUS", "UKR"));
    }

    @Test
    void xiSupportingPutinIsChinaSupportingRussiaAnAggressor() {
        // "Xi Jinping's continued support for Vladimir Putin": persons fold into the states they speak for.
        RULES.verifyThat("support-for-aggressor")
                .given(with(war(), person("xi", "CHN"), person("putin", "RUS"), relation("SUPPORTS", "xi", "putin")))
                .producesExactly(List.of("CHN", "RUS", "UKR"));
    }

    @Test
    void aPersonSpeakingForTheVictimSupportsNoAggressor() {
        RULES.verifyThat("support-for-aggressor")
                .given(with(war(), person("xi", "CHN"), person("zelensky", "UKR"), relation("SUPPORTS", "xi", "zelensky")))
                .producesNothing();
    }

    @Test
    void anAgencysActsAreItsStatesActs() {
        RULES.verifyThat("support-for-aggressor")
                .given(with(war(), agency("pla", "CHN", Sector.MILITARY), relation("SUPPORTS", "pla", "RUS")))
                .producesExactly(List.of("CHN", "RUS", "UKR"));
    }

    @Test
    void supportingTheVictimIsNoSupportForAnAggressor() {
        RULES.verifyThat("support-for-aggressor")
                .given(with(war(), relation("SUPPORTS", "USA", "UKR")))
                .producesNothing();
    }

    @Test
    void supportingAStateThatInvadedNobodyIsNoSupportForAnAggressor() {
        List<Fact> supported = with(war(), relation("SUPPORTS", "CHN", "RUS"));
        RULES.verifyThat("support-for-aggressor").given(supported).produces("CHN", "RUS", "UKR");

        List<Fact> withoutInvasion = new java.util.ArrayList<>(supported);
        withoutInvasion.remove(RUSSIA_INVADED_UKRAINE);
        RULES.verifyThat("support-for-aggressor").given(withoutInvasion).producesNothing();
    }

    @Test
    void partneringWithAnAggressorIsNotSupportingIt() {
        RULES.verifyThat("support-for-aggressor")
                .given(with(war(), relation("PARTNERS_WITH", "CHN", "RUS")))
                .producesNothing();
    }

    @Test
    void anOrganisationCondemningAPartnershipIsACondemnedPartnership() {
        RULES.verifyThat("condemned-partnership")
                .given(with(war(), relation("no-limits", "PARTNERS_WITH", "CHN", "RUS"),
                        relation("CONDEMNS", "NATO", "no-limits")))
                .producesExactly(List.of("NATO", "CHN", "RUS"));
    }

    @Test
    void aStateCondemningAPartnershipIsNoCondemnedPartnership() {
        RULES.verifyThat("condemned-partnership")
                .given(with(war(), relation("no-limits", "PARTNERS_WITH", "CHN", "RUS"),
                        relation("CONDEMNS", "USA", "no-limits")))
                .producesNothing();
    }

    @Test
    void condemningOneOfThePartnersIsNotCondemningThePartnership() {
        RULES.verifyThat("condemned-partnership")
                .given(with(war(), relation("no-limits", "PARTNERS_WITH", "CHN", "RUS"),
                        relation("CONDEMNS", "NATO", "RUS")))
                .producesNothing();
    }

    @Test
    void condemningARelationThatIsNoPartnershipIsNoCondemnedPartnership() {
        RULES.verifyThat("condemned-partnership")
                .given(with(war(), relation("aid", "SUPPORTS", "CHN", "RUS"),
                        relation("CONDEMNS", "NATO", "aid")))
                .producesNothing();
    }

    @Test
    void anAggressorSupportingItselfIsNoSupportForAnAggressor() {
        List<Fact> facts = with(war(), relation("SUPPORTS", "RUS", "RUS"));

        RULES.verifyThat("support-for-aggressor").given(facts).producesNothing();
    }
}
