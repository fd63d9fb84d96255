package org.entente;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A limit on the time one piece of work may take across everything it does: a request to the service may run the
 * rules many times (a batch of scenarios), wait for a pooled session and draft an article. The work runs inside
 * {@link #within}; each run of the rules in it takes the smaller of its own time budget and what is left here, a
 * wait for a session waits no longer than what is left, and the drafter looks between sentences. Past the deadline
 * the work fails with a {@link BudgetExceeded}.
 *
 * <p>The deadline belongs to the thread doing the work, which is how it reaches the runs of the rules deep inside
 * an analyser without every call taking it as a parameter; work started inside other work keeps the earlier of the
 * two deadlines, and the thread is free of it once {@link #within} returns.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long endNanos;
    private final Duration budget;
    private final String work;

    private Deadline(long endNanos, Duration budget, String work) {
        this.endNanos = endNanos;
        this.budget = budget;
        this.work = work;
    }

    /**
     * Does {@code work} on this thread within {@code budget}.
     *
     * @param what what the work is, as an error would name it ("the request")
     * @throws BudgetExceeded from inside the work, once the budget has passed
     */
    public static <T> T within(Duration budget, String what, Supplier<T> work) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget is positive, not " + budget);
        }
        Deadline outer = CURRENT.get();
        Deadline mine = new Deadline(System.nanoTime() + budget.toNanos(), budget, what);
        CURRENT.set(outer != null && outer.endNanos - mine.endNanos < 0 ? outer : mine);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The deadline of the work this thread is doing, or null when it has none. */
    public static Deadline current() {
        return CURRENT.get();
    }

    /**
     * A point at which work may stop cleanly.
     *
     * @param where what was in progress, as the error should name it
     * @throws BudgetExceeded when this thread's deadline has passed
     */
    public static void check(String where) {
        Deadline deadline = CURRENT.get();
        if (deadline != null && deadline.remaining().isZero()) {
            throw deadline.exceeded(where, "");
        }
    }

    /** What is left of the budget; zero once it has passed. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /**
     * The error for work over this deadline.
     *
     * @param detail what was happening when time ran out, as a clause after a semicolon, or empty
     */
    public BudgetExceeded exceeded(String where, String detail) {
        return new BudgetExceeded(where, "%s did not finish within its time budget of %s%s".formatted(work,
                seconds(budget), detail.isEmpty() ? "" : "; " + detail));
    }

    /** A budget as a person would say it: whole seconds when it is some, else milliseconds. */
    public static String seconds(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }
}
