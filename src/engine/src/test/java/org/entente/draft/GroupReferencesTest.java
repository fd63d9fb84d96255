package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.actors;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors named by a group: "the two leaders signed a treaty" is the pair "A and B signed a treaty" names, "the
 * Europeans" the European group the article introduced, and an act on an act is read as what it is said of ("called
 * the pact a threat" condemns the pact). Each with a near miss.
 */
class GroupReferencesTest {

    /** An invented group of four European states, introduced as news introduces one. */
    private static final String EQ4 = "The four European powers, known as the EQ4, wrote to the Security Council on "
            + "Monday. ";

    /** The relations of that kind, as "from>to", drafted from the EQ4's introduction and then the sentence. */
    private static List<String> afterEq4(String sentence, String kind) {
        return pairs(of(EQ4 + sentence), kind);
    }

    @Test
    void aGroupOfTwoSignsAsThePairItNames() {
        Draft draft = of("Argentina's president flew to Montevideo to meet Uruguay's president. The two countries "
                + "signed a treaty on fishing rights.");
        assertThat(pairs(draft, "SIGNS_AGREEMENT")).contains("ARG>URY");
        // The near miss: two countries named alone sign nothing, as before.
        assertThat(pairs(of("Argentina's president met Uruguay's president. Fishing rights were discussed."),
                "SIGNS_AGREEMENT")).isEmpty();
    }

    @Test
    void aPairsPossessiveOwnsThePairsTreaty() {
        assertThat(pairs(of("Japan and Australia's defence pact dates from 2007."), "SIGNS_AGREEMENT"))
                .contains("JPN>AUS");
        assertThat(pairs(of("Chile's president met Peru's president in Lima. The two countries' defence treaty dates "
                + "from 1985."), "SIGNS_AGREEMENT")).contains("CHL>PER");
        // The near miss: three countries' treaty is no pact of a pair.
        assertThat(pairs(of("Chile, Peru and Bolivia met in Lima. The three countries' defence treaty dates from "
                + "1985."), "SIGNS_AGREEMENT")).isEmpty();
    }

    @Test
    void aGroupOfTwoMeetsAsThePairItNames() {
        Draft draft = of("Kenya and Uganda have quarrelled over Migingo island for a decade. The two leaders met in "
                + "Arusha on Friday.");
        assertThat(relations(draft, "MEETS")).anyMatch(between("KEN", "UGA").or(between("UGA", "KEN")));
        // The near miss: three leaders met are three pairs a misreading would each get wrong, so none is drafted.
        assertThat(relations(of("Kenya, Uganda and Tanzania have quarrelled over Lake Victoria for a decade. The "
                + "three leaders met in Arusha on Friday."), "MEETS")).isEmpty();
    }

    @Test
    void aPairThatLeavesOutAStateTheSentenceNamesPairsNoOne() {
        // "The two countries" here are Brazil and Guyana; read as the two states named before (Brazil and Paraguay),
        // the pair would be wrong, so it signs nothing.
        Draft draft = of("Brazil received Paraguay's foreign minister on Monday. On Tuesday he met Guyana's "
                + "president, and the two countries signed agreements on energy.");
        assertThat(pairs(draft, "SIGNS_AGREEMENT")).doesNotContain("BRA>PRY", "PRY>BRA");
    }

    @Test
    void callingAnActAThreatCondemnsIt() {
        Draft draft = of("Chile and Peru signed a defence pact in Lima on Monday. Bolivia called the pact a threat "
                + "to its security.");
        assertThat(relations(draft, "CONDEMNS")).anyMatch(fact -> "BOL".equals(fact.field("from"))
                && String.valueOf(fact.field("to")).startsWith("rel-"));
        assertThat(relations(draft, "NAMES_AS_CHALLENGE")).isEmpty();
        // The near miss: a state called a threat is named as a challenge, not condemned.
        Draft named = of("Bolivia called Chile a threat to its security.");
        assertThat(pairs(named, "NAMES_AS_CHALLENGE")).containsExactly("BOL>CHL");
        assertThat(relations(named, "CONDEMNS")).isEmpty();
    }

