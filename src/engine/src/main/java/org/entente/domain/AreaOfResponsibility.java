package org.entente.domain;

public record AreaOfResponsibility(String id, String organisation, String region) implements Fact {
}
