package org.entente.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.domain.Actor;
import org.entente.domain.Fact;
import org.entente.domain.Region;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.junit.jupiter.api.Test;

/** Every rule is general: no rule names an actor, an organisation or a region of any pack. */
class RuleCatalogueTest {

    private static final Pattern COMMENT = Pattern.compile("//[^\n]*");
    /** What a rule says about itself: its pattern may quote an article, its roles and ids are names of its own. */
    private static final Pattern METADATA = Pattern.compile("@\\w+\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noRuleNamesAnActorOrARegionOfAnyPack() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path pack : List.of(Path.of("seeds", "vilnius-2023.yaml"), Path.of("seeds", "aukus-2021.yaml"))) {
            FactPack facts = PackLoader.load(RelationKinds.read(Path.of("rules")), List.of(pack));
            facts.facts().stream().filter(fact -> fact instanceof Actor || fact instanceof Region).map(Fact::id)
                    .forEach(named::add);
        }
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                String code = METADATA.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""))
                        .replaceAll("");
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        }

        assertThat(named).as("the packs' actors and regions").contains("NATO", "FRA", "CHN", "AUKUS", "asia");
        assertThat(literals).as("string literals in rules/*.drl").isNotEmpty()
                .doesNotContainAnyElementsOf(named);
        assertThat(literals.stream().filter(text -> named.stream().anyMatch(id -> text.contains("{" + id + "}")))
                .collect(Collectors.toList())).as("a summary that names a fact rather than a placeholder").isEmpty();
    }
}
