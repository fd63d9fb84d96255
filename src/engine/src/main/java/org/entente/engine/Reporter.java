package org.entente.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return read().findings();
    }

    /**
     * A world's findings, and for each fact the findings read from it: the facts beneath a finding, derived and
     * declared, the facts its sentence names and the actors its sources are attributed to.
     *
     * @param findings  the findings reported, in {@link #ORDER}
     * @param concluded every finding id the rules concluded, reported or below its rule's {@code @minConfidence}
     * @param readers   by fact id, the finding ids read from it
     */
    public record Read(List<Finding> findings, Set<String> concluded, Map<String, Set<String>> readers) {
    }

    /** The findings, with what each was read from (see {@link Read}). */
    public Read read() {
        Map<String, List<FindingFact>> byId = new LinkedHashMap<>();
        for (FindingFact fact : inference.findings()) {
            byId.computeIfAbsent(fact.id(), id -> new ArrayList<>()).add(fact);
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Set<String>> readers = new HashMap<>();
        byId.forEach((id, matches) -> {
            Set<String> read = new HashSet<>();
            merged(id, matches, read).ifPresent(findings::add);
            read.forEach(fact -> readers.computeIfAbsent(fact, any -> new HashSet<>()).add(id));
        });
        findings.sort(ORDER);
        return new Read(List.copyOf(findings), Set.copyOf(byId.keySet()), readers);
    }

    /**
     * This world's findings, given those of a world it differs from in the facts {@code touched}: the declared facts
     * changed and the derived facts that differ. A finding that read none of them is taken as it was; the others are
     * read again. What this gives is what {@link #findings()} gives, at the cost of the findings the change touches.
     */
    public List<Finding> findings(Read before, Set<String> touched) {
        Set<String> again = new HashSet<>();
        for (String id : touched) {
            again.addAll(before.readers().getOrDefault(id, Set.of()));
            if (before.concluded().contains(id) || inference.derived(id).stream().anyMatch(FindingFact.class::isInstance)) {
                again.add(id);
            }
        }
        List<Finding> findings = new ArrayList<>();
        before.findings().stream().filter(finding -> !again.contains(finding.id())).forEach(findings::add);
        for (String id : again) {
            List<FindingFact> matches = inference.derived(id).stream().filter(FindingFact.class::isInstance)
                    .map(FindingFact.class::cast).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (!matches.isEmpty()) {
                merged(id, matches, new HashSet<>()).ifPresent(findings::add);
            }
        }
        findings.sort(ORDER);
        return findings;
    }

    /** The finding the matches reach, unless it is below its rule's {@code @minConfidence}. */
    private Optional<Finding> merged(String id, List<FindingFact> matches, Set<String> read) {
        Finding finding = merge(id, matches, read);
        // A rule's @minConfidence: below it, the sources do not carry the finding.
        return finding.confidence() >= matches.get(0).minConfidence() ? Optional.of(finding) : Optional.empty();
    }

    /**
     * Several matches can reach one finding (two quotes naming the same challenge); it rests on all of them.
     *
     * @param read told every fact id the finding is read from
     */
    private Finding merge(String id, List<FindingFact> matches, Set<String> read) {
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
        List<String> because = baseFacts(basis, read);
        for (String fact : because) {
            pack.find(fact).map(declared -> declared.provenance().attribution()).ifPresent(read::add);
        }
        Matcher names = REFERENCE.matcher(first.summary());
        while (names.find()) {
            read.add(names.group(1));
        }
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
        return baseFacts(ids, new HashSet<>());
    }

    /** @param visited told every id expanded on the way, derived or not */
    private List<String> baseFacts(Iterable<String> ids, Set<String> visited) {
        Set<String> base = new TreeSet<>();
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
