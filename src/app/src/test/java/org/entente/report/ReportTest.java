package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.entente.io.Json;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report every format draws: its entries, and the graph derived from the findings' subjects. */
class ReportTest {

    @TempDir
    Path dir;

    private static List<Graph.Edge> edgesOf(Report report, String finding) {
        return report.graph().edges().stream().filter(edge -> edge.finding().equals(finding)).toList();
    }

    @Test
    void everyBaselineFindingIsAnEntryWithARefAndItsSources() {
        assertThat(Fixtures.BASELINE.findings()).extracting(Report.Entry::id)
                .containsExactlyElementsOf(Fixtures.SEED.analyse().findings().stream().map(f -> f.id()).toList());
        assertThat(Fixtures.BASELINE.findings()).extracting(Report.Entry::ref)
                .startsWith("T1", "T2").contains("A1").doesNotHaveDuplicates();
        Report.Entry france = entry(Fixtures.BASELINE, "out-of-area-objection:FRA:NATO:nato-asia-office");
        assertThat(france.drl()).extracting(rule -> rule.file()).containsOnly("area-of-responsibility.drl");
        assertThat(france.sources()).anySatisfy(source -> {
            assertThat(source.kind()).isEqualTo(Report.Source.Kind.QUOTE);
            assertThat(source.text()).contains("French President Emmanuel Macron took issue");
            assertThat(source.facts()).contains("pos-fra-asia-office", "nato-asia-office");
        });
        assertThat(Fixtures.BASELINE.counts().added()).isNull();
    }

    @Test
    void aReferenceCitedByManyFactsIsOneSupportingSourceApartFromTheQuotes() {
        Report.Entry mismatch = entry(Fixtures.JAPAN_JOINS, "stated-count-mismatch:NATO");

        assertThat(mismatch.sources()).extracting(Report.Source::kind).containsExactly(Report.Source.Kind.HYPOTHETICAL,
                Report.Source.Kind.QUOTE);
        assertThat(mismatch.support()).extracting(Report.Source::kind).containsExactly(Report.Source.Kind.REFERENCE);
        assertThat(mismatch.support().get(0).facts()).hasSize(31).contains("member-fra");
    }

    @Test
    void edgesFollowTheRolesOfEachFindingsRule() {
        assertThat(edgesOf(Fixtures.BASELINE, "out-of-area-objection:FRA:NATO:nato-asia-office"))
                .extracting(Graph.Edge::source, Graph.Edge::target, Graph.Edge::kind)
                .containsExactly(tuple("FRA", "nato-asia-office", RuleInfo.Stand.AGAINST));
        assertThat(edgesOf(Fixtures.BASELINE, "consensus-blocked:nato-asia-office"))
                .extracting(Graph.Edge::source, Graph.Edge::target, Graph.Edge::kind)
                .containsExactly(tuple("FRA", "nato-asia-office", RuleInfo.Stand.AGAINST));
        assertThat(edgesOf(Fixtures.BASELINE, "partnership-deepening:JPN:NATO:vilnius-summit-2023"))
                .extracting(Graph.Edge::source, Graph.Edge::target, Graph.Edge::kind)
                .containsExactly(tuple("JPN", "NATO", RuleInfo.Stand.ALIGNED));
        assertThat(edgesOf(Fixtures.BASELINE, "support-for-aggressor:CHN:RUS:UKR"))
                .extracting(Graph.Edge::source, Graph.Edge::target, Graph.Edge::kind)
                .containsExactly(tuple("CHN", "RUS", RuleInfo.Stand.ALIGNED), tuple("RUS", "UKR", RuleInfo.Stand.AGAINST));
    }

    @Test
    void noAlignmentEdgeJoinsChinaWithNatoOrTheUnitedStates() {
        assertThat(Fixtures.BASELINE.graph().edges()).filteredOn(edge -> edge.kind() == RuleInfo.Stand.ALIGNED)
                .noneMatch(edge -> List.of(edge.source(), edge.target()).contains("CHN")
                        && (List.of(edge.source(), edge.target()).contains("NATO")
                        || List.of(edge.source(), edge.target()).contains("USA")));
        // France and China side by side, each acting against NATO; never China aligned with NATO.
        assertThat(edgesOf(Fixtures.BASELINE, "tactical-convergence:FRA:CHN:NATO"))
                .extracting(Graph.Edge::source, Graph.Edge::target, Graph.Edge::kind)
                .containsExactlyInAnyOrder(tuple("CHN", "FRA", RuleInfo.Stand.ALIGNED),
                        tuple("FRA", "NATO", RuleInfo.Stand.AGAINST), tuple("CHN", "NATO", RuleInfo.Stand.AGAINST));
    }

