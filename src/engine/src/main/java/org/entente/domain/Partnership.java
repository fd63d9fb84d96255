package org.entente.domain;

/** An actor working with an organisation as a partner; the rules decide whether it is also a member. */
public record Partnership(String id, String partner, String organisation) implements Fact {
}
