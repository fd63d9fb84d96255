package org.entente.domain;

/**
 * The sixteen event categories of PLOVER (Political Language Ontology for Verifiable Event Records), the successor
 * of CAMEO's twenty root codes. Spelt as PLOVER spells them.
 */
public enum Plover {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
