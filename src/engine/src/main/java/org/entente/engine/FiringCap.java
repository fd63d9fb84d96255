package org.entente.engine;

import java.util.HashMap;
import java.util.Map;
import org.entente.InputError;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Fires a session with a cap proportional to its facts, so a rule whose consequence re-enables itself fails clearly,
 * naming the rule and its file, instead of hanging. Also counts how often each rule fired.
 */
final class FiringCap extends DefaultAgendaEventListener {

    private final RuleBook rules;
    private final long cap;
    private final Map<String, Long> firings = new HashMap<>();

    private FiringCap(RuleBook rules, long cap) {
        this.rules = rules;
        this.cap = cap;
    }

    static long forFacts(int facts) {
        return 100_000L + 1_000L * facts;
    }

    /** Attaches a cap to the session; call {@link #fire} instead of the session's fireAllRules. */
    static FiringCap on(KieSession session, RuleBook rules, long cap) {
        FiringCap firingCap = new FiringCap(rules, cap);
        session.addEventListener(firingCap);
        return firingCap;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
    }

    /** Fires the session until it rests, or throws an {@link InputError} naming the rule that kept firing. */
    void fire(KieSession session) {
        int fired = session.fireAllRules((int) Math.min(cap, Integer.MAX_VALUE));
        if (fired >= cap) {
            String rule = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("?");
            String file = rules.catalogue().stream().filter(info -> info.name().equals(rule))
                    .map(info -> rules.folder() + "/" + info.file()).findFirst().orElse(rules.folder());
            throw new InputError(file + " rule \"" + rule + "\"", "kept firing (%d of %d firings before the cap "
                    .formatted(firings.getOrDefault(rule, 0L), cap) + "stopped it); its consequence probably re-enables it");
        }
    }

    Map<String, Long> firings() {
        return Map.copyOf(firings);
    }
}
