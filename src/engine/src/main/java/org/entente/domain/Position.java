package org.entente.domain;

/**
 * An actor's stance on an initiative or an outreach ({@code initiative} names either), optionally voiced by a
 * person who speaks for it. A {@code CONDITIONAL} stance names the fact its consent depends on in {@code condition}.
 */
public record Position(String id, String actor, String initiative, Stance stance, String condition, String voicedBy)
        implements Fact {
}
