package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.InputError;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;
import org.entente.testing.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBookTest {

    @TempDir
    Path rules;

    @Test
    void theCatalogueListsEveryRuleWithItsFindingIdKindAndFile() {
        List<RuleInfo> catalogue = RuleBook.load(Path.of("rules")).catalogue();

        assertThat(catalogue).contains(new RuleInfo(
                "A member opposes an initiative of its own organisation outside the organisation's area",
                "out-of-area-objection", FindingKind.TENSION, "area-of-responsibility.drl",
                List.of(new RuleInfo.Link("member", "initiative", RuleInfo.Stand.AGAINST)),
                catalogue.stream().filter(rule -> "out-of-area-objection".equals(rule.finding())).findFirst()
                        .orElseThrow().pattern()));
        assertThat(catalogue.stream().filter(RuleInfo::concludesFinding).map(RuleInfo::finding)).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z]+(-[a-z]+)*"));
        assertThat(catalogue).allSatisfy(rule -> assertThat(rule.kind() != null).isEqualTo(rule.concludesFinding()));
        assertThat(catalogue).filteredOn(rule -> !rule.concludesFinding()).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.kindLabel()).isEqualTo(RuleInfo.CLASSIFICATION));
    }

    @Test
    void aFindingRuleWhoseKindIsNoKindIsRefusedWhenTheRulesLoad() throws IOException {
        Files.writeString(rules.resolve("kinds.drl"), """
                package org.entente.rules;

                rule "A finding of no known kind"
                    @finding(oddity) @kind(tention)
                when
                    eval(false)
                then
                end
                """);

        assertThatThrownBy(() -> RuleBook.load(rules))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).endsWith("kinds.drl"))
                .hasMessage("rule \"A finding of no known kind\": @kind(tention) is not one of tension, alignment, "
                        + "inconsistency");
    }

    @Test
    void everyFindingRuleSaysWhoStandsTogetherWhoActsAgainstWhomAndWhatTextMakesItFire() {
        List<RuleInfo> catalogue = RuleBook.load(Path.of("rules")).catalogue();

        assertThat(catalogue).filteredOn(rule -> rule.kind() == FindingKind.TENSION || rule.kind() == FindingKind.ALIGNMENT)
                .isNotEmpty().allSatisfy(rule -> assertThat(rule.links()).as(rule.name()).isNotEmpty());
        assertThat(catalogue).filteredOn(RuleInfo::concludesFinding)
                .allSatisfy(rule -> assertThat(rule.pattern()).as(rule.name()).isNotBlank());
    }

    @Test
    void aMalformedRoleClauseNamesTheFileAndTheRule() throws IOException {
        Files.writeString(rules.resolve("roles.drl"), """
                package org.entente.rules;
                rule "Sides drawn with the wrong arrow"
                    @finding("wrong-arrow") @kind("tension") @against("member => initiative")
                when
                    eval(false)
                then
                end
                """);

        assertThatThrownBy(() -> RuleBook.load(rules))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).endsWith("roles.drl"))
                .hasMessage("rule \"Sides drawn with the wrong arrow\": @against clause 'member => initiative' is not "
                        + "'role -> role'");
    }

    @Test
    void aFindingThatLeavesOutADrawnRoleIsRefusedWhenItFires() throws IOException {
        Files.writeString(rules.resolve("roles.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;
                import org.entente.derived.*;

                rule "A region stands against a victim it never names"
                    @finding("missing-role") @kind("tension") @against("region -> victim")
                when
                    $r : Region()
                then
                    insertLogical(Findings.of(kcontext, Roles.of("region", $r.id()), "{%s}".formatted($r.id()),
                        Basis.of($r)));
                end
                """);
        RuleBook book = RuleBook.load(rules);

        assertThatThrownBy(() -> Inference.run(book, List.of(Facts.region("seed"))))
                .hasStackTraceContaining("draws role 'victim' but names only [region]");
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Files.writeString(rules.resolve("good.drl"), """
                package org.entente.rules;
                rule "Nothing happens"
                when
                    eval(false)
                then
                end
                """);
        Files.writeString(rules.resolve("broken.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "Broken"
                when
                    $a : Actor(kind == )
                then
                end
                """);

        assertThatThrownBy(() -> RuleBook.load(rules))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).matches(".*broken\\.drl:6:\\d+"))
                .hasMessageStartingWith("rule does not compile");
    }

    @Test
    void aTypeErrorInAConsequenceNamesTheFile() throws IOException {
        Files.writeString(rules.resolve("typo.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "Typo in the consequence"
                when
                    $a : Actor()
                then
                    insertLogical($a.nmae());
                end
                """);

        assertThatThrownBy(() -> RuleBook.load(rules))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).contains("typo.drl"));
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        assertThatThrownBy(() -> RuleBook.load(rules)).isInstanceOf(InputError.class)
                .hasMessageContaining("no .drl file");
        assertThatThrownBy(() -> RuleBook.load(rules.resolve("absent"))).isInstanceOf(InputError.class)
                .hasMessageContaining("no such rules folder");
    }

    @Test
    void aRuleThatFiresWithoutEndIsStoppedByTheCapAndNamed() throws IOException {
        Files.writeString(rules.resolve("loop.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                // Each firing inserts a fresh region, which matches again.
                rule "Regions breed forever"
                when
                    $r : Region()
                then
                    insert(new Region($r.id() + "+", "more", null));
                end
                """);
        RuleBook book = RuleBook.load(rules);

        assertThatThrownBy(() -> Inference.run(book, List.of(Facts.region("seed")), 500))
                .isInstanceOf(InputError.class)
                .hasMessageContaining("kept firing")
                .satisfies(error -> assertThat(((InputError) error).where())
                        .endsWith("loop.drl rule \"Regions breed forever\""));
        // A live session (sweeps) is capped the same way. A small cap keeps the test fast: each bred region's id is
        // one character longer, so the default cap (a hundred thousand firings) costs quadratic time and memory.
        assertThatThrownBy(() -> new LiveSession(book, List.of(Facts.region("seed")), 500))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where())
                        .endsWith("loop.drl rule \"Regions breed forever\""));
    }
}
