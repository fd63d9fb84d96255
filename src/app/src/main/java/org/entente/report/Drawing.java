package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.result.FindingKind;

/** What the text formats (Mermaid, DOT) share about laying out a report's graph. */
final class Drawing {

    private Drawing() {
    }

    /** An organisation drawn as a box around its member nodes, itself inside when it is a node. */
    record Cluster(String title, Graph.Group group, String organisation, List<Graph.Node> nodes) {
    }

    /** The graph as the text formats lay it out: the clusters, then the nodes in none, each in graph order. */
    record Layout(List<Cluster> clusters, List<Graph.Node> outside) {
    }

    static Layout layout(Graph graph) {
        List<Cluster> clusters = clusters(graph);
        List<Graph.Node> outside = graph.nodes().stream()
                .filter(node -> clusters.stream().noneMatch(cluster -> cluster.nodes().contains(node))).toList();
        return new Layout(clusters, outside);
    }

    /** One cluster per group of members; a state lies in the cluster of the first organisation it is a member of. */
    private static List<Cluster> clusters(Graph graph) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        for (Graph.Group group : graph.groups()) {
            if (group.organisation() == null) {
                continue;
            }
            List<Graph.Node> nodes = new ArrayList<>();
            Optional<Graph.Node> organisation = node(graph, group.organisation());
            organisation.ifPresent(nodes::add);
            graph.nodes().stream().filter(node -> node.group().equals(group.name())).forEach(nodes::add);
            String title = organisation.map(node -> node.name() + " and members").orElse(group.name());
            clusters.put(group.organisation(), new Cluster(title, group, group.organisation(), nodes));
        }
        return List.copyOf(clusters.values());
    }

    static Optional<Graph.Node> node(Graph graph, String id) {
        return graph.nodes().stream().filter(node -> node.id().equals(id)).findFirst();
    }

    static Graph.Group group(Graph graph, Graph.Node node) {
        return graph.groups().stream().filter(group -> group.name().equals(node.group())).findFirst().orElseThrow();
    }

    /** The ref of a finding (T1, A2, ...) by id. */
    static Map<String, String> refs(Report report) {
        Map<String, String> refs = new LinkedHashMap<>();
        report.findings().forEach(entry -> refs.put(entry.id(), entry.ref()));
        return refs;
    }

    /** An edge's label: its finding's ref, signed for a scenario's diff (+A1 added, −A1 removed). */
    static String ref(Graph.Edge edge, Map<String, String> refs) {
        String ref = refs.get(edge.finding());
        return edge.status() == Status.ADDED ? "+" + ref : edge.status() == Status.REMOVED ? "\u2212" + ref : ref;
    }

    /** A node's label: its name, and the refs of the findings marked on it. */
    static String label(Graph.Node node, Map<String, String> refs) {
        if (node.marks().isEmpty()) {
            return node.name();
        }
        return node.name() + " (" + String.join(", ", node.marks().stream().map(refs::get).toList()) + ")";
    }

    /** Breaks a label into lines of about {@code width} characters at spaces. */
    static String wrap(String text, int width) {
        StringBuilder wrapped = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                wrapped.append('\n');
                line = 0;
            } else if (line > 0) {
                wrapped.append(' ');
                line++;
            }
            wrapped.append(word);
            line += word.length();
        }
        return wrapped.toString();
    }

    /** The kind of the first finding marked on a node, or null when none is. */
    static FindingKind kindOfMark(Report report, Graph.Node node) {
        return report.findings().stream().filter(entry -> node.marks().contains(entry.id())).map(Report.Entry::kind)
                .findFirst().orElse(null);
    }
}
