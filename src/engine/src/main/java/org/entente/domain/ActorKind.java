package org.entente.domain;

public enum ActorKind { STATE, ORGANISATION, PERSON }
