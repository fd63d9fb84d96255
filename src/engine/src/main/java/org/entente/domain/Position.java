package org.entente.domain;

/** An actor's stance on an initiative, optionally voiced by a person who speaks for it. */
public record Position(String id, String actor, String initiative, Stance stance, String voicedBy) implements Fact {
}
