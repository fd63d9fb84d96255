package org.entente.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A verb between two facts, as a vocabulary file defines it ({@code rules/vocabulary.yaml}, or a pack's own
 * {@code vocabulary:}). Rules match the kind by name, or by its PLOVER category or quad class:
 * {@code Relation(kind.name == "CONDEMNS")}, {@code Relation(kind.quad == Quad.MATERIAL_CONFLICT)}.
 *
 * @param cameo     the CAMEO 1.1b3 codes the kind stands for (two to four digits, root first)
 * @param plover    its PLOVER category; null where PLOVER codes nothing (CAMEO 01, public statements)
 * @param intensity a Goldstein-style weight from -10 (most hostile) to +10 (most cooperative)
 * @param verb      how sentences say it: "condemns"
 * @param mutual    whether the act is one both sides do to each other ("A meets B" is "B meets A"), so its direction
 *                  carries no meaning: two readings that put the sides the other way round state the same fact
 */
public record RelationKind(String name, List<String> cameo, Plover plover, Quad quad, double intensity,
                           String verb, boolean mutual) {

    public RelationKind {
        cameo = List.copyOf(cameo);
    }

    /** Facts and outputs name a kind by its name alone; the vocabulary holds the rest. */
    @JsonValue
    @Override
    public String name() {
        return name;
    }
}
