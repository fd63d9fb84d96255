package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer of the library: {@code consumer/example/Consumer.java} (also the example of docs/embedding.md) is
 * compiled against the entente-engine jar and the dependencies Maven resolves for it, refers to nothing but the public
 * API, and runs in its own JVM, with no logging backend on its class path.
 */
class ConsumerIT {

    private static final Path SOURCE = Path.of("src", "engine", "src", "test", "resources", "consumer", "example",
            "Consumer.java");
    /** What an embedder must not receive: a logging backend, the HTTP stack, the command line. */
    private static final Pattern APPLICATION_ONLY = Pattern.compile(
            "(logback|slf4j-simple|log4j|javalin|jetty|kotlin|picocli|echarts|entente-testing).*");
    /** The API package, and the types outside it that its signatures name. */
    private static final Pattern PUBLIC_API = Pattern.compile(
            "org/entente/(api|result)/\\w+|org/entente/InputError");

    @TempDir
    Path classes;

    @Test
    void aConsumerCompilesAgainstThePackagedJarAndRuns() throws Exception {
        String classpath = packagedClasspath();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, diagnostics, diagnostics, "--release", "17", "-proc:none", "-Xlint:all",
                "-Werror", "-cp", classpath, "-d", classes.toString(), SOURCE.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(ententeTypesReferenced()).isNotEmpty().allMatch(type -> PUBLIC_API.matcher(type).matches());

        // C1 only and the serial collector, as every JVM of the build: a short run, over before C2 would pay off.
        Process process = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                classes + java.io.File.pathSeparator + classpath, "example.Consumer").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out.lines()).containsExactly(
                "15 findings in the baseline",
                "France drops its objection to an office in Asia: removed [consensus-blocked:nato-asia-office, "
                        + "out-of-area-objection:FRA:NATO:nato-asia-office, tactical-convergence:FRA:CHN:NATO], "
                        + "added []",
                "Japan joins NATO: removed [partner-defence-cooperation:JPN:NATO, "
                        + "partnership-deepening:JPN:NATO:vilnius-summit-2023, ties-despite-objection:JPN:CHN:NATO], "
                        + "added [stated-count-mismatch:NATO]",
                "consensus-blocked:nato-asia-office rests on 2 facts, by rule "
                        + "\"A consensus initiative lacks the consent of a member\"");
    }

    @Test
    void theEmbeddingPageShowsTheConsumerAsItIs() throws IOException {
        String consumer = Files.readString(SOURCE);
        String example = consumer.substring(consumer.indexOf("import "));

        assertThat(Files.readString(Path.of("docs", "embedding.md"))).contains(example);
    }

    /** The Entente classes the compiled consumer refers to, read from its constant pool. */
    private Set<String> ententeTypesReferenced() {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-v", "-p"));
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> args.add(file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        javap.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        Set<String> types = new TreeSet<>();
        Matcher matcher = Pattern.compile("org/entente/[\\w/$]+").matcher(out.toString());
        while (matcher.find()) {
            types.add(matcher.group());
        }
        return types;
    }

    @Test
    void anEmbedderReceivesTheEngineAndSlf4jButNoLoggingBackendServerOrCommandLine() throws IOException {
        List<String> jars = libraryDependencies().stream().map(jar -> jar.getFileName().toString()).toList();

        assertThat(jars).anyMatch(jar -> jar.startsWith("drools-core-")).anyMatch(jar -> jar.startsWith("slf4j-api-"))
                .noneMatch(jar -> APPLICATION_ONLY.matcher(jar).matches());
        try (JarFile library = new JarFile(library().toFile())) {
            assertThat(library.stream().map(JarEntry::getName))
                    .as("no logging configuration of its own")
                    .noneMatch(name -> name.matches("logback.*\\.xml|log4j2?\\..*|simplelogger\\.properties"))
                    .noneMatch(name -> name.startsWith("org/entente/testing/") || name.startsWith("org/entente/bench/"));
        }
    }

    /** The library jar and the run-time dependencies Maven resolved for it: what a depending project receives. */
    private static String packagedClasspath() throws IOException {
        List<String> entries = new ArrayList<>(List.of(library().toString()));
        libraryDependencies().forEach(jar -> entries.add(jar.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path library() {
        return Path.of(System.getProperty("entente.library"));
    }

    private static List<Path> libraryDependencies() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("entente.library.lib")))) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
