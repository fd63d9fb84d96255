package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** One drafter over the project's lexicon for every test in the JVM: its models take seconds to read. */
final class Drafts {

    static final Path RULES = Path.of("rules");
    private static Drafter drafter;

    private Drafts() {
    }

    static synchronized Drafter drafter() {
        if (drafter == null) {
            drafter = Drafter.load(RULES);
        }
        return drafter;
    }

    static Draft of(String text) {
        return drafter().draft(text, "test-article");
    }

    /** The draft's positions as "actor>STANCE". */
    static List<String> stances(Draft draft) {
        return draft.ofType("Position").stream()
                .map(fact -> fact.field("actor") + ">" + fact.field("stance")).toList();
    }

    static List<DraftFact> relations(Draft draft, String kind) {
        return draft.ofType("Relation").stream().filter(fact -> kind.equals(fact.field("kind"))).toList();
    }

    /** The ids of the draft's actors, in the order drafted. */
    static List<String> actors(Draft draft) {
        return draft.ofType("Actor").stream().map(DraftFact::id).toList();
    }

    /** The drafted actor of that id; the test fails when there is none. */
    static DraftFact actor(Draft draft, String id) {
        return draft.ofType("Actor").stream().filter(fact -> fact.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no actor " + id + " among " + actors(draft)));
    }

    static DraftFact only(List<DraftFact> facts) {
        assertThat(facts).as("exactly one fact").hasSize(1);
        return facts.get(0);
    }

    /** The ids of the draft's actors. */
    static List<String> actorIds(Draft draft) {
        return draft.ofType("Actor").stream().map(DraftFact::id).toList();
    }

    /** The draft's actor of that id; there must be one. */
    static DraftFact actorOf(Draft draft, String id) {
        return draft.ofType("Actor").stream().filter(fact -> fact.id().equals(id)).findFirst().orElseThrow();
    }

    /** The draft's relations of that kind, each as "from>to". */
    static List<String> pairs(Draft draft, String kind) {
        return relations(draft, kind).stream().map(fact -> fact.field("from") + ">" + fact.field("to")).toList();
    }

    /** The members the draft gives the organisation, sorted. */
    static List<String> members(Draft draft, String organisation) {
        return draft.ofType("Membership").stream().filter(fact -> organisation.equals(fact.field("organisation")))
                .map(fact -> String.valueOf(fact.field("member"))).sorted().toList();
    }

    static Predicate<DraftFact> between(String from, String to) {
        return fact -> from.equals(fact.field("from")) && to.equals(fact.field("to"));
    }

    /** Copies the project's rules folder, lexicon included, for a test that loads an edited copy. */
    static void copyRules(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(RULES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
