package org.entente.domain;

public enum EventKind { SUMMIT, EXERCISE, VISIT, MEETING }
