package org.entente.domain;

/** Something an organisation plans to do in a region, such as opening an office. */
public record Initiative(String id, String name, String organisation, String region, Decision decidedBy)
        implements Plan {
}
