package org.entente.domain;

/**
 * The quad classes of event data: words or deeds, cooperation or conflict. CAMEO roots 01–05 are verbal
 * cooperation, 06–08 material cooperation, 09–13 verbal conflict and 14–20 material conflict.
 */
public enum Quad {
    VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

    /** The quad class of a CAMEO code, by its two-digit root. */
    public static Quad ofCameo(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO roots run from 01 to 20, not " + code.substring(0, 2));
        }
        return root <= 5 ? VERBAL_COOPERATION : root <= 8 ? MATERIAL_COOPERATION
                : root <= 13 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
    }
}
