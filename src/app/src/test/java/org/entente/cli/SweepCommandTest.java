package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.entente.io.Json;
import org.junit.jupiter.api.Test;

class SweepCommandTest {

    @Test
    void aTargetedSweepAnswersWhatItWouldTakeToResolveATension() {
        CliRun run = CliRun.of("sweep", "--target", "out-of-area-objection:FRA:NATO:nato-asia-office");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("To resolve out-of-area-objection:FRA:NATO:nato-asia-office:")
                .contains("1. widen NATO's area to asia").contains("flip pos-fra-asia-office to SUPPORTS");
    }

    @Test
    void anUntargetedSweepListsTheChangesThatAlterFindingsAsJson() throws IOException {
        CliRun run = CliRun.of("sweep", "--changes", "flip", "--format", "json");

        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("changes").asInt()).isEqualTo(1);
        assertThat(report.get("outcomes")).anySatisfy(outcome -> {
            assertThat(outcome.at("/changes/0").asText()).isEqualTo("flip pos-fra-asia-office to SUPPORTS");
            assertThat(outcome.get("removed")).extracting(JsonNode::asText)
                    .contains("out-of-area-objection:FRA:NATO:nato-asia-office");
        });
    }

    @Test
    void aTargetThatHoldsNowhereIsAnsweredWithCreate() {
        CliRun run = CliRun.of("sweep", "--changes", "flip", "--target", "members-divided:NATO:nato-asia-office");

        assertThat(run.out()).contains("To create members-divided:NATO:nato-asia-office:");
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(CliRun.of("sweep", "--depth", "3").exitCode()).isEqualTo(2);
        CliRun run = CliRun.of("sweep", "--changes", "twist");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown kind of change 'twist'");
        CliRun target = CliRun.of("sweep", "--target", "out-of-area-objektion");
        assertThat(target.exitCode()).isEqualTo(2);
        assertThat(target.err()).contains("did you mean out-of-area-objection");
    }
}
