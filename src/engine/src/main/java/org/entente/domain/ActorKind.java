package org.entente.domain;

/**
 * What an actor is. A {@code PERSON} speaks for the actor it {@code represents}; an {@code AGENCY} (a ministry, an
 * armed service, a parliament) is {@code partOf} a state or organisation, in a {@link Sector}.
 */
public enum ActorKind { STATE, ORGANISATION, PERSON, NON_STATE_GROUP, AGENCY }
