package org.entente.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.derived.Derived;
import org.entente.derived.FindingFact;
import org.entente.domain.Actor;
import org.entente.domain.Region;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;
import org.entente.pack.Grade;
import org.entente.pack.Provenance;
import org.entente.result.Evidence;
import org.entente.result.Finding;

/** Turns what the rules derived into findings that carry their base facts and evidence, with facts named. */
public final class Reporter {

    private static final Pattern REFERENCE = Pattern.compile("\\{([^{}]+)}");

    /** Tensions first, then alignments, then inconsistencies; within a kind by rule and id. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::kind)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::id);

    private final FactPack pack;
    private final Inference inference;

    public Reporter(FactPack pack, Inference inference) {
        this.pack = pack;
        this.inference = inference;
    }

    public List<Finding> findings() {
        Map<String, List<FindingFact>> byId = new LinkedHashMap<>();
        for (FindingFact fact : inference.findings()) {
            byId.computeIfAbsent(fact.id(), id -> new ArrayList<>()).add(fact);
        }
        List<Finding> findings = new ArrayList<>();
        byId.forEach((id, matches) -> {
            Finding finding = merge(id, matches);
            // A rule's @minConfidence: below it, the sources do not carry the finding.
            if (finding.confidence() >= matches.get(0).minConfidence()) {
                findings.add(finding);
            }
        });
        findings.sort(ORDER);
        return findings;
    }

    /** Several matches can reach one finding (two quotes naming the same challenge); it rests on all of them. */
    private Finding merge(String id, List<FindingFact> matches) {
        // A total order, so a finding reads the same whichever order a session holds its matches in.
        matches.sort(Comparator.comparing(FindingFact::summary).thenComparing(match -> match.subjects().toString())
                .thenComparing(match -> match.basis().toString()));
        FindingFact first = matches.get(0);
        Set<String> subjects = new LinkedHashSet<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        Set<String> basis = new LinkedHashSet<>();
        for (FindingFact match : matches) {
            subjects.addAll(match.subjects());
            match.roles().forEach((role, ids) -> roles.computeIfAbsent(role, r -> new TreeSet<>()).addAll(ids));
            basis.addAll(match.basis());
        }
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        roles.forEach((role, ids) -> byRole.put(role, List.copyOf(ids)));
        List<String> because = baseFacts(basis);
        List<String> grounds = because.stream().filter(fact -> !placesOnly(fact)).toList();
        List<String> scaffolding = because.stream().filter(this::placesOnly).toList();
        List<Evidence> support = new ArrayList<>(evidence(scaffolding));
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence each : evidence(grounds)) {
            (each.reference() != null ? support : evidence).add(each);
        }
        double confidence = 1.0;
        List<String> weakest = new ArrayList<>();
        for (String fact : because) {
            if (pack.find(fact).isEmpty()) {
                continue;
            }
            double grade = pack.grade(fact).confidence();
            if (grade < confidence) {
                confidence = grade;
                weakest.clear();
            }
            if (grade == confidence) {
                weakest.add(fact);
            }
        }
        return new Finding(id, first.kind(), first.rule(), List.copyOf(subjects), byRole,
                render(first.summary()), because, evidence, support, confidence, weakest);
    }

    /**
     * Whether a base fact only says who an actor is or where a region lies: such a fact is scaffolding for the
     * rules (China lies in Asia, Asia in the Indo-Pacific), and the quote that named the region is no evidence for
     * a finding about the actors in it.
     */
    private boolean placesOnly(String id) {
        return pack.find(id).map(Declared::fact).filter(fact -> fact instanceof Region || fact instanceof Actor)
                .isPresent();
    }

    /** The base facts beneath these ids: derived facts are expanded through their bases, transitively. */
    public List<String> baseFacts(Iterable<String> ids) {
        Set<String> base = new TreeSet<>();
        Set<String> visited = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>();
        ids.forEach(pending::add);
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (!visited.add(id)) {
                continue;
            }
            List<Derived> derived = inference.derived(id);
            if (derived.isEmpty()) {
                base.add(id);
            } else {
                derived.forEach(each -> pending.addAll(each.basis()));
            }
        }
        return List.copyOf(base);
    }

    public List<Evidence> evidence(List<String> baseFacts) {
        List<Evidence> evidence = new ArrayList<>();
        for (String id : baseFacts) {
            Declared declared = pack.find(id).orElse(null);
            if (declared == null) {
                continue;
            }
            evidence.addAll(evidenceOf(id, declared.provenance(), pack.grade(id)));
        }
        return evidence;
    }

    public static List<Evidence> evidenceOf(String id, Provenance provenance, Grade grade) {
        List<Evidence> evidence = new ArrayList<>();
        String status = provenance.isHypothetical() ? null : provenance.effectiveStatus().name();
        if (provenance.isHypothetical()) {
            evidence.add(new Evidence(id, null, null, null, null, provenance.hypothetical(), provenance.note(), null,
                    null, List.of(), grade.label(), grade.confidence()));
        }
        for (String quote : provenance.quotes()) {
            evidence.add(new Evidence(id, quote, provenance.source(), null, null, null, provenance.note(), status,
                    provenance.attribution(), provenance.hedges(), grade.label(), grade.confidence()));
        }
        if (provenance.reference() != null) {
            evidence.add(new Evidence(id, null, null, provenance.reference().title(), provenance.reference().url(),
                    null, provenance.note(), status, provenance.attribution(), provenance.hedges(), grade.label(),
                    grade.confidence()));
        }
        return evidence;
    }

    /** Replaces {@code {id}} placeholders by the facts' names; a sentence starts with a capital. */
    public String render(String template) {
        Matcher matcher = REFERENCE.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(pack.nameOf(matcher.group(1))));
        }
        matcher.appendTail(rendered);
        return rendered.isEmpty() ? "" : Character.toUpperCase(rendered.charAt(0)) + rendered.substring(1);
    }
}
