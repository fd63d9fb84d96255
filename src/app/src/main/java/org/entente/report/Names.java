package org.entente.report;

import java.util.List;

/** Names in a sentence: "France", "France and Hungary", "France, Hungary and Turkey", "none". */
final class Names {

    private Names() {
    }

    static String list(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
