package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.engine.RuleCache;
import org.entente.result.Explanation;
import org.entente.result.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pack the project ships, not only the seed's: it loads (so every quote is found in its article and every id
 * resolves), the rules run over it, and each finding it yields explains down to base facts that quote the article or
 * name a public reference. A pack added to {@code seeds/} is tested by being there; an article with no pack is an
 * error, since the drafter is scored against it. A pack that names neither an article nor imports is an overlay of
 * the seed's world (as the scenarios load {@code finland-2022.yaml}), and is loaded over {@code vilnius-2023.yaml}.
 */
class EveryPackTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Pattern ARTICLE = Pattern.compile("(?m)^article:\\s*\"?([^\"\\s#]+)");
    private static final Pattern IMPORTS = Pattern.compile("(?m)^imports:");

    static Stream<Path> packs() {
        return Stream.concat(yamlIn(SEEDS), yamlIn(SEEDS.resolve("second-readings")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void loadsAnalysesAndExplainsEveryFindingDownToItsSources(Path pack) {
        Analyser analyser = Analyser.load(Path.of("rules"), world(pack), RuleCache.defaultFolder());

        List<Finding> findings = analyser.analyse().findings();

        assertThat(analyser.facts()).isNotEmpty();
        for (Finding finding : findings) {
            List<Explanation> base = baseFacts(analyser.explain(finding.id()));
            assertThat(base).as("the base facts of %s", finding.id()).isNotEmpty().allSatisfy(fact -> assertThat(
                    fact.evidence()).as("%s's sources", fact.id()).anySatisfy(evidence -> assertThat(
                    evidence.quote() != null || evidence.reference() != null).isTrue()));
        }
    }

    @Test
    void everyArticleInSeedsHasAPackThatQuotesIt() throws IOException {
        Set<String> quoted = yamlIn(SEEDS).map(EveryPackTest::articleOf).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<String> articles = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".txt")).toList();

            assertThat(articles).hasSizeGreaterThan(1).allSatisfy(article -> assertThat(quoted).contains(article));
        }
    }

    private static List<Path> world(Path pack) {
        boolean overlay = articleOf(pack).isEmpty() && !IMPORTS.matcher(read(pack)).find();
        return overlay ? List.of(SEEDS.resolve("vilnius-2023.yaml"), pack) : List.of(pack);
    }

    private static List<Explanation> baseFacts(Explanation node) {
        List<Explanation> found = new ArrayList<>();
        if (node.node() == Explanation.Node.FACT) {
            found.add(node);
        }
        node.because().forEach(child -> found.addAll(baseFacts(child)));
        return found;
    }

    private static String articleOf(Path pack) {
        Matcher matcher = ARTICLE.matcher(read(pack));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> yamlIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
