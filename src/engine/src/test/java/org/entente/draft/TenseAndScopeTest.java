package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;
import static org.entente.draft.FactStatus.OCCURRED;
import static org.entente.draft.FactStatus.PLANNED;
import static org.entente.draft.FactStatus.REPORTED;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drafted fact never claims more than its sentence: an act the sentence places ahead is planned, an act named as
 * what someone opposes is not done, a verb joined to the main verb has its subject, a hedge doubts only the clause it
 * stands in, and a sentence goes on past "U.S." unless a new one opens.
 */
class TenseAndScopeTest {

    private static DraftFact event(Draft draft) {
        return only(draft.ofType("Event"));
    }

    @Test
    void anEventTheSentencePlacesAheadIsPlanned() {
        assertThat(event(of("The leaders of Peru and Chile meet at a summit in Lima next week.")).status())
                .isEqualTo(PLANNED);
        assertThat(event(of("The summit in Quito, due in March, is the first since 2019.")).status())
                .isEqualTo(PLANNED);
        assertThat(event(of("A summit in Lima is set to open on Friday.")).status()).isEqualTo(PLANNED);
        Draft drills = of("Bolivian and Paraguayan soldiers will join an exercise planned for the autumn near Asuncion.");
        assertThat(event(drills).status()).isEqualTo(PLANNED);
        Draft talks = of("Peru and Chile agreed on talks in Lima, set to open on Friday.");
        assertThat(event(talks).status()).isEqualTo(PLANNED);
    }

    @Test
    void anEventThatOpenedOrWasLastWeekStaysAsItIs() {
        assertThat(event(of("A summit that opened in Lima on Monday drew the leaders of Peru and Chile.")).status())
                .isNotEqualTo(PLANNED);
        assertThat(event(of("Peru and Chile held talks in Quito, due to the storm.")).status()).isNotEqualTo(PLANNED);
        // A time ahead that belongs to another event ("ahead of a summit next week") leaves the act done now.
        Draft ahead = of("Kenya condemned Uganda on Monday ahead of a summit in Nairobi next week.");
        assertThat(only(relations(ahead, "CONDEMNS")).status()).isNotEqualTo(PLANNED);
        assertThat(event(ahead).status()).isEqualTo(PLANNED);
    }

    @Test
    void anActNamedAsWhatAStanceOpposesIsNotAnActDone() {
        assertThat(relations(of("Kenya objected to new sanctions on Uganda."), "SANCTIONS")).isEmpty();
        assertThat(relations(of("Ghana warned against fresh sanctions on Togo."), "SANCTIONS")).isEmpty();
        // Near misses: the agent named in the act's own clause, or the act done by the verb, is drafted.
        assertThat(only(relations(of("Kenya condemned the sanctions Uganda imposed on Tanzania."), "SANCTIONS")))
                .matches(between("UGA", "TZA"));
        assertThat(only(relations(of("Peru denounced the penalties Chile slapped on Bolivia."), "SANCTIONS")))
                .matches(between("CHL", "BOL"));
        assertThat(only(relations(of("Kenya imposed new sanctions on Uganda."), "SANCTIONS")))
                .matches(between("KEN", "UGA"));
    }

    @Test
    void aVerbJoinedToTheMainVerbSharesItsSubject() {
        List<DraftFact> sanctions = relations(of("Kenya urged Uganda to show restraint and imposed sanctions on "
                + "Tanzania."), "SANCTIONS");
        assertThat(only(sanctions)).matches(between("KEN", "TZA"));
        assertThat(only(relations(of("Norway pressed Sweden to talk and slapped tariffs on Denmark."), "SANCTIONS")))
                .matches(between("NOR", "DNK"));
        // The near miss: a new subject after the comma is the subject of its own clause.
        assertThat(only(relations(of("Kenya urged restraint, and Uganda imposed sanctions on Tanzania."), "SANCTIONS")))
                .matches(between("UGA", "TZA"));
    }

    @Test
    void aHedgeInARelativeClauseDoubtsOnlyThatClause() {
        DraftFact signed = only(relations(of("Chile, which reportedly sought a delay, signed the accord with Peru."),
                "SIGNS_AGREEMENT"));
        assertThat(signed.status()).isNotEqualTo(REPORTED);
        assertThat(signed.hedges()).isEmpty();
        DraftFact condemned = only(relations(of("Ghana, which allegedly armed the rebels, condemned Togo."),
                "CONDEMNS"));
        assertThat(condemned.hedges()).isEmpty();
        // Near misses: a hedge in the main clause, or one in no relative clause, doubts the sentence.
        DraftFact hedged = only(relations(of("Chile reportedly signed the accord with Peru."), "SIGNS_AGREEMENT"));
        assertThat(hedged.status()).isEqualTo(REPORTED);
        assertThat(hedged.hedges()).containsExactly("reportedly");
        assertThat(only(relations(of("Ghana, a neighbour, allegedly condemned Togo."), "CONDEMNS")).hedges())
                .containsExactly("allegedly");
    }

