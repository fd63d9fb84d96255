package org.entente.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.World;
import org.entente.domain.Actor;
import org.entente.domain.ActorKind;
import org.entente.domain.Fact;
import org.entente.domain.Membership;
import org.entente.result.Analysis;
import org.entente.result.Diff;
import org.entente.result.Finding;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;
import org.entente.result.ScenarioInfo;
import org.entente.result.WhatIf;

/** Turns an analysis or a what-if into a {@link Report}: entries with their sources, and the graph. */
final class ReportBuilder {

    private final Lookup world;
    private final List<RuleInfo> rules;

    private ReportBuilder(Lookup world, List<RuleInfo> rules) {
        this.world = world;
        this.rules = rules;
    }

    /** A finding as shown, with the baseline's side for a changed one. */
    private record Shown(Finding finding, Status status, Finding before) {

        Shown(Finding finding, Status status) {
            this(finding, status, null);
        }
    }

    static Report baseline(Analyser analyser) {
        Analysis analysis = analyser.analyse();
        World facts = analyser.world();
        List<Shown> shown = analysis.findings().stream().map(finding -> new Shown(finding, null)).toList();
        Report.Counts counts = counts(analysis.facts(), analysis.rules(), analysis.findings(), null);
        return new ReportBuilder(new Lookup(facts, facts), analyser.rules())
                .build("Findings from " + String.join(", ", facts.files()), facts.files(), null, counts, shown, null);
    }

    static Report whatIf(Analyser analyser, Scenario scenario) {
        WhatIf result = analyser.whatIf(scenario);
        World facts = analyser.world(scenario);
        List<Shown> shown = new ArrayList<>();
        result.added().forEach(finding -> shown.add(new Shown(finding, Status.ADDED)));
        result.removed().forEach(finding -> shown.add(new Shown(finding, Status.REMOVED)));
        result.changed().forEach(finding -> shown.add(new Shown(finding, Status.CHANGED,
                result.before(finding.id()).orElseThrow())));
        result.findings().stream().filter(finding -> !result.diff().added().contains(finding.id()))
                .filter(finding -> result.diff().change(finding.id()).isEmpty())
                .forEach(finding -> shown.add(new Shown(finding, Status.UNCHANGED)));
        Report.Counts counts = counts(result.facts(), result.rules(), result.findings(), result);
        ScenarioInfo info = result.scenario();
        return new ReportBuilder(new Lookup(facts, analyser.world()), analyser.rules())
                .build("What if: " + info.name(), facts.files(), info, counts, shown, result.diff());
    }

    private static Report.Counts counts(int facts, int rules, List<Finding> findings, WhatIf diff) {
        int[] byKind = new int[FindingKind.values().length];
        findings.forEach(finding -> byKind[finding.kind().ordinal()]++);
        return new Report.Counts(facts, rules, findings.size(), byKind[0], byKind[1], byKind[2],
                diff == null ? null : diff.diff().added().size(),
                diff == null ? null : diff.diff().removed().size(),
                diff == null ? null : diff.diff().changed().size(),
                diff == null ? null : diff.diff().unchanged());
    }

    private Report build(String title, List<String> packs, ScenarioInfo scenario, Report.Counts counts,
                         List<Shown> shown, Diff diff) {
        Map<String, Integer> numbers = new TreeMap<>();
        List<Report.Entry> entries = new ArrayList<>();
        List<Graph.Edge> edges = new ArrayList<>();
        for (Shown each : shown) {
            Finding finding = each.finding();
            String letter = finding.kind().name().substring(0, 1);
            int number = numbers.merge(letter, 1, Integer::sum);
            List<Report.Subject> subjects = finding.subjects().stream()
                    .map(id -> new Report.Subject(id, world.name(id))).toList();
            List<RuleInfo> drl = rules.stream().filter(rule -> finding.rule().equals(rule.finding())).toList();
            Report.Changed change = diff == null ? null : diff.change(finding.id()).map(this::changed).orElse(null);
            entries.add(new Report.Entry(letter + number, finding.id(), finding.kind(), finding.rule(),
                    finding.summary(), subjects, each.status(), change, drl, Report.sources(finding.evidence()),
                    Report.sources(finding.support()), finding.confidence(), finding.weakestGraded()));
            if (each.before() == null) {
                edges.addAll(edges(finding, drl, each.status()));
            } else {
                edges.addAll(changedEdges(each.before(), finding, drl));
            }
        }
        return new Report(title, packs, scenario, counts, Palette.COLOURS, entries, graph(entries, edges));
    }

