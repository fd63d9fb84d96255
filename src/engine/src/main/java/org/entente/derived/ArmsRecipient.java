package org.entente.derived;

import java.util.List;

/** A state that receives the arms of an export: the export's destination, or a state lying in it. */
public record ArmsRecipient(String export, String exporter, String recipient, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "arms-recipient:" + export + ":" + recipient;
    }

    @Override
    public String statement() {
        return "{%s} receives arms exported by {%s}".formatted(recipient, exporter);
    }
}
