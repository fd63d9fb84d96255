package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}), for tests that need a page to run: skipped where it is not
 * installed. Each run has its own profile and no background networking.
 */
final class Chromium {

    private Chromium() {
    }

    static boolean installed() {
        return DotReportTest.onPath("chromium");
    }

    /** What a page printed on the console, and its DOM once its scripts have run. */
    record Page(String dom, List<String> console) {
    }

    static Page load(Path file, Path profile) throws IOException, InterruptedException {
        return load(file.toUri(), profile);
    }

    static Page load(URI page, Path profile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=4000",
                "--dump-dom", page.toString())
                .redirectError(profile.resolve("stderr.txt").toFile()).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as("chromium's exit code").isZero();
        List<String> console = Files.readAllLines(profile.resolve("stderr.txt")).stream()
                .filter(line -> line.contains(":CONSOLE(") || line.contains(":CONSOLE:")).toList();
        return new Page(dom, console);
    }
}
