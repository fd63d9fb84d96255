package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * An act news names by its noun, with its agent after "by" ("the strike on Yemen by Saudi Arabia"), is drafted from
 * that noun phrase, as firm as its sentence makes it, and the act on it in the same sentence points at it; an act set
 * off after a comma as "a move" or "a step" is the sentence's act, and what someone did about it is an act on that
 * act. Each with a near miss.
 */
class ActsNamedByNounsTest {

    /** The one attack the sentence drafts, from and to these and quoting it, and the one condemnation, said of it. */
    private static void condemnedAttack(String sentence, String condemner, String from, String to) {
        Draft draft = of(sentence);
        DraftFact attack = only(relations(draft, "ATTACKS"));
        assertThat(attack.field("from")).isEqualTo(from);
        assertThat(attack.field("to")).isEqualTo(to);
        assertThat(attack.evidence()).containsExactly(sentence);
        DraftFact condemnation = only(relations(draft, "CONDEMNS"));
        assertThat(condemnation.field("from")).isEqualTo(condemner);
        assertThat(condemnation.field("to")).isEqualTo(attack.id());
        assertThat(condemnation.status()).isEqualTo(FactStatus.STATED);
    }

    @Test
    void anActNamedWithItsAgentIsDraftedAndTheCondemnationPointsAtIt() {
        condemnedAttack("Norway condemned the strike on Yemen by Saudi Arabia.", "NOR", "SAU", "YEM");
        // The near miss: a strike whose agent the sentence does not name is no act, so nothing is condemned.
        Draft unnamed = of("Norway condemned the strike on Yemen.");
        assertThat(relations(unnamed, "ATTACKS")).isEmpty();
        assertThat(relations(unnamed, "CONDEMNS")).isEmpty();
    }

    @Test
    void anInvasionOfAnotherIsNoInvasionDraftedBefore() {
        Draft draft = of("Libya's invasion of Niger began in May. Peru condemned the invasion of Bolivia by Chile.");
        DraftFact invasion = only(relations(draft, "INVADED").stream()
                .filter(fact -> "CHL".equals(fact.field("from"))).toList());
        assertThat(invasion.field("to")).isEqualTo("BOL");
        assertThat(only(relations(draft, "CONDEMNS")).field("to")).isEqualTo(invasion.id());
        // The near miss: "the invasion of Ukraine" names a party Libya's invasion lacks, so it is not that invasion,
        // and with no agent named it is no act of its own either.
        Draft other = of("Libya's invasion of Niger began in May. Kenya criticised the invasion of Ukraine.");
        assertThat(relations(other, "CONDEMNS")).isEmpty();
    }

    @Test
    void aSuspectedAttackIsOnlyReported() {
        DraftFact suspected = only(relations(of("Officials in Lima described the suspected attack on Chile by "
                + "Argentina."), "ATTACKS"));
        assertThat(suspected.status()).isEqualTo(FactStatus.REPORTED);
        // The near miss: the same attack, named with no doubt, is as firm as a noun makes it.
        DraftFact named = only(relations(of("Officials in Lima described the attack on Chile by Argentina."),
                "ATTACKS"));
        assertThat(named.status()).isNotEqualTo(FactStatus.REPORTED);
    }

    /** The one act of that kind the text drafts, and the one act on it, by that actor, said, which it returns. */
    private static DraftFact actOnAct(String text, String actKind, String kind, String from) {
        Draft draft = of(text);
        DraftFact act = only(relations(draft, actKind));
        DraftFact on = only(relations(draft, kind));
        assertThat(on.field("from")).isEqualTo(from);
        assertThat(on.field("to")).isEqualTo(act.id());
        assertThat(on.status()).isEqualTo(FactStatus.STATED);
        return on;
    }

    @Test
    void aMoveSetOffAfterTheActIsThatAct() {
        String sentence = "Kenya suspended its aid to Uganda, a decision that Tanzania welcomed.";
        assertThat(actOnAct(sentence, "REDUCES_RELATIONS", "SUPPORTS", "TZA").evidence()).containsExactly(sentence);
        // The near miss: a welcome denied is none.
        assertThat(relations(of("Kenya suspended its aid to Uganda, a decision that Tanzania did not welcome."),
                "SUPPORTS")).isEmpty();
    }

    @Test
    void aStepCalledAProvocationCondemnsTheAct() {
        actOnAct("Brazil accused Argentina of spying, a step Chile described as a provocation.", "ACCUSES", "CONDEMNS",
                "CHL");
        // The near miss: with no act reported before it, "a move" is nothing to condemn.
        assertThat(of("Ghana held elections in May, a move Togo condemned.").ofType("Relation")).isEmpty();
    }

    @Test
    void aDemonymBeforeAnActsNounSaysWhoseActItIs() {
        condemnedAttack("Ghana condemned the Israeli strikes on Lebanon.", "GHA", "ISR", "LBN");
        // Without its party the noun refers back, as "Iran's attack" does, to the act of that state drafted before.
        Draft before = of("Iran attacked Israel on Sunday. Brazil condemned the Iranian attack.");
        assertThat(only(relations(before, "CONDEMNS")).field("to"))
                .isEqualTo(only(relations(before, "ATTACKS")).id());
        // The near misses: with no such act drafted the words refer to nothing, and a demonym before goods names no
        // one.
        assertThat(of("Norway condemned the Iranian attack.").ofType("Relation")).isEmpty();
        assertThat(Drafts.actors(of("Kenya imported Russian wheat."))).doesNotContain("RUS");
    }

    @Test
    void theCoupIsTheOusterDraftedBefore() {
        DraftFact condemnation = actOnAct("Gabon's army ousted Gabonese President Ali Bongo on Wednesday. Senegal "
                + "condemned the coup.", "COERCES", "CONDEMNS", "SEN");
        assertThat(condemnation.evidence()).containsExactly("Senegal condemned the coup.");
        // The near miss: a coup the article does not report is nothing to condemn.
        assertThat(of("Senegal condemned the coup.").ofType("Relation")).isEmpty();
    }
}
