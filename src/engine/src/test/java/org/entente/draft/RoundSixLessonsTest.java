package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;
import static org.entente.draft.FactStatus.POSSIBLE;
import static org.entente.draft.FactStatus.REPORTED;

import org.junit.jupiter.api.Test;

/**
 * What round 6, unseen until session 27, taught about readings the drafter made firmer or wider than the sentence:
 * an act criticised is not the critic's act, a subject shared with an unnamed phrase is still a subject, a hedge or a
 * source after a semicolon speaks only for what follows it, an agent after "by" in an apposition is no subject, an
 * insistence that something is so is no demand, and an act told as a condition is no act. Sentences of other
 * states and events than the articles', each with a near miss.
 */
class RoundSixLessonsTest {

    @Test
    void aMeasureCriticisedByItsDefiniteNounIsNotTheCriticsMeasure() {
        assertThat(relations(of("Norway criticised the new tariffs on Iceland."), "SANCTIONS")).isEmpty();
        assertThat(relations(of("Peru condemned the sanctions on Bolivia."), "SANCTIONS")).isEmpty();
        // Near misses: the measure drafted before is the one criticised, and a measure the subject imposes is its own.
        Draft before = of("Canada imposed tariffs on Iceland. Norway criticised the new tariffs.");
        assertThat(only(relations(before, "SANCTIONS"))).matches(between("CAN", "ISL"));
        assertThat(only(relations(before, "CONDEMNS")).field("from")).isEqualTo("NOR");
        assertThat(only(relations(of("Norway imposed the new tariffs on Iceland."), "SANCTIONS")))
                .matches(between("NOR", "ISL"));
    }

    @Test
    void anActorJoinedByAndToAPhraseTheLexiconLacksIsStillTheSubject() {
        DraftFact sanctions = only(relations(of("An Asian diplomat said Tokyo and several Nordic governments could "
                + "weigh sanctions against Laos."), "SANCTIONS"));
        assertThat(sanctions).matches(between("JPN", "LAO"));
        assertThat(sanctions.status()).isEqualTo(POSSIBLE);
        assertThat(only(relations(of("Peru and several Andean governments imposed sanctions on Bolivia."),
                "SANCTIONS"))).matches(between("PER", "BOL"));
        // Near misses: a phrase the lexicon lacks, alone, is a subject of its own, and an actor after a preposition
        // heads no subject.
        assertThat(relations(of("In Lima, the protesters and the unions condemned Bolivia."), "CONDEMNS")).isEmpty();
        assertThat(relations(of("Talks with Peru and the rebels stalled, and the generals condemned Bolivia."),
                "CONDEMNS")).isEmpty();
    }

    @Test
    void aHedgeAfterASemicolonDoubtsOnlyWhatFollowsIt() {
        DraftFact signed = only(relations(of("Kenya signed a trade deal with Uganda on Tuesday; Tanzania is expected "
                + "to follow."), "SIGNS_AGREEMENT"));
        assertThat(signed.status()).isNotEqualTo(POSSIBLE);
        assertThat(signed.hedges()).isEmpty();
        // Near misses: the hedge before the semicolon, or in the clause of the act, still doubts it.
        assertThat(only(relations(of("Kenya is expected to sign a trade deal with Uganda; Tanzania signed one on "
                + "Tuesday."), "SIGNS_AGREEMENT")).status()).isEqualTo(POSSIBLE);
        assertThat(only(relations(of("Talks stalled in Nairobi; Kenya reportedly condemned Uganda."), "CONDEMNS"))
                .status()).isEqualTo(REPORTED);
    }

    @Test
    void aSourceNamedAfterASemicolonSpeaksOnlyForWhatFollowsIt() {
        DraftFact condemned = only(relations(of("Chile condemned Peru on Monday; the talks reportedly collapsed, "
                + "according to a senior official in Lima."), "CONDEMNS"));
        assertThat(condemned.attribution()).isEqualTo("test-article");
        assertThat(condemned.status()).isNotEqualTo(REPORTED);
        // The near miss: a source before the semicolon still speaks for what follows.
        DraftFact later = only(relations(of("According to a senior official, the talks collapsed; Chile condemned "
                + "Peru."), "CONDEMNS"));
        assertThat(later.attribution()).isEqualTo(Claim.ANONYMOUS);
    }

    @Test
    void anAgentAfterByInAnAppositionIsNoSubjectOfTheVerb() {
        assertThat(relations(of("The motion, put forward by Peru and Chile, urges Bolivia to open a dialogue."),
                "APPEALS_TO")).isEmpty();
        assertThat(relations(of("The panel, chaired by Norway, condemned Iceland."), "CONDEMNS")).isEmpty();
        assertThat(only(relations(of("The African Union, chaired by Kenya, condemned Uganda."), "CONDEMNS")))
                .matches(between("AU", "UGA"));
        // Near misses: who leads a force acts through it, and a participle with no agent opens no such apposition.
        assertThat(only(relations(of("The mission, led by Kenya, attacked al-Shabab."), "ATTACKS")).field("from"))
                .isEqualTo("KEN");
        assertThat(only(relations(of("Kenya, angered by the raid, condemned Uganda."), "CONDEMNS")))
                .matches(between("KEN", "UGA"));
    }

