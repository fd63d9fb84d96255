package org.entente.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.entente.result.RuleInfo;

/**
 * The picture of a report: actors, initiatives and events as nodes; each finding as edges between the nodes it
 * is about; memberships as links from a state to its organisation.
 *
 * <p>How a finding becomes edges: by the roles its rule draws ({@code @aligned("member ~ rival")},
 * {@code @against("blockers -> initiative")}), so an edge always says what the finding says of its two ends: France
 * and China standing together, each acting against NATO; NATO and the United States naming China as a challenge
 * draws them against China, never China aligned with them. Ends that are not nodes (regions, relations) draw
 * nothing. A finding that draws no edge (a stated member count that disagrees with the memberships) marks its first
 * node instead.
 *
 * @param groups      the node groups in legend order, with their colours
 * @param memberships a link per membership whose two ends are both nodes
 */
public record Graph(List<Node> nodes, List<Edge> edges, List<Membership> memberships, List<Group> groups) {

    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        memberships = List.copyOf(memberships);
        groups = List.copyOf(groups);
    }

    /**
     * @param type     what the node stands for, which decides its shape
     * @param group    the legend entry it is drawn as: a state by the first organisation it is a member of
     * @param status   for a scenario: added when only added findings mention it, removed when only removed ones do
     * @param findings the ids of the findings about it, in report order
     * @param marks    the ids of the findings drawn on it because they are about no other node
     * @param members  for an organisation: the names of all its members in the world, sorted
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String id, String name, NodeType type, String group, Status status, List<String> findings,
                       List<String> marks, List<String> members) {

        public Node {
            findings = List.copyOf(findings);
            marks = List.copyOf(marks);
            members = members == null ? null : List.copyOf(members);
        }
    }

    /**
     * One edge of a finding.
     *
     * @param kind {@code aligned} (undirected; source and target in id order) or {@code against} (directed: the
     *             source acts against the target)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edge(String source, String target, String finding, RuleInfo.Stand kind, Status status) {
    }

    public record Membership(String member, String organisation) {
    }

    /**
     * @param name         the legend's words for it, for people to read
     * @param type         the type of its nodes, which a legend draws as their shape (initiatives and outreach share
     *                     one group, drawn as initiatives; members of an organisation are states)
     * @param organisation for a group of members: the organisation's id; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String name, NodeType type, String colour, String organisation) {
    }
}
