package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.InputError;
import org.entente.domain.Plover;
import org.entente.domain.Quad;
import org.entente.domain.RelationKind;
import org.entente.engine.RuleBook;
import org.entente.testing.Facts;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationKindsTest {

    /** The kinds the world-model, rules and drafting work agreed on; more may be added, none taken away. */
    private static final List<String> AGREED = List.of("SUPPORTS", "INVADED", "CONDEMNS", "NAMES_AS_CHALLENGE",
            "OBJECTS_TO", "EXPORTS_ARMS_TO", "APPROVES", "PARTNERS_WITH", "SEEKS_CLOSER_TIES", "MAKES_STATEMENT",
            "APPEALS_TO", "INTENDS_TO_COOPERATE", "MEETS", "VISITS", "SIGNS_AGREEMENT", "COOPERATES_WITH",
            "DEFENCE_COOPERATION", "PROVIDES_AID", "YIELDS_TO", "INVESTIGATES", "DEMANDS", "ACCUSES", "REJECTS",
            "THREATENS", "PROTESTS", "MOBILISES_AGAINST", "REDUCES_RELATIONS", "RECALLS_AMBASSADOR",
            "CANCELS_AGREEMENT", "SANCTIONS", "COERCES", "ATTACKS", "FIGHTS", "MASS_VIOLENCE", "SELLS_ARMS_TO",
            "ACCUSES_OF_CONTAINMENT", "COUNTERS");

    @TempDir
    Path dir;

    @Test
    void theProjectVocabularyCoversEveryCameoRootCategoryAndTheAgreedKinds() {
        RelationKinds kinds = RelationKinds.read(Path.of("rules"));

        Set<String> roots = new TreeSet<>();
        kinds.all().forEach(kind -> kind.cameo().forEach(code -> roots.add(code.substring(0, 2))));
        assertThat(roots).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                "13", "14", "15", "16", "17", "18", "19", "20");
        assertThat(kinds.names()).containsAll(AGREED);
        assertThat(kinds.named("SEEKS_CLOSER_TIES").plover()).isEqualTo(Plover.AGREE);
        assertThat(kinds.named("SANCTIONS").cameo()).containsExactly("163");
        assertThat(kinds.named("THREATENS").quad()).isEqualTo(Quad.VERBAL_CONFLICT);
    }

    private InputError vocabularyError(String kinds) throws IOException {
        Files.writeString(dir.resolve(RelationKinds.FILE), "kinds:\n" + kinds);
        try {
            RelationKinds.read(dir);
        } catch (InputError error) {
            return error;
        }
        throw new AssertionError("expected the vocabulary to be refused");
    }

    @Test
    void anUnknownPloverCategoryIsRefusedWithTheValidOnes() throws IOException {
        InputError error = vocabularyError("""
                  WARNS: {cameo: ["130"], plover: THRETEN, quad: VERBAL_CONFLICT, intensity: -4, verb: warns}
                """);

        assertThat(error.where()).endsWith("vocabulary.yaml:2 field 'plover'");
        assertThat(error.getMessage()).contains("'THRETEN'", "did you mean THREATEN", "AGREE, CONSULT");
    }

    @Test
    void aMutualKindIsMarkedSoAndAMutualThatIsNoYesOrNoIsRefused() throws IOException {
        RelationKinds kinds = RelationKinds.read(Path.of("rules"));
        assertThat(kinds.named("MEETS").mutual()).isTrue();
        assertThat(kinds.named("ATTACKS").mutual()).isFalse();

        InputError error = vocabularyError("""
                  CLASHES: {cameo: ["190"], plover: ASSAULT, quad: MATERIAL_CONFLICT, intensity: -9, verb: clashes with, mutual: both}
                """);
        assertThat(error.oneLine()).endsWith("field 'mutual': relation kind CLASHES has mutual: 'both'; it is true "
                + "(both sides do it to each other) or false");
    }

    @Test
    void aQuadClassThatContradictsTheCameoRootIsRefused() throws IOException {
        InputError error = vocabularyError("""
                  WARNS: {cameo: ["130"], plover: THREATEN, quad: MATERIAL_COOPERATION, intensity: -4, verb: warns}
                """);

        assertThat(error.oneLine()).endsWith(
                "field 'quad': relation kind WARNS is MATERIAL_COOPERATION, but CAMEO 130 is VERBAL_CONFLICT");
    }

    @Test
    void aCameoCodeOutsideTheTwentyRootsIsRefused() throws IOException {
        assertThat(vocabularyError("""
                  WARNS: {cameo: ["230"], plover: THREATEN, quad: VERBAL_CONFLICT, intensity: -4, verb: warns}
                """).getMessage()).contains("'230', which is not a CAMEO code");
        assertThat(vocabularyError("""
                  WARNS: {cameo: [130], plover: THREATEN, quad: VERBAL_CONFLICT, intensity: -4, verb: warns}
                """).getMessage()).contains("written as a string");
    }

    @Test
    void missingAndUnknownFieldsAndAnIntensityOffTheScaleAreRefused() throws IOException {
        assertThat(vocabularyError("""
                  WARNS: {cameo: ["130"], plover: THREATEN, intensity: -4, verb: warns}
                """).getMessage()).isEqualTo("relation kind WARNS is missing its required field 'quad'");
        assertThat(vocabularyError("""
                  WARNS: {cameo: ["130"], plover: THREATEN, quad: VERBAL_CONFLICT, intensity: -4, verb: warns, goldstein: 1}
                """).getMessage()).startsWith("relation kind WARNS has no field 'goldstein'");
        assertThat(vocabularyError("""
                  WARNS: {cameo: ["130"], plover: THREATEN, quad: VERBAL_CONFLICT, intensity: -40, verb: warns}
                """).getMessage()).contains("intensity from -10 to 10");
        assertThat(vocabularyError("""
                  warns: {cameo: ["130"], plover: THREATEN, quad: VERBAL_CONFLICT, intensity: -4, verb: warns}
                """).getMessage()).contains("capitals and underscores");
    }

    private Path pack(String vocabulary, String facts) throws IOException {
        Files.writeString(dir.resolve("article.txt"), "The navy blockades the port.");
        Path pack = dir.resolve("pack.yaml");
        Files.writeString(pack, """
                article: article.txt
                references: {iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}}
                """ + vocabulary + """
                facts:
                  - {id: AAA, type: Actor, name: A, kind: STATE, reference: iso}
                  - {id: BBB, type: Actor, name: B, kind: STATE, reference: iso}
                """ + facts);
        return pack;
    }

    @Test
    void aPackMayDeclareItsOwnKindsInTheShapeOfTheVocabularyFile() throws IOException {
        Path pack = pack("""
                vocabulary:
                  BLOCKADES: {cameo: ["191"], plover: COERCE, quad: MATERIAL_CONFLICT, intensity: -9.5, verb: blockades}
                """, """
                  - {id: rel-blockade, type: Relation, kind: BLOCKADES, from: AAA, to: BBB, evidence: "The navy blockades the port."}
                """);

        FactPack world = PackLoader.load(Facts.kinds(), List.of(pack));

        RelationKind blockades = world.kinds().named("BLOCKADES");
        assertThat(blockades.quad()).isEqualTo(Quad.MATERIAL_CONFLICT);
        assertThat(world.find("rel-blockade").orElseThrow().fact())
                .hasFieldOrPropertyWithValue("kind", blockades);
    }

    @Test
    void aFactNamingAnUnknownKindListsTheKindsThereAre() throws IOException {
        Path pack = pack("", """
                  - {id: rel-blockade, type: Relation, kind: BLOCKADES, from: AAA, to: BBB, evidence: "The navy blockades the port."}
                """);

        assertThatThrownBy(() -> PackLoader.load(Facts.kinds(), List.of(pack)))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).endsWith("pack.yaml:6 field 'kind'"))
                .hasMessageContaining("unknown relation kind 'BLOCKADES'")
                .hasMessageContaining("SUPPORTS, APPROVES")
                .hasMessageContaining("'vocabulary:'");
    }

    @Test
    void aPackMayRepeatAKindOnlyAsTheVocabularyDefinesIt() throws IOException {
        Path same = pack("""
                vocabulary:
                  SANCTIONS: {cameo: ["163"], plover: SANCTION, quad: MATERIAL_CONFLICT, intensity: -8.0, verb: sanctions}
                """, "");
        assertThat(PackLoader.load(Facts.kinds(), List.of(same)).kinds().named("SANCTIONS"))
                .isEqualTo(Facts.kind("SANCTIONS"));

        Path changed = pack("""
                vocabulary:
                  SANCTIONS: {cameo: ["163"], plover: SANCTION, quad: MATERIAL_CONFLICT, intensity: -2.0, verb: sanctions}
                """, "");
        assertThatThrownBy(() -> PackLoader.load(Facts.kinds(), List.of(changed)))
                .isInstanceOf(InputError.class)
                .hasMessageMatching("relation kind SANCTIONS is already defined differently at .*vocabulary\\.yaml:\\d+"
                        + " \\(intensity: -8.0 there, -2.0 here\\)");
        // A pack written before a kind was marked mutual repeats it without the mark, and is told which field.
        Path unmarked = pack("""
                vocabulary:
                  MEETS: {cameo: ["044"], plover: CONSULT, quad: VERBAL_COOPERATION, intensity: 2.5, verb: "meets"}
                """, "");
        assertThatThrownBy(() -> PackLoader.load(Facts.kinds(), List.of(unmarked)))
                .hasMessageEndingWith("(mutual: true there, false here)");
    }

    @Test
    void rulesMayMatchAKindByItsPloverCategoryOrQuadClass() throws IOException {
        Files.writeString(dir.resolve("hostility.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;
                import org.entente.derived.*;
                import java.util.List;

                rule "An actor uses force against another"
                    @finding("use-of-force") @kind("tension") @against("actor -> target")
                when
                    $force : Relation(kind.quad == Quad.MATERIAL_CONFLICT, kind.plover == Plover.ASSAULT,
                                      $from : source, $to : target)
                then
                    insertLogical(Findings.of(kcontext, Roles.of("actor", $from).key("target", $to), "{%s} uses force against {%s}"
                        .formatted($from, $to), Basis.of($force)));
                end
                """);
        RuleVerifier rules = RuleVerifier.forRules(dir);

        rules.verifyThat("use-of-force").given(Facts.relation("ATTACKS", "RUS", "UKR")).produces("RUS", "UKR");
        rules.verifyThat("use-of-force").given(Facts.relation("INVADED", "RUS", "UKR")).produces("RUS", "UKR");
        rules.verifyThat("use-of-force").given(Facts.relation("SANCTIONS", "USA", "RUS")).producesNothing();
        rules.verifyThat("use-of-force").given(Facts.relation("THREATENS", "RUS", "UKR")).producesNothing();
    }
}
