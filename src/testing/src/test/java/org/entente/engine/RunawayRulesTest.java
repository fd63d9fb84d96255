package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.InputError;
import org.entente.domain.StatedCount;
import org.entente.testing.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway rule fails the run naming itself: not the rules downstream of it, and without hanging or filling memory. */
class RunawayRulesTest {

    @TempDir
    Path rules;

    private static String where(Throwable error) {
        return ((InputError) error).where();
    }

    private RuleBook beside(String shippedFile, String loop) throws IOException {
        Files.copy(Path.of("rules", shippedFile), rules.resolve(shippedFile));
        Files.writeString(rules.resolve("loop.drl"), loop);
        return RuleBook.load(rules);
    }

    @Test
    void aLoopThatFeedsOtherRulesIsBlamedOnItselfNotOnThemThoughTheyFireMore() throws IOException {
        RuleBook book = beside("geography.drl", """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "Every region spawns a subregion"
                when
                    $r : Region()
                then
                    insert(new Region($r.id() + "+", "more", java.util.List.of($r.id())));
                end
                """);

        assertThatThrownBy(() -> Inference.run(book, List.of(Facts.region("top")), 2_000))
                .isInstanceOf(InputError.class).hasMessageContaining("kept firing")
                .satisfies(error -> assertThat(where(error)).endsWith("loop.drl rule \"Every region spawns a subregion\""));
    }

    @Test
    void aStatedCountRewrittenForeverIsBlamedOnTheRuleThatRewritesIt() throws IOException {
        RuleBook book = beside("consistency.drl", """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "The count goes up forever"
                when
                    $count : StatedCount()
                then
                    delete($count);
                    insert(new StatedCount($count.id(), $count.organisation(), $count.members() + 1));
                end
                """);

        assertThatThrownBy(() -> Inference.run(book, List.of(Facts.organisation("NATO"),
                        Facts.member("FRA", "NATO"), new StatedCount("count", "NATO", 1)), 2_000))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(where(error)).endsWith("loop.drl rule \"The count goes up forever\""));
    }

    @Test
    void aLoopThatGrowsWorkingMemoryIsStoppedBeforeTheFiringCap() throws IOException {
        Files.writeString(rules.resolve("loop.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "Regions breed a hundred at a time"
                when
                    $r : Region(within.isEmpty())
                then
                    for (int i = 0; i < 100; i++) {
                        insert(new Region($r.id() + "+" + i, "more", java.util.List.of($r.id())));
                    }
                    insert(new Region($r.id() + "+", "more", null));
                end
                """);
        RuleBook book = RuleBook.load(rules);

        assertThatThrownBy(() -> Inference.run(book, List.of(Facts.region("seed"))))
                .isInstanceOf(InputError.class).hasMessageContaining("kept adding facts: working memory passed 50500")
                .satisfies(error -> assertThat(where(error)).endsWith("loop.drl rule \"Regions breed a hundred at a time\""));
    }

    @Test
    void aConsequenceThatNeverReturnsFailsWithinTheBudgetNamingItsRule() throws IOException {
        Files.writeString(rules.resolve("spin.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "Spin on every region"
                when
                    $r : Region()
                then
                    while (true) { }
                end
                """);
        RuleBook book = RuleBook.load(rules).withBudget(Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThatThrownBy(() -> Inference.run(book, List.of(Facts.region("seed"))))
                .isInstanceOf(InputError.class)
                .hasMessage("did not finish within the time budget of 200 ms; its consequence never returned and was "
                        + "stopped")
                .satisfies(error -> assertThat(where(error)).endsWith("spin.drl rule \"Spin on every region\""));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.currentThread().isInterrupted()).as("interrupted").isFalse();
        // The thread that ran it is usable again.
        Path calm = Files.createDirectory(rules.resolve("calm"));
        Files.copy(Path.of("rules", "geography.drl"), calm.resolve("geography.drl"));
        assertThat(Inference.run(RuleBook.load(calm), List.of(Facts.region("seed"))).derivedCount()).isPositive();
    }
}
