package org.entente.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.scenario.SeedWhatIfs.ANALYSER;
import static org.entente.scenario.SeedWhatIfs.error;
import static org.entente.scenario.SeedWhatIfs.run;

import org.entente.InputError;
import org.entente.api.Scenarios;
import org.entente.result.Evidence;
import org.entente.result.Finding;
import org.entente.result.ScenarioResult;
import org.entente.result.WhatIf;
import org.junit.jupiter.api.Test;

/** A scenario's mistakes are reported with the line at fault and the closest ids or values. */
class ScenarioErrorsTest {

    @Test
    void retractingAnUnknownIdNamesTheLineAndTheClosestIds() {
        InputError error = error("""
                name: typo
                changes:
                  - retract: pos-fra-asia-ofice
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:3");
        assertThat(error.getMessage()).contains("no fact has id 'pos-fra-asia-ofice'")
                .contains("did you mean pos-fra-asia-office");
    }

    @Test
    void aMatchThatFindsNothingNamesTheClosestValue() {
        InputError error = error("""
                name: typo
                changes:
                  - retract: {type: Position, actor: FRA, initiative: nato-asia-ofice}
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:3");
        assertThat(error.getMessage()).contains("no Position matches")
                .contains("no Position has initiative 'nato-asia-ofice'").contains("did you mean nato-asia-office");
    }

    @Test
    void aMatchOfExistingValuesThatSelectsNothingNamesTheClosestFacts() {
        InputError error = error("""
                name: nothing
                changes:
                  - retract: {type: Relation, kind: CONDEMNS, from: NATO, to: CHN}
                """);

        assertThat(error.getMessage()).contains("no Relation matches").contains("the closest are")
                .contains("rel-nato-");
    }

    @Test
    void aModifyOfAnUnknownFieldListsTheFields() {
        InputError error = error("""
                name: typo
                changes:
                  - modify:
                      match: pos-fra-asia-office
                      set: {stnace: SUPPORTS}
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:5 field 'stnace'");
        assertThat(error.getMessage()).contains("did you mean stance");
    }

    @Test
    void aModifyToAnInvalidValueListsTheValidOnes() {
        InputError error = error("""
                name: typo
                changes:
                  - modify: {match: pos-fra-asia-office, set: {stance: INDIFFERENT}}
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:3 field 'stance'");
        assertThat(error.getMessage()).contains("'INDIFFERENT' is not a valid stance").contains("SUPPORTS, OPPOSES, CONDITIONAL, DELAYS, NEUTRAL");
    }

    @Test
    void anAssertOfAnUnknownTypeListsTheTypes() {
        InputError error = error("""
                name: typo
                changes:
                  - assert: {type: Postion, actor: FRA, initiative: nato-asia-office, stance: OPPOSES}
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:3 field 'type'");
        assertThat(error.getMessage()).contains("unknown type 'Postion'").contains("did you mean Position")
                .contains("Actor, Region, Membership");
    }

    @Test
    void anAssertMissingAFieldIsRefused() {
        InputError error = error("""
                name: incomplete
                changes:
                  - assert: {type: Position, actor: TUR, initiative: nato-asia-office}
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:3 field 'stance'");
        assertThat(error.getMessage()).contains("missing its required field 'stance'");
    }

    @Test
    void anAssertReferringToAnUnknownIdIsRefused() {
        InputError error = error("""
                name: dangling
                changes:
                  - assert:
                      type: Position
                      actor: TURK
                      initiative: nato-asia-office
                      stance: OPPOSES
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:5 field 'actor'");
        assertThat(error.getMessage()).contains("unknown id 'TURK'").contains("did you mean TUR");
    }

    @Test
    void assertingAnExistingIdIsRefusedInFavourOfModify() {
        InputError error = error("""
                name: twice
                changes:
                  - assert: {id: FRA, type: Actor, name: France, kind: STATE}
                """);

        assertThat(error.getMessage()).contains("'FRA' already exists").contains("use modify");
    }

    @Test
    void retractingAFactOthersReferToNamesThem() {
        InputError error = error("""
                name: no France
                changes:
                  - retract: FRA
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:3");
        assertThat(error.getMessage()).contains("retracting 'FRA' leaves").contains("referring to it");
    }

    @Test
    void anUnknownVerbIsRefused() {
        assertThatThrownBy(() -> run("""
                name: typo
                changes:
                  - retrct: pos-fra-asia-office
                """)).isInstanceOf(InputError.class).hasMessageContaining("did you mean retract");
    }

    @Test
    void aScenarioNeedsAName() {
        assertThatThrownBy(() -> run("changes: []\n")).isInstanceOf(InputError.class)
                .hasMessageContaining("'name' is required");
    }

    @Test
    void anExpectationNamingAnUnknownRuleIsAnErrorNotAVacuousPass() {
        ScenarioResult result = ANALYSER.test(Scenarios.parse("what-if.yaml", """
                name: typo in expect
                changes: []
                expect:
                  absent: [{rule: out-of-area-objecton}]
                """));

        assertThat(result.passed()).isFalse();
        assertThat(result.error()).contains("no rule concludes 'out-of-area-objecton'")
                .contains("did you mean out-of-area-objection");
    }

    @Test
    void assertedFactsAreHypotheticalInTheEvidenceAndGetAnIdWhenGivenNone() {
        WhatIf result = run("""
                name: Turkey objects
                changes:
                  - assert: {type: Position, actor: TUR, initiative: nato-asia-office, stance: OPPOSES}
                """);

        Finding turkey = result.findings().stream()
                .filter(finding -> finding.id().equals("out-of-area-objection:TUR:NATO:nato-asia-office")).findFirst()
                .orElseThrow();
        Evidence assumed = turkey.evidence().stream().filter(evidence -> evidence.hypothetical() != null)
                .findFirst().orElseThrow();
        assertThat(assumed.fact()).isEqualTo("position-hypothetical-1");
        assertThat(assumed.hypothetical()).isEqualTo("Turkey objects");
        assertThat(assumed.quote()).isNull();
    }

    @Test
    void modifiedFactsAreHypotheticalAndSayWhatTheBaselineHad() {
        WhatIf result = run("""
                name: majority
                changes:
                  - modify: {match: nato-asia-office, set: {decidedBy: MAJORITY}}
                """);

        Finding objection = result.findings().stream()
                .filter(finding -> finding.id().equals("out-of-area-objection:FRA:NATO:nato-asia-office")).findFirst()
                .orElseThrow();
        assertThat(objection.evidence()).filteredOn(evidence -> evidence.fact().equals("nato-asia-office"))
                .singleElement().satisfies(evidence -> {
                    assertThat(evidence.hypothetical()).isEqualTo("majority");
                    assertThat(evidence.note()).contains("the baseline had decidedBy CONSENSUS");
                });
    }

    @Test
    void jsonScenariosAreAcceptedToo() {
        WhatIf result = run("""
                {"name": "json", "changes": [{"retract": "rel-chn-supports-rus"}]}
                """);

        assertThat(result.diff().removed()).contains("support-for-aggressor:CHN:RUS:UKR");
    }
}
