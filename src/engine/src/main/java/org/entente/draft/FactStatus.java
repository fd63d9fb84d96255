package org.entente.draft;

/** How firmly the article holds a drafted fact, weakest last: a fact takes the weakest status its sentence allows. */
public enum FactStatus {
    OCCURRED, ONGOING, STATED, PLANNED, REPORTED, POSSIBLE;

    FactStatus weaker(FactStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
