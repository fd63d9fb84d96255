package org.entente.report;

import java.util.List;
import java.util.Map;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;

/** Graphviz source of a report's graph, for {@code dot -Tsvg}: clusters hold an organisation and its members. */
public final class DotReport {

    private DotReport() {
    }

    public static String render(Report report) {
        Graph graph = report.graph();
        Map<String, String> refs = Drawing.refs(report);
        StringBuilder dot = new StringBuilder("graph entente {\n");
        Report.Counts counts = report.counts();
        String summary = ("%s\n%d findings: %d tensions, %d alignments, %d inconsistencies; "
                + "green: stand together, red dashed arrow: acts against")
                .formatted(report.title(), counts.findings(), counts.tensions(), counts.alignments(),
                        counts.inconsistencies())
                + (report.isWhatIf() ? "\nDiff: %d added (bold, +), %d removed (faded, −), %d changed, %d unchanged"
                .formatted(counts.added(), counts.removed(), counts.changed(), counts.unchanged()) : "");
        dot.append("  graph [label=").append(quote(summary)).append(", labelloc=t, fontname=\"Helvetica\", "
                + "fontsize=14, rankdir=LR, newrank=true, nodesep=0.35, ranksep=0.9];\n");
        dot.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, color=\"#555555\"];\n");
        dot.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Drawing.Layout layout = Drawing.layout(graph);
        List<Drawing.Cluster> clusters = layout.clusters();
        for (int index = 0; index < clusters.size(); index++) {
            Drawing.Cluster cluster = clusters.get(index);
            dot.append("  subgraph cluster_").append(index).append(" {\n    label=").append(quote(cluster.title()))
                    .append("; style=\"rounded,filled\"; fillcolor=\"#f4f8fb\"; color=")
                    .append(quote(cluster.group().colour()))
                    .append(";\n");
            cluster.nodes().forEach(node -> dot.append("    ").append(node(report, node, refs)).append('\n'));
            dot.append("  }\n");
        }
        layout.outside().forEach(node -> dot.append("  ").append(node(report, node, refs)).append('\n'));
        for (Graph.Edge edge : graph.edges()) {
            Report.Entry entry = report.findings().stream().filter(each -> each.id().equals(edge.finding()))
                    .findFirst().orElseThrow();
            String colour = Palette.edge(edge.kind());
            dot.append("  ").append(quote(edge.source())).append(" -- ").append(quote(edge.target()))
                    .append(" [label=").append(quote(Drawing.ref(edge, refs) + " " + entry.rule()))
                    .append(", tooltip=").append(quote(entry.summary() + (entry.change() == null ? ""
                            : "\nwas: " + entry.change().before() + "\n" + entry.change().text())))
                    .append(", color=").append(quote(edge.status() == Status.REMOVED ? colour + "55" : colour))
                    .append(", fontcolor=").append(quote(edge.status() == Status.REMOVED ? "#999999" : colour))
                    .append(", penwidth=").append(edge.status() == Status.ADDED ? "4" : "2")
                    .append(edge.kind() == RuleInfo.Stand.AGAINST ? ", style=dashed, dir=forward" : "")
                    .append("];\n");
        }
        for (Graph.Membership link : graph.memberships()) {
            if (!sameCluster(clusters, link)) {
                dot.append("  ").append(quote(link.member())).append(" -- ").append(quote(link.organisation()))
                        .append(" [color=").append(quote(Palette.MEMBERSHIP)).append(", penwidth=1, tooltip=\"member\"];\n");
            }
        }
        return dot.append("}\n").toString();
    }

    /** A member inside its organisation's cluster needs no line to say so. */
    private static boolean sameCluster(List<Drawing.Cluster> clusters, Graph.Membership link) {
        return clusters.stream().anyMatch(cluster -> cluster.organisation().equals(link.organisation())
                && cluster.nodes().stream().anyMatch(node -> node.id().equals(link.member())));
    }

    private static String node(Report report, Graph.Node node, Map<String, String> refs) {
        Graph.Group group = Drawing.group(report.graph(), node);
        String shape = switch (node.type()) {
            case ORGANISATION -> "box, style=\"rounded,filled\"";
            case PERSON -> "circle";
            case INITIATIVE, OUTREACH -> "hexagon";
            case EVENT -> "parallelogram";
            case STATE -> "ellipse";
        };
        StringBuilder attributes = new StringBuilder(quote(node.id())).append(" [label=")
                .append(quote(Drawing.wrap(Drawing.label(node, refs), 22))).append(", shape=").append(shape)
                .append(", fillcolor=").append(quote(group.colour()))
                .append(", fontcolor=").append(quote(node.type() == NodeType.ORGANISATION ? "#ffffff" : "#111111"))
                .append(", tooltip=").append(quote(group.name()));
        FindingKind mark = Drawing.kindOfMark(report, node);
        if (mark != null) {
            attributes.append(", color=").append(quote(Palette.kind(mark))).append(", penwidth=4");
        } else if (node.status() == Status.ADDED) {
            attributes.append(", penwidth=3, color=\"#111111\"");
        }
        if (node.status() == Status.REMOVED) {
            attributes.append(", fillcolor=").append(quote(group.colour() + "55")).append(", fontcolor=\"#999999\"");
        }
        return attributes.append("];").toString();
    }

    /** A DOT quoted string. */
    static String quote(String text) {
        return "\"" + Escape.with(Escape.DOT, text) + "\"";
    }
}
