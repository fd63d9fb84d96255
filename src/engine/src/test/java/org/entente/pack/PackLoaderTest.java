package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.InputError;
import org.entente.domain.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {

    private static final RelationKinds KINDS = RelationKinds.read(Path.of("rules"));

    @TempDir
    Path dir;

    @BeforeEach
    void writeArticle() throws IOException {
        Files.writeString(dir.resolve("article.txt"), "France objects to the office.\nChina   supports\nRussia.\n");
    }

    private Path pack(String facts) throws IOException {
        Path pack = dir.resolve("pack.yaml");
        Files.writeString(pack, """
                article: article.txt
                references:
                  iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}
                facts:
                """ + facts);
        return pack;
    }

    private static final String STATES = """
              - {id: CHN, type: Actor, name: China, kind: STATE, reference: iso}
              - {id: RUS, type: Actor, name: Russia, kind: STATE, reference: iso}
            """;

    private InputError loadError(String facts) throws IOException {
        Path pack = pack(facts);
        try {
            PackLoader.load(KINDS, List.of(pack));
        } catch (InputError error) {
            return error;
        }
        throw new AssertionError("expected the pack to be refused");
    }

    @Test
    void readsFactsWithTheirQuotesComparedWithWhiteSpaceFolded() throws IOException {
        FactPack pack = PackLoader.load(KINDS, List.of(pack(STATES + """
                  - id: rel-support
                    type: Relation
                    kind: SUPPORTS
                    from: CHN
                    to: RUS
                    evidence: "China supports Russia."
                    note: a reading
                """)));

        assertThat(pack.size()).isEqualTo(3);
        assertThat(pack.find("rel-support").orElseThrow().fact())
                .isEqualTo(new Relation("rel-support", KINDS.named("SUPPORTS"), "CHN", "RUS"));
        Provenance provenance = pack.find("rel-support").orElseThrow().provenance();
        assertThat(provenance.quotes()).containsExactly("China supports Russia.");
        assertThat(provenance.note()).isEqualTo("a reading");
        assertThat(pack.find("CHN").orElseThrow().provenance().reference().title()).isEqualTo("ISO 3166-1");
    }

    @Test
    void aQuoteThatIsNotInTheArticleIsRefusedNamingTheFactAndLine() throws IOException {
        InputError error = loadError(STATES + """
                  - id: rel-support
                    type: Relation
                    kind: SUPPORTS
                    from: CHN
                    to: RUS
                    evidence: "China arms Russia."
                """);

        assertThat(error.where()).endsWith("pack.yaml:12 field 'evidence'");
        assertThat(error.getMessage()).contains("rel-support").contains("not in").contains("China arms Russia.");
    }

    @Test
    void aRepeatedIdIsRefusedNamingBothPlaces() throws IOException {
        InputError error = loadError(STATES + """
                  - {id: CHN, type: Actor, name: China again, kind: STATE, reference: iso}
                """);

        assertThat(error.where()).endsWith("pack.yaml:7 field 'id'");
        assertThat(error.getMessage()).contains("duplicate id 'CHN'").contains("pack.yaml:5");
    }

    @Test
    void aReferenceToAnUnknownIdIsRefusedWithTheClosestIds() throws IOException {
        InputError error = loadError(STATES + """
                  - id: rel-support
                    type: Relation
                    kind: SUPPORTS
                    from: CHN
                    to: RUSS
                    reference: iso
                """);

        assertThat(error.where()).endsWith("pack.yaml:11 field 'to'");
        assertThat(error.getMessage()).contains("unknown id 'RUSS'").contains("did you mean RUS");
    }

    @Test
    void aReferenceToAFactOfTheWrongTypeIsRefused() throws IOException {
        InputError error = loadError(STATES + """
                  - {id: m, type: Membership, member: CHN, organisation: RUS, reference: iso}
                  - {id: bad, type: Actor, name: Bad, kind: STATE, region: CHN, reference: iso}
                """);

        assertThat(error.where()).endsWith("pack.yaml:8 field 'region'");
        assertThat(error.getMessage()).contains("needs a Region").contains("'CHN' is an Actor");
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws IOException {
        InputError error = loadError(STATES + """
                  - {id: m, type: Membership, member: CHN, reference: iso}
                """);

        assertThat(error.where()).endsWith("pack.yaml:7 field 'organisation'");
        assertThat(error.getMessage()).contains("Membership 'm' is missing its required field 'organisation'");
    }

    @Test
    void anUnknownTypeIsRefusedListingTheTypes() throws IOException {
        InputError error = loadError("  - {id: x, type: Actr, name: X, kind: STATE, reference: iso}\n");

        assertThat(error.where()).endsWith("pack.yaml:5 field 'type'");
        assertThat(error.getMessage()).contains("unknown type 'Actr'").contains("did you mean Actor")
                .contains("Region").contains("Membership");
    }

    @Test
    void anUnknownEnumValueIsRefusedListingTheValues() throws IOException {
        InputError error = loadError("  - {id: x, type: Actor, name: X, kind: EMPIRE, reference: iso}\n");

        assertThat(error.where()).endsWith("pack.yaml:5 field 'kind'");
        assertThat(error.getMessage()).contains("'EMPIRE' is not a valid kind").contains("STATE, ORGANISATION, PERSON");
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        InputError error = loadError("""
                  - id: x
                    type: Actor
                    name: X
                    kind: STATE
                    regoin: europe
                    reference: iso
                """);

        assertThat(error.where()).endsWith("pack.yaml:9 field 'regoin'");
        assertThat(error.getMessage()).contains("Actor has no field 'regoin'").contains("did you mean region");
    }

    @Test
    void aFactWithoutEvidenceOrReferenceIsRefused() throws IOException {
        InputError error = loadError("  - {id: x, type: Actor, name: X, kind: STATE}\n");

        assertThat(error.where()).endsWith("pack.yaml:5");
        assertThat(error.getMessage()).contains("cites neither evidence");
    }

    @Test
    void anUnknownReferenceKeyIsRefused() throws IOException {
        InputError error = loadError("  - {id: x, type: Actor, name: X, kind: STATE, reference: isoo}\n");

        assertThat(error.where()).endsWith("pack.yaml:5 field 'reference'");
        assertThat(error.getMessage()).contains("unknown reference 'isoo'").contains("did you mean iso");
    }

    @Test
    void regionsThatContainEachOtherAreRefused() throws IOException {
        InputError error = loadError("""
                  - {id: a, type: Region, name: A, within: b, reference: iso}
                  - {id: b, type: Region, name: B, within: a, reference: iso}
                """);

        assertThat(error.getMessage()).contains("cycle").contains("a within b within a");
    }

    @Test
    void malformedYamlNamesTheLine() throws IOException {
        InputError error = loadError("  - {id: x, type: Actor\n  - ]\n");

        assertThat(error.where()).matches(".*pack\\.yaml:\\d+");
        assertThat(error.getMessage()).startsWith("not valid YAML");
    }

    @Test
    void aMissingPackFileIsNamed() {
        assertThatThrownBy(() -> PackLoader.load(KINDS, List.of(dir.resolve("absent.yaml"))))
                .isInstanceOf(InputError.class)
                .hasMessage("no such file");
    }

    @Test
    void packsMergeIntoOneWorldAndMayReferToEachOther() throws IOException {
        Path first = pack(STATES);
        Path second = dir.resolve("second.yaml");
        Files.writeString(second, """
                article: article.txt
                facts:
                  - {id: rel, type: Relation, kind: SUPPORTS, from: CHN, to: RUS, evidence: "China supports Russia."}
                """);

        FactPack pack = PackLoader.load(KINDS, List.of(first, second));

        assertThat(pack.size()).isEqualTo(3);
        assertThat(pack.files()).hasSize(2);
    }
}
