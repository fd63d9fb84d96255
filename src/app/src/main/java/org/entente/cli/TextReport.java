package org.entente.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.result.Analysis;
import org.entente.result.Evidence;
import org.entente.result.Finding;

/** The human report: findings grouped by kind, each with its sentence, rule, subjects and quotes. */
final class TextReport {

    private static final List<String> KINDS = List.of("tension", "alignment", "inconsistency");

    private TextReport() {
    }

    static String of(Analysis analysis) {
        StringBuilder text = new StringBuilder();
        text.append("Entente: %d facts, %d rules, %d findings%n".formatted(analysis.facts(), analysis.rules(),
                analysis.findings().size()));
        for (String kind : KINDS) {
            List<Finding> findings = analysis.findingsOfKind(kind);
            text.append("%n%s (%d)%n".formatted(plural(kind).toUpperCase(java.util.Locale.ROOT), findings.size()));
            if (findings.isEmpty()) {
                text.append("  none\n");
            }
            for (Finding finding : findings) {
                appendFinding(text, finding);
            }
        }
        return text.toString();
    }

    static void appendFinding(StringBuilder text, Finding finding) {
        text.append("%n  * %s%n".formatted(finding.summary()));
        text.append("    rule: %s   id: %s%n".formatted(finding.rule(), finding.id()));
        text.append("    subjects: %s%n".formatted(String.join(", ", finding.subjects())));
        text.append(confidence(finding)).append('\n');
        appendEvidence(text, finding.evidence(), "    ");
        if (!finding.support().isEmpty()) {
            text.append("    supporting (where actors and regions lie, background references):\n");
            appendEvidence(text, finding.support(), "      ");
        }
    }

    /** {@code confidence 0.45 (weakest: rel-nato-seeks-kor E3)}: how far the finding can be trusted, and why. */
    static String confidence(Finding finding) {
        return String.format(java.util.Locale.ROOT, "    confidence: %.2f (weakest: %s)", finding.confidence(),
                String.join(", ", finding.weakestGraded()));
    }

    /** Each quote or reference once, with the facts that cite it; then the analyst's notes on any of them. */
    static void appendEvidence(StringBuilder text, List<Evidence> evidence, String indent) {
        Map<String, Set<String>> citing = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        List<Evidence> ordered = evidence.stream().sorted(java.util.Comparator.comparingInt(TextReport::rank)).toList();
        for (Evidence each : ordered) {
            citing.computeIfAbsent(source(each), key -> new LinkedHashSet<>()).add(each.fact());
            if (each.note() != null) {
                notes.put(each.fact(), each.note());
            }
        }
        citing.forEach((source, facts) -> text.append(indent).append("- ").append(source).append('\n')
                .append(indent).append("    cited by ").append(String.join(", ", facts)).append('\n'));
        notes.forEach((fact, note) -> text.append(indent).append("  note on ").append(fact).append(": ").append(note)
                .append('\n'));
    }

    /** Scenario assumptions first, then the article's words, then background references. */
    private static int rank(Evidence evidence) {
        return evidence.hypothetical() != null ? 0 : evidence.quote() != null ? 1 : 2;
    }

    static String source(Evidence evidence) {
        if (evidence.hypothetical() != null) {
            return "hypothetical, from scenario \"" + evidence.hypothetical() + "\"";
        }
        if (evidence.quote() != null) {
            return "\"" + evidence.quote() + "\" (" + evidence.source() + ")";
        }
        return "reference: " + evidence.reference() + " <" + evidence.url() + ">";
    }

    private static String plural(String kind) {
        return kind.equals("inconsistency") ? "inconsistencies" : kind + "s";
    }
}
