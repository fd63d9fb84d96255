package org.entente.pack;

import java.util.Locale;

/**
 * How far a fact can be trusted, in the spirit of the Admiralty code: the reliability of who says it (a letter)
 * and the credibility of what is said (a digit), and one number from both for ordering findings.
 *
 * <ul>
 *   <li>Reliability: {@code A} a public reference (treaty text, member list), {@code B} the actor itself on the record
 *       (attribution names an actor), {@code C} the outlet's own reporting (the default for quotes), {@code E} an
 *       anonymous source.</li>
 *   <li>Credibility: {@code 1} OCCURRED or ONGOING, {@code 2} STATED, {@code 3} PLANNED or REPORTED, {@code 4}
 *       POSSIBLE; a hedge kept from the quote ("according to", "possible") takes a firm fact (1 or 2) one step lower,
 *       while a doubtful status already carries its hedge.</li>
 * </ul>
 *
 * {@code confidence} is reliability × credibility (A 1.0, B 0.9, C 0.8, E 0.5; 1 1.0, 2 0.9, 3 0.7, 4 0.5),
 * × 0.8 when the fact is an analyst's reading (it has a note), × the drafter's confidence for drafted facts. A
 * scenario's hypothetical facts are assumed: confidence 1.
 *
 * @param reliability {@code A}, {@code B}, {@code C} or {@code E}; {@code -} for an assumption
 * @param credibility 1 to 4; 0 for an assumption
 * @param reading     whether the fact is an analyst's reading rather than the source's words
 */
public record Grade(char reliability, int credibility, boolean reading, double confidence) {

    /** A what-if's assumption: it holds because the user supposes it. */
    public static final Grade ASSUMED = new Grade('-', 0, false, 1.0);

    static Grade of(char reliability, int credibility, boolean reading, Drafted drafted) {
        double value = reliabilityWeight(reliability) * credibilityWeight(credibility) * (reading ? 0.8 : 1.0)
                * (drafted == null ? 1.0 : drafted.confidence());
        return new Grade(reliability, credibility, reading, Math.round(value * 100) / 100.0);
    }

    private static double reliabilityWeight(char reliability) {
        return switch (reliability) {
            case 'A' -> 1.0;
            case 'B' -> 0.9;
            case 'C' -> 0.8;
            default -> 0.5;
        };
    }

    private static double credibilityWeight(int credibility) {
        return switch (credibility) {
            case 1 -> 1.0;
            case 2 -> 0.9;
            case 3 -> 0.7;
            default -> 0.5;
        };
    }

    /** {@code C2}, {@code E3 reading}, or {@code assumed}. */
    public String label() {
        if (this.equals(ASSUMED)) {
            return "assumed";
        }
        return reliability + String.valueOf(credibility) + (reading ? " reading" : "");
    }

    @Override
    public String toString() {
        return label() + String.format(Locale.ROOT, " %.2f", confidence);
    }
}
