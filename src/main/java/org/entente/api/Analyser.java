package org.entente.api;

import java.nio.file.Path;
import java.util.List;
import org.entente.engine.Inference;
import org.entente.engine.Reporter;
import org.entente.engine.RuleBook;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;

/**
 * The entry point for embedding Entente: rules compiled once, fact packs validated once, then any number of
 * analyses. Each analysis runs in its own rules session, so one analyser can serve many threads.
 */
public final class Analyser {

    private final RuleBook rules;
    private final FactPack facts;

    private Analyser(RuleBook rules, FactPack facts) {
        this.rules = rules;
        this.facts = facts;
    }

    /**
     * @param rulesFolder a folder of {@code .drl} files
     * @param packs       fact packs (YAML), merged into one world
     * @throws org.entente.InputError naming file, line and field (or rule) when a rule or pack is at fault
     */
    public static Analyser load(Path rulesFolder, List<Path> packs) {
        return new Analyser(RuleBook.load(rulesFolder), PackLoader.load(packs));
    }

    /** The baseline: the rules over the packs' facts as they are. */
    public Analysis analyse() {
        Inference inference = Inference.run(rules, facts.facts());
        return new Analysis(facts.size(), rules.catalogue().size(), new Reporter(facts, inference).findings());
    }

    /** The rule catalogue: every rule's name, finding id, kind and file. */
    public List<RuleInfo> rules() {
        return rules.catalogue();
    }
}
