package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * Three forms of wire-service English: an attack named by its noun after its owner ("Russia's assault on Ukraine"), an ally named by
 * the possessive of the state it is allied with ("Serbia, Russia's traditional ally"), and a telephone call
 * ("telephoned", "a phone call with"), which is CAMEO 041, not a meeting. Each
 * with a near miss.
 */
class AttacksAlliesAndCallsTest {

    @Test
    void anAttackNamedByItsNounIsAnAttackOnItsTarget() {
        assertThat(relations(of("Russia's assault on Ukraine began in February."), "ATTACKS"))
                .anyMatch(between("RUS", "UKR"));
        assertThat(relations(of("Russia launched an offensive against Ukraine in February. Germany condemned the "
                + "offensive."), "CONDEMNS")).anyMatch(fact -> "DEU".equals(fact.field("from")));
        // The near misses: an attack on a building names no state attacked, and one that is only warned of is
        // nobody's.
        assertThat(relations(of("Germany condemned the attack on the embassy."), "ATTACKS")).isEmpty();
        assertThat(relations(of("Chad warned that an attack on Niger would be treated as a declaration of war."),
                "ATTACKS")).isEmpty();
    }

    @Test
    void anAllyNamedByThePossessiveOfItsPartnerIsAPartnershipBothWays() {
        Draft draft = of("Serbia, Russia's traditional ally, abstained.");
        assertThat(relations(draft, "PARTNERS_WITH")).anyMatch(between("SRB", "RUS")).anyMatch(between("RUS", "SRB"));
        // The near miss: a neighbour is no ally.
        assertThat(relations(of("Poland, Ukraine's neighbour, condemned Russia."), "PARTNERS_WITH")).isEmpty();
    }

    @Test
    void aTelephoneCallIsADiscussionByTelephoneNotAMeeting() {
        Draft call = of("Chinese President Xi Jinping telephoned Ukrainian President Volodymyr Zelensky on Wednesday.");
        assertThat(relations(call, "DISCUSSES_BY_TELEPHONE")).anyMatch(between("xi", "zelensky"));
        assertThat(relations(call, "MEETS")).isEmpty();
        assertThat(relations(of("Kenyan President William Ruto held a phone call with Ethiopian Prime Minister Abiy Ahmed."),
                "DISCUSSES_BY_TELEPHONE")).hasSize(1);
        // The near misses: to call a state something, or to call on it, is no call.
        assertThat(relations(of("Kenya called Ethiopia a partner."), "DISCUSSES_BY_TELEPHONE")).isEmpty();
        assertThat(relations(of("The pact, called AUKUS, was unveiled by three leaders."), "DISCUSSES_BY_TELEPHONE"))
                .isEmpty();
        assertThat(relations(of("Beijing called on Manila to stop."), "DISCUSSES_BY_TELEPHONE")).isEmpty();
    }
}
