package org.entente.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A verb of the article between two facts ({@code from} and {@code to} in packs and scenarios). The target
 * may be any fact: an actor, a region, an outreach, or another relation (a condemned partnership, an
 * approved export). The Java names avoid {@code from}, a DRL keyword.
 */
public record Relation(String id,
                       RelationKind kind,
                       @JsonProperty("from") String source,
                       @JsonProperty("to") String target) implements Fact {
}
