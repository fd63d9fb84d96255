package org.entente.domain;

/** An actor's statement that security in two regions is inseparable, optionally voiced by a person. */
public record LinkageClaim(String id, String actor, String region, String otherRegion, String voicedBy)
        implements Fact {
}
