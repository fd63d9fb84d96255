package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.Analyser;
import org.entente.browser.Chromium;
import org.entente.cli.CliRun;
import org.entente.engine.RuleCache;
import org.entente.io.Json;
import org.entente.result.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if page and the HTML report in real headless Chromium, driven over the DevTools protocol: skipped where
 * Debian's chromium is not installed ({@code .ci/run} installs it). Any console error, uncaught exception or refused
 * request fails the test. Screenshots go to {@code target/e2e/}. One browser serves the class (a launch costs a
 * second or two); each test starts on a blank page with the problems seen before forgotten.
 */
@Timeout(90)
class WhatIfPageE2ETest {

    private static final Path RULES = Path.of("rules");
    private static final List<Path> PACKS = List.of(Path.of("seeds", "vilnius-2023.yaml"));
    private static final Path SHOTS = Path.of("target", "e2e");
    private static final String OFFICE_OBJECTION = "out-of-area-objection:FRA:NATO:nato-asia-office";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static AnalysisServer server;

    @TempDir
    Path temp;
    @TempDir
    static Path profile;
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium at " + Chromium.CHROMIUM);
        server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, RULES, PACKS, RuleCache.defaultFolder(),
                false), line -> { });
        browser = Chromium.launch(profile, 1600, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void blankPage() throws Exception {
        browser.navigate("about:blank");
        browser.waitFor("document.readyState === 'complete' && location.href === 'about:blank'", WAIT);
        browser.forget();
    }

    /** Waits for the page, and on a timeout says what the page showed. */
    private void waitFor(String expression) throws Exception {
        try {
            browser.waitFor(expression, WAIT);
        } catch (IllegalStateException timedOut) {
            throw new IllegalStateException(timedOut.getMessage() + "; the page: " + browser.evaluate(
                    "document.body && document.body.dataset.state + ' ' + JSON.stringify(window.EntenteWhatIf "
                    + "&& EntenteWhatIf.state())") + "; problems: " + browser.problems(), timedOut);
        }
    }

    /** Sets a field as an analyst would, firing the event the page listens for. */
    private void enter(String selector, String value, String event) throws Exception {
        browser.evaluate("(() => { const field = document.querySelector(%s); field.value = %s; "
                .formatted(Json.MAPPER.writeValueAsString(selector), Json.MAPPER.writeValueAsString(value))
                + "field.dispatchEvent(new Event('" + event + "')); })()");
    }

    private JsonNode state() throws Exception {
        return browser.evaluate("EntenteWhatIf.state()");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static boolean hasEdge(JsonNode edges, String finding, String one, String other) {
        for (JsonNode edge : edges) {
            List<String> ends = List.of(edge.get("source").asText(), edge.get("target").asText());
            if (edge.get("finding").asText().equals(finding) && ends.containsAll(List.of(one, other))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void flippingFrancesStanceRemovesItsObjectionFromTheGraphAndTheDiff() throws Exception {
        browser.navigate("http://127.0.0.1:" + server.port() + "/");
        waitFor("document.body.dataset.state === 'ready'");
        assertThat(hasEdge(state().get("edges"), OFFICE_OBJECTION, "FRA", "nato-asia-office")).isTrue();

        enter("#wi-facts li[data-fact='pos-fra-asia-office'] select", "SUPPORTS", "change");
        waitFor("document.body.dataset.state === 'ready' && EntenteWhatIf.state().changes.length === 1");

        JsonNode after = state();
        assertThat(after.get("error").isNull()).as("the page's error box").isTrue();
        assertThat(hasEdge(after.get("edges"), OFFICE_OBJECTION, "FRA", "nato-asia-office")).isFalse();
        assertThat(hasEdge(after.get("removedEdges"), OFFICE_OBJECTION, "FRA", "nato-asia-office")).isTrue();
        assertThat(texts(after.get("removed"))).contains(OFFICE_OBJECTION, "consensus-blocked:nato-asia-office");
        assertThat(texts(after.get("added"))).isEmpty();
        assertThat(texts(after.get("diffShown"))).contains("removed " + OFFICE_OBJECTION);

        enter("#wi-filter", "nato-asia-office", "input");
        assertThat(browser.evaluate("document.querySelectorAll('#wi-facts li').length").asInt()).isBetween(1, 10);
        browser.evaluate("document.querySelector('#wi-diff li[data-finding=\"" + OFFICE_OBJECTION + "\"]').click()");
        waitFor("EntenteWhatIf.state().explanation === '" + OFFICE_OBJECTION + "'");
        assertThat(browser.evaluate("document.getElementById('wi-explanation').textContent").asText())
                .contains("pos-fra-asia-office");
        browser.screenshot(SHOTS.resolve("whatif.png"));

        assertTheCliAcceptsTheScenario(browser.evaluate("EntenteWhatIf.yaml()").asText());
        assertThat(browser.problems()).as("console errors, exceptions and refused requests").isEmpty();
    }

    @Test
    void addingAndRetractingFactsUpdatesTheDiffAndABadFactIsShownNotThrown() throws Exception {
        browser.navigate("http://127.0.0.1:" + server.port() + "/");
        waitFor("document.body.dataset.state === 'ready'");

        browser.evaluate("document.querySelector('#wi-add').click()");
        waitFor("EntenteWhatIf.state().changes.length === 1 && document.body.dataset.state === 'ready'");
        assertThat(texts(state().get("added"))).contains("out-of-area-objection:TUR:NATO:nato-asia-office");

        browser.evaluate("document.querySelector('#wi-facts li[data-fact=\"pos-fra-asia-office\"] button').click()");
        waitFor("EntenteWhatIf.state().changes.length === 2 && document.body.dataset.state === 'ready'");
        assertThat(texts(state().get("removed"))).contains(OFFICE_OBJECTION);

        browser.evaluate("EntenteWhatIf.assert({type: 'Position', actor: 'FRA', initiative: 'nato-asia-office', "
                + "stance: 'UNDECIDED'})");
        JsonNode refused = state();
        assertThat(refused.get("error").asText()).contains("UNDECIDED");
        assertThat(refused.get("changes").size()).as("the refused change is undone").isEqualTo(2);

        assertTheCliAcceptsTheScenario(browser.evaluate("EntenteWhatIf.yaml()").asText());
        assertThat(browser.problems()).as("problems beyond the refusal the page showed").singleElement()
                .satisfies(problem -> assertThat(problem).contains("status of 400", "/report"));
    }

    @Test
    void aDraftedArticleRunsAsTheScenariosArticleGradedByItsSources() throws Exception {
        browser.navigate("http://127.0.0.1:" + server.port() + "/");
        waitFor("document.body.dataset.state === 'ready'");

        enter("#wi-article", "Turkish President Recep Tayyip Erdogan took issue with plans to open NATO's first "
                + "office in Asia.", "input");
        browser.evaluate("document.querySelector('#wi-draft').click()");
        waitFor("document.body.dataset.state === 'ready' && EntenteWhatIf.state().article !== null");

        JsonNode after = state();
        assertThat(after.get("error").isNull()).as("the page's error box: " + after.get("error")).isTrue();
        // Drafted on top of the served packs: what they hold (Turkey, NATO, Asia) is referred to, not repeated.
        assertThat(texts(after.get("article").get("facts").findValues("id").stream()
                .collect(Json.MAPPER::createArrayNode, com.fasterxml.jackson.databind.node.ArrayNode::add,
                        com.fasterxml.jackson.databind.node.ArrayNode::addAll)))
                .contains("erdogan").doesNotContain("TUR", "NATO", "asia");
        assertThat(after.get("changes")).isEmpty();
        String objection = "out-of-area-objection:TUR:NATO:nato-asia-office";
        assertThat(texts(after.get("added"))).contains(objection);
        String yaml = browser.evaluate("EntenteWhatIf.yaml()").asText();
        assertTheCliAcceptsTheScenario(yaml);
        assertThat(browser.problems()).as("console errors, exceptions and refused requests").isEmpty();

        // The drafted facts keep their quotes and are graded by them and the drafter's confidence, not assumed.
        Path file = temp.resolve("drafted.yaml");
        Files.writeString(file, yaml);
        CliRun run = CliRun.of("what-if", "--format", "json", file.toString());
        JsonNode finding = null;
        for (JsonNode each : Json.MAPPER.readTree(run.out()).get("findings")) {
            if (each.get("id").asText().equals(objection)) {
                finding = each;
            }
        }
        assertThat(finding).as(objection).isNotNull();
        JsonNode turkey = null;
        for (JsonNode evidence : finding.get("evidence")) {
            if (evidence.path("quote").asText().startsWith("Turkish President Recep Tayyip Erdogan took issue")) {
                turkey = evidence;
            }
        }
        assertThat(turkey).as("the drafted quote in the finding's evidence: " + finding.get("evidence")).isNotNull();
        assertThat(turkey.path("hypothetical").asText(null)).isNull();
        assertThat(turkey.get("confidence").asDouble()).isLessThan(1.0);
        assertThat(finding.get("confidence").asDouble()).isLessThan(1.0);
    }

    @Test
    void theHtmlReportShowsEveryBaselineFinding() throws Exception {
        Path report = SHOTS.resolve("report.html").toAbsolutePath();
        assertThat(CliRun.of("report", "--format", "html", "--out", report.toString()).exitCode()).isZero();

        browser.navigate(report.toUri().toString());
        browser.waitFor("document.querySelectorAll('tr[data-finding]').length > 0", WAIT);

        List<String> shown = texts(browser.evaluate(
                "Array.from(document.querySelectorAll('tr[data-finding]'), row => row.dataset.finding)"));
        List<String> baseline = Analyser.load(RULES, PACKS, RuleCache.defaultFolder()).analyse().findings().stream()
                .map(Finding::id).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(baseline);
        assertThat(browser.evaluate("document.querySelector('.graph canvas') !== null").asBoolean()).isTrue();
        browser.screenshot(SHOTS.resolve("report.png"));
        assertThat(browser.problems()).isEmpty();
    }

    /** The YAML the page offers for download is a scenario file that {@code entente what-if} runs. */
    private void assertTheCliAcceptsTheScenario(String yaml) throws Exception {
        Path file = temp.resolve("what-if.yaml");
        Files.writeString(file, yaml);
        CliRun run = CliRun.of("what-if", "--format", "json", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode pageSaw = state();
        JsonNode cliSaw = Json.MAPPER.readTree(run.out()).get("diff");
        assertThat(texts(cliSaw.get("removed"))).containsExactlyInAnyOrderElementsOf(texts(pageSaw.get("removed")));
        assertThat(texts(cliSaw.get("added"))).containsExactlyInAnyOrderElementsOf(texts(pageSaw.get("added")));
    }
}