    @Test
    void aSentenceGoesOnPastUsUnlessANewOneOpens() {
        DraftFact visit = only(relations(of("Officials said U.S. President Joe Biden would visit Kenya."), "VISITS"));
        assertThat(visit.evidence()).containsExactly("Officials said U.S. President Joe Biden would visit Kenya.");
        assertThat(Drafts.actor(of("Kenya said the E.U. Commission condemned Belarus."), "BLR").evidence())
                .containsExactly("Kenya said the E.U. Commission condemned Belarus.");
        // The near miss: "The" after "U.S." opens a sentence, so Togo's condemnation is a sentence of its own.
        DraftFact condemned = only(relations(of("Ghana welcomed aid from the U.S. The next day, Togo condemned Ghana."),
                "CONDEMNS"));
        assertThat(condemned.evidence()).containsExactly("The next day, Togo condemned Ghana.");
    }

    @Test
    void aConditionWrittenWithItsAuxiliaryFirstIsNoAct() {
        assertThat(relations(of("Were Iran to attack Israel, the United States would defend it."), "ATTACKS"))
                .isEmpty();
        assertThat(relations(of("Should Kenya invade Somalia, Uganda would respond."), "INVADED")).isEmpty();
        assertThat(relations(of("Kenya said that, had Uganda attacked Tanzania, it would have acted."), "ATTACKS"))
                .isEmpty();
        // Near misses: the same auxiliaries in their clause's middle are tense, not condition.
        assertThat(relations(of("Uganda had attacked Tanzania on Monday."), "ATTACKS")).hasSize(1);
        assertThat(relations(of("Kenya and Uganda were allies, and Tanzania condemned Uganda."), "CONDEMNS"))
                .hasSize(1);
    }

    @Test
    void whatATreatyObligesAStateToDoIsNoActDone() {
        assertThat(relations(of("The treaty obliges Kenya to defend Uganda."), "SUPPORTS")).isEmpty();
        assertThat(relations(of("The accord binds Kenya to support Uganda."), "SUPPORTS")).isEmpty();
        assertThat(relations(of("The treaty requires Kenya to defend Uganda."), "SUPPORTS")).isEmpty();
        // The near miss: what a state goes on doing is done.
        assertThat(relations(of("Kenya's troops continue to attack Uganda."), "ATTACKS")).hasSize(1);
    }

    @Test
    void whatAStateShouldOrMustDoIsNoActDone() {
        assertThat(relations(of("Tanzania should sanction Uganda."), "SANCTIONS")).isEmpty();
        assertThat(relations(of("Japan needs to sign a pact with Korea."), "SIGNS_AGREEMENT")).isEmpty();
        assertThat(relations(of("Kenya urged Uganda, which should condemn Tanzania, to act."), "CONDEMNS")).isEmpty();
        assertThat(relations(of("Kenya must immediately expel Uganda's ambassador."), "REDUCES_RELATIONS")).isEmpty();
        // Near misses: a modal in another clause, or none, leaves the act done.
        assertThat(relations(of("Tanzania, which should know better, sanctioned Uganda."), "SANCTIONS")).hasSize(1);
        assertThat(relations(of("Kenya expelled Uganda's ambassador."), "REDUCES_RELATIONS")).hasSize(1);
    }

    @Test
    void aHeadlinesVerbReadAsAPluralNounStillOpensAClause() {
        // "presses" after "and the UN" is the UN's verb, so the UN is no party whose ties are cut.
        assertThat(relations(of("Nairobi cuts ties with Kampala and the UN presses Uganda to withdraw its troops"),
                "REDUCES_RELATIONS")).anyMatch(Drafts.between("KEN", "UGA")).noneMatch(Drafts.between("KEN", "UN"));
        // The near miss: a list of two named after "with" is two parties whose ties are cut.
        assertThat(relations(of("Kenya cut ties with Uganda and Tanzania on Monday."), "REDUCES_RELATIONS"))
                .anyMatch(Drafts.between("KEN", "UGA")).anyMatch(Drafts.between("KEN", "TZA"));
    }

    @Test
    void aBareVerbAfterOneNameIsPastSinceItsPresentWouldTakeAnS() {
        assertThat(only(relations(of("Kenya cut ties with Uganda on Monday."), "REDUCES_RELATIONS")).status())
                .isEqualTo(OCCURRED);
        assertThat(only(relations(of("Ghana quietly cut its aid to Togo."), "REDUCES_RELATIONS")).status())
                .isEqualTo(OCCURRED);
        // Near misses: the present with its "-s", the future, and a list, whose bare verb may be present.
        assertThat(only(relations(of("Kenya cuts ties with Uganda."), "REDUCES_RELATIONS")).status())
                .isEqualTo(FactStatus.ONGOING);
        assertThat(only(relations(of("Kenya will cut ties with Uganda."), "REDUCES_RELATIONS")).status())
                .isEqualTo(PLANNED);
        assertThat(relations(of("Kenya and Uganda cut ties with Tanzania."), "REDUCES_RELATIONS"))
                .allMatch(fact -> fact.status() == FactStatus.ONGOING);
    }
}
