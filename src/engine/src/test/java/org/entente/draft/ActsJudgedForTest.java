package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A judgement on an actor "for" what it did ("condemned Russia for invading Ukraine") is of that act: the relation the
 * sentence drafts from the actor in the words after "for" (`judgedForKinds`). With no such act drafted, or for a
 * measure rather than a judgement, it stays on the actor. Each with a near miss.
 */
class ActsJudgedForTest {

    @Test
    void aCondemnationForAnActIsOfTheAct() {
        assertJudgesTheAct("Canada condemned Azerbaijan for firing rockets at Armenia on Monday.", "CONDEMNS",
                "ATTACKS", "AZE");
    }

    @Test
    void praiseForAnActIsSupportOfTheAct() {
        assertJudgesTheAct("Norway praised Ghana for signing a trade agreement with Togo.", "SUPPORTS",
                "SIGNS_AGREEMENT", "GHA");
    }

    @Test
    void aCondemnationForWhatDraftsNoActStaysOnTheActor() {
        // The near miss: "its treatment of migrants" is no act the drafter reads, so Chile itself is condemned.
        assertThat(targetsOf("Peru condemned Chile for its treatment of migrants.", "CONDEMNS")).containsExactly("CHL");
    }

    @Test
    void anActOfAnotherAgentAfterForLeavesTheJudgementOnTheActor() {
        // The near miss: the act after "for" is Peru's, not Bolivia's, so Bolivia is the one criticised.
        assertThat(targetsOf("Chile criticised Bolivia for letting Peru attack Ecuador.", "CONDEMNS"))
                .noneMatch(to -> to.startsWith("rel-"));
    }

    @Test
    void aMeasureForAnActFallsOnTheActor() {
        // The near miss: sanctions for an invasion are sanctions on the state, not a judgement of its act.
        assertThat(targetsOf("Japan imposed sanctions on Russia for invading Ukraine.", "SANCTIONS")).contains("RUS");
    }

    @Test
    void anotherAttackIsNoReferenceBack() {
        // "another", "a new": an act of its own, not the one drafted before.
        assertThat(targetsOf("Israel struck Syria on Monday. Egypt condemned another attack on Tuesday. Jordan "
                + "condemned a new strike on Syria.", "CONDEMNS")).isEmpty();
        assertThat(targetsOf("Israel struck Syria on Monday. Egypt condemned the attack.", "CONDEMNS"))
                .containsExactly("rel-isr-attacks-syr");
    }

    private static void assertJudgesTheAct(String text, String judgement, String kind, String agent) {
        Draft draft = of(text);
        DraftFact act = only(relations(draft, kind));
        assertThat(act.field("from")).isEqualTo(agent);
        assertThat(only(relations(draft, judgement)).field("to")).isEqualTo(act.id());
    }

    private static List<String> targetsOf(String text, String kind) {
        return relations(of(text), kind).stream().map(fact -> String.valueOf(fact.field("to"))).toList();
    }
}
