package org.entente.rules;

import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.outreach;
import static org.entente.testing.Facts.partner;
import static org.entente.testing.Facts.position;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Decision;
import org.entente.domain.Fact;
import org.entente.domain.Stance;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/partners.drl */
class PartnersRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    /**
     * NATO reaches out to the Indo-Pacific, where Japan lies (in east Asia, in Asia), and plans an office in Asia;
     * France is a member; Finland lies in Europe.
     */
    private static List<Fact> alliance() {
        return List.of(organisation("NATO"), region("world"), region("euro-atlantic", "world"),
                region("europe", "euro-atlantic"), region("indo-pacific", "world"), region("asia", "indo-pacific"),
                region("east-asia", "asia"), state("JPN", "east-asia"), state("FIN", "europe"), state("FRA", "europe"),
                state("CHN", "east-asia"), member("FRA", "NATO"),
                outreach("ip-outreach", "NATO", "indo-pacific"),
                initiative("office", "NATO", "asia", Decision.CONSENSUS));
    }


    @Test
    void aPartnerThatIsNotAMemberIsANonMemberPartner() {
        RULES.verifyDerivations()
                .given(with(alliance(), partner("JPN", "NATO")))
                .derives("non-member-partner:JPN:NATO");
    }

    @Test
    void aPartnerThatIsAlsoAMemberIsNotANonMemberPartner() {
        RULES.verifyDerivations()
                .given(with(alliance(), partner("FRA", "NATO")))
                .doesNotDerive("non-member-partner:FRA:NATO");
    }

    @Test
    void membershipOfAnotherOrganisationStillLeavesANonMemberPartner() {
        RULES.verifyDerivations()
                .given(with(alliance(), organisation("QUAD"), member("JPN", "QUAD"), partner("JPN", "NATO")))
                .derives("non-member-partner:JPN:NATO");
    }

    @Test
    void anOutreachAddressesANonMemberPartnerLyingInsideItsRegion() {
        RULES.verifyDerivations()
                .given(with(alliance(), partner("JPN", "NATO")))
                .derives("outreach-partner:ip-outreach:JPN");
    }

    @Test
    void anOutreachDoesNotAddressAPartnerLyingOutsideItsRegion() {
        RULES.verifyDerivations()
                .given(with(alliance(), partner("FIN", "NATO")))
                .derives("non-member-partner:FIN:NATO")
                .doesNotDerive("outreach-partner:ip-outreach:FIN");
    }

    @Test
    void anOutreachDoesNotAddressAPartnerThatIsAlsoAMember() {
        RULES.verifyDerivations()
                .given(with(alliance(), state("KOR", "east-asia"), partner("KOR", "NATO"), member("KOR", "NATO")))
                .doesNotDerive("outreach-partner:ip-outreach:KOR");
    }

    @Test
    void anOutreachDoesNotAddressAnotherOrganisationsPartner() {
        RULES.verifyDerivations()
                .given(with(alliance(), organisation("QUAD"), partner("JPN", "QUAD")))
                .doesNotDerive("outreach-partner:ip-outreach:JPN");
    }

    @Test
    void anOutreachDoesNotAddressAPartnerWithoutAHomeRegion() {
        RULES.verifyDerivations()
                .given(with(alliance(), state("NZL"), partner("NZL", "NATO")))
                .derives("non-member-partner:NZL:NATO")
                .doesNotDerive("outreach-partner:ip-outreach:NZL");
    }

    @Test
    void opposingAnInitiativeIsAnOpposition() {
        RULES.verifyDerivations()
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES)))
                .derives("opposition:FRA:office");
    }

    @Test
    void supportingAnInitiativeIsNoOpposition() {
        RULES.verifyDerivations()
                .given(with(alliance(), position("FRA", "office", Stance.SUPPORTS)))
                .doesNotDerive("opposition:FRA:office");
    }

    @Test
    void objectingToAnOutreachIsAnOpposition() {
        RULES.verifyDerivations()
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .derives("opposition:CHN:ip-outreach");
    }

    @Test
    void condemningOrRejectingAnOutreachOpposesItAsAnObjectionDoes() {
        RULES.verifyDerivations()
                .given(with(alliance(), relation("CONDEMNS", "CHN", "ip-outreach"), relation("REJECTS", "RUS", "office")))
                .derives("opposition:CHN:ip-outreach")
                .derives("opposition:RUS:office");
    }

    @Test
    void supportingAnOutreachIsNoOpposition() {
        RULES.verifyDerivations()
                .given(with(alliance(), relation("SUPPORTS", "CHN", "ip-outreach")))
                .doesNotDerive("opposition:CHN:ip-outreach");
    }

    @Test
    void objectingToAnInitiativeIsAnOpposition() {
        RULES.verifyDerivations()
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "office")))
                .derives("opposition:CHN:office");
    }

    @Test
    void aSupportRelationToAnInitiativeIsNoOpposition() {
        RULES.verifyDerivations()
                .given(with(alliance(), relation("SUPPORTS", "CHN", "office")))
                .doesNotDerive("opposition:CHN:office");
    }

    @Test
    void objectingToAnActorIsNoOppositionToAnOrganisationsPlans() {
        RULES.verifyDerivations()
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "JPN")))
                .doesNotDerive("opposition:CHN:JPN");
    }
}
