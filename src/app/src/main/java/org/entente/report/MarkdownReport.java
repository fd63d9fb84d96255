package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;

/**
 * A summary for pull requests and CI job pages: the counts, a Mermaid flowchart (GitHub and GitLab draw it) and the
 * findings table; for a scenario, the diff in both.
 */
public final class MarkdownReport {

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9:._/-]+");

    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("## Entente: ").append(text(report.title())).append("\n\n");
        if (report.isWhatIf()) {
            if (report.scenario().description() != null) {
                md.append("> ").append(text(report.scenario().description().strip())).append("\n\n");
            }
            md.append("Scenario ").append(code(report.scenario().file())).append(" (")
                    .append(plural(report.scenario().changes(), "change")).append(") on ");
        } else {
            md.append("Packs: ");
        }
        md.append(String.join(", ", report.packs().stream().map(MarkdownReport::code).toList())).append(".\n\n");
        Report.Counts counts = report.counts();
        md.append("%d facts, %d rules: **%s** (%s, %s, %s).%n".formatted(counts.facts(), counts.rules(),
                plural(counts.findings(), "finding"), plural(counts.tensions(), "tension"),
                plural(counts.alignments(), "alignment"), plural(counts.inconsistencies(), "inconsistency")));
        if (report.isWhatIf()) {
            md.append("%n**Diff against the baseline: %d added, %d removed, %d changed**, %d unchanged.%n".formatted(
                    counts.added(), counts.removed(), counts.changed(), counts.unchanged()));
        }
        md.append('\n').append(mermaid(report)).append('\n');
        md.append("<sub>Edges follow each finding's roles: green joins actors that stand together, a red dashed "
                + "arrow points from an actor to what it acts against; a finding with no edge rings its node; labels "
                + "are the refs of the table")
                .append(report.isWhatIf() ? "; +added (thick), −removed (faded)" : "")
                .append(". A box holds an organisation and those of its members that findings name.</sub>\n\n");
        md.append(report.isWhatIf() ? "| ref | diff | kind | rule | summary | id |\n|---|---|---|---|---|---|\n"
                : "| ref | kind | rule | summary | id |\n|---|---|---|---|---|\n");
        for (Report.Entry entry : report.findings()) {
            md.append("| ").append(entry.ref()).append(" | ");
            if (report.isWhatIf()) {
                md.append(entry.status() == Status.UNCHANGED ? "" : "**" + entry.status().label() + "**").append(" | ");
            }
            md.append(entry.kind().label()).append(" | ").append(code(entry.rule())).append(" | ")
                    .append(entry.status() == Status.REMOVED ? "~~" + text(entry.summary()) + "~~" : text(entry.summary()))
                    .append(entry.change() == null ? "" : "<br>was: " + text(entry.change().before()) + "<br>"
                            + text(entry.change().text()))
                    .append(" | ").append(code(entry.id())).append(" |\n");
        }
        if (report.findings().isEmpty()) {
            md.append(report.isWhatIf() ? "| | | | | none | |\n" : "| | | | none | |\n");
        }
        return md.toString();
    }

    /** The Mermaid block: node ids are n0, n1, ... in graph order, so no fact id can break the syntax. */
    static String mermaid(Report report) {
        Graph graph = report.graph();
        Map<String, String> ids = new LinkedHashMap<>();
        graph.nodes().forEach(node -> ids.put(node.id(), "n" + ids.size()));
        Map<String, String> refs = Drawing.refs(report);
        StringBuilder chart = new StringBuilder("```mermaid\nflowchart LR\n");
        Drawing.Layout layout = Drawing.layout(graph);
        List<Drawing.Cluster> clusters = layout.clusters();
        for (int index = 0; index < clusters.size(); index++) {
            Drawing.Cluster cluster = clusters.get(index);
            chart.append("  subgraph g").append(index).append("[\"").append(label(cluster.title())).append("\"]\n");
            cluster.nodes().forEach(node -> chart.append("    ").append(node(ids.get(node.id()), node, refs)).append('\n'));
            chart.append("  end\n");
            chart.append("  style g").append(index).append(" fill:#f4f8fb,stroke:").append(cluster.group().colour())
                    .append('\n');
        }
        layout.outside().forEach(node -> chart.append("  ").append(node(ids.get(node.id()), node, refs)).append('\n'));
        Map<String, List<String>> styles = new LinkedHashMap<>();
        for (int index = 0; index < graph.edges().size(); index++) {
            Graph.Edge edge = graph.edges().get(index);
            String line = edge.kind() == RuleInfo.Stand.AGAINST ? "-.->" : "---";
            chart.append("  ").append(ids.get(edge.source())).append(' ').append(line).append("|\"")
                    .append(label(Drawing.ref(edge, refs)))
                    .append("\"| ").append(ids.get(edge.target())).append('\n');
            styles.computeIfAbsent(linkStyle(edge), style -> new ArrayList<>()).add(String.valueOf(index));
        }
        styles.forEach((style, indices) -> chart.append("  linkStyle ").append(String.join(",", indices)).append(' ')
                .append(style).append('\n'));
        for (Graph.Group group : graph.groups()) {
            chart.append("  classDef ").append(className(graph, group)).append(" fill:").append(group.colour())
                    .append(",stroke:#555,color:").append(group.colour().equals(Palette.ORGANISATION) ? "#fff" : "#111")
                    .append('\n');
        }
        chart.append("  classDef added stroke:#111,stroke-width:4px\n  classDef removed opacity:0.4\n");
        for (Graph.Node node : graph.nodes()) {
            chart.append("  class ").append(ids.get(node.id())).append(' ')
                    .append(className(graph, Drawing.group(graph, node))).append('\n');
            if (node.status() == Status.ADDED || node.status() == Status.REMOVED) {
                chart.append("  class ").append(ids.get(node.id())).append(' ').append(node.status().label()).append('\n');
            }
            FindingKind mark = Drawing.kindOfMark(report, node);
            if (mark != null) {
                chart.append("  style ").append(ids.get(node.id())).append(" stroke:").append(Palette.kind(mark))
                        .append(",stroke-width:4px\n");
            }
        }
        return chart.append("```\n").toString();
    }

    private static String node(String id, Graph.Node node, Map<String, String> refs) {
        String text = "\"" + label(Drawing.label(node, refs)) + "\"";
        return id + switch (node.type()) {
            case ORGANISATION -> "([" + text + "])";
            case PERSON -> "((" + text + "))";
            case INITIATIVE, OUTREACH -> "{{" + text + "}}";
            case EVENT -> "[/" + text + "/]";
            case STATE -> "[" + text + "]";
        };
    }

    private static String linkStyle(Graph.Edge edge) {
        String dash = edge.kind() == RuleInfo.Stand.AGAINST ? ",stroke-dasharray:6 4" : "";
        String width = edge.status() == Status.ADDED ? "4px" : "2px";
        String opacity = edge.status() == Status.REMOVED ? ",stroke-opacity:0.3,opacity:0.5" : "";
        return "stroke:" + Palette.edge(edge.kind()) + ",stroke-width:" + width + dash + opacity;
    }

    private static String className(Graph graph, Graph.Group group) {
        return "grp" + graph.groups().indexOf(group);
    }

    static String label(String text) {
        return Escape.with(Escape.MERMAID, text);
    }

    static String text(String text) {
        return Escape.with(Escape.MARKDOWN, text);
    }

    /** An id as code when it is plain, else as escaped text (a backtick or pipe would break the code span or table). */
    static String code(String id) {
        return PLAIN_ID.matcher(id).matches() ? "`" + id + "`" : text(id);
    }

    private static String plural(int count, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return count + " " + (count == 1 ? noun : plural);
    }
}
