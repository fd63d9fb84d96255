package org.entente.pack;

import org.entente.domain.Fact;

/** A fact as declared in a file: the fact, where it comes from, and where it was written (for error messages). */
public record Declared(Fact fact, Provenance provenance, LocatedYaml document, String pointer) {

    public String where() {
        return document.where(pointer);
    }

    public String whereField(String field) {
        return document.where(pointer + "/" + field) + " field '" + field + "'";
    }
}
