package org.entente.rules;

import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.outreach;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Decision;
import org.entente.domain.Fact;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/rivalry.drl */
class RivalryRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"));

    /** The theatre: Washington's mechanisms in the Indo-Pacific, NATO's office in Asia, the states around them. */
    private static List<Fact> theatre() {
        return List.of(region("world"), region("indo-pacific", "world"), region("asia", "indo-pacific"),
                state("CHN", "asia"), state("USA"), state("JPN", "asia"), state("RUS"), state("AUS"),
                organisation("NATO"), member("USA", "NATO"),
                outreach("mechanisms", "USA", "indo-pacific"),
                initiative("office", "NATO", "asia", Decision.CONSENSUS));
    }

    @Test
    void accusingAnothersRegionalMechanismsOfContainmentIsAContainmentAccusation() {
        RULES.verifyThat("containment-accusation")
                .given(with(theatre(), relation("ACCUSES_OF_CONTAINMENT", "CHN", "mechanisms")))
                .producesExactly(List.of("CHN", "USA", "mechanisms"));
    }

    @Test
    void anOrganisationsInitiativeCanBeAccusedOfContainmentToo() {
        RULES.verifyThat("containment-accusation")
                .given(with(theatre(), relation("ACCUSES_OF_CONTAINMENT", "CHN", "office")))
                .producesExactly(List.of("CHN", "NATO", "office"));
    }

    @Test
    void aPlainObjectionIsNoContainmentAccusation() {
        RULES.verifyThat("containment-accusation")
                .given(with(theatre(), relation("OBJECTS_TO", "CHN", "mechanisms")))
                .producesNothing();
    }

    @Test
    void anAccusationAimedAtAnActorRatherThanAPlanRestatesOneFactAndIsNoFinding() {
        RULES.verifyThat("containment-accusation")
                .given(with(theatre(), relation("ACCUSES_OF_CONTAINMENT", "CHN", "USA")))
                .producesNothing();
    }

    @Test
    void cooperatingWithPartnersToCounterAThirdIsACounterAlignment() {
        RULES.verifyThat("counter-alignment")
                .given(with(theatre(), relation("COUNTERS", "NATO", "RUS"),
                        relation("SEEKS_CLOSER_TIES", "NATO", "JPN"), relation("SEEKS_CLOSER_TIES", "NATO", "AUS")))
                .producesExactly(List.of("NATO", "RUS", "AUS", "JPN"));
    }

    @Test
    void counteringWithoutCooperatingWithAnyoneIsNoCounterAlignment() {
        // A statement weighs zero: it is no cooperation.
        RULES.verifyThat("counter-alignment")
                .given(with(theatre(), relation("COUNTERS", "NATO", "RUS"), relation("MAKES_STATEMENT", "NATO", "JPN")))
                .producesNothing();
    }

    @Test
    void cooperatingWithTheCounteredActorItselfDoesNotCount() {
        RULES.verifyThat("counter-alignment")
                .given(with(theatre(), relation("COUNTERS", "NATO", "RUS"), relation("SEEKS_CLOSER_TIES", "NATO", "RUS")))
                .producesNothing();
    }

    @Test
    void threateningAResponseToAnOrganisationsPlanIsAThreatenedResponse() {
        RULES.verifyThat("threatened-response")
                .given(with(theatre(), relation("THREATENS", "CHN", "office")))
                .producesExactly(List.of("CHN", "NATO", "office"));
    }

    @Test
    void aThreatAimedAtNoPlanIsNoThreatenedResponse() {
        RULES.verifyThat("threatened-response")
                .given(with(theatre(), relation("THREATENS", "CHN", "JPN"), relation("CONDEMNS", "CHN", "office")))
                .producesNothing();
    }
}
