package org.entente.domain;

/** How an organisation decides on an initiative: under CONSENSUS one member's objection blocks it. */
public enum Decision { CONSENSUS, MAJORITY }
