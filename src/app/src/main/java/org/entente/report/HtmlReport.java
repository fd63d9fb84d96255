package org.entente.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.io.Json;

/**
 * One self-contained HTML file: the report's JSON, ECharts and the page's own script and style, all inline, so it
 * opens offline and fetches nothing (its Content-Security-Policy forbids any request). The drawing lives in
 * {@code report.js}, which any page can reuse: {@code EntenteReport.mount(element, reportJson)}.
 */
public final class HtmlReport {

    private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");

    private HtmlReport() {
    }

    public static String render(Report report) {
        Map<String, String> slots = Map.of(
                "title", html(report.title()),
                "style", resource("report.css"),
                "data", json(report),
                "echarts", script(echarts()),
                "script", script(resource("report.js")));
        Matcher slot = SLOT.matcher(resource("report.html"));
        StringBuilder page = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(page, Matcher.quoteReplacement(slots.get(slot.group(1))));
        }
        return slot.appendTail(page).toString();
    }

    /**
     * What the HTML report inlines, for a page that serves it as files instead: {@code echarts.min.js} (from its
     * WebJar), {@code report.js} or {@code report.css}; empty for any other name.
     */
    public static Optional<String> asset(String name) {
        return switch (name) {
            case "echarts.min.js" -> Optional.of(echarts());
            case "report.js", "report.css" -> Optional.of(resource(name));
            default -> Optional.empty();
        };
    }

    /**
     * The report as JSON for a {@code <script type="application/json">} block. Angle brackets and ampersands only
     * occur inside JSON strings, where their unicode escapes mean the same, so no text can close the block.
     */
    static String json(Report report) {
        try {
            return Json.MAPPER.writeValueAsString(report)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /**
     * Script text inside a {@code <script>} element: {@code </script} would end the element; {@code <\/script} means
     * the same to JavaScript.
     */
    static String script(String javascript) {
        return SCRIPT_END.matcher(javascript).replaceAll("<\\\\/$1");
    }

    static String html(String text) {
        return Escape.with(Escape.HTML, text);
    }

    /** ECharts' one-file bundle from its WebJar; the version is the one Maven resolved, read from the jar itself. */
    static String echarts() {
        Properties pom = new Properties();
        try (InputStream in = classpath(ECHARTS_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read("META-INF/resources/webjars/echarts/" + pom.getProperty("version") + "/dist/echarts.min.js");
    }

    private static String resource(String name) {
        return read("org/entente/report/" + name);
    }

    private static String read(String path) {
        try (InputStream in = classpath(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream classpath(String path) {
        InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + path);
        }
        return in;
    }
}