    @Test
    void theEuropeansAreTheEuropeanGroupTheArticleIntroduced() {
        assertThat(actors(of(EQ4))).contains("EQ4");
        assertThat(afterEq4("Russia accused the Europeans of stalling the talks.", "ACCUSES"))
                .containsExactly("RUS>EQ4");
        // The near misses: with no group introduced, or only one that is not European, "the Europeans" are no one.
        assertThat(pairs(of("Russia accused the Europeans of stalling the talks."), "ACCUSES")).isEmpty();
        assertThat(pairs(of("The three Andean powers, known as the AP3, wrote to the Security Council on Monday. "
                + "Russia accused the Europeans of stalling the talks."), "ACCUSES")).isEmpty();
    }

    @Test
    void aCountHeadingAGroupsDescriptionIsHowManyMembersItHas() {
        assertThat(of(EQ4).ofType("StatedCount")).anyMatch(fact -> "EQ4".equals(fact.field("organisation"))
                && Integer.valueOf(4).equals(fact.field("members")));
        // The near miss: a description with no count says nothing of how many.
        assertThat(of("The European powers, known as the EQ4, wrote to the Security Council on Monday.")
                .ofType("StatedCount")).noneMatch(fact -> "EQ4".equals(fact.field("organisation")));
    }

    @Test
    void aCountOfGovernmentsIsTheGroupIntroducedWithThatCount() {
        assertThat(afterEq4("Norway said the letter was premature, and the four governments urged Iran to comply.",
                "APPEALS_TO")).containsExactly("EQ4>IRN");
        // The near miss: four states the sentence names itself are the four governments.
        assertThat(afterEq4("After France, Germany, Italy and Spain met in Rome, the four governments urged Iran to "
                + "comply.", "APPEALS_TO")).containsExactlyInAnyOrder("FRA>IRN", "DEU>IRN", "ITA>IRN", "ESP>IRN");
    }

    @Test
    void hisEuropeanCounterpartsAreTheEuropeanGroup() {
        assertThat(afterEq4("Chile's foreign minister told his European counterparts by telephone that the letter was "
                + "unjustified.", "DISCUSSES_BY_TELEPHONE")).containsExactly("CHL>EQ4");
        // The near misses: after "his" only a role's phrase of counterparts refers back; "his counterparts" could be
        // anyone's, and "their soldiers" are the speakers' own, not those of the junta introduced before.
        assertThat(afterEq4("Chile's foreign minister told his counterparts by telephone that the letter was "
                + "unjustified.", "DISCUSSES_BY_TELEPHONE")).isEmpty();
        assertThat(pairs(of("Mali's army seized power on Monday. A military council, the National Committee for "
                + "Order, said it would rule. Benin and Togo praised their soldiers."), "SUPPORTS")).isEmpty();
    }

    @Test
    void hisUnnamedCounterpartAfterADemonymIsThatState() {
        assertThat(pairs(of("Bolivia's foreign minister telephoned his Chilean counterpart on Monday."),
                "DISCUSSES_BY_TELEPHONE")).containsExactly("BOL>CHL");
        // The near miss: "his Chilean hosts" hold no office of Chile's, so they are no one named.
        assertThat(pairs(of("Bolivia's foreign minister telephoned his Chilean hosts on Monday."),
                "DISCUSSES_BY_TELEPHONE")).isEmpty();
    }

    @Test
    void aOneWordNameAfterKnownAsIsANameWrittenAsAnAcronym() {
        assertThat(actors(of("The four European powers, known as the EQ4, wrote to the Security Council."))).contains(
                "EQ4");
        // The near miss: one capitalised word ("the Quartet") may be a nickname as well as a name, so it names no one.
        assertThat(actors(of("The four European powers, known as the Quartet, wrote to the Security Council.")))
                .containsExactly("UN", "UNSC");
    }

    @Test
    void anOfBeforeAnIngFormIsTheVerbsNotThePhrases() {
        String coup = "Mali's army seized power on Monday. A military council, the National Committee for Order, said "
                + "it would rule. ";
        assertThat(pairs(of(coup + "Ghana accused the junta of stalling the talks."), "ACCUSES"))
                .containsExactly("GHA>NCO");
        // The near miss: "the officers of the border post" are the post's, not the council's.
        assertThat(pairs(of(coup + "Ghana condemned the officers of the border post."), "CONDEMNS")).isEmpty();
    }
}
