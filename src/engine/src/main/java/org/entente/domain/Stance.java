package org.entente.domain;

/**
 * Where an actor stands on an initiative or an outreach. {@code CONDITIONAL} consents on a condition (a fact the
 * position names); {@code DELAYS} withholds consent without opposing, which under consensus still holds a decision up.
 */
public enum Stance {
    SUPPORTS("supports"),
    OPPOSES("opposes"),
    CONDITIONAL("supports on a condition"),
    DELAYS("delays"),
    NEUTRAL("is neutral on");

    private final String verb;

    Stance(String verb) {
        this.verb = verb;
    }

    /** How a sentence says it: "{FRA} opposes {office}". */
    public String verb() {
        return verb;
    }
}
