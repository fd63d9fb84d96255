package org.entente.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.report.HtmlReport;

/**
 * The what-if page and its files: its own HTML, script and style, and the report's drawing script, style and
 * ECharts, the same files the HTML report inlines. Everything comes from the class path, so the page needs nothing
 * but this server; its Content-Security-Policy forbids it any other.
 */
final class Page {

    static final String ASSETS = "/assets/";
    /** Scripts and styles from this server only; inline styles because ECharts and the report set them. */
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private static final Set<String> NAMES = Set.of("whatif.html", "whatif.js", "whatif.css",
            "report.js", "report.css", "echarts.min.js");

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    void index(Context ctx) {
        send(ctx, "whatif.html", file("whatif.html").orElseThrow());
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = file(name).orElseThrow(() -> new HttpError(404, ctx.path(), "no such file: " + ctx.path()));
        send(ctx, name, body);
    }

    private static void send(Context ctx, String name, byte[] body) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).result(body);
    }

    /** A file of the page, read once (ECharts alone is about 1 MB); only the page's own names are looked up. */
    private Optional<byte[]> file(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(files.computeIfAbsent(name, key -> HtmlReport.asset(key)
                .map(text -> text.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> own(key))));
    }

    private static byte[] own(String name) {
        try (InputStream in = Page.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("page/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
