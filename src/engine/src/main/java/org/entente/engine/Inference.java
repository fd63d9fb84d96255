package org.entente.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.derived.Derived;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.kie.api.runtime.KieSession;

/**
 * One run of the rules over a set of facts: everything the rules derived, indexed by id so that any derived
 * fact can be traced back to the base facts it rests on.
 */
public final class Inference {

    /** A match order independent of the order a session holds them in, which differs between fresh and live. */
    static final Comparator<Derived> MATCH_ORDER = Comparator.comparing((Derived match) -> match.basis().toString())
            .thenComparing(Derived::statement);

    private final Map<String, List<Derived>> derived;
    private final Map<String, Long> firings;
    /** For a probe of a live session, the ids whose derived facts differ from its baseline's; else null. */
    private final Set<String> changed;

    private Inference(Map<String, List<Derived>> derived, Map<String, Long> firings, Set<String> changed) {
        this.derived = derived;
        this.firings = firings;
        this.changed = changed;
    }

    /**
     * What a live session derives after a change: its baseline's derived facts, with those of the ids the change
     * touched as they are now.
     *
     * @param baseline the baseline's derived facts by id, each list in {@link #MATCH_ORDER}; not copied, never changed
     * @param now      the touched ids' derived facts now (an empty list for an id that has none left), in that order
     */
    static Inference changed(Map<String, List<Derived>> baseline, Map<String, List<Derived>> now,
                             Map<String, Long> firings) {
        Map<String, List<Derived>> overrides = new HashMap<>();
        now.forEach((id, matches) -> {
            if (!matches.equals(baseline.getOrDefault(id, List.of()))) {
                overrides.put(id, matches);
            }
        });
        Map<String, List<Derived>> derived = overrides.isEmpty() ? baseline : new Overridden(baseline, overrides);
        return new Inference(derived, Map.copyOf(firings), Set.copyOf(overrides.keySet()));
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
        // Several matches of one id come in the order the session holds them, which differs between a fresh session
        // and a live one that has been changed and restored; ordered by what they rest on, they read the same.
        derived.values().stream().filter(matches -> matches.size() > 1).forEach(matches -> matches.sort(MATCH_ORDER));
        return new Inference(derived, Map.copyOf(firings), null);
    }

    /**
     * For a probe of a live session, the ids of the derived facts (findings among them) that differ from the
     * baseline's: what a reader of the baseline must read again. Empty otherwise.
     */
    public Optional<Set<String>> changedFromBaseline() {
        return Optional.ofNullable(changed);
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

    /** A baseline's derived facts with some ids' replaced, read through without copying the baseline. */
    private static final class Overridden extends AbstractMap<String, List<Derived>> {

        private final Map<String, List<Derived>> baseline;
        private final Map<String, List<Derived>> overrides;

        Overridden(Map<String, List<Derived>> baseline, Map<String, List<Derived>> overrides) {
            this.baseline = baseline;
            this.overrides = overrides;
        }

        @Override
        public List<Derived> get(Object id) {
            List<Derived> now = overrides.get(id);
            if (now != null) {
                return now.isEmpty() ? null : now;
            }
            return baseline.get(id);
        }

        @Override
        public List<Derived> getOrDefault(Object id, List<Derived> otherwise) {
            List<Derived> found = get(id);
            return found != null ? found : otherwise;
        }

        @Override
        public Set<Entry<String, List<Derived>>> entrySet() {
            Map<String, List<Derived>> all = new LinkedHashMap<>(baseline);
            overrides.forEach((id, now) -> {
                if (now.isEmpty()) {
                    all.remove(id);
                } else {
                    all.put(id, now);
                }
            });
            return all.entrySet();
        }
    }
}
