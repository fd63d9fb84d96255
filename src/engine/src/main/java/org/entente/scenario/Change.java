package org.entente.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One change a scenario makes to the baseline facts, applied in order. {@code pointer} locates it in the file. */
public sealed interface Change permits Change.Retract, Change.Assert, Change.Modify {

    String pointer();

    /** Removes the selected facts; selecting nothing is an error (almost always a typo). */
    record Retract(Selector selector, String pointer) implements Change {
    }

    /** Adds a fact, validated like a pack fact; without an id one is generated. */
    record Assert(ObjectNode fact, String pointer) implements Change {
    }

    /** Replaces the selected facts by copies with some fields set to new values. */
    record Modify(Selector selector, ObjectNode set, String pointer) implements Change {
    }
}
