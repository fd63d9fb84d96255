package org.entente.domain;

/** The branch of a state or organisation an agency belongs to: Japan's Air Force is MILITARY, Turkey's parliament LEGISLATURE. */
public enum Sector { GOVERNMENT, MILITARY, LEGISLATURE, JUDICIARY, DIPLOMATIC, INTELLIGENCE }
