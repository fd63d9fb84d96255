package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns live in patterns.yaml and in the files of patterns/ (one family of acts to a file), read in the order of
 * their names; a pattern marked `voices: false` keeps its active voice only.
 */
class PatternFilesTest {

    private static final String TOASTED = "relations:\n"
            + "  - {id: toast-verb, kind: SUPPORTS, match: \"toasted {to}\", confidence: 0.5}\n";

    @Test
    void aPatternInAFileOfThePatternsFolderDraftsAsOneInPatternsYaml(@TempDir Path folder) throws IOException {
        Drafts.copyRules(folder);
        Files.createDirectories(folder.resolve("lexicon/patterns"));
        Files.writeString(folder.resolve("lexicon/patterns/90-test.yaml"), TOASTED);
        Draft draft = Drafter.load(folder).draft("Chile toasted Peru at the gala dinner.", "test-article");
        assertThat(draft.ofType("Relation")).anyMatch(fact -> "toast-verb".equals(fact.pattern())
                && "CHL".equals(fact.field("from")) && "PER".equals(fact.field("to")));
        // The near miss: a file that does not end in .yaml (an editor's backup) is no pattern file.
        Files.move(folder.resolve("lexicon/patterns/90-test.yaml"), folder.resolve("lexicon/patterns/90-test.yaml~"));
        assertThat(Drafter.load(folder).draft("Chile toasted Peru at the gala dinner.", "test-article")
                .ofType("Relation")).noneMatch(fact -> "toast-verb".equals(fact.pattern()));
    }

    @Test
    void anIdUsedInTwoFilesIsOneErrorNamingBothPlaces(@TempDir Path folder) throws IOException {
        Drafts.copyRules(folder);
        Files.createDirectories(folder.resolve("lexicon/patterns"));
        Files.writeString(folder.resolve("lexicon/patterns/90-test.yaml"), TOASTED);
        Files.writeString(folder.resolve("lexicon/patterns/91-test.yaml"), TOASTED);
        InputError error = catchThrowableOfType(InputError.class, () -> Drafter.load(folder));
        assertThat(error.where()).contains("91-test.yaml:2");
        assertThat(error).hasMessageContaining("'toast-verb' is used twice").hasMessageContaining("90-test.yaml:2");
    }

    @Test
    void voicesFalseKeepsAVerbPatternActiveOnly(@TempDir Path folder) throws IOException {
        Drafts.copyRules(folder);
        Files.createDirectories(folder.resolve("lexicon/patterns"));
        Files.writeString(folder.resolve("lexicon/patterns/90-test.yaml"), TOASTED);
        String passive = "Peru was toasted by Chile at the gala dinner.";
        assertThat(Drafter.load(folder).draft(passive, "test-article").ofType("Relation"))
                .anyMatch(fact -> "toast-verb-passive".equals(fact.pattern()) && "CHL".equals(fact.field("from")));
        // The near miss: the same pattern marked voices: false derives no passive.
        Files.writeString(folder.resolve("lexicon/patterns/90-test.yaml"), TOASTED.replace("confidence", "voices: false, confidence"));
        assertThat(Drafter.load(folder).draft(passive, "test-article").ofType("Relation"))
                .noneMatch(fact -> fact.pattern().startsWith("toast-verb"));
    }
}
