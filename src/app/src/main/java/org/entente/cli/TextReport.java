package org.entente.cli;

import java.util.List;
import java.util.Locale;
import org.entente.report.Report;
import org.entente.result.Analysis;
import org.entente.result.Evidence;
import org.entente.result.Finding;
import org.entente.result.FindingKind;

/** The human report: findings grouped by kind, each with its sentence, rule, subjects and quotes. */
final class TextReport {

    private TextReport() {
    }

    static String of(Analysis analysis) {
        StringBuilder text = new StringBuilder();
        int found = analysis.findings().size();
        text.append("Entente: %d facts, %d rules, %d finding%s%n".formatted(analysis.facts(), analysis.rules(), found,
                found == 1 ? "" : "s"));
        for (FindingKind kind : FindingKind.values()) {
            List<Finding> findings = analysis.findingsOfKind(kind);
            text.append("%n%s (%d)%n".formatted(kind.plural().toUpperCase(Locale.ROOT), findings.size()));
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

    /** Each quote or reference once, grouped as every report groups them, with the facts that cite it and notes. */
    static void appendEvidence(StringBuilder text, List<Evidence> evidence, String indent) {
        for (Report.Source source : Report.sources(evidence)) {
            text.append(indent).append("- ").append(describe(source)).append('\n')
                    .append(indent).append("    cited by ").append(String.join(", ", source.facts())).append('\n');
            source.notes().forEach(note -> text.append(indent).append("    note: ").append(note).append('\n'));
        }
    }

    static String describe(Report.Source source) {
        return switch (source.kind()) {
            case HYPOTHETICAL -> "hypothetical, from scenario \"" + source.where() + "\"";
            case QUOTE -> "\"" + source.text() + "\" (" + source.where() + ")";
            case REFERENCE -> "reference: " + source.text() + " <" + source.where() + ">";
        };
    }
}
