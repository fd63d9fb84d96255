package org.entente.domain;

/**
 * The article's verbs between two facts. The README maps each to its CAMEO and PLOVER event category.
 */
public enum RelationKind {
    SUPPORTS,
    INVADED,
    CONDEMNS,
    NAMES_AS_CHALLENGE,
    OBJECTS_TO,
    EXPORTS_ARMS_TO,
    APPROVES,
    PARTNERS_WITH,
    SEEKS_CLOSER_TIES
}
