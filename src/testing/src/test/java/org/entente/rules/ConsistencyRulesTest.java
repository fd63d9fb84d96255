package org.entente.rules;

import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.statedCount;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Fact;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/consistency.drl */
class ConsistencyRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    /** NATO with two listed members; Japan belongs to another organisation. */
    private static List<Fact> alliance() {
        return List.of(organisation("NATO"), organisation("QUAD"), state("FRA"), state("USA"), state("JPN"),
                member("FRA", "NATO"), member("USA", "NATO"), member("JPN", "QUAD"));
    }


    @Test
    void aStatedCountAboveTheListedMembersIsAMismatch() {
        RULES.verifyThat("stated-count-mismatch")
                .given(with(alliance(), statedCount("NATO", 3)))
                .producesExactly(List.of("NATO"));
    }

    @Test
    void aStatedCountBelowTheListedMembersIsAMismatch() {
        RULES.verifyThat("stated-count-mismatch")
                .given(with(alliance(), statedCount("NATO", 1)))
                .producesExactly(List.of("NATO"));
    }

    @Test
    void aStatedCountEqualToTheListedMembersIsNoMismatch() {
        RULES.verifyThat("stated-count-mismatch")
                .given(with(alliance(), statedCount("NATO", 2)))
                .producesNothing();
    }

    @Test
    void aStatedCountWithNoListedMembersAtAllIsAMismatch() {
        RULES.verifyThat("stated-count-mismatch")
                .given(organisation("NATO"), statedCount("NATO", 31))
                .producesExactly(List.of("NATO"));
    }

    @Test
    void membersOfAnotherOrganisationAreNotCounted() {
        RULES.verifyThat("stated-count-mismatch")
                .given(with(alliance(), statedCount("NATO", 2), statedCount("QUAD", 1)))
                .producesNothing();
    }

    @Test
    void aDuplicatedMembershipDoesNotMaskAMissingMember() {
        RULES.verifyThat("stated-count-mismatch")
                .given(organisation("NATO"), state("FRA"), state("USA"), member("FRA", "NATO"), member("FRA", "NATO"),
                        member("USA", "NATO"), statedCount("NATO", 3))
                .producesExactly(List.of("NATO"));
    }

    @Test
    void withoutAStatedCountThereIsNothingToDisagreeWith() {
        RULES.verifyThat("stated-count-mismatch")
                .given(alliance())
                .producesNothing();
    }

    @Test
    void addingTheMissingMemberResolvesTheMismatch() {
        RULES.verifyThat("stated-count-mismatch")
                .given(with(alliance(), statedCount("NATO", 3)))
                .produces("NATO");
        RULES.verifyThat("stated-count-mismatch")
                .given(with(alliance(), statedCount("NATO", 3), state("DEU"), member("DEU", "NATO")))
                .producesNothing();
    }
}
