package org.entente.domain;

public record Participation(String id, String actor, String event) implements Fact {
}
