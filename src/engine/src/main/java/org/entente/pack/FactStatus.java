package org.entente.pack;

/**
 * How firmly the source puts a fact, in the spirit of the event modes of ICEWS and POLECAT: done, under way, said,
 * planned, reported second-hand, or only possible.
 */
public enum FactStatus {
    OCCURRED, ONGOING, STATED, PLANNED, REPORTED, POSSIBLE
}
