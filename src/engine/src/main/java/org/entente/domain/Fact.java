package org.entente.domain;

/** Anything the rules reason about. Every fact has an id that is unique within one analysis. */
public interface Fact {
    String id();
}
