package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.InputError;
import org.entente.domain.Fact;
import org.entente.domain.Position;
import org.entente.domain.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact packs v2: modality and attribution, grades, time, stances, speakers, and packs importing packs. */
class WorldModelPackTest {

    private static final RelationKinds KINDS = RelationKinds.read(Path.of("rules"));

    @TempDir
    Path dir;

    @BeforeEach
    void writeArticles() throws IOException {
        Files.writeString(dir.resolve("article.txt"), "NATO condemned the partnership. NATO and Japan are reportedly "
                + "set to announce a cooperation, said the diplomat. Turkey will approve it if Sweden acts.");
        Files.writeString(dir.resolve("other.txt"), "Sweden joined NATO.");
    }

    private Path write(String name, String text) throws IOException {
        Path pack = dir.resolve(name);
        Files.writeString(pack, text);
        return pack;
    }

    private static final String HEAD = """
            article: article.txt
            published: 2023-07-07
            references: {iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}}
            facts:
              - {id: NATO, type: Actor, name: NATO, kind: ORGANISATION, reference: iso}
              - {id: JPN, type: Actor, name: Japan, kind: STATE, reference: iso}
              - {id: TUR, type: Actor, name: Turkey, kind: STATE, reference: iso}
              - {id: SWE, type: Actor, name: Sweden, kind: STATE, reference: iso}
            """;

    private InputError error(String facts) throws IOException {
        Path pack = write("pack.yaml", HEAD + facts);
        try {
            PackLoader.load(KINDS, List.of(pack));
        } catch (InputError error) {
            return error;
        }
        throw new AssertionError("expected the pack to be refused");
    }

