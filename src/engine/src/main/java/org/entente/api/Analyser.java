package org.entente.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.UnknownFindingError;
import org.entente.domain.Fact;
import org.entente.engine.Explainer;
import org.entente.engine.Inference;
import org.entente.engine.LiveSession;
import org.entente.engine.Reporter;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.engine.SessionPool;
import org.entente.io.Json;
import org.entente.pack.Declared;
import org.entente.pack.Delta;
import org.entente.pack.FactPack;
import org.entente.pack.FactType;
import org.entente.pack.PackLoader;
import org.entente.pack.References;
import org.entente.pack.RelationKinds;
import org.entente.pack.Vocabulary;
import org.entente.result.Analysis;
import org.entente.result.Diff;
import org.entente.result.Explanation;
import org.entente.result.FactInfo;
import org.entente.result.Finding;
import org.entente.result.RuleInfo;
import org.entente.result.ScenarioInfo;
import org.entente.result.ScenarioResult;
import org.entente.result.TimelineStep;
import org.entente.result.WhatIf;
import org.entente.scenario.ExpectationCheck;
import org.entente.scenario.ScenarioApplier;
import org.entente.sweep.ChangeGenerator;
import org.entente.sweep.ChangeKind;
import org.entente.sweep.Evaluator;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepReport;

/**
 * The entry point for embedding Entente: rules compiled once, fact packs validated once, then any number of
 * analyses, what-ifs and explanations. What-ifs, explanations and sweeps run on a pool of live sessions per world
 * (at most one per core, each lent to one call at a time): a what-if applies its changes to a session already at
 * the baseline, fires, reads, and undoes them, which gives exactly what a fresh session gives at a fraction of the
 * cost. {@link #test} runs each scenario on a fresh session, since its coverage counts every firing in the
 * scenario's world.
 *
 * <p>An analyser is immutable once loaded (a scenario's own packs are loaded on first use and kept) and safe to
 * share between threads; results are immutable records. Its pooled sessions belong to its compiled rules and go
 * with them, so there is nothing to close. To pick up edited rules, load a new analyser and swap it in; calls
 * already running finish on the old one.
 */
public final class Analyser {

    private final RuleBook rules;
    private final RelationKinds kinds;
    private final LocalDate asOf;
    private final List<Path> defaultPacks;
    private final Map<List<Path>, Baseline> baselines = new ConcurrentHashMap<>();

    private Analyser(RuleBook rules, RelationKinds kinds, List<Path> defaultPacks, LocalDate asOf) {
        this(rules, kinds, defaultPacks, asOf, null);
    }

    /** @param facts the default packs already read, or null to read them */
    private Analyser(RuleBook rules, RelationKinds kinds, List<Path> defaultPacks, LocalDate asOf, FactPack facts) {
        this.rules = rules;
        this.kinds = kinds;
        this.asOf = asOf;
        this.defaultPacks = List.copyOf(defaultPacks);
        baselines.put(this.defaultPacks, new Baseline(facts != null ? facts : read(this.defaultPacks)));
    }

    /**
     * The same rules and packs, each run of the rules given {@code budget} (30 s unless set): a run still firing
     * then, or stuck in a consequence, fails with a {@link org.entente.BudgetExceeded} naming the rule.
     */
    public Analyser withRunBudget(java.time.Duration budget) {
        return new Analyser(rules.withBudget(budget), kinds, defaultPacks, asOf, baseline(defaultPacks).facts);
    }

    /**
     * @param rulesFolder a folder of {@code .drl} files and the relation kinds they use ({@code vocabulary.yaml})
     * @param packs       fact packs (YAML), merged into one world
     * @throws InputError naming file, line and field (or rule) when a rule or pack is at fault
     */
    public static Analyser load(Path rulesFolder, List<Path> packs) {
        return new Analyser(RuleBook.load(rulesFolder), RelationKinds.read(rulesFolder), packs, null);
    }

    /**
     * Like {@link #load(Path, List)}, keeping the compiled rules in {@code cacheFolder} between runs: unchanged rules
     * load without compiling DRL; a missing, stale or corrupt entry is rebuilt.
     */
    public static Analyser load(Path rulesFolder, List<Path> packs, Path cacheFolder) {
        return new Analyser(RuleBook.load(rulesFolder, RuleCache.at(cacheFolder)), RelationKinds.read(rulesFolder),
                packs, null);
    }

