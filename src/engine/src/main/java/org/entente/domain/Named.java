package org.entente.domain;

/** A fact with a human name, used in place of its id in sentences. */
public interface Named extends Fact {
    String name();
}
