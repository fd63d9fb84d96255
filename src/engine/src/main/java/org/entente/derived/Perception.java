package org.entente.derived;

import java.util.List;

/**
 * An actor names another as a challenge on its own account: no organisation it belongs to names the same one, so
 * its naming is not the echo of a collective position it shares.
 */
public record Perception(String namer, String challenged, String naming, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "perception:" + naming;
    }

    @Override
    public String statement() {
        return "{%s} names {%s} as a challenge on its own account".formatted(namer, challenged);
    }
}