    /**
     * The same rules and packs, with the world seen on {@code day}: facts whose validity ({@code validFrom},
     * {@code validUntil}) does not include it are left out. Null keeps the packs' own date ({@code asOf}, else the
     * article's {@code published}).
     */
    public Analyser asOf(LocalDate day) {
        return new Analyser(rules, kinds, defaultPacks, day);
    }

    /** The day the baseline is seen on, or null when no pack is dated and every fact holds. */
    public LocalDate asOf() {
        return baseline(defaultPacks).facts.asOf();
    }

    /**
     * The days on which a fact of the baseline starts or stops holding, and the findings that appear and vanish on
     * each, in date order. The first step is the day before the first boundary, with what holds then.
     */
    public List<TimelineStep> timeline() {
        FactPack world = baseline(defaultPacks).facts;
        List<TimelineStep> steps = new ArrayList<>();
        List<Finding> before = null;
        List<LocalDate> days = new ArrayList<>();
        if (!world.boundaries().isEmpty()) {
            days.add(world.boundaries().first().minusDays(1));
        }
        days.addAll(world.boundaries());
        for (LocalDate day : days) {
            FactPack then = world.on(day);
            List<Finding> findings = new Reporter(then, Inference.run(rules, then.facts())).findings();
            Diff diff = Diff.between(before == null ? findings : before, findings);
            steps.add(new TimelineStep(day, findings.size(), diff.added(), diff.removed()));
            before = findings;
        }
        return steps;
    }

    /** The baseline: the rules over the packs' facts as they are. */
    public Analysis analyse() {
        Baseline baseline = baseline(defaultPacks);
        return new Analysis(baseline.facts.size(), rules.catalogue().size(), baseline.findings());
    }

    /**
     * Applies a scenario to its baseline (its own packs, or the analyser's) and compares the findings.
     *
     * @throws InputError when a change selects nothing, or leaves the facts inconsistent
     */
    public WhatIf whatIf(Scenario scenario) {
        Baseline baseline = baseline(packsOf(scenario));
        List<Finding> before = baseline.findings();
        FactPack world = ScenarioApplier.apply(scenario.definition(), baseline.facts);
        List<Finding> findings = baseline.probe(world, inference -> baseline.findingsIn(world, inference));
        return new WhatIf(info(scenario), world.size(), rules.catalogue().size(), findings,
                Diff.between(before, findings), before);
    }

    /**
     * Runs a scenario as a test: its what-if, checked against its expectations. Input errors in the scenario
     * are reported in the result rather than thrown, so one bad scenario does not hide the others.
     */
    public ScenarioResult test(Scenario scenario) {
        return test(scenario, true);
    }

