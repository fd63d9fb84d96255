package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.http.AnalysisServer;
import org.entente.io.PathNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve analyses, what-ifs and explanations as JSON over HTTP until stopped (Ctrl-C). "
                + "GET /openapi.json describes the endpoints.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(names = "--watch", description = "Reload the rules and fact packs when they change; a reload that fails "
            + "keeps the last good rules and is reported at /health.")
    boolean watch;

    @Option(names = "--request-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long one request that analyses or drafts may take in all, every run of the rules in "
                    + "it included, before it is answered 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    double requestBudget;

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        AnalysisServer server = AnalysisServer.start(config(), line -> {
            err.println("entente: " + line);
            err.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            err.println("entente: stopped");
            err.flush();
            stopped.countDown();
        }, "entente-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("entente: serving http://%s:%d/ with the rules in %s and %s%s; Ctrl-C stops%n", host, server.port(),
                PathNames.display(options.rules), String.join(", ", options.packs().stream().map(PathNames::display).toList()),
                watch ? ", reloading them when they change" : "");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The server these options describe: compiled rules cached as for every other command, unless --no-cache. */
    AnalysisServer.Config config() {
        return new AnalysisServer.Config(host, port, options.rules, options.packs(), options.cacheFolder(), watch,
                AnalysisServer.Config.WATCH_INTERVAL, options.runBudget())
                .withRequestBudget(CommonOptions.seconds(requestBudget, "--request-budget"));
    }
}
