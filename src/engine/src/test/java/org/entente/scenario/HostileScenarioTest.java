package org.entente.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.junit.jupiter.api.Test;

/** Changes that would pass with a wrong meaning, or fail naming the wrong place, are refused at the scenario's line. */
class HostileScenarioTest {

    private static final Analyser ANALYSER = Analyser.load(Path.of("rules"),
            List.of(Path.of("seeds", "vilnius-2023.yaml")));

    private static InputError error(String yaml) {
        try {
            ANALYSER.whatIf(Scenarios.parse("what-if.yaml", yaml));
        } catch (InputError error) {
            return error;
        }
        throw new AssertionError("expected the scenario to be refused");
    }

    @Test
    void aCycleMadeByAModifyIsBlamedOnTheScenariosLine() {
        InputError error = error("""
                name: loop
                changes:
                  - modify:
                      match: euro-atlantic
                      set: {within: europe}
                """);

        assertThat(error.where()).startsWith("what-if.yaml:");
        assertThat(error.getMessage()).contains("regions contain each other in a cycle");
    }

    @Test
    void aMisspeltIdInAMatchIsSuggestedFromAllIds() {
        InputError error = error("""
                name: typo
                changes:
                  - modify:
                      match: {type: Position, actor: JAP}
                      set: {stance: OPPOSES}
                """);

        assertThat(error.getMessage()).contains("no Position has actor 'JAP'").contains("did you mean JPN");
    }

    @Test
    void anIdIsSuggestedForItsShorterForm() {
        InputError error = error("""
                name: short id
                changes:
                  - assert: {id: p, type: Participation, actor: FRA, event: vilnius-summit}
                """);

        assertThat(error.getMessage()).contains("did you mean vilnius-summit-2023");
    }

    @Test
    void aCountOrDateOfTheWrongShapeIsRefusedInThePacksWords() {
        assertThat(error("""
                name: negative
                changes:
                  - assert: {id: c, type: StatedCount, organisation: NATO, members: -5}
                """).oneLine()).isEqualTo("what-if.yaml:3 field 'members': members must be a count (a whole number, "
                + "0 or more), not -5");
        assertThat(error("""
                name: fraction
                changes:
                  - assert: {id: c, type: StatedCount, organisation: NATO, members: 31.7}
                """).getMessage()).contains("not 31.7");
        assertThat(error("""
                name: epoch day
                changes:
                  - assert: {id: e, type: Event, name: E, kind: SUMMIT, date: 12}
                """).getMessage()).isEqualTo("date must be an ISO date such as 2023-07-11, not 12");
    }

    @Test
    void aReferenceToTheWrongTypeTakesTheRightArticle() {
        assertThat(error("""
                name: wrong type
                changes:
                  - assert: {id: p, type: Position, actor: FRA, initiative: FRA, stance: SUPPORTS}
                """).getMessage()).contains("needs an Initiative or Outreach").contains("is an Actor");
    }

    @Test
    void aScenarioOfMoreThanAThousandChangesIsRefusedAtItsChangesLine() {
        String changes = "  - assert: {type: Region, name: R}\n".repeat(ScenarioReader.MAX_CHANGES + 1);

        InputError error = error("name: many\nchanges:\n" + changes);

        assertThat(error.oneLine()).isEqualTo("what-if.yaml:2 field 'changes': a scenario holds at most 1000 changes, "
                + "not 1001; split it, or change the pack");
    }

    @Test
    void idLessAssertsGetTheNextIdsOfTheirSeries() {
        String changes = "  - assert: {type: Region, name: R}\n".repeat(ScenarioReader.MAX_CHANGES);

        var world = ANALYSER.world(Scenarios.parse("what-if.yaml", "name: many\nchanges:\n" + changes));

        assertThat(world.fact("region-hypothetical-1")).isPresent();
        assertThat(world.fact("region-hypothetical-1000")).isPresent();
        assertThat(world.fact("region-hypothetical-1001")).isEmpty();
    }
}