    /**
     * Like {@link #test(Scenario)}. Without {@code countFirings} the what-if runs on a pooled live session, which gives
     * the same what-if (the fresh session is what the pool is held to) at a fraction of the cost, and the result's
     * firings are empty: a live session fires only what the change disturbs, so it cannot say what fires in the
     * scenario's world.
     */
    public ScenarioResult test(Scenario scenario, boolean countFirings) {
        long start = System.nanoTime();
        try {
            ExpectationCheck.checkRules(scenario.definition(), rules.catalogue());
            Run run = countFirings ? onFreshSession(scenario) : new Run(whatIf(scenario), Map.of());
            List<String> failures = scenario.isTest()
                    ? ExpectationCheck.failures(scenario.definition().expect(), run.whatIf) : List.of();
            return new ScenarioResult(scenario.name(), scenario.file(), run.whatIf, failures, null, run.firings,
                    seconds(start));
        } catch (InputError error) {
            return new ScenarioResult(scenario.name(), scenario.file(), null, List.of(), error.oneLine(), Map.of(),
                    seconds(start));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    record Run(WhatIf whatIf, Map<String, Long> firings) {
    }

    /** A what-if on a session of its own, counting every firing: the path the pooled one must agree with. */
    Run onFreshSession(Scenario scenario) {
        Baseline baseline = baseline(packsOf(scenario));
        FactPack world = ScenarioApplier.apply(scenario.definition(), baseline.facts);
        Inference inference = Inference.run(rules, world.facts());
        List<Finding> findings = new Reporter(world, inference).findings();
        return new Run(new WhatIf(info(scenario), world.size(), rules.catalogue().size(), findings,
                Diff.between(baseline.findings(), findings), baseline.findings()), inference.firings());
    }

    /** The justification tree of a baseline finding. */
    public Explanation explain(String findingId) {
        Baseline baseline = baseline(defaultPacks);
        return explain(findingId, baseline.facts, "the baseline", baseline.pool.use(LiveSession::inference));
    }

    /** The justification tree of a finding in a scenario's world; hypothetical facts say which scenario assumed them. */
    public Explanation explain(String findingId, Scenario scenario) {
        Baseline baseline = baseline(packsOf(scenario));
        FactPack world = ScenarioApplier.apply(scenario.definition(), baseline.facts);
        return baseline.probe(world, inference -> explain(findingId, world, "scenario \"" + scenario.name() + "\"",
                inference));
    }

    private Explanation explain(String findingId, FactPack world, String where, Inference inference) {
        Explainer explainer = new Explainer(world, inference, rules.catalogue(), rules.folder());
        return explainer.explain(findingId).orElseThrow(() -> {
            List<String> ids = new Reporter(world, inference).findings().stream().map(Finding::id).toList();
            return new UnknownFindingError(findingId, "no such finding in " + where
                    + Suggestions.didYouMean(findingId, ids));
        });
    }

    /**
     * Evaluates every single change of the kinds given (and at depth 2 every pair) on one live session, and reports
     * which findings each creates or removes; with a target (a finding id or rule id), the minimal change sets that
     * resolve or create it. A sweep holds one of the pool's sessions until it is done.
     *
     * @param progress told after each evaluation how many are done
     */
    public SweepReport sweep(Set<ChangeKind> kinds, int depth, String target, LongConsumer progress) {
        return sweep(kinds, Set.of(), depth, target, progress);
    }

    /**
     * Like {@link #sweep(Set, int, String, LongConsumer)}, never changing the facts kept.
     *
     * @param keep fact ids and type names (such as {@code Membership}) that no change may touch; a retraction that
     *             would take a kept fact with it is skipped, and the report says so
     * @throws InputError when the target is neither a rule id nor a finding id of one
     */
    public SweepReport sweep(Set<ChangeKind> kinds, Set<String> keep, int depth, String target,
                             LongConsumer progress) {
        Baseline baseline = baseline(defaultPacks);
        List<Fact> facts = baseline.facts.facts();
        Set<String> ruleIds = rules.catalogue().stream().filter(RuleInfo::concludesFinding).map(RuleInfo::finding)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        if (target != null) {
            checkTarget(target, ruleIds);
        }
        checkKept(keep, facts);
        ChangeGenerator.Changes changes = changes(facts, kinds, keep);
        return baseline.pool.use(session -> Sweep.run(Evaluator.on(session), changes.changes(), depth, target,
                ruleIds, progress).withSkipped(changes.skipped()));
    }

    /** A target names a rule, or a finding of a rule (which may not hold yet: the sweep then looks to create it). */
    private void checkTarget(String target, Set<String> ruleIds) {
        String rule = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
        if (!ruleIds.contains(rule)) {
            Set<String> known = new java.util.TreeSet<>(ruleIds);
            baseline(defaultPacks).findings().forEach(finding -> known.add(finding.id()));
            throw new InputError("--target", "'%s' is neither a rule id nor a finding of one%s; rule ids are listed "
                    .formatted(target, Suggestions.didYouMean(target, known)) + "by 'entente rules'");
        }
    }

    private static void checkKept(Set<String> keep, List<Fact> facts) {
        Set<String> known = new java.util.TreeSet<>(Vocabulary.typeNames());
        facts.forEach(fact -> known.add(fact.id()));
        for (String kept : keep) {
            if (!known.contains(kept)) {
                throw new InputError("--keep", "'%s' is neither a fact id nor a type%s".formatted(kept,
                        Suggestions.didYouMean(kept, known)));
            }
        }
    }

    /** How many evaluations a sweep of these kinds and depth makes: for progress bars and estimates. */
    public long sweepSize(Set<ChangeKind> kinds, int depth) {
        return sweepSize(kinds, Set.of(), depth);
    }

    /** How many evaluations a sweep of these kinds and depth makes, the kept facts left alone. */
    public long sweepSize(Set<ChangeKind> kinds, Set<String> keep, int depth) {
        return Sweep.evaluations(changes(baseline(defaultPacks).facts.facts(), kinds, keep).changes(), depth);
    }

    /** The sweep's changes: kept facts by id or type name, and retractions taking what rests on them along. */
    private ChangeGenerator.Changes changes(List<Fact> facts, Set<ChangeKind> kinds, Set<String> keep) {
        // What rests on a fact is read from the facts as declared: a relation of xi rests on xi, though the rules see
        // it as China's.
        References references = References.of(baseline(defaultPacks).facts.declared().stream()
                .map(Declared::fact).toList());
        return ChangeGenerator.changes(facts, kinds,
                fact -> keep.contains(fact.id()) || keep.contains(Vocabulary.of(fact).name()), references::dependents);
    }

    /** The baseline's facts, read-only: for reports that draw the world (actors, memberships) behind the findings. */
    public World world() {
        return new World(baseline(defaultPacks).facts);
    }

    /**
     * A scenario's world, read-only: its baseline's facts with its changes applied.
     *
     * @throws InputError when a change selects nothing, or leaves the facts inconsistent
     */
    public World world(Scenario scenario) {
        return new World(applied(scenario));
    }

    private FactPack applied(Scenario scenario) {
        return ScenarioApplier.apply(scenario.definition(), baseline(packsOf(scenario)).facts);
    }

    /** The base facts of the analyser's packs, in the order the packs declare them. */
    public List<FactInfo> facts() {
        FactPack world = baseline(defaultPacks).facts;
        return world.declared().stream().map(declared -> info(declared, world)).toList();
    }

    /** The analyser's fact packs, as shown in messages. */
    public List<String> packs() {
        return baseline(defaultPacks).facts.files();
    }

    private static FactInfo info(Declared declared, FactPack world) {
        FactType type = Vocabulary.of(declared.fact());
        JsonNode tree = Json.MAPPER.valueToTree(declared.fact());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : type.fields().subList(1, type.fields().size())) {
            JsonNode value = tree.get(field);
            if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                fields.put(field, Json.MAPPER.convertValue(value, Object.class));
            }
        }
        return new FactInfo(declared.fact().id(), type.name(), fields,
                Reporter.evidenceOf(declared.fact().id(), declared.provenance(), world.grade(declared.fact().id())));
    }

