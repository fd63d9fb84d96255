package org.entente.domain;

/** A member count the source states for an organisation, such as "the 31-nation bloc". */
public record StatedCount(String id, String organisation, int members) implements Fact {
}
