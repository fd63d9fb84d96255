package org.entente.domain;

/** A state, an organisation or a person. {@code region} is where a state lies; {@code represents} whom a person speaks for. */
public record Actor(String id, String name, ActorKind kind, String region, String represents) implements Named {
}
