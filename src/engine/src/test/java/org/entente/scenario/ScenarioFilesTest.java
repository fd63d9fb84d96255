package org.entente.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.engine.RuleCache;
import org.entente.result.ScenarioResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario under scenarios/ is a test of its own: adding a scenario file adds a CI test. */
class ScenarioFilesTest {

    private static final Analyser ANALYSER = Analyser.load(Path.of("rules"),
            List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder());

    private static List<Path> scenarioFiles() {
        return ScenarioFiles.find(List.of(Path.of("scenarios")));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioMeetsItsExpectations() {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> {
                    Scenario scenario = Scenarios.read(file);
                    assertThat(scenario.isTest()).as("%s has expectations", file).isTrue();
                    ScenarioResult result = ANALYSER.test(scenario);
                    assertThat(result.error()).as("error").isNull();
                    assertThat(result.failures()).as(scenario.name()).isEmpty();
                }));
    }

    @Test
    void thereAreAtLeastTwelveScenarios() {
        assertThat(scenarioFiles()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void togetherTheScenariosMakeEveryRuleAppearAndVanish() {
        List<ScenarioResult> results = new ArrayList<>();
        scenarioFiles().forEach(file -> results.add(ANALYSER.test(Scenarios.read(file))));

        Coverage coverage = Coverage.of(ANALYSER.rules(), results);

        assertThat(coverage.lines()).hasSize(ANALYSER.rules().size());
        assertThat(coverage.unexercised()).as("rules no scenario exercises").isEmpty();
    }
}
