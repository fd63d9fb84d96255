package org.entente.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.entente.result.FindingKind;

/**
 * The picture of a report: actors, initiatives and events as nodes; each finding as edges between the nodes it
 * is about; memberships as links from a state to its organisation.
 *
 * <p>How a finding becomes edges: a star from its first subject that is a node to each of its other subjects that
 * is a node, in subject order. Subjects list the finding's key subjects first (the ones its id names, the actor or
 * initiative it is chiefly about first) and the rest sorted, so the edges are the same from run to run: France's
 * objection [FRA, NATO, nato-asia-office] draws FRA–NATO and FRA–nato-asia-office; a blocked consensus
 * [nato-asia-office, FRA, TUR] draws the office to each blocker. Subjects that are not nodes (regions, relations,
 * memberships) draw nothing. A finding about one node only, such as a stated member count that disagrees with the
 * memberships, marks that node instead.
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

    /** One edge of a finding, from its first node subject ({@code source}) to another of its subjects. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edge(String source, String target, String finding, FindingKind kind, Status status) {
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
