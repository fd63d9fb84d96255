package org.entente.cli;

import java.util.List;
import org.entente.api.Analysis;
import org.entente.api.Evidence;
import org.entente.api.Finding;

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
        for (Evidence evidence : finding.evidence()) {
            text.append("    - ").append(evidence.fact()).append(": ").append(describe(evidence)).append('\n');
        }
    }

    static String describe(Evidence evidence) {
        String text;
        if (evidence.hypothetical() != null) {
            text = "hypothetical, from scenario \"" + evidence.hypothetical() + "\"";
        } else if (evidence.quote() != null) {
            text = "\"" + evidence.quote() + "\" (" + evidence.source() + ")";
        } else {
            text = "reference: " + evidence.reference() + " <" + evidence.url() + ">";
        }
        return evidence.note() == null ? text : text + " [note: " + evidence.note() + "]";
    }

    private static String plural(String kind) {
        return kind.equals("inconsistency") ? "inconsistencies" : kind + "s";
    }
}
