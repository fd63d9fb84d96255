package org.entente.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.entente.BudgetExceeded;
import org.entente.Deadline;
import org.entente.InputError;
import org.entente.UnknownFindingError;
import org.entente.api.Analyser;
import org.entente.io.Json;
import org.entente.pack.Dates;
import org.entente.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-over-HTTP service: the analyser's calls as endpoints, every error as {@link ErrorBody}. It takes
 * scenarios (data) and never rules (code). {@code /openapi.json} describes every route.
 */
public final class AnalysisServer implements AutoCloseable {

    /**
     * @param host          the address to listen on; loopback unless the service is meant to be reached from elsewhere
     * @param port          0 for any free port
     * @param cache         where compiled rules are kept between loads; null to compile them from DRL on every load
     * @param watch         reload the rules and packs when they change
     * @param watchInterval how often a watching server looks at the files; a change is reloaded once two looks in a
     *                      row agree on it
     * @param runBudget     how long one run of the rules may take: a request over it is a 503 with Retry-After, and
     *                      a reload over it fails and keeps the last good rules
     * @param requestBudget how long a request that analyses (facts, findings, what-ifs, batches, explanations,
     *                      reports, drafts) may take in all, every run of the rules it makes and its wait for a session
     *                      included: a request over it is a 503 with Retry-After, and its session is discarded
     * @param clients       what one client may hold: connections, and the time to send a request
     */
    public record Config(String host, int port, Path rules, List<Path> packs, Path cache, boolean watch,
                         Duration watchInterval, Duration runBudget, Duration requestBudget, ClientLimits clients) {

        /** Half a second between looks: an edit is served about a second after it is saved. */
        public static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

        /** The command line's default. */
        public static final Duration RUN_BUDGET = Duration.ofSeconds(30);

        /**
         * The command line's default: two runs over their own budget, and far above what the seed needs (a batch of
         * 100 what-ifs answers in under a second, a 1 MiB article drafts in seconds).
         */
        public static final Duration REQUEST_BUDGET = Duration.ofSeconds(60);

        public Config {
            packs = List.copyOf(packs);
            if (watchInterval.isNegative() || watchInterval.isZero()) {
                throw new IllegalArgumentException("the watch interval must be positive, not " + watchInterval);
            }
            if (runBudget.isNegative() || runBudget.isZero()) {
                throw new IllegalArgumentException("the run budget must be positive, not " + runBudget);
            }
            if (requestBudget.isNegative() || requestBudget.isZero()) {
                throw new IllegalArgumentException("the request budget must be positive, not " + requestBudget);
            }
        }

        /** With the command line's request budget and client limits. */
        public Config(String host, int port, Path rules, List<Path> packs, Path cache, boolean watch,
                      Duration watchInterval, Duration runBudget) {
            this(host, port, rules, packs, cache, watch, watchInterval, runBudget, REQUEST_BUDGET,
                    ClientLimits.DEFAULT);
        }

        /** The same server with other client limits. */
        public Config withClients(ClientLimits limits) {
            return new Config(host, port, rules, packs, cache, watch, watchInterval, runBudget, requestBudget, limits);
        }

        /** The same server with another request budget. */
        public Config withRequestBudget(Duration budget) {
            return new Config(host, port, rules, packs, cache, watch, watchInterval, runBudget, budget, clients);
        }

        /** With the command line's run budget. */
        public Config(String host, int port, Path rules, List<Path> packs, Path cache, boolean watch,
                      Duration watchInterval) {
            this(host, port, rules, packs, cache, watch, watchInterval, RUN_BUDGET);
        }

        /** Looking at the files every {@link #WATCH_INTERVAL}. */
        public Config(String host, int port, Path rules, List<Path> packs, Path cache, boolean watch) {
            this(host, port, rules, packs, cache, watch, WATCH_INTERVAL);
        }

        /** Without a rule cache (every load compiles the rules), looking at the files every {@link #WATCH_INTERVAL}. */
        public Config(String host, int port, Path rules, List<Path> packs, boolean watch) {
            this(host, port, rules, packs, null, watch, WATCH_INTERVAL);
        }
    }

    /**
     * What one client may hold, so that slow or many connections cannot starve the others ({@link ClientGuard}).
     *
     * @param connectionsPerClient connections one client address may have open; one more is closed as it opens
     * @param requestHead          how long a connection may take to send a request's headers, from its opening or its
     *                             last response; past it the connection is closed
     * @param requestBody          how long a request's body may take to arrive whole; past it the answer is a 408
     */
    public record ClientLimits(int connectionsPerClient, Duration requestHead, Duration requestBody) {

        /**
         * Far above what a browser (6 connections) or the load test (16) opens, far below Jetty's 200 threads; ten
         * seconds is ample for headers on any link, thirty for a 1 MiB body on a slow one.
         */
        public static final ClientLimits DEFAULT = new ClientLimits(64, Duration.ofSeconds(10), Duration.ofSeconds(30));

