package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The docs' table of relation kinds is generated from rules/vocabulary.yaml; this keeps the page's copy current. Run
 * with {@code -Dentente.docs=rewrite} (as DocsTest is) to write the table afresh.
 */
class VocabularyDocTest {

    static final Path PAGE = Path.of("docs", "world-model.md");
    static final String BEGIN = "<!-- relation kinds: generated from rules/vocabulary.yaml by RelationKinds.markdownTable -->\n";
    static final String END = "<!-- end of relation kinds -->";

    @Test
    void theWorldModelPageShowsTheVocabularyFileAsItIs() throws IOException {
        String page = Files.readString(PAGE);
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        assertThat(begin).as("docs/world-model.md marks the generated table with " + BEGIN.strip()).isNotNegative();
        String table = RelationKinds.read(Path.of("rules")).markdownTable();
        if (!System.getProperty("entente.docs", "check").equals("check")) {
            page = page.substring(0, begin + BEGIN.length()) + table + page.substring(end);
            Files.writeString(PAGE, page);
        }

        assertThat(page.substring(begin + BEGIN.length(), end))
                .as("docs/world-model.md's table of relation kinds; paste this between the markers")
                .isEqualTo(table);
    }
}
