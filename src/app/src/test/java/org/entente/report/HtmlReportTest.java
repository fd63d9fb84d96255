package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.browser.Chromium;
import org.entente.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"entente-data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static JsonNode data(String html) throws Exception {
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).as("the data block").isTrue();
        return Json.MAPPER.readTree(data.group(1));
    }

    private static long count(String html, String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(html).results().count();
    }

    @Test
    void thePageEmbedsEveryFindingAsJsonAndInlinesECharts() throws Exception {
        String html = HtmlReport.render(Fixtures.BASELINE);

        JsonNode data = data(html);
        assertThat(data.get("findings")).extracting(finding -> finding.get("id").asText())
                .containsExactlyElementsOf(Fixtures.BASELINE.findings().stream().map(Report.Entry::id).toList());
        assertThat(data.at("/graph/edges")).hasSize(Fixtures.BASELINE.graph().edges().size());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Entente: Findings from seeds/world.yaml, seeds/vilnius-2023.yaml")
                .contains("Licensed to the Apache Software Foundation").contains("EntenteReport.mount(");
        assertThat(html.length()).as("ECharts inlined").isGreaterThan(1_000_000);
    }

    /** The page's markup: script bodies blanked, since ECharts' code holds markup it builds only on request. */
    private static String markup(String html) {
        return Pattern.compile("(<script[^>]*>).*?(</script>)", Pattern.DOTALL).matcher(html).replaceAll("$1$2");
    }

    @Test
    void thePageFetchesNothing() {
        String whole = HtmlReport.render(Fixtures.BASELINE);
        String html = markup(whole);

        assertThat(count(html, "<script[^>]*\\ssrc\\s*=")).as("script src").isZero();
        assertThat(count(html, "<link[\\s>]")).as("link elements").isZero();
        assertThat(count(html, "<(img|iframe|object|embed|audio|video|source)[\\s>]")).as("embedded resources").isZero();
        assertThat(count(html, "\\s(src|href|srcset|poster|data)\\s*=\\s*[\"']?(https?:)?//")).as("URLs in attributes")
                .isZero();
        assertThat(count(html, "url\\(\\s*[\"']?(https?:)?//")).as("CSS url()").isZero();
        assertThat(count(html, "@import")).as("CSS imports").isZero();
        assertThat(count(whole, "<script[^>]*\\ssrc\\s*=")).as("script src, anywhere").isZero();
        // And should a script try, the Content-Security-Policy forbids every request.
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void theScenarioDiffIsInTheData() throws Exception {
        JsonNode data = data(HtmlReport.render(Fixtures.JAPAN_JOINS));

        assertThat(data.at("/scenario/name").asText()).isEqualTo("Japan joins NATO");
        assertThat(data.at("/counts/added").asInt()).isEqualTo(1);
        assertThat(data.at("/findings/0/status").asText()).isEqualTo("added");
        assertThat(data.at("/findings/1/status").asText()).isEqualTo("removed");
        assertThat(data.at("/graph/edges")).anySatisfy(edge -> assertThat(edge.get("status").asText())
                .isEqualTo("removed"));
    }

    @Test
    void hostileTextCannotCloseAScriptOrOpenATag() throws Exception {
        Report report = Fixtures.hostileScenario(dir);
        String html = HtmlReport.render(report);

        assertThat(count(html, "</script")).as("only the page's own four scripts end").isEqualTo(4);
        assertThat(count(html, "<script")).isEqualTo(4);
        assertThat(html).doesNotContain(Fixtures.HOSTILE.substring(0, 20))
                .contains("<title>Entente: What if: Evil &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)");
        JsonNode data = data(html);
        assertThat(data.get("title").asText()).isEqualTo("What if: " + Fixtures.HOSTILE);
        assertThat(data.at("/graph/nodes")).anySatisfy(node -> assertThat(node.get("name").asText())
                .isEqualTo(Fixtures.HOSTILE + " state"));
    }

    @Test
    void scriptTextIsKeptInsideItsElement() {
        assertThat(HtmlReport.script("var a = '</script>'; var b = '</SCRIPT >';"))
                .isEqualTo("var a = '<\\/script>'; var b = '<\\/SCRIPT >';");
    }

    @Test
    void inChromiumThePageDrawsEveryFindingWithoutAConsoleMessage() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed");
        Path page = Files.writeString(dir.resolve("report.html"), HtmlReport.render(Fixtures.JAPAN_JOINS));

        String dom;
        List<String> console;
        try (Chromium browser = Chromium.launch(dir.resolve("profile"), 1280, 900)) {
            browser.navigate(page.toUri().toString());
            browser.waitFor("document.querySelector('canvas') && document.querySelector('tr[data-finding]')",
                    Duration.ofSeconds(30));
            dom = browser.dom();
            console = browser.console();
            assertThat(browser.problems()).isEmpty();
        }

        assertThat(console).isEmpty();
        for (Report.Entry entry : Fixtures.JAPAN_JOINS.findings()) {
            assertThat(dom).contains("data-finding=\"" + entry.id() + "\"");
        }
        assertThat(dom).contains("<canvas").contains("Diff against the baseline: +1 added, −3 removed")
                .contains("<tr class=\"removed\"");
    }

    @Test
    void inChromiumHostileTextIsShownAsTextAndAJavascriptUrlIsNoLink() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed");
        Path page = Files.writeString(dir.resolve("hostile.html"), HtmlReport.render(Fixtures.hostileScenario(dir)));
        URI selected = URI.create(page.toUri() + "#out-of-area-objection:ST:ORG:plan");

        String dom;
        List<String> console;
        try (Chromium browser = Chromium.launch(dir.resolve("profile"), 1280, 900)) {
            browser.navigate(selected.toString());
            browser.waitFor("document.querySelector('aside.details h3')", Duration.ofSeconds(30));
            dom = browser.dom();
            console = browser.console();
            assertThat(browser.problems()).isEmpty();
        }

        assertThat(console).isEmpty();
        assertThat(count(dom, "<script")).as("no script element was injected").isEqualTo(4);
        assertThat(dom).contains("<aside class=\"details\"><div><p class=\"meta\"><span class=\"badge tension\">")
                .contains("<h3>Evil &lt;/script&gt;&lt;script&gt;alert(\"x\")&lt;/script&gt;")
                .contains("Reference: Evil &lt;/script&gt;").doesNotContain("href=\"javascript:");
    }
}
