package org.entente.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.derived.Derived;
import org.entente.derived.FindingFact;
import org.entente.io.Json;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;
import org.entente.pack.Vocabulary;
import org.entente.result.Explanation;
import org.entente.result.RuleInfo;

/** Builds justification trees: finding, rule, matched facts, derived facts expanded, base facts with their evidence. */
public final class Explainer {

    private final FactPack pack;
    private final Inference inference;
    private final Reporter reporter;
    private final List<RuleInfo> catalogue;
    private final String rulesFolder;

    public Explainer(FactPack pack, Inference inference, List<RuleInfo> catalogue, String rulesFolder) {
        this.pack = pack;
        this.inference = inference;
        this.reporter = new Reporter(pack, inference);
        this.catalogue = catalogue;
        this.rulesFolder = rulesFolder;
    }

    /** The tree for a finding id, or empty when the analysis has no such finding. */
    public Optional<Explanation> explain(String findingId) {
        List<FindingFact> matches = inference.derived(findingId).stream().filter(FindingFact.class::isInstance)
                .map(FindingFact.class::cast).toList();
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        FindingFact first = matches.get(0);
        Set<String> basis = new LinkedHashSet<>();
        matches.forEach(match -> basis.addAll(match.basis()));
        RuleInfo rule = catalogue.stream().filter(info -> first.rule().equals(info.finding())).findFirst()
                .orElse(new RuleInfo(first.rule(), first.rule(), first.kind(), "?"));
        return Optional.of(new Explanation(findingId, Explanation.Node.FINDING, first.kind().label(), reporter.render(first.summary()),
                rule.name(), rulesFolder + "/" + rule.file(), List.of(), children(basis)));
    }

    /**
     * Ordered by id: a rule that collects (every partner an outreach addresses) lists them in the order its session
     * met them, which a live session that was changed and restored does not share with a fresh one.
     */
    private List<Explanation> children(Set<String> ids) {
        List<Explanation> children = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            children.add(node(id));
        }
        return children;
    }

    private Explanation node(String id) {
        List<Derived> derived = inference.derived(id);
        if (!derived.isEmpty()) {
            Set<String> basis = new LinkedHashSet<>();
            derived.forEach(each -> basis.addAll(each.basis()));
            Derived first = derived.get(0);
            return new Explanation(id, Explanation.Node.DERIVED, first.getClass().getSimpleName(), reporter.render(first.statement()),
                    null, null, List.of(), children(basis));
        }
        Declared declared = pack.find(id).orElse(null);
        if (declared == null) {
            return new Explanation(id, Explanation.Node.FACT, null, "(no longer present)", null, null, List.of(), List.of());
        }
        return new Explanation(id, Explanation.Node.FACT, Vocabulary.of(declared.fact()).name(), describe(declared),
                null, null, Reporter.evidenceOf(id, declared.provenance(), pack.grade(id)), List.of());
    }

    /** A base fact's fields in one line, e.g. {@code actor FRA, initiative nato-asia-office, stance OPPOSES}. */
    static String describe(Declared declared) {
        ObjectNode tree = Json.MAPPER.valueToTree(declared.fact());
        List<String> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = tree.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getKey().equals("id") && !entry.getValue().isNull()) {
                fields.add(entry.getKey() + " " + entry.getValue().asText());
            }
        }
        return String.join(", ", fields);
    }
}
