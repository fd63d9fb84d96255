package org.entente.pack;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a fact comes from and how firmly: verbatim quotes of an article, a public reference, or a what-if scenario;
 * who says it, with what certainty, and when it holds.
 *
 * @param quotes       sentences copied verbatim from {@code source}
 * @param source       the article the quotes come from, as a path
 * @param reference    a public reference for background knowledge, or null
 * @param note         the analyst's remark where the encoding is a reading rather than a literal statement
 * @param hypothetical the scenario that asserted the fact, or null for facts drawn from sources
 * @param where        {@code file:line} of the fact's declaration
 * @param status       how firmly the source puts it; null where the pack leaves it to the default
 * @param attribution  who the source says claims it: an actor id, {@code anonymous}, or the outlet; null for the
 *                     article itself
 * @param hedges       words of the quote that soften it ("reportedly", "possible", "according to")
 * @param validFrom    the first day it holds, or null
 * @param validUntil   the first day it no longer holds, or null
 * @param drafted      set on facts written by {@code entente draft}
 */
public record Provenance(List<String> quotes, String source, Reference reference, String note, String hypothetical,
                         String where, FactStatus status, String attribution, List<String> hedges,
                         LocalDate validFrom, LocalDate validUntil, Drafted drafted) {

    /** The attribution of a source that withholds its name. */
    public static final String ANONYMOUS = "anonymous";

    public Provenance {
        quotes = List.copyOf(quotes);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }

    /** A fact from sources, stated by the article itself, holding at all times. */
    public Provenance(List<String> quotes, String source, Reference reference, String note, String hypothetical,
                      String where) {
        this(quotes, source, reference, note, hypothetical, where, null, null, List.of(), null, null, null);
    }

    public static Provenance hypothetical(String scenario, String where) {
        return new Provenance(List.of(), null, null, null, scenario, where);
    }

    public boolean isHypothetical() {
        return hypothetical != null;
    }

    /** The status the fact is graded with: as declared, else OCCURRED for a reference alone, else STATED. */
    public FactStatus effectiveStatus() {
        if (status != null) {
            return status;
        }
        return quotes.isEmpty() && reference != null ? FactStatus.OCCURRED : FactStatus.STATED;
    }

    /** Whether the fact holds on {@code day}: from {@code validFrom} (inclusive) until {@code validUntil} (exclusive). */
    public boolean holdsOn(LocalDate day) {
        return day == null || ((validFrom == null || !day.isBefore(validFrom))
                && (validUntil == null || day.isBefore(validUntil)));
    }

    /**
     * The fact's grade (see {@link Grade}).
     *
     * @param attributedToAnActor whether {@code attribution} names an actor of the world
     */
    public Grade grade(boolean attributedToAnActor) {
        if (isHypothetical()) {
            return Grade.ASSUMED;
        }
        char reliability;
        if (ANONYMOUS.equals(attribution)) {
            reliability = 'E';
        } else if (attribution != null && attributedToAnActor) {
            reliability = 'B';
        } else if (reference != null && (quotes.isEmpty() || attribution == null)) {
            reliability = 'A';
        } else {
            reliability = 'C';
        }
        int credibility = switch (effectiveStatus()) {
            case OCCURRED, ONGOING -> 1;
            case STATED -> 2;
            case PLANNED, REPORTED -> 3;
            case POSSIBLE -> 4;
        };
        // A status of doubt already carries the hedge that made it ("reportedly" is REPORTED); a hedged firm statement
        // is less firm.
        if (!hedges.isEmpty() && credibility <= 2) {
            credibility++;
        }
        return Grade.of(reliability, credibility, note != null, drafted);
    }
}
