package org.entente.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.derived.Derived;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.entente.engine.Inference;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.Folding;
import org.entente.result.RuleInfo;

/**
 * Given/expect tests for rules, in the spirit of Timefold's ConstraintVerifier. Build one verifier per rules
 * folder (compiling is the slow part, done once per process for the same rules) and share it across tests:
 *
 * <pre>{@code
 * RuleVerifier rules = RuleVerifier.forRules(Path.of("rules"), Path.of("target", "rule-cache"));
 * rules.verifyThat("out-of-area-objection")
 *      .given(state("FRA"), organisation("NATO"), member("FRA", "NATO"), ...)
 *      .produces("FRA", "NATO", "nato-asia-office");
 * }</pre>
 *
 * Failures are {@link AssertionError}s that list what the rules did conclude, so any test framework reports them.
 */
public final class RuleVerifier {

    private final RuleBook rules;
    /** The same rules compiled the other way, run beside {@link #rules} to check that both ways agree; or null. */
    private final RuleBook otherWay;

    private RuleVerifier(RuleBook rules, RuleBook otherWay) {
        this.rules = rules;
        this.otherWay = otherWay;
    }

    /** Verifies the rules compiled from DRL, as {@code Analyser.load} without a cache runs them. */
    public static RuleVerifier forRules(Path folder) {
        return new RuleVerifier(RuleBook.load(folder), null);
    }

    /**
     * Verifies the rules both ways they run: as the executable model kept in {@code cacheFolder} (what the CLI runs),
     * whose conclusions the expectations are checked against, and as compiled DRL; every {@code given} also fails
     * when the two derive different facts.
     */
    public static RuleVerifier forRules(Path folder, Path cacheFolder) {
        return new RuleVerifier(RuleBook.load(folder, RuleCache.at(cacheFolder)), RuleBook.load(folder));
    }

    /** Expectations about the findings of one rule, named by its finding id such as {@code consensus-blocked}. */
    public Given verifyThat(String findingRule) {
        boolean known = rules.catalogue().stream().anyMatch(rule -> findingRule.equals(rule.finding()));
        if (!known) {
            throw new IllegalArgumentException("no rule concludes '" + findingRule + "'; the finding rules are "
                    + rules.catalogue().stream().filter(RuleInfo::concludesFinding).map(RuleInfo::finding).toList());
        }
        return new Given(findingRule);
    }

    /** Expectations about derived (classifying) facts, by id, such as {@code within:asia:indo-pacific}. */
    public Given verifyDerivations() {
        return new Given(null);
    }

    public final class Given {

        private final String findingRule;

        private Given(String findingRule) {
            this.findingRule = findingRule;
        }

        public Then given(Fact... facts) {
            return given(Arrays.asList(facts));
        }

        /** The rules see the facts as the analyser shows them: persons and agencies folded into whom they speak for. */
        public Then given(Collection<? extends Fact> facts) {
            List<Fact> given = Folding.fold(List.copyOf(facts));
            Inference inference = Inference.run(rules, given);
            if (otherWay != null) {
                Inference drl = Inference.run(otherWay, given);
                if (!derivedFacts(drl).equals(derivedFacts(inference))) {
                    throw new AssertionError("the executable model derived " + derivedFacts(inference)
                            + " but compiled DRL derived " + derivedFacts(drl));
                }
            }
            return new Then(findingRule, inference);
        }
    }

    private static Set<Derived> derivedFacts(Inference inference) {
        Set<Derived> facts = new HashSet<>();
        inference.derivedIds().forEach(id -> facts.addAll(inference.derived(id)));
        return facts;
    }

    public static final class Then {

        private final String findingRule;
        private final Inference inference;

        private Then(String findingRule, Inference inference) {
            this.findingRule = findingRule;
            this.inference = inference;
        }

        private List<FindingFact> findings() {
            return inference.findings().stream().filter(finding -> finding.rule().equals(findingRule)).toList();
        }

        /** Some finding of the rule is about all these subjects (and perhaps more). */
        public Then produces(String... subjects) {
            List<String> wanted = List.of(subjects);
            if (findings().stream().noneMatch(finding -> finding.subjects().containsAll(wanted))) {
                throw new AssertionError("expected " + findingRule + " about " + wanted + " but " + described());
            }
            return this;
        }

        /** The rule concludes nothing from these facts: the near miss. */
        public Then producesNothing() {
            if (!findings().isEmpty()) {
                throw new AssertionError("expected no " + findingRule + " but " + described());
            }
            return this;
        }

        /** The rule's distinct findings are exactly these subject lists (compared as sets), no more, no fewer. */
        @SafeVarargs
        public final Then producesExactly(List<String>... subjectLists) {
            Set<Set<String>> wanted = Arrays.stream(subjectLists).map(HashSet::new).collect(Collectors.toSet());
            Set<Set<String>> actual = findings().stream().map(finding -> (Set<String>) new HashSet<>(finding.subjects()))
                    .collect(Collectors.toSet());
            if (!wanted.equals(actual)) {
                throw new AssertionError("expected exactly " + findingRule + " about " + wanted + " but " + described());
            }
            return this;
        }

        /** How many distinct findings (by id) the rule concludes. */
        public Then producesCount(int count) {
            long distinct = findings().stream().map(FindingFact::id).distinct().count();
            if (distinct != count) {
                throw new AssertionError("expected " + count + " " + findingRule + " findings but " + described());
            }
            return this;
        }

        /** A derived fact with this id exists, such as {@code out-of-area:nato-asia-office}. */
        public Then derives(String derivedId) {
            if (inference.derived(derivedId).isEmpty()) {
                throw new AssertionError("expected the rules to derive " + derivedId + " but they derived "
                        + inference.derivedIds());
            }
            return this;
        }

        public Then doesNotDerive(String derivedId) {
            if (!inference.derived(derivedId).isEmpty()) {
                throw new AssertionError("expected the rules not to derive " + derivedId);
            }
            return this;
        }

        private String described() {
            List<String> found = new ArrayList<>();
            findings().forEach(finding -> found.add(finding.id() + " " + finding.subjects()));
            return found.isEmpty() ? "the rule concluded nothing" : "the rule concluded " + found;
        }
    }
}
