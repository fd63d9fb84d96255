package org.entente.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.io.Json;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over the Chrome DevTools Protocol with the JDK's own
 * WebSocket: navigate, evaluate, screenshot, and every console message, uncaught exception and error log entry
 * (a refused request among them) collected so that a test can fail on it. Each instance has its own profile and
 * no background networking; {@link #close()} kills the browser. The one browser driver of the tests: the report's
 * page and the what-if page are both checked through it.
 */
public final class Chromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> console = Collections.synchronizedList(new ArrayList<>());

    private Chromium(Process process, WebSocket.Builder connect, URI page) throws Exception {
        this.process = process;
        this.socket = connect.buildAsync(page, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    /** Starts Chromium on about:blank at the given window size and attaches to its page. */
    public static Chromium launch(Path profile, int width, int height) throws Exception {
        Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI browser = devToolsAddress(process);
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            HttpResponse<String> targets = client.send(HttpRequest.newBuilder(
                    URI.create("http://" + browser.getAuthority() + "/json/list")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI page = null;
            for (JsonNode target : Json.MAPPER.readTree(targets.body())) {
                if (target.get("type").asText().equals("page")) {
                    page = URI.create(target.get("webSocketDebuggerUrl").asText());
                }
            }
            if (page == null) {
                throw new IllegalStateException("chromium opened no page: " + targets.body());
            }
            Chromium cdp = new Chromium(process, client.newWebSocketBuilder(), page);
            cdp.send("Runtime.enable", Json.MAPPER.createObjectNode());
            cdp.send("Log.enable", Json.MAPPER.createObjectNode());
            cdp.send("Page.enable", Json.MAPPER.createObjectNode());
            return cdp;
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Reads Chromium's standard error until it names its DevTools address, then keeps draining it. */
    private static URI devToolsAddress(Process process) throws Exception {
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        address.complete(URI.create(listening.group(1)));
                    }
                }
                address.completeExceptionally(new IllegalStateException("chromium exited before listening"));
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    public JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(Json.MAPPER.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    public void navigate(String url) throws Exception {
        JsonNode result = send("Page.navigate", Json.MAPPER.createObjectNode().put("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + result.get("errorText").asText());
        }
    }

    /** The value of a JavaScript expression (a promise is awaited); an exception in the page fails. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Json.MAPPER.createObjectNode().put("expression", expression)
                .put("awaitPromise", true).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw on " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.at("/result/value");
    }

    /** Waits until an expression is true in the page; while the page is still loading, it may throw. */
    public void waitFor(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String guarded = "(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()";
        while (!evaluate(guarded).asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + expression);
            }
            Thread.sleep(50);
        }
    }

    public void screenshot(Path file) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Json.MAPPER.createObjectNode().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** Console errors, uncaught exceptions and error log entries seen so far. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Forgets the problems and console messages seen so far: the page opened next is held to its own alone. */
    public void forget() {
        problems.clear();
        console.clear();
    }

    /** Every console message so far, whatever its level: a page that should say nothing can be held to it. */
    public List<String> console() {
        synchronized (console) {
            return List.copyOf(console);
        }
    }

    /** The page's DOM as it is now. */
    public String dom() throws Exception {
        return evaluate("document.documentElement.outerHTML").asText();
    }

    /** Kills the browser and its helper processes (renderer, zygote), which would otherwise outlive it. */
    @Override
    public void close() {
        socket.abort();
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        helpers.forEach(ProcessHandle::destroyForcibly);
        helpers.forEach(helper -> helper.onExit().completeOnTimeout(helper, 5, TimeUnit.SECONDS).join());
    }

    private void event(JsonNode message) {
        JsonNode params = message.get("params");
        switch (message.get("method").asText()) {
            case "Runtime.consoleAPICalled" -> {
                String type = params.get("type").asText();
                console.add("console." + type + ": " + params.get("args"));
                if (type.equals("error") || type.equals("assert")) {
                    problems.add("console." + type + ": " + params.get("args"));
                }
            }
            case "Runtime.exceptionThrown" -> problems.add("exception: " + params.at("/exceptionDetails"));
            case "Log.entryAdded" -> {
                if (params.at("/entry/level").asText().equals("error")) {
                    problems.add("log: " + params.at("/entry/text").asText() + " " + params.at("/entry/url").asText());
                }
            }
            default -> {
            }
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = Json.MAPPER.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else if (message.has("method")) {
                        event(message);
                    }
                } catch (IOException e) {
                    problems.add("unreadable DevTools message: " + e.getMessage());
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
