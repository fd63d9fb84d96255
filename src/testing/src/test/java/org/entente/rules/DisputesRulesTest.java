package org.entente.rules;

import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Fact;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/disputes.drl */
class DisputesRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"));

    /** France, Australia and the United States; France and the US in NATO, France in the EU; a 2016 contract. */
    private static List<Fact> allies() {
        return List.of(state("FRA"), state("AUS"), state("USA"), organisation("NATO"), organisation("EU"),
                member("FRA", "NATO"), member("USA", "NATO"), member("FRA", "EU"),
                relation("contract", "SIGNS_AGREEMENT", "AUS", "FRA"),
                relation("cancellation", "CANCELS_AGREEMENT", "AUS", "contract"));
    }

    @Test
    void aCancelledAgreementAnsweredByARecallIsMutualHostility() {
        RULES.verifyThat("mutual-hostility")
                .given(with(allies(), relation("RECALLS_AMBASSADOR", "FRA", "AUS")))
                .producesExactly(List.of("AUS", "FRA"));
    }

    @Test
    void aCancellationThatIsNotAnsweredIsNoMutualHostility() {
        RULES.verifyThat("mutual-hostility")
                .given(with(allies(), relation("SEEKS_CLOSER_TIES", "FRA", "AUS")))
                .producesNothing();
    }

    @Test
    void cancellingAnAgreementOthersMadeActsAgainstNeitherParty() {
        RULES.verifyThat("mutual-hostility")
                .given(with(allies(), relation("CANCELS_AGREEMENT", "USA", "contract"),
                        relation("RECALLS_AMBASSADOR", "FRA", "USA")))
                .producesNothing();
    }

    @Test
    void aRecallFromAFellowMemberIsAMemberRift() {
        RULES.verifyThat("member-rift")
                .given(with(allies(), relation("RECALLS_AMBASSADOR", "FRA", "USA")))
                .producesExactly(List.of("FRA", "USA", "NATO"));
    }

    @Test
    void wordsAloneBetweenFellowMembersAreNoRift() {
        RULES.verifyThat("member-rift")
                .given(with(allies(), relation("ACCUSES", "FRA", "USA")))
                .producesNothing();
    }

    @Test
    void aRecallFromAStateOutsideEveryOrganisationOfTheActorIsNoRift() {
        RULES.verifyThat("member-rift")
                .given(with(allies(), relation("RECALLS_AMBASSADOR", "FRA", "AUS")))
                .producesNothing();
    }

    @Test
    void anOrganisationCondemningAnActAgainstItsMemberTakesItsSide() {
        RULES.verifyThat("member-solidarity")
                .given(with(allies(), relation("CONDEMNS", "EU", "cancellation")))
                .producesExactly(List.of("EU", "FRA", "AUS"));
    }

    @Test
    void condemningAnActAgainstANonMemberIsNoSolidarity() {
        RULES.verifyThat("member-solidarity")
                .given(with(allies(), relation("ousting", "RECALLS_AMBASSADOR", "FRA", "USA"),
                        relation("CONDEMNS", "EU", "ousting")))
                .producesNothing();
    }

    @Test
    void anOrganisationDoesNotTakeSidesBetweenTwoOfItsOwnMembers() {
        RULES.verifyThat("member-solidarity")
                .given(with(allies(), relation("ousting", "RECALLS_AMBASSADOR", "USA", "FRA"),
                        relation("CONDEMNS", "NATO", "ousting")))
                .producesNothing();
    }
}
