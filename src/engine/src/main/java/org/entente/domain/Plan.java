package org.entente.domain;

/**
 * Something an organisation pursues in a region: an initiative it decides on, or an outreach to partners. Rules
 * that care only that an actor stands against an organisation's plans there match this, not each kind.
 */
public interface Plan extends Named {
    String organisation();

    String region();
}
