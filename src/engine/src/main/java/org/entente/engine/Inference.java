package org.entente.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.derived.Derived;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.kie.api.runtime.KieSession;

/**
 * One run of the rules over a set of facts: everything the rules derived, indexed by id so that any derived
 * fact can be traced back to the base facts it rests on.
 */
public final class Inference {

    private final Map<String, List<Derived>> derived;
    private final Map<String, Long> firings;

    private Inference(Map<String, List<Derived>> derived, Map<String, Long> firings) {
        this.derived = derived;
        this.firings = firings;
    }

    /** Runs the rules with a firing cap proportional to the facts, so a looping rule fails clearly instead of hanging. */
    public static Inference run(RuleBook rules, Collection<? extends Fact> facts) {
        return run(rules, facts, FiringCap.forFacts(facts.size()));
    }

    public static Inference run(RuleBook rules, Collection<? extends Fact> facts, long cap) {
        KieSession session = rules.newSession();
        try {
            FiringCap firingCap = FiringCap.on(session, rules, cap, facts.size());
            facts.forEach(session::insert);
            firingCap.fire(session);
            return collect(session, firingCap.firings());
        } finally {
            session.dispose();
        }
    }

    static Inference collect(KieSession session, Map<String, Long> firings) {
        Map<String, List<Derived>> derived = new LinkedHashMap<>();
        for (Object object : session.getObjects(object -> object instanceof Derived)) {
            Derived fact = (Derived) object;
            derived.computeIfAbsent(fact.id(), id -> new ArrayList<>(1)).add(fact);
        }
        return new Inference(derived, Map.copyOf(firings));
    }

    /** Every finding concluded; several matches may reach the same finding id with different bases. */
    public List<FindingFact> findings() {
        List<FindingFact> findings = new ArrayList<>();
        derived.values().forEach(all -> all.stream().filter(FindingFact.class::isInstance)
                .map(FindingFact.class::cast).forEach(findings::add));
        return findings;
    }

    /** The derived facts with this id (several when more than one match derived it), or none for a base fact. */
    public List<Derived> derived(String id) {
        return derived.getOrDefault(id, List.of());
    }

    /** The ids of every derived fact, sorted. */
    public java.util.SortedSet<String> derivedIds() {
        return new java.util.TreeSet<>(derived.keySet());
    }

    /** How often each rule fired, by rule name. */
    public Map<String, Long> firings() {
        return firings;
    }

    public int derivedCount() {
        return derived.values().stream().mapToInt(List::size).sum();
    }
}