    @Test
    void anInsistenceThatSomethingIsSoIsNoDemand() {
        assertThat(relations(of("Kenya insisted that Uganda was to blame."), "DEMANDS")).isEmpty();
        assertThat(relations(of("Lima's insistence that the truce was a police matter delayed the talks with "
                + "Quito."), "DEMANDS")).isEmpty();
        assertThat(relations(of("Kenya insisted that Uganda had armed the rebels."), "DEMANDS")).isEmpty();
        // Near misses: a demand in the base form or with a modal asks something of its object.
        assertThat(only(relations(of("Kenya insisted that Uganda withdraw its troops."), "DEMANDS")))
                .matches(between("KEN", "UGA"));
        assertThat(only(relations(of("Kenya demanded that Uganda must withdraw its troops."), "DEMANDS")))
                .matches(between("KEN", "UGA"));
    }

    @Test
    void anActToldAsAConditionIsNoAct() {
        assertThat(relations(of("Oslo offered to wait if Iceland resumed talks with Denmark."), "MEETS"))
                .isEmpty();
        assertThat(relations(of("If Kenya attacks Somalia, the bloc will meet."), "ATTACKS")).isEmpty();
        Draft unless = of("Kenya said it would impose sanctions on Uganda unless Uganda condemned the rebels.");
        assertThat(relations(unless, "CONDEMNS")).isEmpty();
        assertThat(only(relations(unless, "SANCTIONS"))).matches(between("KEN", "UGA"));
        // Near misses: the main clause after an opening condition, and an act before a closing one, are drafted.
        assertThat(only(relations(of("If talks fail, Uganda will condemn Kenya."), "CONDEMNS")))
                .matches(between("UGA", "KEN"));
        assertThat(only(relations(of("Washington could weigh sanctions against Laos if the troops stay."),
                "SANCTIONS"))).matches(between("USA", "LAO"));
    }

    @Test
    void aBodyNamedWithTheCapitalAfterItIsThatCapitalsBody() {
        Draft draft = of("The Russian foreign ministry condemned Chile. The foreign ministry in Lima recalled its "
                + "ambassador to Chile.");
        assertThat(only(relations(draft, "RECALLS_AMBASSADOR"))).matches(between("per-mfa", "CHL"));
        // The near misses: without a capital, or with the capital of the body named before, it is that body.
        assertThat(only(relations(of("The Russian foreign ministry condemned Chile. The foreign ministry recalled its "
                + "ambassador to Chile."), "RECALLS_AMBASSADOR"))).matches(between("rus-mfa", "CHL"));
        assertThat(only(relations(of("The Russian foreign ministry condemned Chile. The foreign ministry in Moscow "
                + "recalled its ambassador to Chile."), "RECALLS_AMBASSADOR"))).matches(between("rus-mfa", "CHL"));
    }

    @Test
    void twoGovernmentsAskedOfTogetherAreTheSidesNotTheStatesNamedJustBefore() {
        Draft draft = of("Peru accused Chile of raiding its embassy. Chile denied that it had raided the embassy of "
                + "Peru. Peru cut ties with Chile. The motion was put forward by Bolivia and Paraguay. The UN urged both "
                + "governments to show restraint.");
        assertThat(Drafts.pairs(draft, "APPEALS_TO")).containsExactlyInAnyOrder("UN>PER", "UN>CHL");
        // The near misses: with no sides named twice, the states of the sentence before; and a group the sentence
        // itself just named.
        assertThat(Drafts.pairs(of("Kenya signed a deal with Uganda. The UN urged both governments to implement it."),
                "APPEALS_TO")).containsExactlyInAnyOrder("UN>KEN", "UN>UGA");
        Draft named = of("Peru accused Chile of raiding its embassy. Chile denied that it had raided the embassy of "
                + "Peru. Peru cut ties with Chile. Brazil met Bolivia and Paraguay and urged both governments to talk.");
        assertThat(Drafts.pairs(named, "APPEALS_TO")).containsExactlyInAnyOrder("BRA>BOL", "BRA>PRY");
    }

    @Test
    void aKnownPersonNamedAfterABareTitleIsTheVerbsObject() {
        assertThat(only(relations(of("Brazil met President Emmanuel Macron."), "MEETS")))
                .matches(between("BRA", "macron"));
        assertThat(only(relations(of("Chile condemned President Joe Biden."), "CONDEMNS")))
                .matches(between("CHL", "biden"));
        assertThat(only(relations(of("Peru told President Joe Biden by telephone that the deal stood."),
                "DISCUSSES_BY_TELEPHONE"))).matches(between("PER", "biden"));
        // The near misses: a president the lexicon does not know is read as the sentence's own state's, so Brazil
        // meets no one; and a person after a bare title as the subject is the subject still.
        assertThat(relations(of("Brazil met President Ngozi Adeyemi."), "MEETS")).isEmpty();
        assertThat(only(relations(of("President Emmanuel Macron condemned Brazil."), "CONDEMNS")))
                .matches(between("macron", "BRA"));
        // A titled speaker after a list's comma starts a clause of its own, adverb or not: no third object.
        assertThat(Drafts.pairs(of("Kenya condemned Uganda and Tanzania, President Joe Biden recently said."),
                "CONDEMNS")).containsExactlyInAnyOrder("KEN>UGA", "KEN>TZA");
    }
}