        public ClientLimits {
            if (connectionsPerClient < 1) {
                throw new IllegalArgumentException("a client may hold at least one connection");
            }
            if (requestHead.isNegative() || requestHead.isZero() || requestBody.isNegative() || requestBody.isZero()) {
                throw new IllegalArgumentException("the times to send a request must be positive");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisServer.class);
    private static final String JSON = "application/json";
    /** Leaves the response stream to Javalin, which completes the response after the handler. */
    private static final ObjectWriter STREAMING = RenderedFindings.mapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** How long a stop waits for requests in flight. */
    private static final long STOP_TIMEOUT_MILLIS = 30_000;
    /** What a 503 for a run over its budget asks the client to wait: long enough for a busy moment to pass. */
    private static final int RETRY_AFTER_SECONDS = 5;

    /** One endpoint; the OpenAPI document lists exactly these. */
    record Route(HandlerType method, String path, Handler handler) {
    }

    private final LiveAnalyser live;
    private final Duration requestBudget;
    private final boolean watching;
    private final byte[] openApi;
    private final Page page = new Page();
    private final Drafts drafts;
    private Javalin app;
    private final GracefulHandler graceful = new GracefulHandler();
    private RuleWatcher watcher;

    private AnalysisServer(LiveAnalyser live, boolean watching, Path rules, Duration requestBudget) {
        this.live = live;
        this.requestBudget = requestBudget;
        this.drafts = new Drafts(rules);
        this.watching = watching;
        this.openApi = resource("openapi.json");
    }

    /**
     * Listens, then loads the rules and packs; analyses answer 503 until they are loaded. Without {@code watch} a
     * failed load stops the server; with it the server keeps answering 503, and {@code /health} says why, until
     * the files are fixed.
     *
     * @param report told, a line at a time, what the operator should know: a failed load, each reload
     * @throws InputError the failure of the first load, when not watching
     */
    public static AnalysisServer start(Config config, Consumer<String> report) {
        Sources sources = new Sources(config.rules(), config.packs(), config.cache());
        AnalysisServer server = new AnalysisServer(new LiveAnalyser(sources, config.runBudget()), config.watch(),
                config.rules(), config.requestBudget());
        server.listen(config.host(), config.port(), config.clients());
        InputError failure = server.live.reload();
        if (failure != null && !config.watch()) {
            server.close();
            throw failure;
        }
        if (failure != null) {
            report.accept(failure.oneLine() + "; analyses answer 503 until the rules load");
        }
        if (config.watch()) {
            server.watcher = RuleWatcher.start(server.live, config.watchInterval(), report);
        }
        return server;
    }

    private void listen(String host, int port, ClientLimits clients) {
        app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            // On stop, refuse new requests and let those in flight finish, for at most the stop timeout.
            config.jetty.modifyServer(jetty -> {
                // Inside the graceful stop, so that a request still sending its body counts as in flight.
                new ClientGuard(clients).install(jetty);
                jetty.insertHandler(graceful);
                jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
                jetty.setErrorHandler(new JettyErrors());
            });
            config.http.maxRequestSize = RequestBodies.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.before(AnalysisServer::checkPercentEscapes);
            for (Route route : routes()) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler());
            }
            config.routes.exception(HttpError.class, (error, ctx) -> error(ctx, error.status(), error.getMessage(),
                    error.where()));
            config.routes.exception(BudgetExceeded.class, (error, ctx) -> {
                ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                error(ctx, 503, error.getMessage(), error.where());
            });
            config.routes.exception(InputError.class, (error, ctx) -> error(ctx,
                    error instanceof UnknownFindingError ? 404 : 400, error.getMessage(), error.where()));
            config.routes.exception(HttpResponseException.class, this::framework);
            config.routes.exception(Exception.class, (error, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
                error(ctx, 500, "internal error: " + error, ctx.method() + " " + ctx.path());
            });
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new InputError(host + ":" + port, "cannot listen there: " + e.getMessage(), e);
        }
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/health", this::health),
                new Route(HandlerType.GET, "/rules", ctx -> json(ctx, live.current().rules())),
                new Route(HandlerType.GET, "/facts", budgeted(ctx -> {
                    Analyser analyser = analyser(ctx);
                    return new FactList(analyser.packs(), analyser.facts());
                })),
                new Route(HandlerType.GET, "/findings", budgeted(ctx -> analyser(ctx).analyse())),
                new Route(HandlerType.POST, "/what-if", budgeted(ctx -> {
                    View view = View.of(ctx);
                    var scenario = RequestBodies.scenario(ctx);
                    return view.of(analyser(ctx).whatIf(scenario));
                })),
                new Route(HandlerType.POST, "/what-if/batch", budgeted(ctx -> {
                    View view = View.of(ctx);
                    var scenarios = RequestBodies.batch(ctx);
                    Analyser analyser = analyser(ctx);
                    return scenarios.stream().map(scenario -> view.of(analyser.whatIf(scenario))).toList();
                })),
                new Route(HandlerType.GET, "/explain/{id}", budgeted(ctx -> analyser(ctx).explain(ctx.pathParam("id")))),
                new Route(HandlerType.POST, "/explain/{id}", budgeted(ctx -> {
                    var scenario = RequestBodies.scenario(ctx);
                    return analyser(ctx).explain(ctx.pathParam("id"), scenario);
                })),
                new Route(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType(JSON).result(openApi)),
                new Route(HandlerType.GET, "/report", budgeted(ctx -> Report.of(analyser(ctx)))),
                new Route(HandlerType.POST, "/report", budgeted(ctx -> {
                    var scenario = RequestBodies.scenario(ctx);
                    return Report.of(analyser(ctx), scenario);
                })),
                new Route(HandlerType.POST, "/draft", budgeted(ctx -> drafts.draft(ctx, () -> analyser(ctx).world()))),
                new Route(HandlerType.GET, "/", page::index),
                new Route(HandlerType.GET, Page.ASSETS + "{name}", page::asset));
    }

    /** Work that answers a request with a value, to be written as JSON. */
    private interface Answer {
        Object of(Context ctx);
    }

    /**
     * A route that analyses (with {@code asOf}, even a GET runs the rules afresh), its work within the request budget: every run of the rules it makes takes what is left, and
     * past it the request fails with a {@link BudgetExceeded} (a 503 with Retry-After). The answer is computed
     * within the budget and written after, so a slow reader costs the client's time, not the budget.
     */
    private Handler budgeted(Answer answer) {
        return ctx -> json(ctx, Deadline.within(requestBudget, "the request", () -> answer.of(ctx)));
    }

    /** The current analyser, on the day of the {@code asOf} query parameter when there is one. */
    private Analyser analyser(Context ctx) {
        String asOf = ctx.queryParam("asOf");
        Analyser current = live.current();
        return asOf == null ? current : current.asOf(Dates.parse(asOf, "query parameter 'asOf'"));
    }

    /** A path parameter is decoded on use, so a malformed escape ({@code %u002e}) would fail deep in a route. */
    private static void checkPercentEscapes(Context ctx) {
        String path = ctx.req().getRequestURI();
        for (int at = path.indexOf('%'); at >= 0; at = path.indexOf('%', at + 1)) {
            if (at + 2 >= path.length() || Character.digit(path.charAt(at + 1), 16) < 0
                    || Character.digit(path.charAt(at + 2), 16) < 0) {
                throw new HttpError(400, "path", "the path has a malformed percent escape at '%s'"
                        .formatted(path.substring(at, Math.min(path.length(), at + 6))));
            }
        }
    }

    private void health(Context ctx) {
        Health health = live.health(watching);
        ctx.status(health.serving() ? 200 : 503);
        json(ctx, health);
    }

    /** Javalin's own refusals (no such route, wrong method, body too large) in the service's error shape. */
    private void framework(HttpResponseException error, Context ctx) {
        String message = switch (error.getStatus()) {
            case 404 -> "no such endpoint: %s %s; GET /openapi.json lists them".formatted(ctx.method(), ctx.path());
            case 405 -> "%s is not allowed on %s".formatted(ctx.method(), ctx.path());
            case 413 -> {
                RequestBodies.drain(ctx);
                yield RequestBodies.tooLarge().getMessage();
            }
            default -> error.getMessage();
        };
        String allowed = error.getDetails().get("availableMethods");
        if (allowed != null) {
            ctx.header("Allow", allowed);
        }
        error(ctx, error.getStatus(), message, error.getStatus() == 413 ? RequestBodies.BODY : ctx.path());
    }

    private static void error(Context ctx, int status, String message, String where) {
        ctx.status(status);
        write(ctx, new ErrorBody(message, where), RenderedFindings.NONE);
    }

    /** Writes the value, with the baseline's findings as the load that is served wrote them. */
    private void json(Context ctx, Object value) {
        write(ctx, value, live.rendered());
    }

    /**
     * Writes the value straight to the response as it serialises, rather than into a byte array first; results are
     * records of plain values, so nothing can fail half-way but the connection.
     */
    private static void write(Context ctx, Object value, RenderedFindings rendered) {
        ctx.contentType(JSON);
        try {
            STREAMING.withAttributes(rendered.attribute()).writeValue(ctx.outputStream(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = AnalysisServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port listened on: the one asked for, or the one picked for port 0. */
    public int port() {
        return app.port();
    }

    /** How many requests have reached the handlers and not finished: what a stop waits for. */
    long requestsInFlight() {
        return graceful.getCurrentRequestCount();
    }

    /** Stops watching, stops accepting requests, and waits (up to 30 s) for those in flight to finish. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        app.stop();
    }
}
