package org.entente.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.engine.RuleCache;

/** The reports the tests look at: the seed's, scenarios', and one whose names try to break every format. */
final class Fixtures {

    static final Analyser SEED = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder());
    static final Report BASELINE = Report.of(SEED);
    /** Japan joins NATO: one finding added (a stated count that no longer matches), one removed (a partnership). */
    static final Report JAPAN_JOINS = scenario("japan-joins-nato");

    /** Closes a script element, a string in JSON, DOT and Mermaid, a Markdown table cell and code span, and more. */
    static final String HOSTILE = "Evil </script><script>alert(\"x\")</script> 'q' | `t` #35; & {b} [l] \\ %% -->\nX";

    private Fixtures() {
    }

    static Report scenario(String name) {
        return Report.of(SEED, Scenarios.read(Path.of("scenarios", name + ".yaml")));
    }

    /** A member opposing an out-of-area initiative, every name, title, quote and URL hostile. */
    static Report hostile(Path dir) {
        return Report.of(Analyser.load(Path.of("rules"), List.of(hostilePack(dir)), RuleCache.defaultFolder()));
    }

    /** The hostile world in a scenario of a hostile name that withdraws the opposition: the findings are removed. */
    static Report hostileScenario(Path dir) {
        Path pack = hostilePack(dir);
        Path scenario = dir.resolve("hostile-scenario.yaml");
        try {
            Files.writeString(scenario, """
                    name: "%s"
                    changes:
                      - retract: pos
                    """.formatted(yamlString(HOSTILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Report.of(Analyser.load(Path.of("rules"), List.of(pack), RuleCache.defaultFolder()),
                Scenarios.read(scenario));
    }

    private static String yamlString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static Path hostilePack(Path dir) {
        String quoted = yamlString(HOSTILE);
        try {
            Files.writeString(dir.resolve("article.txt"), "The article says " + HOSTILE.replace("\n", " ") + " today.");
            Path pack = dir.resolve("hostile.yaml");
            Files.writeString(pack, """
                    article: article.txt
                    references:
                      ref: {title: "%1$s", url: "javascript:alert('</script>')"}
                    facts:
                      - {id: ORG, type: Actor, name: "%1$s org", kind: ORGANISATION, reference: ref}
                      - {id: ST, type: Actor, name: "%1$s state", kind: STATE, reference: ref}
                      - {id: member-st, type: Membership, member: ST, organisation: ORG, reference: ref}
                      - {id: home, type: Region, name: Home, reference: ref}
                      - {id: away, type: Region, name: Away, reference: ref}
                      - {id: area, type: AreaOfResponsibility, organisation: ORG, region: home, reference: ref}
                      - {id: plan, type: Initiative, name: "%1$s plan", organisation: ORG, region: away,
                         decidedBy: CONSENSUS, reference: ref}
                      - {id: pos, type: Position, actor: ST, initiative: plan, stance: OPPOSES,
                         evidence: "%2$s", note: "%1$s note"}
                    """.formatted(quoted, yamlString(HOSTILE.replace("\n", " "))));
            return pack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
