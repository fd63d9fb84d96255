package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.engine.RuleCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The what-if page's routes: the page, its files, and the reports it draws, over a real loopback connection. */
class WhatIfPageTest {

    private static final String OFFICE_OBJECTION = "out-of-area-objection:FRA:NATO:nato-asia-office";
    private static final String FRANCE_COMES_ROUND = """
            {"name": "France comes round", "changes": [{"modify": {"match": "pos-fra-asia-office", "set": {"stance": "SUPPORTS"}}}]}""";

    private static AnalysisServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, Path.of("rules"),
                List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder(), false), line -> { });
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> raw(String path) throws Exception {
        return http.client().send(HttpRequest.newBuilder(URI.create(http.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBaselineReportHasEveryFindingAndNoDiff() {
        Http.Response report = http.get("/report");
        Http.Response findings = http.get("/findings");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("scenario").isMissingNode()).isTrue();
        List<String> ids = new ArrayList<>();
        report.json().get("findings").forEach(entry -> ids.add(entry.get("id").asText()));
        List<String> expected = new ArrayList<>();
        findings.json().get("findings").forEach(finding -> expected.add(finding.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.json().at("/graph/edges").size()).isPositive();
    }

    @Test
    void aScenarioReportMarksWhatItRemoves() {
        Http.Response report = http.post("/report", "application/json", FRANCE_COMES_ROUND);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().at("/scenario/name").asText()).isEqualTo("France comes round");
        assertThat(report.json().at("/counts/removed").asInt()).isEqualTo(3);
        assertThat(status(report.json(), OFFICE_OBJECTION)).isEqualTo("removed");
        assertThat(status(report.json(), "consensus-blocked:nato-asia-office")).isEqualTo("removed");
        report.json().at("/graph/edges").forEach(edge -> {
            if (edge.get("finding").asText().equals(OFFICE_OBJECTION)) {
                assertThat(edge.get("status").asText()).isEqualTo("removed");
            }
        });
    }

    @Test
    void aBadScenarioForAReportIs400NamingTheField() {
        Http.Response error = http.post("/report", "application/yaml", """
                name: France hesitates
                changes:
                  - modify: {match: pos-fra-asia-office, set: {stance: UNDECIDED}}
                """);

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.json().get("where").asText()).isEqualTo("request body:3 field 'stance'");
    }

    @Test
    void thePageIsServedWithAPolicyThatKeepsItOnThisServer() throws Exception {
        HttpResponse<String> page = raw("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'");
        assertThat(page.body()).contains("/assets/whatif.js", "/assets/echarts.min.js");
        Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        List<String> files = new ArrayList<>();
        while (reference.find()) {
            if (!reference.group(1).startsWith("data:")) {
                files.add(reference.group(1));
            }
        }
        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file).startsWith("/assets/"));
        for (String file : files) {
            HttpResponse<String> asset = raw(file);
            assertThat(asset.statusCode()).as(file).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Type").orElse("")).as(file)
                    .startsWith(file.endsWith(".css") ? "text/css" : "text/javascript");
        }
    }

    @Test
    void anUnknownAssetIs404InTheErrorShape() {
        Http.Response missing = http.get("/assets/..%2Fopenapi.json");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).startsWith("no such file");
    }

    private static String status(JsonNode report, String id) {
        for (JsonNode entry : report.get("findings")) {
            if (entry.get("id").asText().equals(id)) {
                return entry.get("status").asText();
            }
        }
        return null;
    }
}
