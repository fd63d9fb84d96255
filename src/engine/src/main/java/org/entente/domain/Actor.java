package org.entente.domain;

/**
 * A state, an organisation, a non-state group, a person or an agency. {@code region} is where it lies;
 * {@code represents} whom a person speaks for; {@code partOf} and {@code sector} place an agency within a state or
 * organisation. The rules see what persons and agencies do as done by the actor they speak for or belong to.
 */
public record Actor(String id, String name, ActorKind kind, String region, String represents, String partOf,
                    Sector sector) implements Named {
}