    @Test
    void statusAttributionAndHedgesGradeEachFactLikeTheAdmiraltyCode() throws IOException {
        FactPack world = PackLoader.load(KINDS, List.of(write("pack.yaml", HEAD + """
                  - {id: condemned, type: Relation, kind: CONDEMNS, from: NATO, to: JPN, status: OCCURRED,
                     attribution: NATO, evidence: "NATO condemned the partnership."}
                  - {id: plan, type: Relation, kind: SEEKS_CLOSER_TIES, from: NATO, to: JPN, status: REPORTED,
                     hedges: [reportedly], evidence: "NATO and Japan are reportedly set to announce a cooperation"}
                  - {id: whisper, type: Relation, kind: SEEKS_CLOSER_TIES, from: JPN, to: NATO, status: POSSIBLE,
                     attribution: anonymous, evidence: "said the diplomat"}
                """)));

        assertThat(world.grade("JPN").label()).isEqualTo("A1");
        assertThat(world.grade("condemned")).isEqualTo(new Grade('B', 1, false, 0.9));
        assertThat(world.grade("plan").label()).isEqualTo("C3");
        assertThat(world.grade("whisper")).isEqualTo(new Grade('E', 4, false, 0.25));
        assertThat(world.grade("whisper").confidence()).isLessThan(world.grade("plan").confidence())
                .isLessThan(world.grade("condemned").confidence());
        assertThat(world.find("plan").orElseThrow().provenance().hedges()).containsExactly("reportedly");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheValidOnes() throws IOException {
        InputError error = error("""
                  - {id: c, type: Relation, kind: CONDEMNS, from: NATO, to: JPN, status: RUMOURED, reference: iso}
                """);

        assertThat(error.where()).endsWith("pack.yaml:9 field 'status'");
        assertThat(error.getMessage()).isEqualTo("'RUMOURED' is not a valid status; use one of OCCURRED, ONGOING, "
                + "STATED, PLANNED, REPORTED, POSSIBLE");
    }

    @Test
    void factsHoldFromValidFromUntilValidUntilExclusive() throws IOException {
        FactPack world = PackLoader.load(KINDS, List.of(write("pack.yaml", HEAD + """
                  - {id: ties, type: Relation, kind: SEEKS_CLOSER_TIES, from: JPN, to: NATO, validFrom: 2023-04-04,
                     validUntil: 2024-03-07, reference: iso}
                """)));

        assertThat(world.asOf()).isEqualTo(LocalDate.of(2023, 7, 7));
        assertThat(ids(world)).contains("ties");
        assertThat(ids(world.on(LocalDate.of(2023, 4, 3)))).doesNotContain("ties");
        assertThat(ids(world.on(LocalDate.of(2023, 4, 4)))).contains("ties");
        assertThat(ids(world.on(LocalDate.of(2024, 3, 6)))).contains("ties");
        assertThat(ids(world.on(LocalDate.of(2024, 3, 7)))).doesNotContain("ties");
        assertThat(world.boundaries()).containsExactly(LocalDate.of(2023, 4, 4), LocalDate.of(2024, 3, 7));
    }

    private static List<String> ids(FactPack world) {
        return world.facts().stream().map(Fact::id).toList();
    }

    @Test
    void aDateThatIsNotOneOrARangeThatEndsBeforeItStartsIsRefused() throws IOException {
        assertThat(error("""
                  - {id: t, type: Relation, kind: MEETS, from: JPN, to: NATO, validFrom: 2023-02-30, reference: iso}
                """).oneLine()).endsWith("pack.yaml:9 field 'validFrom': '2023-02-30' is not a date; write it as "
                + "YYYY-MM-DD, like 2023-07-07");
        assertThat(error("""
                  - {id: t, type: Relation, kind: MEETS, from: JPN, to: NATO, validFrom: 2024-01-01,
                     validUntil: 2023-01-01, reference: iso}
                """).getMessage()).contains("holds from 2024-01-01 until 2023-01-01");
    }

    @Test
    void aConditionalStanceNamesAnExistingFactAsItsCondition() throws IOException {
        String office = """
                  - {id: hq, type: Initiative, name: hq, organisation: NATO, region: r, decidedBy: CONSENSUS, reference: iso}
                  - {id: r, type: Region, name: r, reference: iso}
                  - {id: swe-acts, type: Relation, kind: YIELDS_TO, from: SWE, to: TUR, status: PLANNED, reference: iso}
                """;
        FactPack world = PackLoader.load(KINDS, List.of(write("pack.yaml", HEAD + office + """
                  - {id: tur-if, type: Position, actor: TUR, initiative: hq, stance: CONDITIONAL, condition: swe-acts,
                     evidence: "Turkey will approve it if Sweden acts."}
                """)));
        assertThat(((Position) world.find("tur-if").orElseThrow().fact()).condition()).isEqualTo("swe-acts");

        assertThat(error(office + """
                  - {id: tur-if, type: Position, actor: TUR, initiative: hq, stance: CONDITIONAL, reference: iso}
                """).getMessage()).contains("is CONDITIONAL, so it names its condition");
        assertThat(error(office + """
                  - {id: tur-if, type: Position, actor: TUR, initiative: hq, stance: CONDITIONAL, condition: swe-act,
                     reference: iso}
                """).getMessage()).contains("unknown id 'swe-act'").contains("did you mean swe-acts");
        assertThat(error(office + """
                  - {id: tur-if, type: Position, actor: TUR, initiative: hq, stance: PONDERS, reference: iso}
                """).getMessage()).contains("SUPPORTS, OPPOSES, CONDITIONAL, DELAYS, NEUTRAL");
    }

    @Test
    void personsAndAgenciesSayWhomTheySpeakForAndTheirActsFoldIntoIt() throws IOException {
        FactPack world = PackLoader.load(KINDS, List.of(write("pack.yaml", HEAD + """
                  - {id: kishida, type: Actor, name: Fumio Kishida, kind: PERSON, represents: JPN, reference: iso}
                  - {id: jasdf, type: Actor, name: Japan's Air Force, kind: AGENCY, partOf: JPN, sector: MILITARY, reference: iso}
                  - {id: drills, type: Relation, kind: DEFENCE_COOPERATION, from: jasdf, to: NATO, reference: iso}
                  - {id: ties, type: Relation, kind: SEEKS_CLOSER_TIES, from: kishida, to: NATO, reference: iso}
                """)));

        assertThat(world.facts()).contains(new Relation("drills", KINDS.named("DEFENCE_COOPERATION"), "JPN", "NATO"),
                new Relation("ties", KINDS.named("SEEKS_CLOSER_TIES"), "JPN", "NATO"));
        assertThat(world.find("ties").orElseThrow().fact())
                .isEqualTo(new Relation("ties", KINDS.named("SEEKS_CLOSER_TIES"), "kishida", "NATO"));

        assertThat(error("""
                  - {id: kishida, type: Actor, name: Fumio Kishida, kind: PERSON, reference: iso}
                """).getMessage()).contains("person 'kishida' needs 'represents'");
        assertThat(error("""
                  - {id: jasdf, type: Actor, name: Air Force, kind: AGENCY, partOf: JPN, sector: NAVY, reference: iso}
                """).getMessage()).contains("GOVERNMENT, MILITARY, LEGISLATURE, JUDICIARY, DIPLOMATIC, INTELLIGENCE");
        assertThat(error("""
                  - {id: jasdf, type: Actor, name: Air Force, kind: AGENCY, partOf: JPN, reference: iso}
                """).getMessage()).contains("agency 'jasdf' needs 'partOf'").contains("and 'sector'");
    }

    @Test
    void aPackImportsPacksRelativeToItselfAndImportedFactsKeepTheirOwnArticle() throws IOException {
        Files.createDirectories(dir.resolve("shared"));
        write("shared/world.yaml", """
                article: ../other.txt
                references: {iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}}
                facts:
                  - {id: NATO, type: Actor, name: NATO, kind: ORGANISATION, reference: iso}
                  - {id: SWE, type: Actor, name: Sweden, kind: STATE, reference: iso}
                  - {id: member-swe, type: Membership, member: SWE, organisation: NATO, evidence: "Sweden joined NATO."}
                """);
        Path pack = write("pack.yaml", """
                article: article.txt
                imports: [shared/world.yaml]
                references: {iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}}
                facts:
                  - {id: NATO, type: Actor, name: NATO, kind: ORGANISATION, reference: iso}
                  - {id: c, type: Relation, kind: CONDEMNS, from: NATO, to: SWE, evidence: "NATO condemned the partnership."}
                """);

        FactPack world = PackLoader.load(KINDS, List.of(pack));

        assertThat(world.declared()).hasSize(4);
        assertThat(world.find("member-swe").orElseThrow().provenance().source()).endsWith("other.txt");
        assertThat(world.find("c").orElseThrow().provenance().source()).endsWith("article.txt");
    }

    @Test
    void anIdDeclaredDifferentlyByTwoPacksIsRefused() throws IOException {
        write("world.yaml", """
                references: {iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}}
                facts:
                  - {id: NATO, type: Actor, name: The Alliance, kind: ORGANISATION, reference: iso}
                """);
        Path pack = write("pack.yaml", HEAD.replace("article: article.txt", "article: article.txt\nimports: [world.yaml]"));

        assertThatThrownBy(() -> PackLoader.load(KINDS, List.of(pack)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).where()).endsWith("pack.yaml:6 field 'id'"))
                .hasMessageMatching("id 'NATO' is declared differently at .*world\\.yaml:3; .*");
    }

