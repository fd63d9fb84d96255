package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.FactStatus.PLANNED;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import java.util.Map;
import org.entente.draft.Scorer.Firmness;
import org.entente.draft.Scorer.Item;
import org.entente.pack.FactStatus;
import org.entente.pack.Provenance;
import org.junit.jupiter.api.Test;

/**
 * A drafted fact is held as firmly as its sentence holds it, no more and no less: "said" attributes without
 * softening, an unnamed source is anonymous however the sentence names it, and an act agreed or scheduled is
 * planned. The scorer says how many matched facts the draft holds more or less firmly than the curated pack.
 */
class HowFirmlyTest {

    @Test
    void saidAttributesAStatementWithoutSofteningIt() {
        DraftFact said = only(relations(of("Kenya's foreign minister said Kenya condemned Uganda."), "CONDEMNS"));

        assertThat(said.hedges()).isEmpty();
        assertThat(said.status()).isEqualTo(org.entente.draft.FactStatus.STATED);
        // The near miss: a softening word is still kept.
        assertThat(only(relations(of("Kenya reportedly condemned Uganda."), "CONDEMNS")).hedges())
                .containsExactly("reportedly");
    }

    @Test
    void aSourceThatAskedNotToBeNamedIsAnonymousWhereverItStands() {
        DraftFact unnamed = only(relations(of(
                "A Western diplomat in Lusaka, who asked not to be named, said Zambia could sanction Malawi."),
                "SANCTIONS"));
        assertThat(unnamed.attribution()).isEqualTo(Claim.ANONYMOUS);

        DraftFact anonymity = only(relations(of(
                "Zambia condemned Malawi, two officials said on condition of anonymity."), "CONDEMNS"));
        assertThat(anonymity.attribution()).isEqualTo(Claim.ANONYMOUS);

        // The near miss: a named spokesman is on the record.
        assertThat(only(relations(of("Zambia's foreign ministry said Zambia condemned Malawi."), "CONDEMNS"))
                .attribution()).isNotEqualTo(Claim.ANONYMOUS);
    }

    @Test
    void anActAgreedPledgedOrScheduledIsPlanned() {
        // Each of the two sides seeks ties with the other.
        assertThat(relations(of("Chile and Peru have agreed to restore diplomatic relations."), "SEEKS_CLOSER_TIES"))
                .hasSize(2).allSatisfy(fact -> assertThat(fact.status()).isEqualTo(PLANNED));
        assertThat(relations(of("Chile and Peru agree in Lima to restore ties."), "SEEKS_CLOSER_TIES"))
                .hasSize(2).allSatisfy(fact -> assertThat(fact.status()).isEqualTo(PLANNED));
        assertThat(only(relations(of("Norwegian Prime Minister Erna Solberg is due to visit Iceland next week."), "VISITS"))
                .status()).isEqualTo(PLANNED);
        assertThat(only(relations(of("Norwegian Prime Minister Erna Solberg is to visit Iceland on Monday."), "VISITS"))
                .status()).isEqualTo(PLANNED);
    }

    @Test
    void anActDoneIsNotPlannedForAnInfinitiveNearby() {
        // "restored" is done; "due to" is a cause, not a schedule; "came to" is no commitment.
        assertThat(relations(of("Chile and Peru restored diplomatic relations."), "SEEKS_CLOSER_TIES"))
                .hasSize(2).allSatisfy(fact -> assertThat(fact.status()).isNotEqualTo(PLANNED));
        assertThat(only(relations(of("Due to the storm, Norwegian Prime Minister Erna Solberg visited Iceland."), "VISITS"))
                .status()).isNotEqualTo(PLANNED);
    }

    @Test
    void aModalHedgesItsOwnClauseNotAnActDoneBeforeIt() {
        DraftFact done = only(relations(of("Ghana imposed sanctions on Togo, warning that it could use force."),
                "SANCTIONS"));
        assertThat(done.status()).isNotEqualTo(org.entente.draft.FactStatus.POSSIBLE);
        // The hedge is still shown, and the grade still takes it a step lower.
        assertThat(done.hedges()).contains("could");

        // Near misses: before the verb, or in its own clause, the modal hedges it; an adverb hedges the sentence.
        assertThat(only(relations(of("Ghana could impose sanctions on Togo."), "SANCTIONS")).status())
                .isEqualTo(org.entente.draft.FactStatus.POSSIBLE);
        assertThat(only(relations(of("Ghana imposed sanctions on Togo, and possibly on Benin."), "SANCTIONS"))
                .status()).isEqualTo(org.entente.draft.FactStatus.POSSIBLE);
    }

