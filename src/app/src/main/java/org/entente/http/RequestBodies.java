package org.entente.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.InputError;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.pack.LocatedYaml.Syntax;
import org.entente.pack.LocatedYaml;

/**
 * Reads scenarios from request bodies: JSON or YAML, at most 1 MiB, checked by the scenario reader so that an error
 * names the field and its line in the body. A scenario may not name fact packs: they are files on the server.
 */
final class RequestBodies {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_BATCH = 100;
    static final String BODY = "request body";
    private static final Set<String> MEDIA_TYPES = Set.of("application/json", "application/yaml", "application/x-yaml",
            "text/yaml", "text/x-yaml");
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private RequestBodies() {
    }

    static Scenario scenario(Context ctx) {
        return scenario(BODY, text(ctx), syntax(ctx));
    }

    /**
     * A list of scenarios. Each is read on its own, with the rest of the body blanked out, so that its errors name
     * lines of the whole body.
     */
    static List<Scenario> batch(Context ctx) {
        String text = text(ctx);
        Syntax syntax = syntax(ctx);
        LocatedYaml document = LocatedYaml.parse(BODY, text, syntax);
        if (!document.root().isArray()) {
            throw new InputError(document.where(""), "a batch is a list of scenarios");
        }
        if (document.root().size() > MAX_BATCH) {
            throw new InputError(document.where(""), "a batch holds at most %d scenarios, not %d".formatted(MAX_BATCH,
                    document.root().size()));
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<int[]> spans = itemSpans(text, syntax);
        for (int index = 0; index < spans.size(); index++) {
            scenarios.add(scenario(BODY + ", item " + (index + 1), blankOutside(text, spans.get(index)), syntax));
        }
        return scenarios;
    }

    private static Scenario scenario(String label, String text, Syntax syntax) {
        Scenario scenario = syntax == Syntax.JSON ? Scenarios.parseJson(label, text) : Scenarios.parse(label, text);
        if (!scenario.packs().isEmpty()) {
            throw new InputError(scenario.where("facts"),
                    "the service analyses its own fact packs; a request cannot name files on the server");
        }
        return scenario;
    }

    /** A JSON body is read as strict JSON: a trailing comma or text after the value is an error, as in JSON. */
    private static Syntax syntax(Context ctx) {
        return mediaType(ctx).equals("application/json") ? Syntax.JSON : Syntax.YAML;
    }

    private static String mediaType(Context ctx) {
        String contentType = ctx.contentType();
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String text(Context ctx) {
        String mediaType = mediaType(ctx);
        if (!MEDIA_TYPES.contains(mediaType)) {
            drain(ctx);
            throw new HttpError(415, "Content-Type", "send the scenario as application/json or application/yaml"
                    + (mediaType.isEmpty() ? "" : ", not " + mediaType));
        }
        if (ctx.contentLength() > MAX_BYTES) {
            drain(ctx);
            throw tooLarge();
        }
        return LocatedYaml.decode(BODY, ctx.bodyAsBytes());
    }

    static HttpError tooLarge() {
        return new HttpError(413, BODY, "the body is over 1 MiB (%d bytes)".formatted(MAX_BYTES));
    }

    /**
     * Reads and drops the rest of a refused body, up to 8 MiB. A server that answers early and closes makes the
     * client's TCP stack reset the connection while it is still sending, and the client then loses the answer.
     */
    static void drain(Context ctx) {
        byte[] buffer = new byte[64 * 1024];
        long left = 8L * MAX_BYTES;
        try (InputStream body = ctx.req().getInputStream()) {
            for (int read = body.read(buffer); read > 0 && left > 0; read = body.read(buffer)) {
                left -= read;
            }
        } catch (IOException e) {
            // The client went away: there is no one left to answer.
        }
    }

    /** Where each item of the top-level list starts and ends, in chars; the YAML parser counts code points. */
    private static List<int[]> itemSpans(String text, Syntax syntax) {
        List<int[]> spans = new ArrayList<>();
        try (JsonParser parser = syntax == Syntax.JSON ? JSON.createParser(text) : YAML.createParser(text)) {
            parser.nextToken();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long start = parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                long end = parser.currentLocation().getCharOffset();
                spans.add(new int[] {text.offsetByCodePoints(0, (int) start), text.offsetByCodePoints(0, (int) end)});
            }
        } catch (IOException e) {
            throw new IllegalStateException("the body parsed once already", e);
        }
        return spans;
    }

    /** The text with every character outside the span made a space, line breaks kept, so lines stay where they were. */
    private static String blankOutside(String text, int[] span) {
        StringBuilder blanked = new StringBuilder(text.length());
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            blanked.append(at >= span[0] && at < span[1] || c == '\n' || c == '\r' ? c : ' ');
        }
        return blanked.toString();
    }
}