    /** The rule catalogue: every rule's name, finding id, kind and file. */
    public List<RuleInfo> rules() {
        return rules.catalogue();
    }

    private List<Path> packsOf(Scenario scenario) {
        return scenario.packs().isEmpty() ? defaultPacks : scenario.packs();
    }

    private Baseline baseline(List<Path> packs) {
        return baselines.computeIfAbsent(List.copyOf(packs), key -> new Baseline(read(key)));
    }

    private FactPack read(List<Path> packs) {
        FactPack world = PackLoader.load(kinds, packs);
        return asOf == null ? world : world.on(asOf);
    }

    private static ScenarioInfo info(Scenario scenario) {
        return new ScenarioInfo(scenario.name(), scenario.description(), scenario.file(), scenario.changes());
    }

    /** A world, the pool of live sessions at it, and, computed once on first use, its findings. */
    private final class Baseline {

        private final FactPack facts;
        private final SessionPool pool;
        private volatile Reporter.Read read;

        Baseline(FactPack facts) {
            this.facts = facts;
            this.pool = new SessionPool(rules, facts.facts(), SessionPool.defaultSize());
        }

        List<Finding> findings() {
            return read().findings();
        }

        private Reporter.Read read() {
            Reporter.Read computed = read;
            if (computed == null) {
                computed = pool.use(session -> new Reporter(facts, session.inference()).read());
                read = computed;
            }
            return computed;
        }

        /**
         * The findings of a world probed on one of this baseline's sessions: the baseline's, with those read again
         * that read a fact the scenario changed or a derived fact the change made differ.
         */
        List<Finding> findingsIn(FactPack world, Inference inference) {
            Reporter reporter = new Reporter(world, inference);
            Optional<Set<String>> declared = world.changedFrom(facts);
            Optional<Set<String>> derived = inference.changedFromBaseline();
            if (declared.isEmpty() || derived.isEmpty()) {
                return reporter.findings();
            }
            Set<String> touched = new java.util.HashSet<>(declared.get());
            touched.addAll(derived.get());
            return reporter.findings(read(), touched);
        }

        /** Reads a world that differs from this one by a scenario's changes, on a pooled session. */
        <T> T probe(FactPack world, Function<Inference, T> read) {
            // The session holds what the rules see (facts in force, folded), so the delta is taken over those.
            Delta delta = world.deltaFrom(facts);
            return pool.use(session -> session.probe(delta.retract(), delta.insert(), read));
        }
    }
}
