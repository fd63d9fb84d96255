package org.entente.engine;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.entente.Deadline;
import org.entente.domain.Fact;

/**
 * Live sessions of one world, lent to one thread at a time: each holds the world's facts fired to rest, so a what-if
 * costs only the change and its undoing ({@link LiveSession#probe}), not a whole analysis. Sessions are made on
 * demand, at most {@code size} of them; a thread that finds them all lent waits, since more sessions than cores only
 * queue for the same CPUs. A session whose work threw is closed, never lent again: a failed probe leaves it
 * half-changed. Safe to share between threads.
 */
public final class SessionPool {

    private final RuleBook rules;
    private final List<Fact> facts;
    private final Semaphore lendable;
    // Last in, first out: the session used most recently is the one whose memory is warmest.
    private final ConcurrentLinkedDeque<LiveSession> idle = new ConcurrentLinkedDeque<>();

    public SessionPool(RuleBook rules, List<? extends Fact> facts, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool holds at least one session");
        }
        this.rules = rules;
        this.facts = List.copyOf(facts);
        this.lendable = new Semaphore(size, true);
    }

    /** One session per core: what-ifs are CPU work, so more would only wait for the same cores. */
    public static int defaultSize() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code work} on a session of its own at the world's baseline, and expects it back at the baseline. */
    public <T> T use(Function<LiveSession, T> work) {
        acquire();
        LiveSession session = null;
        try {
            session = idle.pollFirst();
            if (session == null) {
                session = new LiveSession(rules, facts);
            }
            T result = work.apply(session);
            idle.addFirst(session);
            session = null;
            return result;
        } finally {
            if (session != null) {
                session.close();
            }
            lendable.release();
        }
    }

    /** Waits for a session, within work of a bounded time no longer than what is left of it. */
    private void acquire() {
        Deadline deadline = Deadline.current();
        if (deadline == null) {
            lendable.acquireUninterruptibly();
            return;
        }
        try {
            if (!lendable.tryAcquire(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
                throw deadline.exceeded(rules.folder(), "every session was busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deadline.exceeded(rules.folder(), "interrupted while waiting for a session");
        }
    }
}
