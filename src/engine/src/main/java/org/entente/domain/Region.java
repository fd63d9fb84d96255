package org.entente.domain;

/** A region; {@code within} names the region that contains it (containment is transitive). */
public record Region(String id, String name, String within) implements Named {
}
