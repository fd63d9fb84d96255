package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.BudgetExceeded;
import org.entente.Deadline;
import org.junit.jupiter.api.Test;

/** Work of a bounded time: the runs of the rules in it and its wait for a pooled session share one deadline. */
class DeadlineTest {

    /** Only geography.drl, which compiles in a moment: these tests are about time, not about what the rules find. */
    private static final RuleBook RULES = RuleBook.load(geographyOnly());

    private static Path geographyOnly() {
        try {
            Path folder = Files.createTempDirectory("deadline-rules");
            Files.copy(Path.of("rules", "geography.drl"), folder.resolve("geography.drl"));
            folder.toFile().deleteOnExit();
            folder.resolve("geography.drl").toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWaitForABusyPoolEndsAtTheDeadlineAndThePoolLendsAgainAfter() throws Exception {
        SessionPool pool = new SessionPool(RULES, List.of(), 1);
        CountDownLatch lent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> pool.use(session -> {
            lent.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(lent.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(200), "the request", () -> pool.use(session -> 1)))
                .isInstanceOf(BudgetExceeded.class)
                .hasMessage("the request did not finish within its time budget of 200 ms; every session was busy");

        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        int lentAgain = Deadline.within(Duration.ofSeconds(30), "the request", () -> pool.use(session -> 2));
        assertThat(lentAgain).isEqualTo(2);
    }

    @Test
    void aRunStartedWithNoTimeLeftFailsAtOnceAndTheThreadIsFreeOfTheDeadlineAfter() {
        assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(1), "the request", () -> {
            sleep(20);
            return Inference.run(RULES, List.of());
        })).isInstanceOf(BudgetExceeded.class)
                .hasMessage("the request did not finish within its time budget of 1 ms; no time was left to run the rules");

        assertThat(Deadline.current()).isNull();
        assertThat(Inference.run(RULES, List.of())).isNotNull();
    }

    @Test
    void workInsideOtherWorkKeepsTheEarlierDeadline() {
        Duration inner = Deadline.within(Duration.ofMillis(500), "the request",
                () -> Deadline.within(Duration.ofSeconds(60), "a part of it", () -> Deadline.current().remaining()));
        assertThat(inner).isLessThanOrEqualTo(Duration.ofMillis(500));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
