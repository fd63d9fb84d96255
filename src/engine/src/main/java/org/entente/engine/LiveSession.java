package org.entente.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        Map<String, Fact> removed = new LinkedHashMap<>();
        for (String id : retract) {
            FactHandle handle = handles.remove(id);
            if (handle != null) {
                removed.put(id, (Fact) session.getObject(handle));
                session.delete(handle);
            }
        }
        Map<String, FactHandle> added = new LinkedHashMap<>();
        for (Fact fact : insert) {
            added.put(fact.id(), session.insert(fact));
        }
        try {
            fire();
            return findingIds();
        } finally {
            added.values().forEach(session::delete);
            removed.forEach((id, fact) -> handles.put(id, session.insert(fact)));
            fire();
        }
    }

    private void fire() {
        firingCap.fire(session);
    }

    @Override
    public void close() {
        session.dispose();
    }

    /** Keeps the set of finding ids current as rules insert and truth maintenance retracts findings. */
    private final class FindingTracker implements RuleRuntimeEventListener {

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof FindingFact finding) {
                findings.merge(finding.id(), 1, Integer::sum);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // Facts are immutable records: they are replaced, never updated in place.
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof FindingFact finding) {
                findings.computeIfPresent(finding.id(), (id, count) -> count == 1 ? null : count - 1);
            }
        }
    }
}
