package org.entente.domain;

/** An organisation's effort to deepen ties with partners in a region. */
public record Outreach(String id, String name, String organisation, String region) implements Plan {
}