    /** What changed, with names: "blockers: France -> France and Hungary". */
    private Report.Changed changed(Diff.Change change) {
        List<Report.RoleChange> roles = change.roles().stream()
                .map(role -> new Report.RoleChange(role.role(), names(role.before()), names(role.after()))).toList();
        return Report.Changed.of(change.before(), roles, names(change.groundsAdded()), names(change.groundsRemoved()));
    }

    private List<String> names(List<String> ids) {
        return ids.stream().map(world::name).toList();
    }

    /**
     * A changed finding's edges: those in both sides unchanged, those only in the scenario added, those only in the
     * baseline removed, so a second blocker shows as a new edge rather than a silent swap.
     */
    private List<Graph.Edge> changedEdges(Finding before, Finding after, List<RuleInfo> drl) {
        List<Graph.Edge> was = edges(before, drl, Status.REMOVED);
        List<Graph.Edge> is = edges(after, drl, Status.ADDED);
        List<Graph.Edge> edges = new ArrayList<>();
        for (Graph.Edge edge : is) {
            boolean kept = was.stream().anyMatch(old -> sameEnds(old, edge));
            edges.add(kept ? new Graph.Edge(edge.source(), edge.target(), edge.finding(), edge.kind(), Status.UNCHANGED)
                    : edge);
        }
        was.stream().filter(old -> is.stream().noneMatch(edge -> sameEnds(old, edge))).forEach(edges::add);
        return edges;
    }

    private static boolean sameEnds(Graph.Edge first, Graph.Edge second) {
        return first.kind() == second.kind() && first.source().equals(second.source())
                && first.target().equals(second.target());
    }

    /**
     * A finding's edges, by role: each {@code a ~ b} link of its rule joins every subject in role a to every other
     * subject in role b (once per pair), each {@code a -> b} points from every subject in a to every other in b.
     * Only ends drawn as nodes count: a relation or region in a role draws nothing.
     */
    private List<Graph.Edge> edges(Finding finding, List<RuleInfo> drl, Status status) {
        Set<List<String>> drawn = new LinkedHashSet<>();
        List<Graph.Edge> edges = new ArrayList<>();
        for (RuleInfo rule : drl.stream().limit(1).toList()) {
            for (RuleInfo.Link link : rule.links()) {
                boolean aligned = link.stand() == RuleInfo.Stand.ALIGNED;
                for (String from : finding.roles().getOrDefault(link.from(), List.of())) {
                    for (String to : finding.roles().getOrDefault(link.to(), List.of())) {
                        if (from.equals(to) || world.type(from).isEmpty() || world.type(to).isEmpty()) {
                            continue;
                        }
                        List<String> pair = aligned ? List.of(from, to).stream().sorted().toList() : List.of(from, to);
                        if (drawn.add(List.of(link.stand().label(), pair.get(0), pair.get(1)))) {
                            edges.add(new Graph.Edge(pair.get(0), pair.get(1), finding.id(), link.stand(),
                                    status));
                        }
                    }
                }
            }
        }
        return edges;
    }

