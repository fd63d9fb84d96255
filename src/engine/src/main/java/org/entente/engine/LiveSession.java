package org.entente.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.derived.Derived;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One rules session kept alive across many what-ifs: apply a change (delete and insert facts), fire, read the
 * findings, then restore the baseline. Truth maintenance undoes exactly what the change caused, so this gives the
 * same findings as a fresh session per what-if at a fraction of the cost. Not thread-safe: one per thread.
 */
public final class LiveSession implements AutoCloseable {

    private final KieSession session;
    private final FiringCap firingCap;
    private final Map<String, FactHandle> handles = new LinkedHashMap<>();
    private final Map<String, Integer> findings = new HashMap<>();
    /** Every derived fact the session holds, by id, kept current as rules insert and truth maintenance retracts. */
    private final Map<String, List<Derived>> derived = new HashMap<>();
    /** The ids whose derived facts a change has touched since it began. */
    private final Set<String> touched = new HashSet<>();
    /** The derived facts at the baseline, each id's in {@link Inference#MATCH_ORDER}: what a probe's reading starts from. */
    private final Map<String, List<Derived>> baseline;

    /** A session over these facts with the firing cap {@link Inference#run(RuleBook, Collection)} uses. */
    public LiveSession(RuleBook rules, Collection<? extends Fact> facts) {
        this(rules, facts, FiringCap.forFacts(facts.size()));
    }

    /**
     * @param cap the most firings one {@code fire} may take (the baseline, each probe and each restore) before it
     *            fails naming the rule that kept firing
     */
    public LiveSession(RuleBook rules, Collection<? extends Fact> facts, long cap) {
        this.session = rules.newSession();
        this.firingCap = FiringCap.on(session, rules, cap, facts.size());
        session.addEventListener(new FindingTracker());
        try {
            for (Fact fact : facts) {
                handles.put(fact.id(), session.insert(fact));
            }
            fire();
        } catch (RuntimeException failed) {
            session.dispose();
            throw failed;
        }
        baseline = ordered(derived);
    }

    private static Map<String, List<Derived>> ordered(Map<String, List<Derived>> derived) {
        Map<String, List<Derived>> copy = new HashMap<>();
        derived.forEach((id, matches) -> copy.put(id, ordered(matches)));
        return Collections.unmodifiableMap(copy);
    }

    private static List<Derived> ordered(List<Derived> matches) {
        if (matches.size() < 2) {
            return List.copyOf(matches);
        }
        List<Derived> sorted = new ArrayList<>(matches);
        sorted.sort(Inference.MATCH_ORDER);
        return List.copyOf(sorted);
    }

    /** The ids of the findings that hold now, sorted. */
    public Set<String> findingIds() {
        return new TreeSet<>(findings.keySet());
    }

    /**
     * The findings that would hold with these facts retracted and those inserted; the session is back at its
     * baseline afterwards.
     */
    public Set<String> probe(Collection<String> retract, Collection<? extends Fact> insert) {
        return change(retract, insert, this::findingIds);
    }

    /**
     * Reads what the rules derive with these facts retracted and those inserted; the session is back at its baseline
     * afterwards. The inference handed to {@code read} counts only the firings the change caused, and says which
     * derived facts the change made differ from the baseline's ({@link Inference#changedFromBaseline()}). If the
     * probe throws, the session is left as it was when it failed and must be closed.
     */
    public <T> T probe(Collection<String> retract, Collection<? extends Fact> insert, Function<Inference, T> read) {
        Map<String, Long> before = firingCap.firings();
        return change(retract, insert, () -> {
            // Only what the change touched is read from the session; the rest is the baseline's, read once.
            Map<String, List<Derived>> now = new HashMap<>();
            touched.forEach(id -> now.put(id, ordered(derived.getOrDefault(id, List.of()))));
            return read.apply(Inference.changed(baseline, now, since(before)));
        });
    }

    private <T> T change(Collection<String> retract, Collection<? extends Fact> insert, Supplier<T> read) {
        touched.clear();
        Map<String, Fact> removed = new LinkedHashMap<>();
        for (String id : retract) {
            FactHandle handle = handles.remove(id);
            if (handle != null) {
                removed.put(id, (Fact) session.getObject(handle));
                session.delete(handle);
            }
        }
        // A handle per inserted fact, not per id: two inserted facts may share an id (two stances a sweep asserts for
        // one actor), and the restore must take back both.
        List<FactHandle> added = new ArrayList<>(insert.size());
        for (Fact fact : insert) {
            added.add(session.insert(fact));
        }
        // A probe that fails (a rule kept firing) leaves the session half-changed: it is not restored, and the caller
        // must close it rather than probe it again.
        fire();
        T result = read.get();
        added.forEach(session::delete);
        removed.forEach((id, fact) -> handles.put(id, session.insert(fact)));
        fire();
        return result;
    }

    /** Everything the rules derived from the facts as they stand, with every firing since the session began. */
    public Inference inference() {
        return Inference.collect(session, firingCap.firings());
    }

    private Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> firings = new HashMap<>();
        firingCap.firings().forEach((rule, count) -> {
            long caused = count - before.getOrDefault(rule, 0L);
            if (caused > 0) {
                firings.put(rule, caused);
            }
        });
        return firings;
    }

    private void fire() {
        firingCap.fire(session);
    }

    @Override
    public void close() {
        session.dispose();
    }

    /** Keeps the derived facts and finding ids current as rules insert and truth maintenance retracts them. */
    private final class FindingTracker implements RuleRuntimeEventListener {

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Derived fact) {
                derived.computeIfAbsent(fact.id(), id -> new ArrayList<>(1)).add(fact);
                touched.add(fact.id());
            }
            if (event.getObject() instanceof FindingFact finding) {
                findings.merge(finding.id(), 1, Integer::sum);
            }
        }

        /** The very object retracted; an equal one only if the session handed back another instance. */
        private static void removeSame(List<Derived> matches, Derived fact) {
            for (int index = 0; index < matches.size(); index++) {
                if (matches.get(index) == fact) {
                    matches.remove(index);
                    return;
                }
            }
            matches.remove(fact);
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // Facts are immutable records: they are replaced, never updated in place.
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Derived fact) {
                List<Derived> matches = derived.get(fact.id());
                if (matches != null) {
                    removeSame(matches, fact);
                    if (matches.isEmpty()) {
                        derived.remove(fact.id());
                    }
                }
                touched.add(fact.id());
            }
            if (event.getOldObject() instanceof FindingFact finding) {
                findings.computeIfPresent(finding.id(), (id, count) -> count == 1 ? null : count - 1);
            }
        }
    }
}
