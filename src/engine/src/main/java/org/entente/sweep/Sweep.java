package org.entente.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Evaluates every single change and, at depth 2, every pair of changes to different facts, and reports which
 * findings each creates or removes.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * @param progress told how many evaluations are done, after each one
     * @return every single change that alters a finding, and at depth 2 every pair whose effect is more than the
     *         sum of its parts (the interactions); with a target, the minimal change sets that resolve or create it
     */
    public static SweepReport run(Evaluator evaluator, List<SweepChange> changes, int depth, String target,
                                  Set<String> rules, LongConsumer progress) {
        if (depth < 1 || depth > 2) {
            throw new IllegalArgumentException("depth is 1 or 2");
        }
        long start = System.nanoTime();
        Set<String> baseline = evaluator.baseline();
        List<Outcome> singles = new ArrayList<>();
        long done = 0;
        for (SweepChange change : changes) {
            singles.add(outcome(baseline, List.of(change), evaluator.evaluate(List.of(change))));
            progress.accept(++done);
        }
        List<Outcome> pairs = new ArrayList<>();
        if (depth == 2) {
            for (int first = 0; first < changes.size(); first++) {
                for (int second = first + 1; second < changes.size(); second++) {
                    if (changes.get(first).touches().equals(changes.get(second).touches())) {
                        continue;
                    }
                    List<SweepChange> pair = List.of(changes.get(first), changes.get(second));
                    Outcome outcome = outcome(baseline, pair, evaluator.evaluate(pair));
                    // A pair that changes nothing is no news, even when its singles did (they cancel out).
                    if (outcome.changesAnything() && !sameAs(outcome, singles.get(first), singles.get(second))) {
                        pairs.add(outcome);
                    }
                    progress.accept(++done);
                }
            }
        }
        List<Outcome> changing = new ArrayList<>(singles.stream().filter(Outcome::changesAnything).toList());
        changing.addAll(pairs);
        TargetAnswer answer = target == null ? null : TargetAnswer.of(target, baseline, rules, singles, pairs);
        return new SweepReport(baseline.size(), changes.size(), depth, done, (System.nanoTime() - start) / 1e9,
                changing, answer, List.of());
    }

    /** How many change sets a sweep evaluates: the singles, and at depth 2 the pairs of changes to different facts. */
    public static long evaluations(List<SweepChange> changes, int depth) {
        long count = changes.size();
        if (depth == 2) {
            for (int first = 0; first < changes.size(); first++) {
                for (int second = first + 1; second < changes.size(); second++) {
                    if (!changes.get(first).touches().equals(changes.get(second).touches())) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static Outcome outcome(Set<String> baseline, List<SweepChange> changes, Set<String> after) {
        Set<String> added = new TreeSet<>(after);
        added.removeAll(baseline);
        Set<String> removed = new TreeSet<>(baseline);
        removed.removeAll(after);
        return new Outcome(changes.stream().map(SweepChange::label).toList(), List.copyOf(added), List.copyOf(removed));
    }

    /** A pair that does exactly what its two changes do apart is no news. */
    private static boolean sameAs(Outcome pair, Outcome first, Outcome second) {
        Set<String> added = new HashSet<>(first.added());
        added.addAll(second.added());
        Set<String> removed = new HashSet<>(first.removed());
        removed.addAll(second.removed());
        return added.equals(new HashSet<>(pair.added())) && removed.equals(new HashSet<>(pair.removed()));
    }

    /** Smaller sets first, then those with fewer side effects. */
    static Comparator<Outcome> ranking(String target) {
        return Comparator.comparingInt(Outcome::size)
                .thenComparingInt(outcome -> sideEffects(outcome, target))
                .thenComparing(outcome -> String.join(" + ", outcome.changes()));
    }

    static int sideEffects(Outcome outcome, String target) {
        return (int) (outcome.added().stream().filter(id -> !matches(id, target)).count()
                + outcome.removed().stream().filter(id -> !matches(id, target)).count());
    }

    static boolean matches(String findingId, String target) {
        return findingId.equals(target) || findingId.startsWith(target + ":");
    }
}
