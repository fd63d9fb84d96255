package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.actor;
import static org.entente.draft.Drafts.actors;
import static org.entente.draft.Drafts.of;

import org.junit.jupiter.api.Test;

/**
 * Persons a title introduces, set off by commas, whom the tagger reads poorly ("Huang/VERB"), whose given names
 * hyphenate in lower case ("Ho-jin"), or whose title is held through a possessive ("his special envoy", "the
 * ministry's spokeswoman"). Sentences written for these tests, each with a near miss that must not yield a person.
 */
class TitledPersonsTest {

    @Test
    void aNameSetOffByCommasAfterATitleIsThePersonWhateverItsTags() {
        Draft draft = of("On Monday Hanoi summoned the Chinese ambassador, Huang Xilian.");
        assertThat(actor(draft, "huang").fields()).containsEntry("represents", "CHN");
        // The near misses: a title with no name after it, and a place where a name would stand, are no one (the
        // envoy after its demonym stands for its state, envoyNouns, but is no person).
        assertThat(actors(of("On Monday Hanoi summoned the Chinese ambassador, who left."))).containsExactly("VNM",
                "CHN");
        assertThat(actors(of("On Monday Hanoi summoned the Chinese ambassador, Beijing said.")))
                .allMatch(id -> id.equals("VNM") || id.equals("CHN"));
    }

    @Test
    void aTitleAfterAPossessiveIsHeldForWhatThePossessiveNames() {
        Draft envoy = of("The NATO Secretary General, Mark Rutte, was alarmed. Anna Berg, his special envoy for "
                + "Georgia, told reporters that talks had stalled.");
        assertThat(actor(envoy, "berg").fields()).containsEntry("represents", "NATO");
        Draft ministry = of("Bogota was not persuaded. Lucia Ortega Ramos, the foreign ministry's spokeswoman, called "
                + "the raid a breach.");
        assertThat(actor(ministry, "ramos").fields()).containsEntry("represents", "col-mfa");
        // The near miss: a possessive before no title names no one's representative.
        assertThat(actors(of("Bogota was not persuaded. Lucia Ortega Ramos, the ministry's old friend, called the raid "
                + "a breach."))).doesNotContain("ramos");
    }

    @Test
    void theOfficeAnArticleGivesAKnownPersonIsWhomThePersonSpeaksFor() {
        assertThat(actor(of("Donald Tusk, the president of the European Council, urged Serbia and Kosovo to "
                + "talk."), "tusk").field("represents")).isEqualTo("EUROPEAN-COUNCIL");
        // Near misses: with no office after the name, or an office of no organisation the lexicon knows, the
        // lexicon's own reading stands.
        assertThat(actor(of("Donald Tusk urged Serbia and Kosovo to talk."), "tusk").field("represents"))
                .isEqualTo("POL");
        assertThat(actor(of("Donald Tusk, the leader of Civic Platform, urged Serbia and Kosovo to talk."),
                "tusk").field("represents")).isEqualTo("POL");
    }
}
