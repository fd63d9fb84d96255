package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;

import org.junit.jupiter.api.Test;

/**
 * Where a person's name ends, in the names news carries from many languages: particles ("da", "de"), an Arabic
 * article joined by a hyphen ("al-Assad"), and surnames the English tagger reads as adjectives or common nouns.
 * Each with a near miss.
 */
class PersonNamesTest {

    private static String personName(Draft draft) {
        return draft.ofType("Actor").stream().filter(fact -> "PERSON".equals(fact.field("kind")))
                .map(fact -> String.valueOf(fact.field("name"))).findFirst().orElse("(no person)");
    }

    @Test
    void aNameGoesOnOverItsParticlesToItsLastWord() {
        assertThat(personName(of("Brazilian President Lula da Silva condemned Venezuela.")))
                .isEqualTo("Lula da Silva");
        assertThat(personName(of("Portuguese President Marcelo Rebelo de Sousa condemned Russia.")))
                .isEqualTo("Marcelo Rebelo de Sousa");
    }

    @Test
    void anArabicArticleJoinedByAHyphenIsPartOfTheName() {
        assertThat(personName(of("Syrian President Bashar al-Assad condemned Israel."))).isEqualTo("Bashar al-Assad");
        assertThat(personName(of("Saudi Foreign Minister Adel al-Jubeir condemned Qatar.")))
                .isEqualTo("Adel al-Jubeir");
        // The near miss: the same article on a place, with no title or name before it, makes no person.
        assertThat(personName(of("Israel condemned raids on the al-Aqsa mosque."))).isEqualTo("(no person)");
    }

    @Test
    void aPersonNeverTakesTheIdOfARegionTheDraftAlsoHolds() {
        // Pasted in capitals, a region's name reads as a name after a title; its id stays the region's.
        Draft draft = of("Japan condemned China. President SOUTHEAST ASIA, INDONESIA SAID IT WAS CONCERNED.");
        assertThat(draft.facts().stream().filter(fact -> fact.id().equals("asia")).map(DraftFact::type))
                .containsOnly("Region");
        // The near miss: a surname no entry of the gazetteer uses keeps its plain id.
        assertThat(Drafts.actors(of("Japanese Foreign Minister Yoko Kamikawa condemned China."))).contains("kamikawa");
    }

    @Test
    void anOrganisationsOneWordNameClosingAPersonsNameIsTheSurname() {
        Draft draft = of("Austrian Foreign Minister Helga Maria Wagner condemned Hungary.");
        assertThat(Drafts.actorIds(draft)).contains("wagner").doesNotContain("WAGNER");
        // The near miss: the name alone, before a noun, is the group.
        assertThat(Drafts.actorIds(of("Wagner fighters attacked Bakhmut, Ukraine said."))).contains("WAGNER");
    }
}
