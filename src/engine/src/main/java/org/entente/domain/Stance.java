package org.entente.domain;

public enum Stance { SUPPORTS, OPPOSES }
