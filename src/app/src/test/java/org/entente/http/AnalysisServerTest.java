package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.engine.RuleCache;
import org.entente.io.Json;
import org.entente.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service over a real loopback connection: every endpoint, and every error in the one error shape. */
class AnalysisServerTest {

    private static final Path RULES = Path.of("rules");
    private static final List<Path> PACKS = List.of(Path.of("seeds", "vilnius-2023.yaml"));
    private static final String YAML = "application/yaml";
    private static final String JSON = "application/json";
    private static final String OFFICE_OBJECTION = "out-of-area-objection:FRA:NATO:nato-asia-office";

    private static AnalysisServer server;
    private static Http http;
    private static Analyser analyser;

    @BeforeAll
    static void start() {
        server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, RULES, PACKS, RuleCache.defaultFolder(),
                false), line -> { });
        http = Http.to(server);
        analyser = Analyser.load(RULES, PACKS, RuleCache.defaultFolder());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode tree(Object value) {
        return Json.MAPPER.valueToTree(value);
    }

    private static String scenarioFile(String name) throws Exception {
        return Files.readString(Path.of("scenarios", name));
    }

    @Test
    void healthSaysWhichRulesAndPacksAreServed() {
        Http.Response health = http.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.contentType()).isEqualTo(JSON);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.json().get("rules").asText()).isEqualTo("rules");
        assertThat(health.json().get("packs")).containsExactly(Json.MAPPER.getNodeFactory()
                .textNode("seeds/vilnius-2023.yaml"));
        assertThat(health.json().get("ruleCount").asInt()).isEqualTo(SeedRules.count());
        assertThat(health.json().get("factCount").asInt()).isEqualTo(130);
        assertThat(health.json().get("watching").asBoolean()).isFalse();
        assertThat(health.json().has("error")).isFalse();
    }

    @Test
    void rulesIsTheCatalogueAsTheCommandLinePrintsIt() {
        Http.Response rules = http.get("/rules");

        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json()).isEqualTo(tree(analyser.rules()));
        assertThat(rules.json()).anySatisfy(rule -> {
            assertThat(rule.get("finding").asText()).isEqualTo("out-of-area-objection");
            assertThat(rule.get("file").asText()).isEqualTo("area-of-responsibility.drl");
        });
    }

    @Test
    void factsAreThePacksBaseFactsWithTheirEvidence() {
        Http.Response facts = http.get("/facts");

        assertThat(facts.status()).isEqualTo(200);
        assertThat(facts.json().get("packs").get(1).asText()).isEqualTo("seeds/vilnius-2023.yaml");
        assertThat(facts.json().get("facts")).hasSize(130).anySatisfy(fact -> {
            assertThat(fact.get("id").asText()).isEqualTo("pos-fra-asia-office");
            assertThat(fact.get("fields").get("stance").asText()).isEqualTo("OPPOSES");
            assertThat(fact.get("evidence").get(0).get("quote").asText()).contains("Macron took issue");
        });
    }

    @Test
    void findingsIsTheBaselineAnalysis() {
        Http.Response findings = http.get("/findings");

        assertThat(findings.status()).isEqualTo(200);
        assertThat(findings.json()).isEqualTo(tree(analyser.analyse()));
        assertThat(findings.json().get("findings")).anySatisfy(finding ->
                assertThat(finding.get("id").asText()).isEqualTo(OFFICE_OBJECTION));
    }

    @Test
    void whatIfTakesAYamlScenarioAndReturnsItsFindingsAndDiff() throws Exception {
        String body = scenarioFile("france-lifts-objection.yaml");

        Http.Response whatIf = http.post("/what-if", YAML, body);

        assertThat(whatIf.status()).isEqualTo(200);
        assertThat(whatIf.json()).isEqualTo(tree(analyser.whatIf(Scenarios.parse("request body", body))));
        assertThat(whatIf.json().get("scenario").get("file").asText()).isEqualTo("request body");
        assertThat(whatIf.json().get("diff").get("removed")).anySatisfy(id ->
                assertThat(id.asText()).isEqualTo(OFFICE_OBJECTION));
    }

    @Test
    void aWhatIfIsWrittenByteForByteAsTheAnalyserWritesItThoughTheBaselinesFindingsAreWrittenOncePerLoad()
            throws Exception {
        int compared = 0;
        for (Path file : ScenarioFiles.find(List.of(Path.of("scenarios")))) {
            String body = Files.readString(file);
            Scenario scenario = Scenarios.parse("request body", body);
            if (!scenario.packs().isEmpty()) {
                continue;
            }
            Http.Response whatIf = http.post("/what-if", YAML, body);
            assertThat(whatIf.raw().body()).as(file.toString())
                    .isEqualTo(Json.MAPPER.writeValueAsString(analyser.whatIf(scenario)));
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
        assertThat(http.get("/findings").raw().body()).isEqualTo(Json.MAPPER.writeValueAsString(analyser.analyse()));
    }

    @Test
    void theDiffViewHoldsOnlyTheFindingsTheDiffNamesAndTheirEvidenceOnlyOnRequest() throws Exception {
        String body = scenarioFile("france-lifts-objection.yaml");
        JsonNode full = tree(analyser.whatIf(Scenarios.parse("request body", body)));

        Http.Response lean = http.post("/what-if?view=diff", YAML, body);
        Http.Response withEvidence = http.post("/what-if?view=diff&evidence=true", YAML, body);

        assertThat(lean.status()).isEqualTo(200);
        assertThat(lean.json().fieldNames()).toIterable()
                .containsExactly("scenario", "facts", "rules", "diff", "added", "removed", "changed");
        assertThat(lean.json().get("diff")).isEqualTo(full.get("diff"));
        assertThat(lean.json().get("removed").findValuesAsText("id")).isNotEmpty()
                .isEqualTo(textsOf(full.get("diff").get("removed")));
        assertThat(lean.json().get("removed")).allSatisfy(finding -> assertThat(finding.has("evidence")).isFalse());
        assertThat(withEvidence.json().get("removed")).allSatisfy(finding ->
                assertThat(finding.get("evidence")).isNotEmpty());
        assertThat(lean.raw().body().length()).isLessThan(full.toString().length() / 4);
    }

    @Test
    void anUnknownViewIs400NamingTheQueryParameter() {
        Http.Response error = http.post("/what-if?view=summary", JSON, Scenarios.named("x").retract("pos-fra-asia-office")
                .toJson());

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("query parameter 'view'");
        assertThat(error.json().get("error").asText()).contains("full or diff");
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void whatIfTakesAJsonScenarioBuiltInCode() {
        String body = Scenarios.named("Japan joins NATO")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO")).toJson();

        Http.Response whatIf = http.post("/what-if", "application/json; charset=utf-8", body);

        assertThat(whatIf.status()).isEqualTo(200);
        assertThat(whatIf.json().get("diff").get("added").get(0).asText()).isEqualTo("stated-count-mismatch:NATO");
    }

    @Test
    void aBatchReturnsOneResultPerScenarioInOrder() throws Exception {
        String body = "- " + scenarioFile("japan-joins-nato.yaml").replace("\n", "\n  ") + "\n- "
                + scenarioFile("france-lifts-objection.yaml").replace("\n", "\n  ");

        Http.Response batch = http.post("/what-if/batch", "text/yaml", body);

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json()).hasSize(2);
        assertThat(batch.json().get(0).get("scenario").get("name").asText()).isEqualTo("Japan joins NATO");
        assertThat(batch.json().get(0).get("scenario").get("file").asText()).isEqualTo("request body, item 1");
        assertThat(batch.json().get(1).get("diff").get("removed")).anySatisfy(id ->
                assertThat(id.asText()).isEqualTo(OFFICE_OBJECTION));
    }

    @Test
    void explainWithoutAScenarioExplainsABaselineFinding() {
        Http.Response explanation = http.get("/explain/" + OFFICE_OBJECTION);

        assertThat(explanation.status()).isEqualTo(200);
        assertThat(explanation.json()).isEqualTo(tree(analyser.explain(OFFICE_OBJECTION)));
        assertThat(explanation.json().get("node").asText()).isEqualTo("finding");
        assertThat(explanation.json().get("file").asText()).isEqualTo("rules/area-of-responsibility.drl");
    }

    @Test
    void explainWithAScenarioBodyExplainsTheFindingInTheScenariosWorld() throws Exception {
        Http.Response explanation = http.post("/explain/stated-count-mismatch:NATO", YAML,
                scenarioFile("japan-joins-nato.yaml"));

        assertThat(explanation.status()).isEqualTo(200);
        assertThat(explanation.json().findValuesAsText("hypothetical")).contains("Japan joins NATO");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndNoOther() {
        Http.Response openApi = http.get("/openapi.json");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        openApi.json().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> {
                    if (!method.equals("parameters")) {
                        documented.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.routes().stream()
                .map(route -> route.method() + " " + route.path()).toList());
    }

    @Test
    void asOfSeesTheWorldOnThatDayAndADayThatIsNoneIs400() {
        // Finland's membership holds from 2023-04-04: the day before, the "31-nation bloc" has 30 members.
        assertThat(http.get("/findings").json().get("findings"))
                .noneMatch(finding -> finding.get("id").asText().equals("stated-count-mismatch:NATO"));
        Http.Response before = http.get("/findings?asOf=2023-04-03");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("findings"))
                .anyMatch(finding -> finding.get("id").asText().equals("stated-count-mismatch:NATO"));

        Http.Response error = http.get("/findings?asOf=yesterday");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("query parameter 'asOf'");
        assertThat(error.json().get("error").asText()).contains("'yesterday' is not a date");
    }

    @Test
    void aMalformedScenarioIs400NamingTheFieldAndItsLine() {
        Http.Response error = http.post("/what-if", YAML, """
                name: France hesitates
                changes:
                  - modify: {match: pos-fra-asia-office, set: {stance: UNDECIDED}}
                """);

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("request body:3 field 'stance'");
        assertThat(error.json().get("error").asText()).contains("'UNDECIDED' is not a valid stance")
                .contains("SUPPORTS, OPPOSES");
        assertThat(error.json().fieldNames()).toIterable().containsExactly("error", "where");
    }

    @Test
    void aChangeThatSelectsNothingIs400WithTheClosestIds() {
        Http.Response error = http.post("/what-if", JSON,
                "{\"name\": \"typo\",\n \"changes\": [{\"retract\": \"pos-fra-asia-ofice\"}]}");

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("request body:2");
        assertThat(error.json().get("error").asText()).contains("did you mean pos-fra-asia-office");
    }

    @Test
    void textThatIsNotYamlIs400WithItsLine() {
        Http.Response error = http.post("/what-if", YAML, "name: x\nchanges: [unclosed\n");

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).startsWith("request body:");
        assertThat(error.json().get("error").asText()).startsWith("not valid YAML");
    }

    @Test
    void aScenarioCannotNameFilesOnTheServer() {
        Http.Response error = http.post("/what-if", YAML, """
                name: read a server file
                facts: [/etc/passwd]
                changes: []
                """);

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("request body:2 field 'facts'");
    }

    @Test
    void aBadItemOfABatchIsNamedWithItsLineInTheWholeBody() {
        Http.Response error = http.post("/what-if/batch", JSON, """
                [{"name": "fine", "changes": []},
                 {"name": "bad",
                  "changes": [{"assert": {"type": "Membership", "member": "JPN", "organization": "NATO"}}]}]
                """);

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("request body, item 2:3 field 'organization'");
        assertThat(error.json().get("error").asText()).contains("did you mean organisation");
    }

    @Test
    void aBatchIsAListOfAtMostAHundredScenarios() {
        Http.Response notAList = http.post("/what-if/batch", YAML, "name: one\nchanges: []\n");
        Http.Response tooMany = http.post("/what-if/batch", JSON,
                "[" + String.join(",", java.util.Collections.nCopies(101, "{\"name\": \"x\"}")) + "]");

        assertThat(notAList.status()).isEqualTo(400);
        assertThat(notAList.json().get("error").asText()).isEqualTo("a batch is a list of scenarios");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("error").asText()).isEqualTo("a batch holds at most 100 scenarios, not 101");
    }

    @Test
    void anUnknownFindingIs404WithTheClosestIds() throws Exception {
        Http.Response baseline = http.get("/explain/consensus-blocked:nato-asia-offic");
        Http.Response inScenario = http.post("/explain/partnership-deepening:JPN:NATO:vilnius-summit-2023", YAML,
                scenarioFile("japan-joins-nato.yaml"));

        assertThat(baseline.status()).isEqualTo(404);
        assertThat(baseline.json().get("where").asText()).isEqualTo("consensus-blocked:nato-asia-offic");
        assertThat(baseline.json().get("error").asText()).contains("did you mean consensus-blocked:nato-asia-office");
        assertThat(inScenario.status()).isEqualTo(404);
        assertThat(inScenario.json().get("error").asText()).contains("no such finding in scenario \"Japan joins NATO\"");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405() {
        Http.Response unknown = http.get("/tensions");
        Http.Response wrongMethod = http.get("/what-if");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("where").asText()).isEqualTo("/tensions");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.raw().headers().firstValue("Allow")).hasValue("POST");
        assertThat(wrongMethod.json().get("error").asText()).isEqualTo("GET is not allowed on /what-if");
    }

    @Test
    void aBodyOverOneMebibyteIs413WhetherItsLengthIsDeclaredOrNot() {
        byte[] large = ("name: x\ndescription: " + "x".repeat(RequestBodies.MAX_BYTES) + "\n").getBytes();

        List<Http.Response> refused = new java.util.ArrayList<>();
        // Many, between other refusals: a server that answered without reading the body lost answers to resets.
        for (int attempt = 0; attempt < 20; attempt++) {
            refused.add(http.post("/what-if", YAML, HttpRequest.BodyPublishers.ofByteArray(large)));
            assertThat(http.post("/what-if", "text/plain", "x").status()).isEqualTo(415);
            refused.add(http.post("/what-if", YAML,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));
        }

        for (Http.Response tooLarge : refused) {
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.json().get("where").asText()).isEqualTo("request body");
            assertThat(tooLarge.json().get("error").asText()).isEqualTo("the body is over 1 MiB (1048576 bytes)");
        }
    }

    @Test
    void aRequestJettyCannotParseIs400InTheSameShape() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/json")
                    .containsPattern("\\{\"error\":\"[^\"]+\",\"where\":\"[^\"]+\"}$");
        }
    }

    @Test
    void aPortInUseIsAnInputErrorNamingHostAndPort() {
        assertThatThrownBy(() -> AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", server.port(), RULES,
                PACKS, RuleCache.defaultFolder(), false), line -> { }))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).isEqualTo("127.0.0.1:" + server.port()))
                .hasMessageContaining("cannot listen there");
    }

    @Test
    void aBodyThatIsNotJsonOrYamlIs415AndRulesAreNeverTaken() {
        Http.Response drl = http.post("/what-if", "text/x-drl", "rule \"Mine\" when then end");
        Http.Response plain = http.post("/explain/" + OFFICE_OBJECTION, "text/plain", "name: x");
        Http.Response none = http.post("/what-if/batch", null, "[]");

        assertThat(drl.status()).isEqualTo(415);
        assertThat(drl.json().get("where").asText()).isEqualTo("Content-Type");
        assertThat(drl.json().get("error").asText())
                .isEqualTo("send the scenario as application/json or application/yaml, not text/x-drl");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(none.status()).isEqualTo(415);
    }
}
