package org.entente.draft;

import java.util.List;

/**
 * A stretch of a sentence that names an actor, a region or a group of states, and how it was recognised (the
 * drafted fact's note says so, and a coreference lowers its confidence).
 *
 * @param from       first token
 * @param to         token after the last (the possessive 's included)
 * @param ids        the actors (one, or several for a group) or the region meant
 * @param region     true for a region, false for actors
 * @param via        how it was recognised
 * @param place      a state or capital after a preposition of place: where something happens, not who acts
 * @param possessive followed by 's
 * @param owned      the lemma of the noun after a possessive ("partnership" in "Russia's partnership"), or null
 */
record Mention(int from, int to, List<String> ids, boolean region, Via via, boolean place, boolean possessive,
               String owned) {

    enum Via {
        NAME("its name"), CAPITAL("its capital"), SEAT("the seat of its government"), DEMONYM("its demonym before an agency, an envoy, or one of its nationals, ships or posts"),
        PEOPLE("its people, named by its demonym as a noun ('three Malawians', 'a Uruguayan')"),
        DEMONYM_ACT("its demonym before the noun of its act ('the Russian invasion'), read as its possessive"),
        TITLE("a title before a name"), PERSON("a known name"), SURNAME("a surname named before"),
        REFERENCE("a reference back"), PRONOUN("a pronoun before an agency"), GROUP("a count of states named before, or the "
                + "two sides of what the article is about, the two actors it has named most"),
        CONTEXT("a title with no state before it, read as speaking for the state the sentence or the one before is "
                + "about, else the one the article's lead names first"),
        EXAMPLE("an example of a region ('places like'), drafted as a region of its own in which no state lies"),
        FACT("a reference back to an act or a plan drafted before"),
        ACT_OF_SENTENCE("a definite noun of an act that the sentence itself reports before it ('accuses Tehran of "
                + "arming the group; Iran rejects the accusation'), read as that act"),
        APPOSITION("a name followed by its title, set off by a comma"),
        SUBJECT_PRONOUN("a pronoun subject: the person, the state or organisation that is a subject, or the whole list, "
                + "the sentence named before it"),
        OBJECT_PRONOUN("a pronoun object: the person this sentence or the one before named last ('them': the many "
                + "this sentence named last), who is not the subject of its verb"),
        INTRODUCED("a name the article introduces itself, which no gazetteer entry covers"),
        DESCRIPTION("a name followed by a description set off by a comma, of what the person is for an actor ('a "
                + "spokesman for', 'an aide to') or heads ('who heads')"),
        ROLE_TITLE("a name with a title the lexicon lacks, read by the title's head noun and the state or "
                + "organisation it names"),
        BODY("a body of a state named with its state ('Nigeria's senate', 'the Kenyan parliament')"),
        BODY_IN_CONTEXT("a body of a state named without its state ('the Senate', 'the foreign ministry'), read as the "
                + "body of the state of the capital after it ('in Mogadishu'), else of the state the sentence or the one "
                + "before is about"),
        TITLE_REFERENCE("a reference back by a title ('the minister') to the person named last with it"),
        ROLE("a reference back, by its role or head noun ('the junta', 'the council'), to the group the article "
                + "introduced last with it");

        final String description;

        Via(String description) {
            this.description = description;
        }

        boolean resolved() {
            return this == REFERENCE || this == PRONOUN || this == GROUP || this == SURNAME || this == CONTEXT
                    || this == FACT || this == ACT_OF_SENTENCE || this == SUBJECT_PRONOUN || this == OBJECT_PRONOUN || this == ROLE_TITLE
                    || this == BODY_IN_CONTEXT || this == DESCRIPTION
                    || this == ROLE || this == TITLE_REFERENCE;
        }
    }

    String id() {
        return ids.get(0);
    }

    /**
     * A reference back to a drafted fact ("the cancellation"): an object of an act, never an actor. For an act of the
     * sentence itself ({@link Via#ACT_OF_SENTENCE}) the id is the relation kind its noun names, which the drafter
     * reads as the act of that kind the sentence drafts before the noun.
     */
    boolean fact() {
        return via == Via.FACT || via == Via.ACT_OF_SENTENCE;
    }
}