    @Test
    void aChangedFindingSaysWhatChangedAndDrawsItsNewEdgeAsAdded() {
        Report report = Fixtures.scenario("turkey-joins-france");

        Report.Entry blocked = entry(report, "consensus-blocked:nato-asia-office");
        assertThat(blocked.status()).isEqualTo(Status.CHANGED);
        assertThat(blocked.change().before()).endsWith("which France withholds: France opposes it");
        assertThat(blocked.change().text()).isEqualTo("blockers: France \u2192 France and Turkey");
        assertThat(edgesOf(report, blocked.id())).extracting(Graph.Edge::source, Graph.Edge::status)
                .containsExactlyInAnyOrder(tuple("FRA", Status.UNCHANGED), tuple("TUR", Status.ADDED));
        assertThat(report.counts().changed()).isEqualTo(1);
    }

    @Test
    void subjectsThatAreNotActorsInitiativesOrEventsDrawNothing() {
        // The outreach objection rests on regions and partnerships; only actors and the outreach are drawn.
        assertThat(Fixtures.BASELINE.graph().nodes()).extracting(Graph.Node::type)
                .containsOnly(NodeType.ORGANISATION, NodeType.STATE, NodeType.INITIATIVE, NodeType.OUTREACH, NodeType.EVENT);
        assertThat(Fixtures.BASELINE.graph().nodes()).extracting(Graph.Node::id)
                .doesNotContain("indo-pacific", "asia", "member-fra", "rel-chn-supports-rus");
    }

    @Test
    void everyFindingWithTwoNodesHasAnEdgeAndNodesAreTheirSubjects() {
        for (Report.Entry entry : Fixtures.BASELINE.findings()) {
            assertThat(edgesOf(Fixtures.BASELINE, entry.id())).as(entry.id()).isNotEmpty();
        }
        List<String> nodes = Fixtures.BASELINE.graph().nodes().stream().map(Graph.Node::id).toList();
        assertThat(Fixtures.BASELINE.graph().edges()).allSatisfy(edge -> assertThat(nodes)
                .contains(edge.source(), edge.target()));
    }

    @Test
    void statesAreGroupedByTheirOrganisationAndOrganisationsListTheirMembers() {
        Graph graph = Fixtures.BASELINE.graph();
        assertThat(node(graph, "FRA").group()).isEqualTo("Member of NATO");
        assertThat(node(graph, "JPN").group()).isEqualTo("State");
        assertThat(node(graph, "NATO").members()).hasSize(31).contains("France", "Poland");
        assertThat(graph.memberships()).contains(new Graph.Membership("FRA", "NATO"))
                .noneMatch(link -> link.member().equals("JPN"));
        assertThat(graph.groups()).extracting(Graph.Group::name)
                .containsExactly("Organisation", "Member of NATO", "State", "Initiative", "Event");
    }

    @Test
    void inTheScenarioTheDiffIsMarkedOnEntriesEdgesAndNodes() {
        Report report = Fixtures.JAPAN_JOINS;

        assertThat(report.findings()).first().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("stated-count-mismatch:NATO");
            assertThat(entry.status()).isEqualTo(Status.ADDED);
        });
        assertThat(entry(report, "partnership-deepening:JPN:NATO:vilnius-summit-2023").status())
                .isEqualTo(Status.REMOVED);
        assertThat(report.findings()).filteredOn(entry -> entry.status() == Status.UNCHANGED).hasSize(11);
        // Japan is no longer a partner the outreach addresses: the objection stands on fewer grounds.
        assertThat(entry(report, "outreach-objection:CHN:NATO:nato-indo-pacific-outreach").change().text())
                .isEqualTo("no longer rests on partner-jpn");
        assertThat(edgesOf(report, "partnership-deepening:JPN:NATO:vilnius-summit-2023"))
                .extracting(Graph.Edge::status).containsOnly(Status.REMOVED);
        assertThat(node(report.graph(), "JPN").group()).as("Japan is a member now").isEqualTo("Member of NATO");
        assertThat(report.counts()).extracting(Report.Counts::added, Report.Counts::removed, Report.Counts::changed,
                Report.Counts::unchanged).containsExactly(1, 3, 1, 11);
    }

    @Test
    void aFindingAboutOneNodeMarksIt() {
        assertThat(edgesOf(Fixtures.JAPAN_JOINS, "stated-count-mismatch:NATO")).isEmpty();
        assertThat(node(Fixtures.JAPAN_JOINS.graph(), "NATO").marks()).containsExactly("stated-count-mismatch:NATO");
    }

    @Test
    void theReportIsTheSameFromRunToRun() throws Exception {
        assertThat(Json.MAPPER.writeValueAsString(Report.of(Fixtures.SEED)))
                .isEqualTo(Json.MAPPER.writeValueAsString(Fixtures.BASELINE));
    }

    @Test
    void hostileNamesArriveUnchangedInTheReport() {
        Report report = Fixtures.hostile(dir);

        assertThat(report.graph().nodes()).extracting(Graph.Node::name).contains(Fixtures.HOSTILE + " state");
        assertThat(report.findings()).extracting(Report.Entry::rule).contains("out-of-area-objection");
    }

    private static Report.Entry entry(Report report, String id) {
        return report.findings().stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
    }

    private static Graph.Node node(Graph graph, String id) {
        return graph.nodes().stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow();
    }
}
