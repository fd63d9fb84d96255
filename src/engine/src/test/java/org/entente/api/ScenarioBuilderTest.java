package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.entente.InputError;
import org.entente.domain.Stance;
import org.entente.result.WhatIf;
import org.junit.jupiter.api.Test;

class ScenarioBuilderTest {

    private static final Analyser ANALYSER = Seed.ANALYSER;

    @Test
    void aBuiltScenarioHasTheSameWhatIfAsTheFileItCopies() {
        Scenario built = Scenarios.named("France drops its objection to an office in Asia")
                .modifyWhere("Position", Map.of("actor", "FRA", "initiative", "nato-asia-office"),
                        Map.of("stance", Stance.SUPPORTS))
                .build();
        Scenario file = Scenarios.read(Path.of("scenarios", "france-lifts-objection.yaml"));

        WhatIf fromCode = ANALYSER.whatIf(built);
        WhatIf fromFile = ANALYSER.whatIf(file);

        assertThat(fromCode.findings()).isEqualTo(fromFile.findings());
        assertThat(fromCode.diff()).isEqualTo(fromFile.diff());
        assertThat(fromCode.diff().removed()).contains("out-of-area-objection:FRA:NATO:nato-asia-office");
    }

    @Test
    void retractAddAndModifyByIdBuildTheChangesAFileWould() {
        Scenario scenario = Scenarios.named("Japan joins, the count is updated, China's support ends")
                .description("three changes at once")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO"))
                .modify("nato-stated-members", Map.of("members", 32))
                .retractWhere("Relation", Map.of("kind", "SUPPORTS", "from", "xi", "to", "putin"))
                .build();

        WhatIf whatIf = ANALYSER.whatIf(scenario);

        assertThat(scenario.description()).isEqualTo("three changes at once");
        assertThat(whatIf.scenario().changes()).isEqualTo(3);
        assertThat(whatIf.diff().removed()).contains("partnership-deepening:JPN:NATO:vilnius-summit-2023")
                .anyMatch(id -> id.startsWith("support-for-aggressor:CHN:RUS"));
        assertThat(whatIf.diff().added()).noneMatch(id -> id.startsWith("stated-count-mismatch"));
        assertThat(whatIf.findings()).filteredOn(finding -> finding.subjects().contains("JPN"))
                .noneMatch(finding -> finding.rule().equals("partnership-deepening"));
    }

    @Test
    void aRetractByIdRemovesWhatRestedOnTheFact() {
        WhatIf whatIf = ANALYSER.whatIf(Scenarios.named("No French objection").retract("pos-fra-asia-office").build());

        assertThat(whatIf.diff().removed()).contains("out-of-area-objection:FRA:NATO:nato-asia-office");
    }

    @Test
    void aBuiltScenarioIsCheckedLikeAFileItsStructureWhenBuilt() {
        assertThatThrownBy(() -> Scenarios.named("Nothing to set").modify("pos-fra-asia-office", Map.of()).build())
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where())
                        .startsWith("built scenario 'Nothing to set':").endsWith("field 'set'"));
    }

    @Test
    void aBuiltScenarioIsCheckedLikeAFileItsFactsWhenApplied() {
        Scenario scenario = Scenarios.named("Japan joins")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO", "colour", "red")).build();

        assertThatThrownBy(() -> ANALYSER.whatIf(scenario)).isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where())
                        .startsWith("built scenario 'Japan joins':").endsWith("field 'colour'"))
                .hasMessageContaining("Membership has no field 'colour'");
    }

    @Test
    void aChangeThatSelectsNothingFailsWhenAppliedWithTheClosestIds() {
        Scenario scenario = Scenarios.named("typo").retract("pos-fra-asia-ofice").build();

        assertThatThrownBy(() -> ANALYSER.whatIf(scenario)).isInstanceOf(InputError.class)
                .hasMessageContaining("no fact has id 'pos-fra-asia-ofice'")
                .hasMessageContaining("pos-fra-asia-office");
    }

    @Test
    void theJsonIsTheDocumentAScenarioFileWouldHold() {
        ScenarioBuilder builder = Scenarios.named("Sweden joins")
                .add("Membership", Map.of("id", "member-swe", "member", "SWE", "organisation", "NATO"));

        Scenario parsed = Scenarios.parse("request body", builder.toJson());

        assertThat(builder.toJson()).contains("\"assert\"", "\"member-swe\"");
        assertThat(parsed.changes()).isEqualTo(builder.build().changes());
        assertThat(ANALYSER.whatIf(parsed).diff()).isEqualTo(ANALYSER.whatIf(builder.build()).diff());
    }
}
