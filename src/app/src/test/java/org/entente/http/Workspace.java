package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A copy of rules/ and seeds/ that a test may edit while a watching server serves it. */
record Workspace(Path rules, Path seeds) {

    static Workspace copyInto(Path folder) {
        Workspace workspace = new Workspace(folder.resolve("rules"), folder.resolve("seeds"));
        copy(Path.of("rules"), workspace.rules);
        copy(Path.of("seeds"), workspace.seeds);
        return workspace;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> packs() {
        return List.of(seeds.resolve("vilnius-2023.yaml"));
    }

    /** A watching server looks every 50 ms, so a test waits for a reload's compile, not for the poller. */
    AnalysisServer serve(boolean watch) {
        return AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, rules, packs(), null, watch,
                Duration.ofMillis(50)), line -> { });
    }

    void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks until the answer satisfies the condition: a reload takes a poll or two and a compile. */
    static Http.Response await(Http http, String path, Predicate<Http.Response> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Response response = http.get(path);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            response = http.get(path);
        }
        assertThat(condition).as("GET %s answered %s", path, response.json()).accepts(response);
        return response;
    }
}