    @Test
    void anActAskedOfAnotherOrThreatenedIsNoActDone() {
        Draft urged = of("Kenya urged the United States to impose sanctions on Uganda.");
        assertThat(relations(urged, "SANCTIONS")).isEmpty();
        assertThat(only(relations(urged, "APPEALS_TO"))).matches(Drafts.between("KEN", "USA"));
        assertThat(relations(of("Kenya called on Tanzania to expel Uganda's ambassador."), "REDUCES_RELATIONS"))
                .isEmpty();
        assertThat(relations(of("Kenya told Tanzania to condemn Uganda."), "CONDEMNS")).isEmpty();

        Draft threatened = of("Kenya threatened to cut aid to Uganda.");
        assertThat(only(relations(threatened, "THREATENS"))).matches(Drafts.between("KEN", "UGA"));
        assertThat(relations(of("Kenya threatened to impose sanctions on Uganda."), "SANCTIONS")).isEmpty();

        // Near misses: the act done, an act one wants to do oneself, and one agreed to (planned, not asked of
        // another), are still drafted.
        assertThat(relations(of("Brazil wants to deepen partnerships with Chile and Mexico."), "SEEKS_CLOSER_TIES"))
                .hasSize(2);
        assertThat(relations(of("Kenya imposed sanctions on Uganda."), "SANCTIONS")).hasSize(1);
        assertThat(relations(of("Kenya urged Uganda to show restraint and imposed sanctions on Tanzania."),
                "SANCTIONS")).anyMatch(Drafts.between("KEN", "TZA"));
        assertThat(only(relations(of("Kenya agreed to impose sanctions on Uganda."), "SANCTIONS")).status())
                .isEqualTo(PLANNED);
        assertThat(relations(of("Kenya did not threaten to impose sanctions on Uganda."), "THREATENS")).isEmpty();
    }

    @Test
    void theScorerCountsMatchedFactsHeldMoreOrLessFirmlyThanTheCuratedReading() {
        Item statedByDraft = relation("rel-a", firmness(FactStatus.STATED, List.of(), null));
        Item reportedByCurator = relation("rel-b", firmness(FactStatus.REPORTED, List.of(), null));
        Item anonymousByCurator = relation("rel-c", firmness(FactStatus.STATED, List.of(), Provenance.ANONYMOUS));
        Item occurredByCurator = relation("rel-d", firmness(FactStatus.OCCURRED, List.of(), null));

        Scorer.Held firmer = Scorer.compare(List.of(statedByDraft), List.of(reportedByCurator)).held();
        assertThat(firmer.compared()).isEqualTo(1);
        assertThat(firmer.firmer()).singleElement().asString().contains("STATED | REPORTED");

        assertThat(Scorer.compare(List.of(statedByDraft), List.of(anonymousByCurator)).held().firmer()).hasSize(1);
        assertThat(Scorer.compare(List.of(reportedByCurator), List.of(statedByDraft)).held().softer()).hasSize(1);
        // The near miss: said and done are both credible at face value, so neither is firmer.
        Scorer.Held same = Scorer.compare(List.of(statedByDraft), List.of(occurredByCurator)).held();
        assertThat(same.compared()).isEqualTo(1);
        assertThat(same.firmer()).isEmpty();
        assertThat(same.softer()).isEmpty();
    }

    @Test
    void aKeptHedgeSoftensAFirmFactByOneStep() {
        Firmness hedged = firmness(FactStatus.STATED, List.of("could"), null);
        Firmness plain = firmness(FactStatus.STATED, List.of(), null);

        assertThat(hedged.firmerThan(plain)).isFalse();
        assertThat(plain.firmerThan(hedged)).isTrue();
    }

    private static Item relation(String id, Firmness firmness) {
        return new Item("Relation", id, Map.of("kind", "CONDEMNS", "from", "KEN", "to", "UGA"), true, firmness);
    }

    private static Firmness firmness(FactStatus status, List<String> hedges, String attribution) {
        return Firmness.of(new Provenance(List.of("a quote"), null, null, null, null, null, status, attribution,
                hedges, null, null, null));
    }
}