    @Test
    void aMissingImportAndAnImportCycleAreRefusedAtTheImport() throws IOException {
        Path missing = write("pack.yaml", "imports: [absent.yaml]\nfacts: []\n");
        assertThatThrownBy(() -> PackLoader.load(KINDS, List.of(missing)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).where()).endsWith("pack.yaml:1 field 'imports'"))
                .hasMessageContaining("imports").hasMessageContaining("absent.yaml, which does not exist");

        write("a.yaml", "imports: [b.yaml]\nfacts: []\n");
        Path b = write("b.yaml", "imports: [a.yaml]\nfacts: []\n");
        assertThatThrownBy(() -> PackLoader.load(KINDS, List.of(b)))
                .isInstanceOf(InputError.class)
                .hasMessageMatching("packs import each other in a cycle: .*b\\.yaml imports .*a\\.yaml imports .*b\\.yaml");
    }

    @Test
    void regionsMayLieInSeveralRegionsToAnyDepthButNotInThemselves() throws IOException {
        FactPack world = PackLoader.load(KINDS, List.of(write("pack.yaml", HEAD + """
                  - {id: a, type: Region, name: a, reference: iso}
                  - {id: b, type: Region, name: b, within: a, reference: iso}
                  - {id: c, type: Region, name: c, within: [a, b], reference: iso}
                """)));
        assertThat(world.find("c").orElseThrow().fact()).hasFieldOrPropertyWithValue("within", List.of("a", "b"));

        assertThat(error("""
                  - {id: a, type: Region, name: a, within: c, reference: iso}
                  - {id: b, type: Region, name: b, within: a, reference: iso}
                  - {id: c, type: Region, name: c, within: [b], reference: iso}
                """).getMessage()).startsWith("regions contain each other in a cycle: a within c within b within a");
    }
}