    private Graph graph(List<Report.Entry> entries, List<Graph.Edge> edges) {
        Map<String, List<Report.Entry>> about = new LinkedHashMap<>();
        Map<String, List<String>> marks = new LinkedHashMap<>();
        Set<String> withEdges = new HashSet<>();
        edges.forEach(edge -> withEdges.add(edge.finding()));
        for (Report.Entry entry : entries) {
            List<String> nodes = entry.subjects().stream().map(Report.Subject::id)
                    .filter(id -> world.type(id).isPresent()).toList();
            nodes.forEach(id -> about.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
            if (!nodes.isEmpty() && !withEdges.contains(entry.id())) {
                marks.computeIfAbsent(nodes.get(0), k -> new ArrayList<>()).add(entry.id());
            }
        }
        Map<String, Graph.Group> groups = groups(about.keySet());
        List<Graph.Node> nodes = new ArrayList<>();
        about.forEach((id, findings) -> {
            NodeType type = world.type(id).orElseThrow();
            nodes.add(new Graph.Node(id, world.name(id), type, groupOf(id, type, groups).name(), status(findings),
                    findings.stream().map(Report.Entry::id).toList(), marks.getOrDefault(id, List.of()),
                    type == NodeType.ORGANISATION ? world.memberNames(id) : null));
        });
        List<Graph.Membership> memberships = world.memberships().stream()
                .filter(link -> about.containsKey(link.member()) && about.containsKey(link.organisation()))
                .map(link -> new Graph.Membership(link.member(), link.organisation()))
                .sorted(Comparator.comparing(Graph.Membership::member).thenComparing(Graph.Membership::organisation))
                .toList();
        List<Graph.Group> used = groups.values().stream()
                .filter(group -> nodes.stream().anyMatch(node -> node.group().equals(group.name()))).toList();
        return new Graph(nodes, edges, memberships, used);
    }

    /** Only for a scenario: a node that only added (or only removed) findings mention is itself added (removed). */
    private static Status status(List<Report.Entry> findings) {
        Set<Status> statuses = new HashSet<>();
        findings.forEach(entry -> statuses.add(entry.status()));
        if (statuses.size() == 1 && (statuses.contains(Status.ADDED) || statuses.contains(Status.REMOVED))) {
            return statuses.iterator().next();
        }
        return null;
    }

    /** Legend order: organisations, members of each organisation (by its id), other states, persons, initiatives, events. */
    private Map<String, Graph.Group> groups(Set<String> nodes) {
        Map<String, Graph.Group> groups = new LinkedHashMap<>();
        groups.put("organisation", new Graph.Group("Organisation", NodeType.ORGANISATION, Palette.ORGANISATION, null));
        Set<String> organisations = new TreeSet<>();
        nodes.forEach(id -> world.firstOrganisation(id).ifPresent(organisations::add));
        int index = 0;
        for (String organisation : organisations) {
            String colour = Palette.MEMBERS.get(index++ % Palette.MEMBERS.size());
            groups.put("member:" + organisation,
                    new Graph.Group("Member of " + world.name(organisation), NodeType.STATE, colour, organisation));
        }
        groups.put("state", new Graph.Group("State", NodeType.STATE, Palette.STATE, null));
        groups.put("person", new Graph.Group("Person", NodeType.PERSON, Palette.PERSON, null));
        groups.put("initiative", new Graph.Group("Initiative", NodeType.INITIATIVE, Palette.INITIATIVE, null));
        groups.put("event", new Graph.Group("Event", NodeType.EVENT, Palette.EVENT, null));
        return groups;
    }

    private Graph.Group groupOf(String id, NodeType type, Map<String, Graph.Group> groups) {
        return switch (type) {
            case ORGANISATION -> groups.get("organisation");
            case PERSON -> groups.get("person");
            case INITIATIVE, OUTREACH -> groups.get("initiative");
            case EVENT -> groups.get("event");
            case STATE -> world.firstOrganisation(id).map(org -> groups.get("member:" + org))
                    .orElse(groups.get("state"));
        };
    }

    /** Facts looked up in the report's world first, then in the baseline: a removed finding may name retracted facts. */
    private static final class Lookup {

        private final World primary;
        private final World fallback;
        private final List<Membership> memberships;

        Lookup(World primary, World fallback) {
            this.primary = primary;
            this.fallback = fallback;
            this.memberships = primary.facts().stream().filter(Membership.class::isInstance)
                    .map(Membership.class::cast).toList();
        }

        Optional<Fact> fact(String id) {
            return primary.fact(id).or(() -> fallback.fact(id));
        }

        String name(String id) {
            return primary.fact(id).isPresent() ? primary.nameOf(id) : fallback.nameOf(id);
        }

        /** The node type of a fact, or empty for facts that are not drawn as nodes. */
        Optional<NodeType> type(String id) {
            return fact(id).flatMap(NodeType::of);
        }

        List<Membership> memberships() {
            return memberships;
        }

        /** The organisation a state is drawn as a member of: the first of its organisations by id. */
        Optional<String> firstOrganisation(String id) {
            boolean state = fact(id).filter(fact -> fact instanceof Actor actor && actor.kind() == ActorKind.STATE)
                    .isPresent();
            return !state ? Optional.empty() : memberships.stream().filter(link -> link.member().equals(id))
                    .map(Membership::organisation).sorted().findFirst();
        }

        List<String> memberNames(String organisation) {
            return memberships.stream().filter(link -> link.organisation().equals(organisation))
                    .map(link -> name(link.member())).sorted().toList();
        }
    }
}
