package org.entente.domain;

public record Membership(String id, String member, String organisation) implements Fact {
}
