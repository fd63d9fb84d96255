package org.entente.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.entente.BudgetExceeded;
import org.entente.Deadline;
import org.entente.InputError;
import org.entente.derived.Derived;
import org.entente.domain.Fact;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Fires a session within three bounds, so that a runaway rule fails clearly, naming the rule and its file, instead
 * of hanging or exhausting memory: a number of firings and a growth of working memory, both proportional to the
 * facts, and a time budget. Also counts how often each rule fired.
 *
 * <p>The rule named is the one that changed given facts (inserted, updated or deleted a {@link Fact} that is not {@link Derived}) most often:
 * no shipped rule does that, and a loop needs a consequence that feeds its own conditions, while the rules downstream
 * of a looping rule fire more often than it does (each new region fires every containment rule). When no rule
 * changed a given fact, it is the rule that fired most.
 *
 * <p>A consequence that never returns cannot be halted between firings; once the budget and a grace period have
 * passed with the same consequence still running, the watchdog stops the thread running it (Java 17's
 * {@code Thread.stop}, the only way to interrupt a busy loop), and the run fails naming that rule. The session is
 * disposed by its owner, so nothing it held is used again.
 */
final class FiringCap extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** The time budget of a run unless the rule book says otherwise: the seed world fires to rest in under 0.2 s. */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    /** How long past the budget a consequence may still run before its thread is stopped. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "entente-rules-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final RuleBook rules;
    private final long cap;
    private final long maxObjects;
    private final Map<String, Long> firings = new HashMap<>();
    private final Map<String, Long> changes = new HashMap<>();
    private volatile String firing;
    private volatile long firingNumber;
    private volatile Stop stop;
    private volatile boolean threadStopped;
    private long objects;
    private boolean running;

    private enum Stop { FIRINGS, MEMORY, TIME }

    private FiringCap(RuleBook rules, long cap, int facts) {
        this.rules = rules;
        this.cap = cap;
        this.maxObjects = maxObjects(facts);
    }

    static long forFacts(int facts) {
        return 100_000L + 1_000L * facts;
    }

    /**
     * The seed world holds under 10 objects per given fact once everything is derived; a loop that inserts grows
     * without end, and at about 1 KiB per object this keeps a 512 MiB heap clear of it.
     */
    static long maxObjects(int facts) {
        return 50_000L + 500L * facts;
    }

    /**
     * Attaches a cap to the session; call {@link #fire} instead of the session's fireAllRules.
     *
     * @param facts the given facts the session will hold, which scale the bound on working memory
     */
    static FiringCap on(KieSession session, RuleBook rules, long cap, int facts) {
        FiringCap firingCap = new FiringCap(rules, cap, facts);
        firingCap.objects = session.getFactCount();
        session.addEventListener((DefaultAgendaEventListener) firingCap);
        session.addEventListener((RuleRuntimeEventListener) firingCap);
        return firingCap;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
        firingNumber++;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        objects++;
        changed(event.getObject(), event.getRule(), event.getKieRuntime());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        changed(event.getObject(), event.getRule(), event.getKieRuntime());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        objects--;
        changed(event.getOldObject(), event.getRule(), event.getKieRuntime());
    }

    private void changed(Object object, org.kie.api.definition.rule.Rule rule, Object runtime) {
        if (rule != null && object instanceof Fact && !(object instanceof Derived)) {
            changes.merge(rule.getName(), 1L, Long::sum);
        }
        if (objects > maxObjects && stop == null && runtime instanceof KieSession session) {
            stop = Stop.MEMORY;
            session.halt();
        }
    }

    /** Fires the session until it rests, or throws an {@link InputError} naming the rule that ran away. */
    void fire(KieSession session) {
        Duration budget = rules.budget();
        // Within work of a bounded time (a request), the run has what is left of it, when that is less.
        Deadline deadline = Deadline.current();
        Deadline binding = deadline != null && deadline.remaining().compareTo(budget) < 0 ? deadline : null;
        if (binding != null) {
            budget = binding.remaining();
            if (budget.isZero()) {
                throw binding.exceeded(rules.folder(), "no time was left to run the rules");
            }
        }
        Thread worker = Thread.currentThread();
        boolean wasInterrupted = worker.isInterrupted();
        stop = null;
        threadStopped = false;
        synchronized (this) {
            running = true;
        }
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> overrun(session, worker), budget.toNanos(),
                TimeUnit.NANOSECONDS);
        int fired;
        try {
            fired = session.fireAllRules((int) Math.min(cap, Integer.MAX_VALUE));
        } catch (ThreadDeath | RuntimeException stopped) {
            if (stop != Stop.TIME) {
                throw stopped;
            }
            if (threadStopped && !wasInterrupted) {
                // Stopping a thread also sets its interrupt flag, which would fail its next wait or channel read.
                Thread.interrupted();
            }
            throw timeout(budget, binding);
        } finally {
            synchronized (this) {
                running = false;
            }
            watchdog.cancel(false);
        }
        if (stop == Stop.TIME) {
            throw timeout(budget, binding);
        }
        if (stop == Stop.MEMORY) {
            String rule = culprit();
            throw new InputError(where(rule), "kept adding facts: working memory passed %d objects (%d firings of "
                    .formatted(maxObjects, firings.getOrDefault(rule, 0L)) + "this rule) and the run was stopped; "
                    + "its consequence probably re-enables it");
        }
        if (fired >= cap) {
            String rule = culprit();
            throw new InputError(where(rule), "kept firing (%d of %d firings before the cap "
                    .formatted(firings.getOrDefault(rule, 0L), cap) + "stopped it); its consequence probably re-enables it");
        }
    }

    /** Past the budget: halt between firings; if one consequence is still running after the grace, stop it. */
    private void overrun(KieSession session, Thread worker) {
        stop = Stop.TIME;
        session.halt();
        long stuckAt = firingNumber;
        String stuckIn = firing;
        if (stuckIn == null) {
            return;
        }
        WATCHDOG.schedule(() -> {
            synchronized (this) {
                if (running && firing != null && firingNumber == stuckAt) {
                    threadStopped = true;
                    threadStopped = stopThread(worker);
                }
            }
        }, GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static boolean stopThread(Thread worker) {
        try {
            worker.stop();
            return true;
        } catch (UnsupportedOperationException removed) {
            // Java 20 and later removed Thread.stop: the consequence runs on, and its caller waits.
            return false;
        }
    }

    /** @param request the deadline of the work the run is part of, when it ended the run sooner than the budget */
    private InputError timeout(Duration budget, Deadline request) {
        String rule = firing != null ? firing : culprit();
        String detail = firing != null ? "its consequence never returned and was stopped"
                : "the rules were still firing (%d firings of this rule)".formatted(firings.getOrDefault(rule, 0L));
        if (request != null) {
            return request.exceeded(where(rule), detail);
        }
        return new BudgetExceeded(where(rule), "did not finish within the time budget of %s; %s".formatted(
                Deadline.seconds(budget), detail));
    }

    private String culprit() {
        Map<String, Long> counts = changes.isEmpty() ? firings : changes;
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("?");
    }

    private String where(String rule) {
        String file = rules.catalogue().stream().filter(info -> info.name().equals(rule))
                .map(info -> rules.folder() + "/" + info.file()).findFirst().orElse(rules.folder());
        return file + " rule \"" + rule + "\"";
    }

    Map<String, Long> firings() {
        return Map.copyOf(firings);
    }
}
