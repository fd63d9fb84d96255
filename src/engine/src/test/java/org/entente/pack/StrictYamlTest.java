package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.InputError;
import org.entente.pack.LocatedYaml.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that a lenient parser would change without a word is refused, naming the line. */
class StrictYamlTest {

    @TempDir
    Path dir;

    private static String errorOf(String text, Syntax syntax) {
        try {
            LocatedYaml.parse("doc", text, syntax);
        } catch (InputError error) {
            return error.oneLine();
        }
        throw new AssertionError("expected the document to be refused: " + text);
    }

    @Test
    void aDuplicateKeyIsRefusedNamingBothLines() {
        assertThat(errorOf("name: France\nkind: STATE\nname: Germany\n", Syntax.YAML))
                .isEqualTo("doc:3 field 'name': duplicate key 'name' (first on line 1); one would silently replace "
                        + "the other");
        assertThat(errorOf("{\"a\": 1, \"a\": 2}", Syntax.JSON)).startsWith("doc:1 field 'a': duplicate key 'a'");
    }

    @Test
    void aSecondFactsListInTheSeedPackIsRefused() throws IOException {
        Path pack = dir.resolve("pack.yaml");
        Path seed = Path.of("seeds/vilnius-2023.yaml");
        Files.writeString(pack, Files.readString(seed) + "facts:\n  - {id: x, type: Region, name: X, reference: iso}\n");
        Files.copy(seed.resolveSibling("000_53dffffe28bbb940.txt"), dir.resolve("000_53dffffe28bbb940.txt"));

        assertThatThrownBy(() -> PackLoader.load(RelationKinds.read(Path.of("rules")), List.of(pack))).isInstanceOf(InputError.class)
                .hasMessageContaining("duplicate key 'facts'");
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsTheAnchorsName() {
        assertThat(errorOf("a: &n FRA\nb: *n\n", Syntax.YAML))
                .isEqualTo("doc:2: an alias (*n) is not supported; write the value out");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(errorOf("a: 1\n---\nb: 2\n", Syntax.YAML)).startsWith("doc:3: a second YAML document");
    }

    @Test
    void jsonIsStrict() {
        assertThat(errorOf("{\"a\": 1} x", Syntax.JSON)).startsWith("doc:1: not valid JSON");
        assertThat(errorOf("{\"a\": 1}\n{\"b\": 2}", Syntax.JSON)).isEqualTo("doc:2: text after the end of the JSON value");
        assertThat(errorOf("{\"a\": [1, 2,]}", Syntax.JSON)).startsWith("doc:1: not valid JSON");
        assertThat(errorOf("{\"a\": 1,}", Syntax.JSON)).startsWith("doc:1: not valid JSON");
    }

    @Test
    void aJsonFileIsReadAsJson() throws IOException {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, "{\"name\": \"x\", \"changes\": [],}");

        assertThatThrownBy(() -> LocatedYaml.read(file)).hasMessageStartingWith("not valid JSON");
    }

    @Test
    void aYamlErrorAboutALineBreakIsStillOneLine() {
        assertThat(errorOf("a: *\nb: 1\n", Syntax.YAML)).startsWith("doc:").contains("while scanning an alias")
                .doesNotContain("\n");
    }

    @Test
    void aYamlSyntaxErrorKeepsTheParsersReasonAndItsLine() {
        assertThat(errorOf("a: 1\nb:\n\t- x\n", Syntax.YAML)).isEqualTo("doc:3: not valid YAML: while scanning for "
                + "the next token: found character '\\t' that cannot start any token. (Do not use \\t for indentation)");
    }

    @Test
    void invalidUtf8NamesTheEncodingAndTheByteOffset() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: x\nnote: Gen\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> LocatedYaml.read(file)).isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).oneLine()).endsWith("latin1.yaml:2: not valid "
                        + "UTF-8: byte 0xE8 at byte offset 17; save the file as UTF-8"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsParsed() throws IOException {
        Path file = dir.resolve("big.yaml");
        byte[] scalar = new byte[LocatedYaml.MAX_BYTES + 1];
        java.util.Arrays.fill(scalar, (byte) 'a');
        Files.write(file, scalar);

        assertThatThrownBy(() -> LocatedYaml.read(file)).hasMessage(
                "3145729 bytes is over the limit of 3145728 bytes (3 MiB) for one document");
    }

    @Test
    void aFifoIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = dir.resolve("pack.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> LocatedYaml.read(fifo)).hasMessage("not a regular file");
        assertThatThrownBy(() -> LocatedYaml.read(dir)).hasMessage("not a regular file");
    }
}
